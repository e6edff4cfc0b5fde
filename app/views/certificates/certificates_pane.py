"""เกียรติบัตรตราสัญลักษณ์: the certificate register with filters; issue, preview, print, save, reprint, revoke."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.certificates import certificates
from app.certificates.certificates import CertificateRow
from app.core.db import Database
from app.core.errors import UserError
from app.views.certificates.output import BatchSave, ask_batch_target, ask_printer
from app.views.certificates.table import CertificateFilterProxy, CertificateFilters, CertificateTableModel
from app.views.shared import settings
from app.views.shared.flow_layout import FlowLayout
from app.views.shared.pane_actions import pane_action, record_table
from app.views.shared.row_table_model import ID_ROLE
from app.views.shared.tasks import Cancelled, run_task

WIDTHS = (140, 290, 230, 110, 110, 210, 200, 200)


def _load(db: Database, state: str | None, year_be: int | None, days: int | None, today: date):
    """On the loading thread: every row, the ids the filters let through (None: all) and the years."""
    with db.session() as session:
        rows = certificates.list_rows(session)
        shown = None
        if state or year_be or days:
            shown = {r.id for r in certificates.list_rows(session, state=state or None, year_be=year_be or None,
                                                          expiring_within_days=days or None, today=today)}
        return rows, shown, certificates.years(session)


class CertificatesPane(QWidget):
    counts_changed = Signal(int, int)  # shown, total
    loaded = Signal()
    load_failed = Signal(object)
    batch_saved = Signal(object)  # the paths written

    key = "certificates"

    def __init__(self, db: Database, lang: str = "th", parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.lang = db, lang
        self.setObjectName("pane_certificates")
        self.today: Callable[[], date] = date.today
        self.undo_stack = QUndoStack(self)  # nothing is deleted or edited in place: the history is the register
        self.model = CertificateTableModel(lang, self)
        self.proxy = CertificateFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._loading = self._reload_again = False
        self._select_after: list[int] = []
        self._build()
        self._build_actions()
        self._restore_header()

    # -- construction ----------------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("เกียรติบัตรตราสัญลักษณ์"), self)
        title.setObjectName("paneTitle")
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.filters = CertificateFilters(self.lang, self)
        self.search, self.state_filter, self.year_filter, self.expiring_filter = (
            self.filters.search, self.filters.state, self.filters.year, self.filters.expiring)
        self.search.textChanged.connect(lambda text: self.proxy.set_filter(needle=text))
        self.filters.filters_changed.connect(self.reload)
        self.busy = QLabel(self.tr("กำลังโหลดข้อมูล…"), self)
        self.busy.hide()
        self.buttons = FlowLayout()  # wraps on a narrow screen rather than widening the window
        bar = QHBoxLayout()
        bar.addWidget(self.filters, 1)
        bar.addWidget(self.busy)
        self.table = record_table(self, self.proxy, list(WIDTHS), self.preview_selected, multi=True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsInserted,
                       self.proxy.rowsRemoved):
            signal.connect(self.emit_counts)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table)

    def _action(self, text: str, shortcut, slot, name: str, button: bool = False) -> QAction:
        action = pane_action(self, text, shortcut, slot, name)
        self.table.addAction(action)
        if button:
            tool = QToolButton(self)
            tool.setDefaultAction(action)
            tool.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.buttons.addWidget(tool)
        return action

    def _build_actions(self) -> None:
        new, find, printing = (QKeySequence.StandardKey.New, QKeySequence.StandardKey.Find,
                               QKeySequence.StandardKey.Print)
        self.add_action = self._action(self.tr("ออกเกียรติบัตร…"), new, self.issue_certificates, "add", True)
        self.edit_action = self._action(self.tr("ดูตัวอย่าง"), Qt.Key.Key_Return, self.preview_selected, "edit", True)
        self.print_action = self._action(self.tr("พิมพ์…"), printing, self.print_selected, "print", True)
        self.save_action = self._action(self.tr("บันทึก PDF…"), None, self.save_selected, "save_pdf", True)
        self.reprint_action = self._action(self.tr("พิมพ์ซ้ำ (เลขที่เดิม)…"), None, self.reprint_selected, "reprint",
                                           True)
        self.replace_action = self._action(self.tr("ออกใหม่แทน…"), None, self.replace_selected, "replace", True)
        self.renew_action = self._action(self.tr("ต่ออายุ…"), None, self.renew_selected, "renew", True)
        self.delete_action = self._action(self.tr("เพิกถอน…"), QKeySequence.StandardKey.Delete, self.revoke_selected,
                                          "delete", True)
        self.verify_action = self._action(self.tr("ตรวจสอบเกียรติบัตร…"), None, self.open_verify, "verify", True)
        self.find_action = self._action(self.tr("ค้นหา"), find, self.focus_search, "find")
        self.refresh_action = self._action(self.tr("โหลดข้อมูลใหม่"), Qt.Key.Key_F5, self.reload, "refresh")
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self._update_actions()

    def _update_actions(self, *_args) -> None:
        rows = [self.model.row_at(self.proxy.mapToSource(i).row()) for i in self.table.selectionModel().selectedRows()]
        current = [r for r in rows if r.current]
        for action in (self.edit_action, self.print_action, self.save_action):
            action.setEnabled(bool(rows))
        for action in (self.reprint_action, self.delete_action, self.renew_action):
            action.setEnabled(bool(current) and len(current) == len(rows))
        self.replace_action.setEnabled(len(current) == 1 == len(rows))

    # -- header state ----------------------------------------------------------------------------
    def _restore_header(self) -> None:
        state = settings.header_key(self.key).get()
        header = self.table.horizontalHeader()
        if not state.isEmpty() and header.restoreState(state):
            self.proxy.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        else:  # newest first
            self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)

    def save_state(self) -> None:
        settings.header_key(self.key).set(self.table.horizontalHeader().saveState())

    # -- loading ---------------------------------------------------------------------------------
    @Slot()
    def reload(self, select: list[int] | None = None) -> None:
        """Fetch the register in the background; a reload asked for meanwhile runs after it."""
        self._select_after = list(select) if select else (self._select_after or self.selected_ids())
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        self.busy.show()
        run_task(_load, self.db, *self.filters.values(), self.today(), on_done=self._loaded,
                 on_error=self._load_error)

    def _loaded(self, result) -> None:
        self._loading = False
        if self._reload_again:
            self._reload_again = False
            self.reload()
            return
        self.busy.hide()
        rows, shown, years = result
        self.filters.set_years(years)
        self.model.set_rows(rows, self.today())
        self.proxy.set_filter(ids=shown)
        self.select_ids(self._select_after)
        self._select_after = []
        self.loaded.emit()

    def _load_error(self, error: Exception) -> None:
        self._loading = self._reload_again = False
        self.busy.hide()
        self.load_failed.emit(error)
        self.report(error)

    @Slot()
    def emit_counts(self, *_args) -> None:
        self.counts_changed.emit(self.proxy.rowCount(), self.model.rowCount())

    # -- selection -------------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted(self.table.selectionModel().selectedRows(), key=QModelIndex.row)
        return [index.data(ID_ROLE) for index in rows]

    def select_ids(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        first = None
        for cert_id in ids:
            row = self.model.row_of(cert_id)
            index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else QModelIndex()
            if index.isValid():
                selection.select(index, flags)
                first = first or index
        if first is not None:
            selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(first)
        self._update_actions()

    def rows_of(self, ids: list[int]) -> list[CertificateRow]:
        return [self.model.row_at(r) for r in (self.model.row_of(i) for i in ids) if r is not None]

    @Slot()
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- messages and questions (tests replace these) --------------------------------------------
    def notify_error(self, error: UserError) -> None:
        QMessageBox.warning(self, self.tr("ทำรายการไม่สำเร็จ"), error.message(self.lang))

    def report(self, error: Exception) -> None:
        if not isinstance(error, UserError):
            raise error
        self.notify_error(error)

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def ask_printer(self) -> QPrinter | None:
        return ask_printer(self)

    def ask_reason(self, title: str, reason: bool = True, issue_date: bool = False):
        """(reason, issue date) from a dialog, or None when cancelled."""
        from app.views.certificates.dialogs import ReasonDialog

        dialog = ReasonDialog(title, self.lang, reason=reason, issue_date=issue_date, today=self.today(), parent=self)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_batch_target(self, count: int) -> tuple[Path, bool] | None:
        return ask_batch_target(self, count)

    # -- issue, preview, verify ------------------------------------------------------------------
    @Slot()
    def issue_certificates(self, city_ids: list[int] | None = None):
        from app.views.certificates.dialogs import IssueDialog

        dialog = IssueDialog(self.db, self.lang, city_ids, today=self.today(), parent=self)
        dialog.issued.connect(lambda ids: self.reload(select=ids))
        dialog.open()
        return dialog

    def _contents(self, ids: list[int]):
        with self.db.session() as session:
            return certificates.content(session, ids)

    @Slot()
    def preview_selected(self):
        from app.views.certificates.dialogs import PreviewDialog

        ids = self.selected_ids()
        if not ids:
            return None
        try:
            contents = self._contents(ids)
        except UserError as error:
            self.notify_error(error)
            return None
        dialog = PreviewDialog(contents, self.lang, self)
        dialog.print_requested.connect(lambda: self.print_ids(ids))
        dialog.open()
        return dialog

    @Slot()
    def open_verify(self):
        from app.views.certificates.menu import open_verify

        return open_verify(self)

    # -- print and save --------------------------------------------------------------------------
    @Slot()
    def print_selected(self) -> int:
        return self.print_ids(self.selected_ids())

    def print_ids(self, ids: list[int]) -> int:
        printer = self.ask_printer() if ids else None
        return self.print_to(printer, ids) if printer is not None else 0

    def print_to(self, printer: QPrinter, ids: list[int]) -> int:
        """Print the certificates, one page each, on a printer already set up; the number of pages."""
        from app.views.certificates.paint import print_certificates

        progress = QProgressDialog(self.tr("กำลังพิมพ์เกียรติบัตร…"), self.tr("ยกเลิก"), 0, len(ids), self)
        progress.setWindowTitle(self.tr("พิมพ์"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)

        def step(done: int, _total: int) -> None:  # pages are painted here; the window keeps answering between them
            progress.setValue(done)
            QApplication.processEvents()
            if progress.wasCanceled():
                raise Cancelled()

        try:
            contents = self._contents(ids)
            print_certificates(printer, contents, step)
        except Cancelled:
            return 0
        except UserError as error:  # the database, or a printer that cannot start
            self.notify_error(error)
            return 0
        finally:
            progress.close()
        return len(contents)

    @Slot()
    def save_selected(self) -> BatchSave | None:
        ids = self.selected_ids()
        target = self.ask_batch_target(len(ids)) if ids else None
        return self.save_batch(ids, *target) if target else None

    def save_batch(self, ids: list[int], target: Path, per_city: bool) -> BatchSave:
        """Write one PDF or one PDF per city on a worker thread, with progress and cancel."""
        batch = BatchSave(self.db, ids, target, per_city, self)
        batch.saved.connect(self._batch_saved)
        batch.failed.connect(self.report)
        return batch

    def _batch_saved(self, paths: list[Path]) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.tr("บันทึกแล้ว {n} ไฟล์: {path}").format(
                n=len(paths), path=paths[0].parent if len(paths) > 1 else paths[0]), 8000)
        self.batch_saved.emit(paths)

    # -- changes of state ------------------------------------------------------------------------
    def _apply(self, change: Callable, ids: list[int]) -> list[int]:
        """Run ``change(session, id)`` for every id in one transaction; the ids of the resulting certificates."""
        try:
            with self.db.session() as session:
                results = [change(session, cert_id).id for cert_id in ids]
        except UserError as error:
            self.notify_error(error)
            return []
        self.reload(select=results)
        return results

    def _numbers(self, ids: list[int]) -> str:
        return ", ".join(r.number for r in self.rows_of(ids))

    @Slot()
    def reprint_selected(self) -> list[int]:
        """Record a reprint with the same number, then print the pages."""
        ids = self.selected_ids()
        text = self.tr("พิมพ์ซ้ำเกียรติบัตรเลขที่ {numbers} โดยใช้เลขที่เดิม?").format(numbers=self._numbers(ids))
        if not ids or not self.confirm(self.tr("พิมพ์ซ้ำ"), text):
            return []
        printer = self.ask_printer()
        if printer is None:
            return []
        done = self._apply(certificates.reprint, ids)
        if done:
            self.print_to(printer, done)
        return done

    @Slot()
    def replace_selected(self) -> list[int]:
        ids = self.selected_ids()[:1]
        answer = self.ask_reason(self.tr("ออกเกียรติบัตรใหม่แทนเลขที่ {numbers}").format(numbers=self._numbers(ids)),
                                 issue_date=True) if ids else None
        if answer is None:
            return []
        reason, day = answer
        return self._apply(lambda s, i: certificates.replace(s, i, issue_date=day, reason=reason), ids)

    @Slot()
    def renew_selected(self) -> list[int]:
        ids = self.selected_ids()
        answer = self.ask_reason(self.tr("ต่ออายุเกียรติบัตรเลขที่ {numbers}").format(numbers=self._numbers(ids)),
                                 reason=False, issue_date=True) if ids else None
        if answer is None:
            return []
        return self._apply(lambda s, i: certificates.renew(s, i, issue_date=answer[1]), ids)

    @Slot()
    def revoke_selected(self) -> list[int]:
        ids = self.selected_ids()
        numbers = self._numbers(ids)
        answer = self.ask_reason(self.tr("เพิกถอนเกียรติบัตรเลขที่ {numbers}").format(numbers=numbers)) if ids else None
        text = self.tr("เพิกถอนเกียรติบัตรเลขที่ {numbers} ใช่หรือไม่? การเพิกถอนยกเลิกไม่ได้").format(numbers=numbers)
        if answer is None or not self.confirm(self.tr("ยืนยันการเพิกถอน"), text):
            return []
        return self._apply(lambda s, i: certificates.revoke(s, i, reason=answer[0]), ids)
