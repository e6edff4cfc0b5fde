"""Follow-up of resolutions: action items, what comes back under ระเบียบวาระที่ 3, and the list across meetings.

Follow-ups are computed, never copied: a meeting's ระเบียบวาระที่ 3 shows the action items of the
committee's earlier meetings that were still open on its date. An item closed (done or cancelled)
on or after that date still shows there, so the minutes of a past meeting read the same later;
one closed before it does not.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.meetings.meetings import held_order
from app.meetings.records import assign, check, fail_if, get, remove, save
from app.meetings.types import ACTION_ITEMS, AGENDA_ITEMS, MEETINGS
from app.models import ActionItem, AgendaItem, Meeting
from app.models.agenda import CLOSED_STATUSES


def _settle_closing(clean: dict[str, Any], previous: date | None, today: date | None) -> None:
    """Done or cancelled: a closing date (the one given, the earlier one, or today); open: none."""
    if clean["status"] in CLOSED_STATUSES:
        clean["closed_on"] = clean.get("closed_on") or previous or today or date.today()
    else:
        clean["closed_on"] = None


def add_action(session: Session, agenda_item_id: int, values: dict[str, Any], today: date | None = None) -> ActionItem:
    """Work a resolution assigns; the status defaults to open."""
    get(session, AGENDA_ITEMS, agenda_item_id)
    clean, problems = check(session, ACTION_ITEMS, {"status": "open", **values})
    fail_if(problems)
    _settle_closing(clean, None, today)
    action = ActionItem(agenda_item_id=agenda_item_id)
    assign(action, clean)
    save(session, action)
    return action


def update_action(session: Session, action_id: int, values: dict[str, Any], expected_version: int,
                  today: date | None = None) -> ActionItem:
    """Save progress; marking it done or cancelled records the closing date (today unless given),
    opening it again clears that date."""
    action = get(session, ACTION_ITEMS, action_id, expected_version)
    clean, problems = check(session, ACTION_ITEMS, values, partial=True)
    fail_if(problems)
    clean.setdefault("status", action.status)
    _settle_closing(clean, action.closed_on, today)
    assign(action, clean)
    save(session, action)
    return action


def delete_action(session: Session, action_id: int, expected_version: int | None = None) -> None:
    remove(session, get(session, ACTION_ITEMS, action_id, expected_version))


def actions_of(session: Session, agenda_item_id: int) -> list[ActionItem]:
    return list(session.scalars(select(ActionItem).where(ActionItem.agenda_item_id == agenda_item_id)
                                .order_by(ActionItem.id)))


def follow_ups(session: Session, meeting_id: int) -> list[ActionItem]:
    """The action items to report under ระเบียบวาระที่ 3: from the committee's earlier meetings, open on its date.

    In the order of the earlier meetings, then of the items.
    """
    meeting = get(session, MEETINGS, meeting_id)
    query = (select(ActionItem, Meeting).join(AgendaItem, AgendaItem.id == ActionItem.agenda_item_id)
             .join(Meeting, Meeting.id == AgendaItem.meeting_id)
             .where(Meeting.committee_id == meeting.committee_id, Meeting.held_on <= meeting.held_on,
                    Meeting.id != meeting.id,
                    or_(ActionItem.status.not_in(CLOSED_STATUSES), ActionItem.closed_on >= meeting.held_on)))
    rows = [(action, source) for action, source in session.execute(query)
            if held_order(source) < held_order(meeting)]
    return [action for action, source in sorted(rows, key=lambda r: (held_order(r[1]), r[0].agenda_item_id,
                                                                     r[0].id))]


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def find_actions(session: Session, *, agency: str | None = None, status: str | list[str] | None = None,
                 overdue: bool = False, today: date | None = None, committee_id: int | None = None
                 ) -> list[ActionItem]:
    """Action items across meetings. ``agency``: part of the agency's name; ``status``: one or several;
    ``overdue``: due before ``today`` (default: the date today) and neither done nor cancelled.
    Soonest due first; items without a due date last.
    """
    query = select(ActionItem).join(AgendaItem, AgendaItem.id == ActionItem.agenda_item_id)
    if agency and agency.strip():
        query = query.where(ActionItem.agency.ilike(_like(agency.strip()), escape="\\"))
    if status:
        query = query.where(ActionItem.status.in_([status] if isinstance(status, str) else list(status)))
    if overdue:
        query = query.where(ActionItem.status.not_in(CLOSED_STATUSES), ActionItem.due_on.is_not(None),
                            ActionItem.due_on < (today or date.today()))
    if committee_id is not None:
        query = query.join(Meeting, Meeting.id == AgendaItem.meeting_id).where(Meeting.committee_id == committee_id)
    rows = session.scalars(query).all()
    return sorted(rows, key=lambda a: (a.due_on is None, a.due_on or date.min, a.id))
