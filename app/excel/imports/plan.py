"""What an import would do, row by row: the plan ``importer.build_plan`` makes and ``apply_plan`` carries out.

``Problem``s with ``warning=True`` are said but do not block: a conversion (a B.E. year in a date cell), a
skipped heading or total row, macros left behind. Everything else must be settled first, and so must every
new row that looks like a record already there (``similar``): update that record, or add a new one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.core.errors import render


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int | None  # 1-based Excel row; None for file/sheet level
    column: str | None  # the header as written in the file (or the column letter when there is no header)
    message_th: str
    message_en: str
    warning: bool = False  # reported, but the plan stays clean (an unknown column)

    def message(self, lang: str = "th") -> str:
        return self.message_en if lang == "en" else self.message_th

    @classmethod
    def of(cls, sheet: str, row: int | None, column: str | None, problem: tuple[str, dict],
           warning: bool = False) -> Problem:
        template, params = problem
        return cls(sheet, row, column, render(template, params, "th"), render(template, params, "en"), warning)


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any  # as stored
    after: Any  # as the file has it (None or [] when the file clears it)


@dataclass
class PlannedRow:
    row: int  # Excel row number
    action: str  # "add" | "update" | "same" | "problem"
    title: str  # the record's name as read
    values: dict[str, Any]  # parsed values by field name, ready for records.create/update (an update: all of them)
    record_id: int | None = None  # update / same
    version: int | None = None
    changes: list[FieldChange] = field(default_factory=list)  # what differs from the record (update)
    problems: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)  # conversions said in the preview (warnings)
    similar: Similar | None = None  # a new row close to a record already there
    decision: str | None = None  # for a similar row: "add" (a new record) or "update" (that record)

    @property
    def undecided(self) -> bool:
        return self.similar is not None and self.decision is None

    def decide(self, choice: str) -> None:
        """Settle a similar row: "update" the record it resembles, or "add" it as a new one."""
        if self.similar is None:
            return
        alternative = self.similar.as_update if choice == "update" else self.similar.as_add
        self.action, self.values, self.changes = alternative.action, alternative.values, alternative.changes
        self.problems = list(alternative.problems)
        self.record_id, self.version, self.decision = alternative.record_id, alternative.version, choice


@dataclass
class Similar:
    record_id: int
    title: str  # the record's title
    score: int  # 0-100
    as_add: PlannedRow  # the row as a new record
    as_update: PlannedRow  # the row as an update of that record


@dataclass
class ImportPlan:
    register_key: str
    file_name: str
    sheet: str
    rows: list[PlannedRow]
    problems: list[Problem]  # file/header level: unmapped columns, missing key columns, macros, skipped rows ...
    columns: dict[str, str]  # header text in the file -> field name (the imported columns)
    mapping: list = field(default_factory=list)  # the ColumnMatch of every column, as applied

    def _action(self, action: str) -> list[PlannedRow]:
        return [r for r in self.rows if r.action == action and not r.undecided]

    @property
    def similar(self) -> list[PlannedRow]:
        """New rows that resemble a record and still wait for a decision."""
        return [r for r in self.rows if r.undecided]

    @property
    def notes(self) -> list[Problem]:
        return [n for r in self.rows for n in r.notes]

    @property
    def adds(self) -> list[PlannedRow]:
        return self._action("add")

    @property
    def updates(self) -> list[PlannedRow]:
        return self._action("update")

    @property
    def unchanged(self) -> list[PlannedRow]:
        return self._action("same")

    @property
    def problem_rows(self) -> list[PlannedRow]:
        return self._action("problem")

    @property
    def all_problems(self) -> list[Problem]:
        """File-level problems, then every row's problems and notes, in row order."""
        return [*self.problems, *(p for r in self.rows for p in (*r.problems, *r.notes))]

    @property
    def errors(self) -> int:
        return sum(not p.warning for p in self.all_problems)

    @property
    def clean(self) -> bool:
        """Nothing to fix and nothing to decide."""
        return self.errors == 0 and not self.similar and not any(r.action == "problem" for r in self.rows)


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
