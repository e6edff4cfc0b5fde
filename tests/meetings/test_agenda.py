"""The agenda tree: the standard skeleton, numbers derived from the tree, moves that renumber, the fixed
sections, and the cities an item certifies."""

from __future__ import annotations

import random
from datetime import date

import pytest
from sqlalchemy import func, select

from app.core.errors import RecordInUse, StaleRecord, ValidationFailed
from app.meetings import actions, agenda, meetings
from app.models import AgendaItem, City, agenda_item_city
from app.registers import records
from app.registers.catalog import CITIES
from tests.meetings.meeting_builders import committee, meeting

NOV_5 = date(2021, 11, 5)
SKELETON = [  # THAI_DOCUMENTS.md §1, as printed
    "ระเบียบวาระที่ 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
    "ระเบียบวาระที่ 2 เรื่องรับรองรายงานการประชุม",
    "ระเบียบวาระที่ 3 เรื่องสืบเนื่องจากการประชุมครั้งก่อน",
    "ระเบียบวาระที่ 4 เรื่องที่เสนอให้ที่ประชุมทราบ",
    "ระเบียบวาระที่ 5 เรื่องที่เสนอให้ที่ประชุมพิจารณา",
    "ระเบียบวาระที่ 6 เรื่องอื่น ๆ (ถ้ามี)",
]


@pytest.fixture
def meeting_id(db) -> int:
    with db.session() as s:
        return meeting(s, committee(s), NOV_5).id


def outline(s, meeting_id: int) -> list[tuple[str, str]]:
    """(number, title) of every item, depth first, and a check that the stored places are 0…n-1."""
    rows = []
    by_parent: dict = {}
    for item in agenda.items_of(s, meeting_id):
        by_parent.setdefault(item.parent_id, []).append(item.position)
    assert all(sorted(p) == list(range(len(p))) for p in by_parent.values()), by_parent

    def walk(nodes):
        for node in nodes:
            rows.append((node.number, node.item.title))
            walk(node.children)

    walk(agenda.tree(s, meeting_id))
    return rows


def add(s, meeting_id: int, section: int, *titles: str) -> list[AgendaItem]:
    parent = agenda.section(s, meeting_id, section)
    return [agenda.add_item(s, parent.id, {"title": t}) for t in titles]


# --------------------------------------------------------------------------- skeleton


def test_a_new_meeting_starts_with_the_standard_skeleton(db, meeting_id):
    with db.session() as s:
        sections = [node.item for node in agenda.tree(s, meeting_id)]
        assert [agenda.heading(s, item.id) for item in sections] == SKELETON
        assert [item.section for item in sections] == [1, 2, 3, 4, 5, 6]
        assert all(item.fixed for item in sections)
        assert outline(s, meeting_id)[:3] == [("1", "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ"), ("1.1", "ประธานแจ้ง"),
                                               ("1.2", "เลขานุการแจ้ง")]
        assert len(outline(s, meeting_id)) == 8
        assert [i.item_type for i in sections] == ["information", "consideration", "information", "information",
                                                  "consideration", None]


def test_items_are_numbered_from_the_tree(db, meeting_id):
    with db.session() as s:
        a, b = add(s, meeting_id, 4, "เรื่อง ก", "เรื่อง ข")
        c = agenda.add_item(s, agenda.section(s, meeting_id, 4).id, {"title": "เรื่อง ค"}, index=0)
        sub = agenda.add_item(s, b.id, {"title": "เรื่องย่อย"})
        (d,) = add(s, meeting_id, 5, "เรื่องพิจารณา")
        assert [agenda.item_number(s, i.id) for i in (c, a, b, sub, d)] == ["4.1", "4.2", "4.3", "4.3.1", "5.1"]
        assert (a.item_type, d.item_type, sub.item_type) == ("information", "consideration", "information")
        assert agenda.heading(s, sub.id) == "4.3.1 เรื่องย่อย"
        assert agenda.numbers(s, meeting_id)[b.id] == "4.3"
        outline(s, meeting_id)


def test_items_carry_their_content(db, meeting_id):
    with db.session() as s:
        (item,) = add(s, meeting_id, 5, "เรื่องพิจารณา")
        saved = agenda.update_item(s, item.id, {
            "item_type": "consideration", "background": "ความเป็นมา", "proposal": "ข้อเสนอ",
            "documents": "เอกสาร 1\n\n  เอกสาร 2  \n", "resolution": "ที่ประชุมเห็นชอบ"}, item.version)
    assert saved.document_list == ["เอกสาร 1", "เอกสาร 2"]
    assert saved.version == item.version
    with pytest.raises(StaleRecord), db.session() as s:
        agenda.update_item(s, item.id, {"resolution": "แก้"}, 1)
    with pytest.raises(ValidationFailed) as info, db.session() as s:
        agenda.update_item(s, item.id, {"title": " ", "item_type": "other"}, saved.version)
    assert set(info.value.errors) == {"title", "item_type"}


# --------------------------------------------------------------------------- moves


def test_move_within_and_across_sections_renumbers(db, meeting_id):
    with db.session() as s:
        a, b, c = add(s, meeting_id, 4, "ก", "ข", "ค")
        sub = agenda.add_item(s, b.id, {"title": "ข.1"})
    with db.session() as s:
        agenda.move_item(s, c.id, agenda.section(s, meeting_id, 4).id, 0)
        assert [n for n, _ in outline(s, meeting_id)[6:10]] == ["4.1", "4.2", "4.3", "4.3.1"]
        assert [agenda.item_number(s, i) for i in (c.id, a.id, b.id, sub.id)] == ["4.1", "4.2", "4.3", "4.3.1"]
        agenda.move_down(s, c.id)
        assert [agenda.item_number(s, i) for i in (a.id, c.id, b.id)] == ["4.1", "4.2", "4.3"]
        agenda.move_up(s, a.id)  # already first: stays
        agenda.move_down(s, b.id)  # already last: stays
        assert [agenda.item_number(s, i) for i in (a.id, c.id, b.id)] == ["4.1", "4.2", "4.3"]
        agenda.move_item(s, b.id, agenda.section(s, meeting_id, 5).id, 99)  # to another section, with its sub-item
        assert [agenda.item_number(s, i) for i in (a.id, c.id, b.id, sub.id)] == ["4.1", "4.2", "5.1", "5.1.1"]
        agenda.move_item(s, c.id, a.id, 0)  # under a sibling
        assert [agenda.item_number(s, i) for i in (a.id, c.id)] == ["4.1", "4.1.1"]
        outline(s, meeting_id)
    with db.session() as s:  # a fresh session reads the same tree
        assert [agenda.item_number(s, i) for i in (a.id, c.id, b.id, sub.id)] == ["4.1", "4.1.1", "5.1", "5.1.1"]
        assert [child.title for child in agenda.section(s, meeting_id, 4).children] == ["ก"]


def test_moves_do_not_make_other_items_stale(db, meeting_id):
    with db.session() as s:
        a, b = add(s, meeting_id, 4, "ก", "ข")
    with db.session() as s:
        agenda.move_item(s, b.id, agenda.section(s, meeting_id, 4).id, 0)
    with db.session() as s:  # someone had ก open in a form before the move: their save still goes through
        saved = agenda.update_item(s, a.id, {"resolution": "ที่ประชุมรับทราบ"}, a.version)
        assert agenda.item_number(s, saved.id) == "4.2"


@pytest.mark.parametrize("target", ["none", "self", "child", "other meeting"])
def test_moves_that_would_break_the_tree_are_refused(db, meeting_id, target):
    with db.session() as s:
        item, = add(s, meeting_id, 4, "ก")
        child = agenda.add_item(s, item.id, {"title": "ก.1"})
        other = meeting(s, committee(s, "คณะอื่น"), NOV_5)
        parent_id = {"none": None, "self": item.id, "child": child.id,
                     "other meeting": agenda.section(s, other.id, 4).id}[target]
    before = _outline(db, meeting_id)
    with pytest.raises(ValidationFailed) as info, db.session() as s:
        agenda.move_item(s, item.id, parent_id, 0)
    assert set(info.value.errors) == {"parent_id"}
    assert _outline(db, meeting_id) == before


def _outline(db, meeting_id):
    with db.session() as s:
        return outline(s, meeting_id)


def test_the_six_sections_stay_where_they_are(db, meeting_id):
    with db.session() as s:
        fourth, fifth = agenda.section(s, meeting_id, 4), agenda.section(s, meeting_id, 5)
    for action in (lambda s: agenda.move_item(s, fifth.id, fourth.id, 0),
                   lambda s: agenda.move_up(s, fifth.id),
                   lambda s: agenda.delete_item(s, fifth.id)):
        with pytest.raises(ValidationFailed) as info, db.session() as s:
            action(s)
        assert info.value.field_message(next(iter(info.value.errors))) == "ระเบียบวาระหลักทั้ง 6 วาระลบหรือย้ายไม่ได้"
    with pytest.raises(ValidationFailed) as info, db.session() as s:
        agenda.update_item(s, fourth.id, {"title": "เรื่องเพื่อทราบ"}, fourth.version)
    assert set(info.value.errors) == {"title"}
    with db.session() as s:  # their content can be written (e.g. the resolution under วาระ 2)
        saved = agenda.update_item(s, fourth.id, {"title": fourth.title, "background": "ไม่มี"}, fourth.version)
    assert saved.background == "ไม่มี"
    assert [n for n, _ in _outline(db, meeting_id)] == ["1", "1.1", "1.2", "2", "3", "4", "5", "6"]


def test_random_moves_keep_the_tree_consistent(db, meeting_id):
    rng = random.Random(2564)
    with db.session() as s:
        items = add(s, meeting_id, 4, *(f"เรื่อง {i}" for i in range(6)))
        items += add(s, meeting_id, 5, "พิจารณา ก", "พิจารณา ข")
        ids = [i.id for i in items]
        for _ in range(40):
            item_id = rng.choice(ids)
            parents = [agenda.section(s, meeting_id, n).id for n in (1, 4, 5)] + ids
            try:
                agenda.move_item(s, item_id, rng.choice(parents), rng.randrange(0, 5))
            except ValidationFailed:
                pass  # under itself or a sub-item of its own
            rows = outline(s, meeting_id)
            assert len(rows) == 8 + len(ids) and len({n for n, _ in rows}) == len(rows)
        before = outline(s, meeting_id)
    assert _outline(db, meeting_id) == before


# --------------------------------------------------------------------------- delete


def test_delete_renumbers_and_takes_sub_items_along(db, meeting_id):
    with db.session() as s:
        a, b, c = add(s, meeting_id, 4, "ก", "ข", "ค")
        agenda.add_item(s, b.id, {"title": "ข.1"})
    with db.session() as s:
        agenda.delete_item(s, b.id, b.version)
        assert [agenda.item_number(s, i) for i in (a.id, c.id)] == ["4.1", "4.2"]
        assert s.scalar(select(func.count()).select_from(AgendaItem)) == 8 + 2
        outline(s, meeting_id)


def test_an_item_with_action_items_is_kept(db, meeting_id):
    with db.session() as s:
        (item,) = add(s, meeting_id, 4, "ก")
        sub = agenda.add_item(s, item.id, {"title": "ก.1"})
        actions.add_action(s, sub.id, {"description": "ติดตาม", "agency": "depa"})
    with pytest.raises(RecordInUse) as info, db.session() as s:
        agenda.delete_item(s, item.id)
    assert info.value.message() == "ลบไม่ได้ เพราะมีข้อมูลอื่นอ้างถึงรายการนี้: งานที่มอบหมาย 1 รายการ"
    assert info.value.message("en") == "Cannot delete: other records refer to this one: action items: 1"


# --------------------------------------------------------------------------- cities certified by an item


def test_city_certifying_items(db, meeting_id, make_record):
    one, two = make_record("cities", 1), make_record("cities", 2)
    with db.session() as s:
        (item,) = add(s, meeting_id, 4, "การประกาศรับรองพื้นที่เมืองอัจฉริยะ")
        agenda.link_cities(s, item.id, [one.id, two.id, one.id])
        later = meeting(s, committee(s, "คณะอื่น"), date(2022, 1, 14))
        (renewal,) = add(s, later.id, 5, "ต่ออายุตราสัญลักษณ์")
        agenda.link_cities(s, renewal.id, [one.id])
    with db.session() as s:
        found = agenda.certifying_items(s, one.id)
        assert [(i.meeting.label, agenda.item_number(s, i.id)) for i in found] == [("1/2564", "4.1"),
                                                                                  ("1/2565", "5.1")]
        assert [c.id for c in s.get(AgendaItem, item.id).cities] == [one.id, two.id]
        assert agenda.certification_text(s, item.id) == (
            "คณะกรรมการทดสอบ ครั้งที่ 1/2564 เมื่อวันศุกร์ที่ 5 พฤศจิกายน 2564 ระเบียบวาระที่ 4.1")
    with pytest.raises(ValidationFailed) as info, db.session() as s:
        agenda.link_cities(s, item.id, [9999])
    assert info.value.field_message("cities") == "ไม่พบพื้นที่เมืองอัจฉริยะที่เลือก"

    with db.session() as s:  # a deleted city leaves the agenda as it was, without the link
        records.delete(s, CITIES, two.id)
        assert [c.id for c in s.get(AgendaItem, item.id).cities] == [one.id]
    with db.session() as s:  # a deleted meeting takes its links, not the cities
        meetings.delete_meeting(s, later.id)
        assert [i.id for i in agenda.certifying_items(s, one.id)] == [item.id]
        assert s.scalar(select(func.count()).select_from(agenda_item_city)) == 1
        assert s.get(City, one.id) is not None
