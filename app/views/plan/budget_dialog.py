"""A project's budget by fiscal year and source: one row per year of its span and source, requested and allocated
baht typed as people write them (1,250,000.50, Thai digits), the totals in figures and in words as you type."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.db import Database
from app.core.errors import RecordMissing, UserError
from app.models import PlanProject
from app.models.plan import BUDGET_SOURCES
from app.plan import budget
from app.plan.money import ZERO, baht, baht_words
from app.registers.validation import parse_money
from app.views.shared.screen import fit_to_screen

REQUESTED, ALLOCATED = 2, 3


class BudgetDialog(QDialog):
    saved = Signal(object)  # records.Saved: the project with its new sums

    def __init__(self, db: Database, project_id: int, lang: str = "th", parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.project_id, self.lang = db, project_id, lang
        self.setObjectName("budgetDialog")
        with db.session() as session:
            project = session.get(PlanProject, project_id)
            if project is None:
                raise RecordMissing()
            self.name, self.version, self.years = project.name, project.version, list(budget.span(project))
            lines = {(line.fiscal_year, line.source): line for line in budget.lines(session, project_id)}
        self.setWindowTitle(self.tr("งบประมาณโครงการ: {name}").format(name=self.name))
        self._build(lines)
        fit_to_screen(self, 760, 520)

    def _build(self, lines: dict) -> None:
        self.table = QTableWidget(len(self.years) * len(BUDGET_SOURCES), 4, self)
        self.table.setObjectName("budgetTable")
        self.table.setHorizontalHeaderLabels([self.tr("ปีงบประมาณ"), self.tr("แหล่งงบประมาณ"),
                                              self.tr("เสนอขอ (บาท)"), self.tr("ได้รับจัดสรร (บาท)")])
        self.keys = []
        for row, (year, source) in enumerate((y, c) for y in self.years for c in BUDGET_SOURCES):
            line = lines.get((year, source.value))
            self.keys.append((year, source.value))
            cells = [str(year), source.label(self.lang), baht(line.requested) if line else "",
                     baht(line.allocated) if line and line.allocated is not None else ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column < 2:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                else:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemChanged.connect(lambda _item: self._show_totals())
        self.totals = QLabel(self)
        self.totals.setObjectName("budgetTotals")
        self.totals.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("budgetError")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("บันทึก"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("พิมพ์จำนวนเงินเป็นบาท ทศนิยมไม่เกิน 2 ตำแหน่ง แถวที่เว้นว่างไม่บันทึก"), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._show_totals()

    def rows(self) -> list[dict]:
        """The typed lines (empty rows left out), as ``budget.save_lines`` takes them."""
        found = []
        for row, (year, source) in enumerate(self.keys):
            requested = self.table.item(row, REQUESTED).text().strip()
            allocated = self.table.item(row, ALLOCATED).text().strip()
            if requested or allocated:
                found.append({"fiscal_year": year, "source": source, "requested": requested or None,
                              "allocated": allocated or None})
        return found

    def _sum(self, column: int) -> Decimal | None:
        amount = ZERO
        for row in range(self.table.rowCount()):
            text = self.table.item(row, column).text().strip()
            if text:
                try:
                    amount += parse_money(text)
                except ValueError:
                    return None
        return amount

    def _show_totals(self) -> None:
        parts = []
        for label, column in ((self.tr("รวมเสนอขอ"), REQUESTED), (self.tr("รวมได้รับจัดสรร"), ALLOCATED)):
            amount = self._sum(column)
            if amount is None:
                parts.append(self.tr("{label}: มีจำนวนเงินที่อ่านไม่ได้").format(label=label))
            else:
                words = baht_words(amount) if self.lang != "en" else ""
                parts.append(f"{label} {baht(amount)} {self.tr('บาท')}" + (f" ({words})" if words else ""))
        self.totals.setText("\n".join(parts))

    def save(self) -> None:
        try:
            with self.db.session() as session:
                saved = budget.save_lines(session, self.project_id, self.rows(), self.version)
        except UserError as error:
            self.error.setText(error.message(self.lang))
            self.error.show()
            return
        self.saved.emit(saved)
        self.accept()
