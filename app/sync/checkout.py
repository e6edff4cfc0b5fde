"""Take a copy offline: the registers, committees, the meetings chosen and the reference data, written into a new
SQLite file built by the migrations, marked with the server's identity and its audit position.

The server is read in one snapshot (REPEATABLE READ on PostgreSQL; one read transaction on SQLite), so the copy
and its position agree; on PostgreSQL the mark also keeps the transactions in progress at that snapshot (their
audit rows may have ids below the position: ``identity.in_progress``).
The copy's own audit triggers are off while it is filled, so its trail starts empty: the
changes made offline are the entries after the copy's mark. Refreshing keeps the old copy aside first.
"""

from __future__ import annotations

import socket
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa

from app.core import audit_schema, migrate
from app.core.db import Database
from app.models import Setting, SyncPackage
from app.sync import identity
from app.sync import personal as personal_data
from app.sync.identity import Checkout, SyncError
from app.sync.tables import SECRET_SETTINGS, copied_tables

Progress = Callable[[int, int], None]
MEETING_TABLES = ("meeting",)  # the tables a choice of meetings narrows; what hangs on them follows


@dataclass
class CheckoutReport:
    path: Path
    server: str
    base: int
    rows: int
    meetings: int


def checkout(server: Database, target: Path, meetings: Iterable[int] | None = None,
             progress: Progress | None = None, personal: bool = True) -> CheckoutReport:
    """Write the offline copy to ``target`` (a new file, 0600; refused when it exists). With ``personal`` the
    registers' personal data go with it, recorded as a disclosure; without, those fields are empty on the copy."""
    target = Path(target)
    if target.exists() and target.stat().st_size > 0:
        raise SyncError("มีไฟล์ {path} อยู่แล้ว จึงไม่เขียนทับ (เลือกชื่อไฟล์ใหม่ หรือใช้คำสั่ง sync refresh)",
                        path=str(target))
    chosen = sorted(set(meetings)) if meetings is not None else None
    with server.session() as s:
        server_id = identity.server_identity(s)
    try:
        report = _write_copy(server, target, server_id, chosen, progress, personal)
    except BaseException:
        _remove(target)
        raise
    if personal:
        with server.session() as s:
            personal_data.record_checkout(s, target)
    return report


def _remove(path: Path) -> None:
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        p.unlink(missing_ok=True)


def _write_copy(server: Database, target: Path, server_id: str, chosen: list[int] | None,
                progress: Progress | None, personal: bool) -> CheckoutReport:
    laptop = Database(target)
    try:
        migrate.upgrade(laptop)
        with _snapshot(server) as src:
            if identity.checkout_of_conn(src) is not None:
                raise SyncError("ฐานข้อมูลต้นทางเป็นสำเนาที่นำออกมาแล้ว ให้นำออกจากเซิร์ฟเวอร์โดยตรง")
            base = src.execute(sa.text("SELECT coalesce(max(id), 0) FROM audit_log")).scalar()
            pending = identity.in_progress(src)
            rows = _read(src, chosen, personal)
        _check_meetings(chosen, rows)
        mark = Checkout(server=server_id, base=int(base), taken_at=datetime.now().isoformat(timespec="seconds"),
                        server_name=server.display_name, meetings=chosen, copy=str(uuid.uuid4()),
                        pending=pending, personal=personal)
        count = _fill(laptop, rows, mark, progress)
    finally:
        laptop.dispose()
    return CheckoutReport(target, server_id, int(base), count, len(rows.get("meeting", [])))


class _snapshot:  # noqa: N801 - a context manager read like a function
    def __init__(self, db: Database):
        self.db = db

    def __enter__(self) -> sa.Connection:
        self.conn = self.db.engine.connect()
        if self.db.engine.dialect.name == "postgresql":
            self.conn = self.conn.execution_options(isolation_level="REPEATABLE READ")
        self.conn.begin()
        return self.conn

    def __exit__(self, *exc) -> None:
        self.conn.rollback()
        self.conn.close()


def _check_meetings(chosen: list[int] | None, rows: dict[str, list[dict]]) -> None:
    found = {r["id"] for r in rows.get("meeting", [])}
    missing = [m for m in chosen or () if m not in found]
    if missing:
        raise SyncError("ไม่พบการประชุมที่เลือก (รหัส {ids})", ids=", ".join(map(str, missing)))


def _read(src: sa.Connection, chosen: list[int] | None, personal: bool = True) -> dict[str, list[dict]]:
    """Every copied table's rows; with a choice of meetings, rows that hang on other meetings stay behind and
    references to them become empty."""
    rows: dict[str, list[dict]] = {}
    for table in copied_tables():
        query = sa.select(table)
        if table.name == "meeting" and chosen is not None:
            query = query.where(table.c.id.in_(chosen or [-1]))
        found = [dict(r._mapping) for r in src.execute(query)]
        if table.name == "app_setting":
            found = [r for r in found if r["key"] not in SECRET_SETTINGS]
        rows[table.name] = _keep_references(table, found, rows) if chosen is not None else found
        if not personal:
            personal_data.blank(table, rows[table.name])
    return rows


def _keep_references(table: sa.Table, found: list[dict], rows: dict[str, list[dict]]) -> list[dict]:
    kept = []
    own = {r.get("id") for r in found}
    for row in found:
        if _narrow(table, row, rows, own):
            kept.append(row)
    return kept


def _narrow(table: sa.Table, row: dict, rows: dict[str, list[dict]], own: set) -> bool:
    """False when the row hangs on a record left behind; a nullable reference to one is emptied."""
    for column in table.columns:
        for fk in column.foreign_keys:
            target = fk.column.table.name
            value = row.get(column.name)
            if value is None or fk.column.name != "id":
                continue
            present = own if target == table.name else {r.get("id") for r in rows.get(target, ())}
            if value in present:
                continue
            if not column.nullable or column.primary_key:
                return False
            row[column.name] = None
    return True


def _fill(laptop: Database, rows: dict[str, list[dict]], mark: Checkout, progress: Progress | None) -> int:
    total = sum(len(v) for v in rows.values())
    with laptop.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")  # rows that refer to their own table come in any order
        conn.commit()  # (outside a transaction: SQLite ignores the pragma inside one)
        with conn.begin():
            _copy(conn, rows, mark, progress, total)
            if conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                raise SyncError("สำเนาที่นำออกมีข้อมูลอ้างถึงรายการที่ไม่ได้นำออกมา จึงไม่ได้สร้างสำเนา")
        conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        conn.commit()
    return total


def _copy(conn: sa.Connection, rows: dict[str, list[dict]], mark: Checkout, progress: Progress | None,
          total: int) -> None:
    done = 0
    _triggers_off(conn)
    for table in reversed(copied_tables()):
        conn.execute(table.delete())
    for table in copied_tables():
        batch = rows.get(table.name) or []
        if batch:
            conn.execute(table.insert(), batch)
        done += len(batch)
        if progress:
            progress(done, total)
    mark.journal_from = conn.execute(sa.text("SELECT coalesce(max(id), 0) FROM audit_log")).scalar()
    conn.execute(Setting.__table__.insert(), {"key": identity.CHECKOUT_KEY, "value": mark.to_json()})
    audit_schema.refresh_sqlite_triggers(conn)


def _triggers_off(conn: sa.Connection) -> None:
    names = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit_%' "
                                 "AND tbl_name NOT IN ('audit_log', 'audit_personal', 'personal_data_disclosure')")
    for (name,) in list(names):
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')


def laptop_name() -> str:
    return socket.gethostname() or "unknown"


def refresh(server: Database, target: Path, force: bool = False, progress: Progress | None = None) -> tuple[
        CheckoutReport, Path]:
    """Take the copy again into the same file, the old one kept aside first: (the new copy, where the old one is).

    Refused while the copy holds changes the server has not received (unless ``force``)."""
    from app.sync import journal

    target = Path(target)
    old = Database(target)
    try:
        with old.session() as s:
            mark = identity.checkout_of(s)
            unsent = bool(mark and journal.changes_since(s, max(mark.sent_upto, mark.journal_from))[0])
    finally:
        old.dispose()
    if mark is None:
        raise SyncError("ไฟล์ {path} ไม่ใช่สำเนาที่นำออกไปทำงานนอกสถานที่", path=str(target))
    with server.session() as s:
        if mark.server != identity.server_identity(s, create=False):
            raise SyncError("สำเนา {path} นำออกมาจากฐานข้อมูลอื่น จึงไม่รับข้อมูลใหม่จากฐานข้อมูลนี้", path=str(target))
        unsent = unsent or bool(mark.sent_package and s.get(SyncPackage, mark.sent_package) is None)
    if unsent and not force:
        raise SyncError("สำเนา {path} ยังมีการเปลี่ยนแปลงที่เซิร์ฟเวอร์ยังไม่ได้รับ ส่งการเปลี่ยนแปลงก่อน "
                        "(หรือสั่งให้รับข้อมูลใหม่ทั้งที่ยังไม่ได้ส่ง)", path=str(target))
    aside = _keep_aside(target)
    return checkout(server, target, mark.meetings, progress, mark.personal), aside


def _keep_aside(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.stem}.before-refresh-{stamp}{path.suffix or '.sqlite'}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.stem}.before-refresh-{stamp}-{n}{path.suffix or '.sqlite'}")
    migrate.backup_sqlite(path).replace(aside)  # a consistent copy (WAL included), then the file goes
    _remove(path)
    return aside
