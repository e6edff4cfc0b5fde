"""The preview step of the Excel import: what would be added, changed (old → new), left alone, decided, converted.

Tabs: rows to add; one line per changed field of each update (row, record, field, old value, new value); unchanged
rows; new rows that resemble a record of the same province, with the buttons that settle them ("แก้ไขรายการเดิม":
the row updates that record; "เพิ่มเป็นรายการใหม่"); every problem; every conversion (a B.E. year in a date cell,
a two-digit year). Deciding a similar row changes the plan in place and the preview shows it again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget

from app.registers.catalog import Register
from app.registers.display import display

TABS = ("add", "update", "same", "similar", "problems", "notes")


class RowsModel(QAbstractTableModel):
    """A read-only table of plain text rows."""

    def __init__(self, headers: list[str], rows: list[tuple[Any, ...]], parent=None):
        super().__init__(parent)
        self.headers, self.rows = headers, rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        value = self.rows[index.row()][index.column()]
        return "" if value is None else str(value)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return str(section + 1)


class PreviewPage(QWidget):
    decided = Signal()  # a similar row was settled: the plan changed

    def __init__(self, register: Register, lang: str = "th", parent: QWidget | None = None):
        super().__init__(parent)
        self.register, self.lang = register, lang
        self.plan = None
        self.similar_rows: list = []
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("previewTabs")
        self.tables: dict[str, QTableView] = {}
        for name in TABS:
            view = QTableView(self.tabs)
            view.setObjectName(f"{name}Table")
            view.setWordWrap(False)
            view.horizontalHeader().setStretchLastSection(True)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            self.tables[name] = view
            if name == "similar":
                self.tabs.addTab(self._similar_tab(view), "")
            else:
                self.tabs.addTab(view, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _similar_tab(self, view: QTableView) -> QWidget:
        page = QWidget(self.tabs)
        self.update_button = QPushButton(self.tr("แก้ไขรายการเดิมที่ใกล้เคียง"), page)
        self.update_button.setObjectName("similarUpdate")
        self.update_button.clicked.connect(lambda: self._decide("update"))
        self.add_button = QPushButton(self.tr("เพิ่มเป็นรายการใหม่"), page)
        self.add_button.setObjectName("similarAdd")
        self.add_button.clicked.connect(lambda: self._decide("add"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.update_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(page)
        layout.addWidget(view, 1)
        layout.addLayout(buttons)
        return page

    def show_plan(self, plan) -> None:
        self.plan = plan
        models = self._models(plan)
        names = {"add": self.tr("เพิ่ม ({n})"), "update": self.tr("แก้ไข ({n})"), "same": self.tr("ไม่เปลี่ยนแปลง ({n})"),
                 "similar": self.tr("ใกล้เคียงรายการเดิม ({n})"), "problems": self.tr("ปัญหา ({n})"),
                 "notes": self.tr("การแปลงค่า ({n})")}
        counts = self._counts(plan)
        for n, key in enumerate(TABS):
            headers, rows = models[key]
            self.tables[key].setModel(RowsModel(headers, rows, self))
            self.tables[key].resizeColumnsToContents()  # Qt measures at most 1,000 rows
            self.tabs.setTabText(n, names[key].format(n=counts[key]))
        waiting = bool(plan and plan.similar)
        self.update_button.setEnabled(waiting)
        self.add_button.setEnabled(waiting)
        errors = [p for p in plan.all_problems if not p.warning] if plan else []
        self.tabs.setCurrentIndex(TABS.index("problems") if errors else TABS.index("similar") if waiting else 0)

    def _counts(self, plan) -> dict[str, int]:
        if plan is None:
            return dict.fromkeys(TABS, 0)
        return {"add": len(plan.adds), "update": len(plan.updates), "same": len(plan.unchanged),
                "similar": len(self.similar_rows), "problems": len(self._problems(plan)), "notes": len(plan.notes)}

    def _problems(self, plan) -> list:
        notes = {id(n) for n in plan.notes}
        return [p for p in plan.all_problems if id(p) not in notes]

    def _models(self, plan) -> dict[str, tuple[list[str], list[tuple]]]:
        row, title = self.tr("แถว"), self.register.field(self.register.title_field).label(self.lang)
        adds, updates, same = (plan.adds, plan.updates, plan.unchanged) if plan else ([], [], [])
        self.similar_rows = [r for r in plan.rows if r.similar is not None] if plan else []
        problems, notes = (self._problems(plan), plan.notes) if plan else ([], [])
        return {
            "add": ([row, title], [(r.row, r.title) for r in adds]),
            "update": ([row, title, self.tr("ข้อมูล"), self.tr("เดิม"), self.tr("ใหม่")],
                       [self._change(r, c) for r in updates for c in r.changes]),
            "same": ([row, title], [(r.row, r.title) for r in same]),
            "similar": ([row, title, self.tr("รายการเดิมที่ใกล้เคียง"), self.tr("ความใกล้เคียง"), self.tr("ให้ทำ")],
                        [(r.row, r.title, r.similar.title, f"{r.similar.score}%", self._decision(r))
                         for r in self.similar_rows]),
            "problems": ([self.tr("แผ่นงาน"), row, self.tr("คอลัมน์"), self.tr("ปัญหา")],
                         [(p.sheet, p.row, p.column, self._problem_text(p)) for p in problems]),
            "notes": ([row, self.tr("คอลัมน์"), self.tr("การแปลงค่า")], [(p.row, p.column, p.message(self.lang))
                                                                        for p in notes]),
        }

    def _change(self, r, change) -> tuple:
        f = self.register.field(change.field)
        after = display(f, change.after, self.lang) or self.tr("(ลบค่า)")
        before = display(f, change.before, self.lang) or self.tr("(ว่าง)")
        return (r.row, r.title, f.label(self.lang), before, after)

    def _decision(self, r) -> str:
        if r.decision == "update":
            return self.tr("แก้ไขรายการเดิม")
        if r.decision == "add":
            return self.tr("เพิ่มเป็นรายการใหม่")
        return self.tr("รอเลือก")

    def _problem_text(self, problem) -> str:
        """A warning (a skipped row, macros left behind) is shown but does not block the import."""
        text = problem.message(self.lang)
        return self.tr("คำเตือน: {text}").format(text=text) if problem.warning else text

    @Slot()
    def _decide(self, choice: str) -> None:
        selected = {index.row() for index in self.tables["similar"].selectionModel().selectedRows()}
        rows = [self.similar_rows[i] for i in sorted(selected)] or [r for r in self.similar_rows if r.undecided]
        for r in rows:
            r.decide(choice)
        self.decided.emit()
