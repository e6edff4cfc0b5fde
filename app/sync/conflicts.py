"""What the server did since a package's base, and which of the laptop's changes meet it: a field changed on both
sides to different values, a record deleted on one side and edited on the other. Each conflict is settled by
the user's choice, ``laptop`` or ``server`` (or set aside: the laptop's change waits in a new package)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.models import AuditEntry, AuditPersonal
from app.sync.tables import RECORD, register_name, shown

CHOICES = ("laptop", "server", "aside")


@dataclass
class ServerSide:
    """The server's changes to one record since the base: who and when per field, and its deletion."""

    fields: dict[str, tuple[str, str]] = field(default_factory=dict)
    deleted: tuple[str, str] | None = None
    removed: dict = field(default_factory=dict)  # the values the deletion removed (to make the record again)
    last: dict[str, int] = field(default_factory=dict)  # per field, the audit id of the server's last change
    writers: dict[str, set[int]] = field(default_factory=dict)  # PostgreSQL: per field, the transactions (xmin)


@dataclass
class Conflict:
    table: str
    record: str
    field: str  # RECORD: the whole record
    server_value: str
    laptop_value: str
    server_who: str
    server_at: str
    laptop_who: str
    laptop_at: str

    @property
    def key(self) -> str:
        return f"{register_name(self.table)}:{self.record}:{self.field}"


def history(session: Session, base: int, tables: set[str], pending: list[int] | None = None
            ) -> dict[tuple[str, str], ServerSide]:
    """The server's audit entries after ``base`` on ``tables``, per record; on PostgreSQL also those written by a
    transaction still in progress when the copy was taken (``pending``: see ``identity.in_progress``)."""
    since = AuditEntry.id > base
    writer = sa.null()
    if session.get_bind().dialect.name == "postgresql":
        writer = sa.cast(sa.cast(sa.literal_column("audit_log.xmin"), sa.Text), sa.BigInteger)
        since = sa.or_(since, writer.in_(pending)) if pending else since
    query = (sa.select(AuditEntry.id, AuditEntry.table_name, AuditEntry.record_id, AuditEntry.action,
                       AuditEntry.changes, AuditEntry.actor, AuditEntry.at, writer)
             .where(since, AuditEntry.table_name.in_(tables)).order_by(AuditEntry.id))
    out: dict[tuple[str, str], ServerSide] = {}
    for audit_id, table, record, action, changes, actor, at, xmin in session.execute(query):
        side = out.setdefault((table, record), ServerSide())
        when = at.isoformat(sep=" ", timespec="seconds") if at else ""
        pairs = json.loads(changes or "{}")
        if action == "delete":
            side.deleted = (actor or "", when)
            side.removed = _removed(session, audit_id, pairs)
        elif action == "insert":
            side.deleted = None
        for name in pairs:
            if action == "update":
                side.fields[name] = (actor or "", when)
                side.last[name] = audit_id
                if xmin is not None:
                    side.writers.setdefault(name, set()).add(int(xmin))
    return out


def _removed(session: Session, audit_id: int, pairs: dict) -> dict:
    values = {k: v[0] for k, v in pairs.items() if isinstance(v, list)}
    query = sa.select(AuditPersonal.field, AuditPersonal.old).where(AuditPersonal.audit_id == audit_id)
    hidden = session.execute(query)
    values.update(dict(hidden.all()))
    return values


def field_conflict(table: sa.Table, change, name: str, server_value, side: ServerSide) -> Conflict:
    column = table.c[name]
    who, at = side.fields.get(name, ("", ""))
    return Conflict(table.name, change.id, name, shown(column, server_value), shown(column, change.fields[name][1]),
                    who, at, change.who, change.at)


REASON = "รับการเปลี่ยนแปลงจากเครื่อง {laptop} (ชุด {package})"  # the audit trail's reason for an import
DELETED = "(ลบแล้ว)"
EDITED = "(แก้ไข {fields})"


def record_conflict(table: sa.Table, change, side: ServerSide, server_deleted: bool) -> Conflict:
    """Deleted on one side, edited on the other."""
    if server_deleted:
        who, at = side.deleted or ("", "")
        server, laptop = DELETED, EDITED.format(fields=", ".join(sorted(change.fields)))
    else:
        who, at = next(reversed(side.fields.values()), ("", ""))
        server, laptop = EDITED.format(fields=", ".join(sorted(side.fields))), DELETED
    return Conflict(table.name, change.id, RECORD, server, laptop, who, at, change.who, change.at)
