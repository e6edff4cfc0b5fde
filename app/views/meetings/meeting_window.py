"""One meeting: details and the state of its minutes, attendance, the agenda, and a preview of the minutes.

Certified minutes are the record: the window shows them read-only, with a banner saying why, and
offers the one way back, ยกเลิกการรับรอง with a reason. A change of state updates this at once.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.db import Database
from app.core.errors import UserError, ValidationFailed
from app.core.thaidate import format_date
from app.documents import minutes
from app.meetings import committees, meetings, snapshot
from app.meetings.records import MinutesCertified
from app.models import MEETING_FIELDS, Meeting
from app.models.meeting import MEETING_STATES
from app.views.meetings.agenda_tab import AgendaTab, set_editors_read_only
from app.views.meetings.attendance_tab import AttendanceTab
from app.views.meetings.documents_menu import DocumentsMenu
from app.views.meetings.minutes_preview import MinutesPreview
from app.views.shared import settings
from app.views.shared.fields_editor import ERROR_STYLE, FieldsEditor, show_refusal
from app.views.shared.screen import fit_to_screen

STATE = {c.value: c for c in MEETING_STATES}
READ_ONLY_STYLE = "QLineEdit:read-only, QPlainTextEdit[readOnly=\"true\"] { background: #f1f1f1; }"
LOCKED_STYLE = ("background: #fff4ce; color: #5c3c00; border: 1px solid #e0b040; border-radius: 4px;"
                "padding: 6px; font-weight: bold;")
DETAIL_FIELDS = tuple(f for f in MEETING_FIELDS if f.in_form and f.name != "committee_id")


class MeetingWindow(QDialog):
    meeting_saved = Signal(int)

    def __init__(self, db: Database, meeting_id: int, lang: str = "th", parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.meeting_id, self.lang = db, meeting_id, lang
        self.setObjectName("meetingWindow")
        self.setStyleSheet(READ_ONLY_STYLE)  # what cannot be changed looks it
        self.version = 0
        self.locked = False
        with db.session() as session:
            meeting = session.get(Meeting, meeting_id)
            members = {m.id: m.display_name for m in committees.members_on(session, meeting.committee_id,
                                                                          meeting.held_on)}
            title = f"{meeting.committee.name} {self.tr('ครั้งที่')} {meeting.label}"
            label = meeting.label
        self.setWindowTitle(title)
        self.heading = QLabel(title, self)
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.details = FieldsEditor(DETAIL_FIELDS, lang, {"committee_members": members}, self)
        self.banner = QLabel(self)
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.locked_banner = QLabel(self)
        self.locked_banner.setObjectName("lockedBanner")
        self.locked_banner.setStyleSheet(LOCKED_STYLE)
        self.locked_banner.setWordWrap(True)
        self.locked_banner.hide()
        self.state_label = QLabel(self)
        self.state_label.setObjectName("state")
        self.checked_button = QPushButton(self.tr("ตรวจรายงานแล้ว"), self)
        self.checked_button.clicked.connect(lambda: self.change_state("checked"))
        self.draft_button = QPushButton(self.tr("กลับเป็นร่าง"), self)
        self.draft_button.clicked.connect(lambda: self.change_state("draft"))
        self.certify_button = QPushButton(self.tr("รับรองรายงานการประชุม"), self)
        self.certify_button.clicked.connect(lambda: self.change_state("certified"))
        self.uncertify_button = QPushButton(self.tr("ยกเลิกการรับรอง"), self)
        self.uncertify_button.setToolTip(self.tr("ให้แก้ไขรายงานการประชุมที่รับรองแล้วได้อีกครั้ง โดยต้องระบุเหตุผล"))
        self.uncertify_button.clicked.connect(self.cancel_certification)
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
        self.overlap_banner = QLabel(self)  # one agency both a member and a guest
        self.overlap_banner.setObjectName("overlapBanner")
        self.overlap_banner.setStyleSheet(LOCKED_STYLE)
        self.overlap_banner.setWordWrap(True)
        self.overlap_banner.hide()
        self.documents_menu = DocumentsMenu(db, meeting_id, label, lang, self)
        self.documents_button = QPushButton(self.tr("เอกสาร"), self)
        self.documents_button.setObjectName("documentsButton")
        self.documents_button.setMenu(self.documents_menu)
        self.save_button = QPushButton(self.tr("บันทึก"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("ปิด"), self)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.documents_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.locked_banner)
        layout.addWidget(self.banner)
        layout.addWidget(self.overlap_banner)
        layout.addWidget(self.tabs)
        layout.addLayout(buttons)
        self._load_details()
        self.refresh_preview()  # and the member-and-guest warning
        geometry = settings.dialog_geometry_key("meetingWindow").get()
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            fit_to_screen(self, 1100, 760)

    def _details_page(self) -> QWidget:
        page = QWidget(self)
        states = QHBoxLayout()
        states.addWidget(self.state_label, 1)
        for button in (self.checked_button, self.draft_button, self.certify_button, self.uncertify_button):
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
            certified_on = meeting.certified_on
        text = self.tr("สถานะรายงานการประชุม: {state}").format(state=STATE[state].label(self.lang))
        if certified_by:
            text += " " + self.tr("(รับรองในการประชุมครั้งที่ {label})").format(label=certified_by)
        self.state_label.setText(text)
        self.checked_button.setEnabled(state == "draft")
        self.draft_button.setEnabled(state == "checked")
        self.certify_button.setEnabled(state == "checked")
        self.uncertify_button.setEnabled(state == "certified")
        self._lock(state == "certified", certified_by, certified_on)

    def _lock(self, locked: bool, certified_by: str | None, certified_on: date | None) -> None:
        """Certified minutes read-only in every tab, and a banner that says why and what to do."""
        self.locked = locked
        set_editors_read_only(self.details.editors.values(), locked)
        self.attendance.set_read_only(locked)
        self.agenda.set_read_only(locked)
        self.save_button.setEnabled(not locked)
        self.locked_banner.setVisible(locked)
        if not locked:
            return
        if certified_by:
            when = self.tr("ในการประชุมครั้งที่ {label}").format(label=certified_by)
        else:
            when = self.tr("เมื่อ {date}").format(date=format_date(certified_on, self.lang))
        self.locked_banner.setText(self.tr(
            "รายงานการประชุมครั้งนี้รับรองแล้ว{when} จึงแก้ไขรายละเอียด ผู้เข้าประชุม และระเบียบวาระไม่ได้ "
            "(งานที่มอบหมายยังเพิ่มและติดตามได้) หากต้องแก้ไข ให้กด “ยกเลิกการรับรอง” พร้อมระบุเหตุผล"
        ).format(when=" " + when))

    # -- messages (tests replace these) ----------------------------------------------------------
    def notify_error(self, error: UserError) -> None:
        QMessageBox.warning(self, self.tr("บันทึกไม่สำเร็จ"), error.message(self.lang))

    def ask_reason(self) -> str | None:
        """Why the certification is cancelled (None: the user cancelled)."""
        text, ok = QInputDialog.getText(self, self.tr("ยกเลิกการรับรองรายงานการประชุม"),
                                        self.tr("เหตุผลที่ยกเลิกการรับรอง (บันทึกไว้ในหมายเหตุของการประชุม)"))
        return text if ok else None

    # -- saving ----------------------------------------------------------------------------------
    def save(self) -> bool:
        """Details, attendance and the shown agenda item; a refused part keeps its input and says why."""
        if self.locked:
            return True  # certified: nothing could be typed
        try:
            with self.db.session() as session:
                meeting = meetings.update_meeting(session, self.meeting_id, self.details.values(), self.version)
                session.flush()
                self.version = meeting.version
        except MinutesCertified as error:  # certified from another window or workstation meanwhile
            self.notify_error(error)
            self.reload()
            return False
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

    def cancel_certification(self) -> bool:
        """ยกเลิกการรับรอง: back to "checked" with a reason, so the minutes can be corrected and certified again."""
        reason = self.ask_reason()
        if reason is None:
            return False
        try:
            with self.db.session() as session:
                meetings.cancel_certification(session, self.meeting_id, reason, self.version)
        except UserError as error:
            self.notify_error(error)
            return False
        self._load_details()
        self.meeting_saved.emit(self.meeting_id)
        return True

    def reload(self) -> None:
        """Everything as saved now (typed input is dropped)."""
        self.banner.hide()
        self.details.clear_errors()
        self.attendance.reload()
        self.agenda.reload()
        self._load_details()
        self.refresh_preview()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.preview:
            self.refresh_preview()

    def refresh_preview(self) -> None:
        with self.db.session() as session:
            snap = snapshot.load(snapshot.session_fetch(session), self.meeting_id)
        self.preview.show_document(minutes.minutes(snap))
        self.show_overlap(snapshot.agencies_in_both(snap))

    def show_overlap(self, agencies: list[str]) -> None:
        """Warn when an agency is both a member and a guest: the minutes would list it twice."""
        self.overlap_banner.setVisible(bool(agencies))
        if agencies:
            self.overlap_banner.setText(self.tr("หน่วยงานเดียวกันเป็นทั้งกรรมการและผู้เข้าร่วมประชุม: {names} "
                                                "รายงานการประชุมจะพิมพ์ซ้ำสองแห่ง กรุณาตรวจสอบ").format(
                                                    names=", ".join(agencies)))

    def done(self, result: int) -> None:
        settings.dialog_geometry_key("meetingWindow").set(self.saveGeometry())
        super().done(result)
