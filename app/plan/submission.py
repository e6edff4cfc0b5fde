"""Agencies' submissions in Excel: the plan register's import (``excel.imports``: the same header matching,
values as typed, checks and all-or-nothing write as every register) plus the budget columns by source.

The money columns are the register's computed fields (เสนอขอ: งบประมาณแผ่นดิน …, ได้รับจัดสรร: …), which the
register's own import recognises and leaves alone; this module reads them from the same sheet. A row's amounts are
the project's budget in its fiscal year (ปีงบประมาณ): for a project of one year they replace that year's lines of
the sources the sheet gives. A multi-year project's amounts are the totals the export writes: unchanged totals
change nothing; a new multi-year project gets them in its first year (a warning says so, its later years are
entered in the program); changed totals of a project already split over its years are a problem of that row.
"""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.excel.imports.importer import ImportPlan, ImportResult, Problem, apply_plan, build_plan, read_file
from app.excel.imports.mapping import ColumnMatch, settle
from app.excel.imports.values import BLANK, ColumnReader
from app.excel.imports.workbook import Source
from app.excel.sheet import Cells, Column, Sheet, write_workbook
from app.models import Kind, PlanBudgetLine, PlanProject
from app.models.plan import BUDGET_SOURCES, SOURCE_CODES
from app.models.plan.project import BAHT
from app.plan import budget
from app.plan.money import ZERO
from app.registers.catalog import PLAN

AMOUNT_FIELDS = tuple(f"{kind}_{code}" for kind in ("requested", "allocated") for code in SOURCE_CODES)


@dataclass
class Submission(ImportPlan):
    """An import plan whose rows also carry amounts by source (row number → field name → Decimal)."""

    amounts: dict[int, dict[str, Decimal]] = field(default_factory=dict)


def read_submission(session: Session, path: str | os.PathLike, *, choices: dict[str, str | None] | None = None,
                    allow_similar: bool = False, progress=None) -> Submission:
    """Read an agency's workbook with the settled column matches and ``choices``; nothing is written."""
    source, matches = read_file(session, PLAN.key, path)
    return build_submission(session, source, settle(matches, choices or {}), allow_similar=allow_similar,
                            progress=progress)


def build_submission(session: Session, source: Source, mapping: list[ColumnMatch], *, allow_similar: bool = False,
                     progress=None) -> Submission:
    """The register's plan of ``source`` under the (confirmed) mapping, with the amounts by source; nothing written."""
    plan = build_plan(session, PLAN.key, source, mapping, allow_similar=allow_similar, progress=progress)
    submission = Submission(**vars(plan))
    submission.amounts = _read_amounts(source, mapping, submission)
    existing = _existing(session, submission)
    for row in submission.rows:
        if row.row in submission.amounts and row.action != "problem":
            _check_row(submission, row, existing.get(row.record_id))
    return submission


def _read_amounts(source: Source, mapping: list[ColumnMatch], plan: Submission) -> dict[int, dict[str, Decimal]]:
    """The amount columns the mapping settled (the register reads them, never imports them), row by row."""
    found: dict[int, dict[str, Decimal]] = {}
    columns = [(m, ColumnReader(replace(PLAN.field(m.field), computed=False), None))  # read: typed by people
               for m in mapping if m.settled and m.field in AMOUNT_FIELDS]
    if not columns:
        return found
    rows = {r.row: r for r in plan.rows}
    for number, cells in source.rows:
        for match, reader in columns:
            raw = cells[match.index].value if match.index < len(cells) else None
            value, problem, check, _note = reader.read(raw)
            if problem or check:
                _problem(plan, rows.get(number), number, match.header, problem or check)
            elif value is not None and value is not BLANK:  # a blank cell keeps what the project has
                found.setdefault(number, {})[match.field] = value
    return found


def _problem(plan: Submission, row, number: int, header: str | None, problem: tuple[str, dict],
             warning: bool = False) -> None:
    found = Problem.of(plan.sheet, number, header, problem, warning)
    if row is None or warning:
        plan.problems.append(found)
        return
    row.action = "problem"
    row.problems.append(found)


def _existing(session: Session, plan: Submission) -> dict[int, tuple[PlanProject, list[budget.Line]]]:
    ids = [r.record_id for r in plan.rows if r.record_id is not None and r.row in plan.amounts]
    return {pid: (session.get(PlanProject, pid), budget.lines(session, pid)) for pid in ids}


def _span(row, project: PlanProject | None) -> tuple[int | None, int | None]:
    """The row's first and last fiscal year: from the sheet, else as the project has them."""
    first = row.values.get("fiscal_year", project.fiscal_year if project else None)
    last = row.values.get("end_year", project.end_year if project else None)
    return first, last or first


def _check_row(plan: Submission, row, found) -> None:
    project, lines = found if found else (None, [])
    amounts = plan.amounts[row.row]
    first, last = _span(row, project)
    if first is None:
        return
    if last == first or not lines:
        changed = _year_changes(lines, first, amounts)
        if last != first:
            _problem(plan, row, row.row, None, ("โครงการหลายปี: บันทึกงบประมาณในไฟล์ไว้ที่ปีงบประมาณแรก {year} "
                                                "แก้ไขงบประมาณปีต่อไปในโปรแกรม", {"year": first}), warning=True)
    else:
        totals = budget.sums(lines)
        changed = [name for name, amount in amounts.items() if totals[name] != amount]
        if changed:
            _problem(plan, row, row.row, None, ("โครงการหลายปีที่แบ่งงบประมาณรายปีไว้แล้ว: ยอดในไฟล์ไม่ตรงกับที่บันทึก "
                                                "กรุณาแก้ไขงบประมาณรายปีในโปรแกรม", {}))
            return
    if changed and row.action == "same":
        row.action = "update"
    row.changes += [name for name in changed if name not in row.changes]


def _year_changes(lines: list[budget.Line], year: int, amounts: dict[str, Decimal]) -> list[str]:
    have = {(line.source, kind): getattr(line, kind) for line in lines if line.fiscal_year == year
            for kind in ("requested", "allocated")}
    # nothing allocated reads as 0.00 in an export: an empty allocation and zero are the same here
    return [name for name, amount in amounts.items() if (have.get(tuple(name.split("_", 1)[::-1])) or ZERO) != amount]


def apply_submission(session: Session, plan: Submission, progress=None) -> ImportResult:
    """Write a clean submission in the caller's transaction: the projects, then the lines of their first year."""
    result = apply_plan(session, plan, progress=progress)
    ids = _ids(session, plan)
    written: dict[int, list[budget.Line]] = defaultdict(list)
    for row in plan.rows:
        amounts = plan.amounts.get(row.row)
        pid = ids.get(row.row)
        budget_changed = row.action == "add" or any(name in AMOUNT_FIELDS for name in row.changes)
        if not amounts or pid is None or not budget_changed:
            continue
        project = session.get(PlanProject, pid)
        written[pid] = _replace_year(session, pid, project.fiscal_year, amounts)
    budget.refresh(session, list(written))
    return result


def _ids(session: Session, plan: Submission) -> dict[int, int]:
    """Excel row → project id: updates by their record, additions by their (unique) name and provinces."""
    found = {r.row: r.record_id for r in plan.rows if r.record_id is not None}
    added = [r for r in plan.rows if r.action == "add"]
    names = {r.title for r in added}
    rows = session.execute(select(PlanProject.id, PlanProject.name).where(PlanProject.name.in_(names))).all() \
        if names else []
    by_name: dict[str, list[PlanProject]] = defaultdict(list)
    for pid, name in rows:
        by_name[name].append(session.get(PlanProject, pid))
    for r in added:
        wanted = set(r.values.get("provinces") or [])
        match = [p.id for p in by_name.get(r.title, []) if {x.code for x in p.province_rows} == wanted]
        if match:
            found[r.row] = match[0]
    return found


def _replace_year(session: Session, pid: int, year: int, amounts: dict[str, Decimal]) -> list[budget.Line]:
    current = {line.source: line for line in budget.lines(session, pid) if line.fiscal_year == year}
    lines = []
    for source in SOURCE_CODES:
        requested, allocated = amounts.get(f"requested_{source}"), amounts.get(f"allocated_{source}") or None
        old = current.get(source)
        if not requested and allocated is None and old is None:
            continue
        lines.append(budget.Line(year, source, requested if requested is not None else (old.requested if old else ZERO),
                                 allocated if allocated is not None else (old.allocated if old else None)))
    sources = [line.source for line in lines]
    session.execute(delete(PlanBudgetLine).where(PlanBudgetLine.project_id == pid, PlanBudgetLine.fiscal_year == year,
                                                 PlanBudgetLine.source.in_(sources)))
    session.add_all(PlanBudgetLine(project_id=pid, fiscal_year=line.fiscal_year, source=line.source,
                                   requested=line.requested, allocated=line.allocated) for line in lines)
    session.flush()
    return lines


def template_fields() -> list:
    """The columns of the blank submission form: the register's stored fields, then what is asked per source."""
    return [*PLAN.stored_fields, *(PLAN.field(f"requested_{c.value}") for c in BUDGET_SOURCES)]


def write_template(path: str | os.PathLike, lang: str = "th") -> Path:
    from app.excel.export import sheet_name
    from app.excel.imports.report import hint, word

    fields = template_fields()
    cells = {Kind.INT: Cells.INT, Kind.MONEY: Cells.FLOAT, Kind.DATE: Cells.DATE}
    note = (f"One project a row below the header · how to fill in each column: the “{word('help', lang)}” sheet"
            if lang == "en" else
            f"กรอกหนึ่งโครงการต่อแถวใต้หัวตาราง · วิธีกรอกแต่ละคอลัมน์อยู่ในแผ่นงาน “{word('help', lang)}”")
    data = Sheet(sheet_name(PLAN, lang), PLAN.label(lang),
                 [Column(f.label(lang), cells.get(f.kind, Cells.TEXT), max(12, f.width / 7)) for f in fields], 0, [],
                 note=note, form=True)
    helps = Sheet(word("help", lang), PLAN.label(lang),
                  [Column(PLAN.label(lang), width=40), Column("", width=90)], len(fields),
                  ([f.label(lang), hint(f, lang)] for f in fields), form=True)
    return write_workbook(path, [data, helps], lang)


def summary_lines(plan: Submission, lang: str = "th") -> list[str]:
    """What the budget part of a submission holds, for the command line's report."""
    rows = [r for r in plan.rows if r.row in plan.amounts and r.action != "problem"]
    requested = sum((v for r in rows for k, v in plan.amounts[r.row].items() if k.startswith("requested_")), ZERO)
    if lang == "en":
        return [f"Budget in the file: {len(rows)} rows, requested {requested:,.2f} baht"]
    return [f"งบประมาณในไฟล์: {len(rows)} แถว เสนอขอรวม {requested:,.2f} {BAHT}"]

