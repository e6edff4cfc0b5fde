"""Certificates as PDF, parsed back: the text layer, the QR code read from the page image, fonts, cancel."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from app.core.errors import FileNotWritable
from app.documents.certificate import pdf as certificate_pdf
from app.documents.certificate.layout import PAGE_HEIGHT, PAGE_WIDTH, Emblem, Picture, QrCode, layout
from tests.documents.certificate_samples import MAKKASAN, batch
from tests.pdf.poppler import pdftotext, render, tool


@pytest.fixture(scope="module")
def pdf(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("certificates") / "batch.pdf"
    assert certificate_pdf.write(batch(), path) == path
    return path


def colour_pages(pdf: Path, out: Path, dpi: int) -> list[Image.Image]:
    subprocess.run([tool("pdftoppm"), "-r", str(dpi), "-png", str(pdf), str(out / "c")], check=True)
    return [Image.open(p).convert("RGB") for p in sorted(out.glob("c-*.png"))]


def pixels(image: Image.Image) -> list[tuple[int, int, int]]:
    """The distinct colours of an RGB image."""
    return [colour for _count, colour in image.getcolors(1 << 24)]


def test_one_landscape_a4_page_per_certificate_with_embedded_fonts(pdf):
    pages = PdfReader(pdf).pages
    assert len(pages) == 3
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in pages]
    assert sizes == [(pytest.approx(PAGE_WIDTH, abs=0.01), pytest.approx(PAGE_HEIGHT, abs=0.01))] * 3
    fonts = subprocess.run([tool("pdffonts"), str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert {row[0].split("+")[-1] for row in rows} == {"THSarabunPSK", "Laksaman-Bold"}
    assert all(row[-5] == "yes" for row in rows)  # emb column


def test_each_page_text_holds_name_developer_date_and_number(pdf):
    pages = pdftotext(pdf).split("\f")[:3]
    for page, content in zip(pages, batch(), strict=True):
        flat = "".join(page.split())  # a long name wraps over lines
        assert "".join(content.city_name.split()) in flat
        assert content.developer in page
        assert "ให้ไว้ ณ วันที่ 24 ธันวาคม พ.ศ. 2564" in page
        assert f"เลขที่ {content.number}" in page
        for signatory in content.signatories:
            assert f"({signatory.name})" in page
    assert MAKKASAN not in pages[1] and MAKKASAN in "".join(pages[1].split())  # it did wrap, and reads back whole


def test_qr_code_read_from_the_page_image_matches_the_content(pdf, tmp_path):
    images = render(pdf, tmp_path, 150)
    assert len(images) == 3
    for image, content in zip(images, batch(), strict=True):
        found = zxingcpp.read_barcodes(image)
        assert [(b.format, b.text) for b in found] == [(zxingcpp.BarcodeFormat.QRCode, content.qr_text)]
        qr = next(i for i in layout(content).items if isinstance(i, QrCode))
        scale = image.width / PAGE_WIDTH
        left, top = found[0].position.top_left.x / scale, found[0].position.top_left.y / scale
        assert abs(left - qr.x) < 3 and abs(top - qr.y) < 3  # where the layout put it, bottom left


def test_page_images_show_the_emblem_border_and_signature(pdf, tmp_path):
    images = colour_pages(pdf, tmp_path, 60)
    scale = images[0].width / PAGE_WIDTH
    page = layout(batch()[2])
    emblem = next(i for i in page.items if isinstance(i, Emblem))
    crop = images[2].crop([round(v * scale) for v in (emblem.x, emblem.y, emblem.x + emblem.size,
                                                      emblem.y + emblem.size)])
    colours = {(r > 150 and g > 120 and b < 90, g > r + 40 and g > b, b > r + 60) for r, g, b in pixels(crop)}
    assert {(True, False, False), (False, True, False), (False, False, True)} <= colours  # gold, green, blue
    r, g, b = images[2].getpixel((round(16 * scale), images[2].height // 2))  # the gold outer border
    assert r > 140 and b < 110 and r > b + 60
    picture = next(i for i in page.items if isinstance(i, Picture))
    crop = images[2].crop([round(v * scale) for v in (picture.x, picture.y, picture.x + picture.width,
                                                      picture.y + picture.height)])
    assert sum(n for n, (r, _g, b) in crop.getcolors(1 << 20) if b > 120 and r < 90) > 20  # the blue scribble
    white = images[0].crop((round(35 * scale), round(150 * scale), round(80 * scale), round(420 * scale)))
    assert set(pixels(white)) == {(255, 255, 255)}  # the side margins stay white


def test_render_returns_the_same_document_as_bytes(pdf):
    data = certificate_pdf.render(batch()[:1])
    assert data.startswith(b"%PDF") and len(PdfReader(io.BytesIO(data)).pages) == 1


def test_cancel_leaves_no_file_and_keeps_an_older_one(tmp_path):
    target = tmp_path / "out" / "certificates.pdf"
    calls = []

    def progress(done, total):
        calls.append((done, total))
        if done == 2:
            raise KeyboardInterrupt("cancelled")

    with pytest.raises(KeyboardInterrupt):
        certificate_pdf.write(batch(), target, progress)
    assert calls == [(1, 3), (2, 3)]
    assert list(target.parent.iterdir()) == []
    target.write_bytes(b"older")
    with pytest.raises(KeyboardInterrupt):
        certificate_pdf.write(batch(), target, progress)
    assert target.read_bytes() == b"older" and list(target.parent.iterdir()) == [target]


def test_an_unwritable_place_is_a_clear_message(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(FileNotWritable) as caught:
        certificate_pdf.write(batch()[:1], blocker / "sub" / "c.pdf")
    assert "บันทึกไฟล์" in caught.value.message()
    assert list(tmp_path.iterdir()) == [blocker]


def test_streams_are_binary_flate_without_ascii85(pdf):
    data = pdf.read_bytes()
    assert b"/FlateDecode" in data and b"ASCII85Decode" not in data  # app.pdf switches reportlab's A85 layer off
    assert all(page.extract_text() for page in PdfReader(pdf).pages)
