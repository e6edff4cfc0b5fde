"""The plan's per-province summary (migration 0013) is what a fresh GROUP BY over the projects, their provinces and
budget lines gives, after any sequence of inserts, updates and deletes by anyone (raw SQL here, the services and
the sample too), on SQLite and PostgreSQL; the dashboard's figures per province are the ones the join gave."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, insert, select, update

from app.core.db import Database
from app.models import PlanBudgetLine, PlanProject
from app.models.plan import EVERY_YEAR, plan_project_province, plan_province_summary
from app.plan import budget, dashboard
from app.registers import records
from app.registers.catalog import PLAN
from app.sample import demo

PROVINCES = ("TH-10", "TH-50", "TH-65")
YEARS = (2567, 2568, 2569)
SOURCES = ("gov", "local")


def fresh(conn) -> dict[tuple[str, int], tuple[int, Decimal]]:
    """The figures as the dashboard joined them before the summary: over every year and per fiscal year."""
    link, line, project = plan_project_province.c, PlanBudgetLine, PlanProject
    active = project.status != "withdrawn"
    every = (select(link.province_code, func.count(), func.sum(project.requested_total)).select_from(project)
             .join(plan_project_province, link.project_id == project.id).where(active).group_by(link.province_code))
    yearly = (select(link.province_code, line.fiscal_year, func.count(func.distinct(line.project_id)),
                     func.sum(line.requested))
              .join(plan_project_province, link.project_id == line.project_id)
              .join(project, project.id == line.project_id).where(active)
              .group_by(link.province_code, line.fiscal_year))
    found = {(code, EVERY_YEAR): (n, money) for code, n, money in conn.execute(every)}
    found.update({(code, fy): (n, money) for code, fy, n, money in conn.execute(yearly)})
    return found


def kept(conn) -> dict[tuple[str, int], tuple[int, Decimal]]:
    s = plan_province_summary.c
    rows = conn.execute(select(s.province_code, s.fiscal_year, s.projects, s.requested)).all()
    assert all(money == 0 for _c, _fy, n, money in rows if n == 0)  # no money without a project
    return {(code, fy): (n, money) for code, fy, n, money in rows if n}


def _money(draw_value: int) -> Decimal:
    return Decimal(draw_value) / 100


OPS = st.lists(st.tuples(st.sampled_from(("project", "withdraw", "total", "drop", "link", "unlink", "move",
                                          "line", "unline", "reline", "lines", "wipe", "raise", "withdraw_all")),
                         st.integers(0, 50), st.integers(0, 50), st.integers(1, 10_000_00)), max_size=40)


def apply(conn, op: str, a: int, b: int, amount: int) -> None:
    ids = conn.execute(select(PlanProject.id).order_by(PlanProject.id)).scalars().all()
    if op == "project" or not ids:
        conn.execute(insert(PlanProject.__table__), {
            "name": f"โครงการ {a}", "agency": "เทศบาลนคร", "agency_kind": "local", "fiscal_year": YEARS[a % 3],
            "status": "withdrawn" if b % 4 == 0 else "proposed", "requested_total": _money(amount)})
        return
    pid = ids[a % len(ids)]
    links = conn.execute(select(plan_project_province)).all()
    lines = conn.execute(select(PlanBudgetLine.id, PlanBudgetLine.project_id)).all()
    project = PlanProject.__table__
    if op == "withdraw":
        conn.execute(update(project).where(project.c.id == pid).values(
            status=("withdrawn", "screened", "proposed")[b % 3]))
    elif op == "total":
        conn.execute(update(project).where(project.c.id == pid).values(requested_total=_money(amount)))
    elif op == "withdraw_all":  # one statement, many rows
        conn.execute(update(project).where(project.c.id % 2 == b % 2).values(
            status="withdrawn" if amount % 2 else "proposed"))
    elif op == "drop":
        conn.execute(delete(project).where(project.c.id == pid))  # links and lines go by cascade
    elif op == "link":
        code = PROVINCES[b % 3]
        if (pid, code) not in {tuple(r) for r in links}:
            conn.execute(insert(plan_project_province), {"project_id": pid, "province_code": code})
    elif op in ("unlink", "move") and links:
        victim = links[b % len(links)]
        where = (plan_project_province.c.project_id == victim[0]) & (plan_project_province.c.province_code
                                                                     == victim[1])
        if op == "unlink":
            conn.execute(delete(plan_project_province).where(where))
        elif (pid, PROVINCES[amount % 3]) not in {tuple(r) for r in links}:
            conn.execute(update(plan_project_province).where(where).values(project_id=pid,
                                                                           province_code=PROVINCES[amount % 3]))
    else:
        _line(conn, op, pid, b, amount, lines)


def _line(conn, op: str, pid: int, b: int, amount: int, lines) -> None:
    table = PlanBudgetLine.__table__
    taken = {tuple(r) for r in conn.execute(select(table.c.project_id, table.c.fiscal_year, table.c.source))}
    key = (pid, YEARS[b % 3], SOURCES[amount % 2])
    if op == "line" and key not in taken:
        conn.execute(insert(table), {"project_id": pid, "fiscal_year": key[1], "source": key[2],
                                     "requested": _money(amount)})
    elif op == "lines":  # one INSERT of several lines: some years and sources at once
        wanted = {(pid, YEARS[(b + k) % 3], SOURCES[k % 2]) for k in range(amount % 4 + 1)} - taken
        if wanted:
            conn.execute(insert(table), [{"project_id": p, "fiscal_year": y, "source": src, "requested": _money(
                amount + n)} for n, (p, y, src) in enumerate(sorted(wanted))])
    elif op == "wipe":  # one DELETE of all the project's lines, as the budget dialog saves
        conn.execute(delete(table).where(table.c.project_id == pid))
    elif op == "raise":
        conn.execute(update(table).where(table.c.project_id == pid).values(requested=table.c.requested + 100))
    elif op == "unline" and lines:
        conn.execute(delete(table).where(table.c.id == lines[b % len(lines)][0]))
    elif op == "reline" and lines:
        line_id = lines[b % len(lines)][0]
        values = {"requested": _money(amount)}
        if key not in taken:
            values.update(project_id=pid, fiscal_year=key[1], source=key[2])
        conn.execute(update(table).where(table.c.id == line_id).values(**values))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS)
def test_the_summary_is_a_fresh_group_by_after_any_writes(db, ops):
    with db.engine.begin() as conn:
        conn.execute(delete(PlanProject.__table__))
        assert kept(conn) == {}
        for n, op in enumerate(ops):
            apply(conn, *op)
            if n % 7 == 0:
                assert kept(conn) == fresh(conn)
        assert kept(conn) == fresh(conn)


def test_the_services_and_the_sample_keep_it_and_the_dashboard_reads_it(db):
    with db.session() as session:
        demo.fill(session)
    with db.session() as session:
        some = session.scalars(select(PlanProject).where(PlanProject.status == "proposed")
                               .order_by(PlanProject.id).limit(3)).all()
        saved = records.load(session, PLAN, some[0].id)
        records.update(session, PLAN, some[0].id, {**saved.values, "status": "withdrawn"}, saved.version)
        records.delete(session, PLAN, some[1].id)
        budget.save_lines(session, some[2].id, [{"fiscal_year": some[2].fiscal_year, "source": "local",
                                                 "requested": "1234.56"}], some[2].version)
        session.commit()
    with db.engine.connect() as conn:
        assert kept(conn) == fresh(conn)
        expected = fresh(conn)
    with db.session() as session:
        for year in (None, 2568):
            shown = dashboard.province_figures(session, year)
            want = {code: v for (code, fy), v in expected.items() if fy == (year or EVERY_YEAR)}
            assert {c: (p.projects, p.requested) for c, p in shown.items() if p.projects} == want


def test_an_offline_copy_builds_its_own_summary(db, tmp_path):
    from app.sync import checkout

    with db.session() as session:
        demo.fill(session)
    checkout.checkout(db, tmp_path / "laptop.sqlite", None)
    laptop = Database(tmp_path / "laptop.sqlite")
    with db.engine.connect() as server, laptop.engine.connect() as conn:
        assert kept(conn) == fresh(conn) == kept(server) != {}
    laptop.dispose()


def test_the_upgrade_fills_the_summary_from_the_plan_already_there(db_target, tmp_path):
    from alembic import command

    from app.core import migrate

    database = Database(db_target)
    cfg = migrate.alembic_config()
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0012")
    with database.engine.begin() as conn:  # the tables of 0012 are today's: the same writes as above
        for op in (("project", 0, 1, 500), ("project", 1, 2, 700), ("project", 2, 0, 900), ("link", 0, 0, 1),
                   ("link", 1, 1, 1), ("link", 1, 2, 1), ("link", 2, 2, 1), ("line", 0, 0, 100),
                   ("lines", 1, 1, 3)):
            apply(conn, *op)
        assert "plan_province_summary" not in conn.dialect.get_table_names(conn)
    migrate.upgrade(database, backup_folder=tmp_path / "backups")
    with database.engine.connect() as conn:
        assert kept(conn) == fresh(conn) != {}
    database.dispose()
