"""The certificate's QR code as a module matrix, encoded once and drawn the same way by the PDF and by Qt.

reportlab's pure-Python encoder (``reportlab.graphics.barcode.qrencoder``) makes the symbol: byte mode with
an ECI 26 header (the text is UTF-8, so Thai in the certificate number reads back exactly), error correction
level M, the smallest version that holds the text. Both backends fill the same dark rectangles
(:meth:`QrCode.rects`: runs of dark modules per row, merged so no hairline seams show between modules).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.graphics.barcode import qrencoder

UTF8_ECI = 26


@dataclass(frozen=True)
class QrCode:
    x: float  # top-left corner of the symbol (without the quiet zone) in points
    y: float
    size: float
    text: str
    modules: tuple[tuple[bool, ...], ...]  # rows of dark (True) / light modules

    def runs(self) -> list[tuple[int, int, int]]:
        """(column, row, length) in modules of each horizontal run of dark modules."""
        runs = []
        for r, row in enumerate(self.modules):
            c = 0
            while c < len(row):
                if not row[c]:
                    c += 1
                    continue
                start = c
                while c < len(row) and row[c]:
                    c += 1
                runs.append((start, r, c - start))
        return runs

    def rects(self) -> list[tuple[float, float, float, float]]:
        """(x, y, width, height) of each run in page coordinates."""
        step = self.size / len(self.modules)
        return [(self.x + c * step, self.y + r * step, n * step, step) for c, r, n in self.runs()]


@lru_cache(maxsize=1024)
def modules(text: str) -> tuple[tuple[bool, ...], ...]:
    """The module matrix of ``text`` (UTF-8 bytes, ECI 26, error correction M)."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(qrencoder.QRECI(UTF8_ECI))
    code.addData(qrencoder.QR8bitByte(text.encode("utf-8")))
    code.make()
    n = code.getModuleCount()
    return tuple(tuple(bool(code.isDark(r, c)) for c in range(n)) for r in range(n))


def qr_code(text: str, x: float, y: float, size: float) -> QrCode:
    return QrCode(x, y, size, text, modules(text))
