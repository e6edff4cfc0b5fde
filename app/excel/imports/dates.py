"""Dates as people type them into a workbook, each conversion said out loud. Qt-free.

``read_date(field, value)`` gives (date, note): the note is a (Thai template, params) pair saying what was
converted, or None when the cell said plainly what it means. A cell that cannot be read raises ``CellError``.

* A real date cell is taken as it is, unless its year is above 2400: a B.E. year typed into a date (Excel
  stores 31/10/2564 as the year 2564): the year is converted (-543) and the note says so. The day must exist
  in the C.E. year (29 February 2564 does not: 2021 is no leap year).
* A whole number that is a plausible year (YEARS_CE or YEARS_BE) is a year, not an Excel serial (2564 would be
  the serial of 1907): a field that holds a year alone (``Field.year_alone``, an INT) takes it, a date field
  reports it and asks for a full date. Other numbers are Excel serial dates (noted).
* Text: 5/11/2564, 2021-11-05, 5 พ.ย. 2564, ๕ พฤศจิกายน ๒๕๖๔ (years above 2400 are B.E.). A two-digit year
  (5/11/64, 05/11/21, 5 พ.ย. 64) is B.E. 25xx or C.E. 20xx, whichever falls in the field's plausible years
  (``Field.years``); when both or neither do, the cell is reported. พ.ศ. / ค.ศ. written beside it decides.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from openpyxl.utils.datetime import from_excel

from app.core.errors import Bilingual
from app.core.thaidate import BE_OFFSET, format_date, parse_date, to_arabic_digits
from app.excel.imports.value_words import DATE_WORD, DAY_PREFIX, ERA_BE, ERA_CE
from app.models import Field

Note = tuple[str, dict]
YEARS_CE = range(1900, 2101)
YEARS_BE = range(2400, 2701)
MAX_SERIAL = 2_958_465  # 31 Dec 9999
_TWO_DIGITS = re.compile(r"^(\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*|\d{1,2}\s*[^\d\s][^\d]*?\s*)(\d{2})$")
_TIME_PART = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")
_DAY_WORDS = re.compile(DAY_PREFIX)
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")


class CellError(ValueError):
    """A cell that cannot be read: ``problem`` is a (Thai template, params) pair."""

    def __init__(self, problem: tuple[str, dict]):
        self.problem = problem
        super().__init__(problem[0])


def _bad(text: Any) -> CellError:
    return CellError(("วันที่ไม่ถูกต้อง: {value} (พิมพ์เช่น 5/11/2564 หรือ 5 พ.ย. 2564)", {"value": text}))


def read_date(f: Field, value: Any) -> tuple[date, Note | None]:
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return _date_cell(value)
    if isinstance(value, int | float):
        return _number(value)
    return _text(f, _plain(value))


def read_year(value: Any) -> tuple[int, Note | None]:
    """A year alone (stored as B.E.): 2564, 2021, or the year of a date cell."""
    if isinstance(value, datetime | date):
        day, note = read_date(Field("", "", ""), value)
        return day.year + BE_OFFSET, note
    text = to_arabic_digits(_plain(value)).removesuffix(".0")
    if not text.isdigit() or not (int(text) in YEARS_BE or int(text) in YEARS_CE):
        raise CellError(("ต้องเป็นปี พ.ศ. หรือ ค.ศ.: {value}", {"value": _plain(value)}))
    year = int(text)
    if year in YEARS_CE:
        return year + BE_OFFSET, ("ปี ค.ศ. {year} อ่านเป็น พ.ศ. {be}", {"year": year, "be": year + BE_OFFSET})
    return year, None


def _date_cell(day: date) -> tuple[date, Note | None]:
    if day.year <= 2400:
        return day, None
    try:
        converted = day.replace(year=day.year - BE_OFFSET)
    except ValueError:  # 29 February of a B.E. year whose C.E. year is no leap year
        raise CellError(("วันที่ {value} ไม่มีจริง: ปี {year} เป็นปี พ.ศ. ซึ่งไม่มีวันที่ 29 กุมภาพันธ์",
                         {"value": f"{day.day}/{day.month}/{day.year}", "year": day.year})) from None
    return converted, ("ช่องวันที่ของ Excel มีปี {year} ซึ่งเป็นปี พ.ศ.: อ่านเป็น {date}",
                       {"year": day.year, "date": _shown(converted)})


def _number(value: int | float) -> tuple[date, Note | None]:
    if float(value).is_integer() and (int(value) in YEARS_CE or int(value) in YEARS_BE):
        year = int(value)
        raise CellError(("{value} เป็นปี ไม่ใช่วันที่ กรุณาพิมพ์วันที่เต็ม เช่น 5/11/{be}",
                         {"value": year, "be": year if year in YEARS_BE else year + BE_OFFSET}))
    if not 1 <= value <= MAX_SERIAL:
        raise _bad(value)
    try:
        day = from_excel(value).date()
    except (ValueError, OverflowError):
        raise _bad(value) from None
    shown = int(value) if float(value).is_integer() else value
    return day, ("ตัวเลข {value} อ่านเป็นวันที่ของ Excel: {date}", {"value": shown, "date": _shown(day)})


def _shown(day: date) -> Bilingual:
    return Bilingual(format_date(day), format_date(day, "en"))


def _plain(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(_ZERO_WIDTH.sub("", str(value)).split())


def _text(f: Field, shown: str) -> tuple[date, Note | None]:
    text = to_arabic_digits(_TIME_PART.sub("", shown.replace(DATE_WORD, f" {DATE_WORD} ").strip()))
    text = " ".join(text.split())
    if text.isdigit():  # a year, or a serial number kept as text
        return _number(int(text))
    era = "be" if ERA_BE in text else "ce" if ERA_CE in text else None
    bare = " ".join(text.replace(ERA_BE, " ").replace(ERA_CE, " ").split())
    two = _TWO_DIGITS.match(_DAY_WORDS.sub("", bare))
    if two:
        return _two_digit_year(f, shown, two[1], int(two[2]), era)
    try:
        found = parse_date(text)
    except ValueError:
        found = None
    if found is None:
        raise _bad(shown)
    return found, None


def _two_digit_year(f: Field, shown: str, rest: str, yy: int, era: str | None) -> tuple[date, Note | None]:
    low, high = f.years
    options = {"be": 2500 + yy, "ce": 2000 + yy}
    plausible = [name for name, year in options.items()
                 if low <= (year - BE_OFFSET if name == "be" else year) <= high and era in (None, name)]
    if len(plausible) != 1:
        raise CellError(("ปี {yy} ใน {value} อ่านได้ทั้ง พ.ศ. 25{yy} และ ค.ศ. 20{yy} หรือไม่อยู่ในช่วงที่เป็นไปได้ "
                         "กรุณาพิมพ์ปีเต็ม 4 หลัก", {"yy": f"{yy:02d}", "value": shown}))
    year = options[plausible[0]]
    try:
        found = parse_date(f"{rest}{year}")
    except ValueError:
        found = None
    if found is None:
        raise _bad(shown)
    params = {"yy": f"{yy:02d}", "value": shown, "year": year, "date": _shown(found)}
    if plausible[0] == "be":
        return found, ("ปี {yy} ใน {value} อ่านเป็น พ.ศ. {year}: {date}", {**params})
    return found, ("ปี {yy} ใน {value} อ่านเป็น ค.ศ. {year}: {date}", {**params})
