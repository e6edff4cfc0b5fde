"""Add the work a resolution assigns (มอบหมาย): description, responsible agency, due date."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.db import Database
from app.errors import UserError, ValidationFailed
from app.models import ACTION_ITEM_FIELDS
from app.services import actions

from .fields_editor import ERROR_STYLE, FieldsEditor

NEW_ACTION_FIELDS = tuple(f for f in ACTION_ITEM_FIELDS if f.name in ("description", "agency", "due_on", "progress"))


class NewActionDialog(QDialog):
    action_added = Signal(int)

    def __init__(self, db: Database, agenda_item_id: int, lang: str = "th", parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.agenda_item_id, self.lang = db, agenda_item_id, lang
        self.setObjectName("newAction")
        self.setWindowTitle(self.tr("เพิ่มงานที่มอบหมาย"))
        self.fields = FieldsEditor(NEW_ACTION_FIELDS, lang, parent=self)
        self.editors = self.fields.editors
        self.banner = QLabel(self)
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("บันทึก"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.fields)
        layout.addWidget(buttons)
        self.resize(620, 420)

    def save(self) -> None:
        try:
            with self.db.session() as session:
                action = actions.add_action(session, self.agenda_item_id, self.fields.values())
                session.flush()
                action_id = action.id
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
        self.action_added.emit(action_id)
