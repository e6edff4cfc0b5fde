"""The plan's summary tables as an Excel workbook and as a PDF for the agenda, and the PDF attached to an agenda
item (its file named in the item's เอกสารประกอบ). Qt-free.

The PDF is A4 landscape in the office's form: TH SarabunPSK, the title with the fiscal year and the date in B.E.,
each table with its header on every page it runs over, amounts right-aligned with thousands separators, and the
grand totals in words (บาทถ้วน) under the first table.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.core.errors import FileNotWritable, RecordMissing
from app.core.thaidate import format_date
from app.excel.sheet import Cells, Column, Sheet, write_workbook
from app.meetings import agenda
from app.models import AgendaItem
from app.plan.money import baht, baht_words
from app.plan.summary import Summary, Table, cell_text

FONT = 14


def title(summary: Summary, lang: str = "th") -> str:
    if lang == "en":
        return "Integrated smart city plan" + (f", fiscal year {summary.year}" if summary.year else ", all years")
    return "สรุปแผนงานบูรณาการเมืองอัจฉริยะ" + (f" ปีงบประมาณ พ.ศ. {summary.year}" if summary.year
                                            else " ทุกปีงบประมาณ")


def _cells(value: Any) -> Cells:
    return Cells.INT if isinstance(value, int) else Cells.FLOAT if isinstance(value, Decimal) else Cells.TEXT


def table_sheet(table: Table, lang: str) -> Sheet:
    sample = table.rows[0] if table.rows else [""] * len(table.headers)
    columns = [Column(h.text(lang), _cells(v), 40 if i == 0 else 18) for i, (h, v) in
               enumerate(zip(table.headers, sample, strict=True))]
    rows = [[cell_text(v, lang) for v in row] for row in [*table.rows, *([table.total] if table.total else [])]]
    return Sheet(table.title.text(lang), table.title.text(lang), columns, len(rows), rows)


def write_xlsx(summary: Summary, path: str | os.PathLike, lang: str = "th") -> Path:
    """One sheet per table (title row with the export date in B.E., the header, the rows and the total)."""
    return write_workbook(path, [table_sheet(t, lang) for t in summary.tables], lang)


def write_pdf(summary: Summary, path: str | os.PathLike, lang: str = "th", thai_digits: bool = False) -> Path:
    """The tables as a PDF; written beside the target and renamed, so a failure leaves no half file."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate

    target = Path(path)
    partial = target.with_name(target.name + ".part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        doc = SimpleDocTemplate(str(partial), pagesize=landscape(A4), leftMargin=2 * cm, rightMargin=2 * cm,
                                topMargin=2 * cm, bottomMargin=2 * cm, title=title(summary, lang),
                                author="สำนักงานเมืองอัจฉริยะประเทศไทย", creator="smartcity-secretariat")
        doc.build(_story(summary, lang, thai_digits, doc.width))
        partial.replace(target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise FileNotWritable(str(target), exc.strerror or exc) from exc
    return target


def _story(summary: Summary, lang: str, thai_digits: bool, width: float) -> list:
    from reportlab.platypus import Spacer

    from app.pdf import BOLD, ThaiParagraph, ThaiStyle, bold_size

    body = ThaiStyle(font_size=FONT + 2, first_indent=0, thai_digits=thai_digits)
    heading = replace(body, font_name=BOLD, font_size=bold_size(FONT + 4), align="center")
    label = replace(body, font_name=BOLD, font_size=bold_size(FONT + 2), space_before=10)
    today = format_date(date.today(), lang, "long")
    story = [ThaiParagraph(title(summary, lang), heading),
             ThaiParagraph(f"as of {today}" if lang == "en" else f"ข้อมูล ณ วันที่ {today}",
                           replace(body, align="center")), Spacer(1, 8)]
    words = (f"Total requested {baht(summary.requested)} baht, allocated {baht(summary.allocated)} baht"
             if lang == "en" else
             f"รวมงบประมาณที่เสนอขอ {baht(summary.requested)} บาท ({baht_words(summary.requested)}) "
             f"ได้รับจัดสรร {baht(summary.allocated)} บาท ({baht_words(summary.allocated)})")
    for number, table in enumerate(summary.tables, start=1):
        story.append(ThaiParagraph(f"{number}. {table.title.text(lang)}", label))
        story.append(_pdf_table(table, lang, thai_digits, width))
        if table.note:
            story.append(ThaiParagraph(f"{'Note' if lang == 'en' else 'หมายเหตุ'}: {table.note.text(lang)}", body))
        if number == 1:
            story.append(ThaiParagraph(words, replace(body, space_before=4)))
    return story


def _pdf_table(table: Table, lang: str, thai_digits: bool, width: float):
    from reportlab.lib import colors
    from reportlab.platypus import Table as PdfTable
    from reportlab.platypus import TableStyle

    from app.pdf import BOLD, ThaiParagraph, ThaiStyle, bold_size

    cell = ThaiStyle(font_size=FONT, first_indent=0, thai_digits=thai_digits)
    number = replace(cell, align="right")
    head = replace(cell, font_name=BOLD, font_size=bold_size(FONT), align="center")

    def para(value: Any) -> Any:
        if isinstance(value, int):
            return ThaiParagraph(f"{value:,}", number)
        if isinstance(value, Decimal):
            return ThaiParagraph(baht(value), number)
        return ThaiParagraph(str(cell_text(value, lang) or ""), cell)

    rows = [[ThaiParagraph(h.text(lang), head) for h in table.headers]]
    rows += [[para(v) for v in row] for row in table.rows]
    if table.total:
        rows.append([para(v) for v in table.total])
    first = width * (0.18 if len(table.headers) > 6 else 0.34)
    rest = (width - first) / (len(table.headers) - 1)
    pdf = PdfTable(rows, colWidths=[first] + [rest] * (len(table.headers) - 1), repeatRows=1)
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7"))]
    if table.total:
        style.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F2F2F2")))
    pdf.setStyle(TableStyle(style))
    return pdf


def attach(session: Session, item_id: int, path: Path, summary: Summary) -> AgendaItem:
    """Name the PDF among the agenda item's documents (เอกสารประกอบ), once; refused for certified minutes."""
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise RecordMissing()
    line = f"{title(summary)} ({path.name})"
    documents = item.document_list
    if line in documents:
        return item
    return agenda.update_item(session, item_id, {"documents": "\n".join([*documents, line])}, item.version)


def agenda_choices(session: Session) -> list[tuple[int, str]]:
    """(item id, "meeting — 4.1 title") of every agenda item the summary may be attached to: items (not the six
    sections' headings only) of meetings whose minutes are not certified, the latest meeting first."""
    from sqlalchemy import select

    from app.models import Meeting

    found = []
    query = select(Meeting).where(Meeting.state != "certified").order_by(Meeting.held_on.desc(), Meeting.id.desc())
    for meeting in session.scalars(query):
        titles = {item.id: item.title for item in agenda.items_of(session, meeting.id)}
        ordered = sorted(agenda.numbers(session, meeting.id).items(),
                         key=lambda pair: tuple(int(n) for n in pair[1].split(".")))
        found += [(item_id, f"ครั้งที่ {meeting.label} — {number} {titles[item_id]}") for item_id, number in ordered]
    return found
