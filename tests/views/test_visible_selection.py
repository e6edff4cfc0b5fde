"""Edit and Delete follow the visible selection: a selected row the search hides is neither edited nor deleted,
and with nothing visible selected the actions are disabled (issue 12). Typed in the real search field, given by
the real actions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.views.conftest import _settle, type_text


def shown(qtbot, window, key):
    pane = window.show_pane(key)
    qtbot.waitUntil(lambda: not getattr(pane, "_loading", False) and pane.table.model().rowCount() > 0,
                    timeout=20000)
    return pane


def click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def modal_after(action):
    """What the action opens (a form or a confirmation): taken and closed again."""
    opened = []

    def take() -> None:
        widget = QApplication.activeModalWidget()
        opened.append(widget)
        if widget is not None:
            widget.reject()

    QTimer.singleShot(100, take)
    action.trigger()
    _settle(250)
    return opened[0] if opened else None


def search(qtbot, pane, text: str, rows) -> None:
    pane.search.setFocus()
    pane.search.selectAll()
    type_text(pane.search, text)
    pending = getattr(pane.proxy, "pending", lambda: False)  # a register pane asks the database on its worker
    qtbot.waitUntil(lambda: not pending() and rows(pane.table.model().rowCount()), timeout=5000)


@pytest.mark.parametrize("key", ["cities", "zones", "plan"])
def test_a_selected_row_hidden_by_the_search_is_not_edited_or_deleted(qtbot, window, key):
    pane = shown(qtbot, window, key)
    click_row(qtbot, pane.table, 0)
    hidden_id = pane.selected_id()
    assert hidden_id is not None and pane.edit_action.isEnabled() and pane.delete_action.isEnabled()
    search(qtbot, pane, "ไม่มีรายการใดตรงกับคำนี้", lambda n: n == 0)
    assert not pane.edit_action.isEnabled() and not pane.delete_action.isEnabled()
    assert pane.selected_id() is None and pane.selected_ids() == []
    for action in (pane.edit_action, pane.delete_action):
        assert modal_after(action) is None
    with window.db.session() as session:
        assert session.get(pane.register.model, hidden_id) is not None  # not deleted


def test_edit_opens_the_visible_selected_row(qtbot, window):
    pane = shown(qtbot, window, "cities")
    model = pane.table.model()
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    click_row(qtbot, pane.table, 0)
    other = next(t for t in titles[1:] if titles[0] not in t and t not in titles[0])
    search(qtbot, pane, other, lambda n: n >= 1)
    assert not pane.edit_action.isEnabled()  # the first row is hidden, nothing visible is selected
    click_row(qtbot, pane.table, 0)
    assert pane.edit_action.isEnabled()
    form = modal_after(pane.edit_action)
    assert form is not None and form.values()[pane.register.title_field] == other


@pytest.mark.parametrize("key", ["actions", "certificates"])
def test_other_panes_disable_their_row_actions_when_the_selection_is_hidden(qtbot, window, key):
    pane = shown(qtbot, window, key)
    click_row(qtbot, pane.table, 0)
    assert pane.edit_action.isEnabled()
    search(qtbot, pane, "ไม่มีรายการใดตรงกับคำนี้", lambda n: n == 0)
    assert not pane.edit_action.isEnabled()
    assert modal_after(pane.edit_action) is None
