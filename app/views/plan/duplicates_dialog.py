"""Suspected duplicates before the meeting: the pairs the check finds (score, both projects, the reasons), and the
secretary's word on each: duplicate (merge: one stays, the other is withdrawn), related (link) or distinct."""

from __future__ import annotations

import getpass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.db import Database
from app.core.errors import UserError
from app.plan import decisions
from app.plan.duplicates import Suspect
from app.plan.money import baht
from app.views.shared.flow_layout import FlowLayout
from app.views.shared.screen import fit_to_screen
from app.views.shared.tasks import run_task

COLUMNS = 5  # score, first project, second project, reasons, decision


def find(db: Database, year: int | None, include_decided: bool) -> list[Suspect]:
    """On the worker: the check of the whole plan (or of one fiscal year)."""
    with db.session() as session:
        return decisions.find(session, year, include_decided)


def who() -> str:
    """Who decides: the workstation's login name (the audit trail has the same)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "?"


class DuplicatesDialog(QDialog):
    checked = Signal(int)  # pairs found
    decided = Signal()  # a decision was saved (a merge changes the register)

    def __init__(self, db: Database, years: list[int], lang: str = "th", parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.lang = db, lang
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("ตรวจโครงการที่อาจซ้ำซ้อนก่อนเสนอที่ประชุม"))
        self.suspects: list[Suspect] = []
        self._build(years)
        fit_to_screen(self, 1180, 680)

    def _build(self, years: list[int]) -> None:
        self.year = QComboBox(self)
        self.year.setObjectName("duplicatesYear")
        self.year.addItem(self.tr("ทุกปีงบประมาณ"), None)
        for y in years:
            self.year.addItem(self.tr("ปีงบประมาณ {year}").format(year=y), y)
        self.include = QCheckBox(self.tr("แสดงคู่ที่พิจารณาแล้ว"), self)
        self.check_button = QPushButton(self.tr("ตรวจอีกครั้ง"), self)
        self.check_button.clicked.connect(self.run_check)
        self.year.currentIndexChanged.connect(lambda _i: self.run_check())
        self.include.toggled.connect(lambda _on: self.run_check())
        self.status = QLabel(self)
        top = QHBoxLayout()
        for widget in (self.year, self.include, self.check_button):
            top.addWidget(widget)
        top.addWidget(self.status, 1)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("suspectsTable")
        self.table.setHorizontalHeaderLabels([self.tr("คะแนน"), self.tr("โครงการที่ 1"), self.tr("โครงการที่ 2"),
                                              self.tr("เหตุผล"), self.tr("ผลการพิจารณา")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.itemSelectionChanged.connect(self._show_details)
        for column, width in enumerate((55, 250, 250, 440, 110)):
            self.table.setColumnWidth(column, width)
        self.details = QLabel(self)
        self.details.setObjectName("pairDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.keep = QComboBox(self)
        self.keep.setObjectName("keepProject")
        self.keep.setMinimumWidth(300)
        self.merge_button = QPushButton(self.tr("ซ้ำ: รวมโครงการ"), self)
        self.related_button = QPushButton(self.tr("เกี่ยวข้อง: เชื่อมโยง"), self)
        self.distinct_button = QPushButton(self.tr("ไม่ซ้ำ"), self)
        self.forget_button = QPushButton(self.tr("ยกเลิกผลการพิจารณา"), self)
        self.merge_button.clicked.connect(lambda: self.decide("duplicate"))
        self.related_button.clicked.connect(lambda: self.decide("related"))
        self.distinct_button.clicked.connect(lambda: self.decide("distinct"))
        self.forget_button.clicked.connect(self.forget)
        actions = FlowLayout()  # wraps on a narrow screen
        actions.addWidget(QLabel(self.tr("คงไว้ในแผนงาน:"), self))
        for widget in (self.keep, self.merge_button, self.related_button, self.distinct_button, self.forget_button):
            actions.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(actions)
        self._show_details()

    # -- the check ---------------------------------------------------------------------------------
    def run_check(self):
        self.status.setText(self.tr("กำลังตรวจ…"))
        self.check_button.setEnabled(False)
        return run_task(find, self.db, self.year.currentData(), self.include.isChecked(), on_done=self._found,
                        on_error=self._failed)

    def _found(self, suspects: list[Suspect]) -> None:
        self.check_button.setEnabled(True)
        self.suspects = suspects
        labels = {c.value: c.label(self.lang) for c in decisions.PAIR_DECISIONS}
        self.table.setRowCount(len(suspects))
        for row, s in enumerate(suspects):
            texts = [str(s.score), s.first.name, s.second.name, s.reasons_text(self.lang, "\n"),
                     labels.get(s.decision or "", "")]
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self.status.setText(self.tr("พบคู่ที่อาจซ้ำกัน {n} คู่").format(n=len(suspects)))
        if suspects:
            self.table.selectRow(0)
        self._show_details()
        self.checked.emit(len(suspects))

    def _failed(self, error: Exception) -> None:
        self.check_button.setEnabled(True)
        if not isinstance(error, UserError):
            raise error
        self.status.setText(error.message(self.lang))

    # -- the secretary's word ----------------------------------------------------------------------
    def current(self) -> Suspect | None:
        rows = self.table.selectionModel().selectedRows()
        return self.suspects[rows[0].row()] if rows and rows[0].row() < len(self.suspects) else None

    def _show_details(self) -> None:
        s = self.current()
        for button in (self.merge_button, self.related_button, self.distinct_button, self.keep):
            button.setEnabled(s is not None)
        self.forget_button.setEnabled(s is not None and s.decision is not None)
        self.keep.clear()
        if s is None:
            self.details.setText(self.tr("เลือกคู่โครงการเพื่อดูรายละเอียดและบันทึกผลการพิจารณา"))
            return
        for p in (s.first, s.second):
            self.keep.addItem(f"#{p.id} {p.name}", p.id)
        self.details.setText("\n".join(self._describe(n, p) for n, p in enumerate((s.first, s.second), start=1)))

    def _describe(self, n: int, p) -> str:
        years = str(p.first_year) if p.first_year == p.last_year else f"{p.first_year}–{p.last_year}"
        return self.tr("{n}) #{id} {name} — {agency} — ปีงบประมาณ {years} — เสนอขอ {amount} บาท").format(
            n=n, id=p.id, name=p.name, agency=p.agency, years=years, amount=baht(p.requested))

    def decide(self, decision: str) -> bool:
        s = self.current()
        if s is None:
            return False
        try:
            with self.db.session() as session:
                decisions.decide(session, s.first.id, s.second.id, decision, who(), score=s.score,
                                 kept_id=self.keep.currentData() if decision == "duplicate" else None)
        except UserError as error:
            self.status.setText(error.message(self.lang))
            return False
        self.decided.emit()
        self.run_check()
        return True

    def forget(self) -> None:
        s = self.current()
        if s is None:
            return
        with self.db.session() as session:
            decisions.forget(session, s.first.id, s.second.id)
        self.decided.emit()
        self.run_check()
