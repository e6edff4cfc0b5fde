"""The dialogs of the work a resolution assigns (มอบหมาย): add one (description, responsible agency, due date),
and follow one up (status, due date, progress notes).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.core.db import Database
from app.core.errors import UserError, ValidationFailed
from app.core.thaidate import format_date
from app.meetings import actions
from app.meetings.action_rows import ActionRow
from app.meetings.types import ACTION_ITEMS
from app.models import ACTION_ITEM_FIELDS
from app.views.shared import settings
from app.views.shared.field_widgets import editor_for
from app.views.shared.fields_dialog import FieldsDialog
from app.views.shared.screen import fit_to_screen

ERROR_STYLE = "color: #b3261e;"
NEW_ACTION_FIELDS = tuple(f for f in ACTION_ITEM_FIELDS if f.name in ("description", "agency", "due_on", "progress"))


class NewActionDialog(FieldsDialog):
    def __init__(self, db: Database, agenda_item_id: int, lang: str = "th", parent: QWidget | None = None):
        super().__init__(NEW_ACTION_FIELDS, lang, QCoreApplication.translate("NewActionDialog", "บันทึก"), parent)
        self.db, self.agenda_item_id = db, agenda_item_id
        self.setObjectName("newAction")
        self.setWindowTitle(self.tr("เพิ่มงานที่มอบหมาย"))
        fit_to_screen(self, 620, 420)

    def create(self, values: dict[str, Any]) -> int:
        with self.db.session() as session:
            action = actions.add_action(session, self.agenda_item_id, values)
            session.flush()
            return action.id


class ActionDialog(QDialog):
    """Status, due date and progress notes of one action item; a refused save keeps the input."""

    record_saved = Signal(object)
    FIELDS = ("status", "due_on", "progress")

    def __init__(self, row: ActionRow, lang: str, submit: Callable[[dict[str, Any]], Any],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.row, self.lang, self._submit = row, lang, submit
        self.setObjectName("form_action_items")
        self.setWindowTitle(self.tr("ติดตามงานที่มอบหมาย"))
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._build()
        for name in self.FIELDS:
            self.editors[name].set_value(getattr(row, name))
        self._geometry = settings.dialog_geometry_key(self.objectName())
        geometry = self._geometry.get()
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            fit_to_screen(self, 640, 520)

    def _build(self) -> None:
        heading = QLabel(self.windowTitle(), self)
        heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        meeting = self.tr("{committee} ครั้งที่ {label}").format(committee=self.row.committee,
                                                                 label=self.row.meeting_label)
        facts = [(self.tr("การประชุม"), f"{meeting} ({format_date(self.row.held_on, self.lang)})"),
                 (self.tr("ระเบียบวาระ"), f"{self.row.item_number} {self.row.item_title}"),
                 (ACTION_ITEMS.field("description").label(self.lang), self.row.description),
                 (ACTION_ITEMS.field("agency").label(self.lang), self.row.agency)]
        self.info = QLabel("<br>".join(f"<b>{escape(k)}:</b> {escape(v)}" for k, v in facts), self)
        self.info.setObjectName("info")
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setWordWrap(True)
        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setStyleSheet(ERROR_STYLE + "font-weight: bold;")
        self.banner.setWordWrap(True)
        self.banner.hide()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for name in self.FIELDS:
            f = ACTION_ITEMS.field(name)
            editor = editor_for(f, self.lang)
            editor.setObjectName(f"edit_{name}")
            error = QLabel(self)
            error.setObjectName(f"error_{name}")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            cell = QWidget(self)
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(editor)
            box.addWidget(error)
            label = QLabel(f.label(self.lang) + (" *" if f.required else ""), self)
            label.setBuddy(editor)
            form.addRow(label, cell)
            self.editors[name], self.errors[name] = editor, error
        closed = ACTION_ITEMS.field("closed_on")
        self.closed_label = QLabel(format_date(self.row.closed_on, self.lang) or "–", self)
        self.closed_label.setToolTip(closed.help_en if self.lang == "en" else closed.help_th)
        form.addRow(QLabel(closed.label(self.lang), self), self.closed_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("บันทึก"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.info)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        return {name: editor.value() for name, editor in self.editors.items()}

    def show_errors(self, failure: ValidationFailed) -> None:
        first = None
        for name, label in self.errors.items():
            label.setVisible(name in failure.errors)
            if name in failure.errors:
                label.setText(failure.field_message(name, self.lang))
                first = first or self.editors[name]
        self.banner.setText(failure.message(self.lang))
        self.banner.show()
        if first is not None:
            first.setFocus()

    @Slot()
    def save(self) -> None:
        """Submit; close only when the save went through."""
        try:
            saved = self._submit(self.values())
        except ValidationFailed as failure:
            self.show_errors(failure)
            return
        except UserError as error:  # stale record, locked or unreachable database: keep the input
            for label in self.errors.values():
                label.hide()
            self.banner.setText(error.message(self.lang))
            self.banner.show()
            return
        self.record_saved.emit(saved)
        self.accept()

    def done(self, result: int) -> None:
        self._geometry.set(self.saveGeometry())
        super().done(result)
