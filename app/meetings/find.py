"""Find a meeting as people name it: its number 1/2564 and, where needed, its committee."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.errors import UserError
from app.meetings.meetings import parse_number
from app.models import Committee, Meeting


def find_meeting(session: Session, label: str, committee: str | None = None) -> Meeting:
    """``label`` like 1/2564; ``committee``: part of the committee's name or its short name."""
    try:
        number, year = parse_number(label)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    query = select(Meeting).join(Committee).where(Meeting.number == number, Meeting.year_be == year)
    found = list(session.scalars(query))
    if committee:
        wanted = committee.strip().casefold()
        found = [m for m in found if wanted in m.committee.name.casefold()
                 or wanted == (m.committee.short_name or "").casefold()]
    if not found:
        raise UserError("ไม่พบการประชุมครั้งที่ {label}", label=label)
    if len(found) > 1:
        names = " / ".join(m.committee.name for m in found)
        raise UserError("มีการประชุมครั้งที่ {label} หลายคณะ กรุณาระบุ --committee: {names}", label=label, names=names)
    return found[0]
