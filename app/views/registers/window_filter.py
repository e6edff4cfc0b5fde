"""The filter and sort a register table is asked for: the interface the panes, the filter bar and the header use
(``set_filter``, ``set_field_filter``, ``sort``; what ``ThaiSortFilterProxy`` offers), kept as a ``query.View``.
A mix-in of ``RegisterTableModel``, which reads the view's rows (``_view_changed``) and has ``filter_changed``."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.registers.query import View

DEBOUNCE_MS = 150  # a search is asked this long after the last keystroke


class WindowFilter:
    def __init__(self) -> None:
        self.debounce_ms = DEBOUNCE_MS
        self._needle = ""
        self._province = ""
        self._region = ""
        self._status = ""
        self._fields: dict[str, object] = {}  # the register's own filters: field name → value chosen
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    def view_of(self, lang: str) -> View:
        return View(lang=lang, needle=self._needle, province=self._province, region=self._region, status=self._status,
                    fields=tuple(sorted(self._fields.items())), sort_column=self._sort_column,
                    descending=self._sort_order == Qt.SortOrder.DescendingOrder)

    def _view_changed(self, typed: bool) -> None:
        raise NotImplementedError

    def set_filter(self, needle: str | None = None, province: str | None = None, region: str | None = None,
                   status: str | None = None) -> None:
        typed = needle is not None and needle.strip().casefold() != self._needle
        if needle is not None:
            self._needle = needle.strip().casefold()
        if province is not None:
            self._province = province
        if region is not None:
            self._region = region
        if status is not None:
            self._status = status
        self._view_changed(typed)
        self.filter_changed.emit()

    def set_field_filter(self, name: str, value) -> None:
        """Keep only the records whose field ``name`` holds ``value`` (``registers.filters``); None: every record."""
        if value is None:
            self._fields.pop(name, None)
        else:
            self._fields[name] = value
        self._view_changed(False)
        self.filter_changed.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self._view_changed(False)

    def sort_column(self) -> int:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order
