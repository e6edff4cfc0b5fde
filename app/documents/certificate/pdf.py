"""Emblem certificates as one PDF: a page per certificate, drawn from ``certificate_layout`` with reportlab.

Text is shaped by ``app.pdf`` like the minutes: embedded subsets of TH SarabunPSK and Laksaman Bold, marks
positioned, and a text layer that extracts exactly as typed; a page's lines go into one text object, drawn after
the graphics (they never overlap). The emblem is drawn once as a form XObject and placed on every page.
``progress(done, total)`` is called after each page and may raise to cancel: ``write`` then leaves no file behind.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from functools import lru_cache
from io import BytesIO
from pathlib import Path

from reportlab.lib.colors import HexColor, black
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from app.certificates.content import CertificateContent
from app.core.errors import FileNotWritable
from app.documents.certificate.emblem import Artwork, load, trace
from app.documents.certificate.layout import PAGE_HEIGHT, PAGE_WIDTH, Emblem, Page, Picture, Rect, Rule, Text, layout
from app.documents.certificate.qr import QrCode
from app.pdf import register_fonts
from app.pdf.thai_text import shape_for

Progress = Callable[[int, int], None]
EMBLEM_FORM = "emblem"


def render(contents: Sequence[CertificateContent], progress: Progress | None = None) -> bytes:
    """The PDF of ``contents``, one page each, as bytes."""
    buffer = BytesIO()
    _draw(contents, buffer, progress)
    return buffer.getvalue()


def write(contents: Sequence[CertificateContent], path: Path, progress: Progress | None = None) -> Path:
    """Write the PDF to ``path`` (through ``path.part``, renamed when complete); returns ``path``."""
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _draw(contents, str(partial), progress)
        partial.replace(path)
    except OSError as exc:
        _remove(partial)
        raise FileNotWritable(str(path), exc.strerror or exc) from exc
    except BaseException:
        _remove(partial)
        raise
    return path


def _remove(partial: Path) -> None:
    with contextlib.suppress(OSError):
        partial.unlink(missing_ok=True)


def _draw(contents: Sequence[CertificateContent], target, progress: Progress | None) -> None:
    register_fonts()
    canvas = Canvas(target, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), initialFontName="THSarabunPSK")
    canvas.setTitle("เกียรติบัตรตราสัญลักษณ์เมืองอัจฉริยะ")
    canvas.setAuthor("สำนักงานเมืองอัจฉริยะประเทศไทย")
    canvas.setCreator("smartcity-secretariat")
    _emblem_form(canvas, load())
    for done, content in enumerate(contents, start=1):
        _page(canvas, layout(content))
        canvas.showPage()
        if progress is not None:
            progress(done, len(contents))
    canvas.save()


def _page(canvas: Canvas, page: Page) -> None:
    text = canvas.beginText()
    font = colour = None
    for item in page.items:
        if not isinstance(item, Text):
            _DRAW[type(item)](canvas, item)
            continue
        if item.color != colour:
            colour = item.color
            text.setFillColor(_colour(colour))
        if (item.font, item.size) != font:
            font = item.font, item.size
            text.setFont(*font)
        _text(text, item)
    canvas.drawText(text)


_colour = lru_cache(maxsize=64)(HexColor)


def _y(y: float) -> float:
    """reportlab's y (upwards from the bottom) of a layout y (downwards from the top)."""
    return PAGE_HEIGHT - y


def _emblem_form(canvas: Canvas, art: Artwork) -> None:
    canvas.beginForm(EMBLEM_FORM, 0, 0, art.width, art.height)
    canvas.translate(-art.x, art.y + art.height)
    canvas.scale(1, -1)  # SVG y grows downwards
    for shape in art.shapes:
        path = canvas.beginPath()
        trace(shape.segments, path.moveTo, path.lineTo, path.curveTo, path.close)
        if shape.fill:
            canvas.setFillColor(HexColor(shape.fill))
        if shape.stroke:
            canvas.setStrokeColor(HexColor(shape.stroke))
            canvas.setLineWidth(shape.stroke_width)
        canvas.drawPath(path, stroke=int(shape.stroke is not None), fill=int(shape.fill is not None))
    canvas.endForm()


def _emblem(canvas: Canvas, item: Emblem) -> None:
    art = load()
    canvas.saveState()
    canvas.translate(item.x, _y(item.y + item.size))
    canvas.scale(item.size / art.width, item.size / art.height)
    canvas.doForm(EMBLEM_FORM)
    canvas.restoreState()


def _text(text: PDFTextObject, item: Text) -> None:
    text.setTextOrigin(item.x, _y(item.baseline))
    text.textLine(shape_for(item.text, item.font))


def _rect(canvas: Canvas, item: Rect) -> None:
    if item.stroke:
        canvas.setStrokeColor(_colour(item.stroke))
        canvas.setLineWidth(item.line_width)
    if item.fill:
        canvas.setFillColor(_colour(item.fill))
    canvas.rect(item.x, _y(item.y + item.height), item.width, item.height, stroke=int(bool(item.stroke)),
                fill=int(bool(item.fill)))


def _rule(canvas: Canvas, item: Rule) -> None:
    canvas.saveState()
    canvas.setStrokeColor(_colour(item.color))
    canvas.setLineWidth(item.line_width)
    if item.dotted:
        canvas.setLineCap(1)
        canvas.setDash([0, 3 * item.line_width])
    canvas.line(item.x1, _y(item.y1), item.x2, _y(item.y2))
    canvas.restoreState()


def _qr(canvas: Canvas, item: QrCode) -> None:
    """The dark runs as one filled path, written in module units (short integer operators, fast)."""
    step = item.size / len(item.modules)
    canvas.saveState()
    canvas.translate(item.x, _y(item.y))
    canvas.scale(step, -step)
    canvas.setFillColor(black)
    canvas.addLiteral("\n".join(f"{c} {r} {w} 1 re" for c, r, w in item.runs()) + "\nf")
    canvas.restoreState()


def _picture(canvas: Canvas, item: Picture) -> None:
    canvas.drawImage(ImageReader(BytesIO(item.png)), item.x, _y(item.y + item.height), item.width, item.height,
                     mask="auto")


_DRAW = {Rect: _rect, Rule: _rule, Emblem: _emblem, QrCode: _qr, Picture: _picture}
