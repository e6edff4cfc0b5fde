"""Start the Qt application: identity, fonts, language, error hook, main window."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.paths import set_identity


def make_app(lang: str | None = None) -> tuple[QApplication, str]:
    from app.views import error_hook, i18n
    from app.views.shared import fonts

    set_identity()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    _set_icon(app)
    fonts.apply_ui_font(app)
    lang = lang or i18n.current_language()
    i18n.install_translators(app, lang)
    error_hook.install(lang)
    return app, lang


def _set_icon(app: QApplication) -> None:
    """The window icon, and the name of the menu entry (resources/smartcity-secretariat.desktop) it matches."""
    from PySide6.QtGui import QIcon

    from resources import ROOT as RESOURCES

    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "smartcity-secretariat.svg")))
    app.setDesktopFileName("smartcity-secretariat")


def start(db, lang: str | None = None):
    """The Qt app and the main window, shown. Python's cyclic garbage collector, paused for the start (``main``),
    runs again once the first rows are painted."""
    from PySide6.QtCore import Qt

    from app.views.main_window import MainWindow

    app, lang = make_app(lang)
    window = MainWindow(db, lang)
    window.features_ready.connect(_collect_again, Qt.ConnectionType.SingleShotConnection)
    window.show()
    return window


def _collect_again() -> None:
    """What the start made lives as long as the program: frozen out of the collections to come (each then walks
    fewer objects, so pauses are shorter), and collection resumes."""
    gc.freeze()
    gc.enable()


def run_gui(db, lang: str | None = None) -> int:
    start(db, lang)
    return QApplication.instance().exec()


def run_screenshots(db, outdir: Path, lang: str | None = None) -> int:
    """Offscreen PNGs with default geometry and columns; the user's own settings are not touched."""
    import tempfile

    from PySide6.QtCore import QSettings

    from app.views.screenshots import render_all

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="shots-"))
    app, lang = make_app(lang or "th")
    for path in render_all(db, Path(outdir), lang):
        print(path)
    return 0


def ask_password(name: str, lang: str | None = None) -> str | None:
    """The sign-in window of a shared server: the person's own database password, for this run only."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    app, lang = make_app(lang)
    text, ok = QInputDialog.getText(None, QCoreApplication.translate("Startup", "เข้าสู่ระบบ"),
                                    QCoreApplication.translate("Startup", "รหัสผ่านของ {name}").format(name=name),
                                    QLineEdit.EchoMode.Password)
    return text if ok and text else None


def ask_create(path: Path, lang: str | None = None) -> bool:
    """The database file is not there: make a new one only when the person says so (default: no)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    app, lang = make_app(lang)
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        None, QCoreApplication.translate("Startup", "ไม่พบฐานข้อมูล"),
        QCoreApplication.translate("Startup", "ยังไม่มีไฟล์ฐานข้อมูล {path}\n\nสร้างฐานข้อมูลใหม่ (ว่าง) ที่ตำแหน่งนี้หรือไม่?")
        .format(path=path), buttons.Yes | buttons.No, buttons.No)
    return answer == buttons.Yes


def run_dashboard_export(db, pdf: Path | None, png: Path | None, lang: str | None = None) -> int:
    """The dashboard rendered offscreen into a PDF and/or a PNG (`dashboard --pdf FILE`)."""
    from app.views.dashboard.dashboard_pane import render_files

    app, lang = make_app(lang or "th")
    for path in render_files(db, pdf, png, lang):
        print(path)
    return 0


def show_startup_error(error, lang: str | None = None) -> None:
    """The database could not be opened: say so in a window, since a desktop user sees no terminal."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    app, lang = make_app(lang)
    QMessageBox.critical(None, QCoreApplication.translate("Startup", "เปิดฐานข้อมูลไม่ได้"), error.message(lang))


def upgrade_with_progress(db, backups: Path | None = None, lang: str | None = None):
    """At start, before the window: an older database is backed up and upgraded on a worker thread, while a small
    window says so after a moment (a big register takes tens of seconds); its Cancel stops the upgrade, the file is
    then as it was, and ``MigrationCancelled`` ends the start. A database at the newest revision opens at once."""
    from app.core import migrate

    current = migrate.current_revision(db)
    if current == migrate.HEAD:
        return None
    import threading

    from PySide6.QtCore import QCoreApplication, QEventLoop

    from app.views.shared.tasks import delayed_progress, end_progress, run_task

    app, lang = make_app(lang)
    stop, loop, outcome = threading.Event(), QEventLoop(), {}
    text = (QCoreApplication.translate("Startup", "กำลังสร้างฐานข้อมูลใหม่…") if current is None else
            QCoreApplication.translate("Startup", "กำลังปรับปรุงโครงสร้างฐานข้อมูลจากโปรแกรมรุ่นก่อน "
                                                  "(สำรองข้อมูลเดิมไว้ก่อนปรับปรุง)…"))
    progress = delayed_progress(text, QCoreApplication.translate("Startup", "ยกเลิก"),
                                QCoreApplication.translate("Startup", "เปิดฐานข้อมูล"), "upgradingDatabase", stop)

    def finished(key: str, value) -> None:
        outcome[key] = value
        loop.quit()

    run_task(migrate.upgrade, db, backups, stop, on_done=lambda backup: finished("backup", backup),
             on_error=lambda error: finished("error", error))
    if not outcome:
        loop.exec()
    end_progress(progress)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["backup"]
