"""Reading the audit trail: filtered pages, newest first, by keyset (``id < last``) so that a page costs the same
at the millionth entry as at the first. The trail is only read here; the database triggers write it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit.tables import table_of
from app.core.errors import UserError
from app.models import AuditEntry, AuditPersonal

PAGE = 200
PERSONAL = "*"  # how audit_log marks a personal field; its values are in audit_personal
ERASED = object()  # the values of a personal field after the person's data was erased


class BadAuditFilter(UserError):
    pass


@dataclass(frozen=True)
class Change:
    field: str
    old: object
    new: object
    erased: bool = False  # personal data that was erased: the entry stays, the values are gone


@dataclass(frozen=True)
class Entry:
    id: int
    at: datetime  # UTC
    actor: str
    workstation: str
    table: str
    record_id: str
    action: str  # insert, update, delete
    changes: tuple[Change, ...]
    reason: str


@dataclass(frozen=True)
class Filter:
    table: str | None = None
    record_id: str | None = None
    actor: str | None = None
    since: date | None = None
    until: date | None = None  # inclusive
    tables: tuple[str, ...] = field(default_factory=tuple)  # one of several tables (a record and its parts)


def parse_record(text: str) -> tuple[str, str]:
    """``REGISTER:ID`` (``cities:5``, ``city:5``, ``settings:certificates.settings``) → (table, record id)."""
    name, sep, record = text.partition(":")
    table = table_of(name)
    if not sep or table is None or not record.strip():
        raise BadAuditFilter("ระบุข้อมูลเป็น ทะเบียน:เลขที่ เช่น cities:5 (ได้รับ {text})", text=text)
    return table, record.strip()


def parse_register(name: str) -> str:
    """A register or part of the work by its command-line key ("cities", "meetings") or its table name."""
    table = table_of(name)
    if table is None:
        raise BadAuditFilter("ไม่รู้จักทะเบียน {text}", text=name)
    return table


def _query(flt: Filter):
    query = select(*AuditEntry.__table__.c)  # plain rows: no ORM identity map for a read-only trail
    if flt.table:
        query = query.where(AuditEntry.table_name == flt.table)
    if flt.tables:
        query = query.where(AuditEntry.table_name.in_(flt.tables))
    if flt.record_id:
        query = query.where(AuditEntry.record_id == flt.record_id)
    if flt.actor:
        query = query.where(AuditEntry.actor == flt.actor)
    if flt.since:
        query = query.where(AuditEntry.at >= datetime.combine(flt.since, time()))
    if flt.until:
        query = query.where(AuditEntry.at < datetime.combine(flt.until + timedelta(days=1), time()))
    return query


def page(session: Session, flt: Filter | None = None, before_id: int | None = None, limit: int = PAGE) -> list[Entry]:
    """Up to ``limit`` entries older than ``before_id`` (newest first)."""
    query = _query(flt or Filter())
    if before_id is not None:
        query = query.where(AuditEntry.id < before_id)
    rows = session.execute(query.order_by(AuditEntry.id.desc()).limit(limit)).all()
    return _entries(session, rows)


def entries(session: Session, flt: Filter | None = None, oldest_first: bool = True) -> Iterator[Entry]:
    """Every entry of the filter, page by page (for the command line and the export)."""
    pages, before = [], None
    while True:
        chunk = page(session, flt, before, 1000)
        if not chunk:
            break
        pages.append(chunk)
        before = chunk[-1].id
    ordered = [e for chunk in pages for e in chunk]
    yield from reversed(ordered) if oldest_first else ordered


def _personal(session: Session, ids: list[int]) -> dict[tuple[int, str], tuple[str | None, str | None]]:
    if not ids:
        return {}
    rows = session.scalars(select(AuditPersonal).where(AuditPersonal.audit_id.in_(ids)))
    return {(r.audit_id, r.field): (r.old, r.new) for r in rows}


def _changes(row: AuditEntry, personal: dict) -> tuple[Change, ...]:
    changes = []
    for name, value in json.loads(row.changes or "{}").items():
        if value == PERSONAL:
            kept = personal.get((row.id, name))
            changes.append(Change(name, *kept) if kept else Change(name, None, None, erased=True))
        else:
            changes.append(Change(name, value[0], value[1]))
    return tuple(changes)


def _entries(session: Session, rows) -> list[Entry]:
    marked = [r.id for r in rows if f'"{PERSONAL}"' in (r.changes or "")]
    personal = _personal(session, marked)
    return [Entry(r.id, r.at, r.actor, r.workstation or "", r.table_name, r.record_id, r.action,
                  _changes(r, personal), r.reason or "") for r in rows]

