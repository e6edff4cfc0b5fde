"""File menu: take the data offline (or refresh an offline copy), send an offline copy's changes as a package file,
receive a package on the server (conflicts settled side by side first). All slow work runs off the GUI thread
with progress; a refused package or copy is shown as its Thai message and nothing is changed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
)

from app.core.errors import UserError
from app.views.shared.tasks import run_task

# app.sync (and through it the certificates' signing, reportlab and PyThaiNLP) loads on first use, not at start.

ACTIONS = (("takeOffline", QT_TRANSLATE_NOOP("SyncMenu", "นำข้อมูลออกไปทำงานนอกสถานที่…"), "take_offline"),
           ("sendChanges", QT_TRANSLATE_NOOP("SyncMenu", "ส่งการเปลี่ยนแปลง…"), "send_changes"),
           ("receiveChanges", QT_TRANSLATE_NOOP("SyncMenu", "รับการเปลี่ยนแปลงจากแฟ้ม…"), "receive_changes"))


def install(window) -> None:
    window.file_menu.addSeparator()
    copy = _is_copy(window)
    for name, text, slot in ACTIONS:
        action = QAction(Q.translate("SyncMenu", text), window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False, s=slot: globals()[s](window))
        action.setVisible((name == "sendChanges") == copy)  # a copy sends; the server takes out and receives
        window.file_menu.addAction(action)


def _is_copy(window) -> bool:
    try:
        with window.db.session() as s:
            from app.sync import identity

            return identity.is_copy(s)
    except UserError:
        return False


def _failed(window, error: Exception) -> None:
    if not isinstance(error, UserError):
        raise error
    QMessageBox.warning(window, Q.translate("SyncMenu", "ทำรายการไม่สำเร็จ"), error.message(window.lang))


def _with_progress(window, label: str, fn, *args, on_done):
    dialog = QProgressDialog(label, Q.translate("SyncMenu", "ยกเลิก"), 0, 0, window)
    dialog.setObjectName("syncProgress")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    def finish(result) -> None:
        dialog.reset()
        on_done(result)

    def fail(error) -> None:
        dialog.reset()
        _failed(window, error)

    task = run_task(fn, *args, on_done=finish, on_error=fail, with_progress=True)
    task.signals.progressed.connect(progressed)
    dialog.canceled.connect(task.cancel)
    window.sync_task = task
    return task


# --------------------------------------------------------------------------- take offline


class MeetingChoice(QDialog):
    """Which meetings go with the copy (all are ticked at first), and whether its personal data stay behind."""

    def __init__(self, meetings: list[tuple[int, str]], parent=None):
        super().__init__(parent)
        self.setObjectName("meetingChoice")
        self.setWindowTitle(Q.translate("SyncMenu", "การประชุมที่จะนำออกไป"))
        self.list = QListWidget(self)
        for meeting_id, label in meetings:
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, meeting_id)
            item.setCheckState(Qt.CheckState.Checked)
        self.without_personal = QCheckBox(Q.translate(
            "SyncMenu", "ไม่นำข้อมูลส่วนบุคคลออกไป (ชื่อ โทรศัพท์ อีเมล ฯลฯ ของนักส่งเสริมจะว่างในสำเนา)"), self)
        self.without_personal.setObjectName("withoutPersonal")
        self.without_personal.setToolTip(Q.translate(
            "SyncMenu", "การนำข้อมูลส่วนบุคคลออกไปจะถูกบันทึกเป็นการเปิดเผยข้อมูลส่วนบุคคล"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.without_personal)
        layout.addWidget(buttons)

    def chosen(self) -> list[int] | None:
        items = [self.list.item(n) for n in range(self.list.count())]
        ticked = [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]
        return None if len(ticked) == len(items) else ticked


def _meetings(window) -> list[tuple[int, str]]:
    from sqlalchemy import select

    from app.core.thaidate import format_date
    from app.models import Committee, Meeting

    with window.db.session() as s:
        rows = s.execute(select(Meeting, Committee.name).join(Committee).order_by(Meeting.held_on.desc()))
        return [(m.id, f"{name} {m.label} ({format_date(m.held_on)})") for m, name in rows]


def take_offline(window, path: str | None = None, meetings: list[int] | None | bool = False, personal: bool = True):
    if path is None:
        path, _ = QFileDialog.getSaveFileName(window, Q.translate("SyncMenu", "นำข้อมูลออกไปทำงานนอกสถานที่"),
                                              str(Path.home() / "smartcity-offline.sqlite"))
        if not path:
            return None
    target = Path(path)
    if target.exists() and target.stat().st_size > 0:
        return _with_progress(window, Q.translate("SyncMenu", "กำลังรับข้อมูลล่าสุดลงสำเนาเดิม…"), _refresh, window.db, target,
                              on_done=lambda r: _refreshed(window, r))
    if meetings is False:
        dialog = MeetingChoice(_meetings(window), window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        meetings, personal = dialog.chosen(), not dialog.without_personal.isChecked()
    label = Q.translate("SyncMenu", "กำลังนำข้อมูลออก…")
    return _with_progress(window, label, _checkout, window.db, target, meetings, personal,
                          on_done=lambda r: _taken(window, r))


def _checkout(db, target, meetings, personal, progress=None):
    from app.sync import checkout

    return checkout.checkout(db, target, meetings, progress, personal)


def _refresh(db, target, progress=None):
    from app.sync import checkout

    return checkout.refresh(db, target, progress=progress)


def _taken(window, report) -> None:
    message = Q.translate("SyncMenu", "นำข้อมูลออกแล้ว: {path} ({rows} แถว) เปิดไฟล์นี้บนเครื่องพกพาเพื่อทำงานนอกสถานที่")
    window.statusBar().showMessage(message.format(path=report.path, rows=f"{report.rows:,}"), 15000)


def _refreshed(window, result) -> None:
    report, aside = result
    message = Q.translate("SyncMenu", "รับข้อมูลล่าสุดลง {path} แล้ว สำเนาเก่าเก็บไว้ที่ {aside}")
    window.statusBar().showMessage(message.format(path=report.path, aside=aside), 15000)


# --------------------------------------------------------------------------- send and receive


def send_changes(window, path: str | None = None):
    if path is None:
        title = Q.translate("SyncMenu", "ส่งการเปลี่ยนแปลง")
        path, _ = QFileDialog.getSaveFileName(window, title, str(Path.home() / "changes.zip"),
                                              Q.translate("SyncMenu", "ชุดการเปลี่ยนแปลง (*.zip)"))
        if not path:
            return None

    def done(made) -> None:
        message = Q.translate("SyncMenu", "บันทึกชุดการเปลี่ยนแปลงแล้ว: {path} ({n} รายการ) ส่งแฟ้มนี้ให้ผู้ดูแลเซิร์ฟเวอร์ "
                     "แล้วรับข้อมูลล่าสุดลงสำเนานี้")
        window.statusBar().showMessage(message.format(path=path, n=len(made.changes)), 15000)

    label = Q.translate("SyncMenu", "กำลังบันทึกการเปลี่ยนแปลง…")
    return _with_progress(window, label, _export, window.db, Path(path), on_done=done)


def _export(db, target, progress=None):
    from app.sync import package

    return package.export_changes(db, target)


def receive_changes(window, path: str | None = None):
    if path is None:
        path, _ = QFileDialog.getOpenFileName(window, Q.translate("SyncMenu", "รับการเปลี่ยนแปลงจากแฟ้ม"), str(Path.home()),
                                              Q.translate("SyncMenu", "ชุดการเปลี่ยนแปลง (*.zip)"))
        if not path:
            return None
    return _with_progress(window, Q.translate("SyncMenu", "กำลังตรวจชุดการเปลี่ยนแปลง…"), _preview, window.db, Path(path),
                          on_done=lambda r: _checked(window, Path(path), r))


def _preview(db, path, progress=None):
    from app.sync import apply

    return apply.preview(db, path)


def _checked(window, path: Path, report) -> None:
    if report.already:
        QMessageBox.information(window, Q.translate("SyncMenu", "รับการเปลี่ยนแปลงจากแฟ้ม"),
                                Q.translate("SyncMenu", "ชุดการเปลี่ยนแปลงนี้นำเข้าไปแล้วก่อนหน้านี้ ไม่มีการเปลี่ยนแปลงเพิ่ม"))
        return
    from app.sync import apply
    from app.views.sync.conflict_dialog import ConflictDialog

    choices: dict[str, str] = {}
    if report.conflicts:
        dialog = ConflictDialog(report.conflicts, window)
        window.conflict_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        choices = dialog.resolutions()
    label = Q.translate("SyncMenu", "กำลังนำเข้าการเปลี่ยนแปลง…")
    _with_progress(window, label, apply.import_package, window.db, path, choices,
                   on_done=lambda r: _received(window, r))


def _received(window, report) -> None:
    window.reload_all()
    message = Q.translate("SyncMenu", "นำเข้าการเปลี่ยนแปลงแล้ว {n} รายการ").format(n=report.written)
    if report.numbers:
        message += " " + Q.translate("SyncMenu", "เกียรติบัตรได้เลขที่ {numbers}").format(numbers=", ".join(report.numbers))
    if report.aside_file:
        message += " " + Q.translate("SyncMenu", "ที่พักไว้บันทึกที่ {path}").format(path=report.aside_file)
    window.statusBar().showMessage(message, 20000)
    window.last_sync_report = report
