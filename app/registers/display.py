"""How a stored value reads in a table cell or a message, in Thai or English. Qt-free."""

from __future__ import annotations

from typing import Any

from app.core.thaidate import format_date, format_time
from app.models import Field, Kind
from app.models.fields import UNKNOWN
from app.registers.reference import load_dimensions, province_index


def _province(code: str, lang: str) -> str:
    row = province_index().get(code)
    if not row:
        return code
    return row["name_en"] if lang == "en" else row["name_th"]


def _dimension(code: str, lang: str) -> str:
    for row in load_dimensions():
        if row["code"] == code:
            return row["name_en"] if lang == "en" else row["name_th"]
    return code


def display(f: Field, value: Any, lang: str = "th", refs: dict[int, str] | None = None) -> str:
    if value is None or value == [] or value == "":
        return (UNKNOWN[1] if lang == "en" else UNKNOWN[0]) if f.unknown else ""
    kind = f.kind
    if kind is Kind.DATE:
        return format_date(value, lang)
    if kind is Kind.TIME:
        return f"{format_time(value)} น."
    if kind is Kind.CHOICE:
        c = f.choice(value)
        return c.label(lang) if c else str(value)
    if kind is Kind.MULTICHOICE:
        return ", ".join(c.label(lang) if (c := f.choice(v)) else v for v in value)
    if kind is Kind.PROVINCE:
        return _province(value, lang)
    if kind is Kind.PROVINCES:
        return ", ".join(_province(v, lang) for v in value)
    if kind is Kind.DIMENSIONS:
        return ", ".join(_dimension(v, lang) for v in value)
    if kind is Kind.REF:
        return (refs or {}).get(value, f"#{value}")
    if kind in (Kind.FLOAT, Kind.MONEY):
        return f"{value:,.2f}"
    if kind is Kind.LONGTEXT:
        return " ".join(str(value).split())
    return str(value)
