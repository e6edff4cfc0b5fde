"""The certificate drawn with QPainter: the preview image holds a readable QR code and matches the PDF page;
printing through QPrinter gives one landscape A4 page per certificate."""

from __future__ import annotations

import subprocess

import pytest
import zxingcpp
from PIL import Image, ImageChops, ImageFilter
from pypdf import PdfReader
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter

from app.documents.certificate import pdf as certificate_pdf
from app.documents.certificate.layout import PAGE_HEIGHT, PAGE_WIDTH
from app.views.certificates.paint import PrintFailed, print_certificates, render_image
from tests.documents.certificate_samples import batch
from tests.pdf.poppler import pdftotext, tool


def to_pil(image: QImage) -> Image.Image:
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    return Image.frombuffer("RGB", (rgb.width(), rgb.height()), bytes(rgb.constBits()), "raw", "RGB",
                            rgb.bytesPerLine(), 1)


def test_preview_image_has_the_page_shape_and_a_readable_qr_code(qapp):
    for content in batch():
        image = render_image(content, 1400)
        assert (image.width(), image.height()) == (1400, round(1400 * PAGE_HEIGHT / PAGE_WIDTH))
        found = zxingcpp.read_barcodes(to_pil(image))
        assert [b.text for b in found] == [content.qr_text]


def test_preview_looks_like_the_pdf_page(qapp, tmp_path):
    """Same layout, two painters: the ink of the Qt image and of poppler's rendering of the PDF coincide."""
    content = batch()[1]
    pdf = certificate_pdf.write([content], tmp_path / "one.pdf")
    subprocess.run([tool("pdftoppm"), "-r", "100", "-gray", "-png", str(pdf), str(tmp_path / "p")], check=True)
    poppler = Image.open(next(tmp_path.glob("p-*.png"))).convert("L")
    qt = to_pil(render_image(content, poppler.width)).convert("L").resize(poppler.size)
    blur = ImageFilter.GaussianBlur(2)
    difference = ImageChops.difference(poppler.filter(blur), qt.filter(blur))
    histogram = difference.histogram()
    far = sum(histogram[48:]) / sum(histogram)
    assert far < 0.003  # pixels that differ clearly after a 2-pixel blur: almost none
    blank = Image.new("L", poppler.size, 255)
    assert sum(ImageChops.difference(blank, qt).histogram()[48:]) / sum(histogram) > 0.02  # there is ink to compare


def test_printing_to_a_pdf_file_gives_one_landscape_page_each(qapp, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_certificates(printer, batch())
    pages = PdfReader(tmp_path / "printed.pdf").pages
    assert len(pages) == 3
    for page in pages:
        assert float(page.mediabox.width) == pytest.approx(PAGE_WIDTH, abs=1)
        assert float(page.mediabox.height) == pytest.approx(PAGE_HEIGHT, abs=1)
    text = pdftotext(tmp_path / "printed.pdf")
    assert "24" in text and "2564" in text  # Qt's text layer (the Thai comes out as Qt shapes it)


@pytest.mark.qt_log_ignore("QPainter::begin", "QPdfWriter", "QPrinter", "QFile")
def test_a_printer_that_cannot_start_is_a_clear_message(qapp, tmp_path):
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "missing" / "folder" / "x.pdf"))
    with pytest.raises(PrintFailed) as caught:
        print_certificates(printer, batch()[:1])
    assert "เริ่มพิมพ์ที่" in caught.value.message() and "x.pdf" in caught.value.message()


def test_the_installed_pyside_keeps_its_references_to_none(qapp):
    """PySide6 6.12.0 drops a reference to None on every void call and the process dies at exit
    ("none_dealloc"); pyproject.toml excludes it. A page paints about 600 such calls."""
    import sys

    from PySide6.QtGui import QPen

    pen = QPen()
    before = sys.getrefcount(None)
    for _ in range(1000):
        pen.setWidth(2)
    assert sys.getrefcount(None) >= before - 10

