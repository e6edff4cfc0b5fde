"""ติดตามมติที่ประชุม: the action items of every meeting, filtered, sorted in Thai, edited with undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from app.core.db import Database
from app.core.errors import UserError
from app.meetings import action_rows, actions
from app.meetings.action_rows import ActionRow
from app.models.agenda import ACTION_STATUSES
from app.views.meetings.action_dialog import ActionDialog
from app.views.meetings.actions_table import UNFINISHED, WIDTHS, ActionFilterProxy, ActionTableModel
from app.views.shared import settings
from app.views.shared.commands import EditCommand
from app.views.shared.pane_actions import pane_action, record_table
from app.views.shared.row_table_model import ID_ROLE
from app.views.shared.tasks import run_task


def _load(db: Database) -> tuple[list[ActionRow], list[tuple[int, str]]]:
    """On the loading thread: plain rows and the committees for the filter."""
    with db.session() as session:
        return action_rows.action_rows(session), action_rows.committee_choices(session)


class ActionsPane(QWidget):
    counts_changed = Signal(int, int)  # shown, total
    loaded = Signal()
    load_failed = Signal(object)

    key = "actions"
    title_th = "ติดตามมติที่ประชุม"
    title_en = "Action items"

    def __init__(self, db: Database, lang: str = "th", parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.lang = db, lang
        self.setObjectName("pane_actions")
        self.today: Callable[[], date] = date.today
        self.undo_stack = QUndoStack(self)
        self._own_versions: dict[int, int] = {}  # action id → the version our own last save produced
        self.model = ActionTableModel(lang, self)
        self.proxy = ActionFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.form: ActionDialog | None = None
        self._loading = self._reload_again = False
        self._build()
        self._build_actions()
        self._restore_header()

    # -- construction ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel(self.tr("ติดตามมติที่ประชุม"), self)
        self.title.setObjectName("paneTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.agency_filter = QLineEdit(self)
        self.agency_filter.setObjectName("agencyFilter")
        self.agency_filter.setPlaceholderText(self.tr("หน่วยงานที่รับผิดชอบ (Ctrl+F)"))
        self.agency_filter.setClearButtonEnabled(True)
        self.search = self.agency_filter  # what the main window's Find focuses
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("ทุกสถานะ"), "")
        self.status_filter.addItem(self.tr("ยังไม่เสร็จ"), UNFINISHED)
        for c in ACTION_STATUSES:
            self.status_filter.addItem(c.label(self.lang), c.value)
        self.overdue_filter = QCheckBox(self.tr("เกินกำหนด"), self)
        self.overdue_filter.setObjectName("overdueFilter")
        self.committee_filter = QComboBox(self)
        self.committee_filter.setObjectName("committeeFilter")
        self.committee_filter.addItem(self.tr("ทุกคณะกรรมการ"), None)
        self.committee_filter.setMinimumContentsLength(14)
        self.committee_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.busy = QLabel(self.tr("กำลังโหลดข้อมูล…"), self)
        self.busy.setObjectName("busy")
        self.busy.hide()
        self.agency_filter.textChanged.connect(lambda text: self.proxy.set_filter(agency=text))
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filter(status=self.status_filter.currentData() or ""))
        self.overdue_filter.toggled.connect(lambda on: self.proxy.set_filter(overdue=on))
        self.committee_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filter(committee_id=self.committee_filter.currentData()))
        bar = QHBoxLayout()
        bar.addWidget(self.agency_filter, 3)
        bar.addWidget(self.status_filter, 1)
        bar.addWidget(self.committee_filter, 1)
        bar.addWidget(self.overdue_filter)
        bar.addWidget(self.busy)
        self.bar = bar  # features add their tool buttons here (Excel)

        self.table = record_table(self, self.proxy, list(WIDTHS), self.edit_selected)
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsInserted,
                       self.proxy.rowsRemoved):
            signal.connect(self.emit_counts)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def _action(self, text: str, shortcut, slot, name: str) -> QAction:
        return pane_action(self, text, shortcut, slot, name)

    def _build_actions(self) -> None:
        self.edit_action = self._action(self.tr("แก้ไขความก้าวหน้า"), Qt.Key.Key_Return, self.edit_selected, "edit")
        self.enter_action = self._action(self.tr("แก้ไขความก้าวหน้า"), Qt.Key.Key_Enter, self.edit_selected, "enter")
        self.find_action = self._action(self.tr("ค้นหา"), QKeySequence.StandardKey.Find, self.focus_search, "find")
        self.refresh_action = self._action(self.tr("โหลดข้อมูลใหม่"), Qt.Key.Key_F5, self.reload, "refresh")
        # the main window's Edit menu asks every pane; action items are added and deleted on the agenda
        hint = self.tr("เพิ่มหรือลบงานที่มอบหมายได้ที่ระเบียบวาระของการประชุม")
        self.add_action = self._action(self.tr("เพิ่ม"), None, None, "add")
        self.delete_action = self._action(self.tr("ลบ"), None, None, "delete")
        for action in (self.add_action, self.delete_action):
            action.setEnabled(False)
            action.setToolTip(hint)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self._update_actions()

    def _update_actions(self, *_args) -> None:
        has = self.selected_id() is not None
        self.edit_action.setEnabled(has)
        self.enter_action.setEnabled(has)

    # -- header state ----------------------------------------------------------------------------
    def _restore_header(self) -> None:
        state = settings.header_key(self.key).get()
        header = self.table.horizontalHeader()
        if not state.isEmpty() and header.restoreState(state):
            self.proxy.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        else:  # in the order of the meetings and their agendas
            self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def save_state(self) -> None:
        settings.header_key(self.key).set(self.table.horizontalHeader().saveState())

    # -- loading ---------------------------------------------------------------------------------
    @Slot()
    def reload(self) -> None:
        """Fetch every action item in the background; a reload asked for meanwhile runs after it."""
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        self.busy.show()
        self._selected_before_reload = self.selected_id()
        run_task(_load, self.db, on_done=self._loaded, on_error=self._load_error)

    def _loaded(self, result: tuple[list[ActionRow], list[tuple[int, str]]]) -> None:
        self._loading = False
        if self._reload_again:
            self._reload_again = False
            self.reload()
            return
        self.busy.hide()
        rows, committees = result
        self._set_committees(committees)
        self.model.set_rows(rows, self.today())
        if self._selected_before_reload is not None:
            self.select_id(self._selected_before_reload)
        self._update_actions()
        self.loaded.emit()

    def _load_error(self, error: Exception) -> None:
        self._loading = self._reload_again = False
        self.busy.hide()
        self.load_failed.emit(error)
        if isinstance(error, UserError):
            self.notify_error(error)
        else:
            raise error

    def _set_committees(self, committees: list[tuple[int, str]]) -> None:
        combo = self.committee_filter
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for committee_id, label in committees:
            combo.addItem(label, committee_id)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)
        if current is not None and found < 0:
            self.proxy.set_filter(committee_id=None)

    @Slot()
    def emit_counts(self, *_args) -> None:
        self.counts_changed.emit(self.proxy.rowCount(), self.model.rowCount())

    # -- selection -------------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def select_id(self, action_id: int) -> bool:
        row = self.model.row_of(action_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else QModelIndex()
        if not index.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    @Slot()
    def focus_search(self) -> None:
        self.agency_filter.setFocus()
        self.agency_filter.selectAll()

    # -- messages (tests replace this) -----------------------------------------------------------
    def notify_error(self, error: UserError) -> None:
        QMessageBox.warning(self, self.tr("ทำรายการไม่สำเร็จ"), error.message(self.lang))

    # -- editing ---------------------------------------------------------------------------------
    def apply_update(self, action_id: int, values: dict[str, Any], version: int | None = None) -> ActionRow:
        """Save through the service and show the saved row (the edit dialog and undo share this)."""
        if version is None:
            current = self.model.action(action_id)
            version = current.version if current is not None else -1
        with self.db.session() as session:
            actions.update_action(session, action_id, values, version)
            saved = action_rows.action_row(session, action_id)
        self._own_versions[action_id] = saved.version
        self.model.upsert(saved)
        self.select_id(action_id)
        return saved

    def own_version(self, action_id: int) -> int:
        """The version this pane's own last save of the action produced (-1: none, so a save is stale)."""
        return self._own_versions.get(action_id, -1)

    @Slot()
    def edit_selected(self) -> ActionDialog | None:
        action_id = self.selected_id()
        before = self.model.action(action_id) if action_id is not None else None
        if before is None:
            return None

        def submit(values: dict[str, Any]) -> ActionRow:
            saved = self.apply_update(action_id, values, before.version)
            text = self.tr("แก้ไข “{name}”").format(name=_shorten(before.description))
            self.undo_stack.push(EditCommand(self, action_id, before.editable_values(), saved.editable_values(),
                                             text))
            return saved

        self.form = ActionDialog(before, self.lang, submit, self)
        self.form.open()
        return self.form


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"
