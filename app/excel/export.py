"""Export the registers to Excel (.xlsx), Qt-free: columns derived from each register's field descriptions.

Decisions, in brief (the sheet layout and cell formatting are ``excel_sheet``'s):

* Rows are read in chunks (``excel_sheet_rows``): a streamed select in Thai order of the record title
  (the database sorts, by the key of ``pythainlp.util.collate``; ties by id), or, with ``ids`` (the
  GUI's filter and sort), the rows of those ids fetched chunk by chunk in their order. Province and
  dimension lists and the titles of referenced records are read for each chunk. Memory stays flat
  in the number of rows.
* INT and FLOAT are numbers, dates are real dates; choices, lists, provinces and references are
  written as their Thai (or English) labels, lists joined with ", "; long text keeps its line breaks.
* ``personal`` fields (PDPA) are left out unless ``include_personal`` is asked for: they are then
  not even read from the database.
* ``export_all`` (the workbook sent to an agency): the four registers, then the three meeting-data sheets.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.excel.sheet import (
    DATE_FORMAT_EN,
    DATE_FORMAT_TH,
    FONT_NAME,
    FORMULA_START,
    HEADER_ROW,
    Progress,
    Sheet,
    field_column,
    sheet_title,
    write_workbook,
)
from app.excel.sheet_rows import by_ids, count_ids, streamed, thai_order
from app.models import Field, Kind
from app.registers.catalog import REGISTERS, Register
from app.registers.reference import load_dimensions, province_index
from app.registers.tables import emblem_state, links

__all__ = ["DATE_FORMAT_EN", "DATE_FORMAT_TH", "FONT_NAME", "FORMULA_START", "HEADER_ROW", "columns",
           "export_all", "export_register", "register_sheet", "sheet_name"]

LISTS = (Kind.PROVINCES, Kind.DIMENSIONS)
COMPUTED = {"emblem_state": ("emblem_valid_until", emblem_state)}  # field → (the stored field, how)


def export_register(session: Session, register_key: str, path: str | os.PathLike, *, lang: str = "th",
                    include_personal: bool = False, ids: Sequence[int] | None = None,
                    progress: Progress | None = None) -> Path:
    """Write one register to ``path``; ``ids``: only those records, in that order (None: all, Thai order)."""
    sheet = register_sheet(session, REGISTERS[register_key], lang=lang, include_personal=include_personal, ids=ids)
    return write_workbook(path, [sheet], lang, progress)


def export_all(session: Session, path: str | os.PathLike, *, lang: str = "th", include_personal: bool = False,
               progress: Progress | None = None) -> Path:
    """Write every register (records in Thai order), then resolutions, action items and attendance."""
    from app.excel.export_meetings import meeting_sheets

    sheets = [register_sheet(session, reg, lang=lang, include_personal=include_personal)
              for reg in REGISTERS.values()]
    return write_workbook(path, [*sheets, *meeting_sheets(session, lang=lang)], lang, progress)


def columns(reg: Register, include_personal: bool = False) -> list[Field]:
    """The exported columns: every field (computed ones too), personal ones only when asked for."""
    return [f for f in reg.fields if include_personal or not f.personal]


def sheet_name(reg: Register, lang: str = "th") -> str:
    return sheet_title(reg.label(lang))


def register_sheet(session: Session, reg: Register, *, lang: str = "th", include_personal: bool = False,
                   ids: Sequence[int] | None = None) -> Sheet:
    """The sheet of one register; its rows are read while the sheet is written."""
    fields = columns(reg, include_personal)
    reader = _Reader(session, reg, fields, lang)
    table = reg.model.__table__
    if ids is None:
        count = session.connection().execute(select(func.count()).select_from(table)).scalar_one()
        order = (thai_order(session, table.c[reg.title_field]), table.c.id)
        chunks = streamed(session, reader.query.order_by(*order))
    else:
        count = count_ids(session, table.c.id, ids)
        chunks = by_ids(session, lambda chunk: reader.query.where(table.c.id.in_(chunk)), ids)
    personal = include_personal and any(f.personal for f in reg.fields)
    return Sheet(sheet_name(reg, lang), reg.label(lang), [field_column(f, lang) for f in fields], count,
                 reader.rows(chunks), personal)


class _Labels(dict):
    """Code → label; an unknown code reads as itself (``None`` stays ``None``)."""

    def __missing__(self, key):
        return key


class _Refs(dict):
    """Id → title of the referenced records of the current chunk; an unknown id reads as #id."""

    def __missing__(self, key):
        return None if key is None else f"#{key}"


class _Reader:
    """Reads a register's rows chunk by chunk and turns each into the values of its exported columns."""

    def __init__(self, session: Session, reg: Register, fields: list[Field], lang: str):
        self.session, self.table = session, reg.model.__table__
        stored = [_source(f) for f in fields if f.kind not in LISTS]
        selected = ["id", *dict.fromkeys(stored)]
        self.query = select(*(self.table.c[name] for name in selected))
        self.links = links(reg)
        self.lists = [f for f in fields if f.kind in LISTS]
        index = {name: i for i, name in enumerate(selected)}
        index.update({f.name: len(selected) + n for n, f in enumerate(self.lists)})
        self.refs: dict[str, tuple[int, Register, _Refs]] = {}
        self.plan: list[tuple[int, Callable[[Any], Any] | None]] = []
        for f in fields:
            if f.kind is Kind.REF:
                self.refs[f.name] = (index[f.name], REGISTERS[f.ref], _Refs())
            self.plan.append((index[_source(f)], self._converter(f, lang)))

    def _converter(self, f: Field, lang: str) -> Callable[[Any], Any] | None:
        if f.name in COMPUTED:
            labels = _Labels({c.value: c.label(lang) for c in f.choices})
            compute, today = COMPUTED[f.name][1], date.today()
            return lambda value: labels[compute(value, today)]
        if f.kind is Kind.REF:
            return self.refs[f.name][2].__getitem__
        labels = _labels(f, lang)
        if labels is None:
            return None  # text, numbers, dates: as they are
        if f.is_list:
            return lambda codes: ", ".join(map(labels.__getitem__, codes)) or None
        return labels.__getitem__

    def rows(self, chunks: Iterable[Sequence[Any]]) -> Iterator[list[Any]]:
        plan = self.plan
        for chunk in chunks:
            if not chunk:
                continue
            self._load_refs(chunk)
            if self.lists:
                lists = [self._list(f, [row[0] for row in chunk]) for f in self.lists]
                chunk = [(*row, *(found.get(row[0], ()) for found in lists)) for row in chunk]
            for row in chunk:
                yield [row[i] if convert is None else convert(row[i]) for i, convert in plan]

    def _load_refs(self, chunk: Sequence[Any]) -> None:
        for i, reg, labels in self.refs.values():
            wanted = {row[i] for row in chunk} - {None}
            table = reg.model.__table__
            query = select(table.c.id, table.c[reg.title_field]).where(table.c.id.in_(wanted))
            labels.clear()
            labels.update(self.session.connection().execute(query).all() if wanted else ())

    def _list(self, f: Field, ids: list[int]) -> dict[int, list[str]]:
        _table, owner, code = self.links[f.name]
        query = select(owner, code).where(owner.in_(ids)).order_by(owner, code)
        found: dict[int, list[str]] = {}
        for record_id, value in self.session.connection().execute(query):
            found.setdefault(record_id, []).append(value)
        return found


def _source(f: Field) -> str:
    """The column a field's cells come from: a computed field from the one it is computed from, else its own."""
    return COMPUTED[f.name][0] if f.name in COMPUTED else f.name


def _labels(f: Field, lang: str) -> _Labels | None:
    """How the codes of a choice, province or dimension field read; None for a field shown as stored."""
    if f.kind in (Kind.CHOICE, Kind.MULTICHOICE):
        return _Labels({c.value: c.label(lang) for c in f.choices})
    name = "name_en" if lang == "en" else "name_th"
    if f.kind in (Kind.PROVINCE, Kind.PROVINCES):
        return _Labels({code: row[name] for code, row in province_index().items()})
    if f.kind is Kind.DIMENSIONS:
        return _Labels({row["code"]: row[name] for row in load_dimensions()})
    return None
