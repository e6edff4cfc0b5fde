"""Command line of the dashboard: `dashboard --pdf FILE [--png FILE]` (argparse only at import time)."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(commands) -> None:
    parser = commands.add_parser("dashboard", help="บันทึกภาพรวม (แดชบอร์ดและแผนที่) เป็น PDF หรือ PNG")
    parser.add_argument("--pdf", type=Path, help="ไฟล์ PDF ที่จะบันทึก (A4 แนวนอน)")
    parser.add_argument("--png", type=Path, help="ไฟล์ PNG ที่จะบันทึก")


def run(db, args: argparse.Namespace) -> int:
    from app.core.errors import UserError

    if not args.pdf and not args.png:
        raise UserError("ระบุ --pdf หรือ --png อย่างน้อยหนึ่งไฟล์")
    from app.gui import run_dashboard_export

    return run_dashboard_export(db, args.pdf, args.png, getattr(args, "lang", None))
