"""The plan as one workbook for the secretariat and the Budget Bureau: the register (every project with its sums
by source), its budget lines by fiscal year, and the four summary tables."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.excel.export import register_sheet
from app.excel.sheet import Cells, Column, Sheet, write_workbook
from app.models import PlanBudgetLine, PlanProject
from app.models.plan import BUDGET_SOURCES
from app.plan import summary, summary_files
from app.registers.catalog import PLAN

LINE_HEADERS = {"th": ("เลขที่โครงการ", "ชื่อโครงการ", "หน่วยงานที่เสนอ", "ปีงบประมาณ", "แหล่งงบประมาณ",
                       "งบประมาณที่เสนอขอ (บาท)", "งบประมาณที่ได้รับจัดสรร (บาท)"),
                "en": ("Project number", "Project name", "Proposing agency", "Fiscal year", "Source",
                       "Requested (baht)", "Allocated (baht)")}


def lines_sheet(session: Session, lang: str = "th") -> Sheet:
    """Every budget line with its project, by project then year (the register's order is Thai, by name)."""
    p, line = PlanProject, PlanBudgetLine
    query = (select(p.code, p.name, p.agency, line.fiscal_year, line.source, line.requested, line.allocated)
             .join(p, p.id == line.project_id).order_by(p.id, line.fiscal_year, line.id))
    count = session.scalar(select(func.count()).select_from(line)) or 0
    sources = {c.value: c.label(lang) for c in BUDGET_SOURCES}
    rows = ([code, name, agency, year, sources.get(src, src), requested, allocated]
            for code, name, agency, year, src, requested, allocated in session.execute(query))
    kinds = (Cells.TEXT, Cells.TEXT, Cells.TEXT, Cells.INT, Cells.TEXT, Cells.FLOAT, Cells.FLOAT)
    widths = (18, 50, 34, 12, 30, 22, 22)
    title = "Budget by fiscal year" if lang == "en" else "งบประมาณรายปี"
    columns = [Column(h, k, w) for h, k, w in zip(LINE_HEADERS[lang], kinds, widths, strict=True)]
    return Sheet(title, title, columns, count, rows)


def export_plan(session: Session, path: str | os.PathLike, *, lang: str = "th", progress=None) -> Path:
    sheets = [register_sheet(session, PLAN, lang=lang), lines_sheet(session, lang)]
    sheets += [summary_files.table_sheet(t, lang) for t in summary.summarise(session).tables]
    return write_workbook(path, sheets, lang, progress)
