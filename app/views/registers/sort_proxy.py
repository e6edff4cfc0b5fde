"""The in-memory proxy the register tables used before they read from SQL a window at a time
(``window_model``): Thai sorting and filtering over every row held in memory. It is what the windowed model is
tested against (the same hits, counts and order on the same data); no pane uses it.

It keeps its own list of visible source rows, so a search keystroke or a sort costs one pass in
Python over precomputed keys (Thai collation ranks from a Thai QCollator), not one Python call per
comparison.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot

from app.registers import filters
from app.registers.reference import province_index
from app.views.registers.table_model import RecordTableModel
from app.views.registers.window_filter import WindowFilter


class ThaiSortFilterProxy(WindowFilter, QAbstractProxyModel):
    filter_changed = Signal()

    def __init__(self, parent=None):
        QAbstractProxyModel.__init__(self, parent)
        WindowFilter.__init__(self)  # the filter and sort asked (set_filter, set_field_filter, sort)
        self._visible: list[int] = []
        self._pos: list[int] | None = None
        self._needle_cache: tuple[int, str, list[int]] = (-1, "", [])

    # -- source wiring ---------------------------------------------------------------------------
    def setSourceModel(self, model: RecordTableModel) -> None:  # noqa: N802 (Qt API)
        old = self.sourceModel()
        if old is not None:
            for signal in self._structure_signals(old):
                signal.disconnect(self._source_changed)
        self.beginResetModel()
        super().setSourceModel(model)
        self._compute()
        self.endResetModel()
        for signal in self._structure_signals(model):
            signal.connect(self._source_changed)

    @staticmethod
    def _structure_signals(model):
        return (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged, model.layoutChanged)

    @Slot()
    def _source_changed(self, *args) -> None:
        """A saved or deleted record may enter or leave the filter: rebuild (the pane reselects)."""
        self.beginResetModel()
        self._compute()
        self.endResetModel()

    # -- filter and sort -------------------------------------------------------------------------
    def _view_changed(self, typed: bool) -> None:  # WindowFilter's hook: everything is in memory, at once
        self._relayout()

    def _text_matches(self, model: RecordTableModel) -> list[int]:
        """Rows whose search text holds every typed word; narrows the last result while typing on."""
        cached_generation, cached_needle, cached_rows = self._needle_cache
        if cached_generation == model.generation and cached_needle and self._needle.startswith(cached_needle):
            base = cached_rows
        else:
            base = range(model.rowCount())
        hay = model.haystack()
        words = self._needle.split()
        if len(words) == 1:
            word = words[0]
            rows = [r for r in base if word in hay[r]]
        else:
            rows = [r for r in base if all(w in hay[r] for w in words)]
        self._needle_cache = (model.generation, self._needle, rows)
        return rows

    def _accepts(self, model: RecordTableModel) -> list[int] | None:
        """Accepted source rows in source order, or None when no filter is set."""
        if not (self._needle or self._status or self._province or self._region or self._fields):
            return None
        rows = self._text_matches(model) if self._needle else range(model.rowCount())
        if self._status:
            rows = [r for r in rows if model.status_of(r) == self._status]
        if self._province:
            rows = [r for r in rows if self._province in model.provinces_of(r)]
        if self._region:
            wanted = {code for code, p in province_index().items() if self._region in (p["region_th"], p["region_en"])}
            rows = [r for r in rows if not wanted.isdisjoint(model.provinces_of(r))]
        for name, wanted in self._fields.items():
            f = model.register.field(name)
            column = model.table_data.columns[name]
            lasts = model.table_data.columns.get(filters.until(f) or "", column)
            rows = [r for r in rows if filters.accepts(f, column[r], lasts[r], wanted)]
        return list(rows)

    def _compute(self) -> None:
        model = self.sourceModel()
        self._pos = None
        if model is None:
            self._visible = []
            return
        accepted = self._accepts(model)
        if 0 <= self._sort_column < model.columnCount():
            order = model.sorted_rows(self._sort_column)
            if self._sort_order == Qt.SortOrder.DescendingOrder:
                order = order[::-1]
            if accepted is None:
                self._visible = list(order)
            else:
                mask = bytearray(model.rowCount())
                for r in accepted:
                    mask[r] = 1
                self._visible = [r for r in order if mask[r]]
        else:
            self._visible = list(range(model.rowCount())) if accepted is None else accepted

    def _positions(self) -> list[int]:
        """Source row → proxy row, built only when a view asks to map from the source."""
        if self._pos is None:
            model = self.sourceModel()
            pos = [-1] * (model.rowCount() if model is not None else 0)
            for proxy_row, source_row in enumerate(self._visible):
                pos[source_row] = proxy_row
            self._pos = pos
        return self._pos

    def _relayout(self) -> None:
        """Recompute, keeping selections and the current row on the same records."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        sources = [self.mapToSource(i) for i in persistent]
        self._compute()
        self.changePersistentIndexList(persistent, [self.mapFromSource(s) for s in sources])
        self.layoutChanged.emit()

    # -- the proxy interface ---------------------------------------------------------------------
    def source_row(self, proxy_row: int) -> int:
        return self._visible[proxy_row]

    def mapToSource(self, index: QModelIndex | QPersistentModelIndex) -> QModelIndex:  # noqa: N802
        model = self.sourceModel()
        if model is None or not index.isValid() or index.row() >= len(self._visible):
            return QModelIndex()
        return model.index(self._visible[index.row()], index.column())

    def mapFromSource(self, index: QModelIndex | QPersistentModelIndex) -> QModelIndex:  # noqa: N802
        pos = self._positions()
        if not index.isValid() or index.row() >= len(pos) or pos[index.row()] < 0:
            return QModelIndex()
        return self.createIndex(pos[index.row()], index.column())

    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._visible)) or not (0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index=None):  # flat table: no parents; no argument means QObject.parent()
        if index is None:
            return super().parent()
        return QModelIndex()

    def sibling(self, row: int, column: int, index: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        return self.index(row, column)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        model = self.sourceModel()
        return 0 if parent.isValid() or model is None else model.columnCount()

    def hasChildren(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._visible)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        model = self.sourceModel()
        if model is None:
            return None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return model.headerData(section, orientation, role)
