"""Verify dialog, certificate settings, the reason dialog, file names, and the menu and Cities pane hooks."""

from __future__ import annotations

from datetime import date
from pathlib import PurePosixPath, PureWindowsPath

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from app.certificates import certificates
from app.certificates import settings as certificate_settings
from app.certificates.numbers import qr_text
from app.registers import records
from app.registers.catalog import CITIES
from app.views.certificates.dialogs import IssueDialog, ReasonDialog
from app.views.certificates.output import NAME_BYTES, file_name
from app.views.certificates.settings_dialog import CertificateSettingsDialog
from app.views.certificates.verify_dialog import INVALID_STYLE, VALID_STYLE, VerifyDialog
from app.views.main_window import MainWindow
from tests.views.conftest import type_text, with_features


def rows(db, **filters):
    with db.session() as session:
        return certificates.list_rows(session, **filters)


def valid_row(db):
    return next(r for r in rows(db) if r.current and r.valid_until >= date.today())


@pytest.fixture
def verify(qtbot, db):
    dialog = VerifyDialog(db)
    qtbot.addWidget(dialog)
    return dialog


def check(dialog: VerifyDialog, text: str, qtbot=None):
    """Typed as a handheld QR scanner does: the text, then Enter (the dialog stays open for the next scan)."""
    if not dialog.isVisible():
        dialog.show()
    dialog.input.clear()
    dialog.input.setFocus()
    type_text(dialog.input, text)
    QTest.keyClick(dialog.input, Qt.Key.Key_Return)
    assert dialog.isVisible()
    return dialog.result


@pytest.mark.parametrize("enter", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_a_scan_ending_with_enter_verifies_and_keeps_the_dialog_open(qtbot, db, enter):
    """Handheld scanners type the QR text and then Enter: that must verify, not close the dialog (issue 12)."""
    row = valid_row(db)
    dialog = VerifyDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.input.setFocus()
    type_text(dialog.input, qr_text(row.number, row.verification_code))
    qtbot.keyClick(dialog.input, enter)
    assert dialog.isVisible() and dialog.result is not None and dialog.result.status == "valid"
    type_text(dialog.input, "สมอ. 999/2599")  # the next scan replaces the selected text
    qtbot.keyClick(dialog.input, enter)
    assert dialog.isVisible() and dialog.result.status == "not_found"
    dialog.input.clear()
    qtbot.keyClick(dialog.input, enter)  # Enter on an empty field: nothing, still open
    assert dialog.isVisible()
    qtbot.keyClick(dialog.input, Qt.Key.Key_Escape)  # Esc still closes
    assert not dialog.isVisible()


def test_verify_a_typed_number_shows_the_record_in_green(verify, db):
    row = valid_row(db)
    spaced = row.number.replace(" ", "  ").replace("0", "๐")  # extra spaces and Thai digits as typed
    result = check(verify, spaced)
    assert result.status == "valid" and result.row.id == row.id
    text = verify.panel.text()
    assert "ถูกต้อง" in text and row.city_name in text and (row.developer or "") in text
    assert verify.panel.styleSheet() == VALID_STYLE


def test_verify_scanned_qr_text_and_a_forged_one(verify, db):
    row = valid_row(db)
    assert check(verify, qr_text(row.number, row.verification_code)).status == "valid"
    forged = check(verify, qr_text(row.number, "AAAAAAAA" if row.verification_code != "AAAAAAAA" else "BBBBBBBB"))
    assert forged.status == "bad_check" and verify.panel.styleSheet() == INVALID_STYLE
    assert "รหัสตรวจสอบ" in verify.panel.text()


def test_verify_not_found(verify):
    result = check(verify, "สมอ. 999/2599")
    assert result.status == "not_found" and not result.ok
    assert "ไม่พบ" in verify.panel.text() and verify.panel.styleSheet() == INVALID_STYLE


def test_revoked_then_verify_shows_revoked(qtbot, db):
    row = valid_row(db)
    with db.session() as session:
        certificates.revoke(session, row.id, reason="ไม่ดำเนินการตามแผน")
    dialog = VerifyDialog(db)
    qtbot.addWidget(dialog)
    result = check(dialog, row.number)
    assert result.status == "revoked"
    text = dialog.panel.text()
    assert "ถูกเพิกถอน" in text and "ไม่ดำเนินการตามแผน" in text and row.city_name in text
    assert dialog.panel.styleSheet() == INVALID_STYLE


def test_verify_in_english(qtbot, db):
    dialog = VerifyDialog(db, "en")
    qtbot.addWidget(dialog)
    row = valid_row(db)
    check(dialog, row.number)
    assert f"Certificate {row.number} is valid" in dialog.panel.text()


def press_ok(qtbot, dialog) -> None:
    """The dialog's Save/OK button, clicked (never its Python method)."""
    dialog.show()
    box = dialog.findChild(QDialogButtonBox)
    button = next(b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def refused(dialog) -> bool:
    return dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted


def test_settings_dialog_shows_a_live_example_and_saves(qtbot, db, tmp_path):
    dialog = CertificateSettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.pattern.setText("ทดสอบ {run:04d}/{year}")
    assert "ทดสอบ 0001/" in dialog.example.text() and "ทดสอบ 0012/" in dialog.example.text()
    dialog.pattern.setText("ทดสอบ {year}")
    assert "{run}" in dialog.example.text()  # the rule, shown while typing
    press_ok(qtbot, dialog)
    assert refused(dialog) and dialog.errors["number_pattern"].isVisibleTo(dialog)
    with db.session() as session:
        assert certificate_settings.load(session).number_pattern != "ทดสอบ {year}"  # nothing written

    image = QImage(1600, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    image.save(str(tmp_path / "sign.jpg"))
    dialog.pattern.setText("ทดสอบ {run:04d}/{year}")
    dialog.valid_years.setValue(3)
    dialog.signers[2].name.setText("นางสาวทดสอบ ลงนาม")
    dialog.signers[2].position.setPlainText("ผู้อำนวยการ\nสำนักงานทดสอบ")
    assert dialog.signers[2].load_image(str(tmp_path / "sign.jpg"))
    with qtbot.waitSignal(dialog.settings_saved):
        press_ok(qtbot, dialog)
    with db.session() as session:
        saved = certificate_settings.load(session)
    assert saved.number_pattern == "ทดสอบ {run:04d}/{year}" and saved.valid_years == 3
    signer = saved.signatories[-1]
    assert signer.name == "นางสาวทดสอบ ลงนาม" and signer.position == "ผู้อำนวยการ\nสำนักงานทดสอบ"
    stored = QImage.fromData(signer.signature_png)
    assert signer.signature_png.startswith(b"\x89PNG") and stored.width() == 800  # scaled down, kept as PNG


def test_settings_dialog_keeps_the_dates_of_office(qtbot, db):
    """The signatory history: a predecessor until a date, a successor from the next day, both kept."""
    dialog = CertificateSettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.signers[0].to_on.line.setText("31/8/2566")
    dialog.signers[1].name.setText("นายผู้สืบตำแหน่ง สมมุตินาม")
    dialog.signers[1].position.setPlainText("รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม")
    dialog.signers[1].from_on.line.setText("1/9/2566")
    with qtbot.waitSignal(dialog.settings_saved):
        press_ok(qtbot, dialog)
    with db.session() as session:
        first, second = certificate_settings.load(session).signatories[:2]
    assert (first.to_on, second.from_on) == (date(2023, 8, 31), date(2023, 9, 1))
    dialog.signers[1].from_on.line.setText("ไม่ทราบ")
    dialog.open()  # again, as the user reopens it
    press_ok(qtbot, dialog)
    assert refused(dialog) and "ดำรงตำแหน่ง" in dialog.errors["signatories"].text()


def test_settings_dialog_refuses_a_signatory_without_a_position(qtbot, db):
    dialog = CertificateSettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.signers[2].name.setText("ชื่ออย่างเดียว")
    press_ok(qtbot, dialog)
    assert refused(dialog)
    assert dialog.errors["signatories"].isVisibleTo(dialog) and "ตำแหน่ง" in dialog.errors["signatories"].text()


def test_reason_dialog_needs_a_reason_and_a_valid_date(qtbot):
    dialog = ReasonDialog("เพิกถอน", "th", issue_date=True, today=date(2024, 1, 2))
    qtbot.addWidget(dialog)
    press_ok(qtbot, dialog)
    assert refused(dialog) and "เหตุผล" in dialog.error.text()
    dialog.reason.setPlainText("  สะกดชื่อผิด ")
    dialog.date.set_value("30/2/2567")
    press_ok(qtbot, dialog)
    assert refused(dialog) and "พ.ศ." in dialog.error.text()
    dialog.date.set_value("2/1/2567")
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert dialog.values() == ("สะกดชื่อผิด", date(2024, 1, 2))


@given(st.text(max_size=40), st.text(max_size=400))
def test_file_names_are_safe_on_every_system(number, city):
    name = file_name(number, city)
    assert name.endswith(".pdf") and len(name.encode()) <= NAME_BYTES + 4
    assert PurePosixPath(name).name == name and PureWindowsPath(name).name == name
    assert not any(c in name for c in '\\/:*?"<>|') and not any(ord(c) < 32 for c in name)
    assert name != ".pdf"


def test_menu_and_cities_pane_issue_hook(qtbot, db):
    with db.session() as session:
        fresh = records.create(session, CITIES, {
            "name_th": "เมืองใหม่จากแผงพื้นที่", "provinces": ["TH-40"], "developer": "เทศบาลนครทดสอบ",
            "city_type": "new", "certified_on": date(2024, 1, 15)}).id
    window = MainWindow(db)
    qtbot.addWidget(window)
    with_features(qtbot, window)
    names = {a.objectName() for a in window.file_menu.actions()}
    assert {"verifyCertificate", "certificateSettings"} <= names
    cities = window.show_pane("cities")  # the first pane: loaded already, or still loading
    qtbot.waitUntil(lambda: not cities._loading and cities.model.rowCount() > 0, timeout=20000)
    action = next(a for a in cities.extra_actions if a.objectName() == "issueCertificates")
    cities.select_ids([fresh])
    action.trigger()
    dialog = window.findChildren(IssueDialog)[-1]
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        pass
    assert dialog.checked_ids() == [fresh]  # only the cities selected in the Cities pane
    dialog.issue_date.set_value(date(2024, 12, 24))
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: "certificates" in window.panes and not window.panes["certificates"]._loading
                    and len(window.panes["certificates"].selected_ids()) == 1, timeout=20000)
    pane = window.panes["certificates"]
    assert window.current_pane() is pane
    next(a for a in window.file_menu.actions() if a.objectName() == "verifyCertificate").trigger()
    assert window.findChildren(VerifyDialog)
