"""Reading rows for the exports in chunks, so memory stays flat in the number of rows; Thai order in SQL.

* ``thai_key`` is the sort key of ``pythainlp.util.collate`` (tone marks moved to the end, a leading
  vowel put after its consonant). ``thai_order`` computes the same key in the database: on SQLite
  through a Python function registered on the connection, on PostgreSQL with ``regexp_replace``,
  compared byte-wise (``COLLATE "C"``, which is code point order in UTF-8, as Python compares str).
  The database sorts (SQLite spills large sorts to temporary files), so the rows can stream in order.
* ``streamed`` runs a select with ``yield_per`` (a server-side cursor on PostgreSQL) and yields lists
  of rows; ``by_ids`` fetches the rows of given ids chunk by chunk, in the order of the ids.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

from sqlalchemy import ColumnElement, Select, collate, func, select
from sqlalchemy.orm import Session

from app.registers.keys import thai_key  # the stored key of the panes: one key for both

__all__ = ["by_ids", "chunks", "count_ids", "streamed", "thai_key", "thai_order"]

CHUNK = 900  # rows per fetch; ids per IN (…) stay under SQLite's old 999-parameter limit

_TONE = "[\u0e47-\u0e4c]"  # ็ ่ ้ ๊ ๋ ์
_LEADING_VOWEL = "([\u0e40-\u0e44])([\u0e01-\u0e2e])"  # เ แ โ ใ ไ before a consonant


def thai_order(session: Session, column: ColumnElement) -> ColumnElement:
    """An ORDER BY expression that sorts ``column`` as ``sorted(..., key=thai_key)`` does."""
    if session.get_bind().dialect.name == "sqlite":
        raw = session.connection().connection.driver_connection
        raw.create_function("thai_key", 1, thai_key, deterministic=True)
        return func.thai_key(column)
    text = func.coalesce(column, "")
    moved = func.regexp_replace(func.regexp_replace(text, _TONE, "", "g"), _LEADING_VOWEL, r"\2\1", "g")
    return collate(func.concat(moved, func.substring(text, _TONE)), "C")


def chunks(items: Iterable[Any], size: int | None = None) -> Iterator[list[Any]]:
    iterator, size = iter(items), size or CHUNK
    while chunk := list(islice(iterator, size)):
        yield chunk


def streamed(session: Session, query: Select) -> Iterator[Sequence[Any]]:
    """The rows of ``query`` in lists of up to CHUNK, never all at once."""
    result = session.connection().execute(query.execution_options(yield_per=CHUNK))
    try:
        yield from result.partitions()
    finally:
        result.close()


def by_ids(session: Session, query: Callable[[list[int]], Select], ids: Sequence[int]) -> Iterator[list[Any]]:
    """Rows for ``ids`` in their order, chunk by chunk; ``query(chunk)`` selects them with the id first.

    Ids without a row are skipped; an id given twice is exported once.
    """
    for chunk in chunks(dict.fromkeys(ids)):
        found = {row[0]: row for row in session.connection().execute(query(chunk))}
        yield [found[i] for i in chunk if i in found]


def count_ids(session: Session, id_column: ColumnElement, ids: Sequence[int]) -> int:
    """How many of ``ids`` have a row (each counted once)."""
    total = 0
    for chunk in chunks(dict.fromkeys(ids)):
        total += session.connection().execute(
            select(func.count()).select_from(id_column.table).where(id_column.in_(chunk))).scalar_one()
    return total
