"""แฟ้ม → ฐานข้อมูลใหม่…, เปิดฐานข้อมูล…, ฐานข้อมูลที่เปิดล่าสุด: the window moves to another SQLite file.

A new database is made only here (or by ``--create``/``demo`` on the command line): opening a file that is not
there is an error with its path. The recent files are kept in QSettings, newest first."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from app.core import migrate
from app.core.db import Database, require_existing, sqlite_path
from app.core.errors import UserError
from app.views.shared import settings
from app.views.shared.tasks import delayed_progress, end_progress, run_task

RECENT_LIMIT = 8
FILE_FILTER = "SQLite (*.sqlite *.db);;*"
translate = QCoreApplication.translate
_windows: list = []  # the windows opened on another database (the first one is run_gui's)


def recent_files() -> list[str]:
    return [line for line in settings.RECENT_DATABASES.get().splitlines() if line]


def remember(db: Database) -> None:
    """The window's database goes first in the recent list (files only: a server is given by its URL)."""
    path = sqlite_path(db.url)
    if path is None:
        return
    files = [str(path), *(f for f in recent_files() if f != str(path))]
    settings.RECENT_DATABASES.set("\n".join(files[:RECENT_LIMIT]))


def install(window, menu: QMenu) -> None:
    """Add the three entries at the top of the window's file menu."""
    new = QAction(translate("DatabaseMenu", "ฐานข้อมูลใหม่…"), window)
    new.setObjectName("newDatabase")
    new.triggered.connect(lambda _checked=False: new_database(window))
    opening = QAction(translate("DatabaseMenu", "เปิดฐานข้อมูล…"), window)
    opening.setObjectName("openDatabase")
    opening.setShortcut(QKeySequence.StandardKey.Open)
    opening.triggered.connect(lambda _checked=False: open_database(window))
    recent = QMenu(translate("DatabaseMenu", "ฐานข้อมูลที่เปิดล่าสุด"), menu)
    recent.setObjectName("recentDatabases")
    recent.aboutToShow.connect(lambda: _fill_recent(window, recent))
    _fill_recent(window, recent)
    for action in (new, opening):
        menu.addAction(action)
    menu.addMenu(recent)
    menu.addSeparator()


def _fill_recent(window, recent: QMenu) -> None:
    recent.clear()
    current = str(sqlite_path(window.db.url) or "")
    for file in recent_files():
        if file == current or not Path(file).exists():
            continue
        action = recent.addAction(Path(file).name)
        action.setToolTip(file)
        action.setStatusTip(file)
        action.triggered.connect(lambda _checked=False, f=file: switch_to(window, Path(f), create=False))
    recent.setEnabled(bool(recent.actions()))


def _folder(window) -> str:
    path = sqlite_path(window.db.url)
    return str(path.parent) if path is not None else str(Path.home())


def new_database(window) -> None:
    suggested = str(Path(_folder(window)) / "smartcity.sqlite")
    name, _ = QFileDialog.getSaveFileName(window, translate("DatabaseMenu", "ฐานข้อมูลใหม่"), suggested, FILE_FILTER)
    if not name:
        return
    path = Path(name)
    if path.exists():  # never over an existing database: the file dialog's "replace?" is not enough
        QMessageBox.warning(window, translate("DatabaseMenu", "ฐานข้อมูลใหม่"),
                            translate("DatabaseMenu", "มีไฟล์ {path} อยู่แล้ว จึงไม่สร้างทับ ถ้าต้องการใช้ไฟล์นี้ ให้เลือก เปิดฐานข้อมูล…")
                            .format(path=path))
        return
    switch_to(window, path, create=True)


def open_database(window) -> None:
    name, _ = QFileDialog.getOpenFileName(window, translate("DatabaseMenu", "เปิดฐานข้อมูล"), _folder(window), FILE_FILTER)
    if name:
        switch_to(window, Path(name), create=False)


def open_file(path: Path, create: bool, stop: threading.Event | None = None) -> Database:
    """The database at ``path``, upgraded after a backup beside it; UserError when it is missing or unusable.
    ``stop`` set (Cancel): the upgrade stops and the file stays as it was (``MigrationCancelled``)."""
    if not create:
        require_existing(path)
    db = Database(path)
    try:
        db.check()
        migrate.upgrade(db, stop=stop)
    except UserError:
        db.dispose()
        raise
    return db


def switch_to(window, path: Path, create: bool) -> None:
    """A new main window on that database takes the place of this one (which closes as at quitting).

    The file is opened on the worker: an older one is backed up and upgraded first, which takes a while on a big
    register (tens of seconds at a thousand times the real size). A progress window says so after a moment, and
    its Cancel stops the upgrade; the file is then as it was and this window stays."""
    if window.property("openingDatabase"):  # one database at a time (Ctrl+O pressed again meanwhile)
        return
    stop = threading.Event()
    progress = delayed_progress(translate("DatabaseMenu", "กำลังเปิด {name} (ไฟล์จากโปรแกรมรุ่นก่อนจะสำรองข้อมูลไว้ก่อน "
                                                          "แล้วปรับปรุงโครงสร้าง)").format(name=path.name),
                                translate("DatabaseMenu", "ยกเลิก"), translate("DatabaseMenu", "เปิดฐานข้อมูล"),
                                "openingDatabase", stop, window)
    _busy(window, True)

    def finish() -> None:
        end_progress(progress)
        _busy(window, False)

    def opened(db: Database) -> None:
        finish()
        if stop.is_set():  # cancelled after the last step: keep to what the person asked, and say what was done
            db.dispose()
            window.statusBar().showMessage(translate("DatabaseMenu", "ไม่ได้เปิด {name} ตามที่ยกเลิก (ไฟล์ปรับปรุงโครงสร้าง"
                                                                     "เสร็จก่อนกดยกเลิก)").format(name=path.name), 15000)
            return
        _replace(window, db)

    def failed(error: Exception) -> None:
        finish()
        if not isinstance(error, UserError):
            raise error
        if isinstance(error, migrate.MigrationCancelled):
            window.statusBar().showMessage(error.message(window.lang), 15000)
            return
        QMessageBox.warning(window, translate("DatabaseMenu", "เปิดฐานข้อมูลไม่ได้"), error.message(window.lang))

    run_task(open_file, path, create, stop, on_done=opened, on_error=failed)


def _busy(window, busy: bool) -> None:
    """Nothing else is asked of the window while a database opens: its panes and menus are greyed (not the window
    itself, which would grey the progress window and its Cancel too)."""
    window.setProperty("openingDatabase", busy)
    for part in (window.centralWidget(), window.menuBar()):
        part.setEnabled(not busy)
    if busy:
        window.setCursor(Qt.CursorShape.WaitCursor)
    else:
        window.unsetCursor()


def _replace(window, db: Database) -> None:
    successor = type(window)(db, window.lang)  # a MainWindow (not imported here: it imports this module)
    successor.setGeometry(window.geometry())
    _windows.append(successor)
    successor.show()
    window.close()  # its scheduled backup still runs on its own database
    if window in _windows:
        _windows.remove(window)
