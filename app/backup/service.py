"""`backup --to FILE` and `restore FILE`: the right method for the database, and the current data kept aside
before a restore (a checked backup of it, beside the database or in the user's backup folder)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.backup import json_dump, pg_backup, sqlite_backup
from app.backup.report import BackupFailed, BackupReport
from app.core import migrate
from app.core.db import Database, sqlite_path


def stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def suffix(db: Database) -> str:
    if db.is_sqlite:
        return ".sqlite"
    return ".dump" if pg_backup.tools_present() else ".json"


def backup(db: Database, target: Path) -> BackupReport:
    """A checked backup at ``target``: the method follows the database (and, on a server, the tools present)."""
    target = Path(target).expanduser().resolve()
    path = sqlite_path(db.url)
    if path is not None:
        if target == path.resolve():
            raise BackupFailed("สำเนาสำรองต้องเป็นไฟล์อื่น ไม่ใช่ไฟล์ฐานข้อมูลเอง")
        return sqlite_backup.backup(path, target)
    if target.suffix == ".json" or not pg_backup.tools_present():
        return json_dump.backup(db, target)
    return pg_backup.backup(db, target)


def restore(db: Database, source: Path, aside_folder: Path) -> Path:
    """Put ``source`` in place of the current data; returns where the current data was kept first."""
    source = Path(source).expanduser().resolve()
    if not source.is_file():
        raise BackupFailed("ไม่พบไฟล์สำรอง {path}", path=str(source))
    path = sqlite_path(db.url)
    if path is not None:
        sqlite_backup.check(source)  # a sound backup of this application, before anything changes
        aside = path.with_name(f"{path.stem}.before-restore-{stamp()}{path.suffix or '.sqlite'}")
        backup(db, aside)
        db.dispose()
        sqlite_backup.restore(source, path)
    else:
        aside = aside_folder / f"before-restore-{stamp()}{suffix(db)}"
        backup(db, aside)
        if source.suffix == ".json" or _is_json(source):
            json_dump.restore(db, source)
        else:
            pg_backup.restore(db, source)
    migrate.upgrade(db, aside_folder)  # a backup from an older version gets the current schema
    return aside


def _is_json(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(1) == b"{"
