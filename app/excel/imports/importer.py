"""Import a register from Excel (.xlsx): read the file into a plan, show it, then apply it in one go. Qt-free.

``read_plan`` writes nothing: it reads the sheet (``excel_import_read``), parses each cell
(``excel_values.ColumnReader``: each distinct value of a column parsed and checked once), checks each row
as the forms do (``validation.check_fields`` and the cross-field rules) and matches it on its natural key,
the title and the province(s), against the records already there (loaded once): a match is an update (or
"same" when nothing differs), no match is an add. ``apply_plan`` refuses a plan with problems, then creates
and updates with ``records_bulk.save_many`` (validation again as ``records`` does, and the version each
matched record had when the plan was read: ``StaleRecord`` if it changed since), a few statements per 500
rows into the caller's session, whose transaction commits all of it or none.

Unknown columns are reported (a ``Problem`` with ``warning=True``) but do not make the plan unclean:
a sheet with extra columns of the agency's own still imports. Columns of computed fields (the emblem
state) are recognised and ignored. A missing required column is a problem for the whole file.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.core.errors import Bilingual, UserError, render
from app.core.thaidate import add_years
from app.excel.imports.cells import EMPTY, paused_gc
from app.excel.imports.plan import ImportPlan, ImportResult, PlannedRow, Problem
from app.excel.imports.report import write_report, write_template
from app.excel.imports.values import ColumnReader, RefIndex, is_empty
from app.excel.imports.workbook import Column, ImportFileError, Sheet, column_letter, open_sheet
from app.models import Field, Kind
from app.models.city import EMBLEM_YEARS
from app.registers import validation
from app.registers.catalog import REGISTERS, Register
from app.registers.records_bulk import Change, RowRefused, save_many
from app.registers.tables import TableData, load_table

__all__ = ["ImportFileError", "ImportPlan", "ImportResult", "PlannedRow", "Problem", "apply_plan", "read_plan",
           "write_report", "write_template"]

Progress = Callable[[int, int], None]
PROGRESS_EVERY = 500


def read_plan(session: Session, register_key: str, path: str | os.PathLike, *,
              progress: Progress | None = None) -> ImportPlan:
    """Read ``path`` into a plan; nothing is written. ImportFileError when the file cannot be read at all."""
    reg = REGISTERS[register_key]
    with paused_gc(), open_sheet(path, reg) as sheet:
        planner = _Planner(session, reg, sheet)
        done = 0
        for number, cells in sheet.rows():
            planner.add(number, cells)
            done += 1
            if progress and done % PROGRESS_EVERY == 0:
                progress(done, max(done, sheet.total))
    if not planner.rows:
        raise ImportFileError("ไม่มีข้อมูลใต้แถวหัวตารางในแผ่นงาน {sheet} ของไฟล์ {name}",
                              sheet=sheet.name, name=Path(path).name)
    if progress:
        progress(done, done)
    return ImportPlan(register_key, Path(path).name, sheet.name, planner.rows, planner.problems,
                      {c.header: c.field for c in planner.columns})  # the imported ones


def apply_plan(session: Session, plan: ImportPlan, *, progress: Progress | None = None) -> ImportResult:
    """Write a clean plan into ``session`` (not committed); the caller's transaction is the import."""
    if not plan.clean:
        raise UserError("ยังมีปัญหา {count} รายการในไฟล์ จึงยังไม่นำเข้า กรุณาแก้ไขไฟล์แล้วตรวจสอบอีกครั้ง",
                        count=sum(not p.warning for p in plan.all_problems))
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


def _title_key(value: Any) -> str:
    return " ".join(str(value or "").split()).casefold()


def _province_set(value: Any) -> frozenset[str]:
    return frozenset(value if isinstance(value, list) else [value] if value else [])


class _Planner:
    """Turns rows of cells into PlannedRows, matching them against the register's records."""

    def __init__(self, session: Session, reg: Register, sheet: Sheet):
        self.session, self.reg, self.sheet = session, reg, sheet
        self.refs = RefIndex(session)
        self.held: dict[tuple[str, int], Any] = {}
        self.columns: list[Column] = []
        self.fields: tuple[Field, ...] = ()
        self.rows: list[PlannedRow] = []
        self.problems = self._header_problems()
        self.headed = {c.index for c in sheet.columns}
        self.existing: TableData = load_table(session, reg)
        self.by_title: dict[str, list[tuple[frozenset[str], int | None, int]]] = defaultdict(list)
        for i, title in enumerate(self.existing.columns[reg.title_field]):
            provinces = _province_set(self.existing.columns[reg.province_field][i])
            self.by_title[_title_key(title)].append((provinces, i, 0))

    def _header_problems(self) -> list[Problem]:
        found: list[Problem] = []
        seen: dict[str, Column] = {}
        for c in self.sheet.columns:
            if c.field is None:
                found.append(Problem.of(self.sheet.name, self.sheet.header_row, c.header,
                                        ("ไม่รู้จักคอลัมน์ {column} จึงไม่นำเข้าคอลัมน์นี้", {"column": c.header}),
                                        warning=True))
            elif c.field in seen:
                found.append(Problem.of(self.sheet.name, self.sheet.header_row, c.header,
                                        ("คอลัมน์ {column} ซ้ำกับคอลัมน์ {other}",
                                         {"column": c.header, "other": seen[c.field].header})))
            else:
                seen[c.field] = c
        for f in self.reg.stored_fields:
            if f.required and f.name not in seen:
                found.append(Problem.of(self.sheet.name, self.sheet.header_row, None,
                                        ("ไม่มีคอลัมน์ {label} ซึ่งต้องกรอก", {"label": Bilingual(f.th, f.en)})))
        self.columns = [c for c in self.sheet.columns if c.field and seen.get(c.field) is c and not c.computed]
        self.fields = tuple(self.reg.field(c.field) for c in self.columns)
        self.readers = [(c, f, ColumnReader(f, self.refs)) for c, f in zip(self.columns, self.fields, strict=True)]
        return found

    def add(self, number: int, cells: tuple) -> None:
        self._headerless(number, cells)
        clean, problems, checked = self._parse(cells)
        for name, problem in checked.items():
            if name not in problems:
                problems[name] = problem
        title = " ".join(str(clean.get(self.reg.title_field) or "").split())
        planned = PlannedRow(number, "add", title, clean)
        _default_valid_until(clean)
        self._match(planned, problems)
        validation._check_rules(self.session, self.reg, clean, problems)  # the same cross-field rules as a form
        if problems:
            planned.action = "problem"
            by_name = {c.field: c.header for c in self.columns}
            planned.problems = [Problem.of(self.sheet.name, number, by_name.get(name), problem)
                                for name, problem in problems.items()]
        self.rows.append(planned)

    def _headerless(self, number: int, cells: tuple) -> None:
        """Data in a column without a header: reported once per column, with its letter."""
        for index in range(len(cells)):
            if index not in self.headed and not is_empty(cells[index].value):
                self.headed.add(index)
                letter = column_letter(index)
                self.problems.append(Problem.of(self.sheet.name, number, letter, (
                    "คอลัมน์ {column} มีข้อมูลแต่ไม่มีหัวตาราง จึงไม่นำเข้าคอลัมน์นี้", {"column": letter}), warning=True))

    def _parse(self, cells: tuple) -> tuple[dict[str, Any], dict[str, tuple], dict[str, tuple]]:
        """(clean values, cell problems, check problems) of a row, by field name in column order."""
        values: dict[str, Any] = {}
        problems: dict[str, tuple[str, dict]] = {}
        checked: dict[str, tuple[str, dict]] = {}
        for c, f, reader in self.readers:
            cell = cells[c.index] if c.index < len(cells) else EMPTY
            raw, kind = cell.value, cell.data_type
            if kind == "f":
                problems[f.name] = ("เป็นสูตร {formula} ซึ่งไม่นำเข้า กรุณาคัดลอกแล้ววางเป็นค่า (Paste Values)",
                                    {"formula": str(raw)[:100]})
            elif kind == "e":
                problems[f.name] = ("ช่องนี้มีค่าผิดพลาด {value}", {"value": raw})
            else:
                value, problem, check = reader.read(raw)
                if problem:
                    problems[f.name] = problem
                    continue
                values[f.name] = value
                if check:
                    checked[f.name] = check
                if f.kind is Kind.REF and isinstance(value, int):
                    self._hold(f, value)
        return values, problems, checked

    def _hold(self, f: Field, record_id: int) -> None:
        """Keep the referenced record in the session: the cross-field rules then find it without a query."""
        if (f.ref, record_id) not in self.held:
            self.held[f.ref, record_id] = self.session.get(REGISTERS[f.ref].model, record_id)

    def _match(self, planned: PlannedRow, problems: dict) -> None:
        """add, update or same by (title, provinces); a second row with the same key in the file is a problem."""
        reg, values = self.reg, planned.values
        if reg.title_field in problems or reg.province_field in problems or reg.title_field not in values:
            return
        provinces = _province_set(values.get(reg.province_field))
        candidates = self.by_title[_title_key(values[reg.title_field])]
        overlapping = [(theirs, index, row) for theirs, index, row in candidates
                       if theirs & provinces or theirs == provinces]
        earlier = [row for _, index, row in overlapping if index is None]
        exact = [index for theirs, index, _ in overlapping if index is not None and theirs == provinces]
        if earlier:
            problems[reg.title_field] = ("ซ้ำกับแถวที่ {row} ในไฟล์ (ชื่อและจังหวัดเดียวกัน)", {"row": earlier[0]})
            return
        if exact:
            self._as_update(planned, exact[0])
        elif overlapping:  # a city sharing some of its provinces with a record of the same name
            problems[reg.title_field] = ("มีชื่อนี้ในจังหวัดเดียวกันอยู่แล้ว", {})
            return
        candidates.append((provinces, None, planned.row))  # later rows with this key are duplicates

    def _as_update(self, planned: PlannedRow, index: int) -> None:
        existing = self.existing
        planned.record_id, planned.version = existing.ids[index], existing.versions[index]
        if "emblem_valid_until" in existing.columns and "emblem_valid_until" not in planned.values:
            planned.values["emblem_valid_until"] = existing.columns["emblem_valid_until"][index]
        planned.changes = [f.name for f in self.fields
                           if not _same(f, planned.values.get(f.name), existing.columns[f.name][index])]
        planned.action = "update" if planned.changes else "same"


def _default_valid_until(values: dict[str, Any]) -> None:
    """As records does on save: an emblem given without its expiry date is valid for EMBLEM_YEARS."""
    if values.get("emblem_issued_on") and "emblem_valid_until" in values and not values["emblem_valid_until"]:
        values["emblem_valid_until"] = add_years(values["emblem_issued_on"], EMBLEM_YEARS)


def _same(f: Field, mine: Any, theirs: Any) -> bool:
    if f.is_list or f.kind in (Kind.PROVINCES, Kind.DIMENSIONS):
        return sorted(mine or []) == sorted(theirs or [])
    return mine == theirs
