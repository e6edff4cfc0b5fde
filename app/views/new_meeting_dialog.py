"""Create a meeting: date, time, place and mode; the number N/B.E.-year is proposed by the committee's rule."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.db import Database
from app.errors import UserError, ValidationFailed
from app.models import MEETING_FIELDS
from app.services import meetings

from .fields_editor import ERROR_STYLE, FieldsEditor

NEW_MEETING_FIELDS = ("number", "year_be", "held_on", "start_time", "end_time", "place", "mode", "recording_style")


class NewMeetingDialog(QDialog):
    meeting_created = Signal(int)

    def __init__(self, db: Database, committee_id: int, lang: str = "th", parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.committee_id, self.lang = db, committee_id, lang
        self.setObjectName("newMeeting")
        self.setWindowTitle(self.tr("สร้างการประชุม"))
        fields = tuple(f for f in MEETING_FIELDS if f.name in NEW_MEETING_FIELDS)
        self.fields = FieldsEditor(fields, lang, parent=self)
        self.editors = self.fields.editors
        self.banner = QLabel(self)
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("สร้าง"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.fields)
        layout.addWidget(buttons)
        self.fields.set_values({"held_on": date.today(), "mode": "onsite", "recording_style": "summary"})
        self.editors["held_on"].line.textChanged.connect(self._propose)
        self._propose()
        self.resize(620, 460)

    def _propose(self) -> None:
        """Number and year follow the date until the user types a number of their own."""
        day = self.editors["held_on"].value()
        if not isinstance(day, date):
            return
        with self.db.session() as session:
            number, year = meetings.propose_number(session, self.committee_id, day)
        self.editors["number"].set_value(number)
        self.editors["year_be"].set_value(year)

    def save(self) -> None:
        values = {**self.fields.values(), "committee_id": self.committee_id}
        try:
            with self.db.session() as session:
                meeting = meetings.create_meeting(session, values)
                session.flush()
                meeting_id = meeting.id
        except ValidationFailed as failure:
            self.fields.show_errors(failure)
            self.banner.setText(failure.message(self.lang))
            self.banner.show()
            return
        except UserError as error:
            self.banner.setText(error.message(self.lang))
            self.banner.show()
            return
        self.accept()
        self.meeting_created.emit(meeting_id)
