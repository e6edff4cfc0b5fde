"""Package after package from one offline copy: their order, and what the server keeps of the copy between them.

A copy numbers its packages (1, 2, …), each naming the one before it, and each holds only the changes made since
the one before. The server applies them in that order: a package whose predecessor it has not applied is refused,
naming the missing one. Between packages the server keeps, per record a copy's packages touched (``sync_record``):

* the laptop's id of a record made offline, so a later package that edits, deletes or refers to it (by the
  laptop's id, the only one the laptop knows) reaches the server's id;
* per field the copy sent, the server's audit position once that package was applied: a later package's
  conflict on that field counts only the server's changes after it (those before were settled then); a field
  the copy never sent counts every server change since the copy was taken.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.models import SyncPackage, SyncRecord
from app.sync.conflicts import ServerSide
from app.sync.identity import SyncError
from app.sync.journal import Change
from app.sync.tables import has_serial_id, key_values, record_id_of, sent_tables

BATCH = 500


def check_order(session: Session, copy: str, seq: int, previous: str) -> None:
    """Refused unless the package follows the copy's last package the server applied."""
    last = session.execute(sa.select(SyncPackage.id, SyncPackage.seq).where(SyncPackage.copy_id == copy)
                           .order_by(SyncPackage.seq.desc()).limit(1)).first()
    last_id, last_seq = (last.id, last.seq) if last else ("", 0)
    if previous == last_id:
        return
    if seq <= last_seq:
        raise SyncError("ชุดการเปลี่ยนแปลงนี้ (ชุดที่ {seq} ของสำเนา) ไม่ต่อจากชุดที่เซิร์ฟเวอร์รับไว้แล้ว (ถึงชุดที่ {last}) "
                        "อาจทำจากไฟล์สำเนาที่กู้คืนมา จึงไม่ได้นำเข้า ให้นำข้อมูลออกไปใหม่", seq=seq, last=last_seq)
    missing = previous if seq == last_seq + 2 else "-"
    raise SyncError("ยังไม่ได้รับชุดการเปลี่ยนแปลงชุดที่ {missing_seq} ของสำเนานี้ (รหัสชุด {missing}) ซึ่งต้องนำเข้าก่อน "
                    "ชุดนี้ (ชุดที่ {seq}) จึงไม่ได้นำเข้า ให้นำเข้าชุดที่ {missing_seq} ก่อน",
                    missing_seq=last_seq + 1, missing=missing, seq=seq)


@dataclass
class CopyState:
    """What the server keeps of one copy: laptop ids of records made offline, and the fields it sent."""

    copy: str
    ids: dict[tuple[str, str], int] = field(default_factory=dict)  # (table, the laptop's id) → the server's id
    sent: dict[tuple[str, str], dict[str, int]] = field(default_factory=dict)  # (table, server id) → field → pos
    laptop_of: dict[tuple[str, str], str | None] = field(default_factory=dict)
    pending: dict[int, set[int]] = field(default_factory=dict)  # a package's position → its ``pending``

    @classmethod
    def load(cls, session: Session, copy: str) -> CopyState:
        state = cls(copy)
        if not copy:
            return state
        query = sa.select(SyncRecord.table_name, SyncRecord.record_id, SyncRecord.laptop_id, SyncRecord.sent)
        for table, record, laptop, sent in session.execute(query.where(SyncRecord.copy_id == copy)):
            state.laptop_of[(table, record)] = laptop
            state.sent[(table, record)] = json.loads(sent or "{}")
            if laptop is not None:
                state.ids[(table, laptop)] = int(record)
        applied = sa.select(SyncPackage.position, SyncPackage.pending).where(SyncPackage.copy_id == copy)
        for position, pending in session.execute(applied):
            state.pending[position] = set(json.loads(pending or "[]"))
        return state

    def server_id(self, table: sa.Table, record_id: str) -> str:
        """The server's id of a record the laptop names by its own id."""
        if has_serial_id(table):
            return str(self.ids.get((table.name, record_id), record_id))
        values = key_values(table, record_id)
        for column in table.primary_key.columns:
            for fk in column.foreign_keys:
                values[column.name] = self.ids.get((fk.column.table.name, str(values[column.name])),
                                                   values[column.name])
        return record_id_of(table, values)

    def translate(self, changes: list[Change]) -> None:
        """Edits and deletions of records made offline (in an earlier package) point at their server ids."""
        if not self.ids:
            return
        tables = sent_tables()
        for change in changes:
            if change.op != "insert":
                change.id = self.server_id(tables[change.table], change.id)

    def made_offline(self, table: str, record_id: str) -> bool:
        """A record one of the copy's earlier packages made (the server knows its laptop id)."""
        return self.laptop_of.get((table, record_id)) is not None

    def since(self, change: Change, side: ServerSide) -> ServerSide:
        """The server's changes to a record the laptop has not seen: per field after the position the copy's
        earlier package sent it at, else all of ``side`` (the changes since the copy was taken)."""
        sent = self.sent.get((change.table, change.id), {})
        kept = {name: who for name, who in side.fields.items() if self._unseen(side, name, sent.get(name, -1))}
        return ServerSide(kept, side.deleted, side.removed, {k: side.last[k] for k in kept if k in side.last},
                          {k: side.writers[k] for k in kept if k in side.writers})

    def _unseen(self, side: ServerSide, name: str, sent_at: int) -> bool:
        """A server change after the position the field was sent at, or by a transaction that package's import
        could not compare (its id below that position: ``apply``'s pending)."""
        missed = self.pending.get(sent_at, set())
        return side.last.get(name, 0) > sent_at or bool(side.writers.get(name, set()) & missed)

    def remember(self, session: Session, new_ids: dict[tuple[str, str], int], changes: list[Change],
                 position: int) -> None:
        """Keep the laptop ids of the records this package made and the fields it sent, at ``position``."""
        touched: dict[tuple[str, str], str | None] = {}
        for (table, laptop), server in new_ids.items():
            before = self.ids.get((table, laptop))
            if before != server:
                touched[(table, str(server))] = laptop
                if before is not None:  # the laptop's id now names another record made offline
                    touched[(table, str(before))] = None
        for change in changes:
            if change.op == "update":
                key = (change.table, change.id)
                touched.setdefault(key, self.laptop_of.get(key))
                self.sent.setdefault(key, {}).update(dict.fromkeys(change.fields, position))
        self._write(session, touched)

    def _write(self, session: Session, touched: dict[tuple[str, str], str | None]) -> None:
        rows = [{"copy_id": self.copy, "table_name": t, "record_id": r, "laptop_id": laptop,
                 "sent": json.dumps(self.sent.get((t, r), {}))} for (t, r), laptop in touched.items()]
        old = [r for r in rows if (r["table_name"], r["record_id"]) in self.laptop_of]
        new = [r for r in rows if (r["table_name"], r["record_id"]) not in self.laptop_of]
        table = SyncRecord.__table__
        conn = session.connection()
        for start in range(0, len(new), BATCH):
            conn.execute(table.insert(), new[start:start + BATCH])
        if old:
            match = sa.and_(table.c.copy_id == sa.bindparam("k_copy"), table.c.table_name == sa.bindparam("k_table"),
                            table.c.record_id == sa.bindparam("k_record"))
            statement = table.update().where(match).values(laptop_id=sa.bindparam("v_laptop"),
                                                           sent=sa.bindparam("v_sent"))
            conn.execute(statement, [{"k_copy": r["copy_id"], "k_table": r["table_name"], "k_record": r["record_id"],
                                      "v_laptop": r["laptop_id"], "v_sent": r["sent"]} for r in old])
