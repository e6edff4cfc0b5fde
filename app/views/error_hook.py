"""One place for unexpected errors: a Thai message with a button that saves a report."""

from __future__ import annotations

import platform
import sys
import traceback
from datetime import datetime
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app import __version__
from app.core.errors import UserError


def report_text(exc_type, exc, tb) -> str:
    lines = [
        f"Smart City Secretariat {__version__}",
        f"Time: {datetime.now().isoformat(timespec='seconds')}",
        f"Python {platform.python_version()} · PySide6 {pyside_version} · {platform.platform()}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return "\n".join(lines)


def default_report_path() -> Path:
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
    return folder / f"smartcity-error-{datetime.now():%Y%m%d-%H%M%S}.txt"


def show_error(exc_type, exc, tb, lang: str = "th") -> None:
    app = QApplication.instance()
    if app is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    if isinstance(exc, UserError):
        QMessageBox.warning(
            app.activeWindow(), QCoreApplication.translate("ErrorHook", "ทำรายการไม่สำเร็จ"), exc.message(lang)
        )
        return
    report = report_text(exc_type, exc, tb)
    box = QMessageBox(app.activeWindow())
    box.setObjectName("errorDialog")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("ErrorHook", "เกิดข้อผิดพลาดที่ไม่คาดคิด"))
    box.setText(
        QCoreApplication.translate(
            "ErrorHook", "โปรแกรมพบข้อผิดพลาดที่ไม่คาดคิด ข้อมูลที่บันทึกแล้วยังอยู่ครบ กรุณาบันทึกรายงานข้อผิดพลาดแล้วส่งให้ผู้ดูแลระบบ"
        )
    )
    box.setDetailedText(report)
    save = box.addButton(QCoreApplication.translate("ErrorHook", "บันทึกรายงาน…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QCoreApplication.translate("ErrorHook", "ปิด"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is save:
        path, _ = QFileDialog.getSaveFileName(
            app.activeWindow(),
            QCoreApplication.translate("ErrorHook", "บันทึกรายงาน"),
            str(default_report_path()),
            QCoreApplication.translate("ErrorHook", "ไฟล์ข้อความ (*.txt)"),
        )
        if path:
            Path(path).write_text(report, encoding="utf-8")
    sys.stderr.write(report)


def install(lang: str = "th") -> None:
    sys.excepthook = lambda t, e, tb: show_error(t, e, tb, lang)
