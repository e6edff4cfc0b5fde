"""The same blocks as the PDF, as a Word file the secretary edits (python-docx): TH SarabunPSK 16 pt for Latin and
for Thai (complex-script) text, Thai distributed alignment for body paragraphs, the same margins, indents, sections
and numbering, a real numbered list for list items, "- 2 -" at the top of pages after the first.

python-docx is imported here only, so the PDF commands never load it.
"""

from __future__ import annotations

import contextlib
from io import BytesIO
from pathlib import Path

from docx import Document as Docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

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
from app.pdf.thai_phrases import thai_digits_smart

FONT = "TH SarabunPSK"
HALF_POINTS = "32"  # 16 pt
INDENT_CM = 1.25
DISTRIBUTE = WD_ALIGN_PARAGRAPH.THAI_JUSTIFY  # w:jc="thaiDistribute"
NUMBERING_XML = (
    '<w:abstractNum w:abstractNumId="1" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%1)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left}" w:hanging="425"/></w:pPr>'
    "</w:lvl></w:abstractNum>")


class Writer:
    def __init__(self, thai_digits: bool, justify: bool) -> None:
        self.out = Docx()
        self.digits = thai_digits
        self.body_align = DISTRIBUTE if justify else WD_ALIGN_PARAGRAPH.LEFT
        self._lists = 0
        self._page_setup()
        self._defaults()
        self.title = self._bold_style("SecretariatTitle", centred=True, before=0)
        self.label = self._bold_style("SecretariatLabel", centred=False, before=6)

    def text(self, value: str) -> str:
        return thai_digits_smart(value) if self.digits else value

    def _page_setup(self) -> None:
        section = self.out.sections[0]
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin, section.right_margin = Cm(3), Cm(2)
        section.top_margin, section.bottom_margin = Cm(2.5), Cm(2)
        section.header_distance = Cm(1.2)

    def _defaults(self) -> None:
        """Document defaults: TH SarabunPSK 16 pt for every script (w:cs is the Thai one), Thai language, single
        spacing, no space after paragraphs."""
        defaults = self.out.styles.element.find(qn("w:docDefaults"))
        rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        fonts = rpr.find(qn("w:rFonts"))
        for attr in list(fonts.attrib):
            del fonts.attrib[attr]
        for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(attr), FONT)
        rpr.find(qn("w:sz")).set(qn("w:val"), HALF_POINTS)
        rpr.find(qn("w:szCs")).set(qn("w:val"), HALF_POINTS)
        rpr.find(qn("w:lang")).set(qn("w:bidi"), "th-TH")
        spacing = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
        spacing.set(qn("w:after"), "0")
        spacing.set(qn("w:line"), "240")
        self.out.styles["Normal"].paragraph_format.widow_control = True  # no single line alone on a page
        normal = self.out.styles["Normal"].element.get_or_add_rPr()
        normal_fonts = normal.get_or_add_rFonts()
        for attr in ("w:ascii", "w:hAnsi", "w:cs"):
            normal_fonts.set(qn(attr), FONT)

    def _bold_style(self, name: str, centred: bool, before: float):
        style = self.out.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = self.out.styles["Normal"]
        style.font.bold = True
        style.element.get_or_add_rPr().append(OxmlElement("w:bCs"))  # bold for the Thai script as well
        style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER if centred else WD_ALIGN_PARAGRAPH.LEFT
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.keep_with_next = True
        return style

    def para(self, text: str, style=None, first: float | None = None, left: float | None = None, align=None):
        p = self.out.add_paragraph(self.text(text))
        if style is not None:
            p._p.style = style.style_id  # by id: python-docx's lookup by style object scans every style each time
        fmt = p.paragraph_format
        if left is not None:
            fmt.left_indent = Cm(left)
        if first is not None:
            fmt.first_line_indent = Cm(first)
        if align is not None:
            p.alignment = align
        return p

    def numbered(self, block: Numbered) -> None:
        """A list item typed "1) …" as a real numbered list item; other numbers ("4.2") as a hanging indent."""
        left = (block.indent + 1) * INDENT_CM
        if not block.bold and block.number.rstrip(").").isdigit():
            p = self.para(block.text, align=self.body_align)
            self._number(p, int(block.number.rstrip(").")), left)
            return
        p = self.para(f"{block.number}\t{block.text}", self.label if block.bold else None, first=-INDENT_CM,
                      left=left, align=None if block.bold else self.body_align)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(left))

    def _number(self, p, value: int, left: float) -> None:
        """Item ``value`` of a Word numbered list; "1)" starts a new list (numbering restarts)."""
        if value == 1 or not self._lists:
            self._lists = self._new_list(left)
        num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = self._lists

    def _new_list(self, left: float) -> int:
        numbering = self.out.part.numbering_part.element
        abstract_id = 100 + len(numbering.findall(qn("w:abstractNum")))
        numbering.insert(0, parse_xml(NUMBERING_XML.replace('w:abstractNumId="1"', f'w:abstractNumId="{abstract_id}"')
                                      .replace("{left}", str(int(left / 2.54 * 1440)))))
        return numbering.add_num(abstract_id).numId

    def people(self, block: People) -> None:
        notes = any(p.note for p in block.rows)
        widths = [1.0, 16 - 1.0 - 5.5 - (2.5 if notes else 0), 5.5] + ([2.5] if notes else [])
        table = self.out.add_table(rows=0, cols=len(widths))
        table.autofit = False
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Cm(width)
        for person in block.rows:
            texts = [f"{person.number}.", person.name, person.role] + ([person.note] if notes else [])
            for cell, width, text in zip(table.add_row().cells, widths, texts, strict=True):
                cell.width = Cm(width)
                lines = self.text(text).split("\n")
                cell.paragraphs[0].add_run(lines[0])
                for line in lines[1:]:
                    cell.add_paragraph(line)

    def signatures(self, block: Signatures) -> None:
        self.para("")
        table = self.out.add_table(rows=1, cols=len(block.blocks))
        for cell, sig in zip(table.rows[0].cells, block.blocks, strict=True):
            lines = [block.closing, "", ""] if block.closing else ["ลงชื่อ " + DOTS]
            lines += [f"({sig.name or DOTS})", *(sig.position or DOTS).splitlines(), sig.role]
            cell.paragraphs[0].add_run(self.text(lines[0]))
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            for line in lines[1:]:
                cell.add_paragraph(self.text(line)).alignment = WD_ALIGN_PARAGRAPH.CENTER

    def block(self, block) -> None:
        if isinstance(block, Title):
            self.para(block.text, self.title)
        elif isinstance(block, Label):
            self.para(block.text, self.label, first=block.indent * INDENT_CM)
        elif isinstance(block, Numbered):
            self.numbered(block)
        elif isinstance(block, Para):
            first = 2.5 if not block.indent else (block.indent + 1) * INDENT_CM
            for part in para_lines(block):
                if isinstance(part, Numbered):
                    self.numbered(part)
                else:
                    self.para(part.text, first=first, align=self.body_align)
        elif isinstance(block, Field):
            p = self.para(f"{block.label}\t{block.text}", left=2.5, first=-2.5)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(2.5))
        elif isinstance(block, Line):
            place = {"center": WD_ALIGN_PARAGRAPH.CENTER}.get(block.place)
            self.para(block.text, left=8 if block.place == "right" else None, align=place)
        elif isinstance(block, People):
            self.people(block)
        elif isinstance(block, Signatures):
            self.signatures(block)
        elif isinstance(block, PageBreak):
            self.out.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def finish(self, doc: Document) -> None:
        """Page numbers "- 2 -" from page 2 and the footer, as the PDF prints them."""
        section = self.out.sections[0]
        section.different_first_page_header_footer = True
        header = section.header.paragraphs[0]
        header.alignment = WD_ALIGN_PARAGRAPH.CENTER
        header.add_run("- ")
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), "PAGE")
        header._p.append(field)
        header.add_run(" -")
        if doc.footer:
            for footer in (section.footer, section.first_page_footer):
                footer.paragraphs[0].add_run(self.text(doc.footer))
                footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.out.core_properties.title = doc.title


def build(doc: Document, thai_digits: bool = False, justify: bool = True):
    writer = Writer(thai_digits, justify)
    for block in doc.blocks:
        writer.block(block)
    writer.finish(doc)
    return writer.out


def docx_bytes(doc: Document, thai_digits: bool = False, justify: bool = True) -> bytes:
    buffer = BytesIO()
    build(doc, thai_digits, justify).save(buffer)
    return buffer.getvalue()


def write(doc: Document, path: Path, thai_digits: bool = False, justify: bool = True) -> None:
    """Save the DOCX; a folder that cannot be written is a clear message, and no half file is left."""
    partial = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(docx_bytes(doc, thai_digits, justify))
        partial.replace(path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise FileNotWritable(str(path), exc.strerror or exc) from exc
