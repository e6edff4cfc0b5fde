"""The registers' own rules, checked again on the server for what a package brings (a laptop's file may have been
edited by hand, or made by a program that skipped the form). Nothing of a refused package is written.

Two steps, both inside the import's one transaction:

* before anything is written, each value: read as its column's type, and for a register's field checked by the
  field's own rule (``app.registers.validation.check_fields``: a date, a choice, a province code, a length);
  a code of a reference table (a province, a dimension) must exist;
* once the package is written, before it is recorded and committed, every register record it made or changed,
  as it now stands (the server's record, the laptop's fields, the chosen sides, its provinces, references to
  records made offline followed to their server ids), by the register's ``validate`` (cross-field rules, the
  record referred to exists, no other record of the same name in the same province).

Either step's problems are raised together as one ``SyncError`` naming register, record and field; the caller
rolls the transaction back.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.core.errors import Bilingual, render
from app.registers import records
from app.registers.catalog import Register, register_for_table
from app.registers.validation import Problem, check_fields, validate
from app.sync.identity import SyncError
from app.sync.journal import Change
from app.sync.tables import key_values, sent_tables, to_python

REFERENCE_TABLES = ("province", "smart_dimension")  # codes the server keeps; a package never makes them
BATCH = 500
SHOWN = 10  # problems listed in the message; the rest are counted
Found = list[tuple[str, str | Bilingual, str, Problem]]  # (table, record as named, field, problem)


def check_values(session: Session, changes: list[Change]) -> None:
    """Refused before anything is written when a value the package brings breaks its field's rule."""
    found: Found = []
    codes = _Codes(session)
    tables = sent_tables()
    for change in changes:
        if change.op != "delete":
            found += _value_problems(tables[change.table], change, codes)
    _raise(found)


def _value_problems(table: sa.Table, change: Change, codes: _Codes) -> Found:
    """The register's own message for a field it knows, else "cannot be read" or "unknown code"."""
    values, own = {}, {}
    for name, sent in change.fields.items():
        new = sent[1] if change.op == "update" else sent
        try:
            values[name] = to_python(table.c[name], new)
            if not codes.known(table.c[name], values[name]):
                own[name] = ("ไม่พบรหัส {value}", {"value": str(new)})
        except (ValueError, TypeError, ArithmeticError):
            values[name] = new
            own[name] = ("ค่า {value} อ่านไม่ได้", {"value": str(new)})
    reg = register_for_table(table.name)
    if reg is not None:
        fields = tuple(f for f in reg.stored_fields if f.name in values)
        own.update(check_fields(fields, values, partial=True)[1])
    return [(table.name, _named(change), name, problem) for name, problem in own.items()]


class _Codes:
    """The codes of the reference tables, read once."""

    def __init__(self, session: Session):
        self.session, self.codes = session, {}

    def known(self, column: sa.Column, value) -> bool:
        targets = [fk.column for fk in column.foreign_keys if fk.column.table.name in REFERENCE_TABLES]
        if not targets or value is None:
            return True
        target = targets[0]
        if target.table.name not in self.codes:
            self.codes[target.table.name] = set(self.session.scalars(sa.select(target)))
        return value in self.codes[target.table.name]


def _named(change: Change) -> str | Bilingual:
    return change.id if change.op != "insert" else _both(("ใหม่ (รหัสในสำเนา {id})", {"id": change.id}))


def _both(problem: Problem) -> Bilingual:
    return Bilingual(render(*problem, "th"), render(*problem, "en"))


# --------------------------------------------------------------------------- whole records, once written


def touched_records(changes: list[Change], ids: dict[tuple[str, object], object]) -> dict[str, set[int]]:
    """Register table → server ids of the records the package made or changed, the records whose lists (their
    provinces, dimensions) it changed included. ``ids``: (table, the laptop's id) → the server's id."""
    tables, out = sent_tables(), {}
    for change in changes:
        table = tables[change.table]
        if register_for_table(change.table) is not None:
            if change.op != "delete":
                record = ids.get((change.table, change.id), change.id) if change.op == "insert" else change.id
                out.setdefault(change.table, set()).add(int(record))
            continue
        for parent, record in _parents(table, change):
            out.setdefault(parent, set()).add(int(ids.get((parent, str(record)), record)))
    return out


def _parents(table: sa.Table, change: Change) -> list[tuple[str, object]]:
    """A list row (a city's province) names its register record: that record's lists changed."""
    if change.op == "update" or not all(c.primary_key for c in table.columns):
        return []
    keys = key_values(table, change.id) if change.op == "delete" else change.fields
    return [(fk.column.table.name, keys.get(c.name)) for c in table.columns for fk in c.foreign_keys
            if register_for_table(fk.column.table.name) is not None and keys.get(c.name) is not None]


def check_records(session: Session, touched: dict[str, set[int]], new: set[tuple[str, int]]) -> None:
    """Refused when a record the package made or changed, as it now stands, breaks its register's rules.
    ``new``: (table, server id) of the records the package made (named by their title, not by an id that the
    rolled-back import never gives)."""
    session.expire_all()  # the writer wrote with plain statements: the session's objects are stale
    found: Found = []
    for table, ids in touched.items():
        reg = register_for_table(table)
        objects = _load(session, reg, sorted(ids))
        repeated = _repeated_titles(session, reg, objects)
        for obj in objects:
            values = records.values_of(obj, reg)
            name = _title(reg, values) if (table, obj.id) in new else str(obj.id)
            problems = validate(session, reg, values, obj.id, may_repeat=values.get(reg.title_field) in repeated)
            found += [(table, name, f, p) for f, p in problems.items()]
    _raise(found)


def _load(session: Session, reg: Register, ids: list[int]) -> list:
    model, out = reg.model, []
    for start in range(0, len(ids), BATCH):
        out += session.scalars(sa.select(model).where(model.id.in_(ids[start:start + BATCH]))).all()
    return sorted(out, key=lambda obj: obj.id)


def _repeated_titles(session: Session, reg: Register, objects: list) -> set:
    """The titles of these records that more than one record has: only those can be a duplicate."""
    column = getattr(reg.model, reg.title_field)
    titles = sorted({getattr(obj, reg.title_field) for obj in objects} - {None})
    out: set = set()
    for start in range(0, len(titles), BATCH):
        query = (sa.select(column).where(column.in_(titles[start:start + BATCH])).group_by(column)
                 .having(sa.func.count() > 1))
        out.update(session.scalars(query))
    return out


def _title(reg: Register, values: dict) -> Bilingual:
    return _both(("ใหม่ ({title})", {"title": values.get(reg.title_field) or "-"}))


# --------------------------------------------------------------------------- the message


def _raise(found: Found) -> None:
    if not found:
        return
    lines = [_line(*item) for item in found[:SHOWN]]
    if len(found) > SHOWN:
        lines.append(("และอีก {n} รายการ", {"n": len(found) - SHOWN}))
    text = Bilingual(*("; ".join(render(t, p, lang) for t, p in lines) for lang in ("th", "en")))
    raise SyncError("ชุดการเปลี่ยนแปลงมีข้อมูลที่ไม่ผ่านการตรวจของทะเบียน จึงไม่ได้นำเข้าและไม่ได้แก้ไขข้อมูลใด: "
                    "{problems}", problems=text)


def _line(table: str, record: str | Bilingual, name: str, problem: Problem) -> Problem:
    reg = register_for_table(table)
    label = Bilingual(name, name)
    if reg is not None and any(f.name == name for f in reg.fields):
        label = Bilingual(reg.field(name).th, reg.field(name).en)
    register = Bilingual(reg.th, reg.en) if reg is not None else Bilingual(table, table)
    return ("{register} รายการ {record} ช่อง {field}: {problem}",
            {"register": register, "record": record, "field": label, "problem": _both(problem)})
