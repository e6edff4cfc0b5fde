"""Schema migrations with Alembic: a backup first, and a failed upgrade leaves the data untouched."""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
import threading
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import DatabaseUnavailable, UserError
from app.core.private_files import private_file, private_folder, touch_private

if TYPE_CHECKING:
    from app.core.db import Database

# SQLAlchemy is imported inside the functions: the document commands read HEAD and check a SQLite file's
# revision with sqlite3 alone (app/cli/documents.py), and never load it.

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
HEAD = "0014"  # the newest revision; a test checks it against the scripts. Lets start-up skip alembic.


class MigrationFailed(UserError):
    pass


class MigrationCancelled(MigrationFailed):
    """The person stopped the upgrade: the file is as it was (its backup, if one was made, is kept)."""


def alembic_config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(db: Database) -> str | None:
    """The revision the database is at (None for a database without the version table)."""
    from sqlalchemy import inspect, text
    from sqlalchemy.exc import DBAPIError

    try:
        with db.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError as exc:
        raise DatabaseUnavailable.from_error(exc) from exc


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def backup_sqlite(path: Path) -> Path:
    """A consistent copy (WAL included) beside the database: name.backup-YYYYmmdd-HHMMSS.sqlite."""
    target = path.with_name(f"{path.stem}.backup-{_stamp()}{path.suffix or '.sqlite'}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}.backup-{_stamp()}-{n}{path.suffix or '.sqlite'}")
    touch_private(target)
    src = sqlite3.connect(str(path))
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def _json_default(value):
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def backup_server(db: Database, folder: Path) -> Path:
    """A server database: every table's rows as JSON in the user's backup folder."""
    from sqlalchemy import MetaData, select

    private_folder(folder)
    target = touch_private(folder / f"backup-{_stamp()}.json")
    meta = MetaData()
    meta.reflect(db.engine)
    with db.engine.connect() as conn:
        dump = {name: [dict(r._mapping) for r in conn.execute(select(t))] for name, t in meta.tables.items()}
    target.write_text(json.dumps(dump, ensure_ascii=False, default=_json_default), encoding="utf-8")
    return private_file(target)


def _restore_sqlite(backup: Path, path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    shutil.copyfile(backup, path)


def _empty_sqlite(path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    path.write_bytes(b"")  # an empty file is an empty SQLite database


def upgrade(db: Database, backup_folder: Path | None = None, stop: threading.Event | None = None) -> Path | None:
    """Bring the schema to the newest revision. Returns the backup made, if any.

    ``stop`` (set from another thread: the GUI's Cancel) ends the upgrade at the next step SQLite takes; it is then
    rolled back as a failed one is, and ``MigrationCancelled`` says so."""
    current = current_revision(db)
    if current == HEAD:
        return None  # the usual start: no alembic import, no scripts read
    from alembic import command
    from alembic.script import ScriptDirectory
    from sqlalchemy import inspect
    from sqlalchemy.exc import DBAPIError

    from app.core.db import sqlite_path

    script = ScriptDirectory.from_config(alembic_config())
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise MigrationFailed(
            "ฐานข้อมูลนี้สร้างจากโปรแกรมรุ่นใหม่กว่า (รุ่นโครงสร้าง {rev}) กรุณาปรับปรุงโปรแกรมก่อนเปิดใช้", rev=current
        )
    has_tables = bool(inspect(db.engine).get_table_names())
    if current is None and has_tables:
        raise MigrationFailed("ไฟล์นี้เป็นฐานข้อมูลของโปรแกรมอื่น จึงไม่เปิดใช้และไม่แก้ไขไฟล์")
    path = sqlite_path(db.url)
    backup = None
    if stop is not None and stop.is_set():
        raise _cancelled()
    if has_tables:
        try:
            backup = backup_sqlite(path) if path else backup_server(db, backup_folder or Path.home() / "backups")
        except (OSError, sqlite3.Error, DBAPIError) as exc:
            raise MigrationFailed("สำรองฐานข้อมูลก่อนปรับปรุงโครงสร้างไม่ได้ จึงยังไม่ปรับปรุงและไม่แก้ไขข้อมูล ({detail})",
                                  detail=str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from exc
    if stop is not None and stop.is_set():  # stopped while the backup was made: nothing was changed
        raise _cancelled(backup)
    try:
        _run_upgrade(db, path is not None, command, stop)
    except Exception as exc:
        db.dispose()
        if backup is not None and path is not None:
            _restore_sqlite(backup, path)
        elif path is not None and not has_tables:  # a new file: pysqlite does not roll DDL back, so empty it again
            _empty_sqlite(path)
        if stop is not None and stop.is_set():
            raise _cancelled(backup) from exc
        raise MigrationFailed(
            "ปรับปรุงโครงสร้างฐานข้อมูลไม่สำเร็จ ข้อมูลเดิมไม่ถูกแก้ไข (สำเนาสำรอง: {backup}) สาเหตุ: {detail}",
            backup=str(backup or "-"), detail=str(exc).splitlines()[0] if str(exc) else type(exc).__name__,
        ) from exc
    return backup


def _cancelled(backup: Path | None = None) -> MigrationCancelled:
    """The file is as it was; the backup made before the upgrade, if any, is named (it is kept)."""
    if backup is None:
        return MigrationCancelled("ยกเลิกการปรับปรุงโครงสร้างฐานข้อมูลแล้ว ข้อมูลเดิมไม่ถูกแก้ไข")
    return MigrationCancelled("ยกเลิกการปรับปรุงโครงสร้างฐานข้อมูลแล้ว ข้อมูลเดิมไม่ถูกแก้ไข (สำเนาสำรอง: {backup})",
                              backup=str(backup))


def _stopper(stop: threading.Event):
    """Before each statement of an upgrade: stopped when asked (a long one is interrupted by SQLite itself)."""

    def check(*_args) -> None:
        if stop.is_set():
            raise _cancelled()

    return check


def _run_upgrade(db: Database, sqlite: bool, command, stop: threading.Event | None = None) -> None:
    """Alembic's upgrade in one transaction. On SQLite the foreign keys are off meanwhile (Alembic's advice for its
    batch mode, which copies a table to change a column: dropping the old one must not cascade to the rows that
    refer to it), and checked before the commit. ``stop`` interrupts SQLite's work (checked every few thousand
    steps)."""
    from sqlalchemy import event

    cfg = alembic_config()
    with db.engine.connect() as conn:
        if sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")  # before any write: pysqlite has no transaction open yet
            if stop is not None:
                conn.connection.driver_connection.set_progress_handler(lambda: 1 if stop.is_set() else 0, 10000)
        check = _stopper(stop) if stop is not None else None
        if check is not None:
            event.listen(conn, "before_cursor_execute", check)
        try:
            with conn.begin() if not conn.in_transaction() else contextlib.nullcontext():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise RuntimeError("foreign key check failed")
            if conn.in_transaction():
                conn.commit()
        finally:
            if check is not None:
                event.remove(conn, "before_cursor_execute", check)
            if sqlite:
                conn.connection.driver_connection.set_progress_handler(None, 0)
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()
