"""The Excel export dialog (which rows, personal data, header language) and the progress-with-cancel runner.

``ProgressRunner`` is shared with the import dialog: it runs ``fn(*args, progress=...)`` through
``tasks.run_task`` behind a window-modal QProgressDialog. Cancel sets a flag that the next ``progress``
call turns into ``tasks.Cancelled`` (the exporters then remove their partial file). A job that ends anyway
after a late cancel still reports ``finished``; ``cancel_requested`` tells the caller, which for an export
removes the file, so a cancelled export never leaves one behind.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core.db import Database
from app.core.errors import UserError
from app.views.shared import settings
from app.views.shared.tasks import Cancelled, run_task

EXPORT_FOLDER = settings.Key("export/folder", str(Path.home()), str)
WARNING_STYLE = "color: #b3261e;"


def _guarded(stop: threading.Event, fn: Callable[..., Any], *args, progress: Callable[[int, int], None]) -> Any:
    """On the worker: ``fn`` with a progress callback that raises ``Cancelled`` once cancel was asked for."""

    def check(done: int, total: int) -> None:
        if stop.is_set():
            raise Cancelled()
        progress(done, total)

    return fn(*args, progress=check)


class ProgressRunner(QObject):
    """One background job behind a progress dialog with a cancel button."""

    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QWidget, label: str, fn: Callable[..., Any], *args):
        super().__init__(parent)
        self.cancel_requested = False
        self._stop = threading.Event()
        self.dialog = QProgressDialog(label, self.tr("ยกเลิก"), 0, 0, parent)
        self.dialog.setObjectName("excelProgress")
        self.dialog.setWindowTitle(self.tr("กำลังทำงาน"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.task = run_task(_guarded, self._stop, fn, *args, on_done=self._done, on_error=self._failed,
                             with_progress=True)
        self.task.signals.progressed.connect(self._progressed)

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if self._stop.is_set():
            return
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    @Slot()
    def cancel(self) -> None:
        if self.cancel_requested:
            return
        self.cancel_requested = True
        self._stop.set()
        self._close()
        self.cancelled.emit()

    def _close(self) -> None:
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.reset()  # hides it and stops the timer that would show it later
        self.dialog.deleteLater()

    def _done(self, result: Any) -> None:
        if not self.cancel_requested:
            self._close()
        self.finished.emit(result)

    def _failed(self, error: Exception) -> None:
        if self.cancel_requested:  # a service may wrap the cancel in its own error: it was still a cancel
            return
        self._close()
        self.failed.emit(error)


@dataclass(frozen=True)
class ExportTarget:
    """What a dialog exports: ``write(session, path, *, ids, lang, include_personal, progress) -> Path``.

    ``scopes`` are the choices of rows, (label, ids in order, a function of the session giving them (read on the
    export's worker), or None for everything); the first is the default. ``personal`` names the personal (PDPA)
    columns the export leaves out unless asked for.
    """

    title: str
    file_stem: str
    write: Callable[..., Path]
    scopes: tuple[tuple[str, list[int] | Callable[[Any], list[int]] | None], ...]
    personal: tuple[str, ...] = ()


def _export(db: Database, write: Callable[..., Path], path: Path, ids: list[int] | None, lang: str,
            include_personal: bool, progress: Callable[[int, int], None]) -> Path:
    """On the worker: one read-only session for the whole export."""
    with db.session() as session:
        if callable(ids):
            ids = ids(session)
        written = write(session, path, ids=ids, lang=lang, include_personal=include_personal, progress=progress)
        if include_personal:  # PDPA: who, when, which fields, how many people (one register, or all of them)
            from app.audit import disclosure
            from app.registers.catalog import REGISTERS

            keys = write.args[:1] if isinstance(write, partial) else tuple(REGISTERS)
            disclosure.record_register_export(session, keys, written, ids=ids if isinstance(write, partial) else None)
        return written


def show_message(parent: QWidget, title: str, text: str, warning: bool = False) -> QMessageBox:
    """A window-modal message that does not block (tests read it instead of clicking it away)."""
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("excelMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class ExportDialog(QDialog):
    exported = Signal(object)  # the Path written
    export_failed = Signal(object)
    export_cancelled = Signal()

    def __init__(self, db: Database, target: ExportTarget, lang: str = "th", parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.target, self.lang = db, target, lang
        self.setObjectName("excelExportDialog")
        self.setWindowTitle(target.title)
        self.runner: ProgressRunner | None = None
        self.message: QMessageBox | None = None
        self._build()
        self.setMinimumWidth(600)
        self.resize(640, self.sizeHint().height())

    def _build(self) -> None:
        heading = QLabel(self.target.title, self)
        heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        box = QGroupBox(self.tr("ข้อมูลที่ส่งออก"), self)
        rows = QVBoxLayout(box)
        self.scope_group = QButtonGroup(self)
        for n, (label, _ids) in enumerate(self.target.scopes):
            radio = QRadioButton(label, box)
            radio.setObjectName(f"scope{n}")
            radio.setChecked(n == 0)
            self.scope_group.addButton(radio, n)
            rows.addWidget(radio)
        self.personal = QCheckBox(self.tr("รวมข้อมูลส่วนบุคคล ({fields})").format(
            fields=", ".join(self.target.personal)), self)
        self.personal.setObjectName("includePersonal")
        self.personal.setVisible(bool(self.target.personal))
        self.pdpa_warning = QLabel(self.tr(
            "ข้อมูลส่วนบุคคลคุ้มครองตาม พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 (PDPA): "
            "ส่งให้เฉพาะผู้ที่มีสิทธิ์ได้รับตามวัตถุประสงค์ที่เจ้าของข้อมูลให้ความยินยอม และเก็บไฟล์อย่างปลอดภัย"), self)
        self.pdpa_warning.setObjectName("pdpaWarning")
        self.pdpa_warning.setStyleSheet(WARNING_STYLE)
        self.pdpa_warning.setWordWrap(True)
        self.pdpa_warning.hide()
        self.personal.toggled.connect(self.pdpa_warning.setVisible)
        self.header_lang = QComboBox(self)
        self.header_lang.setObjectName("headerLanguage")
        self.header_lang.addItem("ไทย", "th")
        self.header_lang.addItem("English", "en")
        self.header_lang.setCurrentIndex(self.header_lang.findData(self.lang))
        form = QFormLayout()
        form.addRow(self.tr("หัวคอลัมน์"), self.header_lang)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("ส่งออก…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(box)
        layout.addWidget(self.personal)
        layout.addWidget(self.pdpa_warning)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)

    # -- options ---------------------------------------------------------------------------------
    def chosen_ids(self) -> list[int] | Callable[[Any], list[int]] | None:
        return self.target.scopes[max(self.scope_group.checkedId(), 0)][1]

    def header_language(self) -> str:
        return self.header_lang.currentData()

    def include_personal(self) -> bool:
        return bool(self.target.personal) and self.personal.isChecked()

    # -- running ---------------------------------------------------------------------------------
    def ask_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("บันทึกไฟล์ Excel"), suggested, "Excel (*.xlsx)")
        return path

    def accept(self) -> None:
        """Ask where to save, then export in the background; the dialog closes when the file is written."""
        path = self.ask_path(str(Path(EXPORT_FOLDER.get()) / f"{self.target.file_stem}.xlsx"))
        if path:
            self.start(path)

    def start(self, path: str | Path) -> ProgressRunner:
        path = Path(path)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        EXPORT_FOLDER.set(str(path.parent))
        self.runner = ProgressRunner(self, self.tr("กำลังส่งออก {name}…").format(name=path.name), _export, self.db,
                                     self.target.write, path, self.chosen_ids(), self.header_language(),
                                     self.include_personal())
        self.runner.finished.connect(self._written)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(self.export_cancelled)
        return self.runner

    def _written(self, path: Path) -> None:
        if self.runner is not None and self.runner.cancel_requested:  # finished just after the cancel
            Path(path).unlink(missing_ok=True)
            return
        self.message = show_message(self.parentWidget() or self, self.tr("ส่งออก Excel"),
                                    self.tr("บันทึกไฟล์ Excel แล้ว:\n{path}").format(path=path))
        self.exported.emit(path)
        super().accept()

    def _failed(self, error: Exception) -> None:
        if not isinstance(error, UserError):
            raise error
        self.message = show_message(self, self.tr("ส่งออกไม่สำเร็จ"), error.message(self.lang), warning=True)
        self.export_failed.emit(error)
