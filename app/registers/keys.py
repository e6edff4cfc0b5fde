"""The stored sort keys and search text of the registers (``app.models.sortkeys``), kept current. Qt-free.

* ``thai_key`` is the sort key of ``pythainlp.util.collate`` (tone marks moved to the end, a leading vowel put
  after its consonant), the key the Excel export sorts by; stored, it is compared byte-wise (SQLite's BINARY,
  PostgreSQL's ``COLLATE "C"``): code point order, as Python compares str.
* ``save``/``forget`` run with every write of ``app.registers.records`` (same transaction); ``refresh`` makes the
  rows whose record moved on without them (bulk imports, restores, another program) before a pane reads: it
  compares versions, so it costs one join when nothing changed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.models import Field, Kind, sortkeys
from app.models.sortkeys import has_english_key, keyed
from app.registers.catalog import REGISTERS, Register
from app.registers.display import display
from app.registers.reference import province_index
from app.registers.tables import TableData, load_table

CHUNK = 500
SEPARATOR = "\x1f"  # between fields of the search text: a typed word never spans two fields
# The end of every stored search text and title: each character and pair of characters of the text then begins a
# trigram of the search index, so a word of one or two characters is found by the index too (``search_index``).
END = SEPARATOR * 2

_TONE_RE = re.compile("[\u0e47-\u0e4c]")  # ็ ่ ้ ๊ ๋ ์
_LEADING_VOWEL_RE = re.compile("([\u0e40-\u0e44])([\u0e01-\u0e2e])")  # เ แ โ ใ ไ before a consonant


def thai_key(text: str | None) -> str:
    """The key ``pythainlp.util.collate`` sorts by: Thai dictionary order, tone marks compared last."""
    text = text or ""
    tone = _TONE_RE.search(text)
    if tone is None:
        return _LEADING_VOWEL_RE.sub(_swap, text)
    return _LEADING_VOWEL_RE.sub(_swap, _TONE_RE.sub("", text)) + tone.group()


def _swap(match: re.Match) -> str:
    return match[2] + match[1]  # a function is quicker than the template r"\2\1" (no template expansion)


def key_table(reg: Register):
    return sortkeys.key_table(reg.model, reg.fields)


def searched(reg: Register) -> list[Field]:
    """The fields of the stored search text: what the pane's search matches, less references and computed ones."""
    return [f for f in reg.table_fields if (f.searchable or f.kind is Kind.CHOICE)
            and f.kind is not Kind.REF and not f.computed]


def _english_provinces(value) -> str:
    codes = value if isinstance(value, list) else [value]
    index = province_index()
    return " ".join(index.get(c, {}).get("name_en", "") for c in codes if c)


def search_text(reg: Register, values: dict, lang: str) -> str:
    parts = [display(f, values.get(f.name), lang) for f in searched(reg)]
    parts.append(_english_provinces(values.get(reg.province_field)))
    return SEPARATOR.join(parts).casefold() + END


def entry(reg: Register, record_id: int, version: int, values: dict) -> dict:
    """The keys row of one record from its plain values."""
    title = str(values.get(reg.title_field) or "").casefold() + END
    row = {"id": record_id, "version": version, "search_th": search_text(reg, values, "th"),
           "search_en": search_text(reg, values, "en"), "title": title}
    for f in keyed(reg.fields):
        row[f"k_{f.name}"] = thai_key(display(f, values.get(f.name), "th"))
        if has_english_key(f):
            row[f"k_{f.name}_en"] = thai_key(display(f, values.get(f.name), "en"))
    return row


def _entries(data: TableData) -> Iterator[dict]:
    for row in range(len(data)):
        yield entry(data.register, data.ids[row], data.versions[row], data.row_values(row))


def _chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    iterator = iter(ids)
    while chunk := list(islice(iterator, CHUNK)):
        yield chunk


def save(session: Session, reg: Register, ids: Iterable[int]) -> int:
    """(Re)make the keys rows of ``ids`` from the records as they now are; returns how many were made."""
    table, made = key_table(reg), 0
    for chunk in _chunks(ids):
        session.flush()
        rows = list(_entries(load_table(session, reg, ids=chunk)))
        conn = session.connection()
        conn.execute(delete(table).where(table.c.id.in_(chunk)))
        if rows:
            conn.execute(insert(table), rows)
        made += len(rows)
    return made


def forget(session: Session, reg: Register, record_id: int) -> None:
    table = key_table(reg)
    session.connection().execute(delete(table).where(table.c.id == record_id))


def stale_ids(session: Session, reg: Register) -> list[int]:
    """Records without a keys row, or whose row was made from an older version."""
    table, keys = reg.model.__table__, key_table(reg)
    query = (select(table.c.id).outerjoin(keys, keys.c.id == table.c.id)
             .where((keys.c.id.is_(None)) | (keys.c.version != table.c.version)))
    return list(session.connection().execute(query).scalars())


def _drop_orphans(session: Session, reg: Register) -> None:
    table, keys = reg.model.__table__, key_table(reg)
    session.connection().execute(delete(keys).where(keys.c.id.not_in(select(table.c.id))))


def refresh(session: Session, reg: Register) -> int:
    """Bring the keys of one register up to date; returns how many rows were made."""
    made = save(session, reg, stale_ids(session, reg))
    _drop_orphans(session, reg)
    return made


def refresh_for_reading(session: Session, reg: Register) -> int:
    """Before a pane reads: this register and those it shows titles of. A reader who may not write (a viewer on a
    server) reads what is there; the next save by a clerk brings the keys up to date."""
    made = 0
    for r in (reg, *{REGISTERS[f.ref] for f in reg.table_fields if f.ref}):
        try:
            with session.begin_nested():
                made += refresh(session, r)
        except DBAPIError:
            continue
    return made


def rebuild(session: Session) -> int:
    """Every register's keys from scratch (revision 0011, and after a bulk load)."""
    made = 0
    for reg in REGISTERS.values():
        session.connection().execute(delete(key_table(reg)))
        made += refresh(session, reg)
    return made
