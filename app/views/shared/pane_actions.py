"""What every list pane shares: named actions with pane-wide shortcuts, and the look of its table."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def connect_plain(signal, slot) -> None:
    """Connect ``triggered``/``clicked`` to a slot called without arguments.

    Both signals pass a ``checked`` flag (False); a slot with an optional first parameter (``city_ids=None``,
    ``select=None``) would receive it instead of its default, so the flag is always dropped here.
    """
    signal.connect(lambda *_args: slot())


def pane_action(pane: QWidget, text: str, shortcut, slot, name: str) -> QAction:
    action = QAction(text, pane)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setShortcutVisibleInContextMenu(True)  # the right-click menu shows the key too, on every style
    if slot is not None:
        connect_plain(action.triggered, slot)
    pane.addAction(action)
    return action


def record_table(parent: QWidget, model, widths: list[int], on_open, multi: bool = False) -> QTableView:
    """Rows selected whole, sortable, movable and resizable columns, double-click opens the row."""
    table = QTableView(parent)
    table.setObjectName("table")
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    modes = QAbstractItemView.SelectionMode
    table.setSelectionMode(modes.ExtendedSelection if multi else modes.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSortingEnabled(True)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(30)
    # the scroll bar stays and the row numbers keep room for five digits: a search that leaves fewer rows would
    # take the bar away or narrow the numbers, and widen the stretched last column under the user's eyes
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    numbers = table.verticalHeader()
    numbers.setMinimumWidth(numbers.fontMetrics().horizontalAdvance("00000") + 12)
    table.doubleClicked.connect(lambda _index: on_open())
    header = table.horizontalHeader()
    header.setSectionsMovable(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    size_columns(header, widths)
    return table


def size_columns(header: QHeaderView, widths) -> None:
    """Each column its width, but never narrower than its heading (with the sort mark, as the style draws them): no
    heading is cut."""
    for column, width in enumerate(widths):
        header.resizeSection(column, max(width, header.sectionSizeHint(column)))


def select_rows_again(table: QTableView, rows: list[int]) -> None:
    """The records selected before a new search, found past its first page once it is counted: selected again
    (whole rows, the first current, no scrolling under a typing user), unless another was chosen meanwhile."""
    selection, model = table.selectionModel(), table.model()
    if selection.hasSelection() or not rows:
        return
    flags = QItemSelectionModel.SelectionFlag
    for row in rows:
        selection.select(model.index(row, 0), flags.Select | flags.Rows)
    selection.setCurrentIndex(model.index(rows[0], 0), flags.NoUpdate)
