"""Editors for a list of field descriptions, with Thai messages beside the fields.

Used by the register form, the meeting details, the new-meeting dialog and the agenda item editor.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from app.core.errors import UserError, ValidationFailed
from app.models import Field
from app.registers.validation import check_fields
from app.views.shared.field_widgets import editor_for

ERROR_STYLE = "color: #b3261e;"
NOTE_STYLE = "color: #5f6368; font-size: 9pt;"


class FieldsEditor(QWidget):
    """``editors`` and ``errors`` are keyed by field name; ``values()`` gives what the user typed."""

    changed = Signal()
    errors_cleared = Signal()  # the last message beside a field went away: the form's banner may go too

    def __init__(self, fields: tuple[Field, ...], lang: str, refs: dict[str, dict[int, str]] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.outer.addLayout(form)
        self.outer.addStretch(1)
        for f in fields:
            self._add_row(form, f, refs or {})

    def _add_row(self, form: QFormLayout, f: Field, refs: dict[str, dict[int, str]]) -> None:
        editor = editor_for(f, self.lang, refs.get(f.ref or ""))
        editor.setObjectName(f"edit_{f.name}")
        help_text = f.help_en if self.lang == "en" else f.help_th
        if help_text:
            editor.setToolTip(help_text)
        for signal in ("textChanged", "currentIndexChanged", "itemChanged"):
            source = getattr(editor, "line", None) or getattr(editor, "list", None) or editor
            if hasattr(source, signal):
                getattr(source, signal).connect(self.changed)
                getattr(source, signal).connect(lambda *_a, field=f: self._recheck(field))
                break
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

    def add_note(self, title: str, lines: list[str]) -> QLabel:
        """Read-only information under the fields (e.g. a city's emblem renewal history)."""
        label = QLabel(f"<b>{escape(title)}</b><br>" + "<br>".join(escape(line) for line in lines), self)
        label.setObjectName("note")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        self.outer.insertWidget(1, label)
        return label

    def values(self) -> dict[str, Any]:
        return {name: editor.value() for name, editor in self.editors.items()}

    def set_values(self, values: dict[str, Any]) -> None:
        for name, editor in self.editors.items():
            editor.set_value(values.get(name))

    def _recheck(self, f: Field) -> None:
        """A field with a message is checked again as the user corrects it: the message goes once it is right
        (rules between fields are checked again at saving)."""
        label = self.errors.get(f.name)
        if label is None or label.isHidden():
            return
        _clean, problems = check_fields((f,), {f.name: self.editors[f.name].value()})
        if f.name in problems:
            label.setText(ValidationFailed(problems).field_message(f.name, self.lang))
            return
        label.hide()
        if all(other.isHidden() for other in self.errors.values()):
            self.errors_cleared.emit()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()

    def show_errors(self, failure: ValidationFailed) -> QWidget | None:
        """Messages beside the fields; returns the first editor with a problem (focused)."""
        first = None
        for name, label in self.errors.items():
            if name in failure.errors:
                label.setText(failure.field_message(name, self.lang))
                label.show()
                first = first or self.editors[name]
            else:
                label.hide()
        if first is not None:
            first.setFocus()
        return first


def show_refusal(error: UserError, banner: QLabel, editor: FieldsEditor | None, lang: str) -> None:
    """A refused save: messages beside the fields for invalid input, the reason above them; input stays."""
    if editor is not None:
        if isinstance(error, ValidationFailed):
            editor.show_errors(error)
        else:
            editor.clear_errors()
    banner.setText(error.message(lang))
    banner.show()
