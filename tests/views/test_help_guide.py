"""Help → คู่มือการใช้งาน and F1: the PDF guide opens at the section of the pane shown (built first if missing)."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from app.guide import pdf
from app.views import help_menu


@pytest.fixture(scope="module")
def built_guide(tmp_path_factory):
    path = tmp_path_factory.mktemp("built") / "guide-th.pdf"
    pages = pdf.write(path, "th")
    return path, pages


@pytest.fixture
def opened(monkeypatch, tmp_path):
    """The URLs handed to the system's PDF viewer; the guide kept in a temp folder."""
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url) or True))
    monkeypatch.setattr(help_menu, "guide_folder", lambda: tmp_path / "guide")
    return urls


def guide_in_place(built_guide, tmp_path) -> dict[str, int]:
    """The built guide copied where the app looks for it; its sections' pages."""
    source, pages = built_guide
    (tmp_path / "guide").mkdir()
    for path in (source, pdf.sidecar(source)):
        shutil.copy(path, tmp_path / "guide" / path.name)
    return pages


def test_f1_opens_the_guide_at_the_current_panes_section(qtbot, window, opened, built_guide, tmp_path):
    pages = guide_in_place(built_guide, tmp_path)
    window.show_pane("certificates")
    qtbot.keyClick(window.current_pane(), Qt.Key.Key_F1)
    assert len(opened) == 1
    assert opened[0].toLocalFile() == str(tmp_path / "guide" / "guide-th.pdf")
    assert opened[0].fragment() == f"page={pages['certificates']}"
    window.show_pane("meetings")
    qtbot.keyClick(window.current_pane(), Qt.Key.Key_F1)
    assert opened[1].fragment() == f"page={pages['meeting']}"


def test_help_menu_builds_the_missing_guide_in_the_background(qtbot, window, opened, tmp_path):
    action = window.findChild(type(window.undo_action), "guideAction")
    assert action.text() == "คู่มือการใช้งาน" and action.shortcut().toString() == "F1"
    action.trigger()
    assert window.statusBar().currentMessage() == "กำลังสร้างคู่มือการใช้งาน…" and opened == []
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=60000)
    assert (tmp_path / "guide" / "guide-th.pdf").exists()
    assert opened[0].fragment() == f"page={pdf.read_pages(tmp_path / 'guide' / 'guide-th.pdf')['registers']}"


def test_f1_in_a_record_form_opens_the_guide_too(qtbot, window, opened, built_guide, tmp_path):
    """A form is a dialog of its own: F1 there opens the guide at its pane's section, as in the main window."""
    from PySide6.QtWidgets import QApplication

    pages = guide_in_place(built_guide, tmp_path)
    window.show_pane("zones")
    window.current_pane().add_action.trigger()
    form = QApplication.activeModalWidget()
    assert form is window.current_pane().form
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is form)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
    assert [url.fragment() for url in opened] == [f"page={pages['registers']}"]
    form.reject()
