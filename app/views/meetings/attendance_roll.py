"""The roll of the attendance tab: one row per member, a status combo and the texts that status keeps.

The table only shows and reads what is typed; ``edited`` tells the tab the user changed a status or a text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.meetings.attendance import RollEntry
from app.models.committee import MEMBER_FIELDS, POSITIONS
from app.models.meeting import ATTENDANCE_FIELDS, ATTENDANCE_STATUSES
from app.views.shared.pane_actions import size_columns

TEXT_FIELDS = ("absence_reason", "substitute_name", "substitute_position")
ENABLED_BY = {"absence_reason": "absent", "substitute_name": "substitute", "substitute_position": "substitute"}
ROLL_COLUMNS = ("member", "position", "status", *TEXT_FIELDS)
ROLL_WIDTHS = (300, 165, 150, 130, 140, 170)
MIN_ROW_HEIGHT = 34  # a combo box
COUNTED = ("present", "substitute")


@dataclass
class Seat:
    """One member on the roll, as loaded (plain values)."""

    member_id: int
    name: str
    job_title: str
    position: str
    counts_for_quorum: bool
    attendance_id: int | None
    version: int | None
    loaded: dict[str, Any]  # status and the texts that status keeps

    @classmethod
    def from_entry(cls, entry: RollEntry) -> Seat:
        member, row = entry.member, entry.attendance
        texts = {name: getattr(row, name) for name in TEXT_FIELDS} if row else {}
        job = member.job_title if member.job_title and member.job_title != member.display_name else ""
        return cls(member.id, member.display_name, job, member.position, member.counts_for_quorum,
                   row.id if row else None, row.version if row else None,
                   _effective(row.status if row else None, texts))


def _effective(status: str | None, texts: dict[str, str | None]) -> dict[str, Any]:
    """What a row means: the texts its status does not use are left out (the service clears them)."""
    values: dict[str, Any] = {"status": status}
    for name in TEXT_FIELDS:
        text = (texts.get(name) or "").strip()
        values[name] = (text or None) if status == ENABLED_BY[name] else None
    return values


def _label(choices, value: str | None, lang: str) -> str:
    return next((c.label(lang) for c in choices if c.value == value), value or "")


def _centred(widget: QWidget) -> QWidget:
    """A cell holding ``widget`` at its natural height, centred vertically (rows can be two lines high)."""
    cell = QWidget()
    box = QVBoxLayout(cell)
    box.setContentsMargins(2, 0, 2, 0)
    box.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)
    return cell


class RollTable(QTableWidget):
    """The members and their attendance; the editors in the cells take the focus, not the table."""

    edited = Signal()  # the user changed a status or a text

    def __init__(self, lang: str = "th", parent: QWidget | None = None):
        super().__init__(0, len(ROLL_COLUMNS), parent)
        self.lang = lang
        self.read_only = False
        self._combos: list[QComboBox] = []
        self.setObjectName("rollTable")
        self._build_header()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _build_header(self) -> None:
        fields = {f.name: f for f in ATTENDANCE_FIELDS}
        position_label = next(f for f in MEMBER_FIELDS if f.name == "position").label(self.lang)
        self.setHorizontalHeaderLabels([fields["member_id"].label(self.lang), position_label,
                                        *(fields[n].label(self.lang) for n in ("status", *TEXT_FIELDS))])
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # names wrap in what is left
        size_columns(header, ROLL_WIDTHS)
        self._fit_timer = QTimer(self)  # row heights follow the member column once its new width is laid out
        self._fit_timer.setSingleShot(True)
        self._fit_timer.timeout.connect(self.fit_rows)
        header.sectionResized.connect(lambda column, _old, _new: column == 0 and self._fit_timer.start(0))

    # -- filling ---------------------------------------------------------------------------------
    def fill(self, seats: Iterable[Seat]) -> None:
        """One row per seat, showing what was loaded."""
        seats = list(seats)
        self.setRowCount(0)
        self.setRowCount(len(seats))
        self._combos = []
        for row, seat in enumerate(seats):
            self._fill_member(row, seat)
            self._combos.append(self._status_editor(row, seat))
            for offset, name in enumerate(TEXT_FIELDS, start=3):
                self.setCellWidget(row, offset, self._text_editor(row, name, seat))
            self.enable_texts(row)
        self._lock()
        self.fit_rows()

    def _fill_member(self, row: int, seat: Seat) -> None:
        text = seat.name + (f"\n{seat.job_title}" if seat.job_title else "")
        member = QTableWidgetItem(text)
        member.setToolTip(text)
        self.setItem(row, 0, member)
        position = QTableWidgetItem(_label(POSITIONS, seat.position, self.lang))
        if not seat.counts_for_quorum:
            position.setToolTip(self.tr("ไม่นับเป็นองค์ประชุม"))
        self.setItem(row, 1, position)

    def _status_editor(self, row: int, seat: Seat) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"status_{row}")
        combo.addItem(self.tr("— ยังไม่ระบุ —"), None)
        for c in ATTENDANCE_STATUSES:
            combo.addItem(c.label(self.lang), c.value)
        combo.setCurrentIndex(max(combo.findData(seat.loaded["status"]), 0))
        combo.currentIndexChanged.connect(lambda _i, r=row: self._status_changed(r))
        self.setCellWidget(row, 2, _centred(combo))
        return combo

    def _text_editor(self, row: int, name: str, seat: Seat) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(f"{name}_{row}")
        edit.setFrame(False)
        edit.setText(seat.loaded[name] or "")
        edit.setCursorPosition(0)  # show the start of a long text
        edit.textChanged.connect(self._text_changed)
        return edit

    @Slot()
    def fit_rows(self) -> None:
        """Rows as high as their wrapped member names, and never lower than a combo box."""
        self.resizeRowsToContents()
        for row in range(self.rowCount()):
            self.setRowHeight(row, max(self.rowHeight(row), MIN_ROW_HEIGHT))

    # -- reading ---------------------------------------------------------------------------------
    def status_combo(self, row: int) -> QComboBox:
        return self._combos[row]

    def text_edit(self, row: int, name: str) -> QLineEdit:
        return self.cellWidget(row, ROLL_COLUMNS.index(name))

    def roll_values(self, row: int) -> dict[str, Any]:
        """The row as typed, with only the texts its status uses."""
        return _effective(self.status_combo(row).currentData(),
                          {name: self.text_edit(row, name).text() for name in TEXT_FIELDS})

    def statuses(self) -> list[str | None]:
        """The status chosen on every row (None: not recorded yet)."""
        return [combo.currentData() for combo in self._combos]

    def editors_for(self, row: int, names: Iterable[str]) -> list[QWidget]:
        """The editors of ``row`` that a refusal about the fields ``names`` points at (the status when no text is)."""
        names = set(names)
        widgets: list[QWidget] = [self.text_edit(row, n) for n in TEXT_FIELDS if n in names]
        if "status" in names or "member_id" in names or not widgets:
            widgets.append(self.status_combo(row))
        return widgets

    # -- editing ---------------------------------------------------------------------------------
    def _status_changed(self, row: int) -> None:
        self.enable_texts(row)
        self.edited.emit()

    @Slot(str)
    def _text_changed(self, _text: str) -> None:
        self.edited.emit()

    def enable_texts(self, row: int) -> None:
        """Only the texts the row's status keeps can be typed in."""
        status = self.status_combo(row).currentData()
        for name in TEXT_FIELDS:
            edit = self.text_edit(row, name)
            edit.setEnabled(status == ENABLED_BY[name])
            if name == "absence_reason":
                edit.setPlaceholderText(self.tr("เช่น ติดราชการ") if edit.isEnabled() else "")

    def mark_unrecorded_present(self) -> None:
        for combo in self._combos:
            if combo.currentData() is None:
                combo.setCurrentIndex(combo.findData("present"))

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._lock()

    def _lock(self) -> None:
        for row, combo in enumerate(self._combos):
            combo.setEnabled(not self.read_only)
            for name in TEXT_FIELDS:
                self.text_edit(row, name).setReadOnly(self.read_only)
