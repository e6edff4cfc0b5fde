"""The certificate page on a QPainter, for the in-app preview and for printing, from the same layout as the PDF.

``app.documents.certificate.layout`` places every line, rule, the emblem, the QR modules and the signature images
in points; this module only draws them, scaled into the target rectangle. Text uses the bundled fonts
(TH SarabunPSK, Laksaman Bold) at a reference pixel size under a scale transform, unhinted and without kerning,
so any size works on any device (screen image or a 1200 dpi printer) and widths follow the PDF's metrics.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtPrintSupport import QPrinter

from app.certificates.content import CertificateContent
from app.core.errors import UserError
from app.documents.certificate.emblem import load, trace
from app.documents.certificate.layout import PAGE_HEIGHT, PAGE_WIDTH, Emblem, Picture, Rect, Rule, Text, layout
from app.documents.certificate.qr import QrCode
from app.pdf import BOLD
from app.views.shared.fonts import DOCUMENT_FAMILY, UI_FAMILY, register_fonts

REFERENCE_PIXELS = 100  # font pixel size drawn under a scale of size / REFERENCE_PIXELS


class PrintFailed(UserError):
    def __init__(self, printer: str):
        super().__init__("เริ่มพิมพ์ที่ {printer} ไม่ได้", printer=printer)


def paint_certificate(painter: QPainter, content: CertificateContent, target: QRectF) -> None:
    """Draw the page of ``content`` scaled into ``target`` (centred, aspect kept), on a white page."""
    _ensure_fonts()
    page = layout(content)
    scale = min(target.width() / page.width, target.height() / page.height)
    painter.save()
    painter.translate(target.x() + (target.width() - page.width * scale) / 2,
                      target.y() + (target.height() - page.height * scale) / 2)
    painter.scale(scale, scale)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform)
    painter.fillRect(QRectF(0, 0, page.width, page.height), Qt.GlobalColor.white)
    for item in page.items:
        _DRAW[type(item)](painter, item)
    painter.restore()


def render_image(content: CertificateContent, width_px: int) -> QImage:
    """The page as an image ``width_px`` wide (previews, tests)."""
    image = QImage(width_px, round(width_px * PAGE_HEIGHT / PAGE_WIDTH), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        paint_certificate(painter, content, QRectF(0, 0, image.width(), image.height()))
    finally:
        painter.end()
    return image


def print_certificates(printer: QPrinter, contents: Sequence[CertificateContent],
                       progress: Callable[[int, int], None] | None = None) -> None:
    """Print one A4 landscape page per certificate on ``printer`` (a printer from the print dialog, or a PDF file).

    ``progress(done, total)`` is called after each page; if it raises, the print job is aborted and it re-raises."""
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setFullPage(True)  # the certificate keeps its own margins
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(printer.outputFileName() or printer.printerName())
    try:
        paper = printer.pageLayout().fullRectPixels(printer.resolution())
        for number, content in enumerate(contents):
            if number:
                printer.newPage()
            paint_certificate(painter, content, QRectF(0, 0, paper.width(), paper.height()))
            if progress is not None:
                progress(number + 1, len(contents))
    except BaseException:
        printer.abort()  # nothing more reaches the printer of a cancelled or failed job
        painter.end()
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            Path(printer.outputFileName()).unlink(missing_ok=True)  # Qt's PDF engine cannot abort: drop the file
        raise
    painter.end()


def _ensure_fonts() -> None:
    families = set(QFontDatabase.families())
    if DOCUMENT_FAMILY not in families or UI_FAMILY not in families:
        register_fonts()


def _font(name: str) -> QFont:
    font = QFont(UI_FAMILY if name == BOLD else DOCUMENT_FAMILY)
    font.setPixelSize(REFERENCE_PIXELS)
    font.setBold(name == BOLD)
    font.setKerning(False)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def _pen(color: str, width: float) -> QPen:
    pen = QPen(QColor(color), width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


def _text(painter: QPainter, item: Text) -> None:
    painter.save()
    painter.translate(item.x, item.baseline)
    painter.scale(item.size / REFERENCE_PIXELS, item.size / REFERENCE_PIXELS)
    painter.setFont(_font(item.font))
    painter.setPen(QColor(item.color))
    painter.drawText(QPointF(0, 0), item.text)
    painter.restore()


def _rect(painter: QPainter, item: Rect) -> None:
    painter.setPen(_pen(item.stroke, item.line_width) if item.stroke else Qt.PenStyle.NoPen)
    painter.setBrush(QColor(item.fill) if item.fill else Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(item.x, item.y, item.width, item.height))


def _rule(painter: QPainter, item: Rule) -> None:
    pen = _pen(item.color, item.line_width)
    if item.dotted:
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setDashPattern([0.01, 3.0])
    painter.setPen(pen)
    painter.drawLine(QPointF(item.x1, item.y1), QPointF(item.x2, item.y2))


@lru_cache(maxsize=1)
def _emblem_paths() -> tuple[tuple[QPainterPath, QPen | None, QBrush | None], ...]:
    art = load()
    shapes = []
    for shape in art.shapes:
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)
        trace(shape.segments, path.moveTo, path.lineTo, path.cubicTo, path.closeSubpath)
        pen = _pen(shape.stroke, shape.stroke_width) if shape.stroke else None
        shapes.append((path, pen, QBrush(QColor(shape.fill)) if shape.fill else None))
    return tuple(shapes)


def _emblem(painter: QPainter, item: Emblem) -> None:
    art = load()
    painter.save()
    painter.translate(item.x, item.y)
    painter.scale(item.size / art.width, item.size / art.height)
    painter.translate(-art.x, -art.y)
    for path, pen, brush in _emblem_paths():
        painter.setPen(pen or Qt.PenStyle.NoPen)
        painter.setBrush(brush or Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    painter.restore()


def _qr(painter: QPainter, item: QrCode) -> None:
    path = QPainterPath()
    for x, y, w, h in item.rects():
        path.addRect(x, y, w, h)
    painter.fillPath(path, QColor("#000000"))


def _picture(painter: QPainter, item: Picture) -> None:
    painter.drawImage(QRectF(item.x, item.y, item.width, item.height), QImage.fromData(item.png))


_DRAW = {Text: _text, Rect: _rect, Rule: _rule, Emblem: _emblem, QrCode: _qr, Picture: _picture}
