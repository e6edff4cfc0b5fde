"""The History window (ประวัติการแก้ไขข้อมูล): the audit trail filtered by register, record, person and dates,
read-only, paged as it scrolls; exported to Excel as filtered. Also a record's own history (filters preset)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.audit import trail
from app.audit.tables import TABLES, table_label
from app.core.db import Database
from app.core.errors import UserError
from app.core.thaidate import parse_date
from app.views.audit.history_model import HistoryModel
from app.views.shared.pane_actions import size_columns
from app.views.shared.screen import fit_to_screen
from app.views.shared.tasks import run_task


def _export(db: Database, path: str, flt: trail.Filter, lang: str) -> Path:
    from app.audit import disclosure
    from app.audit import export as audit_export

    with db.session() as session:
        written = audit_export.export(session, path, flt, lang)
        disclosure.record_audit_export(session, written)
    return written


class HistoryWindow(QWidget):
    def __init__(self, db: Database, lang: str = "th", parent=None, table: str | None = None,
                 record_id: str | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.db, self.lang = db, lang
        self.setObjectName("historyWindow")
        self.setWindowTitle(self.tr("ประวัติการแก้ไขข้อมูล"))
        self.model = HistoryModel(db, lang, self)
        self.model.set_headers([self.tr("วันเวลา"), self.tr("ผู้แก้ไข"), self.tr("เครื่อง"), self.tr("ทะเบียน"),
                                self.tr("รายการ"), self.tr("การกระทำ"), self.tr("ช่องข้อมูล: ค่าเดิม → ค่าใหม่"),
                                self.tr("เหตุผล")])
        self._build()
        if table:
            self.register.setCurrentIndex(max(0, self.register.findData(table)))
        self.register.currentIndexChanged.connect(self.apply)  # after the preset: one query when opening
        self.record.setText(record_id or "")
        self.apply()
        fit_to_screen(self, 1200, 640)

    def _build(self) -> None:
        self.register = QComboBox(self)
        self.register.addItem(self.tr("ทุกทะเบียน"), None)
        for table in TABLES:
            self.register.addItem(table_label(table, self.lang), table)
        self.record = self._field(self.tr("เลขที่รายการ"), 90)
        self.person = self._field(self.tr("ผู้แก้ไข"), 140)
        self.since = self._field(self.tr("ตั้งแต่วันที่ เช่น 1/1/2567"), 170)
        self.until = self._field(self.tr("ถึงวันที่"), 120)
        self.export_button = QPushButton(self.tr("ส่งออก Excel…"), self)
        self.export_button.setObjectName("exportHistory")
        self.export_button.clicked.connect(self.export)
        bar = QHBoxLayout()
        for widget in (self.register, self.record, self.person, self.since, self.until, self.export_button):
            bar.addWidget(widget)
        self.message = QLabel(self)
        self.message.setVisible(False)
        self.view = QTableView(self)
        self.view.setObjectName("historyTable")
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        size_columns(header, (150, 100, 120, 160, 70, 80, 420, 160))  # scrolls sideways on a narrow screen
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)

    def _field(self, placeholder: str, width: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setMinimumWidth(width)
        edit.setClearButtonEnabled(True)
        edit.editingFinished.connect(self.apply)
        return edit

    def current_filter(self) -> trail.Filter:
        """The filter of the fields; ValueError for a date that does not read."""
        days = [parse_date(w.text()) if w.text().strip() else None for w in (self.since, self.until)]
        return trail.Filter(table=self.register.currentData(), record_id=self.record.text().strip() or None,
                            actor=self.person.text().strip() or None, since=days[0], until=days[1])

    def apply(self) -> None:
        try:
            flt = self.current_filter()
        except ValueError:
            self._say(self.tr("วันที่ไม่ถูกต้อง (พิมพ์เช่น 5/11/2564)"))
            return
        self._say("")
        self.model.set_filter(flt)

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("ส่งออกประวัติการแก้ไขข้อมูล"),
                                              str(Path.home() / "ประวัติการแก้ไข.xlsx"), "Excel (*.xlsx)")
        if path:
            self.export_to(path)

    def export_to(self, path: str):
        self.export_button.setEnabled(False)
        return run_task(_export, self.db, path, self.model.filter, self.lang, on_done=self._exported,
                        on_error=self._failed)

    def _exported(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self._say(self.tr("บันทึกแล้ว: {path}").format(path=path))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _failed(self, error: Exception) -> None:
        self.export_button.setEnabled(True)
        if not isinstance(error, UserError):
            raise error
        QMessageBox.warning(self, self.tr("ส่งออกไม่สำเร็จ"), error.message(self.lang))
