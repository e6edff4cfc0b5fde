"""Scheduled backups of a SQLite database: at close and once a day, into a folder the user chose (a network share
is typical), keeping the newest N. The timing lives in the window; what to do and what to keep lives here."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

from app.backup import service
from app.backup.report import BackupReport
from app.core.db import Database, sqlite_path

DAY = 24 * 3600
DEFAULT_KEEP = 10


def _pattern(db: Database) -> tuple[str, str]:
    path = sqlite_path(db.url)
    return (path.stem if path else "smartcity"), ".sqlite"


def backups(db: Database, folder: Path) -> list[Path]:
    """This database's scheduled backups in ``folder``, oldest first (the names sort by time)."""
    stem, ext = _pattern(db)
    return sorted(p for p in Path(folder).glob(f"{stem}-auto-*{ext}") if p.is_file())


def due(db: Database, folder: Path, now: float | None = None, every: float = DAY) -> bool:
    found = backups(db, folder)
    return not found or (now or time.time()) - found[-1].stat().st_mtime >= every


def run(db: Database, folder: Path, keep: int = DEFAULT_KEEP) -> BackupReport:
    """One checked backup into ``folder``, then only the newest ``keep`` are kept (at least one)."""
    stem, ext = _pattern(db)
    target = Path(folder) / f"{stem}-auto-{datetime.now():%Y%m%d-%H%M%S-%f}{ext}"  # names sort by time
    report = service.backup(db, target)
    for old in backups(db, folder)[: -max(1, keep)]:
        old.unlink(missing_ok=True)
    return report
