"""The dashboard's figures, counted by the database, agree with the registers and with the plan's summary."""

from __future__ import annotations

from datetime import date, timedelta

from app.plan import dashboard, summary
from app.registers import tables
from app.registers.catalog import CITIES, PLAN
from app.sample import demo
from app.sample import public_record as facts


def test_the_figures_agree_with_the_registers_and_the_summary(db, make_record):
    with db.session() as session:
        demo.fill(session)
    today = date(2024, 1, 10)
    soon = make_record("cities", n=90, emblem_issued_on=today - timedelta(days=700),
                       emblem_valid_until=today + timedelta(days=90))
    for n, province in enumerate(("TH-65", "TH-50", "TH-50"), start=1):  # the sample has no zone (not public)
        make_record("zones", n=n, province=province)
    with db.session() as session:
        f = dashboard.figures(session, today)
        cities = tables.load_table(session, CITIES, today)
        plan = tables.load_table(session, PLAN)
        whole = summary.summarise(session)
        year = dashboard.figures(session, today, 2568)
        in_2568 = summary.summarise(session, 2568)
    states = cities.columns["emblem_state"]
    assert f.emblems == {state: states.count(state) for state in ("valid", "expiring", "expired", "none")}
    assert states[cities.ids.index(soon.id)] == "expiring"  # the 90th day is still "expiring", as the table says
    cohorts = [cohort for cohort, *_rest in facts.AMBASSADORS]
    assert sum(f.zones.values()) == 3 and f.cohorts == {c: cohorts.count(c) for c in set(cohorts)}
    requested = sum((r for r, _a in f.budget.values()), start=whole.requested * 0)
    assert requested == whole.requested and f.years == [2567, 2568, 2569]
    assert f.project_count == len(plan.ids)
    assert year.budget_of_year(2568)[0] == in_2568.requested and year.project_count == in_2568.tables[1].total[1]
    assert sum(p.cities for p in f.provinces.values()) == sum(len(v) for v in cities.columns["provinces"])
    phitsanulok = year.provinces["TH-65"]
    assert phitsanulok.projects > 0 and phitsanulok.zones == 1
