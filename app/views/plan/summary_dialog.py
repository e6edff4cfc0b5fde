"""The plan's summary tables for the agenda: shown by fiscal year, saved as Excel or PDF, and the PDF attached to
an agenda item of a meeting whose minutes are not yet certified."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.db import Database
from app.core.errors import UserError
from app.plan import summary, summary_files
from app.plan.money import baht
from app.plan.summary import Summary, cell_text
from app.views.shared.screen import fit_to_screen
from app.views.shared.settings import EXPORT_FOLDER
from app.views.shared.tasks import run_task


def summarise(db: Database, year: int | None) -> Summary:
    """On the worker: the four tables (one pass over the plan's projects and budget lines)."""
    with db.session() as session:
        return summary.summarise(session, year)


class SummaryDialog(QDialog):
    attached = Signal(int)  # the agenda item the PDF was attached to
    refreshed = Signal()

    def __init__(self, db: Database, years: list[int], lang: str = "th", parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.lang = db, lang
        self.setObjectName("planSummaryDialog")
        self.setWindowTitle(self.tr("สรุปแผนงานบูรณาการสำหรับระเบียบวาระ"))
        self.summary: Summary | None = None
        self.year = QComboBox(self)
        self.year.setObjectName("summaryYear")
        self.year.addItem(self.tr("ทุกปีงบประมาณ"), None)
        for y in years:
            self.year.addItem(self.tr("ปีงบประมาณ {year}").format(year=y), y)
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        self.tabs = QTabWidget(self)
        self.total = QLabel(self)
        self.total.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.xlsx_button = QPushButton(self.tr("บันทึก Excel…"), self)
        self.pdf_button = QPushButton(self.tr("บันทึก PDF…"), self)
        self.attach_button = QPushButton(self.tr("บันทึก PDF และแนบกับระเบียบวาระ…"), self)
        self.xlsx_button.clicked.connect(lambda: self.save("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.attach_button.clicked.connect(self.attach)
        buttons = QHBoxLayout()
        buttons.addWidget(self.year)
        buttons.addStretch(1)
        for button in (self.xlsx_button, self.pdf_button, self.attach_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.status)
        fit_to_screen(self, 1000, 640)
        self.refresh()

    def refresh(self) -> None:
        self.status.setText(self.tr("กำลังสรุป…"))
        for button in (self.xlsx_button, self.pdf_button, self.attach_button):
            button.setEnabled(False)
        run_task(summarise, self.db, self.year.currentData(), on_done=self._show, on_error=self._failed)

    def _failed(self, error: Exception) -> None:
        if not isinstance(error, UserError):
            raise error
        self.status.setText(error.message(self.lang))

    def _show(self, result: Summary) -> None:
        self.summary = result
        self.status.clear()
        for button in (self.xlsx_button, self.pdf_button, self.attach_button):
            button.setEnabled(True)
        self.tabs.clear()
        for table in self.summary.tables:
            self.tabs.addTab(self._table(table), table.title.text(self.lang))
        self.total.setText(self.tr("รวมเสนอขอ {r} บาท · ได้รับจัดสรร {a} บาท").format(
            r=baht(self.summary.requested), a=baht(self.summary.allocated)))
        self.refreshed.emit()

    def _table(self, table) -> QTableWidget:
        rows = [*table.rows, *([table.total] if table.total else [])]
        widget = QTableWidget(len(rows), len(table.headers), self)
        widget.setObjectName(f"summary_{table.key}")
        widget.setHorizontalHeaderLabels([h.text(self.lang) for h in table.headers])
        widget.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                numeric = not isinstance(cell_text(value, self.lang), str)
                text = f"{value:,}" if isinstance(value, int) else baht(value) if numeric and value is not None \
                    else str(cell_text(value, self.lang) or "")
                item = QTableWidgetItem(text)
                if numeric:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                widget.setItem(r, c, item)
        widget.resizeColumnsToContents()
        return widget

    # -- files -------------------------------------------------------------------------------------
    def ask_save_path(self, suggested: str, file_filter: str) -> str:
        return QFileDialog.getSaveFileName(self, self.windowTitle(), suggested, file_filter)[0]

    def ask_agenda_item(self, choices: list[tuple[int, str]]) -> int | None:
        labels = [text for _id, text in choices]
        text, ok = QInputDialog.getItem(self, self.tr("แนบกับระเบียบวาระ"), self.tr("ระเบียบวาระ"), labels, 0, False)
        return choices[labels.index(text)][0] if ok and text in labels else None

    def _suggested(self, suffix: str) -> str:
        folder = Path(EXPORT_FOLDER.get() or Path.home())
        return str(folder / (summary_files.title(self.summary, self.lang) + suffix))

    def save(self, kind: str) -> Path | None:
        flt = self.tr("Excel (*.xlsx)") if kind == "xlsx" else self.tr("PDF (*.pdf)")
        path = self.ask_save_path(self._suggested(f".{kind}"), flt)
        if not path:
            return None
        path = Path(path).with_suffix(f".{kind}")
        try:
            write = summary_files.write_xlsx if kind == "xlsx" else summary_files.write_pdf
            written = write(self.summary, path, self.lang)
        except UserError as error:
            self.status.setText(error.message(self.lang))
            return None
        EXPORT_FOLDER.set(str(written.parent))
        self.status.setText(self.tr("บันทึกแล้ว: {path}").format(path=written))
        return written

    def attach(self) -> int | None:
        with self.db.session() as session:
            choices = summary_files.agenda_choices(session)
        if not choices:
            self.status.setText(self.tr("ไม่มีระเบียบวาระของการประชุมที่ยังไม่รับรองรายงานการประชุม"))
            return None
        item_id = self.ask_agenda_item(choices)
        written = self.save("pdf") if item_id is not None else None
        if written is None:
            return None
        try:
            with self.db.session() as session:
                summary_files.attach(session, item_id, written, self.summary)
        except UserError as error:
            self.status.setText(error.message(self.lang))
            return None
        self.status.setText(self.tr("แนบ {name} กับระเบียบวาระแล้ว").format(name=written.name))
        self.attached.emit(item_id)
        return item_id
