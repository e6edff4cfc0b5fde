"""Meetings: numbering N/B.E. year under the committee's rule, validation, the state of the minutes.

State of the minutes: draft → checked → certified (at a later meeting of the committee, or by
circulation on a date); checked can go back to draft. Certified minutes are the record: their
details, agenda (items, cities) and attendance are refused every change (``ensure_editable``,
used by agenda and attendance too), and the meeting is not deleted. The only way back is a
deliberate ``cancel_certification`` with a reason (ยกเลิกการรับรอง), kept in the notes; then the
minutes are "checked" and can be corrected and certified again. Action items (งานที่ต้องติดตาม)
are follow-up, not minutes: they stay editable, and can be added to or removed from the items of
certified minutes (actions.py).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core import audit_context
from app.core.errors import Bilingual, RecordInUse, ValidationFailed
from app.core.thaidate import BE_OFFSET, fiscal_year_be, format_date
from app.meetings import agenda, snapshot, wording
from app.meetings.records import assign, check, ensure_editable, fail_if, get, remove, save
from app.meetings.types import COMMITTEES, MEETINGS
from app.models import CommitteeMember, Meeting
from app.models.meeting import MEETING_STATES
from app.registers.validation import Problem

MEETING_DEFAULTS = {"mode": "onsite", "recording_style": "summary"}
STATE_FIELDS = ("state", "certified_by_id", "certified_on")  # changed by set_state only
TRANSITIONS = {"draft": {"checked"}, "checked": {"draft", "certified"}, "certified": set()}


# --------------------------------------------------------------------------- numbering


def format_number(number: int, year_be: int) -> str:
    """1/2564"""
    return f"{number}/{year_be}"


parse_number = snapshot.parse_number  # "1/2564" → (1, 2564); light, for the document commands


def numbering_year(rule: str, day: date) -> int:
    """The B.E. year a meeting on ``day`` is numbered in: fiscal (1 Oct – 30 Sep, the later year) or calendar."""
    return fiscal_year_be(day) if rule == "fiscal" else day.year + BE_OFFSET


def propose_number(session: Session, committee_id: int, day: date, exclude_meeting_id: int | None = None,
                   year_be: int | None = None) -> tuple[int, int]:
    """The next (number, year) for a meeting of the committee on ``day``, under its numbering rule.

    Per calendar or fiscal year the count starts again at 1 each year; a running number never does
    (its year is the calendar year of the meeting, for the N/YYYY label). ``year_be``: a year the
    user chose instead of the rule's.
    """
    committee = get(session, COMMITTEES, committee_id)
    year = year_be or numbering_year(committee.numbering, day)
    query = select(func.max(Meeting.number)).where(Meeting.committee_id == committee_id)
    if committee.numbering != "running":
        query = query.where(Meeting.year_be == year)
    if exclude_meeting_id is not None:
        query = query.where(Meeting.id != exclude_meeting_id)
    return (session.scalar(query) or 0) + 1, year


# --------------------------------------------------------------------------- meetings


def _number_taken(session: Session, v: dict[str, Any], meeting_id: int | None) -> bool:
    query = select(Meeting.id).where(Meeting.committee_id == v["committee_id"], Meeting.number == v["number"],
                                     Meeting.year_be == v["year_be"])
    if meeting_id is not None:
        query = query.where(Meeting.id != meeting_id)
    return session.scalar(query) is not None


def _chair_serves(session: Session, v: dict[str, Any]) -> bool:
    chair = session.get(CommitteeMember, v["chair_id"])
    day = v.get("held_on")
    return (chair is not None and chair.committee_id == v.get("committee_id") and chair.counts_for_quorum
            and (not isinstance(day, date) or chair.serves_on(day)))


def _meeting_rules(session: Session, v: dict[str, Any], meeting_id: int | None,
                   problems: dict[str, Problem]) -> None:
    numbered = all(isinstance(v.get(name), int) for name in ("committee_id", "number", "year_be"))
    if numbered and not problems.keys() & {"number", "year_be", "committee_id"} \
            and _number_taken(session, v, meeting_id):
        problems["number"] = ("คณะกรรมการนี้มีการประชุมครั้งที่ {label} อยู่แล้ว",
                              {"label": format_number(v["number"], v["year_be"])})
    start, end = v.get("start_time"), v.get("end_time")
    if start is not None and end is not None and not problems.keys() & {"start_time", "end_time"} and end < start:
        problems["end_time"] = ("เวลาเลิกประชุมต้องไม่ก่อนเวลาเริ่มประชุม", {})
    if isinstance(v.get("chair_id"), int) and "chair_id" not in problems and not _chair_serves(session, v):
        problems["chair_id"] = ("ประธานในที่ประชุมต้องเป็นกรรมการของคณะนี้ในวันประชุม", {})


def create_meeting(session: Session, values: dict[str, Any]) -> Meeting:
    """A new meeting with the standard agenda skeleton; number and year are proposed when left out."""
    given = {k: v for k, v in values.items() if k not in STATE_FIELDS}
    clean, problems = check(session, MEETINGS, {**MEETING_DEFAULTS, **given, "state": "draft"})
    if not problems.keys() & {"committee_id", "held_on"}:
        number, year = propose_number(session, clean["committee_id"], clean["held_on"], year_be=clean.get("year_be"))
        for name, proposed in (("number", number), ("year_be", year)):
            if clean.get(name) is None:
                clean[name] = proposed
                problems.pop(name, None)
    _meeting_rules(session, clean, None, problems)
    fail_if(problems)
    meeting = Meeting()
    assign(meeting, clean)
    save(session, meeting)
    agenda.add_skeleton(session, meeting)
    return meeting


def update_meeting(session: Session, meeting_id: int, values: dict[str, Any], expected_version: int) -> Meeting:
    """Save changes to the given fields (the state is changed by ``set_state``, so it is ignored here)."""
    ensure_editable(session, meeting_id, lock=False)  # before the version: "certified" says more than "stale"
    meeting = get(session, MEETINGS, meeting_id, expected_version)
    clean, problems = check(session, MEETINGS, {k: v for k, v in values.items() if k not in STATE_FIELDS},
                            partial=True)
    if clean.get("committee_id", meeting.committee_id) != meeting.committee_id and "committee_id" not in problems:
        problems["committee_id"] = ("เปลี่ยนคณะกรรมการของการประชุมที่บันทึกแล้วไม่ได้", {})
    current = {name: getattr(meeting, name) for name in ("committee_id", "number", "year_be", "start_time",
                                                         "end_time", "chair_id", "held_on")}
    _meeting_rules(session, {**current, **clean}, meeting_id, problems)
    fail_if(problems)
    assign(meeting, clean)
    save(session, meeting)
    return meeting


def delete_meeting(session: Session, meeting_id: int, expected_version: int | None = None) -> None:
    """Delete a meeting with its agenda, attendance and action items.

    Refused while its own minutes are certified, and while it certified other minutes.
    """
    ensure_editable(session, meeting_id, lock=False)
    meeting = get(session, MEETINGS, meeting_id, expected_version)
    count = session.scalar(select(func.count()).select_from(Meeting).where(Meeting.certified_by_id == meeting_id))
    if count:
        raise RecordInUse([MEETINGS.uses(count)])
    remove(session, meeting)


def meetings_of(session: Session, committee_id: int) -> list[Meeting]:
    """The committee's meetings in the order they were held."""
    rows = session.scalars(select(Meeting).where(Meeting.committee_id == committee_id))
    return sorted(rows, key=held_order)


def held_order(meeting: Meeting) -> tuple:
    return (meeting.held_on, meeting.start_time is not None, meeting.start_time, meeting.id or 0)


def previous_meeting(session: Session, meeting_id: int) -> Meeting | None:
    """The committee's meeting held just before this one (None at its first meeting)."""
    meeting = get(session, MEETINGS, meeting_id)
    earlier = [m for m in meetings_of(session, meeting.committee_id) if held_order(m) < held_order(meeting)]
    return earlier[-1] if earlier else None


def previous_minutes_text(session: Session, meeting_id: int) -> str:
    """ระเบียบวาระที่ 2: รับรองรายงานการประชุม ครั้งที่ 1/2564 เมื่อวันศุกร์ที่ 5 พฤศจิกายน 2564 (or ไม่มี)."""
    return wording.certify_previous(previous_meeting(session, meeting_id))


# --------------------------------------------------------------------------- state of the minutes


def _state_label(value: str) -> Bilingual:
    choice = next((c for c in MEETING_STATES if c.value == value), None)
    return Bilingual(choice.th, choice.en) if choice else Bilingual(value, value)


def _certification_problems(session: Session, meeting: Meeting, by_id: int | None,
                            on: date | None) -> dict[str, Problem]:
    if by_id is None and on is None:
        return {"certified_by_id": ("กรุณาระบุการประชุมที่รับรองรายงาน หรือวันที่รับรองกรณีแจ้งเวียน", {})}
    if by_id is not None:
        by = session.get(Meeting, by_id)
        if by is None:
            return {"certified_by_id": ("ไม่พบ{label}ที่เลือก", {"label": Bilingual(MEETINGS.th, MEETINGS.en)})}
        if by.committee_id != meeting.committee_id or by.id == meeting.id or by.held_on < meeting.held_on:
            return {"certified_by_id": ("การประชุมที่รับรองรายงานต้องเป็นการประชุมครั้งหลังของคณะกรรมการเดียวกัน", {})}
    if on is not None and on < meeting.held_on:
        return {"certified_on": ("วันที่รับรองต้องไม่ก่อนวันประชุม", {})}
    return {}


def set_state(session: Session, meeting_id: int, state: str, expected_version: int, *,
              certified_by_id: int | None = None, certified_on: date | None = None,
              corrections: str | None = None) -> Meeting:
    """Move the minutes to ``state`` along draft → checked → certified (or checked → draft).

    Certifying needs the certifying meeting (its date becomes the certification date) or, for
    certification by circulation, the date; ``corrections`` records what the meeting corrected.
    """
    meeting = get(session, MEETINGS, meeting_id, expected_version)
    if state not in TRANSITIONS:
        raise ValidationFailed({"state": ("ไม่มีตัวเลือกนี้", {})})
    if state == meeting.state:
        return meeting
    if state not in TRANSITIONS[meeting.state]:
        raise ValidationFailed({"state": ('เปลี่ยนสถานะรายงานการประชุมจาก "{old}" เป็น "{new}" ไม่ได้',
                                          {"old": _state_label(meeting.state), "new": _state_label(state)})})
    if state == "certified":
        fail_if(_certification_problems(session, meeting, certified_by_id, certified_on))
        meeting.certified_by_id = certified_by_id
        by = session.get(Meeting, certified_by_id) if certified_by_id is not None else None
        meeting.certified_on = certified_on or by.held_on
    if corrections is not None:
        meeting.corrections = corrections.strip() or None
    meeting.state = state
    save(session, meeting)
    return meeting


def cancel_certification(session: Session, meeting_id: int, reason: str, expected_version: int,
                         today: date | None = None) -> Meeting:
    """ยกเลิกการรับรอง: certified minutes go back to "checked", so they can be corrected and certified again.

    A deliberate step for minutes certified by mistake (the wrong meeting, a wrong date) or found
    wrong later. The reason is required; a line with the date, the certification cancelled and the
    reason is added to the meeting's notes, so the record keeps what happened.
    """
    meeting = get(session, MEETINGS, meeting_id, expected_version)
    if meeting.state != "certified":
        raise ValidationFailed({"state": ("รายงานการประชุมนี้ยังไม่ได้รับรอง จึงไม่มีการรับรองให้ยกเลิก", {})})
    reason = (reason or "").strip()
    if not reason:
        raise ValidationFailed({"reason": ("กรุณาระบุเหตุผลที่ยกเลิกการรับรองรายงานการประชุม", {})})
    audit_context.set_reason(session, reason)
    was = (f"ในการประชุมครั้งที่ {meeting.certified_by.label}" if meeting.certified_by
           else f"โดยแจ้งเวียนเมื่อ {format_date(meeting.certified_on)}")
    line = f"{format_date(today or date.today())} ยกเลิกการรับรองรายงานการประชุม (เดิมรับรอง{was}): {reason}"
    meeting.notes = f"{meeting.notes}\n{line}" if meeting.notes else line
    meeting.state, meeting.certified_by_id, meeting.certified_on = "checked", None, None
    save(session, meeting)
    return meeting
