"""The attendance of one meeting: the roll of members, the quorum counted live, and the other attendees.

Everything typed stays in the tab until ``save()``, which writes it in one transaction; a refused
save (a missing substitute, a record changed elsewhere) says why in Thai and keeps the input.
Certified minutes are shown read-only (``set_read_only``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.db import Database
from app.core.errors import UserError, ValidationFailed
from app.meetings import attendance
from app.meetings.records import get
from app.meetings.types import MEETINGS
from app.models.committee import MEMBER_FIELDS, POSITIONS
from app.models.meeting import ATTENDANCE_FIELDS, ATTENDANCE_STATUSES, GUEST_FIELDS

MET_STYLE = "color: #1e7b34; font-weight: bold;"
NOT_MET_STYLE = "color: #b3261e; font-weight: bold;"
ERROR_STYLE = "color: #b3261e;"
MARK_STYLE = "border: 2px solid #b3261e;"
TEXT_FIELDS = ("absence_reason", "substitute_name", "substitute_position")
ENABLED_BY = {"absence_reason": "absent", "substitute_name": "substitute", "substitute_position": "substitute"}
ROLL_COLUMNS = ("member", "position", "status", *TEXT_FIELDS)
GUEST_COLUMNS = ("name", "position", "organisation")
GUEST_ID_ROLE = Qt.ItemDataRole.UserRole + 1
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


class AttendanceTab(QWidget):
    changed = Signal()
    saved = Signal()

    def __init__(self, db: Database, meeting_id: int, lang: str = "th", parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.meeting_id, self.lang = db, meeting_id, lang
        self.setObjectName("attendanceTab")
        self.seats: list[Seat] = []
        self.rule = (1, 2, "at_least")
        self._guests_loaded: list[tuple[int, int, int | None, tuple[str, str, str]]] = []  # id, version, seq, texts
        self._removed_guests: list[tuple[int, int]] = []
        self._filling = False
        self._context: tuple[str, str, int] | None = None  # who, "roll" or "guest", row: what a save is at
        self._marked: list[QWidget] = []
        self._combos: list[QComboBox] = []
        self.read_only = False
        self._build()
        self.reload()

    # -- construction ----------------------------------------------------------------------------
    def _build(self) -> None:
        fields = {f.name: f for f in ATTENDANCE_FIELDS}
        roll_heading = QLabel(self.tr("กรรมการ: ผู้มาประชุมและผู้ไม่มาประชุม"), self)
        roll_heading.setStyleSheet("font-weight: bold;")
        self.all_present_button = QPushButton(self.tr("มาประชุมทุกคนที่ยังไม่ระบุ"), self)
        self.all_present_button.setObjectName("allPresentButton")
        self.all_present_button.clicked.connect(self.mark_unrecorded_present)
        self.table = QTableWidget(0, len(ROLL_COLUMNS), self)
        self.table.setObjectName("rollTable")
        position_label = next(f for f in MEMBER_FIELDS if f.name == "position").label(self.lang)
        self.table.setHorizontalHeaderLabels([fields["member_id"].label(self.lang), position_label,
                                              *(fields[n].label(self.lang) for n in ("status", *TEXT_FIELDS))])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the editors in the cells take the focus
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # names wrap in what is left
        for column, width in enumerate((300, 165, 150, 130, 140, 170)):
            header.resizeSection(column, width)
        self._fit_timer = QTimer(self)  # row heights follow the member column once its new width is laid out
        self._fit_timer.setSingleShot(True)
        self._fit_timer.timeout.connect(self._fit_rows)
        header.sectionResized.connect(lambda column, _old, _new: column == 0 and self._fit_timer.start(0))

        self.quorum_label = QLabel(self)
        self.quorum_label.setObjectName("quorumLabel")
        self.quorum_label.setWordWrap(True)

        guest_heading = QLabel(self.tr("ผู้เข้าร่วมประชุม"), self)
        guest_heading.setStyleSheet("font-weight: bold;")
        self.add_guest_button = QPushButton(self.tr("เพิ่มผู้เข้าร่วมประชุม"), self)
        self.add_guest_button.setObjectName("addGuestButton")
        self.add_guest_button.clicked.connect(self.add_guest_row)
        self.remove_guest_button = QPushButton(self.tr("ลบผู้เข้าร่วมประชุมที่เลือก"), self)
        self.remove_guest_button.setObjectName("removeGuestButton")
        self.remove_guest_button.clicked.connect(self.remove_selected_guests)
        self.guest_table = QTableWidget(0, len(GUEST_COLUMNS), self)
        self.guest_table.setObjectName("guestTable")
        guest_fields = {f.name: f for f in GUEST_FIELDS}
        self.guest_table.setHorizontalHeaderLabels([guest_fields[n].label(self.lang) for n in GUEST_COLUMNS])
        self.guest_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._guest_triggers = self.guest_table.editTriggers()
        self.guest_table.verticalHeader().setDefaultSectionSize(30)
        guest_header = self.guest_table.horizontalHeader()
        guest_header.setStretchLastSection(True)
        for column, width in enumerate((280, 300)):
            guest_header.resizeSection(column, width)
        self.guest_table.itemChanged.connect(self._guest_edited)
        self.guest_table.itemSelectionChanged.connect(self._update_buttons)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setStyleSheet(ERROR_STYLE + "font-weight: bold;")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.revert_button = QPushButton(self.tr("ยกเลิกการแก้ไข"), self)
        self.revert_button.setObjectName("revertButton")
        self.revert_button.clicked.connect(self.reload)
        self.save_button = QPushButton(self.tr("บันทึกการมาประชุม"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(roll_heading, 1)
        top.addWidget(self.all_present_button)
        layout.addLayout(top)
        layout.addWidget(self.table, 5)
        layout.addWidget(self.quorum_label)
        middle = QHBoxLayout()
        middle.addWidget(guest_heading, 1)
        middle.addWidget(self.add_guest_button)
        middle.addWidget(self.remove_guest_button)
        layout.addLayout(middle)
        layout.addWidget(self.guest_table, 1)
        self.guest_table.setMinimumHeight(120)
        layout.addWidget(self.message_label)
        self.button_bar = QWidget(self)  # a window with its own Save button may hide this
        bottom = QHBoxLayout(self.button_bar)
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addStretch(1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        layout.addWidget(self.button_bar)

    # -- loading ---------------------------------------------------------------------------------
    @Slot()
    def reload(self) -> None:
        """Show what is saved now; unsaved input is dropped."""
        try:
            with self.db.session() as session:
                meeting = get(session, MEETINGS, self.meeting_id)
                committee = meeting.committee
                self.rule = (committee.quorum_numerator, committee.quorum_denominator, committee.quorum_rule)
                seats = [self._seat(entry) for entry in attendance.roll(session, self.meeting_id)]
                guests = [(g.id, g.version, g.seq, (g.name or "", g.position or "", g.organisation or ""))
                          for g in attendance.guests_of(session, self.meeting_id)]
        except UserError as error:
            self._show_error(error)
            return
        self._clear_error()
        self._filling = True
        try:
            self.seats = seats
            self._fill_roll()
            self._guests_loaded, self._removed_guests = guests, []
            self._fill_guests()
        finally:
            self._filling = False
        self._refresh()

    @staticmethod
    def _seat(entry: attendance.RollEntry) -> Seat:
        member, row = entry.member, entry.attendance
        texts = {name: getattr(row, name) for name in TEXT_FIELDS} if row else {}
        job = member.job_title if member.job_title and member.job_title != member.display_name else ""
        return Seat(member.id, member.display_name, job, member.position, member.counts_for_quorum,
                    row.id if row else None, row.version if row else None,
                    _effective(row.status if row else None, texts))

    def _fill_roll(self) -> None:
        self.table.setRowCount(0)
        self.table.setRowCount(len(self.seats))
        self._combos = []
        for row, seat in enumerate(self.seats):
            text = seat.name + (f"\n{seat.job_title}" if seat.job_title else "")
            member = QTableWidgetItem(text)
            member.setToolTip(text)
            self.table.setItem(row, 0, member)
            position = QTableWidgetItem(_label(POSITIONS, seat.position, self.lang))
            if not seat.counts_for_quorum:
                position.setToolTip(self.tr("ไม่นับเป็นองค์ประชุม"))
            self.table.setItem(row, 1, position)
            combo = QComboBox(self.table)
            combo.setObjectName(f"status_{row}")
            combo.addItem(self.tr("— ยังไม่ระบุ —"), None)
            for c in ATTENDANCE_STATUSES:
                combo.addItem(c.label(self.lang), c.value)
            combo.setCurrentIndex(max(combo.findData(seat.loaded["status"]), 0))
            combo.currentIndexChanged.connect(lambda _i, r=row: self._status_changed(r))
            self._combos.append(combo)
            self.table.setCellWidget(row, 2, _centred(combo))
            for offset, name in enumerate(TEXT_FIELDS, start=3):
                edit = QLineEdit(self.table)
                edit.setObjectName(f"{name}_{row}")
                edit.setFrame(False)
                edit.setText(seat.loaded[name] or "")
                edit.setCursorPosition(0)  # show the start of a long text
                edit.textChanged.connect(self._edited)
                self.table.setCellWidget(row, offset, edit)
            self._enable_texts(row)
        self._lock_roll()
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Rows as high as their wrapped member names, and never lower than a combo box."""
        self.table.resizeRowsToContents()
        for row in range(self.table.rowCount()):
            self.table.setRowHeight(row, max(self.table.rowHeight(row), 34))

    def _fill_guests(self) -> None:
        self.guest_table.setRowCount(0)
        for guest_id, version, _seq, texts in self._guests_loaded:
            self._append_guest(texts, (guest_id, version))

    def _append_guest(self, texts: tuple[str, str, str], key: tuple[int, int] | None) -> int:
        row = self.guest_table.rowCount()
        self.guest_table.insertRow(row)
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if column == 0:
                item.setData(GUEST_ID_ROLE, key)
            self.guest_table.setItem(row, column, item)
        return row

    # -- reading the table -----------------------------------------------------------------------
    def status_combo(self, row: int) -> QComboBox:
        return self._combos[row]

    def text_edit(self, row: int, name: str) -> QLineEdit:
        return self.table.cellWidget(row, ROLL_COLUMNS.index(name))

    def roll_values(self, row: int) -> dict[str, Any]:
        """The row as typed, with only the texts its status uses."""
        return _effective(self.status_combo(row).currentData(),
                          {name: self.text_edit(row, name).text() for name in TEXT_FIELDS})

    def guest_values(self) -> list[tuple[tuple[int, int] | None, tuple[str, str, str]]]:
        """(id and version, or None for a new row; the three texts stripped) in table order."""
        out = []
        for row in range(self.guest_table.rowCount()):
            items = [self.guest_table.item(row, c) for c in range(len(GUEST_COLUMNS))]
            texts = tuple((i.text() if i else "").strip() for i in items)
            out.append((items[0].data(GUEST_ID_ROLE) if items[0] else None, texts))
        return out

    def counts(self) -> tuple[int, int, int, int, int]:
        """(members counted, present or represented, of them substitutes, unrecorded, required) from the table."""
        rows = [r for r, seat in enumerate(self.seats) if seat.counts_for_quorum]
        statuses = [self.status_combo(r).currentData() for r in rows]
        present = sum(s in COUNTED for s in statuses)
        required = attendance.quorum_required(len(rows), *self.rule)
        return len(rows), present, statuses.count("substitute"), statuses.count(None), required

    def is_dirty(self) -> bool:
        if any(self.roll_values(r) != seat.loaded for r, seat in enumerate(self.seats)):
            return True
        if self._removed_guests:
            return True
        loaded = [((gid, version), texts) for gid, version, _seq, texts in self._guests_loaded]
        current = [g for g in self.guest_values() if g[0] is not None or any(g[1])]
        return current != loaded

    # -- editing ---------------------------------------------------------------------------------
    def _status_changed(self, row: int) -> None:
        self._enable_texts(row)
        self._edited()

    def _enable_texts(self, row: int) -> None:
        status = self.status_combo(row).currentData()
        for name in TEXT_FIELDS:
            edit = self.text_edit(row, name)
            edit.setEnabled(status == ENABLED_BY[name])
            if name == "absence_reason":
                edit.setPlaceholderText(self.tr("เช่น ติดราชการ") if edit.isEnabled() else "")

    @Slot()
    def _edited(self, *_args) -> None:
        if self._filling:
            return
        self._unmark()
        self._refresh()
        self.changed.emit()

    def _guest_edited(self, _item: QTableWidgetItem) -> None:
        self._edited()

    @Slot()
    def mark_unrecorded_present(self) -> None:
        for row in range(self.table.rowCount()):
            combo = self.status_combo(row)
            if combo.currentData() is None:
                combo.setCurrentIndex(combo.findData("present"))

    @Slot()
    def add_guest_row(self) -> int:
        row = self._append_guest(("", "", ""), None)
        self.guest_table.setCurrentCell(row, 0)
        self.guest_table.editItem(self.guest_table.item(row, 0))
        self._edited()
        return row

    @Slot()
    def remove_selected_guests(self) -> None:
        rows = sorted({i.row() for i in self.guest_table.selectedIndexes()}, reverse=True)
        for row in rows:
            key = self.guest_table.item(row, 0).data(GUEST_ID_ROLE)
            if key is not None:
                self._removed_guests.append(tuple(key))
            self.guest_table.removeRow(row)
        if rows:
            self._edited()

    def _refresh(self) -> None:
        self._show_quorum()
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        """Certified minutes: the roll and the guests are shown as recorded, nothing can be changed."""
        self.read_only = read_only
        self._lock_roll()
        no_edits = QAbstractItemView.EditTrigger.NoEditTriggers
        self.guest_table.setEditTriggers(no_edits if read_only else self._guest_triggers)
        self.add_guest_button.setEnabled(not read_only)
        self._update_buttons()

    def _lock_roll(self) -> None:
        for row, combo in enumerate(self._combos):
            combo.setEnabled(not self.read_only)
            for name in TEXT_FIELDS:
                self.text_edit(row, name).setReadOnly(self.read_only)

    def _update_buttons(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.remove_guest_button.setEnabled(not self.read_only and bool(self.guest_table.selectedIndexes()))
        self.all_present_button.setEnabled(not self.read_only and any(self.status_combo(r).currentData() is None
                                                                      for r in range(self.table.rowCount())))

    def _show_quorum(self) -> None:
        members, present, substitutes, unrecorded, required = self.counts()
        numerator, denominator, rule = self.rule
        rule_text = self.tr("เกณฑ์องค์ประชุม: {rule} {n}/{d} ของจำนวนกรรมการ").format(
            rule=self.tr("เกินกว่า") if rule == "more_than" else self.tr("ไม่น้อยกว่า"), n=numerator, d=denominator)
        self.quorum_label.setToolTip(rule_text)
        if not members:
            self.quorum_label.setText(self.tr("ยังไม่มีรายชื่อกรรมการที่ดำรงตำแหน่งในวันประชุม จึงนับองค์ประชุมไม่ได้"))
            self.quorum_label.setStyleSheet(NOT_MET_STYLE)
            return
        met = present >= required
        text = self.tr("องค์ประชุม: มาประชุม {present} จาก {members} คน (ต้องมีอย่างน้อย {required} คน)").format(
            present=present, members=members, required=required)
        text += " — " + (self.tr("ครบองค์ประชุม") if met else self.tr("ไม่ครบองค์ประชุม"))
        if substitutes:
            text += " · " + self.tr("มีผู้มาประชุมแทน {n} คน").format(n=substitutes)
        if unrecorded:
            text += " · " + self.tr("ยังไม่ระบุการมาประชุม {n} คน").format(n=unrecorded)
        self.quorum_label.setText(text)
        self.quorum_label.setStyleSheet(MET_STYLE if met else NOT_MET_STYLE)

    # -- saving ----------------------------------------------------------------------------------
    @Slot()
    def save(self) -> bool:
        """Write every change in one transaction; on a refusal nothing is written and the input stays."""
        self._clear_error()
        if not self.is_dirty():
            return True
        try:
            with self.db.session() as session:
                self._write_roll(session)
                self._write_guests(session)
                self._context = None
        except UserError as error:
            self._show_error(error)
            self.notify_error(error)
            return False
        self.reload()
        self.saved.emit()
        return True

    def _write_roll(self, session) -> None:
        for row, seat in enumerate(self.seats):
            values = self.roll_values(row)
            if values == seat.loaded:
                continue
            self._context = (seat.name, "roll", row)
            if values["status"] is None:
                if seat.attendance_id is not None:
                    attendance.remove_attendance(session, seat.attendance_id, seat.version)
                continue
            attendance.set_attendance(session, self.meeting_id, {"member_id": seat.member_id, **values},
                                      expected_version=seat.version if seat.attendance_id is not None else None)

    def _write_guests(self, session) -> None:
        for guest_id, version in self._removed_guests:
            self._context = (self.tr("ผู้เข้าร่วมประชุมที่ลบ"), "guest", -1)
            attendance.delete_guest(session, guest_id, version)
        loaded = {gid: (seq, texts) for gid, _version, seq, texts in self._guests_loaded}
        seq = 0
        for row, (key, texts) in enumerate(self.guest_values()):
            if key is None and not any(texts):
                continue  # a row added and left empty
            seq += 1
            values = {"seq": seq, **dict(zip(GUEST_COLUMNS, texts, strict=True))}
            self._context = (self.tr("ผู้เข้าร่วมประชุมลำดับที่ {n}").format(n=row + 1), "guest", row)
            if key is None:
                attendance.add_guest(session, self.meeting_id, values)
            elif loaded.get(key[0]) != (seq, texts):
                attendance.update_guest(session, key[0], values, key[1])

    # -- messages --------------------------------------------------------------------------------
    def error_text(self, error: UserError) -> str:
        """The Thai (or English) message, naming the member or attendee and the field where known."""
        problem = error.message(self.lang)
        if isinstance(error, ValidationFailed):
            problem = "; ".join(error.field_message(name, self.lang) for name in error.errors)
        if self._context is not None:
            return self.tr("บันทึกไม่สำเร็จ: {who} — {problem}").format(who=self._context[0], problem=problem)
        return self.tr("บันทึกไม่สำเร็จ: {problem}").format(problem=problem)

    def _show_error(self, error: UserError) -> None:
        self.message_label.setText(self.error_text(error))
        self.message_label.show()
        if isinstance(error, ValidationFailed) and self._context is not None:
            self._mark(self._context[1], self._context[2], error)

    def _mark(self, kind: str, row: int, error: ValidationFailed) -> None:
        """Outline the cells the refusal is about and put the cursor in the first."""
        if row < 0:
            return
        if kind == "guest":
            names = [n for n in GUEST_COLUMNS if n in error.errors] or ["name"]
            self.guest_table.setCurrentCell(row, GUEST_COLUMNS.index(names[0]))
            return
        widgets: list[QWidget] = [self.text_edit(row, n) for n in TEXT_FIELDS if n in error.errors]
        if "status" in error.errors or "member_id" in error.errors or not widgets:
            widgets.append(self.status_combo(row))
        for widget in widgets:
            widget.setStyleSheet(MARK_STYLE)
        self._marked = widgets
        widgets[0].setFocus()

    def _unmark(self) -> None:
        for widget in self._marked:
            widget.setStyleSheet("")
        self._marked = []

    def _clear_error(self) -> None:
        self._context = None
        self._unmark()
        self.message_label.clear()
        self.message_label.hide()

    def notify_error(self, error: UserError) -> None:
        """Tell the user why the save was refused (tests replace this)."""
        QMessageBox.warning(self, self.tr("บันทึกไม่สำเร็จ"), self.error_text(error))

