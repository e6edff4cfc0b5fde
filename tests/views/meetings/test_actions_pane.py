"""The follow-up pane: the sample depa action item, filters, Thai sorting, the edit dialog, undo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from app.core.errors import StaleRecord
from app.meetings import actions, agenda
from app.models import ActionItem, Meeting
from app.sample.meetings import DEPA
from app.views.meetings.actions_pane import ID_ROLE, ActionsPane
from app.views.meetings.actions_table import (
    COLUMNS,
    OVERDUE_COLOUR,
    SORT_ROLE,
    UNFINISHED,
    ActionFilterProxy,
    ActionTableModel,
)
from tests.views.conftest import press_cancel, press_ok

MEETING = "คณะกรรมการฯ ครั้งที่ 1/2564"
COLUMN = {name: i for i, name in enumerate(COLUMNS)}


@pytest.fixture
def open_pane(qtbot, db):
    def make() -> ActionsPane:
        pane = ActionsPane(db)
        qtbot.addWidget(pane)
        pane.resize(1366, 700)
        pane.show()
        with qtbot.waitSignal(pane.loaded, timeout=10000):
            pane.reload()
        pane.errors = []
        pane.notify_error = pane.errors.append
        return pane

    return make


def reload(qtbot, pane: ActionsPane) -> None:
    with qtbot.waitSignal(pane.loaded, timeout=10000):
        pane.reload()


def shown(pane: ActionsPane, column: str) -> list[str]:
    return [pane.proxy.index(r, COLUMN[column]).data() for r in range(pane.proxy.rowCount())]


def depa_id(db) -> int:
    with db.session() as session:
        return session.scalar(select(ActionItem.id).where(ActionItem.agency == DEPA))


def stored(db, action_id: int) -> ActionItem:
    with db.session() as session:
        return session.get(ActionItem, action_id)


def add_actions(db, *rows: dict) -> None:
    """More action items under 5.1 of meeting 1/2564."""
    with db.session() as session:
        meeting_id = session.scalar(select(Meeting.id).where(Meeting.number == 1, Meeting.year_be == 2564))
        item = agenda.section(session, meeting_id, 5).children[0]
        for values in rows:
            actions.add_action(session, item.id, values)


def test_the_sample_depa_action_item_is_listed(qtbot, db, open_pane):
    pane = open_pane()
    assert pane.model.rowCount() == 1
    assert shown(pane, "meeting") == [MEETING]
    assert shown(pane, "item") == ["4.6 การพัฒนาความร่วมมือระดับภูมิภาคผ่านเครือข่ายเมืองอัจฉริยะอาเซียน "
                                   "(ASEAN Smart Cities Network: ASCN)"]
    assert shown(pane, "agency") == [DEPA]
    assert shown(pane, "status") == ["อยู่ระหว่างดำเนินการ"]
    assert shown(pane, "progress") == ["ดำเนินการต่อเนื่อง (ตัวอย่าง)"]
    assert pane.proxy.index(0, 0).data(ID_ROLE) == depa_id(db)
    headers = [pane.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    assert headers == ["การประชุม", "ระเบียบวาระ", "งานที่มอบหมาย", "หน่วยงานที่รับผิดชอบ", "กำหนดเสร็จ", "สถานะ",
                       "เกินกำหนด / ปิดงาน", "ความก้าวหน้า"]
    with qtbot.waitSignal(pane.counts_changed) as blocker:
        pane.emit_counts()
    assert blocker.args == [1, 1]
    assert (pane.key, pane.title_th, pane.title_en) == ("actions", "ติดตามมติที่ประชุม", "Action items")


def test_filters_by_agency_status_overdue_and_committee(qtbot, db, open_pane):
    action_id = depa_id(db)
    with db.session() as session:  # make the depa item overdue
        action = session.get(ActionItem, action_id)
        actions.update_action(session, action_id, {"due_on": date.today() - timedelta(days=10)}, action.version)
    add_actions(db, {"description": "เสนอแผนงานต่อคณะรัฐมนตรี", "agency": "สำนักงบประมาณ", "status": "open",
                     "due_on": date.today() + timedelta(days=30)},
                {"description": "ส่งรายงานสรุป", "agency": "กระทรวงมหาดไทย", "status": "done",
                 "due_on": date.today() - timedelta(days=40)})
    pane = open_pane()
    assert pane.model.rowCount() == 3
    counts = []
    pane.counts_changed.connect(lambda a, b: counts.append((a, b)))

    pane.agency_filter.setText("DEPA")  # part of the name, any case
    assert shown(pane, "agency") == [DEPA]
    assert counts[-1] == (1, 3)
    pane.agency_filter.setText("กระทรวง")
    assert shown(pane, "agency") == ["กระทรวงมหาดไทย"]
    pane.agency_filter.clear()

    status = pane.status_filter
    status.setCurrentIndex(status.findData(UNFINISHED))
    assert sorted(shown(pane, "agency")) == sorted([DEPA, "สำนักงบประมาณ"])
    status.setCurrentIndex(status.findData("done"))
    assert shown(pane, "agency") == ["กระทรวงมหาดไทย"]
    assert shown(pane, "overdue")[0] != ""  # closed: its closing date, not overdue
    assert "เกินกำหนด" not in shown(pane, "overdue")[0]
    status.setCurrentIndex(0)

    pane.overdue_filter.setChecked(True)  # the done item is past its date too, but closed
    assert shown(pane, "agency") == [DEPA]
    assert shown(pane, "overdue") == ["เกินกำหนด 10 วัน"]
    assert pane.proxy.index(0, COLUMN["agency"]).data(Qt.ItemDataRole.ForegroundRole).color().name() == OVERDUE_COLOUR
    pane.overdue_filter.setChecked(False)

    committee = pane.committee_filter
    committee.setCurrentIndex(committee.findText("คณะอนุกรรมการฯ"))
    assert pane.proxy.rowCount() == 0
    assert counts[-1] == (0, 3)
    committee.setCurrentIndex(committee.findText("คณะกรรมการฯ"))
    assert pane.proxy.rowCount() == 3
    reload(qtbot, pane)  # the chosen committee survives a reload
    assert committee.currentText() == "คณะกรรมการฯ" and pane.proxy.rowCount() == 3


def test_text_columns_sort_in_thai_dictionary_order(qtbot, db, open_pane):
    words = ["ยะลา", "แม่เมาะ", "กา", "ไก่", "เชียงใหม่", "ขอนแก่น", "ภูเก็ต", "เกม"]
    add_actions(db, *({"description": f"งาน {w}", "agency": w} for w in words))
    pane = open_pane()
    pane.table.sortByColumn(COLUMN["agency"], Qt.SortOrder.AscendingOrder)
    agencies = [a for a in shown(pane, "agency") if a != DEPA]
    assert agencies == ["กา", "เกม", "ไก่", "ขอนแก่น", "เชียงใหม่", "ภูเก็ต", "แม่เมาะ", "ยะลา"]
    pane.table.sortByColumn(COLUMN["agency"], Qt.SortOrder.DescendingOrder)
    assert [a for a in shown(pane, "agency") if a != DEPA] == agencies[::-1]


def test_editing_the_status_persists_and_undo_restores_it(qtbot, db, open_pane):
    pane = open_pane()
    action_id = depa_id(db)
    assert pane.select_id(action_id)
    pane.edit_action.trigger()
    dialog = pane.form
    assert dialog.editors["status"].value() == "in_progress"
    dialog.editors["status"].set_value("done")
    dialog.editors["progress"].set_value("จัดกิจกรรมครบทุกภาคแล้ว")
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = stored(db, action_id)
    assert (saved.status, saved.closed_on, saved.progress) == ("done", date.today(), "จัดกิจกรรมครบทุกภาคแล้ว")
    assert shown(pane, "status") == ["ดำเนินการแล้วเสร็จ"]
    assert pane.undo_stack.count() == 1

    pane.undo_stack.undo()
    restored = stored(db, action_id)
    assert (restored.status, restored.closed_on, restored.progress) == ("in_progress", None,
                                                                         "ดำเนินการต่อเนื่อง (ตัวอย่าง)")
    assert shown(pane, "status") == ["อยู่ระหว่างดำเนินการ"]
    pane.undo_stack.redo()
    assert stored(db, action_id).status == "done"
    assert pane.errors == []


def test_a_due_date_is_edited_and_an_invalid_one_is_refused_beside_the_field(qtbot, db, open_pane):
    pane = open_pane()
    action_id = depa_id(db)
    pane.select_id(action_id)
    pane.edit_action.trigger()
    dialog = pane.form
    dialog.editors["due_on"].set_value("31/2/2564")
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors["due_on"].isVisible()
    assert dialog.errors["due_on"].text() == "วันที่ไม่ถูกต้อง (พิมพ์เช่น 5/11/2564)"
    assert dialog.editors["due_on"].line.text() == "31/2/2564"
    assert stored(db, action_id).due_on is None and pane.undo_stack.count() == 0
    dialog.editors["due_on"].set_value("30/9/2568")
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert stored(db, action_id).due_on == date(2025, 9, 30)
    assert shown(pane, "due_on") == ["30 ก.ย. 2568"]


def test_a_stale_save_shows_the_thai_message_and_keeps_the_input(qtbot, db, open_pane):
    pane = open_pane()
    action_id = depa_id(db)
    pane.select_id(action_id)
    pane.edit_action.trigger()
    dialog = pane.form
    dialog.editors["progress"].set_value("ข้อความของฉัน")
    with db.session() as session:  # another workstation saves first
        other = session.get(ActionItem, action_id)
        actions.update_action(session, action_id, {"progress": "ของเครื่องอื่น"}, other.version)
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.banner.isVisible() and dialog.banner.text() == StaleRecord().message()
    assert dialog.editors["progress"].value() == "ข้อความของฉัน"
    assert stored(db, action_id).progress == "ของเครื่องอื่น"
    assert pane.undo_stack.count() == 0
    press_cancel(qtbot, dialog)


def test_enter_opens_the_edit_dialog_and_the_header_state_is_kept(qtbot, db, open_pane, settle):
    pane = open_pane()
    pane.select_id(depa_id(db))
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    settle()
    assert pane.form is not None and pane.form.isVisible()
    press_cancel(qtbot, pane.form)
    pane.table.sortByColumn(COLUMN["due_on"], Qt.SortOrder.DescendingOrder)
    pane.save_state()
    again = open_pane()
    header = again.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (COLUMN["due_on"],
                                                                           Qt.SortOrder.DescendingOrder)


def test_model_and_proxy_pass_the_model_tester(qtmodeltester, db, open_pane):
    add_actions(db, {"description": "งานที่สอง", "agency": "กระทรวงมหาดไทย", "due_on": date(2020, 1, 1)})
    pane = open_pane()
    model = ActionTableModel()
    model.set_rows([pane.model.row_at(r) for r in range(pane.model.rowCount())])
    qtmodeltester.check(model, force_py=True)
    assert isinstance(model.index(0, COLUMN["agency"]).data(SORT_ROLE), int)
    proxy = ActionFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(COLUMN["agency"], Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_filter(agency="มหาดไทย", overdue=True)
    assert proxy.rowCount() == 1
    qtmodeltester.check(proxy, force_py=True)
