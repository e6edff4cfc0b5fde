"""ตรวจสอบเกียรติบัตร: a typed number or scanned QR text checked against the register, offline."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.certificates import certificates
from app.core.db import Database
from app.core.errors import UserError
from app.core.thaidate import format_date
from app.views.shared.screen import fit_to_screen

VALID_STYLE = "background: #e6f4ea; border: 2px solid #188038; border-radius: 6px; padding: 12px; color: #0d652d;"
INVALID_STYLE = "background: #fce8e6; border: 2px solid #b3261e; border-radius: 6px; padding: 12px; color: #8c1d18;"


class VerifyDialog(QDialog):
    """A QR scanner types like a keyboard and ends with Enter: the check runs on Enter or on the button."""

    verified = Signal(object)  # the Verification

    def __init__(self, db: Database, lang: str = "th", parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.lang = db, lang
        self.result = None
        self.setObjectName("verify_certificate")
        self.setWindowTitle(self.tr("ตรวจสอบเกียรติบัตร"))
        self.input = QLineEdit(self)
        self.input.setObjectName("input")
        self.input.setPlaceholderText(self.tr("พิมพ์เลขที่เกียรติบัตร หรือสแกนคิวอาร์โค้ด"))
        self.input.setClearButtonEnabled(True)
        self.input.returnPressed.connect(self.check)
        button = QPushButton(self.tr("ตรวจสอบ"), self)
        button.setAutoDefault(False)
        button.clicked.connect(self.check)
        self.panel = QLabel(self.tr("ผลการตรวจสอบจะแสดงที่นี่ (ใช้ข้อมูลในฐานข้อมูลนี้ ไม่ต้องต่ออินเทอร์เน็ต)"), self)
        self.panel.setObjectName("result")
        self.panel.setTextFormat(Qt.TextFormat.RichText)
        self.panel.setWordWrap(True)
        self.panel.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.panel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.panel.setMinimumHeight(220)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close_button.setText(self.tr("ปิด"))
        close_button.setAutoDefault(False)  # Enter never closes: a scanner ends every scan with it
        close_button.setDefault(False)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("เลขที่หรือข้อความจากคิวอาร์โค้ด"), self))
        layout.addLayout(row)
        layout.addWidget(self.panel, 1)
        layout.addWidget(close)
        fit_to_screen(self, 720, 560)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        """Enter in the text field has verified already (returnPressed); QDialog would click a default button."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.input.hasFocus():
            event.accept()
            return
        super().keyPressEvent(event)

    @Slot()
    def check(self):
        text = self.input.text().strip()
        if not text:
            return None
        try:
            with self.db.session() as session:
                self.result = certificates.verify(session, text)
        except UserError as error:
            self._show(False, self.tr("ตรวจสอบไม่ได้"), error.message(self.lang), [])
            return None
        self._show(self.result.ok, self._heading(self.result.status), self.result.message(self.lang),
                   self._facts(self.result.row))
        self.input.selectAll()  # the next scan replaces the text
        self.verified.emit(self.result)
        return self.result

    def _heading(self, status: str) -> str:
        return {"valid": self.tr("ถูกต้อง"), "expired": self.tr("หมดอายุแล้ว"), "revoked": self.tr("ถูกเพิกถอน"),
                "replaced": self.tr("ถูกแทนที่ด้วยฉบับใหม่แล้ว"), "not_found": self.tr("ไม่พบในทะเบียน"),
                "bad_check": self.tr("รหัสตรวจสอบไม่ตรงกับทะเบียน")}.get(status, status)

    def _facts(self, row) -> list[tuple[str, str]]:
        if row is None:
            return []
        facts = [(self.tr("เลขที่"), row.number), (self.tr("เมือง/โครงการ"), row.city_name),
                 (self.tr("ผู้พัฒนาเมือง"), row.developer), (self.tr("จังหวัด"), row.provinces),
                 (self.tr("ให้ไว้ ณ วันที่"), format_date(row.issue_date, self.lang, "long")),
                 (self.tr("ใช้ได้ถึงวันที่"), format_date(row.valid_until, self.lang, "long")),
                 (self.tr("สถานะ"), row.state_label_en if self.lang == "en" else row.state_label_th),
                 (self.tr("มติที่รับรอง"), row.resolution)]
        if row.replaced_by:
            facts.append((self.tr("ฉบับที่ใช้แทน"), row.replaced_by))
        if row.state_reason:
            facts.append((self.tr("เหตุผล"), row.state_reason))
        return [(k, v) for k, v in facts if v]

    def _show(self, ok: bool, heading: str, detail: str, facts: list[tuple[str, str]]) -> None:
        mark = "✔" if ok else "✖"
        lines = [f"<p style='font-size: 15pt; font-weight: bold;'>{mark} {escape(heading)}</p>"]
        if detail:
            lines.append(f"<p>{escape(detail)}</p>")
        if facts:
            cells = "".join(f"<tr><td style='padding-right: 12px;'><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>"
                            for k, v in facts)
            lines.append(f"<table>{cells}</table>")
        self.panel.setStyleSheet(VALID_STYLE if ok else INVALID_STYLE)
        self.panel.setText("".join(lines))
