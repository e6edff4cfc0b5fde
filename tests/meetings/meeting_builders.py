"""Small builders for the meeting tests: a committee, its members, its meetings (each in the caller's session)."""

from __future__ import annotations

from datetime import date

from app.meetings import committees, meetings
from app.models import Committee, CommitteeMember, Meeting


def committee(s, name: str = "คณะกรรมการทดสอบ", **values) -> Committee:
    return committees.create_committee(s, {"name": name, **values})


def member(s, body: Committee, name: str | None, position: str = "member", **values) -> CommitteeMember:
    return committees.add_member(s, body.id, {"person_name": name, "position": position, **values})


def members(s, body: Committee, count: int, **values) -> list[CommitteeMember]:
    return [member(s, body, f"กรรมการ {i}", **values) for i in range(1, count + 1)]


def meeting(s, body: Committee, day: date, **values) -> Meeting:
    return meetings.create_meeting(s, {"committee_id": body.id, "held_on": day, **values})
