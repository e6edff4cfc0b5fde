"""Windows open at their preferred size, but never larger than the screen they open on (a 1366×768 laptop at
150% scale has 911×512 to give)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME = (10, 40)  # room for the window's frame and title bar, which availableGeometry() leaves in


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width() - FRAME[0])
        height = min(height, room.height() - FRAME[1])
    widget.resize(width, height)
