"""Menus show the keys of their commands (issue 12): the main window's Edit and View menus name the keys of the
current pane's actions, and the panes' context menus show their actions' shortcuts whatever the style."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu


def menu(window, title: str) -> QMenu:
    return next(a.menu() for a in window.menuBar().actions() if a.text() == title)


def native(key) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def test_edit_and_view_menus_show_the_keys(window):
    texts = [a.text() for a in menu(window, "แก้ไข").actions() if not a.isSeparator()]
    keys = QKeySequence.StandardKey
    for label, key in (("เพิ่มรายการ", keys.New), ("ลบรายการ", keys.Delete), ("ค้นหา", keys.Find),
                       ("เลิกทำ", keys.Undo)):
        entry = next(t for t in texts if t.startswith(label))
        action = next(a for a in menu(window, "แก้ไข").actions() if a.text() == entry)
        assert native(key) in entry or action.shortcut().matches(QKeySequence(key)) == QKeySequence.ExactMatch
    assert any(a.text().endswith("\tF5") for a in menu(window, "มุมมอง").actions())


def test_the_menu_entries_say_the_keys_of_the_panes_actions(window):
    pane = window.show_pane("cities")
    entries = {a.objectName(): a.text().split("\t")[1] for a in menu(window, "แก้ไข").actions() if "\t" in a.text()}
    assert entries["addMenu"] == native(pane.add_action.shortcut())
    assert entries["deleteMenu"] == native(pane.delete_action.shortcut())
    assert entries["findMenu"] == native(pane.find_action.shortcut())


@pytest.mark.parametrize("key", ["cities", "actions", "certificates", "meetings", "plan"])
def test_pane_actions_show_their_keys_in_context_menus(window, key):
    pane = window.show_pane(key)
    with_keys = [a for a in pane.findChildren(QAction) if not a.shortcut().isEmpty()]
    assert with_keys
    assert all(a.isShortcutVisibleInContextMenu() for a in with_keys), [a.text() for a in with_keys]
