"""The certificate's QR symbols (drawn by segno) read back exactly, Thai and signed texts included."""

from __future__ import annotations

import time

import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from app.certificates import signing
from app.documents.certificate.qr import QrCode, modules

SIGNED = ("SCTH2|1a2b3c4d|สมอ. 001/2564|2021-12-24|2023-12-24|เทศบาลนครขอนแก่น เมืองอัจฉริยะ|" + "A" * 86)


def read_back(symbol) -> list[str]:
    scale, quiet = 4, 4
    size = (len(symbol) + 2 * quiet) * scale
    image = Image.new("L", (size, size), 255)
    for r, row in enumerate(symbol):
        for c, dark in enumerate(row):
            if dark:
                image.paste(0, ((c + quiet) * scale, (r + quiet) * scale, (c + quiet + 1) * scale,
                                (r + quiet + 1) * scale))
    return [b.text for b in zxingcpp.read_barcodes(image)]


def test_runs_cover_exactly_the_dark_modules():
    qr = QrCode(0, 0, 100, SIGNED, modules(SIGNED))
    n = len(qr.modules)
    drawn = [[False] * n for _ in range(n)]
    for column, row, length in qr.runs():
        assert not any(drawn[row][column : column + length])
        drawn[row][column : column + length] = [True] * length
    assert tuple(map(tuple, drawn)) == qr.modules


@pytest.mark.parametrize("text", ["SCTH1|สอจ. 001/2564|K7Q2M9XA", "x" * 300, SIGNED, "กX"])  # กX: Shift JIS bytes
def test_symbols_read_back(text):
    assert read_back(modules(text)) == [text]


def test_a_real_signed_text_reads_back_and_verifies():
    signer = signing.ephemeral()
    from datetime import date

    text = signer.qr_text("สมอ. ๐๐๑/๒๕๖๔", date(2021, 12, 24), date(2023, 12, 24), "เมืองทดสอบ|ยาว")
    assert read_back(modules(text)) == [text]
    signing.trust(signer.public)
    assert signing.parse(text).genuine


THAI_AND_ASCII = st.text(st.sampled_from("กขคงเแโอำ่้ัิีึืุู๐๑๒abcXYZ019|/. "), min_size=1, max_size=200)


@settings(max_examples=25, deadline=None)
@given(text=THAI_AND_ASCII)
def test_any_text_reads_back(text):
    assert read_back(modules(text)) == [text]


def test_a_text_too_long_for_any_version_is_refused():
    with pytest.raises(ValueError):
        modules("x" * 3000)


def test_a_signed_symbol_takes_milliseconds():
    modules.cache_clear()
    start = time.perf_counter()
    for n in range(20):
        modules(SIGNED + str(n))
    assert (time.perf_counter() - start) / 20 < 0.1
