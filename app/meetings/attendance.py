"""Who came to a meeting (ผู้มาประชุม / ผู้ไม่มาประชุม / ผู้เข้าร่วมประชุม) and whether there was a quorum.

Quorum: the members are those serving on the meeting date (from ≤ date ≤ to) who are members of the
committee (a ผู้ช่วยเลขานุการ who is not a กรรมการ is not); a member counts as present when present
in person or represented by a substitute (มาประชุมแทน). The committee's rule is a fraction with
"not less than" or "more than": with 10 members, not less than half needs 5, more than half needs 6.
Once the minutes are certified the attendance and the guests are refused every change
(meeting_records.ensure_editable).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.errors import render
from app.meetings.committees import members_on
from app.meetings.records import assign, check, ensure_editable, fail_if, get, remove, save
from app.meetings.snapshot import quorum_required  # noqa: F401 - the rule lives with the snapshot
from app.meetings.types import ATTENDANCE, GUESTS, MEETINGS
from app.models import Attendance, Guest
from app.registers.validation import Problem

CLEARED_BY_STATUS = {"present": ("absence_reason", "substitute_name", "substitute_position"),
                     "absent": ("substitute_name", "substitute_position"),
                     "substitute": ("absence_reason",)}


# --------------------------------------------------------------------------- members


def set_attendance(session: Session, meeting_id: int, values: dict[str, Any],
                   expected_version: int | None = None) -> Attendance:
    """Record one member's attendance (``values``: member_id, status, absence_reason, substitute_…).

    A second call for the same member changes the same row; ``expected_version`` guards that change.
    """
    meeting = get(session, MEETINGS, meeting_id)
    ensure_editable(session, meeting_id)
    clean, problems = check(session, ATTENDANCE, values)
    member_id = clean.get("member_id")
    if isinstance(member_id, int) and "member_id" not in problems:
        serving = {m.id for m in members_on(session, meeting.committee_id, meeting.held_on)}
        if member_id not in serving:
            problems["member_id"] = ("ไม่ได้เป็นกรรมการของคณะนี้ในวันประชุม", {})
    if clean.get("status") == "substitute" and not clean.get("substitute_name") and "substitute_name" not in problems:
        problems["substitute_name"] = ("กรุณากรอกชื่อผู้มาประชุมแทน", {})
    fail_if(problems)
    for name in CLEARED_BY_STATUS.get(clean["status"], ()):
        clean[name] = None
    row = session.scalar(select(Attendance).where(Attendance.meeting_id == meeting_id,
                                                  Attendance.member_id == member_id))
    if row is None:
        row = Attendance(meeting_id=meeting_id)
    else:
        get(session, ATTENDANCE, row.id, expected_version)
    assign(row, clean)
    save(session, row)
    return row


def remove_attendance(session: Session, attendance_id: int, expected_version: int | None = None) -> None:
    row = get(session, ATTENDANCE, attendance_id, expected_version)
    ensure_editable(session, row.meeting_id)
    remove(session, row)


@dataclass
class RollEntry:
    member: Any  # CommitteeMember
    attendance: Attendance | None  # None: not recorded yet


def roll(session: Session, meeting_id: int) -> list[RollEntry]:
    """Every member serving on the meeting date, in list order, with their attendance where recorded."""
    meeting = get(session, MEETINGS, meeting_id)
    rows = {a.member_id: a for a in session.scalars(select(Attendance).where(Attendance.meeting_id == meeting_id))}
    return [RollEntry(m, rows.get(m.id)) for m in members_on(session, meeting.committee_id, meeting.held_on)]


# --------------------------------------------------------------------------- other attendees


def add_guest(session: Session, meeting_id: int, values: dict[str, Any]) -> Guest:
    ensure_editable(session, meeting_id)
    clean, problems = check(session, GUESTS, values)
    fail_if(problems)
    guest = Guest(meeting_id=meeting_id)
    assign(guest, clean)
    save(session, guest)
    return guest


def update_guest(session: Session, guest_id: int, values: dict[str, Any], expected_version: int) -> Guest:
    guest = get(session, GUESTS, guest_id, expected_version)
    ensure_editable(session, guest.meeting_id)
    clean, problems = check(session, GUESTS, values, partial=True)
    fail_if(problems)
    assign(guest, clean)
    save(session, guest)
    return guest


def delete_guest(session: Session, guest_id: int, expected_version: int | None = None) -> None:
    guest = get(session, GUESTS, guest_id, expected_version)
    ensure_editable(session, guest.meeting_id)
    remove(session, guest)


def guests_of(session: Session, meeting_id: int) -> list[Guest]:
    rows = session.scalars(select(Guest).where(Guest.meeting_id == meeting_id))
    return sorted(rows, key=lambda g: (g.seq is None, g.seq or 0, g.id))


# --------------------------------------------------------------------------- quorum


@dataclass(frozen=True)
class Quorum:
    members: int  # serving on the meeting date and counted for the quorum
    present: int  # present in person or represented by a substitute
    substitutes: int
    absent: int
    unrecorded: int  # members whose attendance is not recorded yet
    required: int
    met: bool
    problem: Problem | None = None

    def message(self, lang: str = "th") -> str:
        """Empty when the quorum is met; otherwise why not, in Thai or English."""
        return render(*self.problem, lang) if self.problem else ""


def quorum(session: Session, meeting_id: int) -> Quorum:
    """Counts, the number required by the committee's rule, whether it is met, and a message when not."""
    meeting = get(session, MEETINGS, meeting_id)
    committee = meeting.committee
    members = members_on(session, meeting.committee_id, meeting.held_on, quorum_only=True)
    ids = {m.id for m in members}
    rows = [a for a in session.scalars(select(Attendance).where(Attendance.meeting_id == meeting_id))
            if a.member_id in ids]
    statuses = [a.status for a in rows]
    present = statuses.count("present") + statuses.count("substitute")
    required = quorum_required(len(members), committee.quorum_numerator, committee.quorum_denominator,
                               committee.quorum_rule)
    met = bool(members) and present >= required
    problem = None
    if not members:
        problem = ("ยังไม่มีรายชื่อกรรมการที่ดำรงตำแหน่งในวันประชุม จึงนับองค์ประชุมไม่ได้", {})
    elif not met:
        problem = ("ไม่ครบองค์ประชุม: กรรมการมาประชุม {present} คน จากทั้งหมด {members} คน ต้องมีอย่างน้อย {required} คน",
                   {"present": present, "members": len(members), "required": required})
    return Quorum(len(members), present, statuses.count("substitute"), statuses.count("absent"),
                  len(members) - len(rows), required, met, problem)
