"""Create a meeting: date, time, place and mode; the number N/B.E.-year is proposed by the committee's rule."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.core.db import Database
from app.meetings import meetings
from app.models import MEETING_FIELDS
from app.views.shared.fields_dialog import FieldsDialog
from app.views.shared.screen import fit_to_screen

NEW_MEETING_FIELDS = ("number", "year_be", "held_on", "start_time", "end_time", "place", "mode", "recording_style")


class NewMeetingDialog(FieldsDialog):
    def __init__(self, db: Database, committee_id: int, lang: str = "th", parent: QWidget | None = None):
        fields = tuple(f for f in MEETING_FIELDS if f.name in NEW_MEETING_FIELDS)
        super().__init__(fields, lang, QCoreApplication.translate("NewMeetingDialog", "สร้าง"), parent)
        self.db, self.committee_id = db, committee_id
        self.setObjectName("newMeeting")
        self.setWindowTitle(self.tr("สร้างการประชุม"))
        self.fields.set_values({"held_on": date.today(), "mode": "onsite", "recording_style": "summary"})
        self.editors["held_on"].line.textChanged.connect(self._propose)
        self._propose()
        fit_to_screen(self, 620, 460)

    def _propose(self) -> None:
        """Number and year follow the date until the user types a number of their own."""
        day = self.editors["held_on"].value()
        if not isinstance(day, date):
            return
        with self.db.session() as session:
            number, year = meetings.propose_number(session, self.committee_id, day)
        self.editors["number"].set_value(number)
        self.editors["year_be"].set_value(year)

    def create(self, values: dict[str, Any]) -> int:
        with self.db.session() as session:
            meeting = meetings.create_meeting(session, {**values, "committee_id": self.committee_id})
            session.flush()
            return meeting.id
