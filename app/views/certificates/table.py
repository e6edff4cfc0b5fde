"""The certificate register as a Qt table (Thai-collated sort ranks), its search/filter proxy and its filter bar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from app.certificates import certificates
from app.certificates.certificates import CertificateRow
from app.core.thaidate import format_date
from app.views.shared.row_table_model import SORT_ROLE, RowTableModel

COLUMNS = ("number", "city_name", "developer", "issue_date", "valid_until", "state", "resolution", "note")
TEXT_COLUMNS = {"city_name", "developer", "resolution", "note"}
EXPIRED_COLOUR = "#b06000"
STATE_COLOURS = {"revoked": "#b3261e", "replaced": "#5f6368", "renewed": "#5f6368"}


class CertificateTableModel(RowTableModel):
    """Rows are CertificateRow values; the sort role gives integer ranks (Thai collation for text)."""

    columns = COLUMNS
    text_columns = frozenset(TEXT_COLUMNS)

    def __init__(self, lang: str = "th", parent=None):
        super().__init__(lang, (self.tr("เลขที่"), self.tr("เมือง/โครงการ"), self.tr("ผู้พัฒนาเมือง"),
                                self.tr("ให้ไว้ ณ วันที่"), self.tr("ใช้ได้ถึง"), self.tr("สถานะ"), self.tr("มติที่รับรอง"),
                                self.tr("หมายเหตุ")), parent)

    def key(self, row: CertificateRow, column: str) -> Any:
        if column == "number":
            return (row.issue_date.year, row.id)
        if column == "state":
            return tuple(certificates.STATES).index(row.state) if row.state in certificates.STATES else 99
        return getattr(row, column)

    def expired(self, row: CertificateRow) -> bool:
        return row.current and row.valid_until < self.today

    def text(self, row: CertificateRow, column: str) -> str:
        if column in ("issue_date", "valid_until"):
            return format_date(getattr(row, column), self.lang)
        if column == "state":
            label = row.state_label_en if self.lang == "en" else row.state_label_th
            if row.reprints:
                times = self.tr(" ({n} ครั้ง)") if row.state == "reprinted" else self.tr(" (พิมพ์ซ้ำ {n} ครั้ง)")
                label += times.format(n=row.reprints)
            return label + (self.tr(" · หมดอายุ") if self.expired(row) else "")
        if column == "note":
            parts = [self.tr("แทนด้วย {number}").format(number=row.replaced_by)] if row.replaced_by else []
            return " · ".join(parts + ([" ".join(row.note.split())] if row.note else []))
        return str(getattr(row, column) or "")

    def colour(self, row: CertificateRow) -> str | None:
        if row.state in STATE_COLOURS:
            return STATE_COLOURS[row.state]
        return EXPIRED_COLOUR if self.expired(row) else None


class CertificateFilterProxy(QSortFilterProxyModel):
    """Shows the ids the service's filters returned (None: every row) that contain the search text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.ids: set[int] | None = None
        self.needle = ""

    def set_filter(self, needle: str | None = None, ids: set[int] | None | bool = False) -> None:
        self.beginFilterChange()
        if needle is not None:
            self.needle = needle.strip().casefold()
        if ids is not False:
            self.ids = ids
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        row = self.sourceModel().row_at(source_row)
        if self.ids is not None and row.id not in self.ids:
            return False
        text = f"{row.number} {row.city_name} {row.developer} {row.provinces} {row.verification_code}"
        return not self.needle or self.needle in text.casefold()


class CertificateFilters(QWidget):
    """Search text (instant, in the proxy), and state, B.E. year and "expiring within N days" (the service's)."""

    filters_changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("ค้นหาเลขที่ เมือง ผู้พัฒนาเมือง (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.state = QComboBox(self)
        self.state.setObjectName("stateFilter")
        self.state.addItem(self.tr("ทุกสถานะ"), "")
        for value, (th, en) in certificates.STATES.items():
            self.state.addItem(en if lang == "en" else th, value)
        self.year = QComboBox(self)
        self.year.setObjectName("yearFilter")
        self.year.addItem(self.tr("ทุกปี"), 0)
        self.expiring = QSpinBox(self)
        self.expiring.setObjectName("expiringFilter")
        self.expiring.setRange(0, 3650)
        self.expiring.setSingleStep(30)
        self.expiring.setSpecialValueText(self.tr("หมดอายุภายใน: ทั้งหมด"))
        self.expiring.setPrefix(self.tr("หมดอายุภายใน "))
        self.expiring.setSuffix(self.tr(" วัน"))
        self.expiring.setToolTip(self.tr("0 = ไม่กรองตามวันหมดอายุ"))
        for signal in (self.state.currentIndexChanged, self.year.currentIndexChanged, self.expiring.valueChanged):
            signal.connect(lambda *_a: self.filters_changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        for widget in (self.state, self.year, self.expiring):
            layout.addWidget(widget)

    def values(self) -> tuple[str | None, int | None, int | None]:
        """(state, B.E. year, days); None where the filter is off."""
        return self.state.currentData() or None, self.year.currentData() or None, self.expiring.value() or None

    def set_years(self, years: list[int]) -> None:
        current = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("ทุกปี"), 0)
        for year in sorted(years, reverse=True):
            self.year.addItem(self.tr("พ.ศ. {year}").format(year=year), year)
        self.year.setCurrentIndex(max(self.year.findData(current), 0))
        self.year.blockSignals(False)
