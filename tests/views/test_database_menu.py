"""แฟ้ม → ฐานข้อมูลใหม่…, เปิดฐานข้อมูล…, the recent databases, and the open database in the title (issue 12)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from app.core.db import Database
from app.core.migrate import current_revision, head_revision
from app.views import database_menu
from tests.core.test_migrate import old_database


@pytest.fixture(autouse=True)
def close_opened_windows():
    """The windows a test opened on other databases: closed and their files let go."""
    yield
    for other in list(database_menu._windows):
        other.close()
        other.db.dispose()
    database_menu._windows.clear()


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a, **k: shown.append((title, text)))
    return shown


def opened(qtbot, before=None):
    """The window the menu opened on another database (the file is opened on the worker)."""
    qtbot.waitUntil(lambda: bool(database_menu._windows) and database_menu._windows[-1] is not before, timeout=20000)
    successor = database_menu._windows[-1]
    qtbot.addWidget(successor)
    return successor


def action(window, name):
    from PySide6.QtGui import QAction

    return window.findChild(QAction, name)


def test_the_title_names_the_open_database(window):
    assert "registers.sqlite" in window.windowTitle()


def test_new_database_from_the_file_menu(qtbot, window, monkeypatch, tmp_path):
    target = tmp_path / "ใหม่" / "new.sqlite"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    action(window, "newDatabase").trigger()
    successor = opened(qtbot)
    assert successor.isVisible() and not window.isVisible()
    assert "new.sqlite" in successor.windowTitle() and "สาธิต" not in successor.windowTitle()
    db = Database(target)
    assert current_revision(db) == head_revision()
    db.dispose()
    recent = successor.findChild(QMenu, "recentDatabases")
    recent.aboutToShow.emit()
    assert [a.text() for a in recent.actions()] == ["registers.sqlite"]  # the one before; not the open one
    recent.actions()[0].trigger()  # back to the demo database
    back = opened(qtbot, successor)
    assert "registers.sqlite" in back.windowTitle() and not successor.isVisible()


def test_new_database_never_over_an_existing_file(window, monkeypatch, tmp_path, warnings):
    existing = tmp_path / "keep.sqlite"
    existing.write_bytes(b"precious")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(existing), ""))
    action(window, "newDatabase").trigger()
    assert existing.read_bytes() == b"precious" and window.isVisible()
    assert len(warnings) == 1 and str(existing) in warnings[0][1]


def test_opening_a_missing_file_is_an_error_with_its_path(qtbot, window, monkeypatch, tmp_path, warnings):
    missing = tmp_path / "no-such-folder" / "typo.sqlite"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(missing), ""))
    action(window, "openDatabase").trigger()
    qtbot.waitUntil(lambda: bool(warnings) and window.menuBar().isEnabled())
    assert window.isVisible() and database_menu._windows == []
    assert len(warnings) == 1 and str(missing) in warnings[0][1]
    assert not missing.parent.exists()


def test_open_an_existing_database(qtbot, window, monkeypatch, tmp_path):
    other = tmp_path / "other.sqlite"
    from app.core import migrate

    made = Database(other)
    migrate.upgrade(made)
    made.dispose()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    action(window, "openDatabase").trigger()
    successor = opened(qtbot)
    assert "other.sqlite" in successor.windowTitle()
    assert successor.db.display_name == str(other.resolve())


def test_the_gui_asks_before_making_a_missing_database(monkeypatch, tmp_path):
    """`python main.py --db TYPO`: a question with the path (default No); No leaves nothing behind."""
    import app.gui
    from app.cli import main as cli

    missing = tmp_path / "typo" / "x.sqlite"
    asked, shown = [], []
    monkeypatch.setattr(app.gui, "ask_create", lambda path, lang=None: asked.append(path) or False)
    monkeypatch.setattr(app.gui, "show_startup_error", lambda error, lang=None: shown.append(error.message(lang)))
    assert cli.main(["--db", str(missing)]) == 1
    assert asked == [missing] and str(missing) in shown[0]
    assert not missing.parent.exists()
    made = cli.open_database(str(missing), ask_create=lambda path: True)
    assert current_revision(made) == head_revision()
    made.dispose()


def test_an_older_database_is_upgraded_off_the_gui_thread_and_cancel_leaves_it_as_it_was(qtbot, window, monkeypatch,
                                                                                         tmp_path):
    import threading

    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from app.core import migrate

    path = tmp_path / "old.sqlite"
    old_database(str(path)).dispose()  # as the first version of the program left it, with cities
    before = path.read_bytes()
    gate, threads = threading.Event(), []
    real_backup = migrate.backup_sqlite

    def slow_backup(source):  # a big file: the backup takes a while, on the worker
        threads.append(threading.current_thread())
        assert gate.wait(20)
        return real_backup(source)

    monkeypatch.setattr(migrate, "backup_sqlite", slow_backup)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    action(window, "openDatabase").trigger()
    qtbot.waitUntil(lambda: (p := window.findChild(QProgressDialog, "openingDatabase")) is not None and p.isVisible())
    progress = window.findChild(QProgressDialog, "openingDatabase")
    assert "old.sqlite" in progress.labelText() and threads and threads[0] is not threading.main_thread()
    assert not window.centralWidget().isEnabled() and not window.menuBar().isEnabled()  # nothing else meanwhile
    action(window, "openDatabase").trigger()  # Ctrl+O again: ignored while the first opens
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)  # ยกเลิก
    gate.set()
    qtbot.waitUntil(lambda: window.menuBar().isEnabled(), timeout=20000)
    assert database_menu._windows == [] and window.isVisible()
    message = window.statusBar().currentMessage()
    assert message.startswith("ยกเลิกการปรับปรุงโครงสร้างฐานข้อมูลแล้ว ข้อมูลเดิมไม่ถูกแก้ไข")
    assert path.read_bytes() == before
    (kept,) = tmp_path.glob("old.backup-*.sqlite")  # the backup made before the Cancel is kept, and named
    assert str(kept) in message

    monkeypatch.setattr(migrate, "backup_sqlite", real_backup)  # again, not cancelled: upgraded, a backup beside it
    action(window, "openDatabase").trigger()
    successor = opened(qtbot)
    assert current_revision(successor.db) == head_revision()
    assert len(list(tmp_path.glob("old.backup-*.sqlite"))) == 2


def test_cancel_after_the_upgrade_finished_keeps_this_window_and_says_so(qtbot, window, monkeypatch, tmp_path):
    import threading

    from PySide6.QtWidgets import QProgressDialog, QPushButton

    path = tmp_path / "old.sqlite"
    old_database(str(path)).dispose()
    gate, real = threading.Event(), database_menu.open_file

    def finished_then_slow(*args):  # the upgrade is done; the worker has not answered yet when Cancel is pressed
        db = real(*args)
        assert gate.wait(20)
        return db

    monkeypatch.setattr(database_menu, "open_file", finished_then_slow)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    action(window, "openDatabase").trigger()
    qtbot.waitUntil(lambda: (p := window.findChild(QProgressDialog, "openingDatabase")) is not None and p.isVisible())
    qtbot.mouseClick(window.findChild(QProgressDialog, "openingDatabase").findChild(QPushButton),
                     Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: window.menuBar().isEnabled(), timeout=20000)
    assert database_menu._windows == [] and window.isVisible()
    assert window.statusBar().currentMessage() == ("ไม่ได้เปิด old.sqlite ตามที่ยกเลิก "
                                                   "(ไฟล์ปรับปรุงโครงสร้างเสร็จก่อนกดยกเลิก)")
    db = Database(path)
    assert current_revision(db) == head_revision()  # upgraded (its backup beside it), just not opened
    db.dispose()
