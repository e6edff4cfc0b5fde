"""Import a register from Excel (.xlsx): read the file, map its columns, plan, show it, then apply it. Qt-free.

``read_file`` reads the sheet (``workbook.read_source``) and proposes the column mapping (``mapping``: synonyms,
fuzzy matches, a mapping confirmed earlier for the same headers). ``build_plan`` writes nothing: it parses each
cell of the mapped columns (``values.ColumnReader``: each distinct value of a column parsed and checked once),
checks each row as the forms do and matches it on its natural key, the title and the province(s), against the
records already there (loaded once): a match is an update (or "same" when nothing differs), no match an add, and
an add close to a record of the same province (``similar``) waits for the user's decision. ``read_plan`` does
both with only the settled matches (the command line). ``apply_plan`` refuses a plan that is not clean, then
creates and updates with ``records_bulk.save_many`` (validation again, and the version each matched record had
when the plan was read: ``StaleRecord`` if it changed since), into the caller's session, whose transaction
commits all of it or none.

Nothing is dropped silently: a column that maps to nothing, or only to a guess, is an error until it is mapped
or ignored. In a row that updates a record a blank cell (or a dash) keeps the stored value and CLEAR_MARKERS
empties the field; the preview lists each change old → new. A row with a single filled cell (a region heading)
or labelled รวม (a total) is skipped with one line in the report.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from sqlalchemy.orm import Session

from app.core.errors import Bilingual, UserError, render
from app.excel.imports.cells import paused_gc
from app.excel.imports.mapping import ColumnMatch, propose, recall, remember, settle
from app.excel.imports.plan import ImportPlan, ImportResult, PlannedRow, Problem
from app.excel.imports.report import write_report, write_template
from app.excel.imports.rows import RowPlanner
from app.excel.imports.workbook import ImportFileError, Source, read_source
from app.registers.catalog import REGISTERS
from app.registers.records_bulk import Change, RowRefused, save_many

__all__ = ["ImportFileError", "ImportPlan", "ImportResult", "PlannedRow", "Problem", "Source", "apply_plan",
           "build_plan", "read_file", "read_plan", "remember_mapping", "write_report", "write_template"]

Progress = Callable[[int, int], None]
PROGRESS_EVERY = 500


def read_file(session: Session, register_key: str, path: str | os.PathLike) -> tuple[Source, list[ColumnMatch]]:
    """The sheet read (every row in memory) and the proposed mapping of its columns; nothing is written."""
    reg = REGISTERS[register_key]
    with paused_gc():
        source = read_source(path, reg)
    if not source.rows:
        raise ImportFileError("ไม่มีข้อมูลใต้แถวหัวตารางในแผ่นงาน {sheet} ของไฟล์ {name}",
                              sheet=source.sheet, name=source.file_name)
    return source, recall(session, reg, propose(reg, source.columns))


def build_plan(session: Session, register_key: str, source: Source, mapping: list[ColumnMatch], *,
               allow_similar: bool = False, progress: Progress | None = None) -> ImportPlan:
    """The plan of ``source`` under ``mapping`` (guesses count as unmapped); nothing is written.

    ``allow_similar``: a new row close to a record is added as new (the command line's --allow-similar).
    """
    reg = REGISTERS[register_key]
    total = len(source.rows)
    with paused_gc():
        planner = RowPlanner(session, reg, source, mapping)
        for done, (number, cells) in enumerate(source.rows, start=1):
            planner.add(number, cells)
            if progress and done % PROGRESS_EVERY == 0:
                progress(done, total)
    if progress:
        progress(total, total)
    if allow_similar:
        for row in planner.rows:
            if row.undecided:
                row.decide("add")
    imported = {m.header: m.field for m in mapping if m.imported and not reg.field(m.field).computed}
    return ImportPlan(register_key, source.file_name, source.sheet, planner.rows, planner.problems, imported,
                      list(mapping))


def read_plan(session: Session, register_key: str, path: str | os.PathLike, *,
              choices: dict[str, str | None] | None = None, allow_similar: bool = False,
              progress: Progress | None = None) -> ImportPlan:
    """Read ``path`` into a plan with the settled matches and ``choices`` (header → field name or IGNORE)."""
    source, matches = read_file(session, register_key, path)
    return build_plan(session, register_key, source, settle(matches, choices or {}), allow_similar=allow_similar,
                      progress=progress)


def remember_mapping(session: Session, register_key: str, mapping: list[ColumnMatch]) -> None:
    """Keep the mapping the user confirmed for the next file with these headers (in the caller's transaction)."""
    remember(session, REGISTERS[register_key], mapping)


def apply_plan(session: Session, plan: ImportPlan, *, progress: Progress | None = None) -> ImportResult:
    """Write a clean plan into ``session`` (not committed); the caller's transaction is the import."""
    if not plan.clean:
        raise UserError("ยังมีปัญหา {count} รายการในไฟล์ จึงยังไม่นำเข้า กรุณาแก้ไขไฟล์แล้วตรวจสอบอีกครั้ง",
                        count=plan.errors + len(plan.similar))
    reg = REGISTERS[plan.register_key]
    work = [r for r in plan.rows if r.action in ("add", "update")]
    changes = [Change(r.values, r.record_id, r.version) if r.action == "update" else Change(r.values) for r in work]
    try:
        with paused_gc():
            save_many(session, reg, changes, progress)
    except RowRefused as error:
        row = work[error.index]
        name, (template, params) = next(iter(error.errors.items()))
        label = reg.field(name)
        raise UserError("แถวที่ {row} ({title}) บันทึกไม่ได้: {column}: {detail}", row=row.row, title=row.title,
                        column=Bilingual(label.th, label.en),
                        detail=Bilingual(render(template, params, "th"), render(template, params, "en"))) from error
    return ImportResult(len(plan.adds), len(plan.updates))
