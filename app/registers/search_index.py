"""The index a register search uses over the stored search text (``<table>_keys``: ``search_th``, ``search_en``,
``title``). Qt-free.

* SQLite: an FTS5 table with the trigram tokenizer (``<table>_keys_fts``, external content: it stores only the
  index), kept by triggers on the keys table, so it changes in the same transaction as the keys. A typed word of
  three characters or more is a phrase query on it (consecutive trigrams: exactly a substring, case-sensitive like
  ``instr``); a shorter word, or a SQLite without FTS5 or the trigram tokenizer (before 3.34), scans with ``instr``.
* PostgreSQL: pg_trgm GIN indexes on the three columns, used by ``LIKE '%word%'`` (``strpos`` cannot use them);
  where the extension cannot be made the same ``LIKE`` scans. Words shorter than three characters use ``strpos``.

Either way a word matches exactly where ``word in text`` does: the stored text and the word are both lower-cased
by Python (``casefold``) before they get here.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import ColumnElement, Table, column, func, literal, select, table
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

INDEXED = ("search_th", "search_en", "title")
SHORTEST = 3  # trigram indexes find words of three characters or more


def fts_name(keys: Table) -> str:
    return f"{keys.name}_fts"


def is_index_table(name: str) -> bool:
    """The FTS table and its shadow tables (``_data``, ``_idx``, ``_docsize``, ``_config``): not application data."""
    return "_keys_fts" in name


def in_models(name: str | None, type_: str, parent_names: dict) -> bool:
    """Alembic's ``include_name``: the index is made by hand, not described by the models; comparisons leave it."""
    if type_ == "table":
        return not is_index_table(name or "")
    return not (type_ == "index" and (name or "").endswith("_trgm"))


def _sqlite_statements(keys: Table) -> list[str]:
    fts, names = fts_name(keys), ", ".join(INDEXED)
    new, old = (", ".join(f"{side}.{c}" for c in INDEXED) for side in ("new", "old"))
    forget = f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old});"
    add = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new});"
    return [f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='{keys.name}', content_rowid='id', "
            "tokenize='trigram case_sensitive 1')",
            f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {keys.name} BEGIN {add} END",
            f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {keys.name} BEGIN {forget} END",
            f"CREATE TRIGGER {fts}_update AFTER UPDATE ON {keys.name} BEGIN {forget} {add} END",
            f"INSERT INTO {fts}({fts}) VALUES ('rebuild')"]


def _pg_statements(keys: Table, schema: str) -> list[str]:
    return [f"CREATE INDEX IF NOT EXISTS ix_{keys.name}_{c}_trgm ON {keys.name} USING gin ({c} {schema}.gin_trgm_ops)"
            for c in INDEXED]


def _pg_trgm_schema(bind) -> str | None:
    """Where pg_trgm lives (made in ``public`` if it is not there yet); None when it cannot be made."""
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public")
    except DBAPIError:
        pass
    return bind.exec_driver_sql("SELECT quote_ident(n.nspname) FROM pg_extension e JOIN pg_namespace n "
                                "ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'").scalar()


def create(bind, tables: list[Table]) -> bool:
    """Make the index of these keys tables (revision 0011) and fill it; False where the database cannot."""
    if bind.dialect.name == "sqlite":
        if sqlite3.sqlite_version_info < (3, 34):
            return False
        statements = [s for keys in tables for s in _sqlite_statements(keys)]
    else:
        schema = _pg_trgm_schema(bind)
        if schema is None:
            return False
        statements = [s for keys in tables for s in _pg_statements(keys, schema)]
    try:
        with bind.begin_nested():
            for statement in statements:
                bind.exec_driver_sql(statement)
    except DBAPIError:  # a SQLite built without FTS5: searches scan
        return False
    return True


def drop(bind, tables: list[Table]) -> None:
    for keys in tables:
        if bind.dialect.name == "sqlite":
            for action in ("insert", "delete", "update"):
                bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {fts_name(keys)}_{action}")
            bind.exec_driver_sql(f"DROP TABLE IF EXISTS {fts_name(keys)}")
        else:
            for c in INDEXED:
                bind.exec_driver_sql(f"DROP INDEX IF EXISTS ix_{keys.name}_{c}_trgm")


def _has_fts(session: Session, keys: Table) -> bool:
    found = session.connection().exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (fts_name(keys),)).first()
    return found is not None


def _phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _like_pattern(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def contains(session: Session, keys: Table, name: str, word: str, ids: ColumnElement | None = None) -> ColumnElement:
    """The row's ``name`` column (one of ``INDEXED``) holds ``word``; ``ids`` is the column of the record ids the
    query has at hand (the register's own: SQLite then finds the hits by its primary key)."""
    haystack = keys.c[name]
    if session.get_bind().dialect.name == "sqlite":
        if len(word) >= SHORTEST and _has_fts(session, keys):
            fts = fts_name(keys)
            hits = select(column("rowid")).select_from(table(fts)).where(
                column(fts).op("MATCH")(literal(f"{name} : {_phrase(word)}")))
            return (keys.c.id if ids is None else ids).in_(hits)
        return func.instr(haystack, word) > 0
    if len(word) >= SHORTEST:
        return haystack.like(_like_pattern(word), escape="\\")
    return func.strpos(haystack, word) > 0
