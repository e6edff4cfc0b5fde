"""The add/edit form of any register, built from its field descriptions."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError, ValidationFailed
from app.services.registers import Register

from . import settings
from .field_widgets import editor_for

ERROR_STYLE = "color: #b3261e;"
NOTE_STYLE = "color: #5f6368; font-size: 9pt;"


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
            self.resize(720, 640)

    def _build(self, refs: dict[str, dict[int, str]]) -> None:
        body = QWidget()
        outer = QVBoxLayout(body)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        self._outer = outer
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for f in self.register.form_fields:
            editor = editor_for(f, self.lang, refs.get(f.ref or ""))
            editor.setObjectName(f"edit_{f.name}")
            help_text = f.help_en if self.lang == "en" else f.help_th
            if help_text:
                editor.setToolTip(help_text)
            error = QLabel(self)
            error.setObjectName(f"error_{f.name}")
            error.setStyleSheet(ERROR_STYLE)
            error.hide()
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(editor)
            if f.personal:
                note = QLabel(self.tr("ข้อมูลส่วนบุคคล (PDPA): ไม่รวมในไฟล์ส่งออก เว้นแต่ผู้ใช้เลือก"), self)
                note.setStyleSheet(NOTE_STYLE)
                box.addWidget(note)
            box.addWidget(error)
            label = QLabel(f.label(self.lang) + (" *" if f.required else ""))
            label.setBuddy(editor)
            form.addRow(label, cell)
            self.editors[f.name] = editor
            self.errors[f.name] = error
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
        """Read-only information under the fields (e.g. a city's emblem renewal history)."""
        label = QLabel(f"<b>{escape(title)}</b><br>" + "<br>".join(escape(line) for line in lines), self)
        label.setObjectName("note")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        self._outer.insertWidget(1, label)
        return label

    def values(self) -> dict[str, Any]:
        return {name: editor.value() for name, editor in self.editors.items()}

    def set_values(self, values: dict[str, Any]) -> None:
        for name, editor in self.editors.items():
            editor.set_value(values.get(name))

    def show_errors(self, failure: ValidationFailed) -> None:
        first = None
        for name, label in self.errors.items():
            if name in failure.errors:
                label.setText(failure.field_message(name, self.lang))
                label.show()
                first = first or self.editors[name]
            else:
                label.hide()
        self.banner.setText(failure.message(self.lang))
        self.banner.show()
        if first is not None:
            first.setFocus()

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
