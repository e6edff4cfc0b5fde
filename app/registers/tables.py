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
from app.models.city import EXPIRING_DAYS, city_dimension, city_province
from app.registers.catalog import REGISTERS, Register


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


def _lists(session: Session, table, key: str) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    query = select(table.c.city_id, table.c[key]).order_by(table.c[key])
    for city_id, code in session.connection().execute(query):
        out[city_id].append(code)
    return out


def ref_labels(session: Session, reg: Register, only_ids_in=None) -> dict[int, str]:
    """Id → title of a register's records; ``only_ids_in``: a column whose values limit the ids."""
    table = reg.model.__table__
    query = select(table.c.id, table.c[reg.title_field])
    if only_ids_in is not None:
        query = query.where(table.c.id.in_(select(only_ids_in).where(only_ids_in.is_not(None)).distinct()))
    return dict(session.connection().execute(query).all())


def load_table(session: Session, reg: Register, today: date | None = None) -> TableData:
    """Every row of a register as columns of plain values (Core select: no ORM objects)."""
    table = reg.model.__table__
    scalar = [f for f in reg.stored_fields if f.kind not in (Kind.PROVINCES, Kind.DIMENSIONS)]
    query = select(table.c.id, table.c.version, *(table.c[f.name] for f in scalar)).order_by(table.c.id)
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
    if reg.model is City:
        provinces = _lists(session, city_province, "province_code")
        dimensions = _lists(session, city_dimension, "dimension_code")
        data.columns["provinces"] = [provinces.get(i, []) for i in ids]
        data.columns["dimensions"] = [dimensions.get(i, []) for i in ids]
        data.columns["emblem_state"] = [emblem_state(d, today) for d in data.columns["emblem_valid_until"]]
    for f in reg.fields:
        if f.kind is Kind.REF:
            labels = ref_labels(session, REGISTERS[f.ref], table.c[f.name])
            data.ref_labels.setdefault(f.ref, {}).update(labels)
    return data
