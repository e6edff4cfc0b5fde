"""What a backup holds and whether it was checked: the answer the command line and the window show."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.core.errors import UserError


class BackupFailed(UserError):
    pass


@dataclass(frozen=True)
class BackupReport:
    path: Path
    method: str  # sqlite-backup-api, pg_dump, json-dump
    counts: dict[str, int]  # rows per table, as read in the backup's own snapshot and found again in the file
    size: int

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def check_counts(expected: dict[str, int], found: dict[str, int], path: Path) -> None:
    """The rows found in the written backup must be the rows of the snapshot, table by table."""
    wrong = sorted(t for t in expected if found.get(t) != expected[t])
    if wrong:
        raise BackupFailed("ตรวจสำเนาสำรอง {path} แล้วจำนวนแถวไม่ตรงกับฐานข้อมูล ({tables}) จึงถือว่าสำรองไม่สำเร็จ",
                           path=str(path), tables=", ".join(wrong))
