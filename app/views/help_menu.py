"""Help menu → คู่มือการใช้งาน (the PDF user guide) and F1, which opens it at the current pane's section (from the
main window and from its dialogs and windows).

The guide is built into the per-user data folder on first use (a background task: about five seconds) and again
after an upgrade; the system's PDF viewer opens it with ``#page=N``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMessageBox

from app.paths import data_dir
from app.views.shared.tasks import run_task


def guide_folder() -> Path:
    return data_dir() / "guide"


def guide_file(lang: str) -> Path:
    return guide_folder() / f"guide-{lang}.pdf"


def guide_url(path: Path, page: int | None) -> QUrl:
    url = QUrl.fromLocalFile(str(path))
    if page:
        url.setFragment(f"page={page}")
    return url


class GuideOpener(QObject):
    """Opens the guide, building it first when it is missing or from another version."""

    def __init__(self, window, pane_keys: list[str]) -> None:
        super().__init__(window)
        self.window = window
        self.pane_keys = pane_keys
        self.building = False
        self._wanted: str | None = None

    def open(self, section: str | None = None) -> None:
        from app.guide import pdf as guide_pdf  # reportlab and the Thai typesetting: on first use, not at start

        path = guide_file(self.window.lang)
        pages = guide_pdf.read_pages(path)
        if pages is not None:
            QDesktopServices.openUrl(guide_url(path, pages.get(section or "")))
            return
        self._wanted = section
        if self.building:
            return
        self.building = True
        self.window.statusBar().showMessage(self.tr("กำลังสร้างคู่มือการใช้งาน…"))
        run_task(guide_pdf.write, path, self.window.lang, on_done=self._built, on_error=self._failed)

    def open_current(self) -> None:
        from app.guide.content import SECTION_OF_PANE  # the guide's text: when it is first asked for

        row = self.window.nav.currentRow()
        key = self.pane_keys[row] if 0 <= row < len(self.pane_keys) else ""
        self.open(SECTION_OF_PANE.get(key, "start"))

    def _built(self, _pages) -> None:
        self.building = False
        self.window.statusBar().clearMessage()
        self.open(self._wanted)

    def focus_moved(self, _old, now) -> None:
        """F1 in the window's own dialogs and windows too (a record form, the meeting window): the Help action's
        shortcut works only where the main window is active, so each such window gets its own, once, when focus
        first moves into it."""
        top = now.window() if now is not None else None
        if top is None or top is self.window or top.property("guideShortcut") or not self._ours(top):
            return
        top.setProperty("guideShortcut", True)
        QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), top).activated.connect(self.open_current)

    def _ours(self, widget) -> bool:
        while widget is not None and widget is not self.window:
            widget = widget.parentWidget()
        return widget is self.window

    def _failed(self, error: Exception) -> None:
        self.building = False
        self.window.statusBar().clearMessage()
        QMessageBox.warning(self.window, self.tr("สร้างคู่มือการใช้งานไม่สำเร็จ"), str(error))


def install(window, help_menu, pane_keys: list[str]) -> GuideOpener:
    """Add คู่มือการใช้งาน (F1: at the section of the pane shown, ``pane_keys`` in the order of the list)."""
    opener = GuideOpener(window, pane_keys)
    guide = QAction(QCoreApplication.translate("HelpMenu", "คู่มือการใช้งาน"), window)
    guide.setObjectName("guideAction")
    guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    guide.triggered.connect(lambda _checked=False: opener.open_current())
    help_menu.addAction(guide)
    QApplication.instance().focusChanged.connect(opener.focus_moved)
    window.guide_opener = opener
    return opener
