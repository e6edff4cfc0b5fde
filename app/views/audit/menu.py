"""Adds the accountability actions to the main window: the History window and each record's own history, backups,
the signing key, the personal data report; and hides what the person's role may not do."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog, QLineEdit, QMenu, QMessageBox

from app.access import roles
from app.audit.tables import BY_KEY
from app.views.audit import backup_actions
from app.views.shared import settings


def open_history(window, table: str | None = None, record_id: str | None = None):
    from app.views.audit.history_window import HistoryWindow

    history = HistoryWindow(window.db, window.lang, window, table, record_id)
    history.show()
    return history


def open_personal(window):
    from app.views.audit.personal_dialog import PersonalDataDialog

    dialog = PersonalDataDialog(window.db, window.lang, window)
    dialog.open()
    return dialog


def unlock_key(window, path: str | None = None, passphrase: str | None = None) -> bool:
    from app.certificates import signing
    from app.core.errors import UserError

    if path is None:
        title = Q.translate("AuditMenu", "ไฟล์กุญแจลงนาม")
        path, _ = QFileDialog.getOpenFileName(window, title, settings.SIGNING_KEY_FILE.get() or str(Path.home()))
    if not path:
        return False
    if passphrase is None:
        title, label = Q.translate("AuditMenu", "ปลดล็อกกุญแจลงนาม"), Q.translate("AuditMenu", "รหัสผ่านของกุญแจ")
        passphrase, ok = QInputDialog.getText(window, title, label, QLineEdit.EchoMode.Password)
        if not ok:
            return False
    try:
        signer = signing.load(Path(path), passphrase)
    except UserError as error:
        QMessageBox.warning(window, Q.translate("AuditMenu", "ปลดล็อกกุญแจลงนาม"), error.message(window.lang))
        return False
    signing.use(signer)
    settings.SIGNING_KEY_FILE.set(path)
    window.statusBar().showMessage(Q.translate("AuditMenu", "กุญแจลงนามพร้อมใช้ (รหัสกุญแจ {kid})").format(
        kid=signing.key_id(signer.public)), 10000)
    return True


ACTIONS = (  # object name, text (translated when shown), needed role, slot, shortcut
    ("history", QT_TRANSLATE_NOOP("AuditMenu", "ประวัติการแก้ไขข้อมูล…"), "viewer", open_history, "Ctrl+Shift+H"),
    ("backupNow", QT_TRANSLATE_NOOP("AuditMenu", "สำรองข้อมูล…"), "viewer", backup_actions.back_up, None),
    ("restoreBackup", QT_TRANSLATE_NOOP("AuditMenu", "กู้คืนจากไฟล์สำรอง…"), "admin", backup_actions.restore, None),
    ("backupSchedule", QT_TRANSLATE_NOOP("AuditMenu", "ตั้งค่าการสำรองข้อมูลอัตโนมัติ…"), "viewer",
     lambda w: backup_actions.ScheduleDialog(w).open(), None),
    ("unlockSigningKey", QT_TRANSLATE_NOOP("AuditMenu", "ปลดล็อกกุญแจลงนาม…"), "secretary", unlock_key, None),
    ("personalData", QT_TRANSLATE_NOOP("AuditMenu", "รายงานข้อมูลส่วนบุคคล…"), "secretary", open_personal, None),
)


def _record_history(window, key: str, pane) -> None:
    ids = pane.selected_ids()
    open_history(window, BY_KEY.get(key, key), str(ids[0]) if ids else None)


def _history_button(window, key: str, form, record_id: int) -> None:
    """The record's own history from its form: a button beside Save and Cancel."""
    button = form.buttons.addButton(Q.translate("AuditMenu", "ประวัติการแก้ไข…"), QDialogButtonBox.ButtonRole.ActionRole)
    button.setObjectName("formHistory")
    button.setAutoDefault(False)
    button.clicked.connect(lambda: open_history(window, BY_KEY.get(key, key), str(record_id)))


def _pane_created(window, key: str, pane) -> None:
    if hasattr(pane, "add_extra_action") and hasattr(pane, "selected_ids") and key in BY_KEY:
        action = QAction(Q.translate("AuditMenu", "ประวัติการแก้ไขของรายการที่เลือก…"), pane)
        action.setObjectName("recordHistory")
        action.triggered.connect(lambda: _record_history(window, key, pane))
        pane.add_extra_action(action)
        if hasattr(pane, "editing"):
            pane.editing.connect(lambda form, record_id: _history_button(window, key, form, record_id))


def install(window) -> None:
    """The File menu's entries (each shown to the roles that may use it), the history of a pane's record, the
    scheduled backup. ``window.role`` is the main window's own (its panes' limits: ``app.views.audit.limits``)."""
    window.file_menu.addSeparator()
    for name, text, needed, slot, shortcut in ACTIONS:
        action = QAction(Q.translate("AuditMenu", text), window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False, s=slot: s(window))
        action.setVisible(roles.at_least(window.role, needed))
        window.file_menu.addAction(action)
    window.pane_created.connect(lambda key, pane: _pane_created(window, key, pane))
    window.backup_timer = backup_actions.install(window)
    if not roles.at_least(window.role, "secretary"):  # imports are the secretary's (แฟ้ม → Excel → นำเข้า)
        excel = window.file_menu.findChild(QMenu, "excelMenu")
        for action in excel.actions() if excel is not None else ():
            if action.menu() is not None:
                action.setVisible(False)


def screenshot_windows(window) -> list[tuple[str, object]]:
    """The History window and the personal data report as a user first sees them (for `screenshots`)."""
    from app.views.audit.personal_dialog import PersonalDataDialog

    history = open_history(window)
    report = PersonalDataDialog(window.db, window.lang, window)
    report.show_overdue()
    report.search.setText("")
    with window.db.session() as session:
        from app.audit import personal

        found = personal.find(session, "@")
    if found:
        report._fill(found)
        report.people.setCurrentRow(0)
    report.show()
    return [("history", history), ("personal-data", report)]
