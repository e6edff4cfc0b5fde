"""Find texts a window shows cut off: labels, buttons, check boxes and table headers whose text is wider than
the room they have (word-wrapped labels and elided texts excepted: they show all or say so with "…"), buttons and
labels beyond the window's edge, and windows larger than the screen.

``python -m tests.views.clipping`` renders every pane and the main dialogs (app.views.screenshots) on the
screen the offscreen platform was given (QT_QPA_PLATFORM=offscreen:configfile=…, QT_SCALE_FACTOR) and prints
what it finds as JSON: tests/views/test_clipped_texts.py runs it per screen size and scale.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QFontMetrics,
    Qt,  # QtGui.Qt also has mightBeRichText
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QToolButton,
    QWidget,
)

SLACK = 2  # px of rounding


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _widest(fm: QFontMetrics, text: str) -> int:
    return max((fm.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.wordWrap() or Qt.mightBeRichText(text) or label.pixmap() and not label.pixmap().isNull():
        return None
    room = label.contentsRect().width() - 2 * label.margin() - 2 * max(label.indent(), 0)
    need = _widest(label.fontMetrics(), text)
    return f"label “{text}”: {need} px in {room}" if need > room + SLACK else None


def _button(button: QAbstractButton) -> str | None:
    text = _plain(button.text())
    if not text:
        return None
    if isinstance(button, QToolButton) and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return None
    style = button.style()
    need = _widest(button.fontMetrics(), text)
    if isinstance(button, (QCheckBox, QRadioButton)):
        need += style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, button)
        need += style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, button)
    else:
        if not button.icon().isNull():
            need += button.iconSize().width() + 4
        need += 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button) // 2 + 4
        if isinstance(button, QPushButton) and button.menu() is not None:
            need += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
        if isinstance(button, QToolButton) and button.menu() is not None:
            need += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    room = button.width()
    return f"{type(button).__name__} “{text}”: {need} px in {room}" if need > room + SLACK else None


def _header(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal or not header.isVisible():
        return []
    found = []
    fm = header.fontMetrics()
    style = header.style()
    padding = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, Qt.Orientation.Horizontal)
        if not isinstance(text, str) or not text:
            continue
        need = _widest(fm, text) + padding
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            need += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        room = header.sectionSize(section)
        if need > room + SLACK:
            found.append(f"header “{text}”: {need} px in {room}")
    return found


def _in_scroll_area(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _outside(widget: QWidget, top: QWidget) -> str | None:
    """A button or label beyond the window's edge (below the fold), where no scroll bar can bring it."""
    if not isinstance(widget, (QAbstractButton, QLabel)) or widget is top or _in_scroll_area(widget, top):
        return None
    corner = widget.mapTo(top, widget.rect().bottomRight())
    if corner.x() <= top.width() + SLACK and corner.y() <= top.height() + SLACK:
        return None
    return f"{type(widget).__name__} “{_plain(widget.text())}” beyond the window's edge ({corner.x()}, {corner.y()})"


def clipped(top: QWidget, screen=None) -> list[str]:
    """What ``top`` shows cut off, one line each; with ``screen`` (a QSize) also a window larger than it."""
    found = []
    if screen is not None and (top.width() > screen.width() or top.height() > screen.height()):
        found.append(f"window {top.width()}×{top.height()} larger than the screen {screen.width()}×{screen.height()}")
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) or widget.width() <= 0:
            continue
        found.append(_outside(widget, top))
        if isinstance(widget, QLabel):
            found.append(_label(widget))
        elif isinstance(widget, QAbstractButton):
            found.append(_button(widget))
        elif isinstance(widget, QHeaderView):
            found.extend(_header(widget))
    return [f for f in found if f]


def main() -> None:
    import json
    import tempfile
    from pathlib import Path

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.core import migrate
    from app.core.db import Database
    from app.sample import demo
    from app.views import i18n
    from app.views.screenshots import render_all
    from app.views.shared import fonts

    folder = Path(tempfile.mkdtemp(prefix="clipping-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    app = QApplication([])
    fonts.apply_ui_font(app)
    i18n.install_translators(app, "th")
    db = Database(folder / "demo.sqlite")
    migrate.upgrade(db)
    with db.session() as session:
        demo.fill(session)
    screen = app.primaryScreen().availableGeometry().size()
    found: list[str] = []
    render_all(db, folder / "shots", "th", screen, lambda widget, name: found.extend(
        f"{name}: {problem}" for problem in clipped(widget, screen)))
    print("CLIPPED " + json.dumps({"screen": [screen.width(), screen.height()], "found": found}, ensure_ascii=False))


if __name__ == "__main__":
    main()
