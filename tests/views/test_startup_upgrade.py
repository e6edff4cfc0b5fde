"""`python main.py --db OLDER_FILE`: the upgrade of an older database runs on a worker thread before the window,
with a progress window after a moment; its Cancel stops the upgrade and leaves the file as it was."""

from __future__ import annotations

import gc
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

import app.gui
from app.cli import main as cli
from app.core import migrate
from app.core.db import Database
from app.core.migrate import MigrationCancelled
from tests.core.test_migrate import dump, old_database


@pytest.fixture
def slow_backup(monkeypatch):
    """A big file: its backup takes until the test lets it go; the threads that made backups are noted."""
    gate, threads, real = threading.Event(), [], migrate.backup_sqlite

    def backup(source):
        threads.append(threading.current_thread())
        assert gate.wait(20)
        return real(source)

    monkeypatch.setattr(migrate, "backup_sqlite", backup)
    return gate, threads


def progress_window() -> QProgressDialog | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QProgressDialog) and w.objectName() == "upgradingDatabase" and w.isVisible()), None)


def test_cancel_at_start_leaves_the_older_file_as_it_was(qtbot, tmp_path, slow_backup):
    gate, threads = slow_backup
    path = tmp_path / "registers.sqlite"
    old_database(str(path)).dispose()
    before = dump(path)
    seen = []

    def press_cancel_once_shown() -> None:
        shown = progress_window()
        if shown is None:
            QTimer.singleShot(20, press_cancel_once_shown)
            return
        seen.append(shown.labelText())
        QTest.mouseClick(shown.findChild(QPushButton), Qt.MouseButton.LeftButton)  # ยกเลิก
        gate.set()

    QTimer.singleShot(0, press_cancel_once_shown)
    db = Database(path)
    with pytest.raises(MigrationCancelled) as info:
        app.gui.upgrade_with_progress(db, None, "th")
    db.dispose()
    assert seen == ["กำลังปรับปรุงโครงสร้างฐานข้อมูลจากโปรแกรมรุ่นก่อน (สำรองข้อมูลเดิมไว้ก่อนปรับปรุง)…"]
    assert threads and threads[0] is not threading.main_thread()
    assert dump(path) == before
    assert info.value.message("th").startswith("ยกเลิกการปรับปรุงโครงสร้างฐานข้อมูลแล้ว ข้อมูลเดิมไม่ถูกแก้ไข")
    assert progress_window() is None


def test_the_gui_start_upgrades_an_older_file_off_the_main_thread(qtbot, tmp_path, monkeypatch, slow_backup):
    gate, threads = slow_backup
    gate.set()
    path = tmp_path / "registers.sqlite"
    old_database(str(path)).dispose()
    started, collecting = [], []
    monkeypatch.setattr(app.gui, "run_gui", lambda db, lang=None: started.append(migrate.current_revision(db)) or 0)
    monkeypatch.setattr(app.gui, "upgrade_with_progress", lambda *a, real=app.gui.upgrade_with_progress:
                        collecting.append(gc.isenabled()) or real(*a))
    assert cli.main(["--db", str(path)]) == 0
    assert started == [migrate.HEAD]
    assert collecting == [True]  # a long upgrade is no start to hurry: the collector runs during it
    assert gc.isenabled()  # and after main returns, for a caller in the same process
    assert threads and threads[0] is not threading.main_thread()
    assert len(list(tmp_path.glob("registers.backup-*.sqlite"))) == 1


def test_a_database_at_the_newest_revision_opens_without_a_worker(tmp_path, monkeypatch):
    path = tmp_path / "registers.sqlite"
    db = Database(path)
    migrate.upgrade(db)
    monkeypatch.setattr(migrate, "upgrade", lambda *a, **k: pytest.fail("nothing to upgrade"))
    assert app.gui.upgrade_with_progress(db, None, "th") is None
    db.dispose()
