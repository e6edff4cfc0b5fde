"""An editor widget for each kind of field; all share value() / set_value()."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from app.core.thaidate import format_numeric, format_time, parse_date, parse_time
from app.models import Field, Kind
from app.registers.reference import load_dimensions, load_provinces
from app.views.shared.thai_sort import thai_collator


class DateEdit(QWidget):
    """Typed B.E. date (5/11/2564, 5 พ.ย. 64 …) with a calendar button; the text is kept as typed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("วว/ดด/ปปปป (พ.ศ.)"))
        self.button = QToolButton(self)
        self.button.setText(self.tr("ปฏิทิน"))
        self.button.setToolTip(self.tr("เลือกจากปฏิทิน"))
        menu = QMenu(self.button)  # popped up under the button by a click: no menu arrow drawn over the word
        self.calendar = QCalendarWidget(menu)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.popup = menu
        self.button.clicked.connect(lambda: menu.popup(self.button.mapToGlobal(QPoint(0, self.button.height()))))
        self.calendar.clicked.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)

    def _picked(self, qdate: QDate) -> None:
        self.set_value(date(qdate.year(), qdate.month(), qdate.day()))
        self.popup.hide()

    def value(self) -> Any:
        text = self.line.text().strip()
        try:
            return parse_date(text)
        except ValueError:
            return text  # kept as typed: validation reports it beside the field

    def set_value(self, value: Any) -> None:
        self.line.setText(format_numeric(value) if isinstance(value, date) else str(value or ""))
        if isinstance(value, date):
            self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))


class TextEdit(QLineEdit):
    def value(self) -> Any:
        return self.text()

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))
        self.setCursorPosition(0)  # long titles show their beginning


class LongTextEdit(QPlainTextEdit):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(90)

    def value(self) -> Any:
        return self.toPlainText()

    def set_value(self, value: Any) -> None:
        self.setPlainText("" if value is None else str(value))


class TimeEdit(QLineEdit):
    """A time of day as Thai documents write it: 10.00 (10:00, ๑๐.๐๐ น. are read too)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setPlaceholderText("10.00")
        self.setMaximumWidth(120)

    def value(self) -> Any:
        text = self.text().strip()
        try:
            return parse_time(text)
        except ValueError:
            return text  # kept as typed: validation reports it beside the field

    def set_value(self, value: Any) -> None:
        self.setText(format_time(value) if isinstance(value, time) else str(value or ""))


class NumberEdit(QLineEdit):
    def __init__(self, kind: Kind, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMaximumWidth(160)

    def value(self) -> Any:
        return self.text()

    def set_value(self, value: Any) -> None:
        if value is None:
            self.setText("")
        elif self.kind is Kind.FLOAT:
            self.setText(f"{value:g}")
        else:
            self.setText(str(value))


class ChoiceEdit(QComboBox):
    """Choices, provinces or records of another register; an empty entry where the field is optional."""

    def __init__(self, items: list[tuple[Any, str]], required: bool, searchable: bool = False, parent=None):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        if not required:
            self.addItem("", None)
        for value, label in items:
            self.addItem(label, value)
        if searchable:
            self.setEditable(True)
            self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = self.completer()
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        if required:
            self.setCurrentIndex(-1)

    def value(self) -> Any:
        if self.isEditable():
            text = self.currentText().strip()
            found = self.findText(text, Qt.MatchFlag.MatchFixedString)
            if found < 0:
                return text or None  # unknown text: validation says so
            return self.itemData(found)
        return self.currentData() if self.currentIndex() >= 0 else None

    def set_value(self, value: Any) -> None:
        self.setCurrentIndex(self.findData(value) if value is not None else (0 if self.itemData(0) is None else -1))


class CheckListEdit(QWidget):
    """Several codes from a list (dimensions, provinces, focus areas), with a filter box for long lists."""

    def __init__(self, items: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        for value, label in items:
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        if len(items) > 10:
            self.filter = QLineEdit(self)
            self.filter.setPlaceholderText(self.tr("พิมพ์เพื่อกรองรายการ"))
            self.filter.textChanged.connect(self._filter)
            layout.addWidget(self.filter)
            self.list.setFixedHeight(150)
        else:
            self.list.setFixedHeight(min(len(items), 7) * 24 + 8)
        layout.addWidget(self.list)
        self.setFocusProxy(self.list)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _items(self):
        return (self.list.item(i) for i in range(self.list.count()))

    def value(self) -> list[str]:
        return [i.data(Qt.ItemDataRole.UserRole) for i in self._items() if i.checkState() == Qt.CheckState.Checked]

    def set_value(self, value: Any) -> None:
        wanted = set(value or [])
        for item in self._items():
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def province_items(lang: str) -> list[tuple[str, str]]:
    key = "name_en" if lang == "en" else "name_th"
    rows = sorted(load_provinces(), key=lambda r: thai_collator().sortKey(r[key]))
    return [(r["code"], r[key]) for r in rows]


def editor_for(f: Field, lang: str, refs: dict[int, str] | None = None) -> QWidget:
    kind = f.kind
    if kind is Kind.DATE:
        return DateEdit()
    if kind is Kind.TIME:
        return TimeEdit()
    if kind is Kind.LONGTEXT:
        return LongTextEdit()
    if kind in (Kind.INT, Kind.FLOAT, Kind.MONEY):
        return NumberEdit(kind)
    if kind is Kind.CHOICE:
        return ChoiceEdit([(c.value, c.label(lang)) for c in f.choices], f.required)
    if kind is Kind.PROVINCE:
        return ChoiceEdit(province_items(lang), f.required, searchable=True)
    if kind is Kind.REF:
        collator = thai_collator()
        items = sorted((refs or {}).items(), key=lambda kv: collator.sortKey(kv[1]))
        return ChoiceEdit(items, f.required, searchable=True)
    if kind is Kind.MULTICHOICE:
        return CheckListEdit([(c.value, c.label(lang)) for c in f.choices])
    if kind is Kind.DIMENSIONS:
        key = "name_en" if lang == "en" else "name_th"
        return CheckListEdit([(r["code"], r[key]) for r in load_dimensions()])
    if kind is Kind.PROVINCES:
        return CheckListEdit(province_items(lang))
    edit = TextEdit()
    if kind is Kind.URL:
        edit.setPlaceholderText("https://")
    elif kind is Kind.EMAIL:
        edit.setPlaceholderText("name@example.com")
    return edit
