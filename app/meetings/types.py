"""The record types of the meetings capability: which model, which fields, how a message names one.

These records live inside a committee or a meeting, so they are not registers (no pane of their
own); like the registers they are described once, by their field descriptions.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models import (
    ACTION_ITEM_FIELDS,
    AGENDA_ITEM_FIELDS,
    ATTENDANCE_FIELDS,
    COMMITTEE_FIELDS,
    GUEST_FIELDS,
    MEETING_FIELDS,
    MEMBER_FIELDS,
    ActionItem,
    AgendaItem,
    Attendance,
    Committee,
    CommitteeMember,
    Field,
    Guest,
    Meeting,
)


@dataclass(frozen=True)
class RecordType:
    key: str
    th: str  # as a message names one record, or several (Thai does not inflect)
    en: str  # one record
    en_plural: str  # several records
    model: type
    fields: tuple[Field, ...]

    def uses(self, count: int) -> tuple[str, str, int]:
        """What RecordInUse lists: the records of this type that refer to the one being deleted."""
        return (self.th, self.en_plural, count)

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    @property
    def stored_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if not f.computed)

    @property
    def form_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.in_form and not f.computed)

    @property
    def table_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.in_table)


COMMITTEES = RecordType("committees", "คณะกรรมการ", "committee", "committees", Committee, COMMITTEE_FIELDS)
MEMBERS = RecordType("committee_members", "กรรมการ", "committee member", "committee members", CommitteeMember,
                     MEMBER_FIELDS)
MEETINGS = RecordType("meetings", "การประชุม", "meeting", "meetings", Meeting, MEETING_FIELDS)
ATTENDANCE = RecordType("attendance", "การมาประชุม", "attendance record", "attendance records", Attendance,
                        ATTENDANCE_FIELDS)
GUESTS = RecordType("guests", "ผู้เข้าร่วมประชุม", "other attendee", "other attendees", Guest, GUEST_FIELDS)
AGENDA_ITEMS = RecordType("agenda_items", "ระเบียบวาระ", "agenda item", "agenda items", AgendaItem, AGENDA_ITEM_FIELDS)
ACTION_ITEMS = RecordType("action_items", "งานที่มอบหมาย", "action item", "action items", ActionItem, ACTION_ITEM_FIELDS)
RECORD_TYPES: dict[str, RecordType] = {t.key: t for t in (COMMITTEES, MEMBERS, MEETINGS, ATTENDANCE, GUESTS,
                                                          AGENDA_ITEMS, ACTION_ITEMS)}
