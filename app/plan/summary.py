"""Summary tables of the plan for the agenda: by fiscal year × source, by province, by smart dimension and by
agency. Qt-free; exact sums (Decimal) of the budget lines of the projects still in the plan (not withdrawn).

``summarise(session, year)`` gives the four tables; with ``year`` only that fiscal year's money and the projects
running in it. A project of several provinces is one row "หลายจังหวัด" of the province table (so its rows add up
to the total); a project of several dimensions counts in each of them (that table has no total row, and says so).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import PlanBudgetLine, PlanProject
from app.models.plan import AGENCY_KINDS, BUDGET_SOURCES, plan_project_dimension, plan_project_province
from app.plan.money import ZERO, total
from app.registers.reference import load_dimensions, province_index


@dataclass(frozen=True)
class Label:
    th: str
    en: str

    def text(self, lang: str = "th") -> str:
        return self.en if lang == "en" else self.th


@dataclass
class Table:
    key: str
    title: Label
    headers: list[Label]
    rows: list[list[Any]]  # text or Label, int (counts) or Decimal (baht)
    total: list[Any] | None = None
    note: Label | None = None


@dataclass
class Summary:
    year: int | None
    tables: list[Table] = field(default_factory=list)
    requested: Decimal = ZERO
    allocated: Decimal = ZERO

    def table(self, key: str) -> Table:
        return next(t for t in self.tables if t.key == key)


@dataclass
class _Project:
    id: int
    agency: str
    kind: str
    provinces: list[str] = field(default_factory=list)
    dimensions: list[str] = field(default_factory=list)
    requested: Decimal = ZERO
    allocated: Decimal = ZERO
    by_source: dict[tuple[int, str], list[Decimal]] = field(default_factory=dict)


AMOUNTS = [Label("จำนวนโครงการ", "Projects"), Label("งบประมาณที่เสนอขอ (บาท)", "Requested (baht)"),
           Label("งบประมาณที่ได้รับจัดสรร (บาท)", "Allocated (baht)")]


def summarise(session: Session, year: int | None = None) -> Summary:
    projects = _load(session, year)
    summary = Summary(year, requested=total(p.requested for p in projects),
                      allocated=total(p.allocated for p in projects))
    summary.tables = [_by_year_and_source(projects), _by_province(projects), _by_dimension(projects),
                      _by_agency(projects)]
    return summary


def _load(session: Session, year: int | None) -> list[_Project]:
    t = PlanProject.__table__
    query = select(t.c.id, t.c.agency, t.c.agency_kind).where(t.c.status != "withdrawn")
    if year is not None:
        query = query.where(t.c.fiscal_year <= year, (t.c.end_year >= year) | (t.c.fiscal_year == year))
    projects = {pid: _Project(pid, agency, kind) for pid, agency, kind in session.connection().execute(query)}
    for table, column, attr in ((plan_project_province, "province_code", "provinces"),
                                (plan_project_dimension, "dimension_code", "dimensions")):
        for pid, code in session.connection().execute(select(table.c.project_id, table.c[column])):
            if pid in projects:
                getattr(projects[pid], attr).append(code)
    lines = select(PlanBudgetLine.project_id, PlanBudgetLine.fiscal_year, PlanBudgetLine.source,
                   PlanBudgetLine.requested, PlanBudgetLine.allocated)
    if year is not None:
        lines = lines.where(PlanBudgetLine.fiscal_year == year)
    for pid, fy, source, requested, allocated in session.execute(lines):
        project = projects.get(pid)
        if project is not None:
            project.requested += requested
            project.allocated += allocated or ZERO
            project.by_source[fy, source] = [requested, allocated or ZERO]
    return list(projects.values())


TOTAL = Label("รวม", "Total")


def cell_text(value: Any, lang: str = "th") -> Any:
    """A cell as written out: labels in the language, everything else as it is."""
    return value.text(lang) if isinstance(value, Label) else value


def _money_row(label: Any, group: list[_Project]) -> list[Any]:
    return [label, len(group), total(p.requested for p in group), total(p.allocated for p in group)]


def _total_row(rows: list[list[Any]]) -> list[Any]:
    return [TOTAL, *(sum(r[i] for r in rows) for i in range(1, len(rows[0])))]


def _by_year_and_source(projects: list[_Project]) -> Table:
    """One row per fiscal year and source that has money, a subtotal per year, and the grand total."""
    cells: dict[tuple[int, str], list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])
    for p in projects:
        for key, (requested, allocated) in p.by_source.items():
            cells[key][0] += requested
            cells[key][1] += allocated
    sources = {c.value: Label(c.th, c.en) for c in BUDGET_SOURCES}
    order = {c.value: n for n, c in enumerate(BUDGET_SOURCES)}
    rows: list[list[Any]] = []
    for year in sorted({fy for fy, _ in cells}):
        keys = sorted((k for k in cells if k[0] == year), key=lambda k: order.get(k[1], 99))
        rows += [[str(year), sources.get(src, src), *cells[year, src]] for _, src in keys]
        rows.append([str(year), Label("รวมทุกแหล่ง", "All sources"), total(cells[k][0] for k in keys),
                     total(cells[k][1] for k in keys)])
    subtotals = [r for r in rows if isinstance(r[1], Label) and r[1].en == "All sources"]
    grand = [TOTAL, "", total(r[2] for r in subtotals), total(r[3] for r in subtotals)] if rows else None
    headers = [Label("ปีงบประมาณ", "Fiscal year"), Label("แหล่งงบประมาณ", "Source"), *AMOUNTS[1:]]
    return Table("year_source", Label("งบประมาณตามปีงบประมาณและแหล่งงบประมาณ", "Budget by fiscal year and source"),
                 headers, rows, grand)


def _by_province(projects: list[_Project]) -> Table:
    groups: dict[str, list[_Project]] = defaultdict(list)
    for p in projects:
        groups[p.provinces[0] if len(p.provinces) == 1 else ""].append(p)
    index = province_index()
    rows = [_money_row(Label(index[code]["name_th"], index[code]["name_en"]) if code in index else code, groups[code])
            for code in sorted((c for c in groups if c), key=lambda c: index.get(c, {}).get("name_th", c))]
    if "" in groups:
        rows.append(_money_row(Label("หลายจังหวัด", "Several provinces"), groups[""]))
    return Table("province", Label("งบประมาณตามจังหวัด", "Budget by province"),
                 [Label("จังหวัด", "Province"), *AMOUNTS], rows, _total_row(rows) if rows else None,
                 Label("โครงการที่ครอบคลุมหลายจังหวัดรวมไว้ในแถว หลายจังหวัด",
                       "Projects of several provinces are in the row หลายจังหวัด (several provinces)"))


def _by_dimension(projects: list[_Project]) -> Table:
    rows = []
    for dim in load_dimensions():
        group = [p for p in projects if dim["code"] in p.dimensions]
        rows.append(_money_row(Label(dim["name_th"], dim["name_en"]), group))
    unstated = [p for p in projects if not p.dimensions]
    if unstated:
        rows.append(_money_row(Label("ไม่ระบุด้าน", "Not stated"), unstated))
    return Table("dimension", Label("งบประมาณตามด้านเมืองอัจฉริยะ", "Budget by smart dimension"),
                 [Label("ด้าน", "Dimension"), *AMOUNTS], rows, None,
                 Label("โครงการหนึ่งอาจอยู่หลายด้าน จึงนับในทุกด้านที่ระบุ ตารางนี้จึงไม่มีแถวรวม",
                       "A project of several dimensions counts in each, so this table has no total row"))


def _by_agency(projects: list[_Project]) -> Table:
    groups: dict[tuple[str, str], list[_Project]] = defaultdict(list)
    for p in projects:
        groups[" ".join(p.agency.split()), p.kind].append(p)
    kinds = {c.value: Label(c.th, c.en) for c in AGENCY_KINDS}
    rows = [[agency, kinds.get(kind, kind), *_money_row("", group)[1:]] for (agency, kind), group in groups.items()]
    rows.sort(key=lambda r: (-r[3], r[0]))
    totals = [TOTAL, "", *_total_row([[None, *r[2:]] for r in rows])[1:]] if rows else None
    return Table("agency", Label("งบประมาณตามหน่วยงานที่เสนอ", "Budget by proposing agency"),
                 [Label("หน่วยงาน", "Agency"), Label("ประเภทหน่วยงาน", "Agency type"), *AMOUNTS], rows, totals)
