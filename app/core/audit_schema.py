"""The audit trail's tables and the database triggers that fill them (used by the migrations).

Every insert, update and delete of every table (registers, meetings, agenda, attendance, certificates,
settings…) writes one ``audit_log`` row in the same transaction, by a trigger in the database itself: the ORM,
a bulk save, an import, a raw SQL statement all pass through it. ``changes`` is JSON: field → [old, new]
(an insert lists the fields it set, a delete the values it removed; ``updated_at`` and ``version`` are left
out). Personal data never sits in ``audit_log``: such a field is written as ``"*"`` there and its values go to
``audit_personal``, which the personal-data erasure may clear while the entry itself stays.

Both tables are append-only: triggers refuse every UPDATE (and every DELETE of ``audit_log``), on PostgreSQL
TRUNCATE too, and no role is granted those privileges.
"""

from __future__ import annotations

import sqlalchemy as sa

AUDIT_TABLES = ("audit_log", "audit_personal", "personal_data_disclosure")
DERIVED_TABLES = ("plan_province_summary",)  # kept by their own triggers from audited tables
NOT_AUDITED = {"alembic_version", *AUDIT_TABLES, *DERIVED_TABLES}
IGNORED_COLUMNS = ("id", "created_at", "updated_at", "version")
PERSONAL_COLUMNS = {"ambassador": ("full_name", "phone", "email", "organisation", "notes")}
APPEND_ONLY = "audit trail is append-only"


DERIVED_SUFFIX = "_keys"  # the registers' stored sort keys and search text (app.models.sortkeys): derived, not audited
SEARCH_INDEX = "_keys_fts"  # their SQLite FTS5 search index and its shadow tables (app.registers.search_index)


def audited_tables(bind) -> list[str]:
    return sorted(t for t in sa.inspect(bind).get_table_names()
                  if t not in NOT_AUDITED and not t.endswith(DERIVED_SUFFIX) and SEARCH_INDEX not in t)


def _columns(bind, table: str) -> tuple[list[str], list[str]]:
    """(primary-key columns, compared columns) of a table as it is now."""
    inspector = sa.inspect(bind)
    keys = inspector.get_pk_constraint(table)["constrained_columns"]
    cols = [c["name"] for c in inspector.get_columns(table) if c["name"] not in IGNORED_COLUMNS]
    return keys, cols


# --------------------------------------------------------------------------- SQLite

def _sqlite_pairs(cols: list[str], old: bool, new: bool) -> str:
    return " UNION ALL ".join(
        f"SELECT '{c}' AS k, {'OLD.' + c if old else 'NULL'} AS o, {'NEW.' + c if new else 'NULL'} AS n" for c in cols)


def _sqlite_body(table: str, keys: list[str], cols: list[str], action: str) -> str:
    old, new = action != "insert", action != "delete"
    row = "NEW" if new else "OLD"
    record = " || ',' || ".join(f"CAST({row}.{k} AS TEXT)" for k in keys)
    personal = PERSONAL_COLUMNS.get(table, ())
    marked = ", ".join(f"'{c}'" for c in personal) or "NULL"
    pairs = _sqlite_pairs(cols, old, new)
    changes = (f"(SELECT json_group_object(k, json(CASE WHEN k IN ({marked}) THEN json_quote('*') "
               f"ELSE json_array(o, n) END)) FROM ({pairs}) WHERE o IS NOT n)")
    sql = (f"INSERT INTO audit_log (at, actor, workstation, table_name, record_id, action, changes, reason) "
           f"VALUES (strftime('%Y-%m-%d %H:%M:%f000', 'now'), audit_actor(), audit_workstation(), '{table}', "
           f"{record}, '{action}', {changes}, audit_reason());")
    if personal:
        ppairs = _sqlite_pairs(list(personal), old, new)
        sql += (f" INSERT INTO audit_personal (audit_id, table_name, record_id, field, old, new) "
                f"SELECT (SELECT max(id) FROM audit_log), '{table}', {record}, k, o, n FROM ({ppairs}) "
                f"WHERE o IS NOT n;")
    return sql


def sqlite_triggers(bind, table: str) -> list[str]:
    keys, cols = _columns(bind, table)
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in cols) or "0"
    return [
        f"CREATE TRIGGER audit_{table}_insert AFTER INSERT ON {table} BEGIN "
        f"{_sqlite_body(table, keys, cols, 'insert')} END",
        f"CREATE TRIGGER audit_{table}_update AFTER UPDATE ON {table} WHEN {changed} BEGIN "
        f"{_sqlite_body(table, keys, cols, 'update')} END",
        f"CREATE TRIGGER audit_{table}_delete AFTER DELETE ON {table} BEGIN "
        f"{_sqlite_body(table, keys, cols, 'delete')} END",
    ]


SQLITE_GUARDS = [
    f"CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log "
    f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END",
    f"CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log "
    f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END",
    f"CREATE TRIGGER IF NOT EXISTS audit_personal_no_update BEFORE UPDATE ON audit_personal "
    f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END",
    f"CREATE TRIGGER IF NOT EXISTS disclosure_no_update BEFORE UPDATE ON personal_data_disclosure "
    f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END",
    f"CREATE TRIGGER IF NOT EXISTS disclosure_no_delete BEFORE DELETE ON personal_data_disclosure "
    f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END",
]


def refresh_sqlite_triggers(bind) -> None:
    """(Re)create the audit triggers of every table: after a migration adds columns or rebuilds a table."""
    for table in audited_tables(bind):
        for action in ("insert", "update", "delete"):
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS audit_{table}_{action}")
        for statement in sqlite_triggers(bind, table):
            bind.exec_driver_sql(statement)


# --------------------------------------------------------------------------- PostgreSQL

PG_FUNCTION = """
CREATE OR REPLACE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = {schema}, pg_temp AS $fn$
DECLARE
  o jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
  n jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
  r jsonb := coalesce(n, o);
  keys text[] := string_to_array(TG_ARGV[0], ',');
  personal text[] := coalesce(string_to_array(nullif(TG_ARGV[1], ''), ','), '{{}}');
  changes jsonb := '{{}}';
  secret jsonb := '{{}}';
  k text;
  rid text;
  aid bigint;
  host text := coalesce(nullif(current_setting('smartcity.workstation', true), ''), 'unknown');
BEGIN
  SELECT string_agg(r ->> a, ',' ORDER BY i) INTO rid FROM unnest(keys) WITH ORDINALITY AS u(a, i);
  FOR k IN SELECT jsonb_object_keys(r) LOOP
    CONTINUE WHEN k IN ('id', 'created_at', 'updated_at', 'version');
    CONTINUE WHEN (o -> k) IS NOT DISTINCT FROM (n -> k);
    CONTINUE WHEN TG_OP <> 'UPDATE' AND jsonb_typeof(r -> k) = 'null';
    IF k = ANY(personal) THEN
      changes := changes || jsonb_build_object(k, '*');
      secret := secret || jsonb_build_object(k, jsonb_build_array(o -> k, n -> k));
    ELSE
      changes := changes || jsonb_build_object(k, jsonb_build_array(o -> k, n -> k));
    END IF;
  END LOOP;
  IF TG_OP = 'UPDATE' AND changes = '{{}}' THEN
    RETURN NULL;
  END IF;
  IF inet_client_addr() IS NOT NULL THEN
    host := host || ' (' || host(inet_client_addr()) || ')';
  END IF;
  INSERT INTO audit_log (at, actor, workstation, table_name, record_id, action, changes, reason)
  VALUES (now() AT TIME ZONE 'UTC', session_user, host, TG_TABLE_NAME, rid, lower(TG_OP), changes::text,
          nullif(current_setting('smartcity.reason', true), ''))
  RETURNING id INTO aid;
  FOR k IN SELECT jsonb_object_keys(secret) LOOP
    INSERT INTO audit_personal (audit_id, table_name, record_id, field, old, new)
    VALUES (aid, TG_TABLE_NAME, rid, k, secret -> k ->> 0, secret -> k ->> 1);
  END LOOP;
  RETURN NULL;
END $fn$;

CREATE OR REPLACE FUNCTION audit_refuse() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION '{refusal}' USING ERRCODE = 'insufficient_privilege';
END $fn$;
"""


def pg_statements(bind) -> list[str]:
    schema = bind.exec_driver_sql("SELECT quote_ident(current_schema())").scalar()
    statements = [PG_FUNCTION.format(schema=schema, refusal=APPEND_ONLY)]
    for table in audited_tables(bind):
        statements += pg_table_trigger(bind, table)
    for table in AUDIT_TABLES:
        statements.append(f"REVOKE ALL ON {table} FROM PUBLIC")
        statements.append(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")  # install() runs after upgrades
        statements.append(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
        statements.append(f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                          f"FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse()")
        refused = "UPDATE" if table == "audit_personal" else "UPDATE OR DELETE"
        statements.append(f"CREATE TRIGGER {table}_append_only BEFORE {refused} ON {table} "
                          f"FOR EACH ROW EXECUTE FUNCTION audit_refuse()")
    return statements


def pg_table_trigger(bind, table: str) -> list[str]:
    keys, _cols = _columns(bind, table)
    personal = ",".join(PERSONAL_COLUMNS.get(table, ()))
    return [f"DROP TRIGGER IF EXISTS audit_row ON {table}",
            f"CREATE TRIGGER audit_row AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION audit_row('{','.join(keys)}', '{personal}')"]


def install(bind) -> None:
    """Triggers and guards on every table of the schema (the audit tables must exist)."""
    if bind.dialect.name == "postgresql":
        for statement in pg_statements(bind):
            bind.exec_driver_sql(statement)
        return
    for statement in SQLITE_GUARDS:
        bind.exec_driver_sql(statement)
    refresh_sqlite_triggers(bind)
