"""The index a register search uses over the stored search text (``<table>_keys``: ``search_th``, ``search_en``,
``title``). Qt-free.

* SQLite: an FTS5 table with the trigram tokenizer (``<table>_keys_fts``, external content: it stores only the
  index), kept by triggers on the keys table, so it changes in the same transaction as the keys. A typed word of
  three characters or more is a phrase query on it (consecutive trigrams: exactly a substring, case-sensitive like
  ``instr``); a shorter word is any of the stored trigrams it begins (read from the index's vocabulary: every stored
  text ends with two separators, so each of its characters begins a trigram), unless a sample of rows shows it is
  common: then it is looked for row by row (``instr``), as a query that stops after a page wants anyway. A SQLite
  without FTS5 or the trigram tokenizer (before 3.34) scans with ``instr``.
* PostgreSQL: pg_trgm GIN indexes on the three columns, used by ``LIKE '%word%'`` (``strpos`` cannot use them);
  where the extension cannot be made the same ``LIKE`` scans. Words shorter than three characters use ``strpos``.

Either way a word matches exactly where ``word in text`` does: the stored text and the word are both lower-cased
by Python (``casefold``) before they get here.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections import OrderedDict
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, Table, case, column, false, func, literal, select, table
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

INDEXED = ("search_th", "search_en", "title")
SHORTEST = 3  # trigram indexes find words of three characters or more
TRIGRAMS_KEPT = 512  # vocabulary answers remembered (a search typed again, a prefix typed on)
SAMPLE, COMMON = 1000, 0.2  # a short word in a fifth of a sample of rows is common
_trigrams_kept: OrderedDict[tuple, dict[str, int]] = OrderedDict()
_trigrams_lock = threading.Lock()


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


@dataclass(frozen=True)
class Word:
    """A typed word as one column of the index finds it. ``match``: the FTS5 query (None: that column is scanned);
    ``none``: the index's vocabulary shows no row holds it; ``most``: at most this many rows hold it (None:
    unknown), from how many rows hold each of its trigrams."""

    text: str
    column: str
    match: str | None = None
    none: bool = False
    most: int | None = None


def _vocabulary(session: Session, keys: Table) -> str:
    """The index's vocabulary: an ``fts5vocab`` table (one row per trigram and column, with how many rows hold it)
    in the connection's own temp schema."""
    fts = fts_name(keys)
    session.connection().exec_driver_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{fts}_vocab USING fts5vocab(main, {fts}, col)")
    return f"temp.{fts}_vocab"


def _state(session: Session, keys: Table) -> bytes:
    """What the index is now: a digest of its structure record (FTS5 rewrites it with every change of the index)."""
    block = session.connection().exec_driver_sql(f"SELECT block FROM {fts_name(keys)}_data WHERE id = 10").scalar()
    return hashlib.blake2b(block or b"", digest_size=16).digest()


def forget_trigrams() -> None:
    """Forget the vocabulary answers remembered (the bench measures a search asked for the first time)."""
    with _trigrams_lock:
        _trigrams_kept.clear()


def _trigrams(session: Session, keys: Table, name: str, text: str) -> dict[str, int]:
    """The trigrams the word stands for in the column, with how many rows hold each, remembered while the index
    stays as it is (reading them costs up to tens of milliseconds for a short word at 1000×)."""
    key = (str(session.get_bind().url), keys.name, name, text, _state(session, keys))
    with _trigrams_lock:
        found = _trigrams_kept.get(key)
        if found is not None:
            _trigrams_kept.move_to_end(key)
            return found
    found = _read_trigrams(session, keys, name, text)
    with _trigrams_lock:
        _trigrams_kept[key] = found
        while len(_trigrams_kept) > TRIGRAMS_KEPT:
            _trigrams_kept.popitem(last=False)
    return found


def _read_trigrams(session: Session, keys: Table, name: str, text: str) -> dict[str, int]:
    """From the vocabulary: the trigrams of a long word; those a short word begins (every stored text ends with
    two separators, ``keys.END``: each character begins one)."""
    vocabulary, conn = _vocabulary(session, keys), session.connection()
    if len(text) >= SHORTEST:
        wanted = sorted({text[i:i + SHORTEST] for i in range(len(text) - SHORTEST + 1)})
        marks = ", ".join("?" * len(wanted))
        return dict(conn.exec_driver_sql(f"SELECT term, doc FROM {vocabulary} WHERE col = ? AND term IN ({marks})",
                                         (name, *wanted)).all())
    return dict(conn.exec_driver_sql(f"SELECT term, doc FROM {vocabulary} WHERE col = ? AND term >= ? AND term < ?",
                                     (name, text, text + "\U0010ffff")).all())


def _common(session: Session, keys: Table, name: str, text: str) -> bool:
    """A short word held by at least ``COMMON`` of the first ``SAMPLE`` rows: it is looked for row by row (its
    trigrams would be most of the index's vocabulary, costly to read, and their hits most rows)."""
    sample = select(keys.c[name].label("text")).limit(SAMPLE).subquery()
    rows, held = session.connection().execute(
        select(func.count(), func.sum(case((func.instr(sample.c.text, text) > 0, 1), else_=0)))).one()
    return bool(rows) and (held or 0) >= COMMON * rows


def word(session: Session, keys: Table, name: str, text: str) -> Word:
    """How the column ``name`` (one of ``INDEXED``) of ``keys`` finds ``text`` (already lower-cased)."""
    if session.get_bind().dialect.name != "sqlite" or not _has_fts(session, keys):
        return Word(text, name)
    if len(text) < SHORTEST and _common(session, keys, name, text):
        return Word(text, name)
    trigrams = _trigrams(session, keys, name, text)
    if len(text) >= SHORTEST:
        if len(trigrams) < len({text[i:i + SHORTEST] for i in range(len(text) - SHORTEST + 1)}):
            return Word(text, name, none=True)
        return Word(text, name, f"{name} : {_phrase(text)}", most=min(trigrams.values()))
    if not trigrams:
        return Word(text, name, none=True)
    return Word(text, name, f"{name} : ({' OR '.join(map(_phrase, sorted(trigrams)))})", most=sum(trigrams.values()))


def hits(session: Session, keys: Table, found: Word) -> Select:
    """The ids of the keys rows whose column holds the word."""
    if found.none:
        return select(keys.c.id).where(false())
    if found.match is not None:
        fts = fts_name(keys)
        return select(column("rowid")).select_from(table(fts)).where(column(fts).op("MATCH")(literal(found.match)))
    return select(keys.c.id).where(holds(session, keys.c[found.column], found.text))


def holds(session: Session, text: ColumnElement, word: str) -> ColumnElement:
    """``word`` is in ``text``, looked at row by row (the search index unused)."""
    if session.get_bind().dialect.name == "sqlite":
        return func.instr(text, word) > 0
    if len(word) >= SHORTEST:
        return text.like(_like_pattern(word), escape="\\")  # pg_trgm's indexes serve LIKE, not strpos
    return func.strpos(text, word) > 0
