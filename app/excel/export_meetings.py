"""Export the meeting data to Excel (.xlsx), Qt-free: resolutions, action items and attendance.

Each sheet has the layout of the register exports (``excel_sheet``): title row, bold header, frozen
pane, autofilter, B.E. dates, the Thai font. Column labels come from the meeting models' field
descriptions. Meetings are in the order they were held (date, start time, id); within a meeting,
resolutions follow the agenda (1, 2, 3, 4.1, 4.2 …), attendance the committee's list of members and
then the other attendees (ผู้เข้าร่วมประชุม), and action items the order of the Action items pane
(or the given ids' order).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.errors import Bilingual
from app.excel.sheet import Cells, Column, Progress, Sheet, field_column, write_workbook
from app.meetings import agenda
from app.meetings.action_rows import ActionRow, action_rows, committee_label
from app.meetings.attendance import guests_of, roll
from app.meetings.meetings import held_order
from app.models import Meeting
from app.models.agenda import ACTION_ITEM_FIELDS, AGENDA_ITEM_FIELDS
from app.models.committee import MEMBER_FIELDS
from app.models.meeting import ATTENDANCE_FIELDS, ATTENDANCE_STATUSES, MEETING_FIELDS

MEETING_SHEETS = ("resolutions", "actions", "attendance")
LABELS = {
    "resolutions": Bilingual("มติที่ประชุม", "Resolutions"),
    "actions": Bilingual("งานที่ต้องติดตาม", "Action items"),
    "attendance": Bilingual("การเข้าประชุม", "Attendance"),
}
NOT_RECORDED = Bilingual("ยังไม่บันทึก", "Not recorded")
GUEST = Bilingual("ผู้เข้าร่วมประชุม", "Other attendee")
OVERDUE = Bilingual("เกินกำหนด (วัน)", "Days overdue")


def export_meeting_data(session: Session, path: str | os.PathLike, *, meeting_ids: Sequence[int] | None = None,
                        lang: str = "th", progress: Progress | None = None) -> Path:
    """One workbook: resolutions, action items, attendance of ``meeting_ids`` (None: every meeting)."""
    return write_workbook(path, meeting_sheets(session, meeting_ids=meeting_ids, lang=lang), lang, progress)


def export_actions(session: Session, path: str | os.PathLike, *, ids: Sequence[int] | None = None,
                   lang: str = "th", progress: Progress | None = None) -> Path:
    """The action items ``ids`` in that order (the pane's filter and sort), or all in the pane's default order."""
    rows = action_rows(session)
    if ids is not None:
        by_id = {row.id: row for row in rows}
        rows = [by_id[i] for i in dict.fromkeys(ids) if i in by_id]
    return write_workbook(path, [_actions_sheet(rows, lang)], lang, progress)


def meeting_sheets(session: Session, *, meeting_ids: Sequence[int] | None = None, lang: str = "th") -> list[Sheet]:
    """The three meeting-data sheets, in the order of MEETING_SHEETS."""
    meetings = _meetings(session, meeting_ids)
    wanted = {m.id for m in meetings}
    actions = [row for row in action_rows(session) if row.meeting_id in wanted]
    return [_resolutions_sheet(session, meetings, lang), _actions_sheet(actions, lang),
            _attendance_sheet(session, meetings, lang)]


def _meetings(session: Session, ids: Sequence[int] | None) -> list[Meeting]:
    query = select(Meeting)
    if ids is not None:
        query = query.where(Meeting.id.in_(list(ids)))
    return sorted(session.scalars(query), key=held_order)


def _field(fields, name: str):
    return next(f for f in fields if f.name == name)


def _meeting_columns(lang: str) -> list[Column]:
    return [field_column(_field(MEETING_FIELDS, name), lang) for name in ("committee_id", "number", "held_on")]


def _meeting_values(meeting: Meeting) -> list[Any]:
    return [committee_label(meeting.committee), meeting.label, meeting.held_on]


def _sheet(key: str, columns: list[Column], rows: list[list[Any]], lang: str) -> Sheet:
    label = LABELS[key].en if lang == "en" else LABELS[key].th
    return Sheet(label, label, columns, len(rows), rows)


def _resolutions_sheet(session: Session, meetings: list[Meeting], lang: str) -> Sheet:
    columns = _meeting_columns(lang) + [field_column(_field(AGENDA_ITEM_FIELDS, name), lang)
                                        for name in ("number", "title", "resolution")]
    rows = []
    for meeting in meetings:
        stack = list(reversed(agenda.tree(session, meeting.id)))
        while stack:  # depth first, in agenda order
            node = stack.pop()
            if (node.item.resolution or "").strip():
                rows.append([*_meeting_values(meeting), node.number, node.item.title, node.item.resolution])
            stack.extend(reversed(node.children))
    return _sheet("resolutions", columns, rows, lang)


def _actions_sheet(actions: list[ActionRow], lang: str) -> Sheet:
    meeting = _meeting_columns(lang)
    item = [field_column(_field(AGENDA_ITEM_FIELDS, name), lang) for name in ("number", "title")]
    names = ("description", "agency", "due_on", "status", "closed_on")
    action = [field_column(_field(ACTION_ITEM_FIELDS, name), lang) for name in names]
    overdue = Column(OVERDUE.en if lang == "en" else OVERDUE.th, Cells.INT, 14)
    progress = field_column(_field(ACTION_ITEM_FIELDS, "progress"), lang)
    statuses = {c.value: c.label(lang) for c in _field(ACTION_ITEM_FIELDS, "status").choices}
    today = date.today()
    rows = [[row.committee, row.meeting_label, row.held_on, row.item_number, row.item_title, row.description,
             row.agency, row.due_on, statuses.get(row.status, row.status), row.closed_on,
             row.days_overdue(today) or None, row.progress] for row in actions]
    return _sheet("actions", [*meeting, *item, *action, overdue, progress], rows, lang)


def _attendance_sheet(session: Session, meetings: list[Meeting], lang: str) -> Sheet:
    person = [field_column(_field(MEMBER_FIELDS, name), lang) for name in ("person_name", "position", "job_title")]
    names = ("status", "substitute_name", "substitute_position", "absence_reason")
    attendance = [field_column(_field(ATTENDANCE_FIELDS, name), lang) for name in names]
    positions = {c.value: c.label(lang) for c in _field(MEMBER_FIELDS, "position").choices}
    statuses = {c.value: c.label(lang) for c in ATTENDANCE_STATUSES}
    not_recorded, guest = (NOT_RECORDED.en, GUEST.en) if lang == "en" else (NOT_RECORDED.th, GUEST.th)
    rows = []
    for meeting in meetings:
        for entry in roll(session, meeting.id):
            member, record = entry.member, entry.attendance
            status = statuses.get(record.status, record.status) if record else not_recorded
            details = [record.substitute_name, record.substitute_position, record.absence_reason] if record \
                else [None, None, None]
            rows.append([*_meeting_values(meeting), member.display_name, positions.get(member.position),
                         member.job_title, status, *details])
        for g in guests_of(session, meeting.id):
            where = " ".join(part for part in (g.position, g.organisation) if part) or None
            rows.append([*_meeting_values(meeting), g.name, None, where, guest, None, None, None])
    return _sheet("attendance", [*_meeting_columns(lang), *person, *attendance], rows, lang)
