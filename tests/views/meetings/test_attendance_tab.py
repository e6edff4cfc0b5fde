"""The attendance tab: the roll, the quorum counted live from unsaved input, one-transaction saves, guests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from app.core.errors import StaleRecord, ValidationFailed
from app.meetings import attendance, committees
from app.models import Meeting
from app.views.meetings.attendance_tab import MET_STYLE, NOT_MET_STYLE, AttendanceTab

BUDGET = "ผู้แทนสำนักงบประมาณ"  # represented by a substitute in the sample
BOI = "ผู้แทนสำนักงานคณะกรรมการส่งเสริมการลงทุน"  # absent in the sample
PRAWIT = "พลเอกประวิตร วงษ์สุวรรณ"


@pytest.fixture
def meeting_id(db):
    with db.session() as session:
        return session.scalar(select(Meeting.id).where(Meeting.number == 1, Meeting.year_be == 2564))


@pytest.fixture
def open_tab(qtbot, db, meeting_id):
    def make() -> AttendanceTab:
        tab = AttendanceTab(db, meeting_id)
        qtbot.addWidget(tab)
        tab.resize(1300, 760)
        tab.show()
        tab.errors = []
        tab.notify_error = tab.errors.append
        return tab

    return make


def saved(tab: AttendanceTab) -> bool:
    """Click บันทึกการมาประชุม; whether it went through (a refusal keeps the input, still to be saved)."""
    QTest.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    return not tab.is_dirty()


def add_guest(tab: AttendanceTab) -> int:
    """Click เพิ่มผู้เข้าร่วมประชุม; the new row."""
    QTest.mouseClick(tab.add_guest_button, Qt.MouseButton.LeftButton)
    return tab.guest_table.rowCount() - 1


def row(tab: AttendanceTab, name: str) -> int:
    return next(i for i, seat in enumerate(tab.seats) if seat.name == name)


def set_status(tab: AttendanceTab, r: int, status: str | None) -> None:
    combo = tab.status_combo(r)
    combo.setCurrentIndex(combo.findData(status))


def saved_roll(db, meeting_id) -> dict[str, tuple | None]:
    with db.session() as session:
        return {e.member.display_name: None if e.attendance is None else
                (e.attendance.status, e.attendance.absence_reason, e.attendance.substitute_name,
                 e.attendance.substitute_position)
                for e in attendance.roll(session, meeting_id)}


def saved_guests(db, meeting_id) -> list[tuple]:
    with db.session() as session:
        return [(g.seq, g.name, g.position, g.organisation) for g in attendance.guests_of(session, meeting_id)]


def test_roll_shows_members_positions_statuses_and_the_quorum(open_tab):
    tab = open_tab()
    assert tab.table.rowCount() == 8
    assert tab.table.item(0, 0).text() == f"{PRAWIT}\nรองนายกรัฐมนตรี"
    assert tab.table.item(0, 1).text() == "ประธาน"
    assert tab.status_combo(0).currentText() == "มาประชุม"
    budget, boi = row(tab, BUDGET), row(tab, BOI)
    assert tab.status_combo(budget).currentText() == "มีผู้มาประชุมแทน"
    assert tab.text_edit(budget, "substitute_name").text() == "นางสาวตัวอย่าง มาแทน"
    assert tab.text_edit(budget, "substitute_name").isEnabled()
    assert not tab.text_edit(budget, "absence_reason").isEnabled()
    assert tab.text_edit(boi, "absence_reason").text() == "ติดราชการ"
    assert tab.text_edit(boi, "absence_reason").isEnabled()
    assert not tab.text_edit(0, "absence_reason").isEnabled()
    assert tab.quorum_label.text() == ("องค์ประชุม: มาประชุม 7 จาก 8 คน (ต้องมีอย่างน้อย 4 คน) — ครบองค์ประชุม"
                                       " · มีผู้มาประชุมแทน 1 คน")
    assert tab.quorum_label.styleSheet() == MET_STYLE
    assert not tab.is_dirty()
    assert not tab.save_button.isEnabled()


def test_marking_absent_updates_the_quorum_live_before_saving(qtbot, db, meeting_id, open_tab):
    tab = open_tab()
    present = [r for r in range(8) if tab.status_combo(r).currentData() == "present"]
    with qtbot.waitSignal(tab.changed):
        set_status(tab, present[0], "absent")
    assert tab.quorum_label.text().startswith("องค์ประชุม: มาประชุม 6 จาก 8 คน")
    assert tab.text_edit(present[0], "absence_reason").isEnabled()
    assert tab.is_dirty() and tab.save_button.isEnabled()
    for r in present[1:3]:
        set_status(tab, r, "absent")
    # exactly half present: "not less than half" of 8 is 4, so the quorum is met
    assert tab.counts()[1:] == (4, 1, 0, 4)
    assert tab.quorum_label.text() == ("องค์ประชุม: มาประชุม 4 จาก 8 คน (ต้องมีอย่างน้อย 4 คน) — ครบองค์ประชุม"
                                       " · มีผู้มาประชุมแทน 1 คน")
    assert tab.quorum_label.styleSheet() == MET_STYLE
    set_status(tab, present[3], "absent")
    assert "มาประชุม 3 จาก 8 คน (ต้องมีอย่างน้อย 4 คน) — ไม่ครบองค์ประชุม" in tab.quorum_label.text()
    assert tab.quorum_label.styleSheet() == NOT_MET_STYLE
    with db.session() as session:  # nothing saved yet
        assert attendance.quorum(session, meeting_id).present == 7


def test_substitutes_count_for_the_quorum(db, meeting_id, open_tab):
    tab = open_tab()
    budget = row(tab, BUDGET)
    for r in range(8):
        if r != budget:
            set_status(tab, r, "absent")
    for r in [r for r in range(8) if r != budget][:3]:
        set_status(tab, r, "present")
    assert tab.counts()[:3] == (8, 4, 1)
    assert "ครบองค์ประชุม · มีผู้มาประชุมแทน 1 คน" in tab.quorum_label.text()
    set_status(tab, budget, "absent")
    assert "ไม่ครบองค์ประชุม" in tab.quorum_label.text()
    set_status(tab, budget, "substitute")  # the substitute's name typed before is still there
    assert saved(tab)
    with db.session() as session:
        quorum = attendance.quorum(session, meeting_id)
    assert (quorum.present, quorum.substitutes, quorum.required, quorum.met) == (4, 1, 4, True)


def test_the_committees_more_than_rule_is_used(db, meeting_id, open_tab):
    with db.session() as session:
        committee = session.get(Meeting, meeting_id).committee
        committees.update_committee(session, committee.id, {"quorum_rule": "more_than"}, committee.version)
    tab = open_tab()
    for r in range(4):
        set_status(tab, r, "absent")
    assert tab.counts()[1] == 3
    set_status(tab, 0, "present")
    assert tab.quorum_label.text().startswith("องค์ประชุม: มาประชุม 4 จาก 8 คน (ต้องมีอย่างน้อย 5 คน) — ไม่ครบ")
    assert "เกินกว่า 1/2" in tab.quorum_label.toolTip()


def test_save_writes_every_changed_row(qtbot, db, meeting_id, open_tab):
    tab = open_tab()
    budget, boi = row(tab, BUDGET), row(tab, BOI)
    set_status(tab, 0, "absent")
    tab.text_edit(0, "absence_reason").setText("ติดภารกิจต่างประเทศ")
    set_status(tab, boi, "present")
    tab.text_edit(budget, "substitute_name").setText("นายผู้แทน ใหม่")
    with qtbot.waitSignal(tab.saved):
        assert saved(tab)
    roll = saved_roll(db, meeting_id)
    assert roll[PRAWIT] == ("absent", "ติดภารกิจต่างประเทศ", None, None)
    assert roll[BOI] == ("present", None, None, None)  # the old reason is cleared
    assert roll[BUDGET] == ("substitute", None, "นายผู้แทน ใหม่", "ผู้อำนวยการส่วน (ตัวอย่าง)")
    assert not tab.is_dirty()
    assert not tab.message_label.isVisible()
    assert tab.errors == []


def test_a_blank_status_forgets_the_record_and_the_button_marks_the_rest_present(db, meeting_id, open_tab):
    tab = open_tab()
    set_status(tab, 0, None)
    assert "ยังไม่ระบุการมาประชุม 1 คน" in tab.quorum_label.text()
    assert saved(tab)
    assert saved_roll(db, meeting_id)[PRAWIT] is None
    assert tab.all_present_button.isEnabled()
    tab.all_present_button.click()
    assert tab.status_combo(0).currentData() == "present"
    assert saved(tab)
    assert saved_roll(db, meeting_id)[PRAWIT] == ("present", None, None, None)


def test_invalid_save_shows_the_thai_message_keeps_the_input_and_writes_nothing(db, meeting_id, open_tab):
    tab = open_tab()
    before = saved_roll(db, meeting_id)
    budget = row(tab, BUDGET)
    set_status(tab, 0, "absent")  # an earlier, valid change in the same save
    tab.text_edit(budget, "substitute_name").setText("")
    assert not saved(tab)
    assert tab.message_label.isVisible()
    assert tab.message_label.text() == f"บันทึกไม่สำเร็จ: {BUDGET} — กรุณากรอกชื่อผู้มาประชุมแทน"
    assert len(tab.errors) == 1 and isinstance(tab.errors[0], ValidationFailed)
    assert "border" in tab.text_edit(budget, "substitute_name").styleSheet()
    assert tab.status_combo(0).currentData() == "absent"
    assert tab.status_combo(budget).currentData() == "substitute"
    assert tab.is_dirty()
    assert saved_roll(db, meeting_id) == before  # one transaction: the valid change was not written either
    tab.text_edit(budget, "substitute_name").setText("นายผู้แทน ใหม่")
    assert tab.text_edit(budget, "substitute_name").styleSheet() == ""
    assert saved(tab)
    assert not tab.message_label.isVisible()


def test_stale_save_is_refused_and_keeps_the_input(db, meeting_id, open_tab):
    tab = open_tab()
    boi = row(tab, BOI)
    with db.session() as session:  # another workstation saves the same row first
        entry = next(e for e in attendance.roll(session, meeting_id) if e.member.display_name == BOI)
        attendance.set_attendance(session, meeting_id, {"member_id": entry.member.id, "status": "absent",
                                                        "absence_reason": "ลาป่วย"}, entry.attendance.version)
    tab.text_edit(boi, "absence_reason").setText("ติดประชุมอื่น")
    assert not saved(tab)
    assert isinstance(tab.errors[0], StaleRecord)
    assert tab.message_label.text() == f"บันทึกไม่สำเร็จ: {BOI} — {StaleRecord().message()}"
    assert tab.text_edit(boi, "absence_reason").text() == "ติดประชุมอื่น"
    assert saved_roll(db, meeting_id)[BOI][1] == "ลาป่วย"


def test_guests_are_added_edited_and_removed(db, meeting_id, open_tab):
    tab = open_tab()
    assert tab.guest_table.rowCount() == 2
    first = tab.guest_table.item(0, 0).text()
    tab.guest_table.selectRow(0)
    assert tab.remove_guest_button.isEnabled()
    QTest.mouseClick(tab.remove_guest_button, Qt.MouseButton.LeftButton)
    r = add_guest(tab)
    tab.guest_table.item(r, 0).setText("นางสาวผู้สังเกตการณ์ ทดสอบ")
    tab.guest_table.item(r, 2).setText("กรมส่งเสริมการปกครองท้องถิ่น")
    add_guest(tab)  # left empty: ignored
    tab.guest_table.item(0, 1).setText("ผู้ประสานงาน")
    assert tab.is_dirty()
    assert saved(tab), tab.message_label.text()
    assert saved_guests(db, meeting_id) == [
        (1, "ผู้แทนหน่วยงานที่เกี่ยวข้อง", "ผู้ประสานงาน", "หน่วยงานที่เกี่ยวข้อง"),
        (2, "นางสาวผู้สังเกตการณ์ ทดสอบ", None, "กรมส่งเสริมการปกครองท้องถิ่น")]
    assert first not in [tab.guest_table.item(i, 0).text() for i in range(tab.guest_table.rowCount())]
    assert tab.guest_table.rowCount() == 2 and not tab.is_dirty()


def test_a_guest_without_a_name_is_refused(db, meeting_id, open_tab):
    tab = open_tab()
    before = saved_guests(db, meeting_id)
    r = add_guest(tab)
    tab.guest_table.item(r, 1).setText("ผู้สังเกตการณ์")
    assert not saved(tab)
    assert tab.message_label.text() == "บันทึกไม่สำเร็จ: ผู้เข้าร่วมประชุมลำดับที่ 3 — กรุณากรอกชื่อ-นามสกุล"
    assert tab.guest_table.currentRow() == r
    assert tab.guest_table.item(r, 1).text() == "ผู้สังเกตการณ์"
    assert saved_guests(db, meeting_id) == before


def test_revert_drops_the_input(open_tab):
    tab = open_tab()
    set_status(tab, 0, "absent")
    tab.revert_button.click()
    assert tab.status_combo(0).currentData() == "present"
    assert not tab.is_dirty()


def test_saving_without_changes_writes_nothing(db, meeting_id, open_tab):
    def versions():
        with db.session() as session:
            return ([e.attendance.version for e in attendance.roll(session, meeting_id)],
                    [g.version for g in attendance.guests_of(session, meeting_id)])

    before = versions()
    tab = open_tab()
    add_guest(tab)  # an empty row is not a change
    assert not tab.is_dirty()
    assert saved(tab)
    assert versions() == before
