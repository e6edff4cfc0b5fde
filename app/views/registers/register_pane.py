"""A register pane: filters, the table, the form and undo — the same for all four registers."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QToolButton, QVBoxLayout, QWidget

from app.core.db import Database
from app.core.errors import UserError
from app.core.thaidate import format_date
from app.registers import tables
from app.registers.catalog import CITIES, REGISTERS, Register
from app.views.registers.filter_bar import FilterBar
from app.views.registers.window_model import RegisterTableModel
from app.views.registers.window_rows import filter_data, refresh_keys
from app.views.shared import settings
from app.views.shared.commands import AddCommand, DeleteCommand, EditCommand
from app.views.shared.flow_layout import FlowLayout
from app.views.shared.pane_actions import pane_action, record_table, select_rows_again
from app.views.shared.tasks import after_paint, run_task

if TYPE_CHECKING:  # the form's module is loaded when a form first opens: a quicker start
    from app.registers.records import Saved
    from app.views.registers.record_form import RecordForm


def _records():
    """The write path (records, their validation, the plan's rules): loaded with the first form or save, for a
    quicker start."""
    from app.registers import records

    return records


class RegisterPane(QWidget):
    counts_changed = Signal(int, int)  # shown, total
    loaded = Signal()  # the rows of a reload are shown
    options_loaded = Signal()  # then the values its own filters offer (years, agencies) are there too
    editing = Signal(object, int)  # the form just opened on a stored record, and that record's id
    load_failed = Signal(object)

    def __init__(self, db: Database, register: Register, lang: str = "th", parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.register, self.lang = db, register, lang
        self.key = register.key
        self.setObjectName(f"pane_{register.key}")
        self.undo_stack = QUndoStack(self)
        self._own_versions: dict[int, int] = {}  # record id → the version our own last save produced
        # The table's model is its own filter and sort: ``proxy`` as the other panes name theirs.
        self.model = self.proxy = RegisterTableModel(db, register, lang, self)
        self.model.failed.connect(self._failed)
        self.model.reloaded.connect(self._loaded)
        self.model.found.connect(lambda rows: select_rows_again(self.table, rows))
        self.form: RecordForm | None = None
        self._loading = self.options_pending = False
        self._build()
        self._build_actions()
        self._restore_header()

    # -- construction ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel(self.register.label(self.lang), self)
        self.title.setObjectName("paneTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.filters = FilterBar(self.register, self.lang, self)
        self.search = self.filters.search
        self.province_filter, self.region_filter, self.status_filter = (
            self.filters.province, self.filters.region, self.filters.status)
        self.filters.filter_changed.connect(
            lambda needle, province, region, status: self.proxy.set_filter(needle, province, region, status))
        self.filters.field_filter_changed.connect(self.proxy.set_field_filter)

        self.table = record_table(self, self.proxy, [f.width for f in self.model.fields], self.edit_selected,
                                  multi=True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        for signal in (self.model.modelReset, self.model.layoutChanged, self.model.rowsInserted,
                       self.model.rowsRemoved):
            signal.connect(self.emit_counts)

        self.add_button = QToolButton(self)
        self.add_button.setObjectName("addButton")
        self.edit_button, self.delete_button = QToolButton(self), QToolButton(self)
        bar = FlowLayout()  # wraps on a narrow screen rather than widening the window
        for widget in (self.filters, self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(widget)
        self.bar = bar  # features add their tool buttons here (Excel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def _action(self, text: str, shortcut, slot, name: str) -> QAction:
        return pane_action(self, text, shortcut, slot, name)

    def _build_actions(self) -> None:
        self.add_action = self._action(self.tr("เพิ่ม"), QKeySequence.StandardKey.New, self.add_record, "add")
        self.edit_action = self._action(self.tr("แก้ไข"), Qt.Key.Key_Return, self.edit_selected, "edit")
        self.delete_action = self._action(self.tr("ลบ"), QKeySequence.StandardKey.Delete, self.delete_selected,
                                          "delete")
        self.find_action = self._action(self.tr("ค้นหา"), QKeySequence.StandardKey.Find, self.focus_search, "find")
        self.refresh_action = self._action(self.tr("โหลดข้อมูลใหม่"), Qt.Key.Key_F5, self.reload, "refresh")
        self.renew_action = QAction(self.tr("ต่ออายุตราสัญลักษณ์อีก 2 ปี"), self)
        self.renew_action.triggered.connect(self.renew_selected)
        self.extra_actions: list[QAction] = []
        self.add_button.setDefaultAction(self.add_action)
        self.edit_button.setDefaultAction(self.edit_action)
        self.delete_button.setDefaultAction(self.delete_action)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        for signal in (self.proxy.layoutChanged, self.proxy.modelReset):  # a filter hides selected rows without
            signal.connect(self._update_actions)  # selectionChanged: the actions follow the visible selection
        self._update_actions()

    def add_extra_action(self, action: QAction) -> None:
        """An action another part of the app offers on this pane's rows (context menu and pane shortcuts)."""
        self.extra_actions.append(action)
        self.addAction(action)

    # -- header state ----------------------------------------------------------------------------
    def _restore_header(self) -> None:
        state = settings.header_key(self.register.key).get()
        header = self.table.horizontalHeader()
        if not state.isEmpty() and header.restoreState(state):
            self.proxy.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        else:  # by the record's name: what people look rows up by
            title = [f.name for f in self.model.fields].index(self.register.title_field)
            header.setSortIndicator(title, Qt.SortOrder.AscendingOrder)
            self.proxy.sort(title, Qt.SortOrder.AscendingOrder)

    def save_state(self) -> None:
        settings.header_key(self.register.key).set(self.table.horizontalHeader().saveState())

    # -- loading ---------------------------------------------------------------------------------
    @Slot()
    def reload(self) -> None:
        """Fetch the register in the background; the table stays usable meanwhile."""
        self._start_load(check_keys=True)

    def _start_load(self, check_keys: bool) -> None:
        if self._loading:
            return
        self._loading, self._check_keys, self.options_pending = True, check_keys, True
        self.filters.busy.show()
        self.model.reload()  # the selection stays on its records

    def _loaded(self) -> None:
        self._loading = False
        self.filters.busy.hide()
        self.loaded.emit()
        after_paint(self.table.viewport(), lambda check=self._check_keys: self._load_options(check))

    def _load_options(self, check_keys: bool) -> None:
        run_task(filter_data, self.db, self.register, on_done=self._filter_data, on_error=self._failed)
        if check_keys:
            run_task(refresh_keys, self.db, self.register, on_done=self._keys_refreshed, on_error=self._query_error)

    def _filter_data(self, data: tables.TableData) -> None:
        self.model.filter_data = data
        self.filters.set_options(data)
        self.options_pending = False
        self.options_loaded.emit()

    def _failed(self, error: Exception) -> None:
        self.options_pending = False
        (self._load_error if self._loading else self._query_error)(error)

    def _keys_refreshed(self, made: int) -> None:
        if made:
            self._start_load(check_keys=False)

    def _load_error(self, error: Exception) -> None:
        self._loading = False
        self.filters.busy.hide()
        self.load_failed.emit(error)
        if isinstance(error, UserError):
            self.notify_error(error)
        else:
            raise error

    def _query_error(self, error: Exception) -> None:
        """A search or sort the database could not answer: the rows shown stay."""
        if isinstance(error, UserError):
            self.notify_error(error)
        else:
            raise error

    def emit_counts(self, *args) -> None:
        self.counts_changed.emit(self.model.rowCount(), self.model.total_count())

    # -- selection -------------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [self.model.record_id(index.row()) for index in sorted(rows, key=QModelIndex.row)]

    def selected_id(self) -> int | None:
        current = self.table.currentIndex()
        if current.isValid() and self.table.selectionModel().isRowSelected(current.row(), QModelIndex()):
            return self.model.record_id(current.row())
        ids = self.selected_ids()
        return ids[0] if ids else None

    def select_ids(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        first = None
        for record_id in ids:
            row = self.model.locate(record_id)
            if row is None:
                continue
            index = self.model.index(row, 0)
            if index.isValid():
                flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
                selection.select(index, flags)
                first = first or index
        if first is not None:
            selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(first)
        self._update_actions()

    def _update_actions(self, *args) -> None:
        has = bool(self.table.selectionModel().selectedRows())
        self.edit_action.setEnabled(has)
        self.delete_action.setEnabled(has)
        self.renew_action.setEnabled(has and self.register is CITIES)

    @Slot()
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- messages (tests replace these) ----------------------------------------------------------
    def notify_error(self, error: UserError) -> None:
        QMessageBox.warning(self, self.tr("ทำรายการไม่สำเร็จ"), error.message(self.lang))

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # -- the database actions the form and the undo commands share ------------------------------
    def own_version(self, record_id: int) -> int:  # what our own last save of it made (-1: none, so stale)
        return self._own_versions.get(record_id, -1)

    def _show(self, saved: Saved) -> None:
        self._own_versions[saved.id] = saved.version
        self.model.upsert(saved.id, saved.version, saved.values)
        self.select_ids([saved.id])

    def apply_create(self, values: dict[str, Any], record_id: int | None = None) -> Saved:
        with self.db.session() as session:
            saved = _records().create(session, self.register, values, record_id)
        self._show(saved)
        return saved

    def apply_update(self, record_id: int, values: dict[str, Any], version: int | None = None) -> Saved:
        row = self.model.row_of(record_id)
        if version is None:
            version = self.model.version(row) if row is not None else -1
        with self.db.session() as session:
            saved = _records().update(session, self.register, record_id, values, version)
        self._show(saved)
        return saved

    def apply_delete(self, record_id: int, version: int | None = None) -> dict[str, Any]:
        if version is None:
            row = self.model.row_of(record_id)
            version = self.model.version(row) if row is not None else None
        with self.db.session() as session:
            snapshot = _records().delete(session, self.register, record_id, version)
        self._own_versions.pop(record_id, None)
        self.model.remove(record_id)
        return snapshot

    def _title_of(self, values: dict[str, Any]) -> str:
        return str(values.get(self.register.title_field) or "")

    def _ref_labels(self) -> dict[str, dict[int, str]]:
        """Every record a reference field may point at (the table holds only those in use)."""
        wanted = {f.ref for f in self.register.form_fields if f.ref}
        with self.db.session() as session:
            return {key: tables.ref_labels(session, REGISTERS[key]) for key in wanted}

    # -- user actions ----------------------------------------------------------------------------
    @Slot()
    def add_record(self) -> RecordForm:
        def submit(values: dict[str, Any]) -> Saved:
            saved = self.apply_create(values)
            text = self.tr("เพิ่ม “{name}”").format(name=self._title_of(saved.values))
            self.undo_stack.push(AddCommand(self, saved.id, saved.values, text))
            return saved

        return self._open_form(submit, None)

    @Slot()
    def edit_selected(self) -> RecordForm | None:
        record_id = self.selected_id()
        if record_id is None:
            return None
        from app.meetings import agenda  # the resolutions: only when a form opens

        try:
            with self.db.session() as session:
                before = _records().load(session, self.register, record_id)
                history = _records().renewal_history(session, record_id) if self.register is CITIES else []
                certified_by = ([agenda.certification_text(session, item.id)
                                 for item in agenda.certifying_items(session, record_id)]
                                if self.register is CITIES else [])
        except UserError as error:
            self.notify_error(error)
            return None

        def submit(values: dict[str, Any]) -> Saved:
            saved = self.apply_update(record_id, values, before.version)
            text = self.tr("แก้ไข “{name}”").format(name=self._title_of(saved.values))
            self.undo_stack.push(EditCommand(self, record_id, before.values, saved.values, text))
            return saved

        form = self._open_form(submit, before.values)
        if history:
            form.add_note(self.tr("ประวัติการต่ออายุตราสัญลักษณ์"), [
                self.tr("ต่ออายุเมื่อ {day}: หมดอายุเดิม {old} → {new}").format(
                    day=format_date(r.renewed_on, self.lang), old=format_date(r.previous_valid_until, self.lang),
                    new=format_date(r.valid_until, self.lang))
                for r in history
            ])
        if certified_by:
            form.add_note(self.tr("รับรองโดยมติ"), certified_by)
        self.editing.emit(form, record_id)
        return form

    def _open_form(self, submit, values: dict[str, Any] | None) -> RecordForm:
        try:
            refs = self._ref_labels()
        except UserError as error:
            self.notify_error(error)
            refs = {}
        from app.views.registers.record_form import RecordForm

        self.form = RecordForm(self.register, self.lang, submit, values, refs, self)
        self.form.open()
        return self.form

    @Slot()
    def delete_selected(self) -> bool:
        ids = self.selected_ids()
        if not ids:
            return False
        names = [self.model.value(self.model.locate(i), self.register.title_field) for i in ids]
        text = (self.tr("ลบ “{name}” ใช่หรือไม่?").format(name=names[0]) if len(ids) == 1
                else self.tr("ลบ {n} รายการที่เลือกใช่หรือไม่?").format(n=len(ids)))
        if not self.confirm(self.tr("ยืนยันการลบ"), text + "\n" + self.tr("เลิกทำได้ด้วย Ctrl+Z")):
            return False
        self.undo_stack.beginMacro(self.tr("ลบ {n} รายการ").format(n=len(ids)))
        try:
            for record_id, name in zip(ids, names, strict=True):
                snapshot = self.apply_delete(record_id)
                self.undo_stack.push(DeleteCommand(self, record_id, snapshot, self.tr("ลบ “{name}”").format(name=name)))
        except UserError as error:
            self.notify_error(error)
            return False
        finally:
            self.undo_stack.endMacro()
        return True

    @Slot()
    def renew_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is None or self.register is not CITIES:
            return
        row = self.model.locate(record_id)
        name = self.model.value(row, "name_th")
        text = self.tr("ต่ออายุตราสัญลักษณ์ของ “{name}” อีก 2 ปี นับจากวันหมดอายุเดิม (วันที่ต่ออายุ {day})?")
        if not self.confirm(self.tr("ต่ออายุตราสัญลักษณ์"), text.format(name=name, day=format_date(date.today()))):
            return
        try:
            with self.db.session() as session:
                saved = _records().renew_emblem(session, record_id, date.today(), self.model.version(row))
        except UserError as error:
            self.notify_error(error)
            return
        self._show(saved)

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.edit_action)
        menu.addAction(self.add_action)
        menu.addAction(self.delete_action)
        if self.register is CITIES:
            menu.addSeparator()
            menu.addAction(self.renew_action)
        if self.extra_actions:
            menu.addSeparator()
            menu.addActions(self.extra_actions)
        menu.addSeparator()
        menu.addAction(self.refresh_action)
        menu.popup(self.table.viewport().mapToGlobal(pos))
