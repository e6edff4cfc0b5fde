"""A read-only table of plain row values (dataclasses) with per-column sort ranks, Thai-collated for text.

The Action items and Certificates panes show rows a service returns; subclasses name the columns and say how a
cell reads (``text``), sorts (``key``), and is coloured (``colour``). Translatable words stay in the subclasses,
so lupdate finds them under the class that shows them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.views.shared.thai_sort import thai_ranks

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's record id
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # an integer rank per column


class RowTableModel(QAbstractTableModel):
    columns: tuple[str, ...] = ()
    text_columns: frozenset[str] = frozenset()  # ranked in Thai dictionary order of their text

    def __init__(self, lang: str, headers: Sequence[str], parent=None):
        super().__init__(parent)
        self.lang = lang
        self.today = date.today()
        self._rows: list[Any] = []
        self._ranks: list[list[int]] = []
        self._headers = tuple(headers)

    # -- what subclasses say about a cell ------------------------------------------------------
    def text(self, row: Any, column: str) -> str:
        raise NotImplementedError

    def key(self, row: Any, column: str) -> Any:
        """The sort key of a non-text column (equal keys share a rank)."""
        return getattr(row, column)

    def tooltip(self, row: Any, column: str) -> str | None:
        return self.text(row, column)

    def colour(self, row: Any) -> str | None:
        """The row's text colour, or None for the default."""
        return None

    # -- data in -------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any], today: date | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.today = today or date.today()
        self._rank()
        self.endResetModel()

    def upsert(self, row: Any) -> None:
        """Show a saved row: replace the row with its id, or append it."""
        found = self.row_of(row.id)
        if found is None:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
            self._rows.append(row)
            self._rank()
            self.endInsertRows()
            return
        self._rows[found] = row
        self._rank()
        self.dataChanged.emit(self.index(found, 0), self.index(found, self.columnCount() - 1))

    def _rank(self) -> None:
        """Per column, the rank of each row; equal values share a rank."""
        self._ranks = []
        for column in self.columns:
            if column in self.text_columns:
                self._ranks.append(thai_ranks([self.text(r, column) for r in self._rows]))
                continue
            keys = [self.key(r, column) for r in self._rows]
            rank = {k: i for i, k in enumerate(sorted(set(keys)))}
            self._ranks.append([rank[k] for k in keys])

    # -- lookups -------------------------------------------------------------------------------
    def row_of(self, record_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), None)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    # -- the model interface -------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.colour(row)
            return QBrush(QColor(colour)) if colour else None
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return self._ranks[index.column()][index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(section + 1)
