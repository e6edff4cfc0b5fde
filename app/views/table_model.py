"""One table model for every register, driven by the field descriptions."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.models import Field, Kind
from app.services.display import display
from app.services.reference import province_index
from app.services.tables import TableData, emblem_state

from .thai_sort import thai_ranks

RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
VERSION_ROLE = Qt.ItemDataRole.UserRole + 3
NUMERIC = {Kind.INT, Kind.FLOAT}
STATE_COLOURS = {"expired": "#b3261e", "expiring": "#a15c00"}


class RecordTableModel(QAbstractTableModel):
    """Rows are plain values from ``app.services.tables``; the view reads a record's id by role."""

    def __init__(self, data: TableData, lang: str = "th", parent=None):
        super().__init__(parent)
        self.lang = lang
        self.fields: tuple[Field, ...] = data.register.table_fields
        self._data = data
        self._reset_caches()

    # -- data in -------------------------------------------------------------------------------
    def _reset_caches(self) -> None:
        self._row_of = {record_id: row for row, record_id in enumerate(self._data.ids)}
        self._sort_keys: dict[int, list] = {}
        self._haystack: list[str] | None = None

    @property
    def register(self):
        return self._data.register

    def set_table(self, data: TableData) -> None:
        self.beginResetModel()
        self._data = data
        self._reset_caches()
        self.endResetModel()

    def upsert(self, record_id: int, version: int, values: dict[str, Any]) -> None:
        """Show a saved record: replace its row, or append it."""
        values = dict(values)
        if "emblem_valid_until" in values:
            values["emblem_state"] = emblem_state(values["emblem_valid_until"])
        row = self._row_of.get(record_id)
        if row is None:
            row = len(self._data.ids)
            self.beginInsertRows(QModelIndex(), row, row)
            self._data.ids.append(record_id)
            self._data.versions.append(version)
            for name, column in self._data.columns.items():
                column.append(values.get(name))
            self._reset_caches()
            self.endInsertRows()
            return
        self._data.versions[row] = version
        for name, column in self._data.columns.items():
            if name in values:
                column[row] = values[name]
        self._reset_caches()
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def remove(self, record_id: int) -> None:
        row = self._row_of.get(record_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._data.ids[row]
        del self._data.versions[row]
        for column in self._data.columns.values():
            del column[row]
        self._reset_caches()
        self.endRemoveRows()

    def set_ref_labels(self, key: str, labels: dict[int, str]) -> None:
        self._data.ref_labels[key] = labels
        self._reset_caches()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    # -- lookups for the proxy and the pane ---------------------------------------------------
    def row_of(self, record_id: int) -> int | None:
        return self._row_of.get(record_id)

    def record_id(self, row: int) -> int:
        return self._data.ids[row]

    def version(self, row: int) -> int:
        return self._data.versions[row]

    def value(self, row: int, name: str) -> Any:
        return self._data.columns[name][row]

    def values(self, row: int) -> dict[str, Any]:
        return self._data.row_values(row)

    def provinces_of(self, row: int) -> list[str]:
        value = self._data.columns[self.register.province_field][row]
        return value if isinstance(value, list) else [value]

    def status_of(self, row: int) -> str | None:
        name = self.register.status_field
        return self._data.columns[name][row] if name else None

    def text(self, row: int, column: int) -> str:
        f = self.fields[column]
        return display(f, self._data.columns[f.name][row], self.lang, self._data.ref_labels.get(f.ref or ""))

    def haystack(self) -> list[str]:
        """Lower-cased searchable text of each row (Thai and English names of provinces included)."""
        if self._haystack is None:
            cols = [i for i, f in enumerate(self.fields) if f.searchable or f.kind is Kind.CHOICE]
            rows = []
            for row in range(len(self._data.ids)):
                parts = [self.text(row, c) for c in cols]
                parts += [province_index().get(p, {}).get("name_en", "") for p in self.provinces_of(row) if p]
                rows.append("\x1f".join(parts).casefold())
            self._haystack = rows
        return self._haystack

    def sort_keys(self, column: int) -> list:
        """One comparable key per row: Thai collation ranks for text, native values otherwise."""
        keys = self._sort_keys.get(column)
        if keys is None:
            f = self.fields[column]
            raw = self._data.columns[f.name]
            if f.kind is Kind.DATE:
                keys = [v.toordinal() if isinstance(v, date) else -1 for v in raw]
            elif f.kind in NUMERIC:
                keys = [float("-inf") if v is None else v for v in raw]
            else:
                keys = thai_ranks([self.text(row, column) for row in range(len(raw))])
            self._sort_keys[column] = keys
        return keys

    # -- Qt model interface -------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._data.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.fields):
            f = self.fields[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f.label(self.lang)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f.en if self.lang == "th" else f.th
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._data.ids):
            return None
        row, column = index.row(), index.column()
        f = self.fields[column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, column)
        if role == RECORD_ID_ROLE:
            return self._data.ids[row]
        if role == VERSION_ROLE:
            return self._data.versions[row]
        if role == SORT_ROLE:
            return self.sort_keys(column)[row]
        if role == Qt.ItemDataRole.TextAlignmentRole and f.kind in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and f.name == "emblem_state":
            colour = STATE_COLOURS.get(self._data.columns[f.name][row])
            return QBrush(QColor(colour)) if colour else None
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
