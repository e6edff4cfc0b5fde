"""Action items: follow-ups computed for ระเบียบวาระที่ 3 of later meetings, and the list across meetings."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.errors import StaleRecord, ValidationFailed
from app.meetings import actions, agenda
from tests.meetings.meeting_builders import committee, meeting

NOV_5, DEC_17, FEB_4 = date(2021, 11, 5), date(2021, 12, 17), date(2022, 2, 4)


def resolution(s, meeting_id: int, title: str = "เรื่องที่มอบหมาย"):
    return agenda.add_item(s, agenda.section(s, meeting_id, 4).id, {"title": title, "resolution": "ที่ประชุมรับทราบ"})


def assign(s, item, description: str, agency: str = "สำนักงานส่งเสริมเศรษฐกิจดิจิทัล (depa)", **values):
    return actions.add_action(s, item.id, {"description": description, "agency": agency, **values})


def descriptions(found) -> list[str]:
    return [a.description for a in found]


def test_open_action_items_come_back_under_agenda_3_until_done(db):
    with db.session() as s:
        body, other = committee(s), committee(s, "คณะอื่น")
        first, second, third = (meeting(s, body, d) for d in (NOV_5, DEC_17, FEB_4))
        item = resolution(s, first.id)
        assign(s, item, "จัดกิจกรรมกระตุ้นการพัฒนาเมืองอัจฉริยะ", status="in_progress")
        finished = assign(s, item, "จัดทำรายงาน")
        assign(s, item, "ยกเลิกแล้ว", status="cancelled", closed_on=date(2021, 11, 30))
        assign(s, resolution(s, second.id), "เรื่องของครั้งที่ 2")
        assign(s, resolution(s, meeting(s, other, NOV_5).id), "ของคณะอื่น")
        assert descriptions(actions.follow_ups(s, first.id)) == []  # its own items are not follow-ups
        assert descriptions(actions.follow_ups(s, second.id)) == ["จัดกิจกรรมกระตุ้นการพัฒนาเมืองอัจฉริยะ",
                                                                  "จัดทำรายงาน"]
    with db.session() as s:  # reported done before the third meeting
        actions.update_action(s, finished.id, {"status": "done", "progress": "ส่งรายงานแล้ว"}, finished.version,
                              today=date(2022, 1, 10))
        assert descriptions(actions.follow_ups(s, third.id)) == ["จัดกิจกรรมกระตุ้นการพัฒนาเมืองอัจฉริยะ",
                                                                 "เรื่องของครั้งที่ 2"]
        # the second meeting's minutes still show it: it was open on that day
        assert "จัดทำรายงาน" in descriptions(actions.follow_ups(s, second.id))


def test_follow_ups_are_computed_not_copied(db):
    with db.session() as s:
        body = committee(s)
        first, second = meeting(s, body, NOV_5), meeting(s, body, DEC_17)
        action = assign(s, resolution(s, first.id), "งานเดิม")
    with db.session() as s:
        actions.update_action(s, action.id, {"description": "งานที่แก้ไขแล้ว"}, action.version)
        assert descriptions(actions.follow_ups(s, second.id)) == ["งานที่แก้ไขแล้ว"]
        assert [i.title for i in agenda.section(s, second.id, 3).children] == []  # nothing was copied


def test_closing_date_follows_the_status(db):
    with db.session() as s:
        action = assign(s, resolution(s, meeting(s, committee(s), NOV_5).id), "งาน")
    assert (action.status, action.closed_on) == ("open", None)
    with db.session() as s:
        done = actions.update_action(s, action.id, {"status": "done"}, action.version, today=date(2022, 1, 10))
    assert done.closed_on == date(2022, 1, 10)
    with db.session() as s:
        noted = actions.update_action(s, action.id, {"progress": "ตรวจแล้ว"}, done.version, today=date(2022, 3, 1))
    assert noted.closed_on == date(2022, 1, 10)  # not moved by a later edit
    with db.session() as s:
        reopened = actions.update_action(s, action.id, {"status": "in_progress"}, noted.version)
    assert reopened.closed_on is None
    with pytest.raises(StaleRecord), db.session() as s:
        actions.update_action(s, action.id, {"status": "done"}, done.version)
    with pytest.raises(ValidationFailed) as info, db.session() as s:
        actions.update_action(s, action.id, {"agency": "", "status": "finished"}, reopened.version)
    assert set(info.value.errors) == {"agency", "status"}
    with db.session() as s:
        actions.delete_action(s, action.id, reopened.version)
        assert actions.actions_of(s, action.agenda_item_id) == []


def test_action_items_across_meetings_with_filters(db):
    today = date(2022, 3, 1)
    with db.session() as s:
        body, other = committee(s), committee(s, "คณะอื่น")
        item = resolution(s, meeting(s, body, NOV_5).id)
        elsewhere = resolution(s, meeting(s, other, DEC_17).id)
        assign(s, item, "เลยกำหนด", due_on=date(2022, 2, 28))
        assign(s, item, "ครบกำหนดวันนี้", due_on=today, status="in_progress")
        assign(s, item, "เสร็จแล้วแม้เลยกำหนด", due_on=date(2022, 1, 1), status="done")
        assign(s, item, "ยกเลิกแล้ว", due_on=date(2022, 1, 1), status="cancelled")
        assign(s, item, "ไม่มีกำหนด", agency="สำนักงบประมาณ")
        assign(s, elsewhere, "คณะอื่นเลยกำหนด", agency="กระทรวงมหาดไทย", due_on=date(2021, 12, 31))
        assign(s, elsewhere, "ชื่อแปลก", agency="หน่วยงาน 100% ทดลอง_ก")

        assert descriptions(actions.find_actions(s, overdue=True, today=today)) == ["คณะอื่นเลยกำหนด", "เลยกำหนด"]
        assert descriptions(actions.find_actions(s, overdue=True, today=today, committee_id=body.id)) == ["เลยกำหนด"]
        assert descriptions(actions.find_actions(s, agency="DEPA", status="open")) == ["เลยกำหนด"]  # any case
        assert set(descriptions(actions.find_actions(s, status=["done", "cancelled"]))) == {
            "เสร็จแล้วแม้เลยกำหนด", "ยกเลิกแล้ว"}
        assert descriptions(actions.find_actions(s, agency="งบประมาณ")) == ["ไม่มีกำหนด"]
        assert descriptions(actions.find_actions(s, agency="100%")) == ["ชื่อแปลก"]  # % and _ are plain text
        assert descriptions(actions.find_actions(s, agency="0_")) == []
        everything = actions.find_actions(s)
        assert len(everything) == 7 and everything[-1].due_on is None  # soonest due first, no due date last
        assert [a.overdue(today) for a in everything[:2]] == [True, False]
