"""Certificate actions outside the Certificates pane (issue from the Cities pane, the Verify dialog)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction


def open_verify(window):
    from app.views.certificates.verify_dialog import VerifyDialog

    dialog = VerifyDialog(window.db, window.lang, window)
    dialog.show()
    return dialog


def open_settings(window):
    from app.views.certificates.settings_dialog import CertificateSettingsDialog

    dialog = CertificateSettingsDialog(window.db, window.lang, window)
    dialog.open()
    return dialog


def issue_for_cities(window, city_ids: list[int]):
    """The issue dialog with these cities ticked; once issued, the Certificates pane shows the new rows."""
    from app.views.certificates.dialogs import IssueDialog

    def show(ids: list[int]) -> None:
        window.show_pane("certificates").reload(select=ids)

    dialog = IssueDialog(window.db, window.lang, city_ids, parent=window)
    dialog.issued.connect(show)
    dialog.open()
    return dialog


def install(window) -> None:
    """Add the certificate actions to the window's menus; connect ``window.pane_created`` for the Cities pane."""
    window.file_menu.addSeparator()
    verify = QCoreApplication.translate("CertificatesMenu", "ตรวจสอบเกียรติบัตร…")
    setup = QCoreApplication.translate("CertificatesMenu", "ตั้งค่าเกียรติบัตร…")
    for text, slot, name in ((verify, open_verify, "verifyCertificate"), (setup, open_settings, "certificateSettings")):
        action = QAction(text, window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False, s=slot: s(window))
        window.file_menu.addAction(action)

    def pane_created(key: str, pane) -> None:
        if key != "cities":
            return
        action = QAction(QCoreApplication.translate("CertificatesMenu", "ออกเกียรติบัตรให้เมืองที่เลือก…"), pane)
        action.setObjectName("issueCertificates")
        action.triggered.connect(lambda _checked=False: issue_for_cities(window, pane.selected_ids()))
        pane.add_extra_action(action)

    window.pane_created.connect(pane_created)
