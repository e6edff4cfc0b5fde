"""Draw a document of blocks as an official Thai PDF: TH SarabunPSK 16 pt, margins 3 cm left and 2 cm right,
page numbers "- ๒ -" centred at the top from page 2, Thai digits on request (THAI_DOCUMENTS.md §1)."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import BaseDocTemplate, Frame, KeepTogether, PageTemplate, Spacer, Table, TableStyle

from app.core.errors import FileNotWritable
from app.documents.blocks import Document, Label, Para, People, Signatures, Title
from app.pdf import BODY, BOLD, ThaiParagraph, ThaiStyle, bold_size, draw_thai, to_thai_digits

SIZE = 16
LEFT, RIGHT, TOP, BOTTOM = 3 * cm, 2 * cm, 2.5 * cm, 2 * cm
INDENT = 1.25 * cm
FRAME_WIDTH = A4[0] - LEFT - RIGHT


class Styles:
    def __init__(self, thai_digits: bool):
        body = ThaiStyle(font_size=SIZE, thai_digits=thai_digits)
        self.title = replace(body, font_name=BOLD, font_size=bold_size(SIZE), first_indent=0, align="center")
        self.label = replace(body, font_name=BOLD, font_size=bold_size(SIZE), first_indent=0, space_before=6)
        self.body = body
        self.cell = replace(body, first_indent=0)
        self.centre = replace(body, first_indent=0, align="center")


def _people(block: People, s: Styles) -> Table:
    rows = [[ThaiParagraph(f"{p.number}.", s.cell), ThaiParagraph(p.name, s.cell), ThaiParagraph(p.role, s.cell)]
            for p in block.rows]
    table = Table(rows, colWidths=[1.25 * cm, FRAME_WIDTH - 7.25 * cm, 6 * cm], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


def _signatures(block: Signatures, s: Styles) -> KeepTogether:
    width = FRAME_WIDTH / max(len(block.blocks), 1)
    cells = []
    for sig in block.blocks:
        lines = ["ลงชื่อ ........................................", f"({sig.name or ' ' * 30})", sig.position, sig.role]
        cells.append([ThaiParagraph(line, s.centre) for line in lines if line is not None])
    table = Table([cells], colWidths=[width] * len(cells))
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([Spacer(1, 1.2 * cm), table])


def flowables(doc: Document, s: Styles) -> list:
    story: list = []
    for block in doc.blocks:
        if isinstance(block, Title):
            story.append(ThaiParagraph(block.text, s.title))
        elif isinstance(block, Label):
            story.append(ThaiParagraph(block.text, replace(s.label, first_indent=block.indent * INDENT)))
        elif isinstance(block, Para):  # each line typed is its own paragraph, with the first-line indent
            style = s.body if not block.indent else replace(s.body, first_indent=(block.indent + 1) * INDENT)
            story += [ThaiParagraph(line.strip(), style) for line in block.text.splitlines() if line.strip()]
        elif isinstance(block, People):
            story.append(_people(block, s))
        elif isinstance(block, Signatures):
            story.append(_signatures(block, s))
    return story


def _page_number(canvas, template) -> None:
    """Pages after the first carry "- ๒ -" centred at the top (Thai digits, as in practice)."""
    page = canvas.getPageNumber()
    if page > 1:
        draw_thai(canvas, LEFT + FRAME_WIDTH / 2, A4[1] - 1.5 * cm, to_thai_digits(f"- {page} -"), BODY, SIZE,
                  align="center")


def render(doc: Document, target: str | Path | BytesIO, thai_digits: bool = False) -> None:
    """Write the PDF (a path or a binary stream)."""
    frame = Frame(LEFT, BOTTOM, FRAME_WIDTH, A4[1] - TOP - BOTTOM, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="body")
    template = BaseDocTemplate(str(target) if isinstance(target, Path) else target, pagesize=A4,
                               leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP, bottomMargin=BOTTOM,
                               title=doc.title, author="สำนักงานเมืองอัจฉริยะประเทศไทย", creator="smartcity-secretariat")
    template.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_page_number)])
    template.build(flowables(doc, Styles(thai_digits)))


def write(doc: Document, path: Path, thai_digits: bool = False) -> None:
    """Render to a file; a folder that cannot be written is a clear message, and no half file is left."""
    partial = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        render(doc, partial, thai_digits)
        partial.replace(path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise FileNotWritable(str(path), exc.strerror or exc) from exc


def pdf_bytes(doc: Document, thai_digits: bool = False) -> bytes:
    buffer = BytesIO()
    render(doc, buffer, thai_digits)
    return buffer.getvalue()
