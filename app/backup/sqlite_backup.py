"""SQLite: the online backup API copies the database consistently while other windows and workstations keep
writing (one read snapshot: the row counts are read in the same snapshot the copy is taken from); the copy is
then opened on its own, ``PRAGMA integrity_check`` must say ok and each table must hold the counted rows."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from app.backup.report import BackupFailed, BackupReport, check_counts
from app.core.private_files import private_file, private_folder, touch_private


def _tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    return sorted(r[0] for r in rows)


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in _tables(conn)}


def _connect(path: Path, readonly: bool = False) -> sqlite3.Connection:
    uri = f"file:{path}?mode=ro" if readonly else f"file:{path}"
    return sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None)


def check(path: Path) -> dict[str, int]:
    """integrity_check of a backup file and its rows per table; BackupFailed when it is not a sound database."""
    try:
        conn = _connect(path, readonly=True)
        try:
            verdict = conn.execute("PRAGMA integrity_check").fetchall()
            if verdict != [("ok",)]:
                raise BackupFailed("สำเนาสำรอง {path} เสียหาย ({detail})", path=str(path), detail=str(verdict[0][0]))
            found = counts(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise BackupFailed("สำเนาสำรอง {path} ไม่ใช่ฐานข้อมูลที่ใช้ได้ ({detail})", path=str(path), detail=exc) from exc
    if "alembic_version" not in found:
        raise BackupFailed("ไฟล์ {path} ไม่ใช่สำเนาสำรองของโปรแกรมนี้", path=str(path))
    return found


def backup(source: Path, target: Path) -> BackupReport:
    private_folder(target.parent)
    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)
    touch_private(part)
    try:
        expected = _copy(source, part)
        check_counts(expected, check(part), target)
        part.replace(target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    private_file(target)
    return BackupReport(target, "sqlite-backup-api", expected, target.stat().st_size)


def _copy(source: Path, target: Path) -> dict[str, int]:
    src = _connect(source)
    dst = sqlite3.connect(str(target))
    try:
        src.execute("BEGIN")  # one read snapshot for the counts and the copy
        expected = counts(src)
        src.backup(dst)
        src.execute("COMMIT")
        return expected
    except sqlite3.Error as exc:
        raise BackupFailed("สำรองฐานข้อมูลไม่สำเร็จ ({detail})", detail=exc) from exc
    finally:
        dst.close()
        src.close()


def restore(backup_file: Path, live: Path) -> None:
    """Copy a checked backup into the live database through the backup API (other connections then see it)."""
    src = _connect(backup_file, readonly=True)
    dst = _connect(live)
    try:
        src.backup(dst)
    except sqlite3.Error as exc:
        raise BackupFailed("กู้คืนฐานข้อมูลไม่สำเร็จ ข้อมูลเดิมยังอยู่ ({detail})", detail=exc) from exc
    finally:
        with contextlib.suppress(sqlite3.Error):
            dst.close()
        src.close()
