"""Which tables an offline copy holds and sends back, how their records are named, and how a value travels.

A value travels as the audit trail wrote it (JSON: dates as ISO text, money as integer satang, code lists as
``;``-separated text) and becomes a Python value by its column's type before it is compared or written.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import sqlalchemy as sa

from app.models import Base
from app.models.base import CodeList, Money

# the plan's per-province summary is not copied: the copy's own triggers build it from the rows copied
NOT_COPIED = {"audit_log", "audit_personal", "personal_data_disclosure", "sync_package", "sync_record",
              "plan_province_summary"}
NOT_SENT = NOT_COPIED | {"app_setting", "certificate_counter"}  # the server keeps its own settings and counters
SECRET_SETTINGS = ("certificates.secret",)  # never leaves the server
# how a register's records are named on the command line (REGISTER:ID:FIELD); other tables by their own name
REGISTER_OF_TABLE = {"city": "cities", "promotion_zone": "zones", "ambassador": "ambassadors",
                     "ascn_partnership": "partnerships", "plan_project": "plan"}
TABLE_OF_REGISTER = {v: k for k, v in REGISTER_OF_TABLE.items()}
RECORD = "*"  # the "field" of a conflict about the whole record (deleted on one side, edited on the other)


def copied_tables() -> list[sa.Table]:
    return [t for t in Base.metadata.sorted_tables if t.name not in NOT_COPIED]


def sent_tables() -> dict[str, sa.Table]:
    return {t.name: t for t in Base.metadata.sorted_tables if t.name not in NOT_SENT}


def table_order() -> dict[str, int]:
    """Parents before children: the order new records are written in."""
    return {t.name: n for n, t in enumerate(Base.metadata.sorted_tables)}


def register_name(table: str) -> str:
    return REGISTER_OF_TABLE.get(table, table)


def table_name(register: str) -> str:
    return TABLE_OF_REGISTER.get(register, register)


def has_serial_id(table: sa.Table) -> bool:
    """Records numbered by the database (a new one gets the server's next id), not named by their key."""
    keys = list(table.primary_key.columns)
    return len(keys) == 1 and keys[0].name == "id" and isinstance(keys[0].type, sa.Integer)


def key_values(table: sa.Table, record_id: str) -> dict:
    """The primary key of a record from the audit trail's record id ("12" or "12,ENV")."""
    keys = list(table.primary_key.columns)
    parts = record_id.split(",", len(keys) - 1)
    return {c.name: to_python(c, p) for c, p in zip(keys, parts, strict=True)}


def key_clause(table: sa.Table, record_id: str):
    return sa.and_(*(table.c[k] == v for k, v in key_values(table, record_id).items()))


def record_id_of(table: sa.Table, row) -> str:
    return ",".join(str(to_raw(c, row[c.name])) for c in table.primary_key.columns)


def to_python(column: sa.Column, raw):
    """A travelling value as the column's Python value."""
    if raw is None:
        return None
    kind = column.type
    if isinstance(kind, Money):
        return Decimal(int(raw)).scaleb(-2)
    if isinstance(kind, CodeList):
        return [v for v in str(raw).split(";") if v]
    return _plain(kind, raw)


def _plain(kind, raw):
    if isinstance(kind, sa.DateTime):
        return raw if isinstance(raw, datetime) else datetime.fromisoformat(str(raw))
    if isinstance(kind, sa.Date):
        return raw if isinstance(raw, date) else date.fromisoformat(str(raw)[:10])
    if isinstance(kind, sa.Time):
        return raw if isinstance(raw, time) else time.fromisoformat(str(raw))
    if isinstance(kind, sa.Boolean):
        return bool(raw) if not isinstance(raw, str) else raw.lower() in ("1", "true", "t")
    if isinstance(kind, sa.Integer):
        return int(raw)
    if isinstance(kind, sa.Float):
        return float(raw)
    return raw if isinstance(raw, str) else str(raw)


def to_raw(column: sa.Column, value):
    """A Python value as it travels (JSON)."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return int(value.scaleb(2))
    if isinstance(value, list):
        return ";".join(value)
    if isinstance(value, (date, datetime, time)):
        return value.isoformat()
    return value


def same(column: sa.Column, a, b) -> bool:
    """Two travelling (or Python) values of a column are the same value."""
    return to_python(column, a) == to_python(column, b)


def shown(column: sa.Column, raw) -> str:
    """A value as a person reads it in a conflict (dates in the Buddhist Era)."""
    from app.core.thaidate import format_date

    value = to_python(column, raw)
    if value is None:
        return "—"
    if isinstance(value, datetime):
        return f"{format_date(value.date())} {value:%H:%M}"
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, list):
        return ", ".join(value)
    return str(value)
