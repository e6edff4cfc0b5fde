"""Every command once, the way a user gives it: each enabled action of the main window's menus, of every pane, of
the meeting window and of the certificate dialogs is triggered (buttons clicked) on the demo database, and nothing
raises. Dialogs the commands open are closed by a timer (Cancel, No, the Escape button), as a user who changes
their mind would. A slot that receives the ``checked`` flag of ``triggered``/``clicked`` in place of its own
argument fails here (issue 12: the Certificates pane's issue button)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCalendarWidget,
    QDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QWidget,
)

from app.views.main_window import PANE_KEYS
from app.views.shared import tasks


class ModalCloser:
    """Closes whatever modal window opens (and any other new top-level window after each command)."""

    def __init__(self) -> None:
        self.keep: set[int] = set()  # windows under test: left open
        self.closed: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(30)
        self.timer.timeout.connect(self.close_modal)
        self.timer.start()

    def close_modal(self) -> None:
        widget = QApplication.activeModalWidget() or QApplication.activePopupWidget()
        if widget is None or id(widget) in self.keep:
            return
        self.closed.append(f"{type(widget).__name__}: {widget.windowTitle()}")
        close(widget)

    def close_new_windows(self, before: set[int]) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and id(widget) not in before and id(widget) not in self.keep:
                close(widget)


def close(widget: QWidget) -> None:
    if isinstance(widget, QMessageBox):
        button = widget.escapeButton() or widget.defaultButton()
        if button is not None:
            button.click()
            return
    if isinstance(widget, QMenu):
        widget.hide()
    elif isinstance(widget, QDialog):
        widget.reject()
    else:
        widget.close()


@pytest.fixture
def closer() -> Iterator[ModalCloser]:
    closer = ModalCloser()
    yield closer
    closer.timer.stop()


def wait_idle(qtbot, settle, before: set) -> None:
    """Until the work the command started off the GUI thread has ended (earlier tests' leftovers aside)."""
    settle(60)
    qtbot.waitUntil(lambda: not (tasks._running - before), timeout=20000)
    settle(30)


def run_each(qtbot, settle, closer: ModalCloser, commands: list[tuple[str, object]]) -> list[str]:
    """Trigger actions / click buttons one by one; the exceptions raised in slots, by command."""
    failures = []
    for name, command in commands:
        enabled = command.isEnabled() and (command.isVisible() if isinstance(command, QAction) else True)
        if not enabled:
            continue
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        running = set(tasks._running)
        with qtbot.captureExceptions() as exceptions:
            command.trigger() if isinstance(command, QAction) else command.click()
            wait_idle(qtbot, settle, running)
            closer.close_new_windows(before)
            settle(20)
        failures += [f"{name}: {exc!r}" for _type, exc, _tb in exceptions]
    return failures


def menu_actions(menu: QMenu, path: str = "") -> list[tuple[str, QAction]]:
    found = []
    for action in menu.actions():
        label = f"{path}/{action.text()}"
        if action.menu() is not None:
            found += menu_actions(action.menu(), label)
        elif not action.isSeparator():
            found.append((label, action))
    return found


def pane_actions(pane: QWidget) -> list[tuple[str, QAction]]:
    """The pane's own actions (shortcuts, context menu, tool buttons and their menus), each once."""
    actions = [*pane.actions(), *getattr(pane, "extra_actions", [])]
    table = getattr(pane, "table", None)
    actions += table.actions() if table is not None else []
    for button in pane.findChildren(QAbstractButton):
        default = getattr(button, "defaultAction", lambda: None)()
        actions += [default] if default is not None else []
        menu = getattr(button, "menu", lambda: None)()
        actions += [a for _label, a in menu_actions(menu)] if menu is not None else []
    unique = list(dict.fromkeys(a for a in actions if a is not None and not a.isSeparator() and a.menu() is None))
    return [(f"{pane.key}/{a.objectName() or a.text()}", a) for a in unique]


def select_first_row(pane, qtbot) -> None:
    qtbot.waitUntil(lambda: not getattr(pane, "_loading", False), timeout=20000)
    table = getattr(pane, "table", None)
    if table is not None and table.model().rowCount() > 0:
        table.selectRow(0)


def test_every_pane_action_once(qtbot, settle, closer, window):
    closer.keep.add(id(window))
    failures = []
    for key in PANE_KEYS:
        pane = window.show_pane(key)
        select_first_row(pane, qtbot)
        commands = pane_actions(pane) + buttons_of(pane)
        assert commands, key
        failures += run_each(qtbot, settle, closer, commands)
        window.show_pane(key)  # a dashboard figure shows another pane
        select_first_row(pane, qtbot)  # an action may have reloaded the rows
    assert failures == []


def test_every_main_window_menu_action_once(qtbot, settle, closer, window):
    closer.keep.add(id(window))
    window.show_pane("cities")
    select_first_row(window.current_pane(), qtbot)
    actions = [(f"{menu_action.text()}{label}", a) for menu_action in window.menuBar().actions()
               for label, a in menu_actions(menu_action.menu())]
    quit_action = [(label, a) for label, a in actions if a.shortcut().matches(a.shortcut()) and "ออกจาก" in label]
    others = [(label, a) for label, a in actions if (label, a) not in quit_action]
    assert len(others) > 15
    failures = run_each(qtbot, settle, closer, others)
    failures += run_each(qtbot, settle, closer, quit_action)
    assert failures == []
    assert not window.isVisible()


def in_calendar(widget: QWidget) -> bool:
    """A date field's month menu: Qt's own, not a command."""
    while widget is not None and not isinstance(widget, QCalendarWidget):
        widget = widget.parentWidget()
    return widget is not None


def buttons_of(widget: QWidget, skip: tuple[str, ...] = ()) -> list[tuple[str, QAbstractButton]]:
    return [(f"{type(widget).__name__}/{b.objectName() or b.text()}", b) for b in widget.findChildren(QPushButton)
            if b.isVisibleTo(widget) and b.text() not in skip]


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_meeting_window_every_action_and_button(qtbot, settle, closer, window):
    closer.keep.add(id(window))
    pane = window.show_pane("meetings")
    select_first_row(pane, qtbot)
    before = set(QApplication.topLevelWidgets())
    closer.timer.stop()
    pane.edit_action.trigger()
    settle(100)
    meeting = next(w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible())
    closer.keep.add(id(meeting))
    closer.timer.start()
    actions = [(f"meeting/{a.text()}", a) for menu in meeting.findChildren(QMenu) if not in_calendar(menu)
               for _l, a in menu_actions(menu)]
    close_texts = ("ปิด",)
    failures = run_each(qtbot, settle, closer, actions)
    tabs, clicked = meeting.findChild(QTabWidget), set()
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        buttons = [(t, b) for t, b in buttons_of(meeting, close_texts) if b not in clicked]
        clicked |= {b for _t, b in buttons}
        failures += run_each(qtbot, settle, closer, buttons)
    assert len(actions) >= 6 and len(clicked) >= 12
    failures += run_each(qtbot, settle, closer, [(t, b) for t, b in buttons_of(meeting) if b.text() in close_texts])
    assert failures == []


@pytest.mark.parametrize("opener", ["add_action", "verify_action", "edit_action", "certificateSettings"])
def test_certificate_dialogs_every_button(qtbot, settle, closer, window, opener):
    """The issue, verify, preview and settings dialogs of certificates: every button once, Close/Cancel last."""
    closer.keep.add(id(window))
    pane = window.show_pane("certificates")
    select_first_row(pane, qtbot)
    closer.timer.stop()
    before = set(QApplication.topLevelWidgets())
    action = getattr(pane, opener, None) or window.findChild(QAction, opener)
    with qtbot.captureExceptions() as exceptions:
        action.trigger()
        settle(100)
    assert exceptions == []
    dialog = QApplication.activeModalWidget() or next(
        w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible())
    closer.keep.add(id(dialog))
    closer.timer.start()
    closing = ("ปิด", "ยกเลิก", "Cancel", "Close")
    failures = run_each(qtbot, settle, closer, buttons_of(dialog, closing))
    failures += run_each(qtbot, settle, closer, [(t, b) for t, b in buttons_of(dialog) if b.text() in closing])
    assert failures == []
