"""The Meetings pane: a committee's meetings, newest first; open one, create, delete, print."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.db import Database
from app.core.errors import UserError
from app.core.thaidate import format_date, format_time
from app.meetings import committees, meetings
from app.models import Committee, Meeting
from app.models.meeting import MEETING_MODES, MEETING_STATES
from app.views.meetings.documents_menu import write_document
from app.views.shared import settings
from app.views.shared.flow_layout import FlowLayout
from app.views.shared.pane_actions import pane_action, size_columns
from app.views.shared.tasks import run_task

MODE = {c.value: c for c in MEETING_MODES}
STATE = {c.value: c for c in MEETING_STATES}


@dataclass(frozen=True)
class MeetingRow:
    id: int
    committee_id: int
    label: str
    held_on: date
    start: str
    place: str
    mode: str
    state: str


def _load(db: Database) -> tuple[list[tuple[int, str]], list[MeetingRow]]:
    """On the loading thread: committees and every meeting as plain values."""
    with db.session() as session:
        committee_rows = [(c.id, c.name) for c in committees.committees(session)]
        rows = [MeetingRow(m.id, m.committee_id, m.label, m.held_on, format_time(m.start_time), m.place or "",
                           m.mode, m.state)
                for m in session.query(Meeting).join(Committee).order_by(Meeting.held_on.desc(), Meeting.id.desc())]
    return committee_rows, rows


class MeetingsPane(QWidget):
    counts_changed = Signal(int, int)
    loaded = Signal()
    exported = Signal(object)  # the PDF's path
    meeting_opened = Signal(object)  # the MeetingWindow

    key = "meetings"

    def __init__(self, db: Database, lang: str = "th", parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.lang = db, lang
        self.setObjectName("pane_meetings")
        self.undo_stack = QUndoStack(self)  # edits happen in the meeting window; nothing to undo here
        self.rows: list[MeetingRow] = []
        self.windows: dict[int, QWidget] = {}
        self._loading = False
        self._build()
        self._build_actions()

    def _build(self) -> None:
        title = QLabel(self.tr("การประชุม"), self)
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.committee = QComboBox(self)
        self.committee.setObjectName("committee")
        self.committee.setMinimumContentsLength(30)
        self.committee.currentIndexChanged.connect(self._fill)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("table")
        self.table.setHorizontalHeaderLabels([self.tr("ครั้งที่"), self.tr("วันที่ประชุม"), self.tr("เวลา"),
                                              self.tr("สถานที่ / รูปแบบ"), self.tr("สถานะรายงานการประชุม")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        size_columns(header, (90, 220, 90, 380, 0))  # the last stretches, from its heading's width
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.buttons = FlowLayout()  # wraps on a narrow screen rather than widening the window
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("คณะกรรมการ"), self))
        bar.addWidget(self.committee, 1)
        bar.addLayout(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def _action(self, text: str, shortcut, slot, name: str, button: bool = True) -> QAction:
        action = pane_action(self, text, shortcut, slot, name)
        self.table.addAction(action)
        if button:
            tool = QToolButton(self)
            tool.setDefaultAction(action)
            self.buttons.addWidget(tool)
        return action

    def _build_actions(self) -> None:
        self.add_action = self._action(self.tr("สร้างการประชุม"), QKeySequence.StandardKey.New, self.add_meeting, "add")
        self.edit_action = self._action(self.tr("เปิด"), Qt.Key.Key_Return, self.open_selected, "edit")
        self.minutes_action = self._action(self.tr("พิมพ์รายงานการประชุม…"), None,
                                           lambda: self.export("minutes"), "minutes")
        self.minutes_docx_action = self._action(self.tr("รายงานการประชุมเป็น Word…"), None,
                                                lambda: self.export("minutes", "docx"), "minutes_docx")
        self.agenda_action = self._action(self.tr("พิมพ์ระเบียบวาระ…"), None, lambda: self.export("agenda"), "agenda")
        self.agenda_docx_action = self._action(self.tr("ระเบียบวาระเป็น Word…"), None,
                                               lambda: self.export("agenda", "docx"), "agenda_docx")
        self.delete_action = self._action(self.tr("ลบ"), QKeySequence.StandardKey.Delete, self.delete_selected,
                                          "delete")
        self.refresh_action = self._action(self.tr("โหลดข้อมูลใหม่"), Qt.Key.Key_F5, self.reload, "refresh", False)

    # -- data ------------------------------------------------------------------------------------
    @Slot()
    def reload(self) -> None:
        if self._loading:
            return
        self._loading = True
        run_task(_load, self.db, on_done=self._loaded, on_error=self._load_error)

    def _loaded(self, result) -> None:
        self._loading = False
        committee_rows, self.rows = result
        current = self.committee.currentData() or settings.Key("meetings/committee", 0, int).get()
        self.committee.blockSignals(True)
        self.committee.clear()
        for committee_id, name in committee_rows:
            self.committee.addItem(name, committee_id)
        found = self.committee.findData(current)
        self.committee.setCurrentIndex(found if found >= 0 else 0)
        self.committee.blockSignals(False)
        self._fill()
        self.loaded.emit()

    def _load_error(self, error: Exception) -> None:
        self._loading = False
        if not isinstance(error, UserError):
            raise error
        self.notify_error(error)

    def _fill(self) -> None:
        committee_id = self.committee.currentData()
        shown = [r for r in self.rows if r.committee_id == committee_id]
        self.table.setRowCount(len(shown))
        for i, r in enumerate(shown):
            mode = MODE[r.mode].label(self.lang) if r.mode in MODE else r.mode
            cells = [r.label, format_date(r.held_on, self.lang, "long"), r.start,
                     f"{r.place} ({mode})" if r.place else mode, STATE[r.state].label(self.lang)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                self.table.setItem(i, column, item)
        if shown:
            self.table.selectRow(0)
        self.emit_counts()

    def emit_counts(self) -> None:
        self.counts_changed.emit(self.table.rowCount(), len(self.rows))

    def save_state(self) -> None:
        settings.Key("meetings/committee", 0, int).set(self.committee.currentData() or 0)

    def selected_id(self) -> int | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select_id(self, meeting_id: int) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == meeting_id:
                self.table.selectRow(row)

    # -- messages (tests replace these) ----------------------------------------------------------
    def notify_error(self, error: UserError) -> None:
        QMessageBox.warning(self, self.tr("ทำรายการไม่สำเร็จ"), error.message(self.lang))

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def ask_pdf_path(self, suggested: str, fmt: str = "pdf") -> str:
        kind = "PDF (*.pdf)" if fmt == "pdf" else self.tr("เอกสาร Word (*.docx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("บันทึก PDF") if fmt == "pdf" else self.tr("บันทึกเอกสาร"),
                                              suggested, kind)
        return path

    # -- actions ---------------------------------------------------------------------------------
    @Slot()
    def add_meeting(self):
        from app.views.meetings.new_meeting_dialog import NewMeetingDialog

        committee_id = self.committee.currentData()
        if committee_id is None:
            return None
        dialog = NewMeetingDialog(self.db, committee_id, self.lang, self)
        dialog.created.connect(self._created)
        dialog.open()
        return dialog

    def _created(self, meeting_id: int) -> None:
        self.reload()
        self.open_meeting(meeting_id)

    @Slot()
    def open_selected(self):
        meeting_id = self.selected_id()
        return self.open_meeting(meeting_id) if meeting_id is not None else None

    def open_meeting(self, meeting_id: int):
        from app.views.meetings.meeting_window import MeetingWindow

        window = self.windows.get(meeting_id)
        if window is None or not window.isVisible():
            window = self.windows[meeting_id] = MeetingWindow(self.db, meeting_id, self.lang, self)
            window.meeting_saved.connect(lambda _id: self.reload())
        window.show()
        window.raise_()
        self.meeting_opened.emit(window)
        return window

    @Slot()
    def delete_selected(self) -> bool:
        meeting_id = self.selected_id()
        if meeting_id is None:
            return False
        label = self.table.item(self.table.currentRow(), 0).text()
        text = self.tr("ลบการประชุมครั้งที่ {label} พร้อมระเบียบวาระ การเข้าประชุม และมติ ใช่หรือไม่? "
                       "(เลิกทำไม่ได้)").format(label=label)
        if not self.confirm(self.tr("ยืนยันการลบ"), text):
            return False
        try:
            with self.db.session() as session:
                meetings.delete_meeting(session, meeting_id)
        except UserError as error:
            self.notify_error(error)
            return False
        self.reload()
        return True

    def export(self, kind: str, fmt: str = "pdf") -> bool:
        """Save the minutes or the agenda of the selected meeting as a PDF or DOCX, off the GUI thread."""
        meeting_id = self.selected_id()
        if meeting_id is None:
            return False
        label = self.table.item(self.table.currentRow(), 0).text().replace("/", "-")
        prefix = self.tr("รายงานการประชุม") if kind == "minutes" else self.tr("ระเบียบวาระการประชุม")
        folder = QSettings().value("export/folder", str(Path.home()))
        path = self.ask_pdf_path(str(Path(folder) / f"{prefix}-{label}.{fmt}"), fmt)
        if not path:
            return False
        QSettings().setValue("export/folder", str(Path(path).parent))
        run_task(write_document, self.db, meeting_id, kind, fmt, Path(path),
                 on_done=self.exported.emit, on_error=self._export_failed)
        return True

    def _export_failed(self, error: Exception) -> None:
        if not isinstance(error, UserError):
            raise error
        self.notify_error(error)
