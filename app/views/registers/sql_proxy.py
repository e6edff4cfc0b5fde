"""The register panes' proxy over ``PagedRecordModel``: the filter and sort of ``ThaiSortFilterProxy`` (its
interface, selections kept across a relayout), the rows shown and their order asked of the database.

The database is asked on the worker thread (``app.views.shared.tasks``): a search keystroke waits for a pause in
the typing (``debounce_ms``), one question is out at a time and only the latest view's answer is shown; the rows
shown stay until it arrives. A view asked before (until the data changes) is shown at once.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal, Slot

from app.core.db import Database
from app.registers import query
from app.registers.catalog import Register
from app.registers.query import View
from app.views.registers.paged_model import rows_in_order
from app.views.registers.sort_proxy import ThaiSortFilterProxy
from app.views.shared.tasks import run_task

AHEAD, BEHIND = 120, 40  # rows read with the one painted: a screenful and some scrolling either way
DEBOUNCE_MS = 150  # a search is asked this long after the last keystroke


@dataclass
class Answer:
    view: View
    generation: int
    rows: array  # the model's rows the view shows, in its order


def ask_ids(db: Database, register: Register, view: View, generation: int, row_map: dict[int, int]) -> Answer:
    """On the worker thread: the ids the view shows, in its order, as the model's rows (``row_map`` is only read;
    if the model changes meanwhile its generation moves on and the answer is not used)."""
    with db.session() as session:
        ids = query.ordered_ids(session, register, view)
    return Answer(view, generation, rows_in_order(row_map, ids))


class SqlSortFilterProxy(ThaiSortFilterProxy):
    ordered = Signal()  # the rows of the latest filter and sort are shown
    failed = Signal(object)  # the database could not answer (the exception)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.asynchronous = True  # False: ask on the calling thread (a model without an event loop)
        self.debounce_ms = DEBOUNCE_MS
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._ask)
        self._typed = False
        self._asking = False
        self._arrived_rows: array | None = None

    def view(self) -> View:
        model = self.sourceModel()
        return View(lang=model.lang if model is not None else "th", needle=self._needle, province=self._province,
                    region=self._region, status=self._status, fields=tuple(sorted(self._fields.items())),
                    sort_column=self._sort_column, descending=self._sort_order == Qt.SortOrder.DescendingOrder)

    def pending(self) -> bool:
        """A view is waiting for its rows (typing pause or database)."""
        return self._timer.isActive() or self._asking

    def set_filter(self, needle: str | None = None, province: str | None = None, region: str | None = None,
                   status: str | None = None) -> None:
        self._typed = needle is not None and needle.strip().casefold() != self._needle
        super().set_filter(needle, province, region, status)

    def _relayout(self) -> None:
        model = self.sourceModel()
        typed, self._typed = self._typed, False
        if (not self.asynchronous or model is None or not model.rowCount()
                or model.cached(self.view()) is not None):
            self._timer.stop()
            super()._relayout()
            self.ordered.emit()
            return
        self._timer.start(self.debounce_ms if typed else 0)

    def _ask(self) -> None:
        if self._asking:  # one question at a time; the latest view is asked when it comes back
            return
        model = self.sourceModel()
        self._asking = True
        run_task(ask_ids, model.db, model.register, self.view(), model.generation, model.row_map(),
                 on_done=self._arrived, on_error=self._failed)

    def _arrived(self, answer: Answer) -> None:
        self._asking = False
        model = self.sourceModel()
        if model is None:
            return
        model.remember(answer.view, answer.generation, answer.rows)
        if model.cached(self.view()) is None:  # asked again since, or the data changed: ask for the latest
            if not self._timer.isActive():
                self._ask()
            return
        if answer.view == self.view() and answer.generation == model.generation:
            self._arrived_rows = answer.rows
        super()._relayout()
        self.filter_changed.emit()
        self.ordered.emit()

    def _failed(self, error: Exception) -> None:
        self._asking = False
        self.failed.emit(error)

    @Slot()
    def _source_changed(self, *args) -> None:
        """A saved record stays where it is shown (a new one at the end, a deleted one leaves) until the worker
        brings the view's order with it; a reload is shown at once (its first order comes with it)."""
        model = self.sourceModel()
        change, model.last_change = model.last_change, None
        if not self.asynchronous or change is None or model.cached(self.view()) is not None:
            super()._source_changed(*args)
            return
        kind, row = change
        if kind == "insert":
            self._show_inserted(row)
        elif kind == "remove":
            self._drop_removed(row)
        else:
            index = self.mapFromSource(model.index(row, 0))
            if index.isValid():
                self.dataChanged.emit(index, self.index(index.row(), self.columnCount() - 1))
        self._timer.start(0)

    def _show_inserted(self, row: int) -> None:
        end = len(self._visible)
        self.beginInsertRows(QModelIndex(), end, end)
        self._visible, self._pos = [*self._visible, row], None
        self.endInsertRows()

    def _drop_removed(self, row: int) -> None:
        shown = [r for r in self._visible if r != row]
        if len(shown) == len(self._visible):
            self._visible, self._pos = [r - (r > row) for r in shown], None
            return
        at = self._visible.index(row)
        self.beginRemoveRows(QModelIndex(), at, at)
        self._visible, self._pos = [r - (r > row) for r in shown], None
        self.endRemoveRows()

    def _compute(self) -> None:
        model = self.sourceModel()
        self._pos = None
        if self._arrived_rows is not None:  # what the worker found
            self._visible, self._arrived_rows = self._arrived_rows, None
            return
        if model is None or not model.rowCount():
            self._visible = []
            return
        self._visible = model.ordered_rows(self.view())

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.row() < len(self._visible):
            row = index.row()
            model = self.sourceModel()
            if not model.is_read(self._visible[row]):
                model.fetch(self._visible[max(0, row - BEHIND):row + AHEAD])
        return super().data(index, role)
