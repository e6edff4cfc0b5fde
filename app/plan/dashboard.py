"""The dashboard's figures, counted by the database (GROUP BY), never by loading the registers. Qt-free.

Certified cities by the state of their emblem (in force, expiring within 90 days, expired, none yet), promotion
zones by status, ambassadors by cohort, partnerships by status, the plan's budget by fiscal year and source, and
per province: certified cities, zones and the plan's budget requested (a project of several provinces counts in
each of them). Withdrawn projects are out of the plan and out of its figures.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.models import Ambassador, AscnPartnership, City, PlanBudgetLine, PlanProject, PromotionZone
from app.models.city import EXPIRING_DAYS, city_province
from app.models.plan import EVERY_YEAR, plan_province_summary
from app.plan.money import ZERO


@dataclass
class ProvinceFigures:
    cities: int = 0
    zones: int = 0
    projects: int = 0
    requested: Decimal = ZERO


@dataclass
class Figures:
    today: date
    year: int | None  # the plan's fiscal year shown (None: every year)
    emblems: dict[str, int] = field(default_factory=dict)  # valid / expiring / expired / none → cities
    zones: dict[str, int] = field(default_factory=dict)  # status → zones
    cohorts: dict[int, int] = field(default_factory=dict)  # cohort → ambassadors
    partnerships: dict[str, int] = field(default_factory=dict)  # status → partnerships
    budget: dict[tuple[int, str], tuple[Decimal, Decimal]] = field(default_factory=dict)  # (year, source) → money
    years: list[int] = field(default_factory=list)  # fiscal years that have plan money
    project_count: int = 0  # projects in the plan (running in ``year`` when one is chosen)
    provinces: dict[str, ProvinceFigures] = field(default_factory=dict)

    @property
    def cities_total(self) -> int:
        return sum(self.emblems.values())

    def budget_of_year(self, year: int) -> tuple[Decimal, Decimal]:
        found = [v for (fy, _src), v in self.budget.items() if fy == year]
        return sum((r for r, _a in found), ZERO), sum((a for _r, a in found), ZERO)


def figures(session: Session, today: date | None = None, year: int | None = None,
            provinces: bool = True) -> Figures:
    """Every figure; without ``provinces`` all but the map's."""
    today = today or date.today()
    found = Figures(today, year, _emblems(session, today), _grouped(session, PromotionZone.status),
                    _grouped(session, Ambassador.cohort), _grouped(session, AscnPartnership.status))
    found.budget, found.years = _budget(session)
    found.provinces = province_figures(session, year) if provinces else {}
    found.project_count = _project_count(session, year)
    return found


def _project_count(session: Session, year: int | None) -> int:
    """Projects in the plan: all of them less the withdrawn (two index counts, not a scan by status)."""
    every = select(func.count()).select_from(PlanProject)
    if year is not None:
        every = every.where(PlanProject.fiscal_year <= year,
                            (PlanProject.end_year >= year) | (PlanProject.fiscal_year == year))
    return (session.scalar(every) or 0) - (session.scalar(every.where(PlanProject.status == "withdrawn")) or 0)


def _emblems(session: Session, today: date) -> dict[str, int]:
    until = City.emblem_valid_until
    state = case((until.is_(None), "none"), (until < today, "expired"),
                 (until <= today + timedelta(days=EXPIRING_DAYS), "expiring"), else_="valid")
    counts = dict.fromkeys(("valid", "expiring", "expired", "none"), 0)
    counts.update(session.execute(select(state, func.count()).group_by(state)).all())
    return counts


def _grouped(session: Session, column) -> dict:
    return dict(session.execute(select(column, func.count()).group_by(column).order_by(column)).all())


def _withdrawn():
    """The projects out of the plan: few, found by the status index (subtracted rather than joined against)."""
    return select(PlanProject.id).where(PlanProject.status == "withdrawn")


def _budget(session: Session) -> tuple[dict[tuple[int, str], tuple[Decimal, Decimal]], list[int]]:
    """Sums by (year, source): every line (one covering index scan), less the lines of withdrawn projects."""
    line = PlanBudgetLine
    columns = (line.fiscal_year, line.source, func.sum(line.requested), func.sum(line.allocated))
    every = session.execute(select(*columns).group_by(line.fiscal_year, line.source)).all()
    gone = {(fy, src): (r or ZERO, a or ZERO) for fy, src, r, a in session.execute(
        select(*columns).where(line.project_id.in_(_withdrawn())).group_by(line.fiscal_year, line.source))}
    budget = {}
    for fy, src, requested, allocated in every:
        out_r, out_a = gone.get((fy, src), (ZERO, ZERO))
        budget[fy, src] = ((requested or ZERO) - out_r, (allocated or ZERO) - out_a)
    return budget, sorted({fy for fy, _src in budget})


def province_figures(session: Session, year: int | None) -> dict[str, ProvinceFigures]:
    """Per province: certified cities, zones, and the plan's projects and money requested (in ``year``)."""
    found: dict[str, ProvinceFigures] = defaultdict(ProvinceFigures)
    for code, n in session.execute(select(city_province.c.province_code, func.count())
                                   .group_by(city_province.c.province_code)):
        found[code].cities = n
    for code, n in session.execute(select(PromotionZone.province, func.count()).group_by(PromotionZone.province)):
        found[code].zones = n
    for code, n, requested in session.execute(_plan_by_province(year)):
        found[code].projects, found[code].requested = n, requested or ZERO
    return dict(found)


def _plan_by_province(year: int | None):
    """Projects and money requested per province: read from the summary the database keeps (migration 0013), a
    row per province and year, rather than joined over every project and its provinces."""
    summary = plan_province_summary.c
    return (select(summary.province_code, summary.projects, summary.requested)
            .where(summary.fiscal_year == (EVERY_YEAR if year is None else year), summary.projects > 0))
