"""PDPA accountability: every export, print or report that includes personal data leaves a row saying who, when,
from which workstation, which fields, how many people and where it went. The table is append-only."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence

from sqlalchemy import func, insert, literal_column, select
from sqlalchemy.orm import Session

from app.core.audit_context import os_user, workstation
from app.models import AuditPersonal, Disclosure
from app.registers.catalog import REGISTERS


def _actor(session: Session):
    if session.get_bind().dialect.name == "postgresql":
        return literal_column("session_user")  # the server's word, not the client's
    return os_user()


def record(session: Session, kind: str, registers: Iterable[str], fields: Sequence[str], people: int,
           target: str | os.PathLike | None = None) -> None:
    session.execute(insert(Disclosure).values(
        actor=_actor(session), workstation=workstation(), kind=kind, registers=",".join(registers),
        fields=",".join(fields), people=people, target=str(target) if target is not None else None))


def personal_fields(register_key: str) -> list[str]:
    return [f.name for f in REGISTERS[register_key].fields if f.personal]


def record_register_export(session: Session, register_keys: Iterable[str], target, kind: str = "export",
                           ids: Sequence[int] | None = None) -> bool:
    """After an export (or print) with personal data: one row naming its personal fields and people counted.
    Returns False (and records nothing) when none of the registers holds personal fields."""
    keys = [k for k in register_keys if personal_fields(k)]
    if not keys:
        return False
    fields = [f"{k}.{name}" for k in keys for name in personal_fields(k)]
    people = 0
    for key in keys:
        model = REGISTERS[key].model
        query = select(func.count()).select_from(model)
        if ids is not None:
            query = query.where(model.id.in_(ids))
        people += session.scalar(query)
    record(session, kind, keys, fields, people, target)
    return True


def record_audit_export(session: Session, target) -> None:
    """The audit trail exported to a file carries the personal values it still holds."""
    people = session.scalar(select(func.count(func.distinct(AuditPersonal.record_id))))
    fields = sorted(set(session.scalars(select(AuditPersonal.field).distinct())))
    record(session, "audit_export", ["audit_log"], fields, people or 0, target)


def recent(session: Session, limit: int = 500) -> list[Disclosure]:
    return list(session.scalars(select(Disclosure).order_by(Disclosure.id.desc()).limit(limit)))
