"""A plan project's budget lines (fiscal year × source, requested and allocated) and the sums the project keeps.

``save_lines`` replaces a project's lines in one go, after checking them (years within the project's span, known
sources, amounts of at most two decimals and not negative, one line per year and source) and the version of the
project the editor read (another workstation's change is not overwritten). The sums by source and in total are
written onto the project in the same transaction, so the register's table, its exports and the summaries read
them as columns. ``refresh`` recomputes those sums from the lines for many projects at once (imports, samples).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app.core.errors import Bilingual, RecordMissing, StaleRecord, UserError
from app.models import PlanBudgetLine, PlanProject
from app.models.base import utcnow
from app.models.plan import BUDGET_SOURCES, MONEY_COLUMNS, SOURCE_CODES
from app.plan.money import ZERO
from app.registers.catalog import PLAN
from app.registers.records import Saved, values_of
from app.registers.validation import parse_money


class BudgetRefused(UserError):
    """A budget line that cannot be saved; nothing of the project's budget changed."""


@dataclass(frozen=True)
class Line:
    fiscal_year: int
    source: str
    requested: Decimal
    allocated: Decimal | None = None


def span(project: PlanProject) -> range:
    """The fiscal years a project runs in."""
    return range(project.fiscal_year, (project.end_year or project.fiscal_year) + 1)


def lines(session: Session, project_id: int) -> list[Line]:
    query = (select(PlanBudgetLine).where(PlanBudgetLine.project_id == project_id)
             .order_by(PlanBudgetLine.fiscal_year, PlanBudgetLine.id))
    return [Line(r.fiscal_year, r.source, r.requested, r.allocated) for r in session.scalars(query)]


def sums(budget: Iterable[Line]) -> dict[str, Decimal]:
    """The project's cached columns: requested and allocated by source, and both in total."""
    out = dict.fromkeys(MONEY_COLUMNS, ZERO)
    for line in budget:
        out[f"requested_{line.source}"] += line.requested
        out["requested_total"] += line.requested
        if line.allocated is not None:
            out[f"allocated_{line.source}"] += line.allocated
            out["allocated_total"] += line.allocated
    return out


def _source_label(code: str) -> Bilingual:
    choice = next((c for c in BUDGET_SOURCES if c.value == code), None)
    return Bilingual(choice.th, choice.en) if choice else Bilingual(code, code)


def checked(project: PlanProject, rows: Sequence[dict[str, Any]]) -> list[Line]:
    """Lines from what was typed (amounts as text or Decimal); BudgetRefused names the first bad row (from 1)."""
    years, seen, found = span(project), set(), []
    for number, row in enumerate(rows, start=1):
        year, source = row.get("fiscal_year"), row.get("source")
        if source not in SOURCE_CODES:
            raise BudgetRefused("งบประมาณแถวที่ {row}: ไม่มีแหล่งงบประมาณนี้", row=number)
        if year not in years:
            raise BudgetRefused("งบประมาณแถวที่ {row}: ปีงบประมาณ {year} อยู่นอกช่วงปีของโครงการ ({first}–{last})",
                                row=number, year=year, first=years[0], last=years[-1])
        if (year, source) in seen:
            raise BudgetRefused("งบประมาณแถวที่ {row}: ปี {year} {source} ซ้ำกับแถวก่อนหน้า", row=number, year=year,
                                source=_source_label(source))
        seen.add((year, source))
        requested, allocated = _amount(number, row.get("requested")), _amount(number, row.get("allocated"))
        found.append(Line(year, source, requested or ZERO, allocated))
    return found


def _amount(number: int, value: Any) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return parse_money(value)
    except ValueError as error:
        raise BudgetRefused("งบประมาณแถวที่ {row}: {problem}", row=number,
                            problem=Bilingual(str(error), _english(str(error)))) from None


def _english(template: str) -> str:
    from app.core.i18n_text import english

    return english(template)


def save_lines(session: Session, project_id: int, rows: Sequence[dict[str, Any]], expected_version: int) -> Saved:
    """Replace the project's budget with ``rows`` and update its sums; the project as the register shows it."""
    project = session.get(PlanProject, project_id)
    if project is None:
        raise RecordMissing()
    if project.version != expected_version:
        raise StaleRecord()
    budget = checked(project, rows)
    session.execute(delete(PlanBudgetLine).where(PlanBudgetLine.project_id == project_id))
    session.add_all(PlanBudgetLine(project_id=project_id, fiscal_year=line.fiscal_year, source=line.source,
                                   requested=line.requested, allocated=line.allocated) for line in budget)
    for name, amount in sums(budget).items():
        setattr(project, name, amount)
    project.updated_at = utcnow()
    flag_modified(project, "updated_at")  # a new version even when the sums did not move
    session.flush()
    return shown(project)


def shown(project: PlanProject) -> Saved:
    """The project's values with its sums: what the register's table row needs after a change."""
    values = values_of(project, PLAN)
    values.update({name: getattr(project, name) for name in MONEY_COLUMNS})
    return Saved(project.id, project.version, values)


def add_lines(session: Session, budget: dict[int, list[Line]]) -> None:
    """Insert lines of many projects (new lines only: an import or the sample) and refresh their sums."""
    rows = [{"project_id": pid, "fiscal_year": line.fiscal_year, "source": line.source, "requested": line.requested,
             "allocated": line.allocated} for pid, project_lines in budget.items() for line in project_lines]
    if rows:
        session.execute(PlanBudgetLine.__table__.insert(), rows)
    refresh(session, list(budget))


def refresh(session: Session, project_ids: Sequence[int]) -> None:
    """Recompute the cached sums of these projects from their lines (a few statements per 500 projects)."""
    for start in range(0, len(project_ids), 500):
        chunk = list(project_ids[start:start + 500])
        found: dict[int, list[Line]] = defaultdict(list)
        query = select(PlanBudgetLine).where(PlanBudgetLine.project_id.in_(chunk))
        for r in session.scalars(query):
            found[r.project_id].append(Line(r.fiscal_year, r.source, r.requested, r.allocated))
        table = PlanProject.__table__
        for pid in chunk:
            session.execute(update(table).where(table.c.id == pid).values(
                **sums(found.get(pid, [])), version=table.c.version + 1, updated_at=utcnow()))
