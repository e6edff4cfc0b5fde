"""Import a register from Excel: choose a file, preview what would change, then confirm.

The file is read into an ``ImportPlan`` on a worker (progress and cancel); nothing is written then. The
preview lists the rows to add, the rows to update (with the fields that change), the unchanged rows and
every problem (sheet, row, column, problem). All or nothing: while the plan has a problem the import
button stays disabled — the user corrects the file (the report can be saved as a workbook) and reads it
again. Confirming applies the whole plan on a worker in one ``db.session()``: one transaction, so a
refused row, a record changed meanwhile on another workstation or a cancel leaves the database as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.db import Database
from app.core.errors import UserError
from app.registers.catalog import REGISTERS
from app.views.excel.export_dialog import EXPORT_FOLDER, WARNING_STYLE, ProgressRunner, show_message


def _read(db: Database, key: str, path: Path, progress: Callable[[int, int], None]):
    """On the worker: the plan, in a session that writes nothing."""
    from app.excel.imports import importer as excel_import

    with db.session() as session:
        plan = excel_import.read_plan(session, key, path, progress=progress)
        session.rollback()
    return plan


def _apply(db: Database, plan, progress: Callable[[int, int], None]):
    """On the worker: the whole plan in one transaction (any error or a cancel rolls all of it back)."""
    from app.excel.imports import importer as excel_import

    total = len(plan.rows)
    with db.session() as session:
        result = excel_import.apply_plan(session, plan, progress=progress)
        progress(total, total)  # a cancel asked for now still rolls back: the commit comes after this
    return result


class RowsModel(QAbstractTableModel):
    """A read-only table of plain text rows."""

    def __init__(self, headers: list[str], rows: list[tuple[Any, ...]], parent=None):
        super().__init__(parent)
        self.headers, self.rows = headers, rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        value = self.rows[index.row()][index.column()]
        return "" if value is None else str(value)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return str(section + 1)


class ImportDialog(QDialog):
    plan_read = Signal(object)  # the ImportPlan
    imported = Signal(object)  # the ImportResult
    import_failed = Signal(object)  # a UserError: shown in the dialog
    read_file = staticmethod(_read)  # on the worker; a register with more to read (the plan's budget) replaces these
    apply_file = staticmethod(_apply)

    def __init__(self, db: Database, register_key: str, lang: str = "th", parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.lang = db, lang
        self.register = REGISTERS[register_key]
        self.setObjectName("excelImportDialog")
        self.setWindowTitle(self.tr("นำเข้า{name}จาก Excel").format(name=self.register.label(lang)))
        self.plan = None
        self.runner: ProgressRunner | None = None
        self.message = None
        self._build()
        self.resize(980, 640)

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
            "แถวที่มีชื่อและจังหวัดตรงกับข้อมูลเดิมจะเป็นการแก้ไข แถวอื่นจะเป็นการเพิ่ม ยังไม่มีการบันทึกจนกว่าจะกดนำเข้า "
            "และนำเข้าทั้งไฟล์หรือไม่นำเข้าเลย: ถ้ามีปัญหาแม้แถวเดียว ต้องแก้ไขไฟล์แล้วเลือกไฟล์ใหม่"), self)
        rule.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setStyleSheet("font-weight: bold;")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("previewTabs")
        self.tables: dict[str, QTableView] = {}
        for name in ("add", "update", "same", "problems"):
            view = QTableView(self.tabs)
            view.setObjectName(f"{name}Table")
            view.setWordWrap(False)
            view.horizontalHeader().setStretchLastSection(True)
            self.tables[name] = view
            self.tabs.addTab(view, "")
        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(WARNING_STYLE)
        self.banner.hide()
        buttons = QDialogButtonBox(self)
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
        for widget in (self.summary, self.tabs, self.banner, buttons):
            layout.addWidget(widget)
        self._show_plan(None)

    # -- file dialogs (tests call the methods that take a path) ----------------------------------
    def ask_open_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("เลือกไฟล์ Excel"), EXPORT_FOLDER.get(), "Excel (*.xlsx)")
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
        """Read the file into a plan on a worker; the preview shows it."""
        path = Path(path)
        EXPORT_FOLDER.set(str(path.parent))
        self.file_edit.setText(str(path))
        self._show_plan(None)
        self.runner = self._run(self.tr("กำลังอ่าน {name}…").format(name=path.name), self.read_file, self.db,
                                self.register.key, path)
        self.runner.finished.connect(self._plan_ready)
        return self.runner

    def _run(self, label: str, fn, *args) -> ProgressRunner:
        self.banner.hide()
        runner = ProgressRunner(self, label, fn, *args)
        runner.failed.connect(self._failed)
        return runner

    def _plan_ready(self, plan) -> None:
        if self.runner is not None and self.runner.cancel_requested:
            return
        self._show_plan(plan)
        self.plan_read.emit(plan)

    def _show_plan(self, plan) -> None:
        self.plan = plan
        adds, updates, same, problems = ((plan.adds, plan.updates, plan.unchanged, plan.all_problems) if plan
                                         else ([], [], [], []))
        label = self.register.field
        title = self.register.field(self.register.title_field).label(self.lang)
        models = {
            "add": ([self.tr("แถว"), title], [(r.row, r.title) for r in adds]),
            "update": ([self.tr("แถว"), title, self.tr("ข้อมูลที่เปลี่ยน")],
                       [(r.row, r.title, ", ".join(label(n).label(self.lang) for n in r.changes)) for r in updates]),
            "same": ([self.tr("แถว"), title], [(r.row, r.title) for r in same]),
            "problems": ([self.tr("แผ่นงาน"), self.tr("แถว"), self.tr("คอลัมน์"), self.tr("ปัญหา")],
                         [(p.sheet, p.row, p.column, self._problem_text(p)) for p in problems]),
        }
        names = {"add": self.tr("เพิ่ม ({n})"), "update": self.tr("แก้ไข ({n})"),
                 "same": self.tr("ไม่เปลี่ยนแปลง ({n})"), "problems": self.tr("ปัญหา ({n})")}
        for n, (key, (headers, rows)) in enumerate(models.items()):
            self.tables[key].setModel(RowsModel(headers, rows, self))
            self.tables[key].resizeColumnsToContents()  # Qt measures at most 1,000 rows
            self.tabs.setTabText(n, names[key].format(n=len(rows)))
        self.tabs.setCurrentIndex(3 if problems else 0)
        self.summary.setText(self._summary(plan))
        self.report_button.setEnabled(plan is not None)
        self.import_button.setEnabled(plan is not None and plan.clean and bool(adds or updates))
        self.import_button.setText(self.tr("นำเข้า (เพิ่ม {a} แก้ไข {u})").format(a=len(adds), u=len(updates)))

    def _problem_text(self, problem) -> str:
        """A warning (an unknown column) is shown but does not block the import."""
        text = problem.message(self.lang)
        return self.tr("คำเตือน: {text}").format(text=text) if problem.warning else text

    def _summary(self, plan) -> str:
        if plan is None:
            return self.tr("เลือกไฟล์ Excel เพื่อดูตัวอย่างก่อนนำเข้า")
        text = self.tr("แผ่นงาน “{sheet}”: เพิ่ม {a} แถว แก้ไข {u} แถว ไม่เปลี่ยนแปลง {s} แถว มีปัญหา {p} แถว").format(
            sheet=plan.sheet, a=len(plan.adds), u=len(plan.updates), s=len(plan.unchanged), p=len(plan.problem_rows))
        if not plan.clean:
            return text + "\n" + self.tr("นำเข้าไม่ได้จนกว่าจะแก้ไขปัญหา {n} รายการในไฟล์ (ดูแท็บปัญหา หรือบันทึกรายงาน)").format(
                n=sum(not p.warning for p in plan.all_problems))
        if not (plan.adds or plan.updates):
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
