"""Writing a settled package: new records first (parents first, in batches that return the server's new ids, so
references to them follow), then edits (batched per table and set of fields), then deletions (children first).
A table whose records refer to records of the same table is written one record at a time (the reference may be
to one made just before)."""

from __future__ import annotations

from collections.abc import Callable
from itertools import groupby

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.models.base import utcnow
from app.sync.journal import Change
from app.sync.numbering import Numbering
from app.sync.tables import has_serial_id, key_clause, key_values, sent_tables, table_order, to_python

Progress = Callable[[int, int], None]
BATCH = 500


class Writer:
    def __init__(self, session: Session, progress: Progress | None, steps: int):
        self.session, self.progress, self.steps = session, progress, steps
        self.tables, self.order = sent_tables(), table_order()
        self.ids: dict[tuple[str, str], object] = {}  # (table, the laptop's id) → the server's id
        self.numbering = Numbering(session)
        self.done = 0

    def _tick(self, n: int) -> None:
        self.done += n
        if self.progress:
            self.progress(self.done, self.steps)

    # ----------------------------------------------------------------- new records

    def insert_all(self, inserts: list[Change]) -> None:
        ordered = sorted(inserts, key=lambda c: (self.order[c.table], c.seq))
        for name, group in groupby(ordered, key=lambda c: c.table):
            table, changes = self.tables[name], list(group)
            if not has_serial_id(table):
                for change in changes:
                    self._insert_keyed(table, change)
            elif _refers_to_itself(table) or name == "certificate":
                for change in changes:
                    self._insert_one(table, change)
            else:
                for start in range(0, len(changes), BATCH):
                    self._insert_batch(table, changes[start:start + BATCH])
            self._tick(len(changes))
        self.numbering.finish()

    def _values(self, table: sa.Table, change: Change) -> dict:
        values = self.follow(table, change.fields)
        if table.name == "certificate":
            values = self.numbering.number(values, change.fields.get("number"))
        return values

    def _insert_keyed(self, table: sa.Table, change: Change) -> None:
        values = self._values(table, change)
        found = sa.select(sa.literal(1)).select_from(table).where(
            sa.and_(*(c == values.get(c.name) for c in table.primary_key.columns)))
        if self.session.execute(found).first() is None:  # else: made on both sides
            self.session.execute(table.insert().values(**values))

    def _insert_one(self, table: sa.Table, change: Change) -> None:
        values = self._values(table, change)
        new_id = self.session.execute(table.insert().values(**values)).inserted_primary_key[0]
        self.ids[(table.name, change.id)] = new_id
        self.numbering.made(table.name, new_id, values)

    def _insert_batch(self, table: sa.Table, changes: list[Change]) -> None:
        rows = [self._values(table, c) for c in changes]
        names = sorted({k for r in rows for k in r})
        rows = [{k: r.get(k) for k in names} for r in rows]  # a field the audit left out was empty
        statement = table.insert().returning(table.c.id, sort_by_parameter_order=True)
        new_ids = self.session.connection().execute(statement, rows).scalars().all()
        for change, new_id, values in zip(changes, new_ids, rows, strict=True):
            self.ids[(table.name, change.id)] = new_id
            self.numbering.made(table.name, new_id, values)

    def follow(self, table: sa.Table, values: dict) -> dict:
        """Python values, references to records made offline pointing at their server ids."""
        out = {}
        for name, raw in values.items():
            column = table.c[name]
            value = to_python(column, raw)
            for fk in column.foreign_keys:
                value = self.ids.get((fk.column.table.name, str(raw)), value)
            out[name] = value
        return out

    # ----------------------------------------------------------------- edits and deletions

    def update_all(self, updates: list[tuple[Change, dict]]) -> None:
        keyed = sorted(updates, key=lambda u: (u[0].table, tuple(sorted(u[1]))))
        for (name, fields), group in groupby(keyed, key=lambda u: (u[0].table, tuple(sorted(u[1])))):
            table, items = self.tables[name], list(group)
            if has_serial_id(table):
                self._update_batch(table, fields, items)
            else:
                for change, values in items:
                    self.session.execute(table.update().where(key_clause(table, change.id))
                                         .values(**self.follow(table, values)))
            self._tick(len(items))

    def _update_batch(self, table: sa.Table, fields: tuple[str, ...], items: list[tuple[Change, dict]]) -> None:
        values = {f: sa.bindparam(f"v_{f}") for f in fields}
        if "version" in table.c:
            values["version"] = table.c.version + 1
        if "updated_at" in table.c:
            values["updated_at"] = utcnow()
        statement = table.update().where(table.c.id == sa.bindparam("k_id")).values(**values)
        rows = [{"k_id": int(c.id), **{f"v_{k}": v for k, v in self.follow(table, vals).items()}} for c, vals in items]
        self.session.connection().execute(statement, rows)

    def delete_all(self, deletes: list[Change]) -> None:
        ordered = sorted(deletes, key=lambda c: (-self.order[c.table], -c.seq))
        for name, group in groupby(ordered, key=lambda c: c.table):
            table, changes = self.tables[name], list(group)
            if has_serial_id(table):
                ids = [int(c.id) for c in changes]
                for start in range(0, len(ids), BATCH):
                    self.session.execute(table.delete().where(table.c.id.in_(ids[start:start + BATCH])))
            else:
                for change in changes:
                    self.session.execute(table.delete().where(key_clause(table, change.id)))
            self._tick(len(changes))

    def recreate(self, change: Change, removed: dict) -> None:
        """A record the server deleted and the laptop edited, made again (same id) when the laptop's side wins."""
        table = self.tables[change.table]
        values = {k: to_python(table.c[k], v) for k, v in removed.items() if k in table.c}
        values.update({k: to_python(table.c[k], v[1]) for k, v in change.fields.items()})
        values.update(key_values(table, change.id))
        self.session.execute(table.insert().values(**values))
        self._tick(1)


def _refers_to_itself(table: sa.Table) -> bool:
    return any(fk.column.table is table for c in table.columns for fk in c.foreign_keys)


def current_rows(session: Session, table: sa.Table, record_ids: list[str]) -> dict[str, dict]:
    """The server's rows of ``table`` by record id, read in batches."""
    out: dict[str, dict] = {}
    if has_serial_id(table):
        ids = sorted({int(r) for r in record_ids})
        for start in range(0, len(ids), BATCH):
            query = sa.select(table).where(table.c.id.in_(ids[start:start + BATCH]))
            out.update({str(row["id"]): dict(row) for row in session.execute(query).mappings()})
        return out
    for record in record_ids:
        row = session.execute(sa.select(table).where(key_clause(table, record))).mappings().first()
        if row is not None:
            out[record] = dict(row)
    return out
