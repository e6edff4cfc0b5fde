"""The steps every save of a meetings record takes: check, assign, flush under the optimistic lock.

The record types are in meeting_types. Like the registers' records.py, with the same coercion,
Thai messages and version counter, for records that live inside a committee or a meeting.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.core.errors import Bilingual, RecordMissing, StaleRecord, UserError, ValidationFailed
from app.meetings.types import RECORD_TYPES, RecordType
from app.models import Kind, Meeting
from app.models.base import utcnow
from app.registers.validation import Problem, check_fields


def get(session: Session, rtype: RecordType, record_id: int | None, expected_version: int | None = None):
    """The record, or RecordMissing; StaleRecord when ``expected_version`` is given and differs."""
    obj = session.get(rtype.model, record_id) if record_id is not None else None
    if obj is None:
        raise RecordMissing()
    if expected_version is not None and obj.version != expected_version:
        raise StaleRecord()
    return obj


class MinutesCertified(UserError):
    """The minutes of the meeting are certified: its details, agenda and attendance stay as certified."""

    def __init__(self, label: str):
        super().__init__("รายงานการประชุมครั้งที่ {label} รับรองแล้ว จึงแก้ไขไม่ได้ (ต้องยกเลิกการรับรองก่อน)",
                         label=label)


def ensure_editable(session: Session, meeting_id: int | None, *, lock: bool = True) -> None:
    """Refuse (MinutesCertified) to change a meeting whose minutes are certified; RecordMissing if it is gone.

    Every change to a meeting's details, agenda items, cities linked to them, attendance or guests
    calls this before writing. With ``lock`` the meeting row is read FOR SHARE (PostgreSQL), so a
    certification being saved at the same time is waited for and then seen. A caller that updates
    the meeting row itself passes ``lock=False``: its version check already catches a certification
    in between, and a share lock upgraded to a write would deadlock two saves of the same meeting.
    """
    query = select(Meeting.state, Meeting.number, Meeting.year_be).where(Meeting.id == meeting_id)
    row = session.execute(query.with_for_update(read=True) if lock else query).first()
    if row is None:
        raise RecordMissing()
    if row.state == "certified":
        raise MinutesCertified(f"{row.number}/{row.year_be}")


def check(session: Session, rtype: RecordType, values: dict[str, Any],
          partial: bool = False) -> tuple[dict[str, Any], dict[str, Problem]]:
    """Coerce and check ``values``; references must point at existing records."""
    clean, problems = check_fields(rtype.stored_fields, values, partial)
    for f in rtype.stored_fields:
        if f.kind is Kind.REF and isinstance(clean.get(f.name), int) and f.name not in problems:
            target = RECORD_TYPES[f.ref]
            if session.get(target.model, clean[f.name]) is None:
                problems[f.name] = ("ไม่พบ{label}ที่เลือก", {"label": Bilingual(target.th, target.en)})
    return clean, problems


def fail_if(problems: dict[str, Problem]) -> None:
    if problems:
        raise ValidationFailed(problems)


def assign(obj, clean: dict[str, Any]) -> None:
    for name, value in clean.items():
        setattr(obj, name, value)


def save(session: Session, obj) -> None:
    """Flush one created or changed record; a concurrent save in between is a StaleRecord."""
    if obj in session and obj.id is not None:
        obj.updated_at = utcnow()
    session.add(obj)
    try:
        session.flush()
    except StaleDataError as exc:
        raise StaleRecord() from exc


def remove(session: Session, obj) -> None:
    """Delete one record now; a concurrent change in between is a StaleRecord."""
    session.delete(obj)
    try:
        session.flush()
    except StaleDataError as exc:
        raise StaleRecord() from exc


def values_of(obj, rtype: RecordType) -> dict[str, Any]:
    """A record's stored values keyed by field name (what a form loads, as records.values_of for registers)."""
    return {f.name: getattr(obj, f.name) for f in rtype.stored_fields}
