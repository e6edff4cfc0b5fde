"""The bundled Thai fonts are registered and cover Thai, whatever the workstation has installed."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics

from app.views.shared.fonts import DOCUMENT_FAMILY, FONTS, UI_FAMILY, register_fonts


def test_bundled_fonts_have_their_licences():
    names = {p.name for p in FONTS.iterdir()}
    assert {"THSarabunPSK.ttf", "Laksaman.ttf", "Laksaman-Bold.ttf"} <= names
    assert {"OFL-THSarabunPSK.txt", "COPYRIGHT-Laksaman.txt", "GPL-2.txt"} <= names
    assert "SIL Open Font License" in (FONTS / "OFL-THSarabunPSK.txt").read_text(encoding="utf-8")


def test_fonts_register_and_cover_thai(qapp):
    families = register_fonts()
    assert UI_FAMILY in families and DOCUMENT_FAMILY in families
    for family in (UI_FAMILY, DOCUMENT_FAMILY):
        assert QFontDatabase.WritingSystem.Thai in QFontDatabase.writingSystems(family)
        metrics = QFontMetrics(QFont(family, 12))
        assert QFontInfo(QFont(family, 12)).family() == family
        assert all(metrics.inFontUcs4(ord(ch)) for ch in "ที่ประชุมดำเนินงานผู้ใหญ่น้ำ")


def test_application_font_is_the_bundled_thai_font(qapp):
    assert QFontInfo(qapp.font()).family() == UI_FAMILY
