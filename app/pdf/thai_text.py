"""Thai strings on a reportlab canvas: shape, measure, draw, and Thai digits.

Always measure and draw the *shaped* string (:func:`app.pdf.thai_shaping.shape_thai`): the positioned
variants of ญ and ฐ are narrower than the plain letters, while the mark variants, like the marks
themselves, have zero advance. Shaping works per character cluster, so the width of a text is the
sum of the widths of its pieces as long as no piece starts inside a cluster (reportlab applies no
kerning). Fonts come from :mod:`app.pdf.fonts`; nothing here imports Qt.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.pdf.fonts import get_font, register_fonts
from app.pdf.thai_shaping import shape_thai

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
ARABIC_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


@lru_cache(maxsize=16384)  # certificates and minutes repeat most of their lines (names, positions, headings)
def shape_for(text: str, font_name: str) -> str:
    """``text`` with the mark variants this font has (what to hand to ``drawString``)."""
    return shape_thai(text, get_font(font_name).face.charToGlyph)


WIDTH_CHANGING = frozenset("ญฐ")  # only these swap to a glyph of another width (without descender)


@lru_cache(maxsize=65536)
def text_width(text: str, font_name: str, size: float) -> float:
    """Width in points of ``text`` as drawn (shaped) in ``font_name`` at ``size``.

    Mark variants have zero advance like the marks they replace, so shaping only matters for ญ and ฐ."""
    register_fonts()  # measuring may come first (line breaking), before anything is drawn
    drawn = shape_for(text, font_name) if not WIDTH_CHANGING.isdisjoint(text) else text
    return stringWidth(drawn, font_name, size)


def draw_thai(canvas: Canvas, x: float, y: float, text: str, font_name: str, size: float, align: str = "left") -> float:
    """Draw one line of Thai at baseline ``y``; ``x`` is its left, centre or right per ``align``. Returns the width."""
    shaped = shape_for(text, font_name)
    width = text_width(text, font_name, size)
    left = x - {"left": 0.0, "center": width / 2, "right": width}[align]
    canvas.setFont(font_name, size)
    canvas.drawString(left, y, shaped)
    return width


def to_thai_digits(text: str) -> str:
    """Replace Arabic digits 0–9 by Thai digits ๐–๙ (for documents printed with Thai digits)."""
    return text.translate(THAI_DIGITS)


def to_arabic_digits(text: str) -> str:
    """Replace Thai digits ๐–๙ by Arabic digits 0–9."""
    return text.translate(ARABIC_DIGITS)
