"""Import a register from Excel: choose a file, confirm the column mapping, preview what would change, confirm.

The file is read on a worker (progress and cancel) with a proposed mapping of its columns; nothing is written
then. Unless every column matched exactly (the app's own export or template) or the same headers were mapped
before, the mapping step (``import_mapping``) comes first: the user confirms or corrects each column's field,
and the confirmed mapping is remembered (in the database the workstations share). The plan is then built on a
worker and previewed (``import_preview``): rows to add, each update's changes old → new, unchanged rows, rows
resembling a record (to decide), problems and conversions. All or nothing: while the plan has a problem or an
undecided row the import button stays disabled. Confirming applies the whole plan on a worker in one
``db.session()``: one transaction, so a refused row, a record changed meanwhile on another workstation or a
cancel leaves the database as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.db import Database
from app.core.errors import UserError
from app.registers.catalog import REGISTERS
from app.views.excel.export_dialog import EXPORT_FOLDER, WARNING_STYLE, ProgressRunner, show_message
from app.views.excel.import_mapping import MappingPage, needs_confirmation
from app.views.excel.import_preview import PreviewPage
from app.views.shared.screen import fit_to_screen


def _read(db: Database, key: str, path: Path, progress: Callable[[int, int], None]):
    """On the worker: the sheet and the proposed mapping, in a session that writes nothing."""
    from app.excel.imports import importer as excel_import

    with db.session() as session:
        found = excel_import.read_file(session, key, path)
        session.rollback()
    return found


def _plan(db: Database, key: str, source, mapping, remember: bool, progress: Callable[[int, int], None]):
    """On the worker: remember a confirmed mapping (its own short transaction), then the plan (nothing written)."""
    from app.excel.imports import importer as excel_import

    remember_mapping(db, key, mapping, remember)
    with db.session() as session:
        plan = excel_import.build_plan(session, key, source, mapping, progress=progress)
        session.rollback()
    return plan


def remember_mapping(db: Database, key: str, mapping, remember: bool) -> None:
    """A confirmed mapping is kept for the next file with these headers, in its own short transaction."""
    from app.excel.imports import importer as excel_import

    if remember:
        try:
            with db.session() as session:
                excel_import.remember_mapping(session, key, mapping)
        except UserError:  # another workstation remembered these headers at the same moment: the plan goes on
            pass


def _apply(db: Database, plan, progress: Callable[[int, int], None]):
    """On the worker: the whole plan in one transaction (any error or a cancel rolls all of it back)."""
    from app.excel.imports import importer as excel_import

    total = len(plan.rows)
    with db.session() as session:
        result = excel_import.apply_plan(session, plan, progress=progress)
        progress(total, total)  # a cancel asked for now still rolls back: the commit comes after this
    return result


class ImportDialog(QDialog):
    plan_read = Signal(object)  # the ImportPlan
    mapping_proposed = Signal(object)  # the list of ColumnMatch shown in the mapping step
    imported = Signal(object)  # the ImportResult
    import_failed = Signal(object)  # a UserError: shown in the dialog
    read_file = staticmethod(_read)  # on the worker; a register with more to read (the plan's budget) replaces these
    build_file = staticmethod(_plan)
    apply_file = staticmethod(_apply)

    def __init__(self, db: Database, register_key: str, lang: str = "th", parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.lang = db, lang
        self.register = REGISTERS[register_key]
        self.setObjectName("excelImportDialog")
        self.setWindowTitle(self.tr("นำเข้า{name}จาก Excel").format(name=self.register.label(lang)))
        self.plan = None
        self.source = None  # the sheet read, kept for the plan once the mapping is confirmed
        self.runner: ProgressRunner | None = None
        self.message = None
        self._build()
        fit_to_screen(self, 980, 640)

    def _build(self) -> None:
        heading = QLabel(self.windowTitle(), self)
        heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("file")
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("ยังไม่ได้เลือกไฟล์ (.xlsx)"))
        choose = QPushButton(self.tr("เลือกไฟล์…"), self)
        choose.clicked.connect(self.choose_file)
        template = QPushButton(self.tr("ดาวน์โหลดแม่แบบ…"), self)
        template.clicked.connect(self.download_template)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(choose)
        row.addWidget(template)
        rule = QLabel(self.tr(
            "แถวที่มีชื่อและจังหวัดตรงกับข้อมูลเดิมจะเป็นการแก้ไข (ช่องว่างคงค่าเดิม พิมพ์ [ลบ] เพื่อลบค่า) "
            "แถวอื่นจะเป็นการเพิ่ม ยังไม่มีการบันทึกจนกว่าจะกดนำเข้า และนำเข้าทั้งไฟล์หรือไม่นำเข้าเลย: "
            "ถ้ามีปัญหาแม้แถวเดียว ต้องแก้ไขไฟล์แล้วเลือกไฟล์ใหม่"), self)
        rule.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setStyleSheet("font-weight: bold;")
        self.summary.setWordWrap(True)
        self.mapping = MappingPage(self.register, self.lang, self)
        self.mapping.confirmed.connect(self.plan_with)
        self.preview = PreviewPage(self.register, self.lang, self)
        self.preview.decided.connect(lambda: self._show_plan(self.plan))
        self.tabs, self.tables = self.preview.tabs, self.preview.tables
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.preview)
        self.pages.addWidget(self.mapping)
        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(WARNING_STYLE)
        self.banner.hide()
        buttons = QDialogButtonBox(self)
        self.back_button = buttons.addButton(self.tr("กลับไปจับคู่คอลัมน์"), QDialogButtonBox.ButtonRole.ActionRole)
        self.back_button.setObjectName("backToMapping")
        self.back_button.clicked.connect(self.back_to_mapping)
        self.report_button = buttons.addButton(self.tr("บันทึกรายงาน…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.report_button.clicked.connect(self.save_report)
        self.import_button = buttons.addButton(self.tr("นำเข้า"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self.confirm)
        close = buttons.addButton(self.tr("ปิด"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (heading, rule):
            layout.addWidget(widget)
        layout.addLayout(row)
        for widget in (self.summary, self.pages, self.banner, buttons):
            layout.addWidget(widget)
        self._show_plan(None)

    # -- file dialogs (tests call the methods that take a path) ----------------------------------
    def ask_open_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("เลือกไฟล์ Excel"), EXPORT_FOLDER.get(),
                                              "Excel (*.xlsx *.xlsm)")
        return path

    def ask_save_path(self, title: str, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path(EXPORT_FOLDER.get()) / suggested),
                                              "Excel (*.xlsx)")
        return path

    def choose_file(self) -> None:
        path = self.ask_open_path()
        if path:
            self.load(path)

    def download_template(self) -> None:
        path = self.ask_save_path(self.tr("บันทึกแม่แบบ"), self.tr("แม่แบบ {name}.xlsx").format(
            name=self.register.label(self.lang)))
        if path:
            self.save_template_to(path)

    def save_report(self) -> None:
        path = self.ask_save_path(self.tr("บันทึกรายงานการตรวจสอบ"), self.tr("รายงานการนำเข้า {name}").format(
            name=Path(self.plan.file_name).stem) + ".xlsx") if self.plan is not None else ""
        if path:
            self.save_report_to(path)

    # -- reading ---------------------------------------------------------------------------------
    def load(self, path: str | Path) -> ProgressRunner:
        """Read the file on a worker; the mapping step or, when nothing needs confirming, the preview follows."""
        path = Path(path)
        EXPORT_FOLDER.set(str(path.parent))
        self.file_edit.setText(str(path))
        self.source = None
        self._show_plan(None)
        self.runner = self._run(self.tr("กำลังอ่าน {name}…").format(name=path.name), self.read_file, self.db,
                                self.register.key, path)
        self.runner.finished.connect(self._file_read)
        return self.runner

    def _run(self, label: str, fn, *args) -> ProgressRunner:
        self.banner.hide()
        runner = ProgressRunner(self, label, fn, *args)
        runner.failed.connect(self._failed)
        return runner

    def _file_read(self, found) -> None:
        if self.runner is not None and self.runner.cancel_requested:
            return
        self.source, matches = found
        if needs_confirmation(matches):
            self.mapping.show_matches(matches)
            self.pages.setCurrentWidget(self.mapping)
            self.summary.setText(self.tr("แผ่นงาน “{sheet}” แถวหัวตารางคือแถวที่ {row}: {n} คอลัมน์, {rows} แถว").format(
                sheet=self.source.sheet, row=self.source.header_row, n=len(matches), rows=len(self.source.rows)))
            self.mapping_proposed.emit(matches)
        else:
            self.mapping.show_matches(matches)
            self.plan_with(matches, remember=False)

    def plan_with(self, mapping, remember: bool = True):
        """Build the plan with a (confirmed) mapping on a worker; a confirmed one is remembered first."""
        self.runner = self._run(self.tr("กำลังตรวจสอบ {rows} แถว…").format(rows=len(self.source.rows)), self.build_file,
                                self.db, self.register.key, self.source, mapping, remember)
        self.runner.finished.connect(self._plan_ready)
        return self.runner

    def back_to_mapping(self) -> None:
        if self.source is not None:
            self.pages.setCurrentWidget(self.mapping)
            self.import_button.setEnabled(False)
            self.back_button.setEnabled(False)

    def _plan_ready(self, plan) -> None:
        if self.runner is not None and self.runner.cancel_requested:
            return
        self._show_plan(plan)
        self.plan_read.emit(plan)

    def _show_plan(self, plan) -> None:
        self.plan = plan
        self.pages.setCurrentWidget(self.preview)
        self.preview.show_plan(plan)
        adds, updates = (plan.adds, plan.updates) if plan else ([], [])
        self.summary.setText(self._summary(plan))
        self.report_button.setEnabled(plan is not None)
        self.back_button.setEnabled(plan is not None and self.source is not None)
        self.import_button.setEnabled(plan is not None and plan.clean and bool(adds or updates))
        self.import_button.setText(self.tr("นำเข้า (เพิ่ม {a} แก้ไข {u})").format(a=len(adds), u=len(updates)))

    def _summary(self, plan) -> str:
        if plan is None:
            return self.tr("เลือกไฟล์ Excel เพื่อจับคู่คอลัมน์และดูตัวอย่างก่อนนำเข้า")
        text = self.tr("แผ่นงาน “{sheet}”: เพิ่ม {a} แถว แก้ไข {u} แถว ไม่เปลี่ยนแปลง {s} แถว มีปัญหา {p} แถว").format(
            sheet=plan.sheet, a=len(plan.adds), u=len(plan.updates), s=len(plan.unchanged), p=len(plan.problem_rows))
        if plan.similar:
            text += "\n" + self.tr("มี {n} แถวที่ใกล้เคียงรายการเดิม: เลือกว่าจะแก้ไขรายการเดิมหรือเพิ่มเป็นรายการใหม่ "
                                   "(แท็บใกล้เคียงรายการเดิม)").format(n=len(plan.similar))
        if plan.errors:
            return text + "\n" + self.tr("นำเข้าไม่ได้จนกว่าจะแก้ไขปัญหา {n} รายการในไฟล์ (ดูแท็บปัญหา หรือบันทึกรายงาน)").format(
                n=plan.errors)
        if not (plan.adds or plan.updates or plan.similar):
            return text + "\n" + self.tr("ไม่มีข้อมูลที่ต้องนำเข้า")
        return text

    # -- writing ---------------------------------------------------------------------------------
    def confirm(self) -> ProgressRunner | None:
        """Apply the plan (the import button is the confirmation; it is enabled only for a clean plan)."""
        if self.plan is None or not self.plan.clean:
            return None
        self.import_button.setEnabled(False)
        self.runner = self._run(self.tr("กำลังนำเข้า…"), self.apply_file, self.db, self.plan)
        self.runner.finished.connect(self._applied)
        self.runner.cancelled.connect(lambda: self._show_plan(self.plan))
        return self.runner

    def _applied(self, result) -> None:
        self.message = show_message(self.parentWidget() or self, self.tr("นำเข้าจาก Excel"), self.tr(
            "นำเข้า{name}แล้ว: เพิ่ม {a} รายการ แก้ไข {u} รายการ").format(
            name=self.register.label(self.lang), a=result.added, u=result.updated))
        self.imported.emit(result)
        self.accept()

    def save_template_to(self, path: str | Path) -> Path | None:
        return self._write_file(lambda: self.write_template(path))

    def write_template(self, path: str | Path) -> Path:
        from app.excel.imports import importer as excel_import

        return excel_import.write_template(self.register.key, path, self.lang)

    def save_report_to(self, path: str | Path) -> Path | None:
        from app.excel.imports import importer as excel_import

        return self._write_file(lambda: excel_import.write_report(self.plan, path, self.lang))

    def _write_file(self, write: Callable[[], Path]) -> Path | None:
        """A template or a report: small workbooks written at once; the message names the file."""
        try:
            written = write()
        except UserError as error:
            self._failed(error)
            return None
        self.message = show_message(self, self.windowTitle(), self.tr("บันทึกไฟล์แล้ว:\n{path}").format(path=written))
        return written

    def _failed(self, error: Exception) -> None:
        if not isinstance(error, UserError):
            raise error
        self.banner.setText(error.message(self.lang))
        self.banner.show()
        if self.plan is not None:
            self._show_plan(self.plan)
        self.import_failed.emit(error)
