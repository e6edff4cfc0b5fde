"""What a register table holds of a view, and how it asks the database for more (Qt-free, so the reading runs on
the worker thread as well as on the calling one).

The table holds a window: the rows of the view it has read (each row's place in the order, ``query.Mark``, and the
record's values), never every id. A question is a ``Want``: the first rows of a view (with its count), a refresh
round the rows on screen after a save, a page next to rows held (keyset: entered at their mark) or far from them
(by offset), or the count alone. The answer is ``Rows``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.core.db import Database
from app.registers import keys, query, tables
from app.registers.catalog import Register
from app.registers.query import Mark, View

PAGE = 200  # rows read at once: a screenful or two
FOCUS_KEPT = 8  # records (selected, current) whose new row is asked of the database when the order changes


@dataclass(frozen=True)
class Want:
    view: View
    generation: int
    start: int = 0
    size: int = PAGE
    after: Mark | None = None
    before: Mark | None = None  # the page ends right before this mark (at row ``start + size``)
    known: int | None = None  # how many rows the view had when asked (a jump past the middle reads from the end)
    rows: bool = True  # read rows (False: only count)
    count: bool = False
    total: bool = False
    focus: tuple[int, ...] = ()  # ids whose rows are wanted in the answer (``positions``)


@dataclass
class Rows:
    want: Want
    start: int = 0
    marks: list[Mark] = field(default_factory=list)
    values: dict[int, tuple[int, dict[str, Any]]] = field(default_factory=dict)  # id → (version, values)
    refs: dict[str, dict[int, str]] = field(default_factory=dict)
    count: int | None = None
    total: int | None = None
    positions: dict[int, int] = field(default_factory=dict)


def read_values(session, register: Register, ids: list[int]) -> tuple[dict[int, tuple[int, dict[str, Any]]], dict]:
    """The version and values of these records as the table shows them (gone ones are left out), and the titles
    they refer to."""
    if not ids:
        return {}, {}
    data = tables.load_table(session, register, ids=ids)
    return {record_id: (data.versions[i], data.row_values(i)) for i, record_id in enumerate(data.ids)}, data.ref_labels


def read(db: Database, register: Register, want: Want) -> Rows:
    """Answer a question about a view (on whichever thread calls)."""
    view, out = want.view, Rows(want, want.start)
    with db.session() as session:
        if want.rows:
            if want.before is not None:
                out.marks = query.page(session, register, view, want.size, before=want.before)
                out.start = want.start + want.size - len(out.marks)
            elif want.after is not None:
                out.marks = query.page(session, register, view, want.size, after=want.after)
            else:
                out.marks = query.page(session, register, view, want.size, offset=want.start, rows=want.known)
                if want.known is not None and want.start > want.known // 2:  # read from the end: still that many?
                    out.count = query.count(session, register, view)
            out.values, out.refs = read_values(session, register, [m.id for m in out.marks])
        if want.count:
            out.count = query.count(session, register, view)
        if want.total:
            out.total = query.count(session, register, View(lang=view.lang))
        for record_id in want.focus[:FOCUS_KEPT]:
            row = query.position(session, register, view, record_id)
            if row is not None:
                out.positions[record_id] = row
    return out


def filter_data(db: Database, register: Register) -> tables.TableData:
    """Once the rows are shown: the values the register's own filters offer."""
    with db.session() as session:
        return query.filter_data(session, register)


def refresh_keys(db: Database, register: Register) -> int:
    """Once the rows are shown: the stored keys of records written past the app's own saves (which keep them), e.g. by
    another program; how many were made (the pane then loads again)."""
    with db.session() as session:
        return keys.refresh_for_reading(session, register)
