"""The meeting window shows certified minutes read-only, with a banner saying why, and follows the state live.

The sample meeting 1/2564 is "checked"; each test certifies its own copy (a database per test).
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QPlainTextEdit

from app.meetings import actions, meetings
from app.models import AgendaItem, Attendance, Guest, Meeting
from app.views.meetings.action_dialog import NewActionDialog
from app.views.meetings.meeting_window import MeetingWindow
from tests.views.conftest import press_ok

LOCKED_BY_CIRCULATION = ("รายงานการประชุมครั้งนี้รับรองแล้ว เมื่อ {date} จึงแก้ไขรายละเอียด ผู้เข้าประชุม และระเบียบวาระไม่ได้ "
                         "(งานที่มอบหมายยังเพิ่มและติดตามได้) หากต้องแก้ไข ให้กด “ยกเลิกการรับรอง” พร้อมระบุเหตุผล")
CERTIFIED = "รายงานการประชุมครั้งที่ 1/2564 รับรองแล้ว จึงแก้ไขไม่ได้ (ต้องยกเลิกการรับรองก่อน)"


def meeting_id(db) -> int:
    with db.session() as session:
        return session.query(Meeting).filter_by(number=1, year_be=2564).one().id


@pytest.fixture
def window(qtbot, db):
    widget = MeetingWindow(db, meeting_id(db))
    qtbot.addWidget(widget)
    widget.resize(1200, 820)
    widget.show()
    widget.errors = []
    widget.notify_error = widget.attendance.notify_error = widget.agenda.notify_error = widget.errors.append
    widget.agenda.confirm = lambda *_: True
    return widget


def certify_elsewhere(db) -> None:
    with db.session() as session:
        m = session.get(Meeting, meeting_id(db))
        meetings.set_state(session, m.id, "certified", m.version, certified_on=date(2021, 12, 1))


def table_rows(db) -> list:
    """Everything of the minutes that certification freezes."""
    with db.session() as session:
        m = session.get(Meeting, meeting_id(db))
        return [(m.version, m.place, m.state),
                [(i.id, i.version, i.parent_id, i.position, i.title, i.resolution, [c.id for c in i.cities])
                 for i in session.query(AgendaItem).order_by(AgendaItem.id)],
                [(a.id, a.version, a.status) for a in session.query(Attendance).order_by(Attendance.id)],
                [(g.id, g.version, g.name) for g in session.query(Guest).order_by(Guest.id)]]


def editable(widget) -> bool:
    """A field editor the user can change: text not read-only, a picker enabled."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return not widget.isReadOnly() and widget.isEnabled()
    line = getattr(widget, "line", None)
    if isinstance(line, QLineEdit):
        return not line.isReadOnly() and widget.button.isEnabled()
    return widget.isEnabled()


def assert_locked(window, locked: bool) -> None:
    details = window.details.editors
    assert window.locked_banner.isVisible() is locked
    assert window.save_button.isEnabled() is not locked
    assert window.uncertify_button.isEnabled() is locked
    assert all(editable(e) is not locked for e in details.values()), \
        {n: editable(e) for n, e in details.items()}
    tab = window.attendance
    assert all(tab.status_combo(r).isEnabled() is not locked for r in range(tab.table.rowCount()))
    assert all(tab.text_edit(r, "absence_reason").isReadOnly() is locked for r in range(tab.table.rowCount()))
    triggers = tab.guest_table.editTriggers()
    assert (triggers == QAbstractItemView.EditTrigger.NoEditTriggers) is locked
    assert tab.add_guest_button.isEnabled() is not locked
    agenda = window.agenda
    assert agenda.tree.acceptDrops() is not locked and agenda.tree.dragEnabled() is not locked
    assert (agenda.tree.dragDropMode() == QAbstractItemView.DragDropMode.NoDragDrop) is locked
    for button in (agenda.add_button, agenda.up_button, agenda.down_button, agenda.save_button):
        assert button.isEnabled() is not locked
    assert agenda.cities.isEnabled() is not locked
    for name in ("background", "proposal", "resolution"):
        assert agenda.editor.editors[name].isReadOnly() is locked
    assert agenda.editor.editors["item_type"].isEnabled() is not locked
    assert agenda.add_action_button.isEnabled() and agenda.remove_action_button.isEnabled()  # follow-up stays


def click(button) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def select_item(window, section: int, child: int) -> None:
    tree = window.agenda.tree
    tree.setCurrentItem(tree.topLevelItem(section).child(child))


def test_certifying_locks_the_window_live_and_cancelling_unlocks_it(qtbot, window, db):
    assert_locked(window, False)
    click(window.certify_button)  # no later meeting in the sample: certified today
    assert_locked(window, True)
    assert window.locked_banner.text() == LOCKED_BY_CIRCULATION.format(date=_today())
    select_item(window, 3, 1)  # an item: delete and the title stay locked too
    assert not window.agenda.delete_button.isEnabled()
    assert window.agenda.editor.editors["title"].isReadOnly()

    window.ask_reason = lambda: "   "
    click(window.uncertify_button)
    assert window.errors[-1].field_message("reason") == "กรุณาระบุเหตุผลที่ยกเลิกการรับรองรายงานการประชุม"
    assert_locked(window, True)
    window.ask_reason = lambda: None  # the user closed the dialog
    click(window.uncertify_button)

    window.ask_reason = lambda: "ต้องแก้ไขชื่อผู้เข้าร่วมประชุม"
    click(window.uncertify_button)
    assert_locked(window, False)
    assert window.agenda.delete_button.isEnabled() and not window.agenda.editor.editors["title"].isReadOnly()
    assert "ตรวจรายงานการประชุมแล้ว" in window.state_label.text()
    with db.session() as session:
        m = session.get(Meeting, meeting_id(db))
        assert (m.state, m.certified_on) == ("checked", None)
        assert m.notes.endswith("ยกเลิกการรับรองรายงานการประชุม (เดิมรับรองโดยแจ้งเวียนเมื่อ "
                                f"{_today()}): ต้องแก้ไขชื่อผู้เข้าร่วมประชุม")
    window.details.editors["place"].set_value("ห้องประชุมใหม่")  # editable again, and saved
    click(window.save_button)
    with db.session() as session:
        assert session.get(Meeting, meeting_id(db)).place == "ห้องประชุมใหม่"


def test_a_certified_meeting_opens_read_only_and_writes_nothing(qtbot, db):
    certify_elsewhere(db)
    before = table_rows(db)
    window = MeetingWindow(db, meeting_id(db))
    qtbot.addWidget(window)
    window.show()
    window.errors = []
    window.notify_error = window.agenda.notify_error = window.attendance.notify_error = window.errors.append
    assert_locked(window, True)
    assert window.locked_banner.text() == LOCKED_BY_CIRCULATION.format(date="1 ธ.ค. 2564")
    errors = len(window.errors)
    click(window.save_button)  # nothing to write
    assert len(window.errors) == errors
    assert not window.agenda.move(_item_id(window, 3, 1), _item_id(window, 3), 0)  # a drop: refused by the service
    assert window.errors[-1].message() == CERTIFIED
    assert table_rows(db) == before


def test_work_assigned_can_still_be_added_to_certified_minutes(qtbot, window, db):
    click(window.certify_button)
    select_item(window, 4, 0)
    tab = window.agenda
    before = tab.actions.rowCount()
    click(tab.add_action_button)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, NewActionDialog) and w.isVisible())
    dialog.editors["description"].set_value("จัดทำรายงานความก้าวหน้า")
    dialog.editors["agency"].set_value("สำนักงานส่งเสริมเศรษฐกิจดิจิทัล")
    with qtbot.waitSignal(dialog.created, timeout=5000):
        press_ok(qtbot, dialog)
    assert tab.actions.rowCount() == before + 1
    with db.session() as session:
        assert any(a.description == "จัดทำรายงานความก้าวหน้า" for a in actions.actions_of(session, tab.current_id))
        assert session.get(Meeting, meeting_id(db)).state == "certified"


def test_certified_from_elsewhere_while_open_refuses_the_save_and_locks(qtbot, window, db):
    window.details.editors["place"].set_value("ห้องที่พิมพ์ไว้")
    status = window.attendance.status_combo(0)
    status.setCurrentIndex(status.findData("absent"))
    certify_elsewhere(db)
    before = table_rows(db)
    click(window.save_button)
    assert window.errors[-1].message() == CERTIFIED
    assert_locked(window, True)
    assert window.details.editors["place"].value() != "ห้องที่พิมพ์ไว้"  # shows what is saved, as certified
    assert table_rows(db) == before


def _item_id(window, section: int, child: int | None = None) -> int:
    from app.views.meetings.agenda_tab import ID_ROLE

    item = window.agenda.tree.topLevelItem(section)
    return (item.child(child) if child is not None else item).data(0, ID_ROLE)


def _today() -> str:
    from app.core.thaidate import format_date

    return format_date(date.today())
