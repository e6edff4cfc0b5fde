"""What an import would do, row by row: the plan ``excel_import.read_plan`` builds and ``apply_plan`` carries out.

Unknown columns (and data in a column without a header) are ``Problem``s with ``warning=True``: they are
reported, but they do not make a plan unclean.
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


@dataclass
class PlannedRow:
    row: int  # Excel row number
    action: str  # "add" | "update" | "same" | "problem"
    title: str  # the record's name as read
    values: dict[str, Any]  # parsed values by field name, ready for records.create/update
    record_id: int | None = None  # update / same
    version: int | None = None
    changes: list[str] = field(default_factory=list)  # field names that differ (update)
    problems: list[Problem] = field(default_factory=list)


@dataclass
class ImportPlan:
    register_key: str
    file_name: str
    sheet: str
    rows: list[PlannedRow]
    problems: list[Problem]  # file/header level: unknown columns, missing required columns, ...
    columns: dict[str, str]  # header text in the file -> field name

    def _action(self, action: str) -> list[PlannedRow]:
        return [r for r in self.rows if r.action == action]

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
        return [*self.problems, *(p for r in self.rows for p in r.problems)]

    @property
    def clean(self) -> bool:
        return not any(not p.warning for p in self.all_problems)


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
