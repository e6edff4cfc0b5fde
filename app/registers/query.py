"""What a register pane shows, asked of the database: how many rows its sort and filter give, a page of them
(from an offset, or keyset: right after or before a row's place in the order, ``Mark``), where a record is in
that order, every id in order (an export of what is shown), the values its filters offer. Qt-free; the stored keys
are ``app.registers.keys``'.

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
DENSE = 0.1  # a word more rows than this share hold is looked for row by row by a query that stops after a page


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


def _rows(session: Session, keys) -> int:
    """About how many rows a keys table holds: its largest id (a count would read the whole index)."""
    return session.connection().execute(select(func.max(keys.c.id))).scalar() or 0


def _found(session: Session, keys, name: str, text: str, ids: ColumnElement, walk: bool,
           row_text: ColumnElement) -> ColumnElement:
    """The row's ``name`` text (``row_text``) holds ``text``. Among the ids of the index's hits; or, while the query
    walks an order's index (``walk``: it stops after a page), row by row where many rows hold the word (so a page
    is found within few rows walked, and the hits are never gathered)."""
    found = search_index.word(session, keys, name, text)
    if walk and (found.most is None or found.most > DENSE * _rows(session, keys)) and not found.none:
        return search_index.holds(session, row_text, text)
    return ids.in_(search_index.hits(session, keys, found))


def _word(session: Session, reg: Register, word: str, lang: str, today: date, ids: ColumnElement,
          walk: bool) -> ColumnElement:
    keys, name = key_table(reg), f"search_{'en' if lang == 'en' else 'th'}"
    found = [_found(session, keys, name, word, ids, walk, keys.c[name])]
    for f in reg.table_fields:
        if f.kind is Kind.REF and f.searchable:
            ref_keys, value = key_table(REGISTERS[f.ref]), column(reg, f, today)
            title = select(ref_keys.c.title).where(ref_keys.c.id == value).scalar_subquery()
            found.append(_found(session, ref_keys, "title", word, value, walk, title))
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


def conditions(session: Session, reg: Register, view: View, today: date,
               ids: ColumnElement | None = None, walk: bool = False) -> list[ColumnElement]:
    """``ids``: how the search finds its hits among the rows (the register's ids unless told); ``walk``: the query
    walks an order's index and stops after a page."""
    ids = reg.model.__table__.c.id if ids is None else ids
    found = [_word(session, reg, w, view.lang, today, ids, walk) for w in view.needle.split()]
    if view.status and reg.status_field:
        found.append(column(reg, reg.field(reg.status_field), today) == view.status)
    if view.province:
        found.append(_province_codes(reg, [view.province]))
    if view.region:
        codes = [c for c, p in province_index().items() if view.region in (p["region_th"], p["region_en"])]
        found.append(_province_codes(reg, codes))
    found += [_field_filter(reg, name, wanted) for name, wanted in view.fields]
    return found


def _select(session: Session, reg: Register, view: View, today: date, what, from_keys: bool = False,
            walk: bool = False) -> Select:
    """``what`` from the register joined to its keys, filtered by the view; or the keys joined to the register
    (``from_keys``): the order of a stored key then comes from walking its index. ``walk``: the query reads rows in
    an index's order and stops after a page; a word many rows hold is then looked for row by row, and while a
    stored key's index is walked a rarer word's hits are only looked up (``+ 0`` keeps them from driving the
    query)."""
    table, keys = reg.model.__table__, key_table(reg)
    on = keys.c.id == table.c.id
    joined = keys.join(table, on) if from_keys else table.outerjoin(keys, on)  # keys left behind by a delete: out
    ids = keys.c.id if from_keys else table.c.id
    found = conditions(session, reg, view, today, ids + 0 if walk and from_keys else ids, walk)
    return select(*what if isinstance(what, tuple) else (what,)).select_from(joined).where(*found)


def filtered(view: View) -> bool:
    return bool(view.needle.split() or view.province or view.region or view.status or view.fields)


def _searched_only(view: View) -> bool:
    """Filtered by typed words alone: the filter needs no column of the register walked row by row."""
    return not (view.province or view.region or view.status or view.fields)


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
    if _stored_key(reg, expr) and not filtered(view):
        query = _select(session, reg, view, today, keys.c.id, from_keys=True)
        query = query.order_by(*((expr.desc(), keys.c.id.desc()) if view.descending else (expr, keys.c.id)))
    else:
        first = expr.desc().nulls_last() if view.descending else expr.asc().nulls_first()
        query = _select(session, reg, view, today, table.c.id)
        query = query.order_by(first, table.c.id.desc() if view.descending else table.c.id)
    return list(session.connection().execute(query).scalars())


# -- the rows of a window, in the view's order, without reading the rest ----------------------------------------


@dataclass(frozen=True)
class Mark:
    """A row's place in a view's order: its sort value (what the ORDER BY compares) and its id."""

    key: Any
    id: int


UNPLACED = object()  # the key of a row the model placed itself (a record just added): not a keyset anchor


@dataclass(frozen=True)
class _Order:
    expr: ColumnElement | None  # None: by id
    ids: ColumnElement
    descending: bool
    from_keys: bool
    nullable: bool


def _order(reg: Register, view: View, today: date) -> _Order:
    table, keys = reg.model.__table__, key_table(reg)
    if not 0 <= view.sort_column < len(reg.table_fields):
        return _Order(None, table.c.id, False, False, False)
    expr = sort_expression(reg, view.sort_column, view.lang, today)
    if _stored_key(reg, expr):  # made for every record (``keys.entry``): never empty, walked in its index's order
        from_keys = _searched_only(view)
        return _Order(expr, keys.c.id if from_keys else table.c.id, view.descending, from_keys, False)
    return _Order(expr, table.c.id, view.descending, False, True)


def _order_by(o: _Order, backwards: bool) -> list:
    descending = o.descending != backwards
    if o.expr is None:
        return [o.ids.desc() if descending else o.ids]
    if not o.nullable:
        return [o.expr.desc(), o.ids.desc()] if descending else [o.expr, o.ids]
    first = o.expr.desc().nulls_last() if descending else o.expr.asc().nulls_first()
    return [first, o.ids.desc() if descending else o.ids]


def _after(o: _Order, mark: Mark, descending: bool) -> ColumnElement:
    """The rows after ``mark`` in the order (ascending: empty first, ties by id; descending: the reverse)."""
    expr, ids = o.expr, o.ids
    if expr is None:
        return ids < mark.id if descending else ids > mark.id
    if mark.key is None:  # only a nullable expression has an empty key
        return and_(expr.is_(None), ids < mark.id) if descending else or_(expr.is_not(None), ids > mark.id)
    if descending:
        later = and_(expr <= mark.key, or_(expr < mark.key, ids < mark.id))
        return or_(later, expr.is_(None)) if o.nullable else later
    return and_(expr >= mark.key, or_(expr > mark.key, ids > mark.id))


def _before(o: _Order, mark: Mark) -> ColumnElement:
    return _after(o, mark, not o.descending)


def _marks(session: Session, query: Select) -> list[Mark]:
    return [Mark(key, record_id) for key, record_id in session.connection().execute(query)]


def page(session: Session, reg: Register, view: View, size: int, *, offset: int = 0, after: Mark | None = None,
         before: Mark | None = None, rows: int | None = None, today: date | None = None) -> list[Mark]:
    """``size`` rows of the view, in its order: those right after ``after`` or right before ``before`` (keyset: the
    order's index is entered at the mark), else from row ``offset``; from the end backwards when that is nearer
    (``rows``: how many the view has)."""
    today = today or date.today()
    o = _order(reg, view, today)
    key = o.expr if o.expr is not None else literal(None)
    walk = o.from_keys or o.expr is None  # the rows come in an index's order: the query stops after a page
    query = _select(session, reg, view, today, (key, o.ids), o.from_keys, walk).limit(size)
    if before is not None:
        query = query.where(_before(o, before)).order_by(*_order_by(o, backwards=True))
        return _marks(session, query)[::-1]
    if after is not None:
        return _marks(session, query.where(_after(o, after, o.descending)).order_by(*_order_by(o, False)))
    if rows is not None and offset > rows // 2 and offset < rows:  # a jump past the middle: walk from the end
        size = min(size, rows - offset)
        query = query.limit(size).order_by(*_order_by(o, backwards=True)).offset(rows - offset - size)
        return _marks(session, query)[::-1]
    return _marks(session, query.order_by(*_order_by(o, False)).offset(offset))


def position(session: Session, reg: Register, view: View, record_id: int, today: date | None = None) -> int | None:
    """The row of a record in the view (None: the view does not show it): how many rows come before it."""
    today = today or date.today()
    o = _order(reg, view, today)
    key = o.expr if o.expr is not None else literal(None)
    found = session.connection().execute(
        _select(session, reg, view, today, (key, o.ids), from_keys=o.from_keys).where(o.ids == record_id)).first()
    if found is None:
        return None
    query = _select(session, reg, view, today, func.count(), from_keys=o.from_keys)
    return session.connection().execute(query.where(_before(o, Mark(found[0], record_id)))).scalar_one()


def count(session: Session, reg: Register, view: View, today: date | None = None) -> int:
    """How many rows the view shows (from the register alone: the filters need none of its keys)."""
    table = reg.model.__table__
    query = select(func.count()).select_from(table).where(*conditions(session, reg, view, today or date.today()))
    return session.connection().execute(query).scalar_one()


def filter_data(session: Session, reg: Register) -> TableData:
    """The distinct values of the register's own filters (what ``filters.options`` offers), as a small table."""
    table = reg.model.__table__
    names = [n for n in reg.filters if n in table.c]
    names += [until(reg.field(n)) for n in names if until(reg.field(n))]
    rows = session.connection().execute(select(*(table.c[n] for n in names)).distinct()).all() if names else []
    columns = {n: [r[i] for r in rows] for i, n in enumerate(names)}
    return TableData(reg, [], [], columns)
