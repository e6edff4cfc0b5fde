"""Rows for the register tables: plain values fetched with Core selects (fast at 1000× scale)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import City, Kind
from app.models.city import EXPIRING_DAYS, city_dimension, city_province

from .registers import REGISTERS, Register


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
    for city_id, code in session.execute(select(table.c.city_id, table.c[key]).order_by(table.c[key])):
        out[city_id].append(code)
    return out


def ref_labels(session: Session, reg: Register) -> dict[int, str]:
    model = reg.model
    return dict(session.execute(select(model.id, getattr(model, reg.title_field))).all())


def load_table(session: Session, reg: Register, today: date | None = None) -> TableData:
    model = reg.model
    scalar = [f for f in reg.stored_fields if f.kind not in (Kind.PROVINCES, Kind.DIMENSIONS)]
    cols = [model.id, model.version, *(getattr(model, f.name) for f in scalar)]
    result = session.execute(select(*cols).order_by(model.id)).all()
    ids = [r[0] for r in result]
    data = TableData(reg, ids, [r[1] for r in result], {})
    for i, f in enumerate(scalar, start=2):
        data.columns[f.name] = [r[i] for r in result]
    if model is City:
        provinces = _lists(session, city_province, "province_code")
        dimensions = _lists(session, city_dimension, "dimension_code")
        data.columns["provinces"] = [provinces.get(i, []) for i in ids]
        data.columns["dimensions"] = [dimensions.get(i, []) for i in ids]
        data.columns["emblem_state"] = [emblem_state(d, today) for d in data.columns["emblem_valid_until"]]
    for f in reg.fields:
        if f.kind is Kind.REF and f.ref not in data.ref_labels:
            data.ref_labels[f.ref] = ref_labels(session, REGISTERS[f.ref])
    return data
