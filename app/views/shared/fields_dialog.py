"""A dialog that creates one record from field descriptions; a refused save keeps the input."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.core.errors import UserError
from app.models import Field
from app.views.shared.fields_editor import ERROR_STYLE, FieldsEditor, show_refusal


class FieldsDialog(QDialog):
    """Subclasses implement ``create(values) -> id``; ``created(id)`` is emitted after a save went through."""

    created = Signal(int)

    def __init__(self, fields: tuple[Field, ...], lang: str, ok_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.fields = FieldsEditor(fields, lang, parent=self)
        self.editors = self.fields.editors
        self.banner = QLabel(self)
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.fields)
        layout.addWidget(buttons)

    def create(self, values: dict[str, Any]) -> int:
        raise NotImplementedError

    def save(self) -> None:
        try:
            record_id = self.create(self.fields.values())
        except UserError as error:
            show_refusal(error, self.banner, self.fields, self.lang)
            return
        self.accept()
        self.created.emit(record_id)
