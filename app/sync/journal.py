"""The offline copy's changes, read from its own audit trail and collapsed per record and field: the first old
value and the last new one; a record made offline travels as one new record with its last values, one made and
deleted offline does not travel at all, an edited and then deleted one travels as a deletion."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AuditEntry, AuditPersonal
from app.sync.tables import has_serial_id, sent_tables

PERSONAL_MARK = "*"


@dataclass
class Change:
    """One record's net change. ``fields``: update → {field: [old, new]}; insert → {field: new};
    delete → {field: old}."""

    op: str
    table: str
    id: str
    fields: dict = field(default_factory=dict)
    who: str = ""
    at: str = ""
    seq: int = 0

    def to_dict(self) -> dict:
        return {"op": self.op, "table": self.table, "id": self.id, "fields": self.fields, "who": self.who,
                "at": self.at, "seq": self.seq}

    @classmethod
    def from_dict(cls, data: dict) -> Change:
        return cls(str(data["op"]), str(data["table"]), str(data["id"]), dict(data["fields"]),
                   str(data.get("who") or ""), str(data.get("at") or ""), int(data.get("seq") or 0))


@dataclass
class _Entry:
    id: int
    at: str
    who: str
    table: str
    record: str
    action: str
    pairs: dict  # field → [old, new]


def entries(session: Session, after: int) -> list[_Entry]:
    """The copy's audit entries after ``after`` on the tables that travel, personal values filled in."""
    tables = set(sent_tables())
    query = select(AuditEntry).where(AuditEntry.id > after, AuditEntry.table_name.in_(tables)).order_by(AuditEntry.id)
    personal = _personal(session, after)
    out = []
    for e in session.scalars(query):
        pairs = json.loads(e.changes or "{}")
        for name, value in pairs.items():
            if value == PERSONAL_MARK:
                pairs[name] = list(personal.get((e.id, name), (None, None)))
        out.append(_Entry(e.id, e.at.isoformat(sep=" ", timespec="seconds") if e.at else "", e.actor or "",
                          e.table_name, e.record_id, e.action, pairs))
    return out


def _personal(session: Session, after: int) -> dict[tuple[int, str], tuple]:
    rows = session.execute(select(AuditPersonal.audit_id, AuditPersonal.field, AuditPersonal.old, AuditPersonal.new)
                           .where(AuditPersonal.audit_id > after))
    return {(a, f): (o, n) for a, f, o, n in rows}


def collapse(found: list[_Entry]) -> list[Change]:
    """The net changes, in the order each first happened."""
    tables = sent_tables()
    current: dict[tuple[str, str], Change] = {}
    done: list[Change] = []
    for entry in found:
        key = (entry.table, entry.record)
        change = _step(current.get(key), entry, has_serial_id(tables[entry.table]), done)
        if change is None:
            current.pop(key, None)
        else:
            change.who, change.at = entry.who, entry.at
            current[key] = change
    done += current.values()
    return sorted((c for c in done if _worth(c)), key=lambda c: c.seq)


def _worth(change: Change) -> bool:
    if change.op != "update":
        return True
    change.fields = {k: v for k, v in change.fields.items() if v[0] != v[1]}
    return bool(change.fields)


def _step(change: Change | None, entry: _Entry, serial: bool, done: list[Change]) -> Change | None:
    olds = {k: v[0] for k, v in entry.pairs.items()}
    news = {k: v[1] for k, v in entry.pairs.items()}
    if entry.action == "insert":
        return _inserted(change, entry, news, serial, done)
    if entry.action == "delete":
        return _deleted(change, entry, olds)
    if change is None:
        return Change("update", entry.table, entry.record, {k: list(v) for k, v in entry.pairs.items()},
                      seq=entry.id)
    if change.op == "insert":
        change.fields.update(news)
    elif change.op == "update":
        for name, (old, new) in entry.pairs.items():
            change.fields[name] = [change.fields[name][0] if name in change.fields else old, new]
    return change


def _inserted(change: Change | None, entry: _Entry, news: dict, serial: bool, done: list[Change]) -> Change:
    if change is not None and change.op == "delete":
        if serial:  # a new record that took a deleted one's number: two records
            done.append(change)
        else:  # a link removed and made again: what differs is an edit
            names = set(change.fields) | set(news)
            pairs = {k: [change.fields.get(k), news.get(k)] for k in names}
            return Change("update", entry.table, entry.record, pairs, seq=change.seq)
    return Change("insert", entry.table, entry.record, dict(news), seq=entry.id)


def _deleted(change: Change | None, entry: _Entry, olds: dict) -> Change | None:
    if change is not None and change.op == "insert":
        return None  # made and removed offline: nothing travels
    values = dict(olds)
    if change is not None and change.op == "update":
        values.update({k: v[0] for k, v in change.fields.items()})
    return Change("delete", entry.table, entry.record, values, seq=change.seq if change else entry.id)


def changes_since(session: Session, after: int) -> tuple[list[Change], int]:
    """(the net changes after position ``after``, the copy's position they reach)."""
    found = entries(session, after)
    upto = found[-1].id if found else after
    return collapse(found), upto
