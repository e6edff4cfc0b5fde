"""The search box and the province / region / status filters above a register table."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.registers.catalog import Register
from app.registers.reference import regions
from app.views.shared.field_widgets import province_items


class FilterBar(QWidget):
    """Emits ``filter_changed(needle, province, region, status)`` on every keystroke or choice."""

    filter_changed = Signal(str, str, str, str)

    def __init__(self, register: Register, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("ค้นหา (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.province = self._combo(self.tr("ทุกจังหวัด"), province_items(lang), "provinceFilter")
        self.region = self._combo(self.tr("ทุกภาค"), [(r, r) for r in regions(lang)], "regionFilter")
        status = register.field(register.status_field)
        self.status = self._combo(self.tr("ทุกสถานะ"), [(c.value, c.label(lang)) for c in status.choices],
                                  "statusFilter")
        self.busy = QLabel(self.tr("กำลังโหลดข้อมูล…"), self)
        self.busy.setObjectName("busy")
        self.busy.hide()
        self.search.textChanged.connect(self._emit)
        for combo in (self.province, self.region, self.status):
            combo.currentIndexChanged.connect(self._emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        layout.addWidget(self.province, 1)
        layout.addWidget(self.region, 1)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.busy)

    def _combo(self, everything: str, items: list[tuple[str, str]], name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(everything, "")
        for value, label in items:
            combo.addItem(label, value)
        combo.setMinimumContentsLength(8)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _emit(self, *_args) -> None:
        self.filter_changed.emit(self.search.text(), self.province.currentData() or "",
                                 self.region.currentData() or "", self.status.currentData() or "")
