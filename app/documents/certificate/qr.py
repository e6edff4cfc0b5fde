"""The certificate's QR code as a module matrix, encoded once by segno and drawn the same way by the PDF and by Qt.

segno (a maintained, pure-Python encoder of ISO/IEC 18004) picks the smallest version that holds the text at error
correction level M, the best mask, and writes UTF-8 with an ECI header so the Thai of a signed QR (the city's
name) reads back exactly. Both backends fill the same dark rectangles (:meth:`QrCode.rects`: runs of dark modules
per row, merged so no hairline seams show between modules).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import segno

DARK_RUN = re.compile(b"\x01+")


@dataclass(frozen=True)
class QrCode:
    x: float  # top-left corner of the symbol (without the quiet zone) in points
    y: float
    size: float
    text: str
    modules: tuple[tuple[bool, ...], ...]  # rows of dark (True) / light modules

    def runs(self) -> list[tuple[int, int, int]]:
        """(column, row, length) in modules of each horizontal run of dark modules."""
        return [(run.start(), r, run.end() - run.start()) for r, row in enumerate(self.modules)
                for run in DARK_RUN.finditer(bytes(row))]

    def rects(self) -> list[tuple[float, float, float, float]]:
        """(x, y, width, height) of each run in page coordinates."""
        step = self.size / len(self.modules)
        return [(self.x + c * step, self.y + r * step, n * step, step) for c, r, n in self.runs()]


@lru_cache(maxsize=1024)
def modules(text: str) -> tuple[tuple[bool, ...], ...]:
    """The module matrix of ``text`` (error correction M, UTF-8 bytes with ECI when not plain ASCII).

    Non-ASCII text is always byte mode: segno would otherwise pick Kanji mode when the UTF-8 bytes happen to be
    valid Shift JIS pairs ("กX" read back as "犧々"). ValueError when the text does not fit the largest QR version."""
    plain = text.isascii()
    try:
        symbol = segno.make_qr(text, error="m", boost_error=False, encoding="utf-8", eci=not plain,
                               mode=None if plain else "byte")
    except segno.DataOverflowError as exc:
        raise ValueError(str(exc)) from exc
    return tuple(tuple(bool(dark) for dark in row) for row in symbol.matrix)


def qr_code(text: str, x: float, y: float, size: float) -> QrCode:
    return QrCode(x, y, size, text, modules(text))
