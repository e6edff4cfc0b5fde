"""Add the work a resolution assigns (มอบหมาย): description, responsible agency, due date."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.core.db import Database
from app.meetings import actions
from app.models import ACTION_ITEM_FIELDS
from app.views.widgets.fields_dialog import FieldsDialog

NEW_ACTION_FIELDS = tuple(f for f in ACTION_ITEM_FIELDS if f.name in ("description", "agency", "due_on", "progress"))


class NewActionDialog(FieldsDialog):
    def __init__(self, db: Database, agenda_item_id: int, lang: str = "th", parent: QWidget | None = None):
        super().__init__(NEW_ACTION_FIELDS, lang, QCoreApplication.translate("NewActionDialog", "บันทึก"), parent)
        self.db, self.agenda_item_id = db, agenda_item_id
        self.setObjectName("newAction")
        self.setWindowTitle(self.tr("เพิ่มงานที่มอบหมาย"))
        self.resize(620, 420)

    def create(self, values: dict[str, Any]) -> int:
        with self.db.session() as session:
            action = actions.add_action(session, self.agenda_item_id, values)
            session.flush()
            return action.id
