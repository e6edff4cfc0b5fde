"""The certificate's own QR encoder gives exactly the symbols of reportlab's encoder, and they read back."""

from __future__ import annotations

import pytest
import zxingcpp
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from PIL import Image
from reportlab.graphics.barcode import qrencoder

from app.documents.certificate import qr as certificate_qr
from app.documents.certificate.qr import UTF8_ECI, QrCode, lost_points, modules


def reportlab_symbol(text: str) -> qrencoder.QRCode:
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(qrencoder.QRECI(UTF8_ECI))
    code.addData(qrencoder.QR8bitByte(text.encode("utf-8")))
    code.make()
    return code


def reportlab_modules(text: str) -> tuple[tuple[bool, ...], ...]:
    return tuple(tuple(bool(dark) for dark in row) for row in reportlab_symbol(text).modules)


def as_rows(matrix) -> list[int]:
    return [int("".join("1" if dark else "0" for dark in row), 2) for row in matrix]


def longest_text(version: int) -> str:
    """The longest ASCII text of ``version`` (ECI, byte-mode header and one byte a character)."""
    count_bits = 8 if version < 10 else 16
    return ("SCTH1|" * 400)[: (8 * certificate_qr._data_codewords(version) - 16 - count_bits) // 8]


@pytest.mark.parametrize("version", range(1, 13))  # version information from 7, 16-bit byte counts from 10
def test_the_longest_text_of_each_version_gives_reportlabs_symbol(version):
    text = longest_text(version)
    symbol = modules(text)
    assert len(symbol) == 4 * version + 17
    assert symbol == reportlab_modules(text)
    assert len(modules(text + "x")) == 4 * version + 21  # one more byte takes the next version


@pytest.mark.parametrize("version", [7, 16, 22, 32, 40])
def test_tables_agree_with_reportlab(version):
    blocks = qrencoder.QRRSBlock.getRSBlocks(version, qrencoder.QRErrorCorrectLevel.M)
    assert certificate_qr._data_codewords(version) == sum(b.dataCount for b in blocks)
    assert certificate_qr._total_codewords(version) == sum(b.totalCount for b in blocks)
    assert certificate_qr._alignment_centres(version) == qrencoder.QRUtil.getPatternPosition(version)


THAI_AND_ASCII = st.text(st.sampled_from("กขคงเแโอำ่้ัิีึืุู๐๑๒abcXYZ019|/. "), min_size=1, max_size=90)


@settings(max_examples=60, deadline=None)
@given(text=THAI_AND_ASCII)
def test_any_short_text_gives_reportlabs_symbol_and_penalty_points(text):
    try:
        code = reportlab_symbol(text)
    except Exception as exc:  # reportlab counts the ECI header 8 bits short: at some lengths it overflows
        assert "code length overflow" in str(exc)
        assume(False)
    assert modules(text) == tuple(tuple(bool(dark) for dark in row) for row in code.modules)
    for pattern in range(8):  # the scoring reportlab uses to choose the mask, quirks included
        code.makeImpl(True, pattern)
        assert lost_points(as_rows(code.modules), code.moduleCount) == qrencoder.QRUtil.getLostPoint(code)


def test_runs_cover_exactly_the_dark_modules():
    qr = QrCode(0, 0, 100, "SCTH1|สอจ. 001/2564|K7Q2M9XA", modules("SCTH1|สอจ. 001/2564|K7Q2M9XA"))
    n = len(qr.modules)
    drawn = [[False] * n for _ in range(n)]
    for column, row, length in qr.runs():
        assert not any(drawn[row][column : column + length])
        drawn[row][column : column + length] = [True] * length
    assert tuple(map(tuple, drawn)) == qr.modules


@pytest.mark.parametrize("text", ["SCTH1|สอจ. 001/2564|K7Q2M9XA", "x" * 300])
def test_symbols_read_back(text):
    symbol = modules(text)
    scale, quiet = 4, 4
    size = (len(symbol) + 2 * quiet) * scale
    image = Image.new("L", (size, size), 255)
    for r, row in enumerate(symbol):
        for c, dark in enumerate(row):
            if dark:
                image.paste(0, ((c + quiet) * scale, (r + quiet) * scale, (c + quiet + 1) * scale,
                                (r + quiet + 1) * scale))
    assert [b.text for b in zxingcpp.read_barcodes(image)] == [text]


def test_a_text_too_long_for_any_version_is_refused():
    with pytest.raises(ValueError):
        modules("x" * 2400)
