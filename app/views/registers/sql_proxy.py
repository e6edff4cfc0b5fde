"""The register panes' proxy over ``PagedRecordModel``: the filter and sort of ``ThaiSortFilterProxy`` (its
interface, selections kept across a relayout), the rows shown and their order asked of the database."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from app.registers.query import View
from app.views.registers.sort_proxy import ThaiSortFilterProxy

AHEAD, BEHIND = 120, 40  # rows read with the one painted: a screenful and some scrolling either way


class SqlSortFilterProxy(ThaiSortFilterProxy):
    def view(self) -> View:
        model = self.sourceModel()
        return View(lang=model.lang if model is not None else "th", needle=self._needle, province=self._province,
                    region=self._region, status=self._status, fields=tuple(sorted(self._fields.items())),
                    sort_column=self._sort_column, descending=self._sort_order == Qt.SortOrder.DescendingOrder)

    def _compute(self) -> None:
        model = self.sourceModel()
        self._pos = None
        if model is None or not model.rowCount():
            self._visible = []
            return
        rows = model.row_map()
        self._visible = [r for r in map(rows.get, model.ordered_ids(self.view())) if r is not None]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.row() < len(self._visible):
            row = index.row()
            model = self.sourceModel()
            if not model.is_read(self._visible[row]):
                model.fetch(self._visible[max(0, row - BEHIND):row + AHEAD])
        return super().data(index, role)
