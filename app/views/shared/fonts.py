"""Register the bundled Thai fonts, so Thai renders on machines without any Thai font."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from resources import ROOT

FONTS = ROOT / "fonts"
UI_FAMILY = "Laksaman"
DOCUMENT_FAMILY = "TH SarabunPSK"


def register_fonts() -> list[str]:
    families: list[str] = []
    for path in sorted(FONTS.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def apply_ui_font(app: QApplication, point_size: float = 11.0) -> None:
    families = register_fonts()
    if UI_FAMILY in families:
        font = QFont(UI_FAMILY)
        font.setPointSizeF(point_size)
        font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
        app.setFont(font)
