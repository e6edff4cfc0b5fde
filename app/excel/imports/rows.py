"""The rows of an import, one by one: skipped, parsed, checked, matched. Qt-free (``importer`` drives it).

* The mapping first: a column mapped to nothing (or only guessed), two columns for one field, a missing title or
  required province column are problems of the whole file; macros are said, and left behind.
* A row with one filled cell (a region heading such as ภาคเหนือ) or labelled รวม / Total is skipped, said once.
* A blank cell (or a dash, ไม่ระบุ) gives no value: a new record leaves the field empty, an update keeps what is
  stored. CLEAR_MARKERS ([ลบ]) empties the field, and the preview shows that as a change.
* A row is matched on its title and province(s): the same record is an update (its stored values overlaid with
  the row's, so the cross-field rules see the whole record) or "same"; otherwise an add, unless a record of the
  same province has a close name (``similar``), which waits for the user's decision.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy.orm import Session

from app.core.errors import Bilingual
from app.core.thaidate import add_years
from app.excel.imports.cells import EMPTY
from app.excel.imports.mapping import IGNORE, ColumnMatch
from app.excel.imports.plan import FieldChange, PlannedRow, Problem, Similar
from app.excel.imports.similar import SimilarIndex
from app.excel.imports.value_words import CLEAR_MARKERS, TOTAL_WORDS
from app.excel.imports.values import BLANK, ColumnReader, RefIndex, is_empty, key
from app.excel.imports.workbook import Source
from app.models import Field, Kind
from app.models.city import EMBLEM_YEARS
from app.registers import validation
from app.registers.catalog import REGISTERS, Register
from app.registers.tables import TableData, load_table


def _title_key(value: Any) -> str:
    return " ".join(str(value or "").split()).casefold()


def _province_set(value: Any) -> frozenset[str]:
    return frozenset(value if isinstance(value, list) else [value] if value else [])


def is_clear(value: Any) -> bool:
    return value.__class__ is str and "[" in value and "".join(value.split()).casefold() in CLEAR_MARKERS


def skip_reason(cells: list, imported: int) -> tuple[str, dict] | None:
    """Why a row is skipped: a heading (one filled cell, when two or more columns are imported), or a total."""
    filled = [v for c in cells if not is_empty(v := c.value)]
    first = next((v for v in filled if isinstance(v, str)), None)
    if first is not None:
        word = key(first)
        if any(word == w or (word.startswith(w) and word[len(w):][:1].isdigit()) for w in TOTAL_WORDS):
            return ("ข้ามแถวรวม “{text}”", {"text": " ".join(first.split())[:80]})
    if len(filled) == 1 and imported > 1:
        return ("ข้ามแถวหัวข้อ “{text}” (มีข้อมูลช่องเดียว)", {"text": " ".join(str(filled[0]).split())[:80]})
    return None


class RowPlanner:
    """Turns rows of cells into PlannedRows, matching them against the register's records."""

    def __init__(self, session: Session, reg: Register, source: Source, mapping: list[ColumnMatch]):
        self.session, self.reg, self.source = session, reg, source
        self.refs = RefIndex(session)
        self.held: dict[tuple[str, int], Any] = {}
        self.rows: list[PlannedRow] = []
        self.problems: list[Problem] = []
        self.columns = self._mapping_problems(mapping)
        self.readers = [(m, reg.field(m.field), ColumnReader(reg.field(m.field), self.refs)) for m in self.columns]
        self.headers = {m.field: m.header for m in self.columns}
        self.keyed = reg.title_field in self.headers and (
            reg.province_field in self.headers or not reg.field(reg.province_field).required)
        self.existing: TableData = load_table(session, reg)
        self.stored = [f.name for f in reg.stored_fields]
        titles, provinces = self.existing.columns[reg.title_field], self.existing.columns[reg.province_field]
        self.by_title: dict[str, list[tuple[frozenset[str], int | None, int]]] = defaultdict(list)
        sets = [_province_set(p) for p in provinces]
        for i, title in enumerate(titles):
            self.by_title[_title_key(title)].append((sets[i], i, 0))
        self.similar = SimilarIndex(titles, sets)

    # -- the mapping ----------------------------------------------------------------------------------------------
    def _file_problem(self, column: str | None, problem: tuple[str, dict], warning: bool = False) -> None:
        self.problems.append(Problem.of(self.source.sheet, self.source.header_row, column, problem, warning))

    def _mapping_problems(self, mapping: list[ColumnMatch]) -> list[ColumnMatch]:
        if self.source.macros:
            self.problems.append(Problem.of(self.source.sheet, None, None, (
                "ไฟล์นี้มีแมโคร (VBA): โปรแกรมไม่เรียกใช้และไม่เก็บแมโครไว้ นำเข้าเฉพาะค่าในตาราง", {}), warning=True))
        seen: dict[str, ColumnMatch] = {}
        for m in mapping:
            if m.field is None or m.how == "guess":
                self._unsettled(m)
            elif m.field != IGNORE and m.field in seen:
                self._file_problem(m.header, ("คอลัมน์ {column} ซ้ำกับคอลัมน์ {other}",
                                              {"column": m.header, "other": seen[m.field].header}))
            elif m.field != IGNORE:
                seen[m.field] = m
        for name in (self.reg.title_field, self.reg.province_field):
            f = self.reg.field(name)
            if name not in seen and (f.required or name == self.reg.title_field):
                self._file_problem(None, ("ไม่มีคอลัมน์ {label} ซึ่งต้องกรอก", {"label": Bilingual(f.th, f.en)}))
        return [m for m in seen.values() if not self.reg.field(m.field).computed]

    def _unsettled(self, m: ColumnMatch) -> None:
        if m.field:
            f = self.reg.field(m.field)
            self._file_problem(m.header, ("คอลัมน์ {column} น่าจะเป็น {label} ({score}%) แต่ยังไม่แน่ใจ "
                                          "กรุณายืนยันการจับคู่หรือสั่งข้ามคอลัมน์นี้",
                                          {"column": m.header, "label": Bilingual(f.th, f.en), "score": m.confidence}))
        else:
            self._file_problem(m.header, ("ยังไม่รู้ว่าคอลัมน์ {column} คือข้อมูลใดของทะเบียน กรุณาเลือกข้อมูล"
                                          "หรือสั่งข้ามคอลัมน์นี้ (ไม่นำเข้าโดยไม่บอก)", {"column": m.header}))

    # -- one row ----------------------------------------------------------------------------------------------------
    def add(self, number: int, cells: list) -> None:
        reason = skip_reason(cells, len(self.columns))
        if reason:
            self.problems.append(Problem.of(self.source.sheet, number, None, reason, warning=True))
            return
        values, cleared, problems, notes = self._parse(number, cells)
        planned = PlannedRow(number, "add", " ".join(str(values.get(self.reg.title_field) or "").split()), values,
                             notes=notes)
        if self.keyed:
            self._match(planned, cleared, problems)
        else:
            planned.action = "problem"  # no title (or no province) column: the row cannot be matched
        if problems:
            planned.action = "problem"
            planned.problems = [Problem.of(self.source.sheet, number, self.headers.get(name), problem)
                                for name, problem in problems.items()]
        self.rows.append(planned)

    def _parse(self, number: int, cells: list) -> tuple[dict, set[str], dict[str, tuple], list[Problem]]:
        """(values of the filled cells, fields to clear, problems, notes) of a row, in column order."""
        values: dict[str, Any] = {}
        cleared: set[str] = set()
        problems: dict[str, tuple[str, dict]] = {}
        checked: dict[str, tuple[str, dict]] = {}
        notes: list[Problem] = []
        for m, f, reader in self.readers:
            cell = cells[m.index] if m.index < len(cells) else EMPTY
            raw, kind = cell.value, cell.data_type
            if kind == "f":
                problems[f.name] = ("เป็นสูตร {formula} ซึ่งไม่นำเข้า กรุณาคัดลอกแล้ววางเป็นค่า (Paste Values)",
                                    {"formula": str(raw)[:100]})
            elif kind == "e":
                problems[f.name] = ("ช่องนี้มีค่าผิดพลาด {value}", {"value": raw})
            elif is_clear(raw):
                cleared.add(f.name)
                values[f.name] = [] if f.is_list else None
            else:
                note = self._read(f, reader, raw, values, problems, checked)
                if note is not None:
                    notes.append(Problem.of(self.source.sheet, number, m.header, note, warning=True))
        for name, problem in checked.items():
            problems.setdefault(name, problem)
        return values, cleared, problems, notes

    def _read(self, f: Field, reader: ColumnReader, raw: Any, values: dict, problems: dict, checked: dict):
        """Read one filled cell into ``values`` (or its problem); its conversion note, if any."""
        value, problem, check, note = reader.read(raw)
        if value is BLANK:
            return None
        if problem:
            problems[f.name] = problem
            return None
        values[f.name] = value
        if check:
            checked[f.name] = check
        if f.kind is Kind.REF and isinstance(value, int) and (f.ref, value) not in self.held:
            # kept in the session: the cross-field rules then find it without a query
            self.held[f.ref, value] = self.session.get(REGISTERS[f.ref].model, value)
        return note

    # -- matching ---------------------------------------------------------------------------------------------------
    def _match(self, planned: PlannedRow, cleared: set[str], problems: dict) -> None:
        """add, update or same by (title, provinces); a second row with the same key in the file is a problem."""
        reg, values = self.reg, planned.values
        if reg.title_field in problems or reg.province_field in problems:
            return
        if not values.get(reg.title_field):
            problems[reg.title_field] = _required(reg.field(reg.title_field))
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
            self._as_update(planned, exact[0], cleared, problems)
        elif overlapping:  # a city sharing some of its provinces with a record of the same name
            problems[reg.title_field] = ("มีชื่อนี้ในจังหวัดเดียวกันอยู่แล้ว", {})
            return
        elif not self._flag_similar(planned, provinces, cleared, problems):
            self._as_add(planned, problems)
        candidates.append((provinces, None, planned.row))  # later rows with this key are duplicates

    def _as_add(self, planned: PlannedRow, problems: dict) -> None:
        values = planned.values
        for f in self.reg.stored_fields:
            if f.required and values.get(f.name) in (None, [], "") and f.name not in problems:
                problems[f.name] = _required(f)
        if values.get("emblem_issued_on") and not values.get("emblem_valid_until"):
            values["emblem_valid_until"] = add_years(values["emblem_issued_on"], EMBLEM_YEARS)  # as records does
        validation._check_rules(self.session, self.reg, values, problems)

    def _as_update(self, planned: PlannedRow, index: int, cleared: set[str], problems: dict) -> None:
        existing, given = self.existing, planned.values
        planned.record_id, planned.version = existing.ids[index], existing.versions[index]
        before = {name: existing.columns[name][index] for name in self.stored}
        planned.values = {**before, **given}
        planned.changes = [FieldChange(name, before[name], value) for name, value in given.items()
                           if not _same(self.reg.field(name), value, before[name])]
        for name in cleared:
            f = self.reg.field(name)
            if f.required and name not in problems:
                problems[name] = _required(f)
        validation._check_rules(self.session, self.reg, planned.values, problems)
        planned.action = "update" if planned.changes else "same"

    def _flag_similar(self, planned: PlannedRow, provinces: frozenset[str], cleared: set[str], problems: dict) -> bool:
        """A new row close to a record of the same province waits for a decision: True when so flagged.

        Both readings are planned (as a new record, with its own problems; as an update of that record, which keeps
        its own name), unless the row cannot update that record at all."""
        found = None if problems else self.similar.find(planned.title, provinces)
        if found is None:
            return False
        index, score = found
        given = {k: v for k, v in planned.values.items() if k != self.reg.title_field}  # the record keeps its name
        as_update = PlannedRow(planned.row, "update", planned.title, given)
        update_problems: dict = {}
        self._as_update(as_update, index, cleared, update_problems)
        if update_problems:
            return False
        as_add = PlannedRow(planned.row, "add", planned.title, dict(planned.values))
        add_problems: dict = {}
        self._as_add(as_add, add_problems)
        if add_problems:
            as_add.action = "problem"
            as_add.problems = [Problem.of(self.source.sheet, planned.row, self.headers.get(name), problem)
                               for name, problem in add_problems.items()]
        title = self.existing.columns[self.reg.title_field][index]
        planned.similar = Similar(self.existing.ids[index], title, score, as_add, as_update)
        return True


def _required(f: Field) -> tuple[str, dict]:
    return ("กรุณากรอก{label}", {"label": Bilingual(f.th, f.en.lower())})


def _same(f: Field, mine: Any, theirs: Any) -> bool:
    if f.is_list:
        return sorted(mine or []) == sorted(theirs or [])
    return mine == theirs
