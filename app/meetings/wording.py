"""The fixed Thai wording of the minutes (THAI_DOCUMENTS.md §1): document text, not user messages.

Minutes are Thai documents whatever the interface language, so these phrases have no English twins;
the GUI and the PDF take them from here so that one wording is printed everywhere.
"""

from __future__ import annotations

from app.core.thaidate import format_date, format_time
from app.models import Meeting

NUMBER_WORD = "ครั้งที่"
SECTION_HEADING = "ระเบียบวาระที่ {number} {title}"
NOTHING = "ไม่มี"
CERTIFY_PREVIOUS = "รับรองรายงานการประชุม ครั้งที่ {label} {when}"
MEETING_REFERENCE = "{committee} ครั้งที่ {label} {when}"
ITEM_REFERENCE = "{meeting} ระเบียบวาระที่ {number}"
TIME = "{time} น."


def when(meeting: Meeting) -> str:
    """เมื่อวันศุกร์ที่ 5 พฤศจิกายน 2564"""
    return "เมื่อ" + format_date(meeting.held_on, style="weekday")


def section_heading(number: str | int, title: str) -> str:
    return SECTION_HEADING.format(number=number, title=title)


def time_text(value) -> str:
    return TIME.format(time=format_time(value)) if value is not None else ""


def certify_previous(previous: Meeting | None) -> str:
    """What ระเบียบวาระที่ 2 asks the meeting to certify; ไม่มี at a committee's first meeting."""
    if previous is None:
        return NOTHING
    return CERTIFY_PREVIOUS.format(label=previous.label, when=when(previous))


def meeting_reference(meeting: Meeting) -> str:
    """คณะกรรมการ... ครั้งที่ 1/2564 เมื่อวันศุกร์ที่ 5 พฤศจิกายน 2564"""
    return MEETING_REFERENCE.format(committee=meeting.committee.name, label=meeting.label, when=when(meeting))


def item_reference(meeting: Meeting, number: str) -> str:
    return ITEM_REFERENCE.format(meeting=meeting_reference(meeting), number=number)
