"""File menu: back up now, restore from a backup (the current data kept aside first), scheduled backups (SQLite:
at close and once a day into the folder the user chose, keeping the newest N)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.backup import schedule, service
from app.core.errors import UserError
from app.views.shared import settings
from app.views.shared.tasks import run_task

HOUR_MS = 3600 * 1000


def _failed(window, error: Exception) -> None:
    if not isinstance(error, UserError):
        raise error
    QMessageBox.warning(window, Q.translate("BackupActions", "ทำรายการไม่สำเร็จ"), error.message(window.lang))


def back_up(window, path: str | None = None):
    if path is None:
        name = f"smartcity-{service.stamp()}{service.suffix(window.db)}"
        title = Q.translate("BackupActions", "สำรองข้อมูล")
        path, _ = QFileDialog.getSaveFileName(window, title, str(Path.home() / name))
        if not path:
            return None

    def done(report) -> None:
        message = Q.translate("BackupActions", "สำรองข้อมูลแล้วและตรวจแล้ว: {path} ({rows} แถว)")
        window.statusBar().showMessage(message.format(path=report.path, rows=f"{report.rows:,}"), 10000)

    return run_task(service.backup, window.db, Path(path), on_done=done, on_error=lambda e: _failed(window, e))


def restore(window, path: str | None = None, confirm: bool = True):
    if path is None:
        path, _ = QFileDialog.getOpenFileName(window, Q.translate("BackupActions", "กู้คืนจากไฟล์สำรอง"), str(Path.home()))
        if not path:
            return None
    title = Q.translate("BackupActions", "กู้คืนจากไฟล์สำรอง")
    question = Q.translate("BackupActions", "ข้อมูลปัจจุบันจะถูกแทนด้วยข้อมูลในไฟล์สำรอง "
                                            "(ระบบเก็บข้อมูลปัจจุบันไว้ก่อน) ทำต่อหรือไม่")
    if confirm and QMessageBox.question(window, title, question) != QMessageBox.StandardButton.Yes:
        return None
    from app.paths import backup_dir

    def done(aside) -> None:
        window.reload_all()
        message = Q.translate("BackupActions", "กู้คืนแล้ว ข้อมูลก่อนกู้คืนเก็บไว้ที่ {path}")
        window.statusBar().showMessage(message.format(path=aside), 15000)

    return run_task(service.restore, window.db, Path(path), backup_dir(), on_done=done,
                    on_error=lambda e: _failed(window, e))


class ScheduleDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("backupSchedule")
        self.setWindowTitle(Q.translate("BackupActions", "การสำรองข้อมูลอัตโนมัติ"))
        self.enabled = QCheckBox(Q.translate("BackupActions", "สำรองเมื่อปิดโปรแกรมและทุกวัน"), self)
        self.enabled.setChecked(settings.BACKUP_ENABLED.get())
        self.folder = QLineEdit(settings.BACKUP_FOLDER.get(), self)
        browse = QPushButton(Q.translate("BackupActions", "เลือก…"), self)
        browse.clicked.connect(self._browse)
        self.keep = QSpinBox(self)
        self.keep.setRange(1, 365)
        self.keep.setValue(settings.BACKUP_KEEP.get())
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.enabled)
        form.addRow(Q.translate("BackupActions", "โฟลเดอร์ที่เก็บ"), row)
        form.addRow(Q.translate("BackupActions", "เก็บไว้ล่าสุด (ชุด)"), self.keep)
        form.addRow(buttons)

    def _browse(self) -> None:
        title = Q.translate("BackupActions", "โฟลเดอร์ที่เก็บ")
        folder = QFileDialog.getExistingDirectory(self, title, self.folder.text() or str(Path.home()))
        if folder:
            self.folder.setText(folder)

    def accept(self) -> None:
        if self.enabled.isChecked() and not self.folder.text().strip():
            QMessageBox.warning(self, Q.translate("BackupActions", "การสำรองข้อมูลอัตโนมัติ"),
                                Q.translate("BackupActions", "กรุณาเลือกโฟลเดอร์ที่เก็บ"))
            return
        settings.BACKUP_ENABLED.set(self.enabled.isChecked())
        settings.BACKUP_FOLDER.set(self.folder.text().strip())
        settings.BACKUP_KEEP.set(self.keep.value())
        super().accept()


def _scheduled(window) -> tuple[Path, int] | None:
    if not window.db.is_sqlite or not settings.BACKUP_ENABLED.get() or not settings.BACKUP_FOLDER.get():
        return None
    return Path(settings.BACKUP_FOLDER.get()), settings.BACKUP_KEEP.get()


def daily(window):
    """The daily backup, in the background, when the newest one is a day old."""
    plan = _scheduled(window)
    if plan is None or not schedule.due(window.db, plan[0]):
        return None
    return run_task(schedule.run, window.db, *plan, on_done=lambda _r: None, on_error=lambda e: _failed(window, e))


def at_close(window) -> None:
    plan = _scheduled(window)
    if plan is None:
        return
    try:
        schedule.run(window.db, *plan)  # the window is closing: nothing else waits on it
    except UserError as error:
        QMessageBox.warning(window, Q.translate("BackupActions", "สำรองข้อมูลไม่สำเร็จ"), error.message(window.lang))


def install(window) -> QTimer:
    timer = QTimer(window)
    timer.setObjectName("dailyBackup")
    timer.setInterval(HOUR_MS)
    timer.timeout.connect(lambda: daily(window))
    timer.start()
    QTimer.singleShot(60 * 1000, lambda: daily(window))
    window.closing.connect(lambda: at_close(window))
    return timer
