"""Many register records created and updated at once (an import), with the rules of ``records.create/update``.

``save_many`` checks each row as ``records`` does: ``validation``'s field checks (each distinct value of a
field once) and cross-field rules, the duplicate check answered from an index of the register's titles and
provinces loaded once and kept up to date row by row, and the version each update was read at. Then it
writes BATCH rows at a time, a few Core statements per batch: the INSERT of the new records (their ids chosen
first; the column defaults give the version 1 and the timestamps), the UPDATE of changed ones ``WHERE version``
is the one read (a new version and ``updated_at``, as ``records.update``), and the link tables of the
many-to-many fields. Nothing is committed: the caller's transaction makes it all or nothing. ORM objects of
these records already loaded in the session are not refreshed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ARRAY, Integer, TypeDecorator, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.core.errors import RecordMissing, StaleRecord, ValidationFailed
from app.models import Field, Kind
from app.models.base import utcnow
from app.registers import keys, validation
from app.registers.catalog import REGISTERS, Register
from app.registers.records import RELATION_ATTR, with_defaults

BATCH = 500  # rows checked, then written, per round of save_many (and per progress report)
DUPLICATE = ("มีชื่อนี้ในจังหวัดเดียวกันอยู่แล้ว", {})  # validation.validate's message for is_duplicate


@dataclass
class Change:
    """One row of ``save_many``: a new record (``record_id`` None), or an update of the version read earlier."""

    values: dict[str, Any]
    record_id: int | None = None
    expected_version: int | None = None


class RowRefused(ValidationFailed):
    """Validation refused the row at ``index`` of a ``save_many`` (its ``errors`` as ``create`` would raise)."""

    def __init__(self, index: int, errors: dict[str, tuple[str, dict]]):
        self.index = index
        super().__init__(errors)


def save_many(session: Session, reg: Register, changes: Sequence[Change],
              progress: Callable[[int, int], None] | None = None) -> list[int]:
    """``create`` / ``update`` each change, in order, with the same rules; the ids, in order. Not committed.

    Row by row as those calls would: RecordMissing or StaleRecord for an update whose record is gone or was saved
    since ``expected_version``, RowRefused for a row that validation refuses (duplicates are found among the rows
    before it too). The writes go BATCH rows at a time, so on any error the caller's rollback leaves nothing of
    them. ``progress(done, total)`` after each batch.
    """
    bulk = _Bulk(session, reg)
    ids: list[int] = []
    for start in range(0, len(changes), BATCH):
        ids += bulk.save(changes[start:start + BATCH], start)
        if progress:
            progress(min(start + BATCH, len(changes)), len(changes))
    keys.save(session, reg, ids)
    return ids


class _Link:
    """The link table of a many-to-many field (e.g. city_province) and the codes that exist."""

    def __init__(self, session: Session, reg: Register, kind: Kind):
        attr, target = RELATION_ATTR[kind]
        prop = getattr(reg.model, attr).property
        self.table = prop.secondary
        ((_, self.owner),), ((_, self.code),) = prop.synchronize_pairs, prop.secondary_synchronize_pairs
        self.known = set(session.scalars(select(target.code)))

    def current(self, session: Session) -> dict[int, set[str]]:
        found: dict[int, set[str]] = defaultdict(set)
        for owner, code in session.execute(select(self.owner, self.code)):
            found[owner].add(code)
        return found

    def write(self, session: Session, lists: list[tuple[int, list[str]]]) -> None:
        """Link each owner to its codes: those that exist, as ``_assign`` keeps them (an unknown one is dropped)."""
        rows = [{self.owner.key: owner, self.code.key: code} for owner, codes in lists for code in codes
                if code in self.known]
        if rows:
            _insert_rows(session, self.table, rows)


class _Bulk:
    def __init__(self, session: Session, reg: Register):
        self.session, self.reg, self.table = session, reg, reg.model.__table__
        self.fields = reg.stored_fields
        self.scalar = [f.name for f in self.fields if f.kind not in RELATION_ATTR]
        self.checked: dict[tuple, tuple[str, dict] | None] = {}
        self.coerced: dict[tuple, Any] = {}
        self.links = {f.name: _Link(session, reg, f.kind) for f in reg.stored_fields if f.kind in RELATION_ATTR}
        # is_duplicate's view of the register, kept as the rows are saved: title → {key: provinces}
        self.keys: dict[Any, tuple[Any, frozenset]] = {}
        self.titles: dict[Any, dict[Any, frozenset]] = defaultdict(dict)
        title, province = reg.title_field, reg.province_field
        link = self.links.get(province)
        lists = link.current(session) if link else {}
        columns = [self.table.c.id, self.table.c[title], *([] if link else [self.table.c[province]])]
        for record_id, name, *single in session.execute(select(*columns)):
            self._key(record_id, name, frozenset(single or lists.get(record_id, ())))

    def _key(self, key: Any, title: Any, provinces: frozenset) -> None:
        if key in self.keys:
            del self.titles[self.keys[key][0]][key]
        self.keys[key] = (title, provinces)
        self.titles[title][key] = provinces

    def _duplicate(self, clean: dict[str, Any], record_id: int | None) -> bool:
        """validation.is_duplicate, answered from memory."""
        title, provinces = clean.get(self.reg.title_field), clean.get(self.reg.province_field)
        if not title or not provinces:
            return False
        wanted = set(provinces if isinstance(provinces, list) else [provinces])
        return any(key != record_id and theirs & wanted for key, theirs in self.titles.get(title, {}).items())

    def _problems(self, clean: dict[str, Any], record_id: int | None) -> dict[str, tuple[str, dict]]:
        """validation.validate, with the duplicate check from memory."""
        problems = {}
        for f in self.fields:
            if record_id is None or f.name in clean:
                value = clean.get(f.name)
                problem = self._once(self.checked, f, value, _field_problem)
                if problem:
                    problems[f.name] = problem
        validation._check_rules(self.session, self.reg, clean, problems)
        if self.reg.title_field not in problems and self._duplicate(clean, record_id):
            problems[self.reg.title_field] = DUPLICATE
        return problems

    def _normalise(self, values: dict[str, Any]) -> dict[str, Any]:
        """validation.normalise, then what records adds on a save."""
        clean = {}
        for f in self.fields:
            if f.name in values:
                value = self._once(self.coerced, f, values[f.name], _coerced)
                clean[f.name] = list(value) if isinstance(value, list) else value  # a list of the row's own
        return with_defaults(self.reg, clean)

    @staticmethod
    def _once(memo: dict, f: Field, value: Any, compute: Callable[[Field, Any], Any]) -> Any:
        """``compute(f, value)``, once per distinct value of a field: an import repeats most of its values."""
        try:
            key = (f.name, value.__class__, tuple(value) if isinstance(value, list) else value)
            return memo[key]
        except KeyError:
            found = memo[key] = compute(f, value)
        except TypeError:  # not hashable: a value that could not be coerced
            found = compute(f, value)
        return found

    def _referenced(self, cleans: list[dict[str, Any]]) -> list:
        """The records the rows refer to, one query per field: held, _check_rules finds them in the session."""
        held = []
        for f in self.reg.stored_fields:
            if f.kind is Kind.REF:
                model = REGISTERS[f.ref].model
                ids = {c[f.name] for c in cleans if isinstance(c.get(f.name), int)}
                held += self.session.scalars(select(model).where(model.id.in_(ids))).all() if ids else []
        return held

    def save(self, batch: Sequence[Change], offset: int) -> list[int]:
        wanted = [c.record_id for c in batch if c.record_id is not None]
        versions = dict(self.session.execute(select(self.table.c.id, self.table.c.version)
                                             .where(self.table.c.id.in_(wanted))).all()) if wanted else {}
        cleans = [self._normalise(c.values) for c in batch]
        held = self._referenced(cleans)
        for index, (change, clean) in enumerate(zip(batch, cleans, strict=True)):
            key = change.record_id
            if key is not None:
                if key not in versions:
                    raise RecordMissing()
                if versions[key] != change.expected_version:
                    raise StaleRecord()
                versions[key] += 1
            problems = self._problems(clean, key)
            if problems:
                raise RowRefused(offset + index, problems)
            title, provinces = self.keys.get(key, (None, frozenset()))
            if self.reg.province_field in clean:
                value = clean[self.reg.province_field]
                provinces = frozenset(value if isinstance(value, list) else [value] if value else [])
            self._key(key if key is not None else ("new", offset + index),
                      clean.get(self.reg.title_field, title), provinces)
        del held
        return self._write(batch, cleans)

    def _write(self, batch: Sequence[Change], cleans: list[dict[str, Any]]) -> list[int]:
        ids = [c.record_id for c in batch]
        added = [i for i, c in enumerate(batch) if c.record_id is None]
        changed = [i for i, c in enumerate(batch) if c.record_id is not None]
        stored = [{n: clean[n] for n in self.scalar if n in clean} for clean in cleans]
        for group in _by_columns(added, stored):
            for i, new_id in zip(group, self._insert([stored[i] for i in group]), strict=True):
                ids[i] = new_id
        now = utcnow()
        for i in changed:  # as update(): a new version and updated_at even when only a list changes
            version = batch[i].expected_version
            stored[i].update(updated_at=now, version=version + 1, b_id=ids[i], b_version=version)
        for group in _by_columns(changed, stored, [ids[i] for i in changed]):
            if _update_rows(self.session, self.table, [stored[i] for i in group]) != len(group):
                raise StaleRecord()  # saved elsewhere between the version check and this write
        for name, link in self.links.items():
            listed = [i for i in range(len(batch)) if name in cleans[i]]
            rewritten = [ids[i] for i in listed if batch[i].record_id is not None]
            if rewritten:
                self.session.execute(delete(link.table).where(link.owner.in_(rewritten)))
            link.write(self.session, [(ids[i], cleans[i][name] or []) for i in listed])
        return ids

    def _insert(self, rows: list[dict[str, Any]]) -> list[int]:
        """INSERT the rows, their ids chosen first; the ids, in order.

        Not INSERT … RETURNING: SQLite returns the rows in no set order (SQLAlchemy then sends one INSERT per
        row), and on PostgreSQL the driver parses each page of a many-row VALUES statement in Python, which took
        longer than the rest of the import. PostgreSQL: ids taken from the table's sequence. SQLite: the ids it
        would give (after the largest); a record added meanwhile by another connection makes the INSERT fail
        (IntegrityError), which rolls everything back.
        """
        table, n = self.table, len(rows)
        if _postgresql(self.session):
            sequence = func.pg_get_serial_sequence(table.name, table.c.id.name)
            ids = sorted(self.session.scalars(select(func.nextval(sequence)).select_from(func.generate_series(1, n))))
        else:
            first = (self.session.scalar(select(func.max(table.c.id))) or 0) + 1
            ids = list(range(first, first + n))
        _insert_rows(self.session, table, [{**row, "id": i} for row, i in zip(rows, ids, strict=True)])
        return ids


def _by_columns(indexes: list[int], stored: list[dict[str, Any]], ids: list[int] | None = None) -> list[list[int]]:
    """The rows grouped by the columns they set (one statement sets the same columns in every row), and with
    ``ids`` a record's second update of the batch in a later group (one statement updates a record once)."""
    groups: dict[tuple, list[int]] = defaultdict(list)
    seen: dict[int, int] = defaultdict(int)
    for n, i in enumerate(indexes):
        occurrence = 0
        if ids is not None:
            occurrence, seen[ids[n]] = seen[ids[n]], seen[ids[n]] + 1
        groups[occurrence, frozenset(stored[i])].append(i)
    return [groups[k] for k in sorted(groups, key=lambda k: k[0])]


# The writes: an executemany on SQLite (its driver runs it in C); on PostgreSQL one statement reading the rows
# from unnest(one array per column), where an executemany is one statement per row for the server.

def _postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _unnest(session: Session, table, rows: list[dict[str, Any]]):
    """The rows as a FROM unnest(…) of one array per key, with the columns named by the keys."""
    arrays = []
    for n, name in enumerate(rows[0]):
        kind, values = table.c[name].type if name in table.c else Integer(), [row[name] for row in rows]
        if isinstance(kind, TypeDecorator):  # e.g. a CodeList: its lists stored as text, not as arrays
            dialect = session.get_bind().dialect
            kind, values = kind.impl_instance, [kind.process_bind_param(v, dialect) for v in values]
        arrays.append(bindparam(f"a_{n}", values, ARRAY(kind)))
    return func.unnest(*arrays).table_valued(*rows[0]).render_derived()


def _insert_rows(session: Session, table, rows: list[dict[str, Any]]) -> None:
    """INSERT rows that all set the same columns."""
    if not _postgresql(session):
        session.execute(insert(table), rows)
        return
    source = _unnest(session, table, rows)
    session.execute(insert(table).from_select(list(rows[0]), select(*source.c)))


def _update_rows(session: Session, table, rows: list[dict[str, Any]]) -> int:
    """UPDATE records ``b_id`` still at version ``b_version`` with the other keys; how many were."""
    if not _postgresql(session):
        stmt = update(table).where(table.c.id == bindparam("b_id"), table.c.version == bindparam("b_version"))
        return session.execute(stmt, rows).rowcount
    source = _unnest(session, table, rows)
    stmt = update(table).where(table.c.id == source.c.b_id, table.c.version == source.c.b_version)
    return session.execute(stmt.values({name: source.c[name] for name in rows[0] if not name.startswith("b_")}),
                           ).rowcount


def _coerced(f: Field, value: Any) -> Any:
    """As validation.normalise keeps it: coerced, or as typed when it cannot be (validation then reports it)."""
    try:
        return validation._coerce(f, value)
    except ValueError:
        return value


def _field_problem(f: Field, value: Any) -> tuple[str, dict] | None:
    return validation._check_field(f, value, value)  # as validate() checks a normalised value
