"""A figure of the dashboard as a button: a big number, what it counts, and where a click leads."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

STYLE = """
QPushButton#tile { background: %(bg)s; border: 1px solid #d0d7de; border-radius: 6px; text-align: left; }
QPushButton#tile:hover { border-color: #1f4e79; }
QPushButton#tile:focus { border: 2px solid #1f4e79; }
"""


class Tile(QPushButton):
    """``target`` is (register key, filters) of the register rows the figure counts."""

    def __init__(self, label: str, target: tuple[str, dict], colour: str = "#f6f8fa", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("tile")
        self.target = target
        self.setStyleSheet(STYLE % {"bg": colour})
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(86)
        self.setMaximumHeight(96)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.number = QLabel("–", self)
        self.number.setObjectName("tileNumber")
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(label, self)
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        small = self.caption.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.caption.setFont(small)
        for child in (self.number, self.caption):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 6)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.caption, 1)

    def minimumSizeHint(self):  # noqa: N802 (Qt API) - a button's own hint ignores its layout: the figure must fit
        return super().minimumSizeHint().expandedTo(self.layout().totalMinimumSize())

    def set_figure(self, text: str, tooltip: str = "") -> None:
        self.number.setText(text)
        self.setToolTip(tooltip or self.caption.text())
        self.setAccessibleName(f"{self.caption.text()}: {text}")
