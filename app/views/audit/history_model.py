"""A read-only table of audit entries, newest first, fetched by keyset pages as the user scrolls: opening it reads
one page whatever the size of the trail (a million entries open as fast as ten). Small and self-contained."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.audit import text, trail
from app.audit.tables import table_label
from app.core.db import Database

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("when", "actor", "workstation", "register", "record", "action", "changes", "reason")


class HistoryModel(QAbstractTableModel):
    def __init__(self, db: Database, lang: str = "th", parent=None, page: int = 100):  # a screenful and more
        super().__init__(parent)
        self.db, self.lang, self.page_size = db, lang, page
        self.filter = trail.Filter()
        self.entries: list[trail.Entry] = []
        self._more = True
        self.headers = list(COLUMNS)

    def set_headers(self, headers: list[str]) -> None:
        self.headers = headers

    def set_filter(self, flt: trail.Filter) -> None:
        self.beginResetModel()
        self.filter, self.entries, self._more = flt, [], True
        self.endResetModel()
        self.fetchMore(QModelIndex())

    # -- paging -------------------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self._more:
            return
        before = self.entries[-1].id if self.entries else None
        with self.db.session() as session:
            found = trail.page(session, self.filter, before, self.page_size)
        self._more = len(found) == self.page_size
        if found:
            self.beginInsertRows(QModelIndex(), len(self.entries), len(self.entries) + len(found) - 1)
            self.entries.extend(found)
            self.endInsertRows()

    # -- table --------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self.entries[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(text.change(entry, c, self.lang) for c in entry.changes) if column == "changes" else None
        return self._cell(entry, column)

    def _cell(self, entry: trail.Entry, column: str) -> str:
        if column == "when":
            return text.when(entry.at, self.lang)
        if column == "register":
            return table_label(entry.table, self.lang)
        if column == "action":
            return text.action(entry, self.lang)
        if column == "changes":
            return "; ".join(text.change(entry, c, self.lang) for c in entry.changes).replace("\n", " ")
        if column == "record":
            return entry.record_id
        return getattr(entry, column)
