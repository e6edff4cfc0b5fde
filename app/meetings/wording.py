"""The fixed Thai wording of the minutes (THAI_DOCUMENTS.md §1): document text, not user messages.

Minutes are Thai documents whatever the interface language, so these phrases have no English twins;
the GUI and the PDF take them from here so that one wording is printed everywhere. This module imports no
database code (the document commands load it without SQLAlchemy); the words the form prints for a position in
the committee and for an item's type are the models' choices, held equal to them by a test.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.thaidate import format_date, format_time

if TYPE_CHECKING:
    from datetime import date

    from app.models import Meeting

NUMBER_WORD = "ครั้งที่"
SECTION_HEADING = "ระเบียบวาระที่ {number} {title}"
NOTHING = "ไม่มี"
REPRESENTATIVE = "ผู้แทน"  # an agency's seat or guest: ผู้แทนสำนักงบประมาณ
CERTIFY_PREVIOUS = "รับรองรายงานการประชุม ครั้งที่ {label} {when}"
MEETING_REFERENCE = "{committee} ครั้งที่ {label} {when}"
ITEM_REFERENCE = "{meeting} ระเบียบวาระที่ {number}"
TIME = "{time} น."

# app.models.committee.POSITIONS and app.models.agenda.ITEM_TYPES, as the form prints them
POSITION_WORDS = {"chair": "ประธาน", "vice_chair": "รองประธาน", "member": "กรรมการ",
                  "secretary": "กรรมการและเลขานุการ", "member_assistant_secretary": "กรรมการและผู้ช่วยเลขานุการ",
                  "assistant_secretary": "ผู้ช่วยเลขานุการ"}
NOT_MEMBERS = frozenset({"assistant_secretary"})  # app.models.committee.NON_MEMBER_POSITIONS
ITEM_TYPE_WORDS = {"information": "เพื่อทราบ", "consideration": "เพื่อพิจารณา"}


def when_on(day: date) -> str:
    """เมื่อวันศุกร์ที่ 5 พฤศจิกายน 2564"""
    return "เมื่อ" + format_date(day, style="weekday")


def when(meeting: Meeting) -> str:
    return when_on(meeting.held_on)


def section_heading(number: str | int, title: str) -> str:
    return SECTION_HEADING.format(number=number, title=title)


def time_text(value) -> str:
    return TIME.format(time=format_time(value)) if value is not None else ""


def certify_previous_text(label: str | None, day: date | None) -> str:
    """What ระเบียบวาระที่ 2 asks the meeting to certify; ไม่มี at a committee's first meeting."""
    if label is None or day is None:
        return NOTHING
    return CERTIFY_PREVIOUS.format(label=label, when=when_on(day))


def certify_previous(previous: Meeting | None) -> str:
    return certify_previous_text(previous.label, previous.held_on) if previous is not None else NOTHING


def reference_text(committee: str, label: str, day: date) -> str:
    """คณะกรรมการ... ครั้งที่ 1/2564 เมื่อวันศุกร์ที่ 5 พฤศจิกายน 2564"""
    return MEETING_REFERENCE.format(committee=committee, label=label, when=when_on(day))


def meeting_reference(meeting: Meeting) -> str:
    return reference_text(meeting.committee.name, meeting.label, meeting.held_on)


def item_reference(meeting: Meeting, number: str) -> str:
    return ITEM_REFERENCE.format(meeting=meeting_reference(meeting), number=number)
