"""The History window and the accountability actions, driven through their real menu actions and buttons."""

from __future__ import annotations

import uuid

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMenu, QMessageBox, QPushButton
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from app.access import roles, users
from app.certificates import signing
from app.core import migrate
from app.core.db import Database
from app.models import Ambassador
from app.views.audit.history_window import HistoryWindow
from app.views.main_window import MainWindow
from app.views.shared import settings
from tests.views.conftest import with_features


@pytest.fixture
def window(qtbot, db):
    win = MainWindow(db)
    qtbot.addWidget(win)
    with_features(qtbot, win)
    win.show()
    return win


def action(win, name: str):
    return next(a for a in win.file_menu.actions() if a.objectName() == name)


def history_window() -> HistoryWindow:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, HistoryWindow) and w.isVisible())


def test_history_opens_from_the_menu_and_filters(window, qtbot, tmp_path, monkeypatch):
    action(window, "history").trigger()
    history = history_window()
    qtbot.addWidget(history)
    model = history.model
    assert model.rowCount() > 0 and model.index(0, 1).data()  # newest first, with who
    assert action(window, "history").shortcut().toString() == "Ctrl+Shift+H"
    history.register.setCurrentIndex(history.register.findData("ambassador"))
    assert {e.table for e in model.entries} == {"ambassador"}
    qtbot.keyClicks(history.record, "2")
    qtbot.keyClick(history.record, Qt.Key.Key_Return)
    assert {e.record_id for e in model.entries} == {"2"}
    qtbot.keyClicks(history.since, "31/02/2567")
    qtbot.keyClick(history.since, Qt.Key.Key_Return)
    assert "วันที่ไม่ถูกต้อง" in history.message.text()
    history.since.clear()
    qtbot.keyClick(history.since, Qt.Key.Key_Return)
    target = tmp_path / "history.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(history.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "บันทึกแล้ว" in history.message.text(), timeout=10000)
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert any("นักส่งเสริมดิจิทัลพัฒนาเมือง #2" in row for row in rows)
    history.close()


def test_a_records_own_history_from_its_pane(window, qtbot):
    pane = window.pane("zones")
    with qtbot.waitSignal(pane.loaded, timeout=10000):
        window.show_pane("zones")
    pane.table.selectRow(0)
    [own] = [a for a in pane.findChildren(QAction) if a.objectName() == "recordHistory"]
    own.trigger()
    history = history_window()
    qtbot.addWidget(history)
    assert history.register.currentData() == "promotion_zone"
    assert {e.record_id for e in history.model.entries} == {str(pane.selected_ids()[0])}
    history.close()


def test_the_trail_pages_as_it_scrolls(db, qtbot):
    """The model reads one page at a time (bench/history_bench.py measures a million entries)."""
    history = HistoryWindow(db, "th")
    qtbot.addWidget(history)
    with db.session() as s:
        total = s.execute(text("SELECT count(*) FROM audit_log")).scalar()
    assert len(history.model.entries) == min(total, 100)  # one page
    history.model.page_size = 5
    history.apply()
    assert history.model.rowCount() == 5 and history.model.canFetchMore()
    history.view.scrollToBottom()
    while history.model.canFetchMore():
        history.model.fetchMore()
    assert history.model.rowCount() == total


def test_backup_restore_and_the_scheduled_backup_at_close(window, qtbot, db, tmp_path, monkeypatch):
    target = tmp_path / "copy.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    action(window, "backupNow").trigger()
    qtbot.waitUntil(lambda: "สำรองข้อมูลแล้ว" in window.statusBar().currentMessage(), timeout=10000)
    assert target.stat().st_mode & 0o777 == 0o600
    with db.session() as s:
        partnerships = s.execute(text("SELECT count(*) FROM ascn_partnership")).scalar()
        s.execute(text("DELETE FROM ascn_partnership"))
    assert partnerships > 0
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    action(window, "restoreBackup").trigger()
    qtbot.waitUntil(lambda: "กู้คืนแล้ว" in window.statusBar().currentMessage(), timeout=10000)
    with db.session() as s:
        assert s.execute(text("SELECT count(*) FROM ascn_partnership")).scalar() == partnerships
    folder = tmp_path / "share"

    def fill(dialog):
        dialog.enabled.setChecked(True)
        dialog.folder.setText(str(folder))
        dialog.keep.setValue(3)
        dialog.accept()

    monkeypatch.setattr(QDialog, "open", lambda self: fill(self))
    action(window, "backupSchedule").trigger()
    assert settings.BACKUP_ENABLED.get() and settings.BACKUP_FOLDER.get() == str(folder)
    window.close()
    assert len(list(folder.glob("*-auto-*.sqlite"))) == 1


def test_unlock_the_signing_key_and_the_personal_data_report(window, qtbot, db, tmp_path, monkeypatch):
    key = tmp_path / "key.pem"
    made = signing.generate(key, "passphrase long")
    signing.use(None)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(key), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("passphrase long", True))
    action(window, "unlockSigningKey").trigger()
    assert signing.key_id(signing.active().public) == signing.key_id(made.public)
    action(window, "personalData").trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "personalData" and w.isVisible())
    with db.session() as s:
        person = s.scalars(select(Ambassador).order_by(Ambassador.id)).first()
        name = person.full_name
    dialog.search.setText(name)  # Thai text: QTest types ASCII only
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    dialog.people.setCurrentRow(0)
    assert name in dialog.report.toPlainText()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("เจ้าของข้อมูลขอให้ลบ", True))
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert "ลบข้อมูลส่วนบุคคลแล้ว" in dialog.report.toPlainText()
    with db.session() as s:
        assert s.scalars(select(Ambassador).where(Ambassador.full_name == name)).first() is None
    dialog.close()


@pytest.mark.postgresql
def test_a_viewer_does_not_see_what_it_may_not_do(qtbot, pg_url):
    admin = Database(pg_url)
    migrate.upgrade(admin)
    name = f"u{uuid.uuid4().hex[:12]}_viewer"
    users.add(admin, name, "viewer")
    viewer = Database(make_url(pg_url).set(username=name).render_as_string(hide_password=False))
    try:
        win = MainWindow(viewer)
        qtbot.addWidget(win)
        first = win.current_pane()  # its limits apply as it is made, before the features come
        assert win.role == "viewer" and not first.add_action.isVisible() and not first.delete_action.isVisible()
        with_features(qtbot, win)
        assert not action(win, "restoreBackup").isVisible() and not action(win, "personalData").isVisible()
        assert action(win, "history").isVisible()
        excel = win.file_menu.findChild(QMenu, "excelMenu")
        assert [a.isVisible() for a in excel.actions() if a.menu() is not None] == [False]  # no imports
        pane = win.show_pane("cities")
        assert not pane.add_action.isVisible() and not pane.delete_action.isVisible()
        win.close()
    finally:
        viewer.dispose()
        with admin.engine.begin() as conn:
            conn.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
            roles.drop_groups(conn)
        admin.dispose()


def test_an_export_with_personal_data_from_the_window_is_recorded(window, qtbot, db, tmp_path):
    from app.audit import disclosure

    pane = window.show_pane("ambassadors")
    qtbot.waitUntil(lambda: not pane._loading and pane.model.rowCount() > 0, timeout=10000)
    dialog = window.excel.export_register(pane)
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        dialog.start(tmp_path / "without.xlsx")
    with db.session() as s:
        assert disclosure.recent(s) == []
    dialog = window.excel.export_register(pane)
    dialog.personal.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        dialog.start(tmp_path / "with.xlsx")
    with db.session() as s:
        [row] = disclosure.recent(s)
    assert (row.kind, row.registers, row.target) == ("export", "ambassadors", str(tmp_path / "with.xlsx"))
    assert row.people == pane.proxy.rowCount() and "ambassadors.email" in row.fields
    assert (tmp_path / "with.xlsx").stat().st_mode & 0o777 == 0o600


def test_a_records_own_history_from_its_form(window, qtbot):
    """Issue 15: a record's own history opens from its form (the button beside Save), for that record alone."""
    pane = window.show_pane("cities")  # the first pane: loaded already, or still loading
    qtbot.waitUntil(lambda: not pane._loading and pane.model.rowCount() > 0, timeout=10000)
    pane.table.selectRow(0)
    record_id = pane.selected_ids()[0]
    pane.edit_action.trigger()
    form = pane.form
    button = form.findChild(QPushButton, "formHistory")
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    history = history_window()
    qtbot.addWidget(history)
    assert history.register.currentData() == "city"
    assert {e.record_id for e in history.model.entries} == {str(record_id)}
    assert form.isVisible()  # the form stays open with what was typed
    history.close()
    form.reject()
