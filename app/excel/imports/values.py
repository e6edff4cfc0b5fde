"""Cell values of an imported workbook, parsed as people type them. Qt-free.

``read_cell(field, value, refs)`` turns one cell (a str, number, date or None as openpyxl reads it)
into the value ``records.create`` takes: text, ``date``, int, float, a choice code, a list of codes, a
record id, with a note when it converted something (a B.E. year in a date cell); ``parse_cell`` the value
alone. A value that cannot be read raises ``CellError`` carrying a (Thai template, params) pair.

* Dates and years: ``dates`` (B.E. years in date cells, years typed as numbers, two-digit years by the field's
  plausible years, serial numbers), each conversion returned as a note for the preview.
* A dash or a word such as ไม่ระบุ / N/A stands for "not known": read as an empty cell.
* Choices: by code, Thai label or English label; provinces by Thai or English name, ISO code (TH-50
  or 50), with or without จังหวัด/จ.; smart dimensions by code or name, with or without Smart/อัจฉริยะ.
  Lists are split on , ; / and line breaks. Matching ignores case, spaces and punctuation.
* References: by the title of the referenced record (or ``#id``, as a record without a title shows).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from datetime import date, datetime, time
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any

from sqlalchemy.orm import Session

from app.core.errors import Bilingual
from app.core.thaidate import parse_time, to_arabic_digits
from app.excel.imports.dates import CellError, Note, read_date, read_year
from app.excel.imports.value_words import (
    IGNORED,
    PROVINCE_ALIASES,
    PROVINCE_PREFIX,
    SARA_AM,
    SMART_EN,
    SMART_TH,
)
from app.models import Field, Kind
from app.models.fields import is_placeholder
from app.registers.catalog import REGISTERS
from app.registers.reference import load_dimensions, load_provinces
from app.registers.tables import ref_labels
from app.registers.validation import check_fields, parse_money

MAX_CELL = 32_767  # Excel's own limit on the characters in a cell
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_SPLIT = re.compile(r"\s*[,;/\n\r，、]+\s*")

__all__ = ["MAX_CELL", "CellError", "ColumnReader", "RefIndex", "is_empty", "key", "parse_cell", "read_cell"]
Read = tuple[Any, tuple[str, dict] | None, tuple[str, dict] | None, Note | None]
BLANK = object()  # what ColumnReader.read gives for an empty cell, a dash or a placeholder word


@lru_cache(maxsize=1 << 16)  # the same few labels, provinces and choices over and over
def key(text: Any) -> str:
    """A lookup key: Arabic digits, lower case, spaces, punctuation and zero-width characters removed."""
    return IGNORED.sub("", to_arabic_digits(str(text)).replace(*SARA_AM)).casefold()


_BLANK = "".join(ch for ch in map(chr, range(0x3001)) if ch.isspace()) + "\u200b\u200c\u200d\u2060\ufeff"


def is_empty(value: Any) -> bool:
    """None, or text of nothing but spaces and zero-width characters."""
    return value is None or (value.__class__ is str and not value.strip(_BLANK))


@cache
def province_keys() -> dict[str, str]:
    table: dict[str, str] = {}
    for row in load_provinces():
        code = row["code"]
        for name in (code, code.removeprefix("TH-"), row["name_th"], row["name_en"], *PROVINCE_ALIASES.get(code, ())):
            table[key(name)] = code
    return table


@cache
def dimension_keys() -> dict[str, str]:
    table: dict[str, str] = {}
    for row in load_dimensions():
        names = (row["code"], row["name_en"], row["name_th"])
        for name in (*names, key(row["name_en"]).removeprefix(SMART_EN), key(row["name_th"]).removesuffix(SMART_TH)):
            table[key(name)] = row["code"]
    return table


@cache
def choice_keys(f: Field) -> dict[str, str]:
    return {key(text): c.value for c in f.choices for text in (c.value, c.th, c.en)}


class RefIndex:
    """Titles of the records that reference fields point at, loaded once per register."""

    def __init__(self, session: Session | None):
        self.session = session  # None: nothing to refer to
        self._ids: dict[str, dict[int, str]] = {}
        self._titles: dict[str, dict[str, list[int]]] = {}

    def _load(self, register_key: str) -> None:
        if register_key not in self._ids:
            ids = ref_labels(self.session, REGISTERS[register_key]) if self.session is not None else {}
            titles: dict[str, list[int]] = defaultdict(list)
            for record_id, title in ids.items():
                titles[key(title or "")].append(record_id)
            self._ids[register_key], self._titles[register_key] = ids, titles

    def find(self, register_key: str, text: str) -> int:
        self._load(register_key)
        label = Bilingual(REGISTERS[register_key].singular_th, REGISTERS[register_key].singular_en)
        if m := re.fullmatch(r"#\s*(\d+)", to_arabic_digits(text.strip())):
            if int(m[1]) in self._ids[register_key]:
                return int(m[1])
        found = self._titles[register_key].get(key(text), [])
        if len(found) > 1:
            raise CellError(("มี{label}ชื่อ {value} หลายรายการ กรุณาแก้ชื่อให้ไม่ซ้ำกันก่อน",
                             {"label": label, "value": text}))
        if not found:
            raise CellError(("ไม่พบ{label}ชื่อ {value}", {"label": label, "value": text}))
        return found[0]


class ColumnReader:
    """``parse_cell`` then ``validation.check_fields`` for the cells of one column, each distinct value once.

    A column repeats its values (choices, provinces, dates, the same developer): a value read before costs one
    dict lookup. ``read(raw)`` gives (clean value, None, check problem or None, note or None), or
    (None, cell problem, None, None) when the cell cannot be read, or (BLANK, None, None, None) for an empty cell, a
    dash or a placeholder word; a list value is a fresh copy for each cell.
    """

    def __init__(self, f: Field, refs: RefIndex | None):
        self.f, self.refs = f, refs
        self._seen: dict[tuple[type, Any], Read] = {}

    def read(self, raw: Any) -> Read:
        key = (raw.__class__, raw)  # 1, 1.0 and True are equal but read differently
        found = self._seen.get(key)
        if found is None:
            found = self._seen[key] = self._read(raw)
        value, problem, check, note = found
        return (list(value) if isinstance(value, list) else value), problem, check, note

    def _read(self, raw: Any) -> Read:
        if is_empty(raw) or is_placeholder(raw):
            return BLANK, None, None, None
        try:
            parsed, note = read_cell(self.f, raw, self.refs)
        except CellError as error:
            return None, error.problem, None, None
        clean, problems = check_fields((self.f,), {self.f.name: parsed}, partial=True)
        return clean[self.f.name], None, problems.get(self.f.name), note


def parse_cell(f: Field, value: Any, refs: RefIndex | None = None) -> Any:
    """The stored value of one cell for field ``f``; None (or [] for a list) when the cell is empty."""
    return read_cell(f, value, refs)[0]


def read_cell(f: Field, value: Any, refs: RefIndex | None = None) -> tuple[Any, Note | None]:
    """(the stored value of one cell for field ``f``, a note of what was converted or None)."""
    if isinstance(value, str) and len(value) > MAX_CELL:
        raise CellError(("ข้อความยาวเกิน {n} ตัวอักษร ซึ่งเป็นขีดจำกัดของ Excel", {"n": f"{MAX_CELL:,}"}))
    if isinstance(value, bool):
        raise CellError(("เป็นค่าจริง/เท็จ (TRUE/FALSE) ไม่ใช่ข้อมูลของช่องนี้", {}))
    if is_empty(value) or is_placeholder(value):
        return ([] if f.is_list else None), None
    kind = f.kind
    if kind is Kind.DATE:
        return read_date(f, value)
    if kind is Kind.INT and f.year_alone:
        return read_year(value)
    return _READERS.get(kind, _coded)(f, value, refs), None


def _reference(f: Field, value: Any, refs: RefIndex | None) -> int:
    return (refs or RefIndex(None)).find(f.ref, _plain(value))


def _text(value: Any) -> str:
    if isinstance(value, datetime | date):
        raise CellError(("เป็นวันที่ ไม่ใช่ข้อความ", {}))
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).replace("\r\n", "\n").strip()  # as typed: validation folds the spaces of one-line text


def _plain(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(_ZERO_WIDTH.sub("", str(value)).split())


def _time(value: Any) -> time:
    if isinstance(value, datetime):
        return value.time()
    if isinstance(value, time):
        return value
    try:
        result = parse_time(_plain(value))
    except ValueError:
        result = None
    if result is None:
        raise CellError(("เวลาไม่ถูกต้อง: {value} (พิมพ์เช่น 10.00)", {"value": _plain(value)}))
    return result


def _number(value: Any) -> float:
    if isinstance(value, datetime | date):
        raise CellError(("เป็นวันที่ ไม่ใช่ตัวเลข", {}))
    if isinstance(value, int | float):
        number = float(value)
    else:
        try:
            number = float(to_arabic_digits(_plain(value)).replace(",", "").replace(" ", ""))
        except ValueError:
            raise CellError(("ต้องเป็นตัวเลข: {value}", {"value": _plain(value)})) from None
    if not math.isfinite(number):
        raise CellError(("ต้องเป็นตัวเลข: {value}", {"value": _plain(value)}))
    return number


def _int(value: Any) -> int:
    if isinstance(value, int):
        return value
    number = _number(value)
    if not number.is_integer():
        raise CellError(("ต้องเป็นจำนวนเต็ม: {value}", {"value": _plain(value)}))
    return int(number)


def _float(value: Any) -> float:
    return value if isinstance(value, float) else _number(value)


def _money(value: Any) -> Decimal:
    if isinstance(value, datetime | date):
        raise CellError(("เป็นวันที่ ไม่ใช่จำนวนเงิน", {}))
    try:
        return parse_money(value if isinstance(value, int | float) else _plain(value))
    except ValueError as error:
        raise CellError((str(error), {})) from None


def _lookup(f: Field) -> tuple[dict[str, str], tuple[str, dict]]:
    label = Bilingual(f.th, f.en.lower())
    listed = Bilingual(", ".join(c.th for c in f.choices), ", ".join(c.en for c in f.choices))
    if f.kind in (Kind.PROVINCE, Kind.PROVINCES):
        return province_keys(), ("ไม่พบจังหวัด {value}", {"value": ""})
    if f.kind is Kind.DIMENSIONS:
        return dimension_keys(), ("ไม่พบด้านเมืองอัจฉริยะ {value}", {"value": ""})
    return choice_keys(f), ("ไม่มีตัวเลือก {value} ใน{label} (เลือกได้: {choices})",
                            {"value": "", "label": label, "choices": listed})


def _coded(f: Field, value: Any, _refs: RefIndex | None = None) -> str | list[str]:
    """Choices, provinces and dimensions: one code, or a sorted list of codes for a list field."""
    table, (template, params) = _lookup(f)
    text = _plain(value) if not isinstance(value, str) else _ZERO_WIDTH.sub("", value).strip()
    province = f.kind in (Kind.PROVINCE, Kind.PROVINCES)

    def one(item: str) -> str | None:
        return table.get(key(PROVINCE_PREFIX.sub("", item) if province else item))

    whole = one(text)
    if not f.is_list:
        if whole is None:
            raise CellError((template, {**params, "value": _plain(text)}))
        return whole
    if whole is not None:
        return [whole]
    parts = [item for item in _SPLIT.split(text) if item.strip()]
    codes = [one(item) for item in parts]
    if None in codes:
        bad = ", ".join(item for item, code in zip(parts, codes, strict=True) if code is None)
        raise CellError((template, {**params, "value": bad}))
    return sorted(set(codes))



_READERS = {Kind.TEXT: lambda f, v, r: _text(v), Kind.LONGTEXT: lambda f, v, r: _text(v),
            Kind.URL: lambda f, v, r: _text(v), Kind.EMAIL: lambda f, v, r: _text(v),
            Kind.PHONE: lambda f, v, r: _text(v), Kind.TIME: lambda f, v, r: _time(v),
            Kind.INT: lambda f, v, r: _int(v), Kind.FLOAT: lambda f, v, r: _float(v), Kind.REF: _reference,
            Kind.MONEY: lambda f, v, r: _money(v)}
