"""The attendance of one meeting: the roll of members, the quorum counted live, and the other attendees.

Everything typed stays in the tab until ``save()``, which writes it in one transaction; a refused
save (a missing substitute, a record changed elsewhere) says why in Thai and keeps the input.
Certified minutes are shown read-only (``set_read_only``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.core.db import Database
from app.core.errors import UserError, ValidationFailed
from app.meetings import attendance
from app.meetings.records import get
from app.meetings.types import MEETINGS
from app.views.meetings.attendance_guests import GuestKey, GuestTable, GuestTexts
from app.views.meetings.attendance_roll import COUNTED, RollTable, Seat
from app.views.shared.pane_actions import connect_plain

MET_STYLE = "color: #1e7b34; font-weight: bold;"
NOT_MET_STYLE = "color: #b3261e; font-weight: bold;"
ERROR_STYLE = "color: #b3261e;"
MARK_STYLE = "border: 2px solid #b3261e;"


class AttendanceTab(QWidget):
    changed = Signal()
    saved = Signal()

    def __init__(self, db: Database, meeting_id: int, lang: str = "th", parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.meeting_id, self.lang = db, meeting_id, lang
        self.setObjectName("attendanceTab")
        self.seats: list[Seat] = []
        self.rule = (1, 2, "at_least")
        self._filling = False
        self._context: tuple[str, str, int] | None = None  # who, "roll" or "guest", row: what a save is at
        self._marked: list[QWidget] = []
        self.read_only = False
        self._build()
        self.reload()

    # -- construction ----------------------------------------------------------------------------
    def _build(self) -> None:
        roll_heading = QLabel(self.tr("กรรมการ: ผู้มาประชุมและผู้ไม่มาประชุม"), self)
        roll_heading.setStyleSheet("font-weight: bold;")
        self.all_present_button = self._button(self.tr("มาประชุมทุกคนที่ยังไม่ระบุ"), "allPresentButton",
                                               self.mark_unrecorded_present)
        self.table = RollTable(self.lang, self)
        self.table.edited.connect(self._edited)

        self.quorum_label = QLabel(self)
        self.quorum_label.setObjectName("quorumLabel")
        self.quorum_label.setWordWrap(True)

        guest_heading = QLabel(self.tr("ผู้เข้าร่วมประชุม"), self)
        guest_heading.setStyleSheet("font-weight: bold;")
        self.add_guest_button = self._button(self.tr("เพิ่มผู้เข้าร่วมประชุม"), "addGuestButton", self.add_guest_row)
        self.remove_guest_button = self._button(self.tr("ลบผู้เข้าร่วมประชุมที่เลือก"), "removeGuestButton",
                                                self.remove_selected_guests)
        self.guest_table = GuestTable(self.lang, self)
        self.guest_table.edited.connect(self._edited)
        self.guest_table.itemSelectionChanged.connect(self._update_buttons)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setStyleSheet(ERROR_STYLE + "font-weight: bold;")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.revert_button = self._button(self.tr("ยกเลิกการแก้ไข"), "revertButton", self.reload)
        self.save_button = self._button(self.tr("บันทึกการมาประชุม"), "saveButton", self.save)

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
        layout.addWidget(self.message_label)
        self.button_bar = QWidget(self)  # a window with its own Save button may hide this
        bottom = QHBoxLayout(self.button_bar)
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addStretch(1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        layout.addWidget(self.button_bar)

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        connect_plain(button.clicked, slot)
        return button

    # -- loading ---------------------------------------------------------------------------------
    @Slot()
    def reload(self) -> None:
        """Show what is saved now; unsaved input is dropped."""
        try:
            with self.db.session() as session:
                meeting = get(session, MEETINGS, self.meeting_id)
                committee = meeting.committee
                self.rule = (committee.quorum_numerator, committee.quorum_denominator, committee.quorum_rule)
                seats = [Seat.from_entry(entry) for entry in attendance.roll(session, self.meeting_id)]
                guests = [(g.id, g.version, g.seq, (g.name or "", g.position or "", g.organisation or ""))
                          for g in attendance.guests_of(session, self.meeting_id)]
        except UserError as error:
            self._show_error(error)
            return
        self._clear_error()
        self._filling = True
        try:
            self.seats = seats
            self.table.fill(seats)
            self.guest_table.fill(guests)
        finally:
            self._filling = False
        self._refresh()

    # -- reading the table -----------------------------------------------------------------------
    def status_combo(self, row: int) -> QComboBox:
        return self.table.status_combo(row)

    def text_edit(self, row: int, name: str) -> QLineEdit:
        return self.table.text_edit(row, name)

    def roll_values(self, row: int) -> dict[str, Any]:
        """The row as typed, with only the texts its status uses."""
        return self.table.roll_values(row)

    def guest_values(self) -> list[tuple[GuestKey | None, GuestTexts]]:
        """(id and version, or None for a new row; the three texts stripped) in table order."""
        return self.guest_table.values()

    def counts(self) -> tuple[int, int, int, int, int]:
        """(members counted, present or represented, of them substitutes, unrecorded, required) from the table."""
        every = self.table.statuses()
        statuses = [every[r] for r, seat in enumerate(self.seats) if seat.counts_for_quorum]
        present = sum(s in COUNTED for s in statuses)
        required = attendance.quorum_required(len(statuses), *self.rule)
        return len(statuses), present, statuses.count("substitute"), statuses.count(None), required

    def is_dirty(self) -> bool:
        if any(self.roll_values(r) != seat.loaded for r, seat in enumerate(self.seats)):
            return True
        return self.guest_table.is_dirty()

    # -- editing ---------------------------------------------------------------------------------
    @Slot()
    def _edited(self, *_args) -> None:
        if self._filling:
            return
        self._unmark()
        self._refresh()
        self.changed.emit()

    @Slot()
    def mark_unrecorded_present(self) -> None:
        self.table.mark_unrecorded_present()

    @Slot()
    def add_guest_row(self) -> int:
        row = self.guest_table.add_row()
        self._edited()
        return row

    @Slot()
    def remove_selected_guests(self) -> None:
        if self.guest_table.remove_selected():
            self._edited()

    def _refresh(self) -> None:
        self._show_quorum()
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        """Certified minutes: the roll and the guests are shown as recorded, nothing can be changed."""
        self.read_only = read_only
        self.table.set_read_only(read_only)
        self.guest_table.set_read_only(read_only)
        self.add_guest_button.setEnabled(not read_only)
        self._update_buttons()

    def _update_buttons(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.remove_guest_button.setEnabled(not self.read_only and self.guest_table.has_selection())
        self.all_present_button.setEnabled(not self.read_only and None in self.table.statuses())

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
        for guest_id, version in self.guest_table.removed:
            self._context = (self.tr("ผู้เข้าร่วมประชุมที่ลบ"), "guest", -1)
            attendance.delete_guest(session, guest_id, version)
        for row, key, values in self.guest_table.to_save():
            self._context = (self.tr("ผู้เข้าร่วมประชุมลำดับที่ {n}").format(n=row + 1), "guest", row)
            if key is None:
                attendance.add_guest(session, self.meeting_id, values)
            else:
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
            self.guest_table.point_at(row, error.errors)
            return
        widgets = self.table.editors_for(row, error.errors)
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

