"""Rows for the register tables: plain values fetched with Core selects (fast at 1000× scale)."""

from __future__ import annotations

import gc
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import City, Kind
from app.models.city import EXPIRING_DAYS
from app.models.reference import Province, SmartDimension
from app.registers.catalog import REGISTERS, Register

LINK_TARGET = {Kind.PROVINCES: Province, Kind.DIMENSIONS: SmartDimension}  # a list of codes kept in a link table


@dataclass
class TableData:
    register: Register
    ids: list[int]
    versions: list[int]
    columns: dict[str, list[Any]]  # field name → one value per row
    ref_labels: dict[str, dict[int, str]] = field(default_factory=dict)  # register key → id → title

    def __len__(self) -> int:
        return len(self.ids)

    def row_values(self, row: int) -> dict[str, Any]:
        return {name: col[row] for name, col in self.columns.items()}


def empty_table(reg: Register) -> TableData:
    """A table with every column and no rows (what a pane shows before its first load)."""
    return TableData(reg, [], [], {f.name: [] for f in reg.fields})


def emblem_state(valid_until: date | None, today: date | None = None) -> str:
    if valid_until is None:
        return "none"
    today = today or date.today()
    days = (valid_until - today).days
    if days < 0:
        return "expired"
    return "expiring" if days <= EXPIRING_DAYS else "valid"


_LINKS: dict[str, dict[str, tuple[Any, Any, Any]]] = {}


def links(reg: Register) -> dict[str, tuple[Any, Any, Any]]:
    """Field name → (link table, owner column, code column) of each province or dimension list of a register.

    Found by the link table's foreign keys (to the register and to the provinces or dimensions), without setting up
    the ORM's mappers: the first pane's first rows need no ORM, and setting the mappers up costs tens of
    milliseconds at start."""
    if reg.key in _LINKS:
        return _LINKS[reg.key]
    found = {}
    table = reg.model.__table__
    for f in reg.stored_fields:
        if f.kind in LINK_TARGET:
            target = LINK_TARGET[f.kind].__table__
            for link in table.metadata.tables.values():  # by the keys' names: a table loaded later is not asked for
                owner = [c for c in link.c if any(_to(fk, table) for fk in c.foreign_keys)]
                code = [c for c in link.c if any(_to(fk, target) for fk in c.foreign_keys)]
                if len(owner) == len(code) == 1 and len(link.c) == 2:
                    found[f.name] = (link, owner[0], code[0])
    _LINKS[reg.key] = found
    return found


def _to(fk, table) -> bool:
    return fk.target_fullname.rpartition(".")[0] == table.fullname


def _lists(session: Session, link: tuple[Any, Any, Any], ids: list[int] | None = None) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    _table, owner, code = link
    query = select(owner, code).order_by(code)
    if ids is not None:
        query = query.where(owner.in_(ids))
    for record_id, value in session.connection().execute(query):
        out[record_id].append(value)
    return out


def column_fields(reg: Register) -> list:
    """The fields read straight from the register's table: stored ones and computed ones kept as columns."""
    table = reg.model.__table__
    return [f for f in reg.fields if f.kind not in LINK_TARGET and (not f.computed or f.name in table.c)]


def ref_labels(session: Session, reg: Register, only_ids_in=None) -> dict[int, str]:
    """Id → title of a register's records; ``only_ids_in``: a column whose values limit the ids."""
    table = reg.model.__table__
    query = select(table.c.id, table.c[reg.title_field])
    if only_ids_in is not None:
        query = query.where(table.c.id.in_(select(only_ids_in).where(only_ids_in.is_not(None)).distinct()))
    return dict(session.connection().execute(query).all())


def load_table(session: Session, reg: Register, today: date | None = None, ids: list[int] | None = None) -> TableData:
    """Every row of a register (``ids``: only those, a page) as columns of plain values (Core select: no ORM
    objects), by id."""
    table = reg.model.__table__
    scalar = column_fields(reg)
    query = select(table.c.id, table.c.version, *(table.c[f.name] for f in scalar)).order_by(table.c.id)
    if ids is not None:
        query = query.where(table.c.id.in_(ids))
    collecting = gc.isenabled()
    gc.disable()  # hundreds of thousands of tuples: cyclic GC passes would only slow the load
    try:
        rows = session.connection().execute(query).all()
        columns = [list(c) for c in zip(*rows, strict=True)] if rows else [[] for _ in range(len(scalar) + 2)]
        del rows
    finally:
        if collecting:
            gc.enable()
    ids = columns[0]
    data = TableData(reg, ids, columns[1], {f.name: columns[i] for i, f in enumerate(scalar, start=2)})
    for name, link in links(reg).items():
        lists = _lists(session, link, ids)
        data.columns[name] = [lists.get(i, []) for i in ids]
    if reg.model is City:
        data.columns["emblem_state"] = [emblem_state(d, today) for d in data.columns["emblem_valid_until"]]
    for f in reg.fields:
        if f.kind is Kind.REF:
            limit = table.c[f.name]
            if ids is not None:
                limit = select(limit).where(table.c.id.in_(ids)).subquery().c[0]
            labels = ref_labels(session, REGISTERS[f.ref], limit)
            data.ref_labels.setdefault(f.ref, {}).update(labels)
    return data
