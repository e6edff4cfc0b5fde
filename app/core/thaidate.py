"""Buddhist Era dates: formatting and parsing as Thai office staff type them. Qt-free."""

from __future__ import annotations

import re
from datetime import date, time

BE_OFFSET = 543
MONTHS_TH = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
             "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
MONTHS_TH_ABBR = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")
WEEKDAYS_TH = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")
_TO_THAI = str.maketrans("0123456789", THAI_DIGITS)


def to_arabic_digits(text: str) -> str:
    return text.translate(_TO_ARABIC)


def to_thai_digits(text: str) -> str:
    return text.translate(_TO_THAI)


def format_date(day: date | None, lang: str = "th", style: str = "short") -> str:
    """short: 5 พ.ย. 2564 · long: 5 พฤศจิกายน 2564 · weekday: วันศุกร์ที่ 5 พฤศจิกายน 2564 ·
    formal (certificates, official letters): 5 พฤศจิกายน พ.ศ. 2564."""
    if day is None:
        return ""
    if lang == "en":
        return f"{day.day} {MONTHS_EN[day.month - 1][:3 if style == 'short' else None]} {day.year}"
    year = day.year + BE_OFFSET
    if style == "short":
        return f"{day.day} {MONTHS_TH_ABBR[day.month - 1]} {year}"
    if style == "formal":
        return f"{day.day} {MONTHS_TH[day.month - 1]} พ.ศ. {year}"
    text = f"{day.day} {MONTHS_TH[day.month - 1]} {year}"
    if style == "weekday":
        return f"วัน{WEEKDAYS_TH[day.weekday()]}ที่ {text}"
    return text


def format_numeric(day: date | None) -> str:
    """5/11/2564: the form the date fields show and accept."""
    return "" if day is None else f"{day.day}/{day.month}/{day.year + BE_OFFSET}"


def _month_lookup() -> dict[str, int]:
    table: dict[str, int] = {}
    for i, (full, abbr, en) in enumerate(zip(MONTHS_TH, MONTHS_TH_ABBR, MONTHS_EN, strict=True), start=1):
        table[full] = i
        table[abbr] = i
        table[abbr.replace(".", "")] = i
        table[en.lower()] = i
        table[en[:3].lower()] = i
    return table


_MONTHS = _month_lookup()


def _year(value: int) -> int:
    """Years above 2400 are Buddhist Era; two-digit years are B.E. (64 → 2564)."""
    if value < 100:
        value += 2500
    return value - BE_OFFSET if value > 2400 else value


def parse_date(text: str | date | None) -> date | None:
    """Parse 5/11/2564, 5-11-2021, 2021-11-05, 5 พ.ย. 64, ๕ พฤศจิกายน ๒๕๖๔. Raise ValueError."""
    if text is None or isinstance(text, date):
        return text
    s = to_arabic_digits(str(text)).strip()
    if not s:
        return None
    s = re.sub(r"^วัน\S*ที่\s*", "", s)
    s = re.sub(r"\s*(พ\.ศ\.|ค\.ศ\.)\s*", " ", s).strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
    if m:
        return date(_year(int(m[1])), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})", s)
    if m:
        return date(_year(int(m[3])), int(m[2]), int(m[1]))
    m = re.fullmatch(r"(\d{1,2})\s*([^\d\s][^\d]*?)\s*(\d{2}|\d{4})", s)
    if m:
        month = _MONTHS.get(m[2].strip().lower()) or _MONTHS.get(m[2].replace(" ", "").lower())
        if month:
            return date(_year(int(m[3])), month, int(m[1]))
    raise ValueError(text)


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February → 28 February
        return day.replace(year=day.year + years, day=28)


def fiscal_year_be(day: date) -> int:
    """Thai fiscal year (1 Oct – 30 Sep), named by the later B.E. year."""
    return day.year + BE_OFFSET + (1 if day.month >= 10 else 0)


def format_time(value: time | None) -> str:
    """10.00: the way Thai documents write a time of day (add " น." where the sentence needs it)."""
    return "" if value is None else f"{value.hour:02d}.{value.minute:02d}"


def parse_time(text: str | time | None) -> time | None:
    """Parse 10.00, 10:00, 10:00:00, 9.30 น., ๑๐.๐๐ น., 1000. Raise ValueError."""
    if text is None or isinstance(text, time):
        return text
    s = to_arabic_digits(str(text)).strip()
    s = re.sub(r"\s*(น\.|นาฬิกา)$", "", s).strip()
    if not s:
        return None
    m = re.fullmatch(r"(\d{1,2})(?:\s*[.:]\s*(\d{2})(?::00)?)?", s) or re.fullmatch(r"(\d{2})(\d{2})", s)
    if not m:
        raise ValueError(text)
    return time(int(m[1]), int(m[2] or 0))  # ValueError for 25.00 or 10.75
