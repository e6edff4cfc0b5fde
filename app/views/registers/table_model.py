"""The in-memory table model of a register, driven by the field descriptions: every row held. The reference the
windowed model (``window_model``) is tested against, with ``sort_proxy``; its roles, colours and headings are the
ones the windowed model uses."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.models import Field
from app.registers.display import display
from app.registers.tables import TableData, emblem_state
from app.views.registers.table_index import (
    NUMERIC,
    Prepared,
    RankTable,
    build_haystack,
    column_texts,
    is_text,
    keys_for,
    native_key,
)

RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
VERSION_ROLE = Qt.ItemDataRole.UserRole + 3
STATE_COLOURS = {"expired": "#b3261e", "expiring": "#a15c00"}


def field_header(fields: list[Field], lang: str, section: int, orientation: Qt.Orientation, role: int):
    """A register table's headings: the field's label (the other language as its tooltip), row numbers at the side."""
    if orientation == Qt.Orientation.Horizontal and 0 <= section < len(fields):
        f = fields[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return f.label(lang)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f.en if lang == "th" else f.th
    if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
        return str(section + 1)
    return None


class RecordTableModel(QAbstractTableModel):
    """Rows are plain values from ``app.registers.tables``; the view reads a record's id by role.

    Besides the rows it keeps, per column, what the proxy needs to search and sort fast: the search
    text of each row, sort keys (Thai collation ranks for text) and the full sorted order.
    """

    def __init__(self, data: TableData, lang: str = "th", parent=None):
        super().__init__(parent)
        self.lang = lang
        self.fields: tuple[Field, ...] = data.register.table_fields
        self._data = data
        self.generation = 0  # bumped on every change: the proxy's cached filters check it
        self._reset_caches()

    # -- data in -------------------------------------------------------------------------------
    def _reset_caches(self, prepared: Prepared | None = None) -> None:
        self.generation += 1
        self._row_of = {record_id: row for row, record_id in enumerate(self._data.ids)}
        self._haystack: list[str] | None = prepared.haystack if prepared else None
        self._rank_tables: dict[int, RankTable] = dict(prepared.rank_tables) if prepared else {}
        self._sort_keys: dict[int, list] = dict(prepared.sort_keys) if prepared else {}
        self._orders: dict[int, list[int]] = dict(prepared.orders) if prepared else {}

    @property
    def register(self):
        return self._data.register

    def set_table(self, data: TableData | Prepared) -> None:
        prepared = data if isinstance(data, Prepared) else None
        self.beginResetModel()
        self._data = prepared.data if prepared else data
        self._reset_caches(prepared)
        self.endResetModel()

    def _changed_row(self, row: int) -> None:
        """Keep search text and sort keys of one row current without rebuilding the columns."""
        self.generation += 1
        self._orders.clear()
        if self._haystack is not None:
            self._haystack[row] = self._row_haystack(row)
        for column, keys in self._sort_keys.items():
            keys[row] = self._row_key(row, column)

    def _row_haystack(self, row: int) -> str:
        single = TableData(self.register, [self._data.ids[row]], [self._data.versions[row]],
                           {name: [col[row]] for name, col in self._data.columns.items()}, self._data.ref_labels)
        return build_haystack(single, self.fields, self.lang)[0]

    def _row_key(self, row: int, column: int):
        f = self.fields[column]
        if is_text(f):
            return self._rank_tables[column].rank(self.text(row, column))
        return native_key(f, self._data.columns[f.name][row])

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
            self._row_of[record_id] = row
            if self._haystack is not None:
                self._haystack.append("")
            for keys in self._sort_keys.values():
                keys.append(None)
            self._changed_row(row)
            self.endInsertRows()
            return
        self._data.versions[row] = version
        for name, column in self._data.columns.items():
            if name in values:
                column[row] = values[name]
        self._changed_row(row)
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
        if self._haystack is not None:
            del self._haystack[row]
        for keys in self._sort_keys.values():
            del keys[row]
        self._row_of = {rid: r for r, rid in enumerate(self._data.ids)}
        self.generation += 1
        self._orders.clear()
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
        if self._haystack is None:
            self._haystack = build_haystack(self._data, self.fields, self.lang)
        return self._haystack

    def sort_keys(self, column: int) -> list:
        """One comparable key per row: Thai collation ranks for text, native values otherwise."""
        keys = self._sort_keys.get(column)
        if keys is None:
            f = self.fields[column]
            table = None
            if is_text(f):
                table = self._rank_tables.get(column)
                if table is None:
                    table = self._rank_tables[column] = RankTable.of(column_texts(self._data, f, self.lang))
            keys = self._sort_keys[column] = keys_for(self._data, f, self.lang, table)
        return keys

    @property
    def table_data(self) -> TableData:
        return self._data

    def sorted_rows(self, column: int) -> list[int]:
        """All source rows in ascending order of one column (cached until the data changes)."""
        order = self._orders.get(column)
        if order is None:
            keys = self.sort_keys(column)
            order = self._orders[column] = sorted(range(len(keys)), key=keys.__getitem__)
        return order

    # -- Qt model interface -------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._data.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        return field_header(self.fields, self.lang, section, orientation, role)

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
        return record_flags(index)


def record_flags(index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
    """A register row's cells: selectable, not editable in place (the form edits)."""
    if not index.isValid():
        return Qt.ItemFlag.NoItemFlags
    return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
