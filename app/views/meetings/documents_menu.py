"""The documents of a meeting, as PDF or Word (DOCX): minutes, agenda and invitation letters, written off the GUI
thread from one snapshot of the meeting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from app.core.db import Database
from app.core.errors import UserError
from app.views.shared.tasks import run_task

KINDS = ("minutes", "agenda", "invitations")
FORMATS = ("pdf", "docx")


def write_document(db: Database, meeting_id: int, kind: str, fmt: str, path: Path) -> Path:
    """On a worker thread: the meeting's snapshot in its own session, then the document as PDF or DOCX."""
    from app.documents import invitation, minutes
    from app.meetings import snapshot

    with db.session() as session:
        snap = snapshot.load(snapshot.session_fetch(session), meeting_id)
    build = {"minutes": minutes.minutes, "agenda": minutes.agenda_document, "invitations": invitation.invitations}
    document = build[kind](snap)
    if fmt == "docx":
        from app.documents import docx_writer

        docx_writer.write(document, path)
    else:
        from app.documents import official_pdf

        official_pdf.write(document, path)
    return path


class DocumentsMenu(QMenu):
    """PDF and Word entries side by side for each document of one meeting."""

    exported = Signal(object)  # the file's path

    def __init__(self, db: Database, meeting_id: int, label: str, lang: str = "th", parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.meeting_id, self.label, self.lang = db, meeting_id, label, lang
        self.setObjectName("documentsMenu")
        names = self.names()
        for kind in KINDS:
            for fmt in FORMATS:
                text = self.tr("{doc} (PDF)…") if fmt == "pdf" else self.tr("{doc} (Word)…")
                action = self.addAction(text.format(doc=names[kind]))
                action.setObjectName(f"{kind}_{fmt}")
                action.triggered.connect(lambda _=False, k=kind, f=fmt: self.export(k, f))
            if kind != KINDS[-1]:
                self.addSeparator()

    def names(self) -> dict[str, str]:
        return {"minutes": self.tr("รายงานการประชุม"), "agenda": self.tr("ระเบียบวาระการประชุม"),
                "invitations": self.tr("หนังสือเชิญประชุม")}

    def ask_path(self, suggested: str, fmt: str) -> str:
        kind = "PDF (*.pdf)" if fmt == "pdf" else self.tr("เอกสาร Word (*.docx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("บันทึกเอกสาร"), suggested, kind)
        return path

    def export(self, kind: str, fmt: str) -> bool:
        folder = QSettings().value("export/folder", str(Path.home()))
        name = f"{self.names()[kind]}-{self.label.replace('/', '-')}.{fmt}"
        path = self.ask_path(str(Path(folder) / name), fmt)
        if not path:
            return False
        QSettings().setValue("export/folder", str(Path(path).parent))
        run_task(write_document, self.db, self.meeting_id, kind, fmt, Path(path),
                 on_done=self.exported.emit, on_error=self._failed)
        return True

    def _failed(self, error: Exception) -> None:
        if not isinstance(error, UserError):
            raise error
        QMessageBox.warning(self, self.tr("บันทึกเอกสารไม่สำเร็จ"), error.message(self.lang))
