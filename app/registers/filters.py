"""The extra filters of a register pane (``Register.filters``): what each offers and which rows it keeps. Qt-free.

A list field (dimensions, choices) keeps the rows whose list holds the value; a field with ``extra["until"]``
(a plan project's first fiscal year, with its last year in ``end_year``) keeps the rows whose span covers the year
chosen; any other field keeps the rows whose value equals it.
"""

from __future__ import annotations

from typing import Any

from app.models import Field, Kind
from app.registers.display import display
from app.registers.reference import load_dimensions
from app.registers.tables import TableData


def until(f: Field) -> str | None:
    return f.extra.get("until")


def accepts(f: Field, value: Any, last: Any, wanted: Any) -> bool:
    if f.is_list:
        return wanted in (value or ())
    if until(f) is not None and isinstance(value, int) and isinstance(wanted, int):
        return value <= wanted <= (last if isinstance(last, int) else value)
    return value == wanted


def options(data: TableData, f: Field, lang: str = "th") -> list[tuple[Any, str]]:
    """(value, label) of what the filter offers; the caller sorts text labels in Thai order."""
    if f.kind in (Kind.CHOICE, Kind.MULTICHOICE):
        return [(c.value, c.label(lang)) for c in f.choices]
    if f.kind is Kind.DIMENSIONS:
        return [(row["code"], row["name_en" if lang == "en" else "name_th"]) for row in load_dimensions()]
    values = data.columns.get(f.name, [])
    if until(f) is not None:
        lasts = data.columns.get(until(f), [None] * len(values))
        years = {y for first, last in zip(values, lasts, strict=True) if isinstance(first, int)
                 for y in range(first, (last if isinstance(last, int) else first) + 1)}
        return [(y, str(y)) for y in sorted(years, reverse=True)]
    found = {v for v in values if v not in (None, "")}
    if f.kind is Kind.INT:
        return [(v, str(v)) for v in sorted(found)]
    return [(v, display(f, v, lang, data.ref_labels.get(f.ref or ""))) for v in found]
