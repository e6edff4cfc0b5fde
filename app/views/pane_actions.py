"""A pane's actions: named, with a shortcut that works anywhere inside the pane."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def pane_action(pane: QWidget, text: str, shortcut, slot, name: str) -> QAction:
    action = QAction(text, pane)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    if slot is not None:
        action.triggered.connect(slot)
    pane.addAction(action)
    return action
