"""Attendance, other attendees and the quorum: exactly half, substitutes, terms that ended, the rule's choices."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.errors import RecordInUse, StaleRecord, ValidationFailed
from app.meetings import attendance, committees, meetings
from tests.meetings.meeting_builders import committee, meeting, member, members

NOV_5 = date(2021, 11, 5)


def attend(s, meeting_id: int, who, status: str = "present", **values):
    return attendance.set_attendance(s, meeting_id, {"member_id": who.id, "status": status, **values})


@pytest.mark.parametrize("members_, numerator, denominator, rule, required", [
    (10, 1, 2, "at_least", 5), (10, 1, 2, "more_than", 6), (9, 1, 2, "at_least", 5), (9, 1, 2, "more_than", 5),
    (9, 2, 3, "at_least", 6), (9, 2, 3, "more_than", 7), (10, 1, 3, "at_least", 4), (1, 1, 2, "at_least", 1),
    (0, 1, 2, "at_least", 0), (7, 1, 1, "at_least", 7),
])
def test_quorum_required(members_, numerator, denominator, rule, required):
    assert attendance.quorum_required(members_, numerator, denominator, rule) == required


@pytest.mark.parametrize("rule, met", [("at_least", True), ("more_than", False)])
def test_exactly_half(db, rule, met):
    with db.session() as s:
        body = committee(s, quorum_rule=rule)
        people = members(s, body, 10)
        m = meeting(s, body, NOV_5)
        for who in people[:5]:
            attend(s, m.id, who)
        for who in people[5:]:
            attend(s, m.id, who, "absent", absence_reason="ติดราชการ")
        q = attendance.quorum(s, m.id)
    assert (q.members, q.present, q.absent, q.unrecorded, q.met) == (10, 5, 5, 0, met)
    assert q.required == (5 if met else 6)
    if met:
        assert q.message() == "" and q.problem is None
    else:
        assert q.message() == "ไม่ครบองค์ประชุม: กรรมการมาประชุม 5 คน จากทั้งหมด 10 คน ต้องมีอย่างน้อย 6 คน"
        assert q.message("en") == "No quorum: 5 of 10 members attended; at least 6 are needed"


def test_substitutes_count_as_present(db):
    with db.session() as s:
        body = committee(s)
        a, b, *_ = members(s, body, 4)
        m = meeting(s, body, NOV_5)
        attend(s, m.id, a)
        assert not attendance.quorum(s, m.id).met  # 1 of 4, and 2 are needed
        row = attend(s, m.id, b, "substitute", substitute_name="นางสาวแทน ตัวจริง",
                     substitute_position="ผู้อำนวยการกอง", absence_reason="ติดภารกิจ")
        assert row.absence_reason is None  # a substitute attended: no reason for an absence is kept
        q = attendance.quorum(s, m.id)
    assert (q.present, q.substitutes, q.unrecorded, q.required, q.met) == (2, 1, 2, 2, True)


def test_members_whose_term_ended_do_not_count(db):
    with db.session() as s:
        body = committee(s)
        current = members(s, body, 2)
        ended = member(s, body, "นายพ้นวาระ", to_on=date(2021, 10, 31))
        future = member(s, body, "นายยังไม่เริ่ม", from_on=date(2021, 12, 1))
        helper = member(s, body, "นางสาวผู้ช่วย", "assistant_secretary")
        m = meeting(s, body, NOV_5)
        attend(s, m.id, current[0])
        attend(s, m.id, helper)  # in the roll, not in the quorum
        q = attendance.quorum(s, m.id)
        assert (q.members, q.present, q.required, q.met) == (2, 1, 1, True)
        assert [e.member.display_name for e in attendance.roll(s, m.id)] == ["กรรมการ 1", "กรรมการ 2",
                                                                              "นางสาวผู้ช่วย"]
        for who in (ended, future):
            with pytest.raises(ValidationFailed) as info:
                attend(s, m.id, who)
            assert info.value.field_message("member_id") == "ไม่ได้เป็นกรรมการของคณะนี้ในวันประชุม"


def test_attendance_recorded_before_the_date_moved_is_not_counted(db):
    with db.session() as s:
        body = committee(s)
        leaving = member(s, body, "นายพ้นวาระ", to_on=date(2021, 11, 30))
        member(s, body, "นายอยู่ต่อ")
        m = meeting(s, body, NOV_5)
        attend(s, m.id, leaving)
        assert attendance.quorum(s, m.id).present == 1
        m = meetings.update_meeting(s, m.id, {"held_on": date(2021, 12, 3)}, m.version)  # postponed
        q = attendance.quorum(s, m.id)
    assert (q.members, q.present, q.unrecorded, q.met) == (1, 0, 1, False)


def test_a_committee_without_members_has_no_quorum(db):
    with db.session() as s:
        m = meeting(s, committee(s), NOV_5)
        q = attendance.quorum(s, m.id)
    assert not q.met and q.members == 0
    assert q.message() == "ยังไม่มีรายชื่อกรรมการที่ดำรงตำแหน่งในวันประชุม จึงนับองค์ประชุมไม่ได้"
    assert q.message("en") == "No members serve on the meeting date, so there is no quorum to count"


def test_a_two_thirds_rule(db):
    with db.session() as s:
        body = committee(s, quorum_numerator=2, quorum_denominator=3)
        people = members(s, body, 9)
        m = meeting(s, body, NOV_5)
        for who in people[:5]:
            attend(s, m.id, who)
        assert attendance.quorum(s, m.id).required == 6 and not attendance.quorum(s, m.id).met
        attend(s, m.id, people[5])
        assert attendance.quorum(s, m.id).met


def test_setting_attendance_twice_changes_the_same_row(db):
    with db.session() as s:
        body = committee(s)
        (who,) = members(s, body, 1)
        m = meeting(s, body, NOV_5)
        first = attend(s, m.id, who, "absent", absence_reason="ติดราชการ")
    with db.session() as s:
        second = attendance.set_attendance(s, m.id, {"member_id": who.id, "status": "present"}, first.version)
    assert second.id == first.id and second.absence_reason is None and second.version == first.version + 1
    with pytest.raises(StaleRecord), db.session() as s:
        attendance.set_attendance(s, m.id, {"member_id": who.id, "status": "absent"}, first.version)
    with pytest.raises(RecordInUse) as info, db.session() as s:  # end the term instead
        committees.delete_member(s, who.id)
    assert info.value.message() == "ลบไม่ได้ เพราะมีข้อมูลอื่นอ้างถึงรายการนี้: การมาประชุม 1 รายการ"
    with db.session() as s:
        attendance.remove_attendance(s, second.id, second.version)
        assert attendance.roll(s, m.id)[0].attendance is None


def test_attendance_values_are_checked(db):
    with db.session() as s:
        body, other = committee(s), committee(s, "คณะอื่น")
        (who,) = members(s, body, 1)
        (outsider,) = members(s, other, 1)
        m = meeting(s, body, NOV_5)
    cases = [({"member_id": who.id, "status": "substitute"}, "substitute_name", "กรุณากรอกชื่อผู้มาประชุมแทน"),
             ({"member_id": outsider.id, "status": "present"}, "member_id", "ไม่ได้เป็นกรรมการของคณะนี้ในวันประชุม"),
             ({"member_id": who.id, "status": "late"}, "status", "ไม่มีตัวเลือกนี้"),
             ({"status": "present"}, "member_id", "กรุณากรอกกรรมการ")]
    for values, field, message in cases:
        with pytest.raises(ValidationFailed) as info, db.session() as s:
            attendance.set_attendance(s, m.id, values)
        assert info.value.field_message(field) == message


def test_other_attendees(db):
    with db.session() as s:
        m = meeting(s, committee(s), NOV_5)
        later = attendance.add_guest(s, m.id, {"name": "ผู้แทนหน่วยงานที่เกี่ยวข้อง", "seq": 2})
        first = attendance.add_guest(s, m.id, {"name": "ผู้แทนสำนักงานเมืองอัจฉริยะประเทศไทย", "seq": 1,
                                               "organisation": "สำนักงานส่งเสริมเศรษฐกิจดิจิทัล"})
        unordered = attendance.add_guest(s, m.id, {"name": "เจ้าหน้าที่"})
        assert [g.id for g in attendance.guests_of(s, m.id)] == [first.id, later.id, unordered.id]
    with db.session() as s:
        saved = attendance.update_guest(s, later.id, {"position": "ผู้อำนวยการ"}, later.version)
        assert saved.name == "ผู้แทนหน่วยงานที่เกี่ยวข้อง" and saved.position == "ผู้อำนวยการ"
        attendance.delete_guest(s, unordered.id, unordered.version)
        assert len(attendance.guests_of(s, m.id)) == 2
    with pytest.raises(ValidationFailed), db.session() as s:
        attendance.add_guest(s, m.id, {"organisation": "ไม่มีชื่อ"})
