"""Offline work through the File menu: take a copy out (meetings chosen in the dialog), send its changes from the
copy's window, receive them on the server with the conflict dialog driven by clicks on its real buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog
from sqlalchemy import select

from app.core.db import Database
from app.models import City
from app.views.main_window import MainWindow
from app.views.sync.conflict_dialog import ConflictDialog
from app.views.sync.menu import MeetingChoice
from tests.sync.helpers import edit, load
from tests.views.conftest import with_features


def action(win, name: str):
    return next(a for a in win.file_menu.actions() if a.objectName() == name)


def when_shown(kind, act, qtbot) -> list:
    """Run ``act(dialog)`` once a modal dialog of ``kind`` is up (it runs its own event loop)."""
    seen: list = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            seen.append(dialog)
            act(dialog)
        else:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)
    return seen


def _first_city(db) -> int:
    with db.session() as s:
        return s.scalars(select(City.id).order_by(City.id)).first()


def test_take_offline_send_and_settle_a_conflict(qtbot, db, tmp_path, monkeypatch):
    server = MainWindow(db)
    qtbot.addWidget(server)
    with_features(qtbot, server)
    server.show()
    assert not action(server, "sendChanges").isVisible() and action(server, "takeOffline").isVisible()
    copy = tmp_path / "laptop.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))

    def only_first_meeting(dialog: MeetingChoice) -> None:
        for n in range(1, dialog.list.count()):
            dialog.list.item(n).setCheckState(Qt.CheckState.Unchecked)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    when_shown(MeetingChoice, only_first_meeting, qtbot)
    action(server, "takeOffline").trigger()
    qtbot.waitUntil(lambda: "นำข้อมูลออกแล้ว" in server.statusBar().currentMessage(), timeout=20000)

    laptop_db = Database(copy)
    city = _first_city(laptop_db)
    edit(laptop_db, "cities", city, name_en="Named on the laptop", notes="จากเครื่องพกพา")
    edit(db, "cities", city, name_en="Named at the office")
    laptop = MainWindow(laptop_db)
    qtbot.addWidget(laptop)
    with_features(qtbot, laptop)
    laptop.show()
    assert action(laptop, "sendChanges").isVisible() and not action(laptop, "takeOffline").isVisible()
    package = tmp_path / "changes.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(package), ""))
    action(laptop, "sendChanges").trigger()
    qtbot.waitUntil(lambda: "บันทึกชุดการเปลี่ยนแปลงแล้ว" in laptop.statusBar().currentMessage(), timeout=20000)

    checked: list[bool] = []

    def settle(dialog: ConflictDialog) -> None:
        assert dialog.table.rowCount() == 1
        assert dialog.table.item(0, 2).text() == "Named at the office"
        assert dialog.table.item(0, 3).text() == "Named on the laptop"
        checked.append(dialog.ok.isEnabled())  # nothing chosen yet: nothing can be written
        qtbot.mouseClick(dialog.button(0, "laptop"), Qt.MouseButton.LeftButton)
        checked.append(dialog.ok.isEnabled())
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(package), ""))
    when_shown(ConflictDialog, settle, qtbot)
    action(server, "receiveChanges").trigger()
    qtbot.waitUntil(lambda: "นำเข้าการเปลี่ยนแปลงแล้ว" in server.statusBar().currentMessage(), timeout=20000)
    assert checked == [False, True]
    values = load(db, "cities", city)
    assert (values["name_en"], values["notes"]) == ("Named on the laptop", "จากเครื่องพกพา")
    laptop.close()
    laptop_db.dispose()


def test_cancelled_conflicts_write_nothing(qtbot, db, tmp_path, monkeypatch):
    from app.sync import checkout, package

    copy = tmp_path / "laptop.sqlite"
    checkout.checkout(db, copy)
    laptop_db = Database(copy)
    city = _first_city(db)
    edit(laptop_db, "cities", city, name_en="Laptop")
    edit(db, "cities", city, name_en="Office")
    package.export_changes(laptop_db, tmp_path / "changes.zip")
    server = MainWindow(db)
    qtbot.addWidget(server)
    with_features(qtbot, server)
    server.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "changes.zip"), ""))

    def cancel(dialog: ConflictDialog) -> None:
        qtbot.mouseClick(dialog.all_server, Qt.MouseButton.LeftButton)
        assert dialog.ok.isEnabled()
        cancel_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)

    seen = when_shown(ConflictDialog, cancel, qtbot)
    action(server, "receiveChanges").trigger()
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible(), timeout=20000)
    assert load(db, "cities", city)["name_en"] == "Office"
    laptop_db.dispose()


def test_take_offline_without_personal_data(qtbot, db, make_record, tmp_path, monkeypatch):
    from app.models import Disclosure

    make_record("ambassadors", 1)
    server = MainWindow(db)
    qtbot.addWidget(server)
    with_features(qtbot, server)
    server.show()
    copy = tmp_path / "laptop.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))

    def leave_people_behind(dialog: MeetingChoice) -> None:
        qtbot.mouseClick(dialog.without_personal, Qt.MouseButton.LeftButton)
        assert dialog.without_personal.isChecked()
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    when_shown(MeetingChoice, leave_people_behind, qtbot)
    action(server, "takeOffline").trigger()
    qtbot.waitUntil(lambda: "นำข้อมูลออกแล้ว" in server.statusBar().currentMessage(), timeout=20000)
    laptop = Database(copy)
    assert not load(laptop, "ambassadors", 1)["full_name"]
    laptop.dispose()
    with db.session() as s:
        assert s.scalars(select(Disclosure)).first() is None


def test_a_package_breaking_the_rules_is_refused_with_its_message(qtbot, db, tmp_path, monkeypatch):
    from app.sync import checkout, package
    from app.views.sync import menu

    copy = tmp_path / "laptop.sqlite"
    checkout.checkout(db, copy)
    laptop_db = Database(copy)
    city = _first_city(db)
    edit(laptop_db, "cities", city, website="https://example.org/laptop")
    made = package.export_changes(laptop_db, tmp_path / "changes.zip")
    next(c for c in made.changes if c.table == "city").fields["website"][1] = "ไม่ใช่เว็บไซต์"  # edited by hand
    package.write(made, tmp_path / "changes.zip")
    before = load(db, "cities", city)["website"]
    shown: list = []
    monkeypatch.setattr(menu.QMessageBox, "warning", lambda _parent, _title, text, *a, **k: shown.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "changes.zip"), ""))
    server = MainWindow(db)
    qtbot.addWidget(server)
    with_features(qtbot, server)
    server.show()
    action(server, "receiveChanges").trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert f"พื้นที่เมืองอัจฉริยะ รายการ {city} ช่อง เว็บไซต์" in shown[0] and "http://" in shown[0]
    assert load(db, "cities", city)["website"] == before
    laptop_db.dispose()
