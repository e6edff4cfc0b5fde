"""Plain rows for the follow-up table (ติดตามมติที่ประชุม): each action item with its meeting and agenda item.

The GUI loads these on a worker thread, so they are frozen dataclasses of plain values, never ORM objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.meetings import agenda
from app.meetings.committees import committees
from app.models import ActionItem, AgendaItem, Committee, Meeting
from app.models.agenda import CLOSED_STATUSES

EDITABLE = ("status", "due_on", "progress", "closed_on")  # what the edit dialog and undo change


@dataclass(frozen=True)
class ActionRow:
    id: int
    version: int
    committee_id: int
    committee: str  # the short name, or the name when there is none
    meeting_id: int
    meeting_label: str  # N/YYYY
    held_on: date
    item_number: str  # 4.4
    item_title: str
    description: str
    agency: str
    due_on: date | None
    status: str
    closed_on: date | None
    progress: str | None

    @property
    def is_open(self) -> bool:
        return self.status not in CLOSED_STATUSES

    def days_overdue(self, today: date) -> int:
        """Days past the due date while neither done nor cancelled; 0 otherwise."""
        if not self.is_open or self.due_on is None or self.due_on >= today:
            return 0
        return (today - self.due_on).days

    def editable_values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in EDITABLE}


def committee_label(committee: Committee) -> str:
    return committee.short_name or committee.name


def _rows(session: Session, where=None) -> list[ActionRow]:
    query = (select(ActionItem, AgendaItem, Meeting, Committee)
             .join(AgendaItem, AgendaItem.id == ActionItem.agenda_item_id)
             .join(Meeting, Meeting.id == AgendaItem.meeting_id)
             .join(Committee, Committee.id == Meeting.committee_id))
    if where is not None:
        query = query.where(where)
    numbers: dict[int, dict[int, str]] = {}
    rows = []
    for action, item, meeting, committee in session.execute(query):
        if meeting.id not in numbers:
            numbers[meeting.id] = agenda.numbers(session, meeting.id)
        rows.append(ActionRow(
            action.id, action.version, committee.id, committee_label(committee), meeting.id, meeting.label,
            meeting.held_on, numbers[meeting.id].get(item.id, ""), item.title, action.description, action.agency,
            action.due_on, action.status, action.closed_on, action.progress))
    return sorted(rows, key=lambda r: (r.held_on, r.meeting_id, number_key(r.item_number), r.id))


def number_key(number: str) -> tuple[int, ...]:
    """4.10 after 4.9: agenda numbers compared part by part."""
    return tuple(int(part) for part in number.split(".") if part.isdigit())


def action_rows(session: Session) -> list[ActionRow]:
    """Every action item, in the order of the meetings and of their agendas."""
    return _rows(session)


def action_row(session: Session, action_id: int) -> ActionRow | None:
    found = _rows(session, ActionItem.id == action_id)
    return found[0] if found else None


def committee_choices(session: Session) -> list[tuple[int, str]]:
    """(id, short name or name) of every committee, for a filter."""
    return [(c.id, committee_label(c)) for c in committees(session)]
