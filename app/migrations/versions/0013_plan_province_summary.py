"""The plan's figures per province, kept by the database: for each province the projects in the plan (withdrawn
ones are out) and the money they request, over every year (``fiscal_year`` 0: the projects' requested totals) and
per fiscal year (the budget lines of that year). Triggers on plan_project, plan_project_province and
plan_budget_line change it in the same transaction as every write, whoever writes (the forms, the Excel import, an
offline copy's package, raw SQL), so the dashboard's map reads some hundred rows instead of joining every project
with its provinces. On PostgreSQL the trigger functions run with the owner's rights: no role writes the summary.
The map's count of certified cities per province reads a new index of city_province by province.

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

TABLE = "plan_province_summary"
WATCHED = ("plan_project", "plan_project_province", "plan_budget_line")
ACTIVE = "status <> 'withdrawn'"
UPSERT = (f"INSERT INTO {TABLE} (province_code, fiscal_year, projects, requested) "
          "SELECT code, fy, n, money FROM ({select}) AS d WHERE true "
          "ON CONFLICT (province_code, fiscal_year) DO UPDATE SET projects = {table}.projects + excluded.projects, "
          "requested = {table}.requested + excluded.requested")


def _upsert(select: str) -> str:
    return UPSERT.format(select=select, table=TABLE)


def _project(row: str, sign: str) -> list[str]:
    """A project's share (the row's status and total, its provinces and budget lines as they are now)."""
    every = (f"SELECT l.province_code AS code, 0 AS fy, {sign}1 AS n, {sign}{row}.requested_total AS money "
             f"FROM plan_project_province l WHERE l.project_id = {row}.id AND {row}.{ACTIVE} ORDER BY code")
    yearly = (f"SELECT l.province_code AS code, b.fiscal_year AS fy, {sign}1 AS n, {sign}sum(b.requested) AS money "
              f"FROM plan_project_province l JOIN plan_budget_line b ON b.project_id = l.project_id "
              f"WHERE l.project_id = {row}.id AND {row}.{ACTIVE} GROUP BY l.province_code, b.fiscal_year "
              f"ORDER BY code, fy")
    return [_upsert(every), _upsert(yearly)]


def _link(row: str, sign: str) -> list[str]:
    """A project–province link's share: the project (if in the plan) in that province, every year and per year."""
    every = (f"SELECT {row}.province_code AS code, 0 AS fy, {sign}1 AS n, {sign}p.requested_total AS money "
             f"FROM plan_project p WHERE p.id = {row}.project_id AND p.{ACTIVE}")
    yearly = (f"SELECT {row}.province_code AS code, b.fiscal_year AS fy, {sign}1 AS n, {sign}sum(b.requested) AS money "
              f"FROM plan_project p JOIN plan_budget_line b ON b.project_id = p.id "
              f"WHERE p.id = {row}.project_id AND p.{ACTIVE} GROUP BY b.fiscal_year ORDER BY fy")
    return [_upsert(every), _upsert(yearly)]


def _line(row: str, sign: str, own: str) -> list[str]:
    """A budget line's share of its year in its project's provinces; the project counts once a year: only the
    first of its lines in that year adds it, the last removes it (``own``: the line's row after the change).
    SQLite runs a row's trigger as that row changes, so the question is asked row by row (PostgreSQL: _pg_lines)."""
    alone = (f"CASE WHEN EXISTS (SELECT 1 FROM plan_budget_line o WHERE o.project_id = {row}.project_id "
             f"AND o.fiscal_year = {row}.fiscal_year AND o.id <> {own}.id) THEN 0 ELSE 1 END")
    share = (f"SELECT l.province_code AS code, {row}.fiscal_year AS fy, {sign}({alone}) AS n, "
             f"{sign}{row}.requested AS money FROM plan_project p JOIN plan_project_province l "
             f"ON l.project_id = p.id WHERE p.id = {row}.project_id AND p.{ACTIVE} ORDER BY code")
    return [_upsert(share)]


def _bodies() -> dict[str, dict[str, list[str]]]:
    """table → operation → statements, each a difference: the old row's share out, the new row's in."""
    return {
        "plan_project": {"INSERT": _project("NEW", "+"), "DELETE": _project("OLD", "-"),
                         "UPDATE": _project("OLD", "-") + _project("NEW", "+")},
        "plan_project_province": {"INSERT": _link("NEW", "+"), "DELETE": _link("OLD", "-"),
                                  "UPDATE": _link("OLD", "-") + _link("NEW", "+")},
        "plan_budget_line": {"INSERT": _line("NEW", "+", "NEW"), "DELETE": _line("OLD", "-", "OLD"),
                             "UPDATE": _line("OLD", "-", "NEW") + _line("NEW", "+", "NEW")},
    }


def _changed(table: str, differ: str) -> str:
    """The updates that move the figures (others, e.g. a project's name or a line's allocation, leave them)."""
    columns = {"plan_project": ("id", "requested_total"), "plan_project_province": ("project_id", "province_code"),
               "plan_budget_line": ("id", "project_id", "fiscal_year", "requested")}[table]
    out = [f"OLD.{c} {differ} NEW.{c}" for c in columns]
    if table == "plan_project":
        out.append(f"(OLD.status = 'withdrawn') {differ} (NEW.status = 'withdrawn')")
    return " OR ".join(out)


def _timing(table: str, operation: str) -> str:
    """A project's share leaves before the project does (its links and lines go with it, by cascade, after)."""
    return "BEFORE" if table == "plan_project" and operation == "DELETE" else "AFTER"


def _when(table: str, operation: str, differ: str) -> str:
    return f" WHEN ({_changed(table, differ)})" if operation == "UPDATE" else ""


def _sqlite(bind) -> None:
    for table, operations in _bodies().items():
        for operation, statements in operations.items():
            bind.exec_driver_sql(f"CREATE TRIGGER plan_summary_{table}_{operation.lower()} "
                                 f"{_timing(table, operation)} {operation} ON {table}"
                                 f"{_when(table, operation, 'IS NOT')} BEGIN {'; '.join(statements)}; END")


EMPTY = "(SELECT NULL::integer AS project_id, NULL::integer AS fiscal_year, NULL::bigint AS requested WHERE false)"


def _pg_lines(old: str, new: str) -> str:
    """PostgreSQL fires a row's AFTER trigger once the whole statement is done, when "is this the year's last
    line?" can no longer be asked row by row; so the budget lines' share is taken per statement, from its
    transition tables: per project and year, the lines there now less those added plus those removed tell
    whether the project was in that year before, and the money moves by what was added less what was removed."""
    return (f"WITH o AS (SELECT project_id, fiscal_year, count(*) AS n, sum(requested) AS money FROM {old} AS x "
            f"GROUP BY 1, 2), a AS (SELECT project_id, fiscal_year, count(*) AS n, sum(requested) AS money "
            f"FROM {new} AS y GROUP BY 1, 2), k AS (SELECT project_id, fiscal_year FROM o UNION "
            f"SELECT project_id, fiscal_year FROM a), d AS (SELECT k.project_id, k.fiscal_year, "
            f"(SELECT count(*) FROM plan_budget_line b WHERE b.project_id = k.project_id "
            f"AND b.fiscal_year = k.fiscal_year) AS now_n, coalesce(a.n, 0) - coalesce(o.n, 0) AS added, "
            f"coalesce(a.money, 0) - coalesce(o.money, 0) AS money FROM k "
            f"LEFT JOIN o USING (project_id, fiscal_year) LEFT JOIN a USING (project_id, fiscal_year)) "
            f"INSERT INTO {TABLE} (province_code, fiscal_year, projects, requested) "
            f"SELECT l.province_code, d.fiscal_year, sum((d.now_n > 0)::integer - (d.now_n - d.added > 0)::integer), "
            f"sum(d.money) FROM d JOIN plan_project p ON p.id = d.project_id AND p.{ACTIVE} "
            f"JOIN plan_project_province l ON l.project_id = d.project_id GROUP BY 1, 2 ORDER BY 1, 2 "
            f"ON CONFLICT (province_code, fiscal_year) DO UPDATE SET projects = {TABLE}.projects + excluded.projects, "
            f"requested = {TABLE}.requested + excluded.requested")


def _pg_function(schema: str, table: str, branches: str, returns: str) -> str:
    return (f"CREATE OR REPLACE FUNCTION plan_summary_{table}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
            f"SET search_path = {schema}, pg_temp AS $fn$ BEGIN {branches} {returns} END $fn$")


def _postgresql(bind) -> None:
    schema = bind.exec_driver_sql("SELECT quote_ident(current_schema())").scalar()
    for table, operations in _bodies().items():
        if table == "plan_budget_line":
            continue
        branches = " ".join(f"IF TG_OP = '{op_}' THEN {'; '.join(s)}; END IF;" for op_, s in operations.items())
        bind.exec_driver_sql(_pg_function(schema, table, branches,
                                          "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW;"))
        for operation in operations:
            bind.exec_driver_sql(f"CREATE TRIGGER plan_summary_{operation.lower()} {_timing(table, operation)} "
                                 f"{operation} ON {table} FOR EACH ROW"
                                 f"{_when(table, operation, 'IS DISTINCT FROM')} "
                                 f"EXECUTE FUNCTION plan_summary_{table}()")
    sides = {"INSERT": (EMPTY, "new_rows"), "UPDATE": ("old_rows", "new_rows"), "DELETE": ("old_rows", EMPTY)}
    branches = " ".join(f"IF TG_OP = '{op_}' THEN {_pg_lines(*sides[op_])}; END IF;" for op_ in sides)
    bind.exec_driver_sql(_pg_function(schema, "plan_budget_line", branches, "RETURN NULL;"))
    for operation, (old, new) in sides.items():
        tables = " ".join(f"{kind} TABLE AS {name}" for kind, name in (("OLD", old), ("NEW", new))
                          if name != EMPTY)
        bind.exec_driver_sql(f"CREATE TRIGGER plan_summary_{operation.lower()} AFTER {operation} "
                             f"ON plan_budget_line REFERENCING {tables} FOR EACH STATEMENT "
                             f"EXECUTE FUNCTION plan_summary_plan_budget_line()")


FILL = (f"INSERT INTO {TABLE} (province_code, fiscal_year, projects, requested) "
        "SELECT l.province_code, 0, count(*), coalesce(sum(p.requested_total), 0) FROM plan_project p "
        "JOIN plan_project_province l ON l.project_id = p.id WHERE p.status <> 'withdrawn' GROUP BY l.province_code "
        "UNION ALL "
        "SELECT l.province_code, b.fiscal_year, count(DISTINCT b.project_id), coalesce(sum(b.requested), 0) "
        "FROM plan_budget_line b JOIN plan_project p ON p.id = b.project_id "
        "JOIN plan_project_province l ON l.project_id = b.project_id WHERE p.status <> 'withdrawn' "
        "GROUP BY l.province_code, b.fiscal_year")


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("province_code", sa.String(8), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("projects", sa.Integer(), nullable=False),
        sa.Column("requested", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("province_code", "fiscal_year", name=op.f(f"pk_{TABLE}")),
    )
    op.create_index(op.f("ix_city_province_province_code"), "city_province", ["province_code"], unique=False)
    bind = op.get_bind()
    bind.exec_driver_sql(FILL)
    (_postgresql if bind.dialect.name == "postgresql" else _sqlite)(bind)


def downgrade() -> None:
    bind = op.get_bind()
    for table in WATCHED:
        if bind.dialect.name == "postgresql":
            for operation in ("insert", "update", "delete"):
                bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS plan_summary_{operation} ON {table}")
            bind.exec_driver_sql(f"DROP FUNCTION IF EXISTS plan_summary_{table}()")
        else:
            for operation in ("insert", "update", "delete"):
                bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS plan_summary_{table}_{operation}")
    op.drop_table(TABLE)
    op.drop_index(op.f("ix_city_province_province_code"), table_name="city_province")
