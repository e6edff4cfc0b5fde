"""Committees and their members: who sits on a committee on a given date, and seats that follow an office."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.errors import RecordInUse
from app.meetings.records import assign, check, fail_if, get, remove, save
from app.meetings.types import ATTENDANCE, COMMITTEES, MEETINGS, MEMBERS
from app.models import Attendance, Committee, CommitteeMember, Meeting
from app.registers.validation import Problem

COMMITTEE_DEFAULTS = {"numbering": "calendar", "quorum_numerator": 1, "quorum_denominator": 2,
                      "quorum_rule": "at_least"}


# --------------------------------------------------------------------------- committees


def _committee_rules(session: Session, v: dict[str, Any], committee_id: int | None,
                     problems: dict[str, Problem]) -> None:
    name = v.get("name")
    if name and "name" not in problems:
        query = select(Committee.id).where(Committee.name == name)
        if committee_id is not None:
            query = query.where(Committee.id != committee_id)
        if session.scalar(query) is not None:
            problems["name"] = ("มีคณะกรรมการชื่อนี้อยู่แล้ว", {})
    top, bottom = v.get("quorum_numerator"), v.get("quorum_denominator")
    if isinstance(top, int) and isinstance(bottom, int) and top > bottom and "quorum_numerator" not in problems:
        problems["quorum_numerator"] = ("สัดส่วนองค์ประชุมต้องไม่เกินจำนวนกรรมการทั้งหมด (เศษต้องไม่มากกว่าส่วน)", {})


def create_committee(session: Session, values: dict[str, Any]) -> Committee:
    """A new committee; the numbering and quorum rules default to per calendar year, not less than half."""
    clean, problems = check(session, COMMITTEES, {**COMMITTEE_DEFAULTS, **values})
    _committee_rules(session, clean, None, problems)
    fail_if(problems)
    committee = Committee()
    assign(committee, clean)
    save(session, committee)
    return committee


def update_committee(session: Session, committee_id: int, values: dict[str, Any],
                     expected_version: int) -> Committee:
    committee = get(session, COMMITTEES, committee_id, expected_version)
    clean, problems = check(session, COMMITTEES, values, partial=True)
    merged = {"quorum_numerator": committee.quorum_numerator, "quorum_denominator": committee.quorum_denominator,
              **clean}
    _committee_rules(session, merged, committee_id, problems)
    fail_if(problems)
    assign(committee, clean)
    save(session, committee)
    return committee


def delete_committee(session: Session, committee_id: int, expected_version: int | None = None) -> None:
    """Refused while the committee has meetings; its members go with it."""
    committee = get(session, COMMITTEES, committee_id, expected_version)
    count = session.scalar(select(func.count()).select_from(Meeting).where(Meeting.committee_id == committee_id))
    if count:
        raise RecordInUse([MEETINGS.uses(count)])
    remove(session, committee)


def committees(session: Session) -> list[Committee]:
    return list(session.scalars(select(Committee).order_by(Committee.id)))


# --------------------------------------------------------------------------- members


def _member_rules(v: dict[str, Any], problems: dict[str, Problem]) -> None:
    if not (v.get("person_name") or v.get("ex_officio_office")) and "person_name" not in problems:
        problems["person_name"] = ("กรุณากรอกชื่อ-นามสกุล หรือกรรมการโดยตำแหน่ง", {})
    start, end = v.get("from_on"), v.get("to_on")
    if isinstance(start, date) and isinstance(end, date) and end < start and "to_on" not in problems:
        problems["to_on"] = ("วันที่สิ้นสุดต้องไม่ก่อนวันที่เริ่ม", {})


def add_member(session: Session, committee_id: int, values: dict[str, Any]) -> CommitteeMember:
    committee = get(session, COMMITTEES, committee_id)
    clean, problems = check(session, MEMBERS, values)
    _member_rules(clean, problems)
    fail_if(problems)
    member = CommitteeMember(committee=committee)
    assign(member, clean)
    save(session, member)
    return member


def update_member(session: Session, member_id: int, values: dict[str, Any],
                  expected_version: int) -> CommitteeMember:
    member = get(session, MEMBERS, member_id, expected_version)
    clean, problems = check(session, MEMBERS, values, partial=True)
    merged = {name: getattr(member, name) for name in ("person_name", "ex_officio_office", "from_on", "to_on")}
    _member_rules({**merged, **clean}, problems)
    fail_if(problems)
    assign(member, clean)
    save(session, member)
    return member


def delete_member(session: Session, member_id: int, expected_version: int | None = None) -> None:
    """Refused while a meeting names the member as chair or records their attendance (end the term instead)."""
    member = get(session, MEMBERS, member_id, expected_version)
    chaired = session.scalar(select(func.count()).select_from(Meeting).where(Meeting.chair_id == member_id))
    attended = session.scalar(select(func.count()).select_from(Attendance).where(Attendance.member_id == member_id))
    uses = [t.uses(n) for t, n in ((MEETINGS, chaired), (ATTENDANCE, attended)) if n]
    if uses:
        raise RecordInUse(uses)
    remove(session, member)


def replace_holder(session: Session, member_id: int, values: dict[str, Any], from_on: date,
                   expected_version: int) -> CommitteeMember:
    """A new holder takes over a seat from ``from_on``: the old holder's term ends the day before.

    The new row keeps the seat (position, ex-officio office, order) unless ``values`` says otherwise.
    """
    old = get(session, MEMBERS, member_id, expected_version)
    seat = {"seq": old.seq, "position": old.position, "ex_officio_office": old.ex_officio_office,
            "job_title": old.job_title}
    new = add_member(session, old.committee_id, {**seat, **values, "from_on": from_on, "to_on": None})
    if old.to_on is None or old.to_on >= from_on:
        update_member(session, old.id, {"to_on": from_on - timedelta(days=1)}, old.version)
    return new


def members_on(session: Session, committee_id: int, day: date, quorum_only: bool = False) -> list[CommitteeMember]:
    """The members serving on ``day`` (from ≤ day ≤ to), in the order of the list of members.

    ``quorum_only``: leave out those who are not members for the quorum (a ผู้ช่วยเลขานุการ who is not a กรรมการ).
    """
    rows = session.scalars(select(CommitteeMember).where(CommitteeMember.committee_id == committee_id))
    found = [m for m in rows if m.serves_on(day) and (m.counts_for_quorum or not quorum_only)]
    return sorted(found, key=lambda m: m.sort_key)
