"""What a register pane shows, asked of the database: the ids in the pane's sort and filter order, the rows of a
page, the values its filters offer. Qt-free; the stored keys are ``app.registers.keys``'.

Sorting: a text column by its stored Thai key, a choice or a province by the Thai key of its label (ranks in a
CASE), a reference by the stored key of the referenced record's title, numbers and dates as they are; empty first;
ties by id. Search: every typed word must occur, lower-cased, in the stored search text of the pane's language, in
the title of a referenced record, or in the label of the emblem's state (computed for today).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Column, ColumnElement, Select, and_, case, func, literal, or_, select
from sqlalchemy.orm import Session

from app.models import Field, Kind
from app.models.city import EXPIRING_DAYS
from app.models.sortkeys import has_english_key, keyed
from app.registers import search_index
from app.registers.catalog import REGISTERS, Register
from app.registers.display import display
from app.registers.filters import until
from app.registers.keys import key_table, thai_key
from app.registers.reference import load_provinces, province_index
from app.registers.tables import TableData, links

NATIVE = {Kind.INT, Kind.FLOAT, Kind.MONEY, Kind.DATE, Kind.TIME}


@dataclass(frozen=True)
class View:
    """A pane's filter and sort: the needle already stripped and lower-cased, ``fields`` as (name, value) pairs."""

    lang: str = "th"
    needle: str = ""
    province: str = ""
    region: str = ""
    status: str = ""
    fields: tuple[tuple[str, Any], ...] = ()
    sort_column: int = -1
    descending: bool = False


def emblem_state(valid_until: ColumnElement, today: date) -> ColumnElement:
    """``app.registers.tables.emblem_state`` in SQL."""
    soon = today + timedelta(days=EXPIRING_DAYS)
    return case((valid_until.is_(None), "none"), (valid_until < today, "expired"), (valid_until <= soon, "expiring"),
                else_="valid")


def column(reg: Register, f: Field, today: date) -> ColumnElement:
    table = reg.model.__table__
    if f.name == "emblem_state" and f.name not in table.c:
        return emblem_state(table.c.emblem_valid_until, today)
    return table.c[f.name]


def _ranked(f: Field, values: list, lang: str, expr: ColumnElement) -> ColumnElement:
    """A CASE giving each value the rank of how it reads in Thai order; anything else ranks as empty does."""
    texts = {v: display(f, v, lang) for v in values}
    order = sorted(set(texts.values()) | {display(f, None, lang)}, key=thai_key)
    rank = {t: i for i, t in enumerate(order)}
    return case({v: rank[t] for v, t in texts.items()}, value=expr, else_=rank[display(f, None, lang)])


def sort_expression(reg: Register, column_index: int, lang: str, today: date) -> ColumnElement:
    f = reg.table_fields[column_index]
    if f.kind in NATIVE:
        return column(reg, f, today)
    if f.kind is Kind.CHOICE:
        return _ranked(f, [c.value for c in f.choices], lang, column(reg, f, today))
    if f.kind is Kind.PROVINCE:
        return _ranked(f, [p["code"] for p in load_provinces()], lang, column(reg, f, today))
    if f.kind is Kind.REF:
        ref = REGISTERS[f.ref]
        keys = key_table(ref)
        title = select(keys.c[f"k_{ref.title_field}"]).where(keys.c.id == column(reg, f, today))
        return func.coalesce(title.scalar_subquery(), "")
    keys = key_table(reg)
    if f in keyed(reg.fields):
        return keys.c[f"k_{f.name}_en" if lang == "en" and has_english_key(f) else f"k_{f.name}"]
    return func.coalesce(column(reg, f, today), "")


def _word(session: Session, reg: Register, word: str, lang: str, today: date) -> ColumnElement:
    keys, ids = key_table(reg), reg.model.__table__.c.id
    found = [search_index.contains(session, keys, f"search_{'en' if lang == 'en' else 'th'}", word, ids)]
    for f in reg.table_fields:
        if f.kind is Kind.REF and f.searchable:
            ref_keys = key_table(REGISTERS[f.ref])
            titled = select(ref_keys.c.id).where(search_index.contains(session, ref_keys, "title", word))
            found.append(column(reg, f, today).in_(titled))
        elif f.computed and f.kind is Kind.CHOICE and f.name not in reg.model.__table__.c:
            states = [c.value for c in f.choices if word in c.label(lang).casefold()]
            if states:
                found.append(column(reg, f, today).in_(states))
    return or_(*found)


def _owners(reg: Register, name: str, codes: list[str]) -> ColumnElement:
    _table, owner, code = links(reg)[name]
    return reg.model.__table__.c.id.in_(select(owner).where(code.in_(codes)))


def _province_codes(reg: Register, codes: list[str]) -> ColumnElement:
    f = reg.field(reg.province_field)
    if f.kind is Kind.PROVINCES:
        return _owners(reg, f.name, codes)
    return reg.model.__table__.c[f.name].in_(codes)


def _field_filter(reg: Register, name: str, wanted: Any) -> ColumnElement:
    f, table = reg.field(name), reg.model.__table__
    if f.name in links(reg):
        return _owners(reg, f.name, [wanted])
    last = until(f)
    if last is not None and isinstance(wanted, int):
        first = table.c[name]
        return and_(first <= wanted, literal(wanted) <= func.coalesce(table.c[last], first))
    return table.c[name] == wanted


def conditions(session: Session, reg: Register, view: View, today: date) -> list[ColumnElement]:
    found = [_word(session, reg, w, view.lang, today) for w in view.needle.split()]
    if view.status and reg.status_field:
        found.append(column(reg, reg.field(reg.status_field), today) == view.status)
    if view.province:
        found.append(_province_codes(reg, [view.province]))
    if view.region:
        codes = [c for c, p in province_index().items() if view.region in (p["region_th"], p["region_en"])]
        found.append(_province_codes(reg, codes))
    found += [_field_filter(reg, name, wanted) for name, wanted in view.fields]
    return found


def _select(session: Session, reg: Register, view: View, today: date, what, from_keys: bool = False) -> Select:
    """``what`` from the register joined to its keys (or the keys joined to the register: the order of a stored key
    then comes from its index, without sorting), filtered by the view."""
    table, keys = reg.model.__table__, key_table(reg)
    on = keys.c.id == table.c.id
    joined = keys.outerjoin(table, on) if from_keys else table.outerjoin(keys, on)
    return select(what).select_from(joined).where(*conditions(session, reg, view, today))


def _filtered(view: View) -> bool:
    return bool(view.needle.split() or view.province or view.region or view.status or view.fields)


def _stored_key(reg: Register, expr: ColumnElement) -> bool:
    return isinstance(expr, Column) and expr.table is key_table(reg)


def ordered_ids(session: Session, reg: Register, view: View, today: date | None = None) -> list[int]:
    """The ids of the records the view shows, in its order. Sorted by a stored key and not filtered, the ids are
    read from the keys table in the key's index order (a record without its keys row yet is left out until it is
    made); filtered, the register is scanned and the matches sorted (walking the index would read every row twice,
    at random)."""
    today = today or date.today()
    table, keys = reg.model.__table__, key_table(reg)
    if not 0 <= view.sort_column < len(reg.table_fields):
        query = _select(session, reg, view, today, table.c.id).order_by(table.c.id)
        return list(session.connection().execute(query).scalars())
    expr = sort_expression(reg, view.sort_column, view.lang, today)
    if _stored_key(reg, expr) and not _filtered(view):
        query = _select(session, reg, view, today, keys.c.id, from_keys=True)
        query = query.order_by(*((expr.desc(), keys.c.id.desc()) if view.descending else (expr, keys.c.id)))
    else:
        first = expr.desc().nulls_last() if view.descending else expr.asc().nulls_first()
        query = _select(session, reg, view, today, table.c.id)
        query = query.order_by(first, table.c.id.desc() if view.descending else table.c.id)
    return list(session.connection().execute(query).scalars())


def count(session: Session, reg: Register, view: View, today: date | None = None) -> int:
    return session.connection().execute(_select(session, reg, view, today or date.today(), func.count())).scalar_one()


def snapshot(session: Session, reg: Register) -> tuple[list[int], list[int]]:
    """Every record's id and version, by id: what a pane holds of rows it has not shown."""
    table = reg.model.__table__
    rows = session.connection().execute(select(table.c.id, table.c.version).order_by(table.c.id)).all()
    return [r[0] for r in rows], [r[1] for r in rows]


def filter_data(session: Session, reg: Register) -> TableData:
    """The distinct values of the register's own filters (what ``filters.options`` offers), as a small table."""
    table = reg.model.__table__
    names = [n for n in reg.filters if n in table.c]
    names += [until(reg.field(n)) for n in names if until(reg.field(n))]
    rows = session.connection().execute(select(*(table.c[n] for n in names)).distinct()).all() if names else []
    columns = {n: [r[i] for r in rows] for i, n in enumerate(names)}
    return TableData(reg, [], [], columns)
