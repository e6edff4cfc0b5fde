"""The duplicate check against the database, and the secretary's decisions on suspected pairs.

``find`` loads the projects (Core selects, no ORM objects), runs ``duplicates.suspects`` and leaves out the
pairs already decided (or marks them, on request). ``decide`` remembers a pair as "duplicate: merge",
"related: link" or "distinct", with who decided and when; a merge also withdraws the project that is not
kept, with a note naming the one it was merged into (through the register's own rules and version check).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from app.core.errors import RecordMissing, UserError
from app.core.thaidate import format_date
from app.models import City, PlanPairDecision, PlanProject, PromotionZone
from app.models.base import utcnow
from app.models.plan import PAIR_DECISIONS, plan_project_dimension, plan_project_province
from app.plan.duplicates import THRESHOLD, Candidate, Suspect, suspects
from app.registers import records
from app.registers.catalog import PLAN

DECISIONS = tuple(c.value for c in PAIR_DECISIONS)


@dataclass(frozen=True)
class Decision:
    first_id: int
    second_id: int
    decision: str
    kept_id: int | None
    decided_by: str
    decided_at: datetime
    note: str | None


def candidates(session: Session, year: int | None = None) -> list[Candidate]:
    """The projects still in play (not withdrawn); with ``year``, those whose span covers that fiscal year."""
    t = PlanProject.__table__
    query = select(t.c.id, t.c.name, t.c.agency, t.c.fiscal_year, t.c.end_year, t.c.requested_total, t.c.city_id,
                   t.c.zone_id).where(t.c.status != "withdrawn")
    if year is not None:
        query = query.where(t.c.fiscal_year <= year, or_(t.c.end_year >= year, t.c.fiscal_year == year))
    rows = session.connection().execute(query).all()
    provinces = _links(session, plan_project_province, "province_code")
    dimensions = _links(session, plan_project_dimension, "dimension_code")
    areas = _areas(session)
    return [Candidate(pid, name, agency, frozenset(provinces.get(pid, ())), frozenset(dimensions.get(pid, ())),
                      first, last or first, requested, city_id, zone_id,
                      areas.get(("city", city_id)) or areas.get(("zone", zone_id)) or "")
            for pid, name, agency, first, last, requested, city_id, zone_id in rows]


def _links(session: Session, table, column: str) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    for pid, code in session.connection().execute(select(table.c.project_id, table.c[column])):
        found[pid].append(code)
    return found


def _areas(session: Session) -> dict[tuple[str, int], str]:
    t = PlanProject.__table__
    cities = select(City.id, City.name_th).where(City.id.in_(select(t.c.city_id).where(t.c.city_id.is_not(None))))
    zones = select(PromotionZone.id, PromotionZone.name).where(
        PromotionZone.id.in_(select(t.c.zone_id).where(t.c.zone_id.is_not(None))))
    found = {("city", i): n for i, n in session.execute(cities)}
    found.update({("zone", i): n for i, n in session.execute(zones)})
    return found


def find(session: Session, year: int | None = None, include_decided: bool = False,
         threshold: int = THRESHOLD) -> list[Suspect]:
    """Suspected pairs, highest score first; decided pairs only with ``include_decided`` (their decision set)."""
    decided = decisions(session)
    found = []
    for suspect in suspects(candidates(session, year), threshold):
        known = decided.get(suspect.pair)
        if known is not None:
            if not include_decided:
                continue
            suspect.decision = known.decision
        found.append(suspect)
    return found


def decisions(session: Session) -> dict[tuple[int, int], Decision]:
    rows = session.scalars(select(PlanPairDecision))
    return {(r.first_id, r.second_id): Decision(r.first_id, r.second_id, r.decision, r.kept_id, r.decided_by,
                                                r.decided_at, r.note) for r in rows}


def decide(session: Session, first_id: int, second_id: int, decision: str, who: str, *, kept_id: int | None = None,
           score: int | None = None, note: str | None = None) -> Decision:
    """Remember the secretary's word on a pair (a later word replaces an earlier one)."""
    first_id, second_id = sorted((first_id, second_id))
    if decision not in DECISIONS:
        raise UserError("ไม่มีผลการพิจารณานี้: {decision}", decision=decision)
    if first_id == second_id:
        raise UserError("เลือกโครงการเดียวกันทั้งสองฝั่ง")
    projects = {pid: session.get(PlanProject, pid) for pid in (first_id, second_id)}
    if None in projects.values():
        raise RecordMissing()
    if decision == "duplicate":
        _merge(session, projects, kept_id, who)
    row = session.scalar(select(PlanPairDecision).where(PlanPairDecision.first_id == first_id,
                                                         PlanPairDecision.second_id == second_id))
    if row is None:
        row = PlanPairDecision(first_id=first_id, second_id=second_id)
        session.add(row)
    row.decision, row.kept_id, row.score, row.note = decision, kept_id if decision == "duplicate" else None, score, note
    row.decided_by, row.decided_at = who, utcnow()
    session.flush()
    return Decision(first_id, second_id, decision, row.kept_id, who, row.decided_at, note)


def _merge(session: Session, projects: dict[int, PlanProject], kept_id: int | None, who: str) -> None:
    """The project not kept leaves the plan: withdrawn, with a note naming the project it was merged into."""
    if kept_id not in projects:
        raise UserError("กรุณาเลือกโครงการที่จะคงไว้ในแผนงาน")
    kept = projects[kept_id]
    other = next(p for pid, p in projects.items() if pid != kept_id)
    line = f"รวมเข้ากับโครงการ #{kept.id} {kept.name} ({who}, {format_date(date.today())})"
    values = {"status": "withdrawn", "notes": "\n".join(filter(None, [other.notes, line]))}
    records.update(session, PLAN, other.id, values, other.version)


def forget(session: Session, first_id: int, second_id: int) -> None:
    """Take back a decision: the pair is suspected again at the next check (a merge is not undone)."""
    first_id, second_id = sorted((first_id, second_id))
    session.execute(delete(PlanPairDecision).where(PlanPairDecision.first_id == first_id,
                                                   PlanPairDecision.second_id == second_id))


def related(session: Session, project_id: int) -> list[Decision]:
    """Decisions naming this project (its linked and merged projects)."""
    return [d for pair, d in decisions(session).items() if project_id in pair]
