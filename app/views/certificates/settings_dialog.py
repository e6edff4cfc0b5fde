"""ตั้งค่าเกียรติบัตร: the number pattern (with a live example), the wording, the validity and 1–3 signatories."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal, Slot
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.certificates import settings as certificate_settings
from app.certificates.content import Signatory
from app.certificates.settings import MAX_SIGNATORIES, MAX_YEARS, CertificateSettings
from app.core.db import Database
from app.core.errors import UserError, ValidationFailed, render
from app.core.thaidate import BE_OFFSET
from app.views.shared.field_widgets import DateEdit
from app.views.shared.fields_editor import ERROR_STYLE, NOTE_STYLE
from app.views.shared.screen import fit_to_screen

SIGNATURE_MAX_PX = 800  # a scanned signature is scaled down to this width before it is stored


def _error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(f"error_{name}")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def png_bytes(path: str) -> bytes | None:
    """The image file as PNG bytes (any format Qt reads), scaled down when very wide; None if unreadable."""
    image = QImage(path)
    if image.isNull():
        return None
    if image.width() > SIGNATURE_MAX_PX:
        image = image.scaledToWidth(SIGNATURE_MAX_PX, Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


class SignatoryBox(QGroupBox):
    """Name, position (one or more lines) and an optional signature image; empty name and position: not used."""

    def __init__(self, number: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("ผู้ลงนามคนที่ {n}").format(n=number))
        self.signature: bytes | None = None
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("เช่น นายชัยวุฒิ ธนาคมานุสรณ์ (เว้นว่างถ้าไม่ใช้)"))
        self.position = QPlainTextEdit(self)
        self.position.setFixedHeight(54)
        self.image = QLabel(self.tr("ไม่มีภาพลายมือชื่อ"), self)
        self.image.setFixedSize(180, 44)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setStyleSheet("border: 1px dashed #9aa0a6;")
        choose = QPushButton(self.tr("เลือกภาพลายมือชื่อ…"), self)
        choose.clicked.connect(self.choose_image)
        clear = QPushButton(self.tr("ลบภาพ"), self)
        clear.clicked.connect(lambda: self.set_signature(None))
        row = QHBoxLayout()
        row.addWidget(self.image)
        row.addWidget(choose)
        row.addWidget(clear)
        row.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("ชื่อเต็ม"), self.name)
        form.addRow(self.tr("ตำแหน่ง"), self.position)
        form.addRow(self.tr("ลายมือชื่อ"), row)
        self.from_on, self.to_on = DateEdit(self), DateEdit(self)  # dates of office: the signatory history
        office = QHBoxLayout()
        for label, editor in ((self.tr("ตั้งแต่"), self.from_on), (self.tr("ถึง"), self.to_on)):
            office.addWidget(QLabel(label, self))
            office.addWidget(editor)
        form.addRow(self.tr("ดำรงตำแหน่ง"), office)

    def set_value(self, signatory: Signatory | None) -> None:
        self.name.setText(signatory.name if signatory else "")
        self.position.setPlainText(signatory.position if signatory else "")
        self.set_signature(signatory.signature_png if signatory else None)
        self.from_on.set_value(signatory.from_on if signatory else None)
        self.to_on.set_value(signatory.to_on if signatory else None)

    def value(self) -> Signatory | None:
        name, position = self.name.text().strip(), self.position.toPlainText().strip()
        if not name and not position and self.signature is None:
            return None
        return Signatory(name, position, self.signature, self.from_on.value(), self.to_on.value())

    def set_signature(self, data: bytes | None) -> None:
        self.signature = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.image.setPixmap(pixmap.scaled(self.image.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
        else:
            self.image.setText(self.tr("ไม่มีภาพลายมือชื่อ"))

    @Slot()
    def choose_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("ภาพลายมือชื่อ"), str(Path.home()),
                                              self.tr("ภาพ (*.png *.jpg *.jpeg *.bmp)"))
        if path:
            self.load_image(path)

    def load_image(self, path: str) -> bool:
        data = png_bytes(path)
        if data is None:
            self.image.setText(self.tr("อ่านไฟล์ภาพไม่ได้"))
            return False
        self.set_signature(data)
        return True


class CertificateSettingsDialog(QDialog):
    """Loads the shared settings from the database; a refused save keeps the input and says why beside the field."""

    settings_saved = Signal()

    def __init__(self, db: Database, lang: str = "th", parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.lang = db, lang
        self.setObjectName("certificate_settings")
        self.setWindowTitle(self.tr("ตั้งค่าเกียรติบัตร"))
        self.errors: dict[str, QLabel] = {}
        self.pattern = QLineEdit(self)
        self.pattern.setObjectName("number_pattern")
        self.example = QLabel(self)
        self.example.setObjectName("example")
        self.pattern.textChanged.connect(self._show_example)
        self.issuing_body = QLineEdit(self)
        self.lead_line = QLineEdit(self)
        self.reason_line = QPlainTextEdit(self)
        self.reason_line.setFixedHeight(70)
        self.valid_years = QSpinBox(self)
        self.valid_years.setRange(1, MAX_YEARS)
        self.valid_years.setSuffix(self.tr(" ปี"))
        self.signers = [SignatoryBox(i + 1, self) for i in range(MAX_SIGNATORIES)]
        self.banner = _error_label(self, "banner")
        hint = QLabel(self.tr("ใช้ {run:03d} แทนลำดับที่ในปี และ {year} แทนปี พ.ศ. · ข้อความใช้ {city} {province} "
                              "{developer} แทนชื่อเมือง จังหวัด และผู้พัฒนาเมืองได้"), self)
        hint.setStyleSheet(NOTE_STYLE)
        hint.setWordWrap(True)
        form = QFormLayout()
        for name, label, editor in (("number_pattern", self.tr("รูปแบบเลขที่"), self.pattern),
                                    ("", "", self.example),
                                    ("issuing_body", self.tr("หน่วยงานที่ออก"), self.issuing_body),
                                    ("lead_line", self.tr("ข้อความนำ"), self.lead_line),
                                    ("reason_line", self.tr("ข้อความเหตุผล"), self.reason_line),
                                    ("valid_years", self.tr("อายุเกียรติบัตร"), self.valid_years)):
            form.addRow(label, editor)
            if name:
                self.errors[name] = _error_label(self, name)
                form.addRow("", self.errors[name])
        self.errors["signatories"] = _error_label(self, "signatories")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("บันทึก"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addLayout(form)
        left.addWidget(hint)
        left.addStretch(1)
        for box in self.signers:
            right.addWidget(box)
        right.addWidget(self.errors["signatories"])
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(columns)
        layout.addWidget(buttons)
        fit_to_screen(self, 1200, 640)
        self._load()

    def _load(self) -> None:
        try:
            with self.db.session() as session:
                current = certificate_settings.load(session)
        except UserError as error:
            self.banner.setText(error.message(self.lang))
            self.banner.show()
            current = CertificateSettings()
        self.set_value(current)

    def set_value(self, value: CertificateSettings) -> None:
        self.pattern.setText(value.number_pattern)
        self.issuing_body.setText(value.issuing_body)
        self.lead_line.setText(value.lead_line)
        self.reason_line.setPlainText(value.reason_line)
        self.valid_years.setValue(value.valid_years)
        for i, box in enumerate(self.signers):
            box.set_value(value.signatories[i] if i < len(value.signatories) else None)

    def value(self) -> CertificateSettings:
        signers = tuple(s for s in (box.value() for box in self.signers) if s is not None)
        return CertificateSettings(self.pattern.text().strip(), self.issuing_body.text().strip(),
                                   self.lead_line.text().strip(), self.reason_line.toPlainText().strip(),
                                   self.valid_years.value(), signers)

    def _show_example(self, pattern: str) -> None:
        problem = certificate_settings.problems(CertificateSettings(number_pattern=pattern)).get("number_pattern")
        if problem:
            self.example.setStyleSheet(ERROR_STYLE)
            self.example.setText(render(problem[0], problem[1], self.lang))
            return
        year = date.today().year + BE_OFFSET
        self.example.setStyleSheet(NOTE_STYLE)
        self.example.setText(self.tr("ตัวอย่าง: {first}, {second}").format(
            first=certificate_settings.format_number(pattern, 1, year),
            second=certificate_settings.format_number(pattern, 12, year)))

    @Slot()
    def save(self) -> bool:
        for label in self.errors.values():
            label.hide()
        self.banner.hide()
        try:
            with self.db.session() as session:
                certificate_settings.save(session, self.value())
        except ValidationFailed as failure:
            for name in failure.errors:
                label = self.errors.get(name, self.banner)
                label.setText(failure.field_message(name, self.lang))
                label.show()
            return False
        except UserError as error:
            self.banner.setText(error.message(self.lang))
            self.banner.show()
            return False
        self.accept()
        self.settings_saved.emit()
        return True
