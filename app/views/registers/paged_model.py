"""The register table model the panes use: the ids and versions of every record, rows read a page at a time when
they are painted, the order and filters asked of the database (``app.registers.query``).

It holds two integers per record; a row's values are read when a view first asks for it (with its neighbours in
the order shown: ``fetch``) and forgotten when the cache grows past a few pages. A saved record is shown as saved
(its row read again), a deleted one leaves.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.core.db import Database
from app.models import Field
from app.registers import query, tables
from app.registers.catalog import Register
from app.registers.display import display
from app.views.registers.table_index import NUMERIC
from app.views.registers.table_model import RECORD_ID_ROLE, STATE_COLOURS, VERSION_ROLE, field_header

CACHE_ROWS = 4000  # rows kept; past this the cache starts again from the page asked for
ORDERS_KEPT = 4  # the rows of the last views shown (search words, sorts), kept to go back without asking


def rows_in_order(row_of: dict[int, int], ids: list[int]) -> array:
    """The model rows of these ids in their order (ids the model does not hold are left out), as compact ints."""
    return array("l", [r for r in map(row_of.get, ids) if r is not None])


@dataclass
class Loaded:
    """What the loading thread hands over: every id and version, the first view's order, the filters' values."""

    ids: list[int]
    versions: list[int]
    view: query.View | None = None
    ordered: list[int] = field(default_factory=list)
    filter_data: tables.TableData | None = None
    row_of: dict[int, int] = field(default_factory=dict)
    rows: array = field(default_factory=lambda: array("l"))

    def __post_init__(self) -> None:
        """Made on the loading thread: the id → row map and the first view's rows."""
        self.row_of = {record_id: row for row, record_id in enumerate(self.ids)}
        self.rows = rows_in_order(self.row_of, self.ordered)


class PagedRecordModel(QAbstractTableModel):
    def __init__(self, db: Database, register: Register, lang: str = "th", parent=None):
        super().__init__(parent)
        self.db, self.lang = db, lang
        self._register = register
        self.fields: tuple[Field, ...] = register.table_fields
        self.generation = 0
        self._ids: list[int] = []
        self._versions: list[int] = []
        self._row_of: dict[int, int] = {}
        self._rows: dict[int, dict[str, Any]] = {}
        self._refs: dict[str, dict[int, str]] = {}
        self._orders: dict[query.View, array] = {}
        self.filter_data = tables.empty_table(register)
        self.rows_read = 0  # how many rows were read from the database so far (the bench and a test look)
        self.last_change: tuple[str, int] | None = None  # ("insert" | "update" | "remove", row): for the proxy

    @property
    def register(self) -> Register:
        return self._register

    @property
    def table_data(self) -> tables.TableData:
        """The values the filter bar offers (``registers.filters.options``)."""
        return self.filter_data

    # -- data in -------------------------------------------------------------------------------
    def set_table(self, loaded: Loaded) -> None:
        self.beginResetModel()
        self._ids, self._versions, self._row_of = loaded.ids, loaded.versions, loaded.row_of
        self._rows, self._refs = {}, {}
        self._changed()
        if loaded.view is not None:
            self._keep(loaded.view, loaded.rows)
        if loaded.filter_data is not None:
            self.filter_data = loaded.filter_data
        self.endResetModel()

    def _changed(self) -> None:
        self.generation += 1
        self._orders.clear()

    def upsert(self, record_id: int, version: int, values: dict[str, Any]) -> None:
        """Show a saved record: its row is read again when painted, or it is appended."""
        self._rows.pop(record_id, None)
        row = self._row_of.get(record_id)
        self._changed()
        if row is None:
            row = len(self._ids)
            self.last_change = ("insert", row)
            self.beginInsertRows(QModelIndex(), row, row)
            self._ids.append(record_id)
            self._versions.append(version)
            self._row_of[record_id] = row
            self.endInsertRows()
            return
        self._versions[row] = version
        self.last_change = ("update", row)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def remove(self, record_id: int) -> None:
        row = self._row_of.get(record_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._ids[row]
        del self._versions[row]
        self._rows.pop(record_id, None)
        self._row_of = {rid: r for r, rid in enumerate(self._ids)}
        self._changed()
        self.last_change = ("remove", row)
        self.endRemoveRows()

    # -- reading rows --------------------------------------------------------------------------
    def fetch(self, rows: list[int]) -> None:
        """Read the values of these source rows (those not read yet) in one query."""
        wanted = [self._ids[r] for r in rows if 0 <= r < len(self._ids) and self._ids[r] not in self._rows]
        if not wanted:
            return
        if len(self._rows) + len(wanted) > CACHE_ROWS:
            self._rows, self._refs = {}, {}
        with self.db.session() as session:
            page = tables.load_table(session, self.register, ids=wanted)
        self.rows_read += len(page.ids)
        for i, record_id in enumerate(page.ids):
            self._rows[record_id] = page.row_values(i)
        for key, labels in page.ref_labels.items():
            self._refs.setdefault(key, {}).update(labels)
        for record_id in wanted:  # gone since: shown empty until the next reload
            self._rows.setdefault(record_id, {})

    def is_read(self, row: int) -> bool:
        return self._ids[row] in self._rows

    def _values(self, row: int) -> dict[str, Any]:
        found = self._rows.get(self._ids[row])
        if found is None:
            self.fetch([row])
            found = self._rows[self._ids[row]]
        return found

    def cached(self, view: query.View) -> array | None:
        """The rows of a view asked before, in its order, while the data has not changed since; None: ask."""
        return self._orders.get(view)

    def remember(self, view: query.View, generation: int, rows: array) -> None:
        """Keep the rows a worker found for a view, unless the data changed while it was asking."""
        if generation == self.generation:
            self._keep(view, rows)

    def _keep(self, view: query.View, rows: array) -> array:
        if len(self._orders) >= ORDERS_KEPT:
            del self._orders[next(iter(self._orders))]
        self._orders[view] = rows
        return rows

    def ordered_rows(self, view: query.View) -> array:
        """The rows the view shows, in its order (asked of the database here, on the calling thread, when the view
        was not asked before: the proxy asks on the worker)."""
        found = self._orders.get(view)
        if found is None:
            with self.db.session() as session:
                ids = query.ordered_ids(session, self.register, view)
            found = self._keep(view, rows_in_order(self._row_of, ids))
        return found

    # -- lookups for the proxy and the pane ---------------------------------------------------
    def row_of(self, record_id: int) -> int | None:
        return self._row_of.get(record_id)

    def row_map(self) -> dict[int, int]:
        return self._row_of

    def record_id(self, row: int) -> int:
        return self._ids[row]

    def version(self, row: int) -> int:
        return self._versions[row]

    def value(self, row: int, name: str) -> Any:
        return self._values(row).get(name)

    def values(self, row: int) -> dict[str, Any]:
        return dict(self._values(row))

    def provinces_of(self, row: int) -> list[str]:
        value = self.value(row, self.register.province_field)
        return value if isinstance(value, list) else [value]

    def text(self, row: int, column: int) -> str:
        f = self.fields[column]
        return display(f, self.value(row, f.name), self.lang, self._refs.get(f.ref or ""))

    # -- Qt model interface -------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        return field_header(self.fields, self.lang, section, orientation, role)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        row, f = index.row(), self.fields[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, index.column())
        if role == RECORD_ID_ROLE:
            return self._ids[row]
        if role == VERSION_ROLE:
            return self._versions[row]
        if role == Qt.ItemDataRole.TextAlignmentRole and f.kind in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and f.name == "emblem_state":
            colour = STATE_COLOURS.get(self.value(row, f.name))
            return QBrush(QColor(colour)) if colour else None
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
