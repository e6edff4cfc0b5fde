"""Who is who in offline work: the server's identity (a UUID made once), the mark an offline copy carries (which
server, at which audit position, which meetings), the server's audit position and how far back it reaches.

The audit position is the id of the newest ``audit_log`` entry: a change counter that never goes back (ids are
never reused). The server's retention is the oldest position it can still compare a package against: the
position before its oldest audit entry, or a later one an administrator set (``sync.retained_from``, e.g. after
moving the trail to an archive); a package taken before it is refused.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass, field

from sqlalchemy import column, func, select, table, text
from sqlalchemy.orm import Session

import app.models as models  # its classes by name: the window's start asks is_copy without building them
from app.core.errors import UserError

SERVER_KEY = "sync.server_id"
CHECKOUT_KEY = "sync.checkout"  # only in an offline copy
RETAINED_KEY = "sync.retained_from"


class SyncError(UserError):
    pass


@dataclass
class Checkout:
    """The mark of an offline copy."""

    server: str  # the server's identity
    base: int  # the server's audit position when the copy was taken
    taken_at: str  # ISO time, for people to read (the position decides)
    server_name: str = ""  # where the copy came from, as shown to people
    meetings: list[int] | None = None  # the meetings copied (None: all)
    journal_from: int = 0  # the copy's own audit position after copying: its changes come after it
    sent_upto: int = 0  # the copy's audit position its last package covered
    sent_package: str = ""  # that package's id
    pending: list[int] = field(default_factory=list)  # PostgreSQL: transactions in progress at the snapshot
    personal: bool = True  # False: taken without the registers' personal data (app.sync.personal)
    sent_seq: int = 0  # that package's number among the copy's packages (the next one is sent_seq + 1)
    copy: str = ""  # this copy's own UUID: its packages are applied in order, each once
    extra: dict = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Checkout:
        data = json.loads(text)
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


def server_identity(session: Session, create: bool = True) -> str | None:
    """The server's UUID, made the first time it is asked for (by the first checkout)."""
    row = session.get(models.Setting, SERVER_KEY)
    if row is None and create:
        row = models.Setting(key=SERVER_KEY, value=str(uuid.uuid4()))
        session.add(row)
        session.flush()
    return row.value if row else None


def checkout_of(session: Session) -> Checkout | None:
    """The mark of this database when it is an offline copy, else None (read with Core: the main window asks at
    start, before the ORM's mappers are set up)."""
    session.flush()
    return checkout_of_conn(session.connection())


def checkout_of_conn(conn) -> Checkout | None:
    key, value = column("key"), column("value")  # the settings' table by name (app.models.setting)
    found = conn.execute(select(value).select_from(table("app_setting", key, value)).where(key == CHECKOUT_KEY))
    mark = found.scalar()
    return Checkout.from_json(mark) if mark else None


def save_checkout(session: Session, mark: Checkout) -> None:
    session.get(models.Setting, CHECKOUT_KEY).value = mark.to_json()


def require_checkout(session: Session) -> Checkout:
    mark = checkout_of(session)
    if mark is None:
        raise SyncError("ฐานข้อมูลนี้ไม่ใช่สำเนาที่นำออกไปทำงานนอกสถานที่ จึงไม่มีการเปลี่ยนแปลงให้ส่ง")
    return mark


def position(session: Session) -> int:
    """The audit position: the id of the newest audit entry (0 when there is none)."""
    return session.scalar(select(func.max(models.AuditEntry.id))) or 0


def in_progress(conn) -> list[int]:
    """The transactions in progress in this connection's snapshot (PostgreSQL; none on SQLite), as the 32-bit
    transaction ids an audit row's ``xmin`` shows.

    Why: the audit position is the largest audit id the snapshot sees, but ids are handed out when a row is
    written, not when its transaction commits. A transaction that wrote an audit row (id below the position)
    before the snapshot and commits after it is not in the copy, yet its id is below the base: comparing by id
    alone would miss it. Such transactions are exactly those the snapshot lists as in progress (one that starts
    later gets a larger id), so the copy keeps their ids, and an import counts as "changed on the server since"
    every audit entry whose id is above the base or whose writing transaction (its ``xmin``) is one of these.
    No lock is taken: the application's roles may not lock the append-only trail, and checkout blocks no one."""
    if conn.dialect.name != "postgresql":
        return []
    return _listed(str(conn.exec_driver_sql("SELECT pg_current_snapshot()::text").scalar()))


def position_and_pending(session: Session) -> tuple[int, list[int]]:
    """The audit position and the transactions in progress, from one snapshot (PostgreSQL: one statement, so the
    two agree; SQLite: no transaction runs beside this one)."""
    if session.get_bind().dialect.name != "postgresql":
        return position(session), []
    at, snapshot, own = session.execute(text("SELECT (SELECT max(id) FROM audit_log), pg_current_snapshot()::text, "
                                             "pg_current_xact_id_if_assigned()::text")).one()
    return at or 0, [x for x in _listed(str(snapshot)) if own is None or x != int(own) % 2**32]


def _listed(snapshot: str) -> list[int]:
    return sorted({int(x) % 2**32 for x in snapshot.split(":")[2].split(",") if x})


def writers_between(session: Session, after: int, upto: int) -> list[int]:
    """PostgreSQL: the other transactions whose audit entries have ids in (after, upto] (their ``xmin``)."""
    if session.get_bind().dialect.name != "postgresql" or upto <= after:
        return []
    query = text("SELECT DISTINCT xmin::text::bigint FROM audit_log WHERE id > :after AND id <= :upto "
                 "AND xmin::text::bigint <> pg_current_xact_id()::text::bigint % 4294967296")
    return sorted(session.scalars(query, {"after": after, "upto": upto}))


def retained_from(session: Session) -> int:
    """The oldest position whose later changes this server can still list in full."""
    oldest = session.scalar(select(func.min(models.AuditEntry.id)))
    floor = (oldest - 1) if oldest else position(session)
    row = session.get(models.Setting, RETAINED_KEY)
    return max(floor, int(row.value)) if row else floor


def is_copy(session: Session) -> bool:
    return checkout_of(session) is not None
