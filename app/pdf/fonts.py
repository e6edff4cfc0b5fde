"""Register the bundled Thai fonts with reportlab, with a text layer that extracts as typed.

reportlab draws TrueType text glyph by glyph, without OpenType positioning. Thai marks are therefore
drawn with the font's positioned legacy variants in the private-use area U+F700–U+F71A (chosen by
:mod:`app.pdf.thai_shaping`). reportlab writes each subset's ToUnicode CMap from the code points it
was given, so those variants would extract as U+F7xx: :class:`ThaiTTFont` rewrites the CMap after
reportlab built it, so that every variant maps back to the Thai letter it stands for and
pdftotext / pypdf return exactly the text that was typed.

Fonts (THAI_DOCUMENTS.md §3): body text in TH SarabunPSK; bold in Laksaman Bold, which is drawn about
1.5× larger than TH SarabunPSK at the same point size, so use :func:`bold_size` for its size.
Registration is idempotent and thread-safe; harfbuzz shaping is switched off for these fonts.
"""

from __future__ import annotations

import struct
import threading
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from app.pdf.thai_shaping import ALIASES, TO_UNICODE
from resources import ROOT

BODY = "THSarabunPSK"
BOLD = "Laksaman-Bold"
LAKSAMAN = "Laksaman"
LAKSAMAN_SCALE = 2 / 3  # Laksaman point size giving the same letter size as TH SarabunPSK

FONT_FILES = {
    BODY: "THSarabunPSK.ttf",
    BOLD: "Laksaman-Bold.ttf",
    LAKSAMAN: "Laksaman.ttf",
}
_lock = threading.Lock()
_registered = False


class ThaiTTFont(TTFont):
    """A reportlab TrueType font whose ToUnicode CMap maps the Thai PUA variants back to Thai."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename, shapable=False)
        self._add_aliases()

    def _add_aliases(self) -> None:
        """Give the alias code points of :data:`app.pdf.thai_shaping.ALIASES` their glyphs and widths."""
        face = self.face
        for alias, source in ALIASES.items():
            glyph = face.charToGlyph.get(source)
            if glyph is None:
                continue
            if alias in face.charToGlyph:
                raise ValueError(f"{self.fontName} already maps U+{alias:04X}; choose other alias code points")
            face.charToGlyph[alias] = glyph
            face.charWidths[alias] = face.charWidths.get(source, face.defaultWidth)

    def addObjects(self, doc) -> None:
        """Add the subsets as reportlab does, then replace each subset's ToUnicode CMap with ours."""
        subsets = [list(s) for s in self._assignState(doc).subsets]
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            base_name = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base_name)
            if stream is None:  # reportlab changed how it names the CMap: fail rather than write a wrong text layer
                raise RuntimeError(f"ToUnicode CMap of {base_name} not found; app.pdf.fonts needs updating")
            stream.content = to_unicode_cmap(base_name, subset)


def to_unicode_cmap(name: str, subset: list[int]) -> str:
    """A ToUnicode CMap for one subset (codes 0..255), mapping PUA variants to their Thai letters."""
    entries = [f"<{code:02X}> <{_utf16_hex(TO_UNICODE.get(cp, chr(cp)))}>" for code, cp in enumerate(subset)]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
            f"/CMapName /{name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            *_bfchar_blocks(entries),
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def _bfchar_blocks(entries: list[str]) -> list[str]:
    """bfchar sections of at most 100 entries each (the CMap format's limit)."""
    lines: list[str] = []
    for start in range(0, len(entries), 100):
        chunk = entries[start : start + 100]
        lines += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
    return lines


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def register_fonts() -> None:
    """Register TH SarabunPSK, Laksaman and Laksaman Bold with reportlab (safe to call repeatedly, cheap after the
    first time: text measuring calls it for every piece)."""
    global _registered
    if _registered:
        return
    with _lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in FONT_FILES.items():
            if name not in registered:
                pdfmetrics.registerFont(ThaiTTFont(name, str(ROOT / "fonts" / filename)))
        _registered = True


def get_font(name: str) -> ThaiTTFont:
    """The registered font object (registering the bundled fonts first if needed)."""
    register_fonts()
    font = pdfmetrics.getFont(name)
    if not isinstance(font, ThaiTTFont):
        raise TypeError(f"{name} is not a Thai font registered by app.pdf.fonts")
    return font


@cache
def win_metrics(name: str) -> tuple[float, float]:
    """(ascent, descent) in em units from OS/2 usWinAscent/usWinDescent, both positive."""
    face = get_font(name).face
    units_per_em = struct.unpack(">H", face.get_table("head")[18:20])[0]
    win_ascent, win_descent = struct.unpack(">HH", face.get_table("OS/2")[74:78])
    return win_ascent / units_per_em, win_descent / units_per_em


def single_leading(name: str, size: float) -> float:
    """Line pitch of "single" spacing as word processors set it (winAscent + winDescent); 20.75 pt for 16 pt body."""
    ascent, descent = win_metrics(name)
    return (ascent + descent) * size


def bold_size(body_size: float) -> float:
    """Point size of Laksaman (Bold) that matches TH SarabunPSK at ``body_size``."""
    return body_size * LAKSAMAN_SCALE
