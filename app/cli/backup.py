"""`backup --to FILE` and `restore FILE`: a checked backup of the database, and a restore that keeps the current
data aside first."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(commands) -> None:
    save = commands.add_parser("backup", help="สำรองฐานข้อมูลเป็นไฟล์ (ตรวจความถูกต้องก่อนแจ้งว่าสำเร็จ)")
    save.add_argument("--to", required=True, type=Path, help="ไฟล์สำรองที่จะบันทึก")
    load = commands.add_parser("restore", help="กู้คืนฐานข้อมูลจากไฟล์สำรอง (เก็บข้อมูลปัจจุบันไว้ก่อน)")
    load.add_argument("file", type=Path, help="ไฟล์สำรอง")


def run(db, args: argparse.Namespace) -> int:
    from app.backup import service

    if args.command == "backup":
        report = service.backup(db, args.to)
        print(f"สำรองแล้วและตรวจแล้ว: {report.path} ({report.rows} แถว {len(report.counts)} ตาราง, {report.method})")
        return 0
    from app.paths import backup_dir

    aside = service.restore(db, args.file, backup_dir())
    print(f"กู้คืนจาก {args.file} แล้ว ข้อมูลก่อนกู้คืนเก็บไว้ที่ {aside}")
    return 0
