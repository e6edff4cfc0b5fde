"""Committees, members and meetings: numbering N/B.E. year under each rule, uniqueness, validation,
the state of the minutes, the previous meeting named under ระเบียบวาระที่ 2."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import func, select

from app.core.errors import ConflictingChange, RecordInUse, StaleRecord, ValidationFailed
from app.core.i18n_text import ENGLISH
from app.meetings import actions, agenda, attendance, committees, meetings, wording
from app.meetings import records as meeting_records
from app.meetings.types import MEETINGS
from app.models import ActionItem, AgendaItem, Attendance, Meeting
from app.registers.display import display
from tests.meetings.meeting_builders import committee, meeting, member

NOV_5 = date(2021, 11, 5)  # a Friday of 2564


def count(db, model) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize("text, parsed", [
    ("1/2564", (1, 2564)), (" 12 / 2565 ", (12, 2565)), ("ครั้งที่ 1/2564", (1, 2564)), ("๑/๒๕๖๔", (1, 2564)),
    ("ครั้งที่ ๓/๖๕", (3, 2565)), ("3/65", (3, 2565)),
])
def test_parse_number(text, parsed):
    assert meetings.parse_number(text) == parsed
    assert meetings.format_number(*parsed) == f"{parsed[0]}/{parsed[1]}"


@pytest.mark.parametrize("text", ["", "1", "1-2564", "0/2564", "1/2021", "ก/2564", "1/25640", None])
def test_parse_number_refuses_other_forms(text):
    with pytest.raises(ValueError) as info:
        meetings.parse_number(text)
    assert str(info.value) == "ครั้งที่ประชุมต้องเขียนเป็น ครั้งที่/ปี พ.ศ. เช่น 1/2564"
    assert str(info.value) in ENGLISH


@pytest.mark.parametrize("day, calendar, fiscal", [
    (date(2021, 9, 30), 2564, 2564), (date(2021, 10, 1), 2564, 2565), (NOV_5, 2564, 2565),
    (date(2021, 12, 31), 2564, 2565), (date(2022, 1, 1), 2565, 2565),
])
def test_numbering_year(day, calendar, fiscal):
    assert meetings.numbering_year("calendar", day) == calendar
    assert meetings.numbering_year("running", day) == calendar
    assert meetings.numbering_year("fiscal", day) == fiscal


def test_numbering_per_calendar_year_starts_again_in_january(db):
    with db.session() as s:
        body = committee(s)
        labels = [meeting(s, body, day).label for day in (NOV_5, date(2021, 12, 20), date(2022, 1, 14),
                                                          date(2022, 3, 1))]
    assert labels == ["1/2564", "2/2564", "1/2565", "2/2565"]


def test_numbering_per_fiscal_year_starts_again_in_october(db):
    with db.session() as s:
        body = committee(s, numbering="fiscal")
        days = (date(2021, 9, 1), NOV_5, date(2021, 12, 20), date(2022, 1, 14), date(2022, 9, 30), date(2022, 10, 3))
        labels = [meeting(s, body, day).label for day in days]
    assert labels == ["1/2564", "1/2565", "2/2565", "3/2565", "4/2565", "1/2566"]


def test_running_number_never_starts_again(db):
    with db.session() as s:
        body = committee(s, numbering="running")
        labels = [meeting(s, body, day).label for day in (NOV_5, date(2022, 1, 14), date(2023, 2, 1))]
    assert labels == ["1/2564", "2/2565", "3/2566"]


def test_the_proposal_is_editable_and_counts_from_the_highest(db):
    with db.session() as s:
        body = committee(s)
        assert meeting(s, body, NOV_5, number=5).label == "5/2564"  # the user's number is kept
        assert meetings.propose_number(s, body.id, date(2021, 12, 1)) == (6, 2564)
        five = s.scalar(select(Meeting.id).where(Meeting.number == 5))
        assert meetings.propose_number(s, body.id, date(2021, 12, 1), exclude_meeting_id=five) == (1, 2564)
        assert meeting(s, body, date(2021, 12, 1), year_be=2563).label == "1/2563"  # a chosen year counts on its own
        other = committee(s, "คณะอื่น")
        assert meetings.propose_number(s, other.id, NOV_5) == (1, 2564)  # each committee counts its own


def test_a_number_is_unique_per_committee(db):
    with db.session() as s:
        body, other = committee(s), committee(s, "คณะอื่น")
        meeting(s, body, NOV_5)
        assert meeting(s, other, NOV_5).label == "1/2564"  # another committee may have 1/2564 too
    with pytest.raises(ValidationFailed) as info, db.session() as s:
        meeting(s, body, date(2021, 12, 1), number=1, year_be=2564)
    assert info.value.field_message("number") == "คณะกรรมการนี้มีการประชุมครั้งที่ 1/2564 อยู่แล้ว"
    assert info.value.field_message("number", "en") == "This committee already has a meeting numbered 1/2564"
    assert count(db, Meeting) == 2


def test_the_database_refuses_a_duplicate_number_too(db, monkeypatch):
    """Two workstations save 1/2564 at the same moment: each check passed, the unique constraint decides."""
    with db.session() as s:
        body = committee(s)
        meeting(s, body, NOV_5)
    monkeypatch.setattr(meetings, "_meeting_rules", lambda *args: None)  # the check passed a moment ago
    with pytest.raises(ConflictingChange), db.session() as s:
        meeting(s, body, date(2021, 12, 1), number=1, year_be=2564)
    assert count(db, Meeting) == 1


def test_update_keeps_numbers_unique_and_locks(db):
    with db.session() as s:
        body = committee(s)
        first, second = meeting(s, body, NOV_5), meeting(s, body, date(2021, 12, 1))
    with pytest.raises(ValidationFailed) as info, db.session() as s:
        meetings.update_meeting(s, second.id, {"number": 1}, second.version)
    assert set(info.value.errors) == {"number"}
    with db.session() as s:  # its own number is no clash
        saved = meetings.update_meeting(s, first.id, {"number": 1, "place": "ห้องประชุม 1"}, first.version)
    assert saved.version == first.version + 1 and saved.place == "ห้องประชุม 1"
    values = meeting_records.values_of(saved, MEETINGS)
    assert set(values) == {f.name for f in MEETINGS.stored_fields} and values["held_on"] == NOV_5
    with pytest.raises(StaleRecord), db.session() as s:
        meetings.update_meeting(s, first.id, {"place": "ห้องประชุม 2"}, first.version)
    with pytest.raises(ValidationFailed) as info, db.session() as s:
        meetings.update_meeting(s, first.id, {"committee_id": committee(s, "คณะอื่น").id}, saved.version)
    assert info.value.field_message("committee_id") == "เปลี่ยนคณะกรรมการของการประชุมที่บันทึกแล้วไม่ได้"


# --------------------------------------------------------------------------- meeting validation


def test_required_fields_and_defaults(db):
    with pytest.raises(ValidationFailed) as info, db.session() as s:
        meetings.create_meeting(s, {})
    assert set(info.value.errors) == {"committee_id", "held_on", "number", "year_be"}
    with db.session() as s:
        saved = meeting(s, committee(s), "5/11/2564", start_time="10.00 น.", end_time="๑๒.๓๐")
    assert (saved.held_on, saved.start_time, saved.end_time) == (NOV_5, time(10), time(12, 30))
    assert (saved.mode, saved.recording_style, saved.state) == ("onsite", "summary", "draft")


@pytest.mark.parametrize("values, field, message", [
    ({"start_time": "10.00", "end_time": "09.30"}, "end_time", "เวลาเลิกประชุมต้องไม่ก่อนเวลาเริ่มประชุม"),
    ({"start_time": "25.00"}, "start_time", "เวลาไม่ถูกต้อง (พิมพ์เช่น 10.00)"),
    ({"mode": "zoom"}, "mode", "ไม่มีตัวเลือกนี้"),
    ({"recording_style": None}, "recording_style", "กรุณากรอกวิธีจดรายงานการประชุม"),
    ({"chair_id": 9999}, "chair_id", "ไม่พบกรรมการที่เลือก"),
])
def test_meeting_values_are_checked(db, values, field, message):
    with pytest.raises(ValidationFailed) as info, db.session() as s:
        meeting(s, committee(s), NOV_5, **values)
    assert info.value.field_message(field) == message
    assert info.value.field_message(field, "en") != message


def test_the_chair_is_a_member_of_the_committee_on_the_day(db):
    with db.session() as s:
        body, other = committee(s), committee(s, "คณะอื่น")
        chair = member(s, body, "นายประธาน", "chair")
        ended = member(s, body, "นายพ้นวาระ", "chair", to_on=date(2021, 10, 31))
        helper = member(s, body, "นางสาวผู้ช่วย", "assistant_secretary")
        outsider = member(s, other, "นายคณะอื่น", "chair")
        assert meeting(s, body, NOV_5, chair_id=chair.id).chair.person_name == "นายประธาน"
    for who in (ended, helper, outsider):
        with pytest.raises(ValidationFailed) as info, db.session() as s:
            meeting(s, body, date(2021, 12, 1), chair_id=who.id)
        assert info.value.field_message("chair_id") == "ประธานในที่ประชุมต้องเป็นกรรมการของคณะนี้ในวันประชุม"


def test_delete_takes_the_agenda_attendance_and_actions_along(db):
    with db.session() as s:
        body = committee(s)
        chair = member(s, body, "นายประธาน", "chair")
        m = meeting(s, body, NOV_5)
        attendance.set_attendance(s, m.id, {"member_id": chair.id, "status": "present"})
        item = agenda.add_item(s, agenda.section(s, m.id, 4).id, {"title": "เรื่องแจ้ง"})
        actions.add_action(s, item.id, {"description": "ติดตามผล", "agency": "depa"})
    with db.session() as s:
        meetings.delete_meeting(s, m.id, m.version)
    assert [count(db, model) for model in (Meeting, AgendaItem, Attendance, ActionItem)] == [0, 0, 0, 0]


# --------------------------------------------------------------------------- state of the minutes


def test_draft_checked_certified(db):
    with db.session() as s:
        body = committee(s)
        first, second = meeting(s, body, NOV_5), meeting(s, body, date(2021, 12, 17))
    with db.session() as s:
        checked = meetings.set_state(s, first.id, "checked", first.version)
        back = meetings.set_state(s, first.id, "draft", checked.version)  # returned for correction
        checked = meetings.set_state(s, first.id, "checked", back.version)
        checked = meetings.update_meeting(s, first.id, {"state": "draft", "place": "ห้องประชุม"}, checked.version)
        assert checked.state == "checked"  # the state is not changed by an ordinary save
        done = meetings.set_state(s, first.id, "certified", checked.version, certified_by_id=second.id,
                                  corrections="แก้ไขชื่อผู้มาประชุมลำดับที่ 3")
    assert (done.state, done.certified_by_id, done.certified_on) == ("certified", second.id, date(2021, 12, 17))
    assert done.corrections == "แก้ไขชื่อผู้มาประชุมลำดับที่ 3"
    with pytest.raises(ValidationFailed) as info, db.session() as s:  # certified is final
        meetings.set_state(s, first.id, "draft", done.version)
    assert info.value.field_message("state") == 'เปลี่ยนสถานะรายงานการประชุมจาก "รับรองรายงานการประชุมแล้ว" ' \
                                                'เป็น "ร่างรายงานการประชุม" ไม่ได้'
    assert info.value.field_message("state", "en") == 'The minutes cannot go from "Certified" to "Draft"'
    with pytest.raises(RecordInUse), db.session() as s:  # the certifying meeting stays while it is named
        meetings.delete_meeting(s, second.id)


def test_a_draft_cannot_be_certified_without_being_checked(db):
    with db.session() as s:
        body = committee(s)
        first, second = meeting(s, body, NOV_5), meeting(s, body, date(2021, 12, 17))
    with pytest.raises(ValidationFailed) as info, db.session() as s:
        meetings.set_state(s, first.id, "certified", first.version, certified_by_id=second.id)
    assert "state" in info.value.errors
    with pytest.raises(ValidationFailed), db.session() as s:
        meetings.set_state(s, first.id, "approved", first.version)
    with pytest.raises(StaleRecord), db.session() as s:
        meetings.set_state(s, first.id, "checked", first.version + 1)


def test_what_may_certify_minutes(db):
    with db.session() as s:
        body, other = committee(s), committee(s, "คณะอื่น")
        earlier, m = meeting(s, body, date(2021, 10, 1)), meeting(s, body, NOV_5)
        elsewhere = meeting(s, other, date(2021, 12, 20))
        m = meetings.set_state(s, m.id, "checked", m.version)
    refusals = [
        ({}, "certified_by_id", "กรุณาระบุการประชุมที่รับรองรายงาน หรือวันที่รับรองกรณีแจ้งเวียน"),
        ({"certified_by_id": earlier.id}, "certified_by_id",
         "การประชุมที่รับรองรายงานต้องเป็นการประชุมครั้งหลังของคณะกรรมการเดียวกัน"),
        ({"certified_by_id": m.id}, "certified_by_id",
         "การประชุมที่รับรองรายงานต้องเป็นการประชุมครั้งหลังของคณะกรรมการเดียวกัน"),
        ({"certified_by_id": elsewhere.id}, "certified_by_id",
         "การประชุมที่รับรองรายงานต้องเป็นการประชุมครั้งหลังของคณะกรรมการเดียวกัน"),
        ({"certified_by_id": 9999}, "certified_by_id", "ไม่พบการประชุมที่เลือก"),
        ({"certified_on": date(2021, 11, 1)}, "certified_on", "วันที่รับรองต้องไม่ก่อนวันประชุม"),
    ]
    for kwargs, field, message in refusals:
        with pytest.raises(ValidationFailed) as info, db.session() as s:
            meetings.set_state(s, m.id, "certified", m.version, **kwargs)
        assert info.value.field_message(field) == message, kwargs
    with db.session() as s:  # by circulation: a date, no meeting
        done = meetings.set_state(s, m.id, "certified", m.version, certified_on=date(2021, 11, 19))
    assert (done.certified_by_id, done.certified_on) == (None, date(2021, 11, 19))


# --------------------------------------------------------------------------- the previous meeting (วาระ 2)


def test_agenda_2_names_the_previous_meeting(db):
    with db.session() as s:
        body, other = committee(s), committee(s, "คณะอื่น")
        third = meeting(s, body, date(2022, 2, 4), number=1, year_be=2565)  # entered first, held last
        first = meeting(s, body, NOV_5)
        second = meeting(s, body, date(2021, 12, 17), start_time="13.30")
        meeting(s, other, date(2021, 12, 1))
        assert meetings.previous_minutes_text(s, first.id) == "ไม่มี"
        assert meetings.previous_minutes_text(s, second.id) == (
            "รับรองรายงานการประชุม ครั้งที่ 1/2564 เมื่อวันศุกร์ที่ 5 พฤศจิกายน 2564")
        assert meetings.previous_meeting(s, third.id).id == second.id
        assert meetings.previous_minutes_text(s, third.id) == (
            "รับรองรายงานการประชุม ครั้งที่ 2/2564 เมื่อวันศุกร์ที่ 17 ธันวาคม 2564")
        same_day = meeting(s, body, date(2021, 12, 17), start_time="09.00")  # the morning meeting came first
        assert meetings.previous_meeting(s, second.id).id == same_day.id
        assert [m.label for m in meetings.meetings_of(s, body.id)] == ["1/2564", "3/2564", "2/2564", "1/2565"]


def test_the_wording_of_the_minutes(db):
    with db.session() as s:
        m = meeting(s, committee(s), NOV_5, start_time="10.00")
        assert wording.meeting_reference(m) == "คณะกรรมการทดสอบ ครั้งที่ 1/2564 เมื่อวันศุกร์ที่ 5 พฤศจิกายน 2564"
    assert wording.section_heading(4, "เรื่องที่เสนอให้ที่ประชุมทราบ") == "ระเบียบวาระที่ 4 เรื่องที่เสนอให้ที่ประชุมทราบ"
    assert (wording.time_text(m.start_time), wording.time_text(None)) == ("10.00 น.", "")
    assert display(MEETINGS.field("start_time"), m.start_time) == "10.00 น."
    assert display(MEETINGS.field("mode"), m.mode, "en") == "On site"


# --------------------------------------------------------------------------- committees and members


def test_committee_defaults_and_rules(db):
    with db.session() as s:
        body = committee(s)
    assert (body.numbering, body.quorum_numerator, body.quorum_denominator, body.quorum_rule) == (
        "calendar", 1, 2, "at_least")
    with pytest.raises(ValidationFailed) as info, db.session() as s:
        committee(s)
    assert info.value.field_message("name") == "มีคณะกรรมการชื่อนี้อยู่แล้ว"
    with pytest.raises(ValidationFailed) as info, db.session() as s:
        committee(s, "คณะใหม่", quorum_numerator=3, quorum_denominator=2, numbering="monthly")
    assert set(info.value.errors) == {"quorum_numerator", "numbering"}
    with db.session() as s:
        saved = committees.update_committee(s, body.id, {"quorum_numerator": 2, "quorum_denominator": 3},
                                            body.version)
    assert (saved.quorum_numerator, saved.quorum_denominator) == (2, 3)
    with pytest.raises(ValidationFailed), db.session() as s:
        committees.update_committee(s, body.id, {"quorum_denominator": 1}, saved.version)


def test_members_on_a_date_and_their_rules(db):
    with db.session() as s:
        body = committee(s)
        always = member(s, body, "นายตลอด")
        seat = member(s, body, None, ex_officio_office="ผู้แทนสำนักงบประมาณ", seq=1)
        ended = member(s, body, "นายพ้น", from_on=date(2020, 1, 1), to_on=NOV_5)
        later = member(s, body, "นายมาใหม่", from_on=date(2021, 11, 6))
        helper = member(s, body, "นางสาวผู้ช่วย", "assistant_secretary")

        def names(day, **kw):
            return [m.display_name for m in committees.members_on(s, body.id, day, **kw)]

        assert names(NOV_5) == ["ผู้แทนสำนักงบประมาณ", "นายตลอด", "นายพ้น", "นางสาวผู้ช่วย"]  # to_on is inclusive
        assert names(date(2021, 11, 6), quorum_only=True) == ["ผู้แทนสำนักงบประมาณ", "นายตลอด", "นายมาใหม่"]
        assert always.counts_for_quorum and not helper.counts_for_quorum and later.id and ended.id and seat.id
    with pytest.raises(ValidationFailed) as info, db.session() as s:
        member(s, body, None, from_on=date(2022, 1, 1), to_on=date(2021, 1, 1))
    assert info.value.field_message("person_name") == "กรุณากรอกชื่อ-นามสกุล หรือกรรมการโดยตำแหน่ง"
    assert info.value.field_message("to_on") == "วันที่สิ้นสุดต้องไม่ก่อนวันที่เริ่ม"


def test_a_new_holder_of_an_ex_officio_seat(db):
    office = "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"
    with db.session() as s:
        body = committee(s)
        old = member(s, body, "นายคนเดิม", "vice_chair", ex_officio_office=office, job_title=office, seq=2)
    with db.session() as s:
        new = committees.replace_holder(s, old.id, {"person_name": "นายคนใหม่"}, date(2023, 9, 1), old.version)
        assert (new.position, new.ex_officio_office, new.seq, new.from_on) == ("vice_chair", office, 2,
                                                                               date(2023, 9, 1))
        assert s.get(type(old), old.id).to_on == date(2023, 8, 31)
        assert [m.person_name for m in committees.members_on(s, body.id, date(2023, 8, 31))] == ["นายคนเดิม"]
        assert [m.person_name for m in committees.members_on(s, body.id, date(2023, 9, 1))] == ["นายคนใหม่"]


def test_members_and_committees_in_use_are_kept(db):
    with db.session() as s:
        body = committee(s)
        chair, spare = member(s, body, "นายประธาน", "chair"), member(s, body, "นายสำรอง")
        meeting(s, body, NOV_5, chair_id=chair.id)
    with pytest.raises(RecordInUse) as info, db.session() as s:
        committees.delete_member(s, chair.id)
    assert "การประชุม 1 รายการ" in info.value.message()
    with pytest.raises(RecordInUse), db.session() as s:
        committees.delete_committee(s, body.id)
    with db.session() as s:
        committees.delete_member(s, spare.id, spare.version)
        assert [m.person_name for m in s.get(type(body), body.id).members] == ["นายประธาน"]
