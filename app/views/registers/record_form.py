"""The add/edit form of any register, built from its field descriptions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import UserError, ValidationFailed
from app.registers.catalog import Register
from app.views.shared import settings
from app.views.shared.fields_editor import ERROR_STYLE, FieldsEditor
from app.views.shared.screen import fit_to_screen


class RecordForm(QDialog):
    """Collects values and hands them to ``submit``; on a refused save the input stays in the form."""

    record_saved = Signal(object)

    def __init__(self, register: Register, lang: str, submit: Callable[[dict[str, Any]], Any],
                 values: dict[str, Any] | None = None, refs: dict[str, dict[int, str]] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.register, self.lang, self._submit = register, lang, submit
        self.setObjectName(f"form_{register.key}")
        title = self.tr("แก้ไข{name}") if values else self.tr("เพิ่ม{name}")
        self.setWindowTitle(title.format(name=register.singular(lang)))
        self.heading = QLabel(self.windowTitle(), self)
        self.heading.setObjectName("heading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._build(refs or {})
        if values:
            self.set_values(values)
            title_value = values.get(register.title_field)
            if title_value:
                self.heading.setText(f"{self.windowTitle()}: {title_value}")
        self._geometry = settings.dialog_geometry_key(self.objectName())
        geometry = self._geometry.get()
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            fit_to_screen(self, 720, 640)

    def _build(self, refs: dict[str, dict[int, str]]) -> None:
        self.fields = FieldsEditor(self.register.form_fields, self.lang, refs, self)
        self.editors, self.errors = self.fields.editors, self.fields.errors
        self.fields.errors_cleared.connect(lambda: self.banner.hide())
        body = self.fields
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setStyleSheet(ERROR_STYLE + "font-weight: bold;")
        self.banner.setWordWrap(True)
        self.banner.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("บันทึก"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(scroll)
        layout.addWidget(buttons)

    def add_note(self, title: str, lines: list[str]) -> QLabel:
        return self.fields.add_note(title, lines)

    def values(self) -> dict[str, Any]:
        return self.fields.values()

    def set_values(self, values: dict[str, Any]) -> None:
        self.fields.set_values(values)

    def show_errors(self, failure: ValidationFailed) -> None:
        self.fields.show_errors(failure)
        self.banner.setText(failure.message(self.lang))
        self.banner.show()

    def save(self) -> None:
        """Submit; close only when the save went through."""
        try:
            saved = self._submit(self.values())
        except ValidationFailed as failure:
            self.show_errors(failure)
            return
        except UserError as error:  # stale record, locked or unreachable database: keep the input
            self.banner.setText(error.message(self.lang))
            self.banner.show()
            QMessageBox.warning(self, self.tr("บันทึกไม่สำเร็จ"), error.message(self.lang))
            return
        self.record_saved.emit(saved)
        self.accept()

    def done(self, result: int) -> None:
        self._geometry.set(self.saveGeometry())
        super().done(result)
