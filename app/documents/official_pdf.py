"""Draw a document of blocks as an official Thai PDF: TH SarabunPSK 16 pt, margins 3 cm left and 2 cm right,
page numbers "- ๒ -" centred at the top from page 2, Thai digits on request (THAI_DOCUMENTS.md §1).

Body paragraphs are set with Thai distributed justification (``justify=False``: ragged right); numbered items
hang their number; headings are kept with what follows and a paragraph never leaves one line alone on a page.
Every font is embedded: the canvas starts in TH SarabunPSK, so no unused Helvetica is referenced.
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import PageBreak as PdfPageBreak

from app.core.errors import FileNotWritable
from app.documents.blocks import (
    DOTS,
    Document,
    Field,
    Label,
    Line,
    Numbered,
    PageBreak,
    Para,
    People,
    Signatures,
    Title,
    para_lines,
)
from app.pdf import BODY, BOLD, ThaiParagraph, ThaiStyle, bold_size, draw_thai, text_width, to_thai_digits
from app.pdf.thai_phrases import thai_digits_smart

SIZE = 16
FOOTER_SIZE = 12
LEFT, RIGHT, TOP, BOTTOM = 3 * cm, 2 * cm, 2.5 * cm, 2 * cm
INDENT = 1.25 * cm
FRAME_WIDTH = A4[0] - LEFT - RIGHT
NUMBER_COLUMN = 1 * cm
ROLE_COLUMN = 5.5 * cm
NOTE_COLUMN = 2.5 * cm
CELL_FONT = [("FONTNAME", (0, 0), (-1, -1), BODY)]  # reportlab's default cell font is an unembedded Helvetica


class Styles:
    def __init__(self, thai_digits: bool, justify: bool = True):
        body = ThaiStyle(font_name=BODY, font_size=SIZE, thai_digits=thai_digits,
                         align="justify" if justify else "left")
        bold = replace(body, font_name=BOLD, font_size=bold_size(SIZE), first_indent=0, align="left")
        self.title = replace(bold, align="center", keep_with_next=True)
        self.label = replace(bold, space_before=6, keep_with_next=True)
        self.body = body
        self.cell = replace(body, first_indent=0, align="left")
        self.centre = replace(self.cell, align="center")
        self.digits = thai_digits


def _numbered(number: str, text: str, indent: int, style: ThaiStyle) -> ThaiParagraph:
    """"4.2 title…" with the wrapped lines under the title, not under the number."""
    label = f"{number} "
    hang = text_width(thai_digits_smart(label) if style.thai_digits else label, style.font_name, style.font_size)
    left = indent * INDENT + hang
    return ThaiParagraph(label + text, replace(style, left_indent=left, first_indent=-hang))


def _people(block: People, s: Styles) -> Table:
    notes = any(p.note for p in block.rows)
    widths = [NUMBER_COLUMN, FRAME_WIDTH - NUMBER_COLUMN - ROLE_COLUMN - (NOTE_COLUMN if notes else 0), ROLE_COLUMN]
    widths += [NOTE_COLUMN] if notes else []
    rows = []
    for p in block.rows:
        cells = [f"{p.number}.", p.name, p.role] + ([p.note] if notes else [])
        rows.append([ThaiParagraph(text, s.cell) for text in cells])
    table = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=0)
    table.setStyle(TableStyle([*CELL_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


def _signatures(block: Signatures, s: Styles) -> list:
    width = FRAME_WIDTH / 2 if block.closing else FRAME_WIDTH / max(len(block.blocks), 1)
    cells = []
    for sig in block.blocks:
        lines = [block.closing, "", "", f"({sig.name or DOTS})", *(sig.position or DOTS).splitlines(), sig.role]
        if not block.closing:
            lines = ["ลงชื่อ " + DOTS, *lines[3:]]
        cells.append([ThaiParagraph(line, s.centre) for line in lines if line or block.closing])
    table = Table([cells], colWidths=[width] * len(cells), hAlign="RIGHT" if block.closing else "CENTER")
    table.setStyle(TableStyle([*CELL_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    space = Spacer(1, 0.6 * cm if block.closing else 1.2 * cm)
    space.keepWithNext = True  # plain flowables (not a KeepTogether), so the line before can join them
    return [space, table]


def _field(block: Field, s: Styles) -> ThaiParagraph:
    label = f"{block.label}  "
    hang = text_width(label, BODY, SIZE)
    return ThaiParagraph(label + block.text, replace(s.cell, left_indent=hang, first_indent=-hang, space_before=4))


def _line(block: Line, s: Styles) -> ThaiParagraph:
    if block.place == "right":
        return ThaiParagraph(block.text, replace(s.cell, left_indent=FRAME_WIDTH / 2))
    return ThaiParagraph(block.text, s.centre if block.place == "center" else s.cell)


def _block(block, s: Styles) -> list:
    if isinstance(block, Title):
        return [ThaiParagraph(block.text, s.title)]
    if isinstance(block, Label):
        return [ThaiParagraph(block.text, replace(s.label, first_indent=block.indent * INDENT))]
    if isinstance(block, Numbered):
        style = replace(s.label, space_before=4) if block.bold else replace(s.body, space_before=0)
        return [_numbered(block.number, block.text, block.indent, style)]
    if isinstance(block, Para):  # each line typed is its own paragraph, with the first-line indent
        style = s.body if not block.indent else replace(s.body, first_indent=(block.indent + 1) * INDENT)
        return [_numbered(p.number, p.text, p.indent, s.body) if isinstance(p, Numbered)
                else ThaiParagraph(p.text, style) for p in para_lines(block)]
    if isinstance(block, People):
        return [_people(block, s)]
    if isinstance(block, Signatures):
        return _signatures(block, s)
    if isinstance(block, Field):
        return [_field(block, s)]
    if isinstance(block, Line):
        return [_line(block, s)]
    if isinstance(block, PageBreak):
        return [PdfPageBreak()]
    raise TypeError(block)


def flowables(doc: Document, s: Styles) -> list:
    story: list = []
    for block in doc.blocks:
        story += _block(block, s)
    if len(story) > 2 and isinstance(doc.blocks[-1], Signatures):  # the signatures never alone on a page
        story[-3].keepWithNext = True
    return story


def _page(footer: str, thai_digits: bool):
    def on_page(canvas, template) -> None:
        """Pages after the first carry "- ๒ -" centred at the top (Thai digits, as in practice); the demo
        database's footer on every page."""
        page = canvas.getPageNumber()
        if page > 1:
            draw_thai(canvas, LEFT + FRAME_WIDTH / 2, A4[1] - 1.5 * cm, to_thai_digits(f"- {page} -"), BODY, SIZE,
                      align="center")
        if footer:
            text = thai_digits_smart(footer) if thai_digits else footer
            draw_thai(canvas, LEFT + FRAME_WIDTH / 2, 1.1 * cm, text, BODY, FOOTER_SIZE, align="center")

    return on_page


def render(doc: Document, target: str | Path | BytesIO, thai_digits: bool = False, justify: bool = True) -> None:
    """Write the PDF (a path or a binary stream)."""
    frame = Frame(LEFT, BOTTOM, FRAME_WIDTH, A4[1] - TOP - BOTTOM, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="body")
    template = BaseDocTemplate(str(target) if isinstance(target, Path) else target, pagesize=A4,
                               leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP, bottomMargin=BOTTOM,
                               title=doc.title, author="สำนักงานเมืองอัจฉริยะประเทศไทย", creator="smartcity-secretariat",
                               initialFontName=BODY, initialFontSize=SIZE)
    template.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_page(doc.footer, thai_digits))])
    template.build(flowables(doc, Styles(thai_digits, justify)))


def write(doc: Document, path: Path, thai_digits: bool = False, justify: bool = True) -> None:
    """Render to a file; a folder that cannot be written is a clear message, and no half file is left."""
    partial = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        render(doc, partial, thai_digits, justify)
        partial.replace(path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise FileNotWritable(str(path), exc.strerror or exc) from exc


def pdf_bytes(doc: Document, thai_digits: bool = False, justify: bool = True) -> bytes:
    buffer = BytesIO()
    render(doc, buffer, thai_digits, justify)
    return buffer.getvalue()
