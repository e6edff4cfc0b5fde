"""แฟ้ม → ฐานข้อมูลใหม่…, เปิดฐานข้อมูล…, ฐานข้อมูลที่เปิดล่าสุด: the window moves to another SQLite file.

A new database is made only here (or by ``--create``/``demo`` on the command line): opening a file that is not
there is an error with its path. The recent files are kept in QSettings, newest first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox

from app.core import migrate
from app.core.db import Database, require_existing, sqlite_path
from app.core.errors import UserError
from app.views.shared import settings

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


def new_database(window) -> Database | None:
    suggested = str(Path(_folder(window)) / "smartcity.sqlite")
    name, _ = QFileDialog.getSaveFileName(window, translate("DatabaseMenu", "ฐานข้อมูลใหม่"), suggested, FILE_FILTER)
    if not name:
        return None
    path = Path(name)
    if path.exists():  # never over an existing database: the file dialog's "replace?" is not enough
        QMessageBox.warning(window, translate("DatabaseMenu", "ฐานข้อมูลใหม่"),
                            translate("DatabaseMenu", "มีไฟล์ {path} อยู่แล้ว จึงไม่สร้างทับ ถ้าต้องการใช้ไฟล์นี้ ให้เลือก เปิดฐานข้อมูล…")
                            .format(path=path))
        return None
    return switch_to(window, path, create=True)


def open_database(window) -> Database | None:
    name, _ = QFileDialog.getOpenFileName(window, translate("DatabaseMenu", "เปิดฐานข้อมูล"), _folder(window), FILE_FILTER)
    return switch_to(window, Path(name), create=False) if name else None


def open_file(path: Path, create: bool) -> Database:
    """The database at ``path``, upgraded after a backup beside it; UserError when it is missing or unusable."""
    if not create:
        require_existing(path)
    db = Database(path)
    try:
        db.check()
        migrate.upgrade(db)
    except UserError:
        db.dispose()
        raise
    return db


def switch_to(window, path: Path, create: bool) -> Database | None:
    """A new main window on that database takes the place of this one (which closes as at quitting)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        db = open_file(path, create)
    except UserError as error:
        QMessageBox.warning(window, translate("DatabaseMenu", "เปิดฐานข้อมูลไม่ได้"), error.message(window.lang))
        return None
    finally:
        QApplication.restoreOverrideCursor()
    successor = type(window)(db, window.lang)  # a MainWindow (not imported here: it imports this module)
    successor.setGeometry(window.geometry())
    _windows.append(successor)
    successor.show()
    window.close()  # its scheduled backup still runs on its own database
    if window in _windows:
        _windows.remove(window)
    return db
