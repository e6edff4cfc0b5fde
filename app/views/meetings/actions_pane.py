"""ติดตามมติที่ประชุม: the action items of every meeting, filtered, sorted in Thai, edited with undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.core.db import Database
from app.core.errors import UserError, ValidationFailed
from app.core.thaidate import format_date
from app.meetings import action_rows, actions
from app.meetings.action_rows import ActionRow, number_key
from app.meetings.types import ACTION_ITEMS
from app.models.agenda import ACTION_STATUSES
from app.views import settings
from app.views.registers.commands import EditCommand
from app.views.widgets.field_widgets import editor_for
from app.views.widgets.pane_actions import pane_action, record_table
from app.views.widgets.row_table_model import ID_ROLE, SORT_ROLE, RowTableModel
from app.views.widgets.tasks import run_task

OVERDUE_COLOUR = "#b3261e"
ERROR_STYLE = "color: #b3261e;"
UNFINISHED = "unfinished"  # the status filter's "open or in progress"
COLUMNS = ("meeting", "item", "description", "agency", "due_on", "status", "overdue", "progress")
WIDTHS = (205, 230, 270, 200, 105, 150, 140, 220)
TEXT_COLUMNS = {"description", "agency", "progress"}  # sorted in Thai dictionary order
STATUS_ORDER = {c.value: i for i, c in enumerate(ACTION_STATUSES)}


def _load(db: Database) -> tuple[list[ActionRow], list[tuple[int, str]]]:
    """On the loading thread: plain rows and the committees for the filter."""
    with db.session() as session:
        return action_rows.action_rows(session), action_rows.committee_choices(session)


class ActionTableModel(RowTableModel):
    """Rows are ActionRow values; sort keys are integer ranks (Thai collation for the text columns)."""

    columns = COLUMNS
    text_columns = frozenset(TEXT_COLUMNS)

    def __init__(self, lang: str = "th", parent=None):
        super().__init__(lang, (self.tr("การประชุม"), self.tr("ระเบียบวาระ"),
                                *(ACTION_ITEMS.field(n).label(lang)
                                  for n in ("description", "agency", "due_on", "status")),
                                self.tr("เกินกำหนด / ปิดงาน"), ACTION_ITEMS.field("progress").label(lang)), parent)

    def key(self, row: ActionRow, column: str) -> Any:
        if column in ("meeting", "item"):
            return (row.held_on, row.meeting_id, number_key(row.item_number) if column == "item" else ())
        if column == "due_on":
            return (row.due_on is None, row.due_on or date.min)
        if column == "status":
            return STATUS_ORDER.get(row.status, 99)
        days = row.days_overdue(self.today)  # overdue: most days first; then closed by date; then the rest
        return (0, -days, date.min) if days else ((1, 0, row.closed_on) if row.closed_on else (2, 0, date.min))

    def action(self, action_id: int) -> ActionRow | None:
        found = self.row_of(action_id)
        return None if found is None else self._rows[found]

    def text(self, row: ActionRow, column: str) -> str:
        if column == "meeting":
            return self.tr("{committee} ครั้งที่ {label}").format(committee=row.committee, label=row.meeting_label)
        if column == "item":
            return f"{row.item_number} {row.item_title}".strip()
        if column == "due_on":
            return format_date(row.due_on, self.lang)
        if column == "status":
            choice = ACTION_ITEMS.field("status").choice(row.status)
            return choice.label(self.lang) if choice else row.status
        if column == "overdue":
            days = row.days_overdue(self.today)
            if days:
                return self.tr("เกินกำหนด {n} วัน").format(n=days)
            return format_date(row.closed_on, self.lang)
        value = getattr(row, column)
        return " ".join(str(value).split()) if value else ""

    def tooltip(self, row: ActionRow, column: str) -> str | None:
        if column in ("description", "progress"):
            return getattr(row, column)
        return self.text(row, column) if column in ("item", "meeting") else None

    def colour(self, row: ActionRow) -> str | None:
        return OVERDUE_COLOUR if row.days_overdue(self.today) else None


class ActionFilterProxy(QSortFilterProxyModel):
    """Filters by agency (part of the name), status, overdue and committee; sorts by the model's ranks."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.agency, self.status, self.overdue, self.committee_id = "", "", False, None

    def set_filter(self, agency: str | None = None, status: str | None = None, overdue: bool | None = None,
                   committee_id: int | None | bool = False) -> None:
        """``committee_id``: False leaves it as it is, None shows every committee."""
        self.beginFilterChange()
        if agency is not None:
            self.agency = agency.strip().casefold()
        if status is not None:
            self.status = status
        if overdue is not None:
            self.overdue = overdue
        if committee_id is not False:
            self.committee_id = committee_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        model: ActionTableModel = self.sourceModel()
        row = model.row_at(source_row)
        if self.agency and self.agency not in row.agency.casefold():
            return False
        if self.status == UNFINISHED and not row.is_open:
            return False
        if self.status and self.status != UNFINISHED and row.status != self.status:
            return False
        if self.overdue and not row.days_overdue(model.today):
            return False
        return self.committee_id is None or row.committee_id == self.committee_id


class ActionDialog(QDialog):
    """Status, due date and progress notes of one action item; a refused save keeps the input."""

    record_saved = Signal(object)
    FIELDS = ("status", "due_on", "progress")

    def __init__(self, row: ActionRow, lang: str, submit: Callable[[dict[str, Any]], Any],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.row, self.lang, self._submit = row, lang, submit
        self.setObjectName("form_action_items")
        self.setWindowTitle(self.tr("ติดตามงานที่มอบหมาย"))
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._build()
        for name in self.FIELDS:
            self.editors[name].set_value(getattr(row, name))
        self._geometry = settings.dialog_geometry_key(self.objectName())
        geometry = self._geometry.get()
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(640, 520)

    def _build(self) -> None:
        heading = QLabel(self.windowTitle(), self)
        heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        meeting = self.tr("{committee} ครั้งที่ {label}").format(committee=self.row.committee,
                                                                 label=self.row.meeting_label)
        facts = [(self.tr("การประชุม"), f"{meeting} ({format_date(self.row.held_on, self.lang)})"),
                 (self.tr("ระเบียบวาระ"), f"{self.row.item_number} {self.row.item_title}"),
                 (ACTION_ITEMS.field("description").label(self.lang), self.row.description),
                 (ACTION_ITEMS.field("agency").label(self.lang), self.row.agency)]
        self.info = QLabel("<br>".join(f"<b>{escape(k)}:</b> {escape(v)}" for k, v in facts), self)
        self.info.setObjectName("info")
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setWordWrap(True)
        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setStyleSheet(ERROR_STYLE + "font-weight: bold;")
        self.banner.setWordWrap(True)
        self.banner.hide()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for name in self.FIELDS:
            f = ACTION_ITEMS.field(name)
            editor = editor_for(f, self.lang)
            editor.setObjectName(f"edit_{name}")
            error = QLabel(self)
            error.setObjectName(f"error_{name}")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            cell = QWidget(self)
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(editor)
            box.addWidget(error)
            label = QLabel(f.label(self.lang) + (" *" if f.required else ""), self)
            label.setBuddy(editor)
            form.addRow(label, cell)
            self.editors[name], self.errors[name] = editor, error
        closed = ACTION_ITEMS.field("closed_on")
        self.closed_label = QLabel(format_date(self.row.closed_on, self.lang) or "–", self)
        self.closed_label.setToolTip(closed.help_en if self.lang == "en" else closed.help_th)
        form.addRow(QLabel(closed.label(self.lang), self), self.closed_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("บันทึก"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.info)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        return {name: editor.value() for name, editor in self.editors.items()}

    def show_errors(self, failure: ValidationFailed) -> None:
        first = None
        for name, label in self.errors.items():
            label.setVisible(name in failure.errors)
            if name in failure.errors:
                label.setText(failure.field_message(name, self.lang))
                first = first or self.editors[name]
        self.banner.setText(failure.message(self.lang))
        self.banner.show()
        if first is not None:
            first.setFocus()

    @Slot()
    def save(self) -> None:
        """Submit; close only when the save went through."""
        try:
            saved = self._submit(self.values())
        except ValidationFailed as failure:
            self.show_errors(failure)
            return
        except UserError as error:  # stale record, locked or unreachable database: keep the input
            for label in self.errors.values():
                label.hide()
            self.banner.setText(error.message(self.lang))
            self.banner.show()
            return
        self.record_saved.emit(saved)
        self.accept()

    def done(self, result: int) -> None:
        self._geometry.set(self.saveGeometry())
        super().done(result)


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
        self.model.upsert(saved)
        self.select_id(action_id)
        return saved

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
