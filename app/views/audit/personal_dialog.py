"""The personal data report (รายงานข้อมูลส่วนบุคคล): find a person, see what is held and where it went, erase it
(the audit entries stay, without the personal values)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from app.audit import personal
from app.core.db import Database
from app.core.errors import UserError
from app.views.shared.screen import fit_to_screen


class PersonalDataDialog(QDialog):
    def __init__(self, db: Database, lang: str = "th", parent=None):
        super().__init__(parent)
        self.db, self.lang = db, lang
        self.setObjectName("personalData")
        self.setWindowTitle(self.tr("รายงานข้อมูลส่วนบุคคล"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("ชื่อ อีเมล หรือโทรศัพท์"))
        self.search.returnPressed.connect(self.find)
        overdue = QPushButton(self.tr("เลยกำหนดเก็บรักษา"), self)
        overdue.clicked.connect(self.show_overdue)
        self.people = QListWidget(self)
        self.people.currentItemChanged.connect(self._show)
        self.report = QTextBrowser(self)
        self.erase_button = QPushButton(self.tr("ลบข้อมูลส่วนบุคคลของบุคคลนี้…"), self)
        self.erase_button.setObjectName("erasePersonalData")
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.erase)
        for button in (overdue, self.erase_button):  # Return in the search field searches, nothing else
            button.setAutoDefault(False)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(overdue)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.report, 2)
        layout.addWidget(self.erase_button)
        fit_to_screen(self, 640, 560)

    def _fill(self, people) -> None:
        self.people.clear()
        for p in people:
            item = QListWidgetItem(f"{p.full_name} ({p.email or p.phone or p.id})", self.people)
            item.setData(Qt.ItemDataRole.UserRole, p.id)

    def find(self) -> None:
        with self.db.session() as s:
            self._fill(personal.find(s, self.search.text()))

    def show_overdue(self) -> None:
        with self.db.session() as s:
            self._fill(personal.overdue(s))

    def _show(self, item) -> None:
        self.erase_button.setEnabled(item is not None)
        if item is None:
            self.report.clear()
            return
        try:
            with self.db.session() as s:
                found = personal.report(s, item.data(Qt.ItemDataRole.UserRole))
        except UserError as error:
            self.report.setPlainText(error.message(self.lang))
            return
        self.report.setPlainText(self._text(found))

    def _text(self, found: personal.PersonalReport) -> str:
        rows = found.lines(self.lang)
        rows.append(self.tr("ประวัติการแก้ไข {n} รายการ (ค่าส่วนบุคคลในประวัติ {k} ค่า)").format(
            n=found.changes, k=found.kept_values))
        rows.append(self.tr("ทะเบียนนี้ถูกส่งออกหรือพิมพ์พร้อมข้อมูลส่วนบุคคล {n} ครั้ง").format(n=found.disclosures))
        if found.overdue:
            rows.append(self.tr("เลยวันที่กำหนดเก็บข้อมูลแล้ว ควรลบข้อมูลส่วนบุคคล"))
        return "\n".join(rows)

    def erase(self) -> None:
        item = self.people.currentItem()
        reason, ok = QInputDialog.getText(self, self.tr("ลบข้อมูลส่วนบุคคล"), self.tr(
            "เหตุผล (เช่น เจ้าของข้อมูลขอให้ลบ หรือครบกำหนดเก็บรักษา)"))
        if item is None or not ok:
            return
        try:
            with self.db.session() as s:
                personal.erase(s, item.data(Qt.ItemDataRole.UserRole), reason)
        except UserError as error:
            QMessageBox.warning(self, self.tr("ลบไม่สำเร็จ"), error.message(self.lang))
            return
        self.people.takeItem(self.people.row(item))
        self.report.setPlainText(self.tr("ลบข้อมูลส่วนบุคคลแล้ว ประวัติการแก้ไขยังอยู่แต่ไม่มีค่าส่วนบุคคล"))
