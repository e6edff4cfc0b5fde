"""The register panes' table model: the rows of the pane's filter and sort, read from the database a window at a
time (``window_rows``); its own filter and sort, with the interface of ``ThaiSortFilterProxy`` (a pane calls it its
``proxy`` as well as its ``model``).

It never holds every id: the row count comes from SQL, the rows painted are read a page at a time on the worker
(entered at a neighbouring row's place in the order, keyset, or by offset after a jump) and shown blank for the
moment it takes; at most ``CACHE_ROWS`` rows are kept. A new filter or sort shows its first page as soon as it is
read and counts its rows next. Selected records keep their selection across a new order: the database says where
they went (up to ``window_rows.FOCUS_KEPT``; past a new search's first page, once it is counted: ``found``). A save
shows at once (a new record at the end, a deleted one leaves), then the rows round the screen are read again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor

from app.core.db import Database
from app.models import Field
from app.registers import query, tables
from app.registers.catalog import Register
from app.registers.display import display
from app.registers.query import UNPLACED, Mark, View
from app.views.registers.table_index import NUMERIC
from app.views.registers.table_model import RECORD_ID_ROLE, STATE_COLOURS, VERSION_ROLE, field_header, record_flags
from app.views.registers.window_filter import WindowFilter
from app.views.registers.window_rows import FOCUS_KEPT, PAGE, Rows, Want, read, read_values
from app.views.shared.tasks import run_task

CACHE_ROWS = 3000  # rows kept; past this only those round the last row painted stay
AHEAD, BEHIND = 150, 50  # a page read for a row painted: this many rows after it and before it


class RegisterTableModel(WindowFilter, QAbstractTableModel):
    filter_changed = Signal()
    ordered = Signal()  # the first rows of the latest filter and sort are shown
    reloaded = Signal()  # a reload's rows are shown
    failed = Signal(object)  # the database could not answer (the exception)
    found = Signal(list)  # rows of records a new search's first page did not hold, once counted (to select again)

    def __init__(self, db: Database, register: Register, lang: str = "th", parent=None):
        QAbstractTableModel.__init__(self, parent)
        WindowFilter.__init__(self)
        self.db, self.lang, self._register = db, lang, register
        self.fields: tuple[Field, ...] = register.table_fields
        self.asynchronous = True  # False: ask on the calling thread (tests without an event loop)
        self.generation = 0  # moves on with every change of the data (a save, a reload)
        self._shown: View | None = None  # the view whose rows are held
        self._held_generation = -1
        self._count = self._total = 0
        self._counted = True
        self._lost: tuple[int, ...] = ()  # selected records not in a new search's first page: asked with its count
        self._want_total = False
        self._reloading = False
        self._marks: dict[int, Mark] = {}
        self._row_of: dict[int, int] = {}
        self._values: dict[int, tuple[int, dict[str, Any]]] = {}  # id → (version, values)
        self._refs: dict[str, dict[int, str]] = {}
        self._missing: int | None = None  # the last row painted before it was read
        self._last_row = 0  # the last row painted: where the screen is
        self._asking: Want | None = None
        self._refused: Want | None = None  # the question the database could not answer: not asked again by itself
        self._kick = QTimer(self)
        self._kick.setSingleShot(True)
        self._kick.timeout.connect(self._next)
        self.filter_data = tables.empty_table(register)
        self.rows_read = 0  # rows read from the database so far (the bench and a test look)

    @property
    def register(self) -> Register:
        return self._register

    @property
    def table_data(self) -> tables.TableData:
        """The values the filter bar offers (``registers.filters.options``)."""
        return self.filter_data

    def total_count(self) -> int:
        """How many records the register holds, whatever the filter."""
        return self._total

    def view(self) -> View:
        return self.view_of(self.lang)

    # -- asking ----------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the view again from the database (``reloaded`` when its rows are shown)."""
        self.generation += 1
        self._want_total = self._reloading = True
        self._next()  # now: the question leaves before anything else the caller does

    def _view_changed(self, typed: bool) -> None:  # WindowFilter's hook
        self._schedule(self.debounce_ms if typed else 0)

    def _schedule(self, delay: int) -> None:
        if not self.asynchronous:
            self._next()
        else:
            self._kick.start(delay)

    def pending(self) -> bool:
        """Something is still to be read: the latest view's rows or count, a page painted, a save's new order."""
        question = self._question()
        return (self._kick.isActive() or self._asking is not None
                or (question is not None and question != self._refused))

    def _focus(self) -> tuple[int, ...]:
        """The records of the persistent indexes (selection, current): where they go is asked with a new order."""
        return tuple(sorted({self._marks[i.row()].id for i in self.persistentIndexList() if i.row() in self._marks}))

    def _question(self) -> Want | None:
        view = self.view()
        if self._shown is None and not self._reloading:  # not loaded yet: the pane's reload asks
            return None
        if self._shown != view or self._held_generation != self.generation:
            again = self._shown == view  # a save or a reload: read round the rows on screen
            start = max(0, self._last_row - PAGE // 2) if again else 0
            whole = again or not query.filtered(view)  # else the first page is shown before the rows are counted
            return Want(view, self.generation, start, count=whole, total=self._want_total,
                        focus=self._focus() if whole else ())
        if not self._counted:
            return Want(view, self.generation, rows=False, count=True, focus=self._lost)
        row = self._missing
        if row is None or row in self._marks or row >= self._count:
            return None
        return self._page_for(row)

    def _page_for(self, row: int) -> Want:
        """The unread rows round ``row``, entered at a neighbour's place in the order where one is held."""
        low, high = row, row + 1
        while low > max(0, row - BEHIND) and low - 1 not in self._marks:
            low -= 1
        while high < min(self._count, row + AHEAD) and high not in self._marks:
            high += 1
        before, after = self._marks.get(low - 1), self._marks.get(high)
        view = self.view()
        if before is not None and before.key is not UNPLACED:
            return Want(view, self.generation, low, high - low, after=before)
        if after is not None and after.key is not UNPLACED:
            return Want(view, self.generation, low, high - low, before=after)
        return Want(view, self.generation, low, high - low, known=self._count if self._counted else None)

    def _next(self) -> None:
        if self._asking is not None:
            return
        want = self._question()
        if want is None or want == self._refused:  # one message, not one per repaint; F5 or a new view asks again
            return
        self._asking = want
        if self.asynchronous:
            run_task(read, self.db, self.register, want, on_done=self._arrived, on_error=self._failed)
            return
        try:
            rows = read(self.db, self.register, want)
        except Exception as error:  # noqa: BLE001 (the pane shows it, as the worker's)
            self._failed(error)
            return
        self._arrived(rows)

    def _failed(self, error: Exception) -> None:
        self._asking, self._refused = None, self._asking
        self._reloading = False
        self.failed.emit(error)

    # -- answers ---------------------------------------------------------------------------------
    def _arrived(self, rows: Rows) -> None:
        self._asking = None
        want = rows.want
        if want.generation == self.generation and want.view == self.view():
            if self._shown != want.view or self._held_generation != want.generation:
                self._show_view(rows)
            elif not want.rows:
                self._show_count(rows)
            else:
                self._show_page(rows)
        self._next()

    def _take(self, values: dict[int, tuple[int, dict[str, Any]]], refs: dict[str, dict[int, str]]) -> None:
        self.rows_read += len(values)
        self._values.update(values)
        for key, labels in refs.items():
            self._refs.setdefault(key, {}).update(labels)

    def _show_view(self, rows: Rows) -> None:
        want = rows.want
        held = set(self._focus()) or set(self._lost)  # selected, or lost to the search typed just before
        marks = {rows.start + i: m for i, m in enumerate(rows.marks)}
        count = rows.count
        self._counted = count is not None or len(rows.marks) < want.size
        if count is None:
            count = rows.start + len(rows.marks)
        self._take(rows.values, rows.refs)
        self._shown, self._held_generation = want.view, want.generation
        if rows.total is not None:
            self._total, self._want_total = rows.total, False
        self._relayout(marks, count, rows.positions)
        self._lost = () if self._counted else tuple(sorted(held - self._row_of.keys()))[:FOCUS_KEPT]
        self._values = {i: v for i, v in self._values.items() if i in self._row_of}  # the rows held, no more
        self.filter_changed.emit()
        self.ordered.emit()
        if self._reloading:
            self._reloading = False
            self.reloaded.emit()

    def _show_count(self, rows: Rows) -> None:
        self._counted, self._lost, found = True, (), []
        self._recount(rows.count)
        for record_id, row in rows.positions.items():  # where the lost selection went
            if row < self._count and self._marks.setdefault(row, Mark(UNPLACED, record_id)).id == record_id:
                self._row_of[record_id] = row
                found.append(row)
        self.filter_changed.emit()
        if found:
            self.found.emit(sorted(found))

    def _recount(self, count: int) -> None:
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self._marks = {r: m for r, m in self._marks.items() if r < count}
            self._row_of = {m.id: r for r, m in self._marks.items()}
            self.endRemoveRows()

    def _show_page(self, rows: Rows) -> None:
        self._take(rows.values, rows.refs)
        for i, mark in enumerate(rows.marks):
            old = self._marks.get(rows.start + i)
            if old is not None and old.id != mark.id:  # placed by the model before: the order now says
                self._row_of.pop(old.id, None)
            self._marks[rows.start + i] = mark
            self._row_of[mark.id] = rows.start + i
        self._forget_far(rows.start)
        if rows.marks:
            last = min(self._count, rows.start + len(rows.marks)) - 1
            self.dataChanged.emit(self.index(rows.start, 0), self.index(last, self.columnCount() - 1))
        if len(rows.marks) < rows.want.size or rows.count not in (None, self._count):  # changed elsewhere: count
            self._changed()  # and read again

    def _forget_far(self, row: int) -> None:
        if len(self._marks) <= CACHE_ROWS:
            return
        keep = range(row - CACHE_ROWS // 2, row + CACHE_ROWS // 2)
        focus = {i.row() for i in self.persistentIndexList()}
        kept = {r: m for r, m in self._marks.items() if r in keep or r in focus}
        self._marks = kept
        self._row_of = {m.id: r for r, m in kept.items()}
        self._values = {i: v for i, v in self._values.items() if i in self._row_of}

    def _relayout(self, marks: dict[int, Mark], count: int, positions: dict[int, int]) -> None:
        """Hold these rows (and count) now; selected records follow their records (or leave)."""
        for record_id, row in positions.items():
            marks.setdefault(row, Mark(UNPLACED, record_id))
        if count > self._count:
            self._recount(count)
        self.layoutAboutToBeChanged.emit()
        row_of = {m.id: r for r, m in marks.items() if r < count}
        old = self.persistentIndexList()
        new = []
        for index in old:
            mark = self._marks.get(index.row())
            row = row_of.get(mark.id) if mark is not None else None
            new.append(self.index(row, index.column()) if row is not None else QModelIndex())
        self._marks, self._row_of = {r: m for r, m in marks.items() if r < count}, row_of
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()
        if count < self._count:
            self._recount(count)

    # -- saves -----------------------------------------------------------------------------------
    def _changed(self) -> None:
        self.generation += 1
        self._schedule(0)

    def upsert(self, record_id: int, version: int, values: dict[str, Any]) -> None:
        """Show a saved record at once (a new one at the end); the order round the screen is read again."""
        self._values.pop(record_id, None)
        row = self._row_of.get(record_id)
        if row is None:
            self.beginInsertRows(QModelIndex(), self._count, self._count)
            self._marks[self._count] = Mark(UNPLACED, record_id)
            self._row_of[record_id] = self._count
            self._count += 1
            self._total += 1
            self.endInsertRows()
        else:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self._changed()

    def remove(self, record_id: int) -> None:
        row = self._row_of.get(record_id)
        self._values.pop(record_id, None)
        self._total -= 1
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            self._marks = {r - (r > row): m for r, m in self._marks.items() if r != row}
            self._row_of = {m.id: r for r, m in self._marks.items()}
            self._count -= 1
            self.endRemoveRows()
        self._changed()

    # -- reading rows on the calling thread (a form, an action, a test) ---------------------------
    def _ensure(self, row: int) -> Mark:
        mark = self._marks.get(row)
        if mark is None:
            self._show_page(read(self.db, self.register, self._page_for(row)))
            mark = self._marks.get(row, Mark(UNPLACED, -1))
        return mark

    def _read_near(self, row: int) -> None:
        ids = [m.id for r, m in self._marks.items() if row - BEHIND <= r < row + AHEAD and m.id not in self._values]
        with self.db.session() as session:
            self._take(*read_values(session, self.register, ids))
        for record_id in ids:  # gone since: shown empty until the next read
            self._values.setdefault(record_id, (0, {}))

    def _entry(self, row: int) -> tuple[int, dict[str, Any]]:
        mark = self._ensure(row)
        found = self._values.get(mark.id)
        if found is None:
            self._read_near(row)
            found = self._values[mark.id]
        return found

    def row_of(self, record_id: int) -> int | None:
        """The record's row, where the rows held include it."""
        return self._row_of.get(record_id)

    def locate(self, record_id: int) -> int | None:
        """The record's row in the view, asked of the database if it is not held (None: the view does not show it)."""
        row = self._row_of.get(record_id)
        if row is None:
            with self.db.session() as session:
                row = query.position(session, self.register, self.view(), record_id)
            if row is not None and row < self._count:
                self._marks.setdefault(row, Mark(UNPLACED, record_id))
                self._row_of[record_id] = row
        return row

    def record_id(self, row: int) -> int:
        return self._ensure(row).id

    def version(self, row: int) -> int:
        return self._entry(row)[0]

    def value(self, row: int, name: str) -> Any:
        return self._entry(row)[1].get(name)

    def values(self, row: int) -> dict[str, Any]:
        return dict(self._entry(row)[1])

    def provinces_of(self, row: int) -> list[str]:
        value = self.value(row, self.register.province_field)
        return value if isinstance(value, list) else [value]

    def text(self, row: int, column: int) -> str:
        f = self.fields[column]
        return display(f, self.value(row, f.name), self.lang, self._refs.get(f.ref or ""))

    # -- Qt model interface -------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        return field_header(self.fields, self.lang, section, orientation, role)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._count:
            return None
        row, f = index.row(), self.fields[index.column()]
        mark = self._marks.get(row)
        if mark is None:  # not read yet: blank until its page comes
            self._missing = row
            if not self._kick.isActive() and self._asking is None:
                self._schedule(0)
            return None
        self._last_row = row
        if role == RECORD_ID_ROLE:
            return mark.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, index.column())
        if role == VERSION_ROLE:
            return self.version(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and f.kind in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and f.name == "emblem_state":
            colour = STATE_COLOURS.get(self.value(row, f.name))
            return QBrush(QColor(colour)) if colour else None
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return record_flags(index)
