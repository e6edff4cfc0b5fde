"""Certificates out of the app: the system print dialog, and a batch of PDFs written on a worker thread."""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog, QWidget

from app.certificates import certificates
from app.core.db import Database
from app.core.errors import FileNotWritable
from app.views.shared.tasks import Task, run_task

NAME_CHARS, NAME_BYTES = 80, 200  # Windows paths stay short; Linux allows 255 bytes (a Thai letter takes 3)


def file_name(number: str, city: str) -> str:
    """A file name from the number and the city: no path separators or characters Windows refuses, not too long."""
    text = " ".join(re.sub(r'[\\/:*?"<>|\x00-\x1f\x7f]+', "-", f"{number} {city}").split())[:NAME_CHARS]
    while len(text.encode()) > NAME_BYTES:
        text = text[:-1]
    return (text.rstrip(" .") or "certificate") + ".pdf"


def write_batch(db: Database, ids: list[int], target: Path, per_city: bool, progress) -> list[Path]:
    """On a worker thread: one PDF of every page, or one PDF per certificate into the folder ``target``.

    Files are written into a temporary folder beside the target and moved in at the end, so a cancel or
    an error leaves nothing behind and overwrites nothing.
    """
    from app.documents.certificate import pdf as certificate_pdf

    with db.session() as session:
        contents = certificates.content(session, ids)
    folder = target if per_city else target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=".certificates-", dir=folder))
    except OSError as exc:
        raise FileNotWritable(str(folder), exc) from exc
    try:
        if per_city:
            names = []
            for i, content in enumerate(contents):
                names.append(file_name(content.number, content.city_name))
                certificate_pdf.write([content], work / names[-1])
                progress(i + 1, len(contents))
        else:
            names = [target.name]
            certificate_pdf.write(contents, work / target.name, progress=progress)
        for name in names:
            (work / name).replace(folder / name)
        return [folder / name for name in names]
    except OSError as exc:
        raise FileNotWritable(str(target), exc) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)


def ask_printer(parent: QWidget) -> QPrinter | None:
    """The system print dialog on an A4 landscape printer (a real printer or a PDF file); None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                      printer.pageLayout().margins()))
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_batch_target(parent: QWidget, count: int) -> tuple[Path, bool] | None:
    """Where to save: (file, False) for one PDF, (folder, True) for one file per city; None when cancelled."""
    translate = QCoreApplication.translate
    folder = QSettings().value("export/folder", str(Path.home()))
    box = QMessageBox(QMessageBox.Icon.Question, translate("CertificateOutput", "บันทึก PDF"),
                      translate("CertificateOutput", "บันทึกเกียรติบัตร {n} ฉบับ").format(n=count), parent=parent)
    one = box.addButton(translate("CertificateOutput", "รวมเป็นไฟล์เดียว"), QMessageBox.ButtonRole.AcceptRole)
    each = box.addButton(translate("CertificateOutput", "แยกไฟล์ละเมือง (เลือกโฟลเดอร์)"),
                         QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("CertificateOutput", "ยกเลิก"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    target = None
    if box.clickedButton() is each:
        path = QFileDialog.getExistingDirectory(parent, translate("CertificateOutput", "เลือกโฟลเดอร์"), folder)
        target = (Path(path), True) if path else None
    elif box.clickedButton() is one:
        suggested = str(Path(folder) / translate("CertificateOutput", "เกียรติบัตร.pdf"))
        path, _ = QFileDialog.getSaveFileName(parent, translate("CertificateOutput", "บันทึก PDF"), suggested,
                                              "PDF (*.pdf)")
        target = (Path(path), False) if path else None
    if target:
        QSettings().setValue("export/folder", str(target[0] if target[1] else target[0].parent))
    return target


class BatchSave(QObject):
    """One batch of PDFs on the worker pool with a progress dialog; Cancel stops it and leaves nothing."""

    saved = Signal(object)  # the paths written
    failed = Signal(object)  # the exception

    def __init__(self, db: Database, ids: list[int], target: Path, per_city: bool, parent: QWidget):
        super().__init__(parent)
        progress = QProgressDialog(self.tr("กำลังบันทึกเกียรติบัตร…"), self.tr("ยกเลิก"), 0, len(ids), parent)
        progress.setWindowTitle(self.tr("บันทึก PDF"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setValue(0)
        self.progress: QProgressDialog | None = progress
        self.task: Task = run_task(write_batch, db, ids, target, per_city, with_progress=True,
                                   on_done=self._done, on_error=self._failed)
        self.task.signals.progressed.connect(self._progressed)
        progress.canceled.connect(self.cancel)

    def _progressed(self, done: int, _total: int) -> None:
        if self.progress is not None:
            self.progress.setValue(done)

    def cancel(self) -> None:
        self.task.cancel()
        self._close()

    def _close(self) -> None:
        if self.progress is None:
            return
        self.progress.canceled.disconnect()
        self.progress.hide()
        self.progress.deleteLater()
        self.progress = None

    def _done(self, paths: list[Path]) -> None:
        self._close()
        self.saved.emit(paths)

    def _failed(self, error: Exception) -> None:
        self._close()
        self.failed.emit(error)
