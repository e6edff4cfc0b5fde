"""Certified minutes are the record: every change to the meeting's details, agenda, cities, attendance and
guests is refused and writes nothing; action items stay editable; cancelling the certification (with a
reason, kept in the notes) opens the minutes again."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import select, text

from app.core.errors import RecordMissing, StaleRecord, ValidationFailed
from app.core.i18n_text import ENGLISH
from app.meetings import actions, agenda, attendance, meetings
from app.meetings.records import MinutesCertified, ensure_editable
from app.models import ActionItem, AgendaItem, Attendance, Guest, Meeting, agenda_item_city
from tests.meetings.meeting_builders import committee, member

NOV_5, DEC_17 = date(2021, 11, 5), date(2021, 12, 17)
TABLES = (Meeting.__table__, AgendaItem.__table__, agenda_item_city, Attendance.__table__, Guest.__table__)
MESSAGE = "รายงานการประชุมครั้งที่ 1/2564 รับรองแล้ว จึงแก้ไขไม่ได้ (ต้องยกเลิกการรับรองก่อน)"


def snapshot(db) -> dict[str, list[tuple]]:
    """Every row of the minutes' tables, to show that a refused change wrote nothing."""
    with db.session() as s:
        return {t.name: [tuple(r) for r in s.execute(select(t).order_by(*t.primary_key.columns))] for t in TABLES}


@pytest.fixture
def minutes(db, make_record) -> dict[str, int]:
    """Meeting 1/2564 with attendance, a guest and an item certifying a city, certified at meeting 2/2564."""
    cities = [make_record("cities", n=n).id for n in (1, 2)]
    with db.session() as s:
        body = committee(s)
        chair, other, third = (member(s, body, name) for name in ("นายประธาน ทดสอบ", "นางกรรมการ หนึ่ง", "นายสาม ทดสอบ"))
        first = meetings.create_meeting(s, {"committee_id": body.id, "held_on": NOV_5, "place": "ห้องประชุม 1"})
        second = meetings.create_meeting(s, {"committee_id": body.id, "held_on": DEC_17})
        present = attendance.set_attendance(s, first.id, {"member_id": chair.id, "status": "present"})
        attendance.set_attendance(s, first.id, {"member_id": other.id, "status": "absent",
                                                "absence_reason": "ติดราชการ"})
        guest = attendance.add_guest(s, first.id, {"seq": 1, "name": "นายผู้ร่วม ประชุม"})
        section4 = agenda.section(s, first.id, 4)
        item = agenda.add_item(s, section4.id, {"title": "ประกาศรับรองเมือง", "resolution": "ที่ประชุมเห็นชอบ"})
        sibling = agenda.add_item(s, section4.id, {"title": "เรื่องที่สอง"})
        agenda.link_cities(s, item.id, cities[:1])
        action = actions.add_action(s, item.id, {"description": "แจ้งเมือง", "agency": "depa"})
        checked = meetings.set_state(s, first.id, "checked", first.version)
        done = meetings.set_state(s, first.id, "certified", checked.version, certified_by_id=second.id)
        return {"meeting": first.id, "version": done.version, "second": second.id, "section4": section4.id,
                "item": item.id, "item_version": item.version, "sibling": sibling.id, "city2": cities[1],
                "present": present.id, "present_version": present.version, "chair": chair.id, "third": third.id,
                "guest": guest.id, "guest_version": guest.version, "action": action.id}


def refusals(m: dict[str, int]) -> dict[str, Callable]:
    """Every kind of change to certified minutes, each in the caller's session."""
    return {
        "details": lambda s: meetings.update_meeting(s, m["meeting"], {"place": "ห้องอื่น"}, m["version"]),
        "notes": lambda s: meetings.update_meeting(s, m["meeting"], {"notes": "หมายเหตุ"}, m["version"]),
        "delete meeting": lambda s: meetings.delete_meeting(s, m["meeting"]),
        "add item": lambda s: agenda.add_item(s, m["section4"], {"title": "เรื่องใหม่"}),
        "update item": lambda s: agenda.update_item(s, m["item"], {"resolution": "มติใหม่"}, m["item_version"]),
        "rename item": lambda s: agenda.update_item(s, m["item"], {"title": "ชื่อใหม่"}, m["item_version"]),
        "move item": lambda s: agenda.move_item(s, m["item"], m["section4"], 5),
        "move up": lambda s: agenda.move_up(s, m["sibling"]),
        "move down": lambda s: agenda.move_down(s, m["item"]),
        "delete item": lambda s: agenda.delete_item(s, m["sibling"]),
        "link cities": lambda s: agenda.link_cities(s, m["item"], [m["city2"]]),
        "unlink cities": lambda s: agenda.link_cities(s, m["item"], []),
        "attendance": lambda s: attendance.set_attendance(
            s, m["meeting"], {"member_id": m["third"], "status": "present"}),
        "change attendance": lambda s: attendance.set_attendance(
            s, m["meeting"], {"member_id": m["chair"], "status": "absent", "absence_reason": "ป่วย"},
            m["present_version"]),
        "remove attendance": lambda s: attendance.remove_attendance(s, m["present"], m["present_version"]),
        "add guest": lambda s: attendance.add_guest(s, m["meeting"], {"name": "นางใหม่ ทดสอบ"}),
        "update guest": lambda s: attendance.update_guest(s, m["guest"], {"name": "ชื่อใหม่"}, m["guest_version"]),
        "delete guest": lambda s: attendance.delete_guest(s, m["guest"], m["guest_version"]),
    }


CHANGES = list(refusals({}).keys())


@pytest.mark.parametrize("change", CHANGES)
def test_every_change_to_certified_minutes_is_refused_and_writes_nothing(db, minutes, change):
    before = snapshot(db)
    with pytest.raises(MinutesCertified) as info, db.session() as s:
        refusals(minutes)[change](s)
    assert info.value.message() == MESSAGE
    assert info.value.message("en") == ("The minutes of meeting 1/2564 are certified and cannot be changed "
                                        "(cancel the certification first)")
    assert snapshot(db) == before


def test_action_items_stay_editable(db, minutes):
    """Follow-up, not minutes: progress, new work and removed work on a certified meeting's items."""
    with db.session() as s:
        found = s.get(ActionItem, minutes["action"])
        actions.update_action(s, found.id, {"progress": "แจ้งแล้ว", "status": "done"}, found.version,
                              today=date(2022, 1, 10))
        extra = actions.add_action(s, minutes["item"], {"description": "ติดตามผล", "agency": "สำนักงาน"})
    with db.session() as s:
        actions.delete_action(s, extra.id)
        assert [(a.status, a.progress) for a in actions.actions_of(s, minutes["item"])] == [("done", "แจ้งแล้ว")]
        assert s.get(Meeting, minutes["meeting"]).state == "certified"


def test_certified_stays_final_for_set_state(db, minutes):
    with pytest.raises(ValidationFailed) as info, db.session() as s:
        meetings.set_state(s, minutes["meeting"], "checked", minutes["version"])
    assert "state" in info.value.errors


def test_cancelling_the_certification_needs_a_reason_and_reopens_the_minutes(db, minutes):
    m = minutes
    before = snapshot(db)
    for reason in ("", "   ", None):
        with pytest.raises(ValidationFailed) as info, db.session() as s:
            meetings.cancel_certification(s, m["meeting"], reason, m["version"])
        assert info.value.field_message("reason") == "กรุณาระบุเหตุผลที่ยกเลิกการรับรองรายงานการประชุม"
        assert "กรุณาระบุเหตุผลที่ยกเลิกการรับรองรายงานการประชุม" in ENGLISH
    with pytest.raises(StaleRecord), db.session() as s:
        meetings.cancel_certification(s, m["meeting"], "รับรองผิดครั้ง", m["version"] + 1)
    assert snapshot(db) == before
    with db.session() as s:
        back = meetings.cancel_certification(s, m["meeting"], "  รับรองผิดครั้ง  ", m["version"], today=DEC_17)
    assert (back.state, back.certified_by_id, back.certified_on) == ("checked", None, None)
    assert back.notes == "17 ธ.ค. 2564 ยกเลิกการรับรองรายงานการประชุม (เดิมรับรองในการประชุมครั้งที่ 2/2564): รับรองผิดครั้ง"
    with pytest.raises(ValidationFailed) as info, db.session() as s:  # only certified minutes have one to cancel
        meetings.cancel_certification(s, m["meeting"], "อีกครั้ง", back.version)
    assert info.value.field_message("state") == "รายงานการประชุมนี้ยังไม่ได้รับรอง จึงไม่มีการรับรองให้ยกเลิก"
    with db.session() as s:  # every change is allowed again
        for change in ("update item", "link cities", "move down", "update guest", "attendance"):
            refusals(m)[change](s)
        saved = meetings.update_meeting(s, m["meeting"], {"place": "ห้องอื่น"}, back.version)
        by_circulation = meetings.set_state(s, m["meeting"], "certified", saved.version, certified_on=DEC_17)
    with db.session() as s:
        assert s.get(AgendaItem, m["item"]).resolution == "มติใหม่"
        assert [c.id for c in s.get(AgendaItem, m["item"]).cities] == [m["city2"]]
        assert s.get(Meeting, m["meeting"]).place == "ห้องอื่น"
    with db.session() as s:  # certified again: locked again; a second cancellation adds a second line
        with pytest.raises(MinutesCertified):
            agenda.add_item(s, m["section4"], {"title": "เรื่องใหม่"})
        again = meetings.cancel_certification(s, m["meeting"], "แก้ไขชื่อผู้เข้าร่วม", by_circulation.version,
                                              today=date(2022, 1, 7))
    assert again.notes.splitlines()[1] == ("7 ม.ค. 2565 ยกเลิกการรับรองรายงานการประชุม "
                                           "(เดิมรับรองโดยแจ้งเวียนเมื่อ 17 ธ.ค. 2564): แก้ไขชื่อผู้เข้าร่วม")


def test_draft_and_checked_minutes_are_editable(db, minutes):
    with db.session() as s:
        other = meetings.create_meeting(s, {"committee_id": s.get(Meeting, minutes["meeting"]).committee_id,
                                            "held_on": date(2022, 2, 4)})
        ensure_editable(s, other.id)
        meetings.set_state(s, other.id, "checked", other.version)
        ensure_editable(s, other.id)
        with pytest.raises(RecordMissing):
            ensure_editable(s, 999_999)


@pytest.mark.postgresql
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_change_waits_for_a_certification_being_saved_and_then_sees_it(db, minutes):
    """PostgreSQL: a change started while another workstation's certification is not yet committed waits
    for it (FOR SHARE on the meeting row) and is then refused, instead of slipping into certified minutes."""
    m = minutes
    with db.session() as s:
        reopened = meetings.cancel_certification(s, m["meeting"], "ทดสอบ", m["version"])
    outcome: list[BaseException | None] = []
    started = threading.Event()

    def add_item_elsewhere() -> None:
        try:
            with db.session() as other:
                other.execute(text("SET lock_timeout = '20s'"))
                started.set()
                agenda.add_item(other, m["section4"], {"title": "เรื่องที่เพิ่มระหว่างรับรอง"})
            outcome.append(None)
        except BaseException as exc:  # noqa: BLE001 - handed back to the test thread
            outcome.append(exc)

    with db.session() as s:
        meetings.set_state(s, m["meeting"], "certified", reopened.version, certified_by_id=m["second"])
        s.flush()  # the row is written, not committed: the other session must wait for this commit
        worker = threading.Thread(target=add_item_elsewhere)
        worker.start()
        started.wait(10)
        worker.join(0.5)
        assert worker.is_alive()  # blocked on the meeting row
    worker.join(20)
    assert len(outcome) == 1 and isinstance(outcome[0], MinutesCertified)
    with db.session() as s:
        assert not s.scalars(select(AgendaItem).where(AgendaItem.title == "เรื่องที่เพิ่มระหว่างรับรอง")).all()
