"""The other attendees of a meeting (ผู้เข้าร่วมประชุม): name, position and organisation typed in the cells.

Each loaded row keeps the id and version of its record; rows added here have none until saved.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from app.models.meeting import GUEST_FIELDS
from app.views.shared.pane_actions import size_columns

GUEST_COLUMNS = ("name", "position", "organisation")
GUEST_WIDTHS = (280, 300)
GUEST_ID_ROLE = Qt.ItemDataRole.UserRole + 1

GuestKey = tuple[int, int]  # id and version of a saved attendee
GuestTexts = tuple[str, str, str]
LoadedGuest = tuple[int, int, int | None, GuestTexts]  # id, version, seq, texts


class GuestTable(QTableWidget):
    """One row per attendee; whole rows are selected (to remove them)."""

    edited = Signal()  # a cell changed (typed in, or filled)

    def __init__(self, lang: str = "th", parent: QWidget | None = None):
        super().__init__(0, len(GUEST_COLUMNS), parent)
        self.lang = lang
        self.loaded: list[LoadedGuest] = []
        self.removed: list[GuestKey] = []  # saved attendees whose rows were removed since loading
        self.setObjectName("guestTable")
        fields = {f.name: f for f in GUEST_FIELDS}
        self.setHorizontalHeaderLabels([fields[n].label(lang) for n in GUEST_COLUMNS])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._edit_triggers = self.editTriggers()
        self.verticalHeader().setDefaultSectionSize(30)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        size_columns(header, GUEST_WIDTHS)
        self.setMinimumHeight(120)
        self.itemChanged.connect(self._item_changed)

    @Slot(QTableWidgetItem)
    def _item_changed(self, _item: QTableWidgetItem) -> None:
        self.edited.emit()

    def fill(self, guests: Iterable[LoadedGuest]) -> None:
        """Show the attendees as loaded, in their order; nothing counts as removed any more."""
        self.loaded, self.removed = list(guests), []
        self.setRowCount(0)
        for guest_id, version, _seq, texts in self.loaded:
            self.append(texts, (guest_id, version))

    def append(self, texts: GuestTexts, key: GuestKey | None) -> int:
        """A row at the end; ``key`` is None for an attendee not saved yet."""
        row = self.rowCount()
        self.insertRow(row)
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if column == 0:
                item.setData(GUEST_ID_ROLE, key)
            self.setItem(row, column, item)
        return row

    def add_row(self) -> int:
        """An empty row at the end, its name cell open for typing."""
        row = self.append(("", "", ""), None)
        self.setCurrentCell(row, 0)
        self.editItem(self.item(row, 0))
        return row

    def values(self) -> list[tuple[GuestKey | None, GuestTexts]]:
        """(id and version, or None for a new row; the three texts stripped) in table order."""
        out = []
        for row in range(self.rowCount()):
            items = [self.item(row, c) for c in range(len(GUEST_COLUMNS))]
            texts = tuple((i.text() if i else "").strip() for i in items)
            out.append((items[0].data(GUEST_ID_ROLE) if items[0] else None, texts))
        return out

    def to_save(self) -> Iterator[tuple[int, GuestKey | None, dict[str, Any]]]:
        """(row, key, values) of every row to add or update: numbered again in table order (``seq``), the rows
        added and left empty skipped."""
        loaded = {gid: (seq, texts) for gid, _version, seq, texts in self.loaded}
        seq = 0
        for row, (key, texts) in enumerate(self.values()):
            if key is None and not any(texts):
                continue
            seq += 1
            if key is None or loaded.get(key[0]) != (seq, texts):
                yield row, key, {"seq": seq, **dict(zip(GUEST_COLUMNS, texts, strict=True))}

    def is_dirty(self) -> bool:
        """A row removed, added with some text, or changed since loading."""
        if self.removed:
            return True
        loaded = [((gid, version), texts) for gid, version, _seq, texts in self.loaded]
        return [g for g in self.values() if g[0] is not None or any(g[1])] != loaded

    def has_selection(self) -> bool:
        return bool(self.selectedIndexes())

    def remove_selected(self) -> list[GuestKey | None]:
        """Remove the selected rows (the saved ones are noted in ``removed``); the key of each removed row,
        None for a row not saved yet."""
        rows = sorted({i.row() for i in self.selectedIndexes()}, reverse=True)
        removed: list[GuestKey | None] = []
        for row in rows:
            data = self.item(row, 0).data(GUEST_ID_ROLE)
            key = tuple(data) if data is not None else None
            removed.append(key)
            if key is not None:
                self.removed.append(key)
            self.removeRow(row)
        return removed

    def set_read_only(self, read_only: bool) -> None:
        no_edits = QAbstractItemView.EditTrigger.NoEditTriggers
        self.setEditTriggers(no_edits if read_only else self._edit_triggers)

    def point_at(self, row: int, names: Iterable[str]) -> None:
        """Put the cursor on the first cell of ``row`` a refusal about the fields ``names`` is about."""
        names = set(names)
        column = next((c for c, name in enumerate(GUEST_COLUMNS) if name in names), 0)
        self.setCurrentCell(row, column)
