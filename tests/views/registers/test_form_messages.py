"""A message beside a field goes away once the user corrects the field, and the banner once none is left
(issue 12: they stayed until the next save). Driven through the real add action, Save button and typing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.registers.catalog import REGISTERS
from app.views.registers.register_pane import RegisterPane
from tests.views.conftest import type_text


@pytest.fixture
def form(qtbot, db):
    pane = RegisterPane(db, REGISTERS["zones"])
    qtbot.addWidget(pane)
    pane.show()
    with qtbot.waitSignal(pane.loaded, timeout=10000):
        pane.reload()
    pane.add_action.trigger()
    form = QApplication.activeModalWidget()
    assert form is pane.form
    yield form
    form.reject()


def save(qtbot, form) -> None:
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def typed(editor, text: str) -> None:
    line = getattr(editor, "line", editor)
    line.setFocus()
    line.selectAll()
    type_text(line, text)


def test_messages_go_as_the_fields_are_corrected(qtbot, form):
    typed(form.editors["declared_on"], "31/2/2564")
    save(qtbot, form)
    name, declared = form.errors["name"], form.errors["declared_on"]
    assert form.isVisible() and not name.isHidden() and not declared.isHidden() and not form.banner.isHidden()
    typed(form.editors["name"], "เขตส่งเสริมแก้ไขแล้ว")
    assert name.isHidden() and not declared.isHidden() and not form.banner.isHidden()
    typed(form.editors["declared_on"], "31/2/256")  # still wrong: the message stays
    assert not declared.isHidden() and declared.text() == "วันที่ไม่ถูกต้อง (พิมพ์เช่น 5/11/2564)"
    typed(form.editors["declared_on"], "5/11/2564")
    assert declared.isHidden() and not form.banner.isHidden()  # the province and status are still missing
    assert [n for n, label in form.errors.items() if not label.isHidden()] == ["province", "status"]
    form.editors["province"].set_value("TH-40")  # chosen from their lists
    assert form.errors["province"].isHidden() and not form.banner.isHidden()
    form.editors["status"].set_value("declared")
    assert form.errors["status"].isHidden() and form.banner.isHidden()


def test_clearing_a_required_field_again_brings_its_message_back_only_at_saving(qtbot, form):
    save(qtbot, form)
    assert not form.errors["name"].isHidden()
    typed(form.editors["name"], "ก")
    assert form.errors["name"].isHidden()
    qtbot.keyClick(form.editors["name"], Qt.Key.Key_Backspace)
    assert form.errors["name"].isHidden()  # no message while typing a field that had none
    save(qtbot, form)
    assert not form.errors["name"].isHidden()


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_the_calendar_button_shows_its_word_whole_and_picks_a_date(qtbot, form):
    """ปฏิทิน: no menu arrow drawn over the word; a click pops the month up under it, a day clicked fills the field."""
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QTableView, QToolButton

    field = form.editors["declared_on"]
    button = field.button
    assert button.popupMode() != QToolButton.ToolButtonPopupMode.InstantPopup and button.menu() is None
    assert button.sizeHint().width() >= button.fontMetrics().horizontalAdvance(button.text())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(field.popup.isVisible)
    assert field.popup.geometry().top() >= button.mapToGlobal(button.rect().bottomLeft()).y() - 1
    field.calendar.setSelectedDate(QDate(2020, 10, 15))
    days = field.calendar.findChild(QTableView)
    day = days.visualRect(days.currentIndex()).center()
    qtbot.mouseClick(days.viewport(), Qt.MouseButton.LeftButton, pos=day)
    assert field.line.text() == "15/10/2563"
    assert not field.popup.isVisible()
