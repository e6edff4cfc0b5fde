"""The personal data report (PDPA): what the register holds about one person, where it went, and its erasure.

Erasing deletes the person's record — the database trigger writes the delete into the audit trail like any
other — and then removes every personal value the trail kept for that record (``audit_personal``): the entries
stay (who changed what, when, why), their personal fields read "personal data erased".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from app.audit import disclosure
from app.core import audit_context
from app.core.errors import RecordMissing, UserError
from app.models import Ambassador, AuditEntry, AuditPersonal, Disclosure, Field
from app.registers import records
from app.registers.catalog import REGISTERS
from app.registers.display import display

TABLE = "ambassador"
REGISTER = REGISTERS["ambassadors"]


@dataclass(frozen=True)
class PersonalReport:
    """What is held about one person; ``lines`` reads it in Thai or English."""

    record_id: int
    held: tuple[tuple[Field, object], ...]  # (field, value) of every field kept
    consent_on: date | None
    consent_scope: str
    retain_until: date | None
    changes: int  # audit entries about this record
    kept_values: int  # personal values the audit trail still holds
    disclosures: int  # exports and prints of the ambassadors register with personal data (all people)

    def lines(self, lang: str = "th") -> list[str]:
        return [f"{f.label(lang)}: {display(f, v, lang)}" for f, v in self.held]

    @property
    def overdue(self) -> bool:
        return self.retain_until is not None and self.retain_until < date.today()


def find(session: Session, text: str) -> list[Ambassador]:
    """People whose name, e-mail or phone contains ``text``."""
    like = f"%{text.strip()}%"
    if not text.strip():
        return []
    query = select(Ambassador).where(or_(Ambassador.full_name.ilike(like), Ambassador.email.ilike(like),
                                         Ambassador.phone.ilike(like)))
    return list(session.scalars(query.order_by(Ambassador.full_name)))


def overdue(session: Session, today: date | None = None) -> list[Ambassador]:
    """People whose retention date has passed: their data is due for erasure."""
    query = select(Ambassador).where(Ambassador.retain_until < (today or date.today()))
    return list(session.scalars(query.order_by(Ambassador.retain_until)))


def report(session: Session, ambassador_id: int) -> PersonalReport:
    person = session.get(Ambassador, ambassador_id)
    if person is None:
        raise RecordMissing()
    values = records.values_of(person, REGISTER)
    held = tuple((f, values.get(f.name)) for f in REGISTER.stored_fields if values.get(f.name) not in (None, "", []))
    rid = str(ambassador_id)
    changes = session.scalar(select(func.count()).select_from(AuditEntry)
                             .where(AuditEntry.table_name == TABLE, AuditEntry.record_id == rid))
    kept = session.scalar(select(func.count()).select_from(AuditPersonal)
                          .where(AuditPersonal.table_name == TABLE, AuditPersonal.record_id == rid))
    shared = session.scalar(select(func.count()).select_from(Disclosure)
                            .where(Disclosure.registers.like("%ambassadors%")))
    disclosure.record(session, "report", ["ambassadors"], [f.name for f, _v in held], 1, None)
    return PersonalReport(ambassador_id, held, person.consent_on, person.consent_scope or "", person.retain_until,
                          changes, kept, shared)


def erase(session: Session, ambassador_id: int, reason: str) -> int:
    """Delete the person and the personal values of the audit trail; the entries stay. Returns values erased."""
    reason = (reason or "").strip()
    if not reason:
        raise UserError("กรุณาระบุเหตุผลที่ลบข้อมูลส่วนบุคคล")
    if session.get(Ambassador, ambassador_id) is None:
        raise RecordMissing()
    audit_context.set_reason(session, reason)
    records.delete(session, REGISTER, ambassador_id)
    session.flush()
    done = session.execute(delete(AuditPersonal).where(AuditPersonal.table_name == TABLE,
                                                       AuditPersonal.record_id == str(ambassador_id)))
    disclosure.record(session, "erase", ["ambassadors"], [], 1, None)
    return done.rowcount
