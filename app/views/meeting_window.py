"""One meeting: details and the state of its minutes, attendance, the agenda, and a preview of the minutes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.documents import minutes
from app.errors import UserError, ValidationFailed
from app.models import MEETING_FIELDS, Meeting
from app.models.meeting import MEETING_STATES
from app.services import committees, meetings

from . import settings
from .agenda_tab import AgendaTab
from .attendance_tab import AttendanceTab
from .fields_editor import ERROR_STYLE, FieldsEditor, show_refusal
from .minutes_preview import MinutesPreview

STATE = {c.value: c for c in MEETING_STATES}
DETAIL_FIELDS = tuple(f for f in MEETING_FIELDS if f.in_form and f.name != "committee_id")


class MeetingWindow(QDialog):
    meeting_saved = Signal(int)

    def __init__(self, db: Database, meeting_id: int, lang: str = "th", parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.meeting_id, self.lang = db, meeting_id, lang
        self.setObjectName("meetingWindow")
        self.version = 0
        with db.session() as session:
            meeting = session.get(Meeting, meeting_id)
            members = {m.id: m.display_name for m in committees.members_on(session, meeting.committee_id,
                                                                          meeting.held_on)}
            title = f"{meeting.committee.name} {self.tr('ครั้งที่')} {meeting.label}"
        self.setWindowTitle(title)
        self.heading = QLabel(title, self)
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.details = FieldsEditor(DETAIL_FIELDS, lang, {"committee_members": members}, self)
        self.banner = QLabel(self)
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.state_label = QLabel(self)
        self.state_label.setObjectName("state")
        self.checked_button = QPushButton(self.tr("ตรวจรายงานแล้ว"), self)
        self.checked_button.clicked.connect(lambda: self.change_state("checked"))
        self.draft_button = QPushButton(self.tr("กลับเป็นร่าง"), self)
        self.draft_button.clicked.connect(lambda: self.change_state("draft"))
        self.certify_button = QPushButton(self.tr("รับรองรายงานการประชุม"), self)
        self.certify_button.clicked.connect(lambda: self.change_state("certified"))
        self.attendance = AttendanceTab(db, meeting_id, lang, self)
        self.attendance.button_bar.hide()  # the window's own Save writes the attendance too
        self.agenda = AgendaTab(db, meeting_id, lang, self)
        self.preview = MinutesPreview(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._details_page(), self.tr("รายละเอียด"))
        self.tabs.addTab(self.attendance, self.tr("ผู้เข้าประชุม"))
        self.tabs.addTab(self.agenda, self.tr("ระเบียบวาระและมติ"))
        self.tabs.addTab(self.preview, self.tr("ตัวอย่างรายงานการประชุม"))
        self.tabs.currentChanged.connect(self._tab_changed)
        save = QPushButton(self.tr("บันทึก"), self)
        save.setDefault(True)
        save.clicked.connect(self.save)
        close = QPushButton(self.tr("ปิด"), self)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(save)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs)
        layout.addLayout(buttons)
        self._load_details()
        geometry = settings.dialog_geometry_key("meetingWindow").get()
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 760)

    def _details_page(self) -> QWidget:
        page = QWidget(self)
        states = QHBoxLayout()
        states.addWidget(self.state_label, 1)
        for button in (self.checked_button, self.draft_button, self.certify_button):
            states.addWidget(button)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.details)
        box = QVBoxLayout(page)
        box.addLayout(states)
        box.addWidget(scroll)
        return page

    def _load_details(self) -> None:
        with self.db.session() as session:
            meeting = session.get(Meeting, self.meeting_id)
            self.details.set_values({f.name: getattr(meeting, f.name) for f in DETAIL_FIELDS})
            self.version, state, self._held_on = meeting.version, meeting.state, meeting.held_on
            certified_by = meeting.certified_by.label if meeting.certified_by else None
        text = self.tr("สถานะรายงานการประชุม: {state}").format(state=STATE[state].label(self.lang))
        if certified_by:
            text += " " + self.tr("(รับรองในการประชุมครั้งที่ {label})").format(label=certified_by)
        self.state_label.setText(text)
        self.checked_button.setEnabled(state == "draft")
        self.draft_button.setEnabled(state == "checked")
        self.certify_button.setEnabled(state == "checked")

    # -- messages (tests replace these) ----------------------------------------------------------
    def notify_error(self, error: UserError) -> None:
        QMessageBox.warning(self, self.tr("บันทึกไม่สำเร็จ"), error.message(self.lang))

    # -- saving ----------------------------------------------------------------------------------
    def save(self) -> bool:
        """Details, attendance and the shown agenda item; a refused part keeps its input and says why."""
        try:
            with self.db.session() as session:
                meeting = meetings.update_meeting(session, self.meeting_id, self.details.values(), self.version)
                session.flush()
                self.version = meeting.version
        except UserError as error:
            self.tabs.setCurrentIndex(0)
            show_refusal(error, self.banner, self.details, self.lang)
            if not isinstance(error, ValidationFailed):  # stale or locked: say so, not only above the fields
                self.notify_error(error)
            return False
        self.banner.hide()
        self.details.clear_errors()
        if not self.attendance.save():
            self.tabs.setCurrentWidget(self.attendance)
            return False
        if not self.agenda.save():
            self.tabs.setCurrentWidget(self.agenda)
            return False
        if self.details.values().get("held_on") != self._held_on:
            self.attendance.reload()  # who serves on the committee depends on the date
        self._load_details()
        self.meeting_saved.emit(self.meeting_id)
        return True

    def change_state(self, state: str) -> bool:
        if not self.save():
            return False
        extra = {}
        if state == "certified":
            with self.db.session() as session:
                later = [m for m in meetings.meetings_of(session, session.get(Meeting, self.meeting_id).committee_id)
                         if meetings.held_order(m) > meetings.held_order(session.get(Meeting, self.meeting_id))]
                extra = {"certified_by_id": later[0].id} if later else {"certified_on": date.today()}
        try:
            with self.db.session() as session:
                meetings.set_state(session, self.meeting_id, state, self.version, **extra)
        except UserError as error:
            self.notify_error(error)
            return False
        self._load_details()
        self.meeting_saved.emit(self.meeting_id)
        return True

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.preview:
            self.refresh_preview()

    def refresh_preview(self) -> None:
        with self.db.session() as session:
            self.preview.show_document(minutes.minutes(session, self.meeting_id))

    def done(self, result: int) -> None:
        settings.dialog_geometry_key("meetingWindow").set(self.saveGeometry())
        super().done(result)
