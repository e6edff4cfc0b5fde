"""Sample committees and meeting 1/2564: as the news item tells it, added once, topped up when cities return."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import delete, select

from app.meetings import actions, agenda, attendance, committees, meetings
from app.models import Base, Certificate, CertificateEvent, City, Committee, Meeting
from app.registers import records
from app.registers.catalog import CITIES
from app.sample import demo as sample
from app.sample import meetings as sample_meetings
from app.sample import public_record

MAIN = "คณะกรรมการขับเคลื่อนการพัฒนาเมืองอัจฉริยะ"
SUB = "คณะอนุกรรมการขับเคลื่อนและบริหารโครงการเมืองอัจฉริยะ"


@pytest.fixture
def filled(db):
    with db.session() as s:
        sample.fill(s)
    return db


def the_meeting(s) -> Meeting:
    return s.scalar(select(Meeting).join(Committee).where(Committee.name == MAIN))


def versions(db) -> dict[str, set[tuple]]:
    """Every row of every table with a version counter, as (id, version)."""
    with db.session() as s:
        return {t.name: set(s.execute(select(t.c.id, t.c.version))) for t in Base.metadata.sorted_tables
                if "version" in t.c}


def test_a_second_fill_adds_and_changes_nothing(filled):
    before = versions(filled)
    with filled.session() as s:
        assert sample.fill(s) == dict.fromkeys(("cities", "zones", "ambassadors", "partnerships", "committees",
                                                "meetings", "plan"), 0)
    assert versions(filled) == before
    assert len(before["agenda_item"]) == 6 + 1 + 6 + 1 and len(before["meeting_attendance"]) == 3


def test_the_meeting_as_the_news_item_tells_it(filled):
    with filled.session() as s:
        m = the_meeting(s)
        assert (m.label, m.held_on, m.start_time, m.mode) == ("1/2564", date(2021, 11, 5), time(10, 0), "online")
        assert m.place == "ผ่านสื่ออิเล็กทรอนิกส์"
        assert (m.chair.person_name, m.chair.job_title, m.chair.position) == (
            "พลเอกประวิตร วงษ์สุวรรณ", "รองนายกรัฐมนตรี", "chair")
        present = {e.member.display_name: e for e in attendance.roll(s, m.id)}
        assert present["นายชัยวุฒิ ธนาคมานุสรณ์"].member.job_title == "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"
        secretary = present["ดร.ณัฐพล นิมมานพัชรินทร์"].member
        assert (secretary.position, secretary.job_title) == ("secretary",
                                                             "ผู้อำนวยการใหญ่ สำนักงานส่งเสริมเศรษฐกิจดิจิทัล")
        assert set(present) == {"พลเอกประวิตร วงษ์สุวรรณ", "นายชัยวุฒิ ธนาคมานุสรณ์", "ดร.ณัฐพล นิมมานพัชรินทร์"}
        assert all(e.attendance.status == "present" for e in present.values())  # nobody is reported absent
        assert all("ที่มา:" in e.member.notes for e in present.values())
        assert any("สำนักงานเมืองอัจฉริยะประเทศไทย" in g.name for g in attendance.guests_of(s, m.id))
        assert m.end_time is None and not m.minute_taker_name and not m.checker_name  # not reported
        assert m.state == "draft"
        assert attendance.quorum(s, m.id).met
        assert meetings.previous_minutes_text(s, m.id) == "ไม่มี"


def test_the_agenda_as_the_news_item_tells_it(filled):
    with filled.session() as s:
        m = the_meeting(s)
        fourth = agenda.tree(s, m.id)[3]
        titles = [n.item.title for n in fourth.children]
        for phrase in ("ผลการดำเนินงานของคณะอนุกรรมการ", "ตราสัญลักษณ์เมืองอัจฉริยะประเทศไทยแก่ 15 ผู้พัฒนาเมือง",
                       "เขตส่งเสริมเมืองอัจฉริยะ 50 พื้นที่", "Thailand Smart City Week 2020", "Smart City Ambassadors",
                       "ASCN"):
            assert sum(phrase in t for t in titles) == 1, phrase
        assert [n.number for n in fourth.children] == ["4.1", "4.2", "4.3", "4.4", "4.5", "4.6"]
        assert all(n.item.resolution.startswith("ที่ประชุมรับทราบ") for n in fourth.children)
        assert all(n.item.item_type == "information" for n in fourth.children)
        emblem = fourth.children[1].item
        assert emblem.background.endswith(sample_meetings.BOI_SENTENCE)  # the sentence the news item reports
        assert [n.item.title for n in agenda.tree(s, m.id)[0].children] == ["ประธานแจ้ง"]

        (plan,) = agenda.tree(s, m.id)[4].children
        assert (plan.number, plan.item.title, plan.item.item_type) == (
            "5.1", "(ร่าง) แผนงานบูรณาการเมืองอัจฉริยะประเทศไทย", "consideration")
        assert plan.item.resolution is None and plan.item.proposal is None  # the news item reports neither
        assert plan.item.document_list == ["(ร่าง) แผนงานบูรณาการเมืองอัจฉริยะประเทศไทย"]

        (assignment,) = actions.find_actions(s, agency="depa")
        assert assignment.description == "จัดกิจกรรมกระตุ้นและส่งเสริมให้เกิดการพัฒนาเมืองอัจฉริยะทั่วประเทศอย่างต่อเนื่อง"
        assert assignment.is_open and assignment.agenda_item.meeting_id == m.id
        assert assignment.description in assignment.agenda_item.resolution


def test_the_15_cities_are_linked_to_the_emblem_item(filled):
    with filled.session() as s:
        m = the_meeting(s)
        emblem = next(n for n in agenda.tree(s, m.id)[3].children if "ตราสัญลักษณ์" in n.item.title)
        assert emblem.number == "4.2"
        linked = [c.name_th for c in emblem.item.cities]
        assert sorted(linked) == sorted(row[0] for row in public_record.CERTIFIED)
        assert emblem.item.background.splitlines()[1] == "1) ภูเก็ตเมืองอัจฉริยะ"
        for city in emblem.item.cities:  # certified by the subcommittee; the committee took note
            assert city.approved_meeting.startswith(SUB) and "/2564" in city.approved_meeting
            assert [i.id for i in agenda.certifying_items(s, city.id)] == [emblem.item.id]


def test_the_subcommittee_is_chaired_by_the_des_minister(filled):
    with filled.session() as s:
        sub = s.scalar(select(Committee).where(Committee.name == SUB))
        chair = next(m for m in committees.members_on(s, sub.id, date(2021, 11, 5)) if m.position == "chair")
        assert chair.person_name == "นายชัยวุฒิ ธนาคมานุสรณ์"
        assert (sub.numbering, sub.quorum_numerator, sub.quorum_denominator, sub.quorum_rule) == (
            "calendar", 1, 2, "at_least")


def test_the_next_meeting_follows_up_the_assignment(filled):
    with filled.session() as s:
        main = s.scalar(select(Committee).where(Committee.name == MAIN))
        nxt = meetings.create_meeting(s, {"committee_id": main.id, "held_on": date(2022, 3, 4)})
        assert nxt.label == "1/2565"
        assert [a.agency for a in actions.follow_ups(s, nxt.id)] == [sample_meetings.DEPA]
        assert meetings.previous_minutes_text(s, nxt.id) == (
            "รับรองรายงานการประชุม ครั้งที่ 1/2564 เมื่อวันศุกร์ที่ 5 พฤศจิกายน 2564")


def test_a_sample_city_that_comes_back_is_linked_again(filled):
    with filled.session() as s:
        city_id = s.scalar(select(City.id).where(City.name_th == "เมืองศรีตรัง"))
        s.execute(delete(CertificateEvent))  # certificates keep a city from being deleted: clear them first
        s.execute(delete(Certificate))
        records.delete(s, CITIES, city_id)
    with filled.session() as s:
        assert sample.fill(s)["cities"] == 1
        city = s.scalar(select(City).where(City.name_th == "เมืองศรีตรัง"))
        (item,) = agenda.certifying_items(s, city.id)
        assert agenda.item_number(s, item.id) == "4.2" and len(item.cities) == 15
        assert city.approved_meeting == public_record.SUBCOMMITTEE_2
