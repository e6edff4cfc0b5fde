"""The application's roles and what each may do; on PostgreSQL, the group roles and privileges that enforce them.

Group roles are cluster-wide, so their names carry the database (and the schema when it is not ``public``):
``<db>_viewer``, ``<db>_clerk``, ``<db>_secretary``, ``<db>_admin``, each a member of the one before (a clerk
may do all a viewer may). Each person's login role is a member of one of them. The server refuses what a role
may not do: privileges per table, and row-level security where a row decides it (a clerk cannot certify
minutes or change certified ones; only a secretary writes the certificate settings; only an admin the others).
The audit tables are never granted UPDATE or DELETE (except the erasure of personal values). The plan's
per-province summary (plan_province_summary) is granted to no writer: its triggers write it with the owner's rights.
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.engine import Connection

ROLES = ("viewer", "clerk", "secretary", "admin")
ROLE_LABELS = {"viewer": ("ผู้อ่าน", "viewer"), "clerk": ("เจ้าหน้าที่", "clerk"),
               "secretary": ("เลขานุการ", "secretary"), "admin": ("ผู้ดูแลระบบ", "admin")}
REGISTER_TABLES = ("city", "city_province", "city_dimension", "emblem_renewal", "promotion_zone", "ambassador",
                   "ascn_partnership")
MEETING_TABLES = ("committee", "committee_member", "meeting", "meeting_attendance", "meeting_guest", "agenda_item",
                  "agenda_item_city", "action_item")
PLAN_TABLES = ("plan_project", "plan_project_province", "plan_project_dimension", "plan_budget_line",
               "plan_pair_decision")
CERTIFICATE_TABLES = ("certificate", "certificate_counter", "certificate_event")
SYNC_TABLES = ("sync_package", "sync_record")  # the packages from offline laptops a server applied (app.sync)
KEY_TABLES = ("city_keys", "promotion_zone_keys", "ambassador_keys", "ascn_partnership_keys", "plan_project_keys")
CLERK_TABLES = REGISTER_TABLES + MEETING_TABLES + PLAN_TABLES + SYNC_TABLES + KEY_TABLES
HIDDEN_FROM_VIEWERS = ("audit_personal", "personal_data_disclosure")
WRITE = "INSERT, UPDATE, DELETE"
# the settings a secretary keeps: the certificates' (wording, signatories, numbering) and the import mappings
# a secretary confirmed (app.excel.imports.mapping.SETTING_PREFIX)
SECRETARY_SETTINGS = "key LIKE 'certificates.%' OR key LIKE 'import-mapping%' OR key = 'sync.server_id'"


def at_least(role: str, needed: str) -> bool:
    return ROLES.index(role) >= ROLES.index(needed)


def prefix(conn: Connection) -> str:
    db, schema = conn.execute(text("SELECT current_database(), current_schema()")).one()
    base = db if schema == "public" else f"{db}_{schema}"
    return re.sub(r"[^a-z0-9_]", "_", base.lower())[:48]


def group(conn: Connection, role: str) -> str:
    return f"{prefix(conn)}_{role}"


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def groups_exist(conn: Connection) -> bool:
    names = [group(conn, r) for r in ROLES]
    found = conn.execute(text("SELECT count(*) FROM pg_roles WHERE rolname = ANY(:n)"), {"n": names}).scalar()
    return found == len(names)


def _create_groups(conn: Connection) -> None:
    for n, role in enumerate(ROLES):
        name = group(conn, role)
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).scalar()
        if not exists:
            conn.execute(text(f"CREATE ROLE {_q(name)} NOLOGIN"))
        if n:
            conn.execute(text(f"GRANT {_q(group(conn, ROLES[n - 1]))} TO {_q(name)}"))


def _tables(conn: Connection) -> list[str]:
    return list(conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")).scalars())


def _grants(conn: Connection) -> list[str]:
    viewer, clerk, secretary = (_q(group(conn, r)) for r in ROLES[:3])
    schema = _q(conn.execute(text("SELECT current_schema()")).scalar())
    tables = _tables(conn)
    seen = [t for t in tables if t not in HIDDEN_FROM_VIEWERS]
    out = [f"GRANT USAGE ON SCHEMA {schema} TO {viewer}",
           f"GRANT SELECT ON {', '.join(seen)} TO {viewer}",
           f"GRANT INSERT ON personal_data_disclosure TO {viewer}",
           f"GRANT {WRITE} ON {', '.join(t for t in CLERK_TABLES if t in tables)} TO {clerk}",
           f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {clerk}",
           f"GRANT {WRITE} ON {', '.join(CERTIFICATE_TABLES)} TO {secretary}",
           f"GRANT SELECT, DELETE ON audit_personal TO {secretary}",
           f"GRANT SELECT ON personal_data_disclosure TO {secretary}",
           f"GRANT {WRITE} ON app_setting TO {secretary}",
           f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {viewer}"]
    return out


def _policies(conn: Connection) -> list[str]:
    viewer, clerk, secretary, admin = (_q(group(conn, r)) for r in ROLES)
    out = []
    for table in ("meeting", "app_setting"):
        out.append(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        for name in ("app_read", "app_clerk", "app_clerk_insert", "app_clerk_delete", "app_secretary",
                     "app_admin"):
            out.append(f"DROP POLICY IF EXISTS {name} ON {table}")
    out += [
        f"CREATE POLICY app_read ON meeting FOR SELECT TO {viewer} USING (true)",
        f"CREATE POLICY app_clerk ON meeting FOR UPDATE TO {clerk} USING (state <> 'certified') "
        f"WITH CHECK (state <> 'certified')",
        f"CREATE POLICY app_clerk_insert ON meeting FOR INSERT TO {clerk} WITH CHECK (state <> 'certified')",
        f"CREATE POLICY app_clerk_delete ON meeting FOR DELETE TO {clerk} USING (state <> 'certified')",
        f"CREATE POLICY app_secretary ON meeting FOR ALL TO {secretary} USING (true) WITH CHECK (true)",
        f"CREATE POLICY app_read ON app_setting FOR SELECT TO {viewer} USING (key <> 'certificates.secret')",
        f"CREATE POLICY app_secretary ON app_setting FOR ALL TO {secretary} USING ({SECRETARY_SETTINGS}) "
        f"WITH CHECK ({SECRETARY_SETTINGS})",
        f"CREATE POLICY app_admin ON app_setting FOR ALL TO {admin} USING (true) WITH CHECK (true)",
        f"GRANT {WRITE} ON app_setting TO {admin}",
    ]
    return out


def setup(conn: Connection) -> None:
    """Create the group roles (if missing) and (re)grant them: run by an admin; safe to run again."""
    _create_groups(conn)
    for statement in _grants(conn) + _policies(conn):
        conn.execute(text(statement))


def drop_groups(conn: Connection) -> None:
    """Remove the group roles of this database (and every grant they hold): for tests and uninstalling."""
    for role in reversed(ROLES):
        name = group(conn, role)
        if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).scalar():
            conn.execute(text(f"DROP OWNED BY {_q(name)}"))
            conn.execute(text(f"DROP ROLE {_q(name)}"))


def role_of(conn: Connection) -> str:
    """The application role of the person connected: the highest group they belong to; the owner of the tables
    (who installed the database) and a superuser are admins, as is anyone when no groups were set up."""
    if conn.dialect.name != "postgresql" or not groups_exist(conn):
        return "admin"
    owner = conn.execute(text("SELECT rolsuper OR pg_has_role(current_user, (SELECT tableowner FROM pg_tables "
                              "WHERE schemaname = current_schema() AND tablename = 'alembic_version'), 'MEMBER') "
                              "FROM pg_roles WHERE rolname = current_user")).scalar()
    if owner:
        return "admin"
    for role in reversed(ROLES):
        if conn.execute(text("SELECT pg_has_role(current_user, :g, 'MEMBER')"), {"g": group(conn, role)}).scalar():
            return role
    return "viewer"
