"""The search box and the province / region / status filters above a register table, and the register's own
filters (``Register.filters``: a plan's fiscal year, dimension and agency; an ambassador's cohort)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.models import Kind
from app.registers import filters
from app.registers.catalog import Register
from app.registers.reference import regions
from app.registers.tables import TableData
from app.views.shared.field_widgets import province_items
from app.views.shared.thai_sort import thai_collator


class FilterBar(QWidget):
    """Emits ``filter_changed(needle, province, region, status)`` on every keystroke or choice."""

    filter_changed = Signal(str, str, str, str)
    field_filter_changed = Signal(str, object)  # field name, the value chosen (None: everything)

    def __init__(self, register: Register, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.register, self.lang = register, lang
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("ค้นหา (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.province = self._combo(self.tr("ทุกจังหวัด"), province_items(lang), "provinceFilter")
        self.region = self._combo(self.tr("ทุกภาค"), [(r, r) for r in regions(lang)], "regionFilter")
        status = register.field(register.status_field)
        self.status = self._combo(self.tr("ทุกสถานะ"), [(c.value, c.label(lang)) for c in status.choices],
                                  "statusFilter")
        self.fields = {name: self._combo(self.tr("{label}: ทั้งหมด").format(label=register.field(name).label(lang)), [],
                                         f"{name}Filter") for name in register.filters}
        for name, combo in self.fields.items():
            combo.currentIndexChanged.connect(lambda _i, n=name: self.field_filter_changed.emit(n, self.value(n)))
        self.busy = QLabel(self.tr("กำลังโหลดข้อมูล…"), self)
        self.busy.setObjectName("busy")
        self.busy.hide()
        self.search.textChanged.connect(self._emit)
        for combo in (self.province, self.region, self.status):
            combo.currentIndexChanged.connect(self._emit)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        layout.addWidget(self.province, 1)
        layout.addWidget(self.region, 1)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.busy)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addLayout(layout)
        if self.fields:  # the register's own filters on a second row: the pane stays as wide as the others
            more = QHBoxLayout()
            for combo in self.fields.values():
                more.addWidget(combo, 1)
            rows.addLayout(more)

    def _combo(self, everything: str, items: list[tuple[str, str]], name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(everything, "")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumWidth(combo.sizeHint().width())  # its first entry (all) is never cut, whatever the bar's width
        for value, label in items:
            combo.addItem(label, value)
        combo.setMinimumContentsLength(8)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def value(self, name: str) -> Any:
        """The value chosen in a register's own filter; None for its first entry (everything)."""
        data = self.fields[name].currentData()
        return None if data in (None, "") else data

    def set_options(self, data: TableData) -> None:
        """Offer what the loaded rows hold (years, agencies); the choice made stays when it is still offered."""
        for name, combo in self.fields.items():
            f = self.register.field(name)
            items = filters.options(data, f, self.lang)
            if f.kind in (Kind.TEXT, Kind.REF):
                items.sort(key=lambda item: thai_collator().sortKey(item[1]))
            chosen = self.value(name)
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value, label in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
            combo.blockSignals(False)
            if self.value(name) != chosen:
                self.field_filter_changed.emit(name, None)

    def reset(self) -> None:
        """Every row again: the search emptied and each filter on its first entry (all)."""
        self.search.clear()
        for combo in (self.province, self.region, self.status, *self.fields.values()):
            combo.setCurrentIndex(0)

    def choose(self, name: str, value: Any) -> bool:
        """Pick a value of a filter (the dashboard's click-through); False when the rows do not offer it."""
        combo = {"province": self.province, "region": self.region, "status": self.status, **self.fields}[name]
        index = combo.findData(value) if value not in (None, "") else 0
        if index < 0:
            return False
        combo.setCurrentIndex(index)
        return True

    def _emit(self, *_args) -> None:
        self.filter_changed.emit(self.search.text(), self.province.currentData() or "",
                                 self.region.currentData() or "", self.status.currentData() or "")
