"""`guide --pdf FILE [--screenshots DIR]`: the user guide as a PDF (Thai, or English with --lang en)."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(commands) -> None:
    parser = commands.add_parser("guide", help="สร้างคู่มือการใช้งานเป็น PDF (ภาษาอังกฤษด้วย --lang en)")
    parser.add_argument("--pdf", type=Path, required=True, help="ไฟล์ PDF ที่จะบันทึก")
    parser.add_argument("--screenshots", type=Path,
                        help="โฟลเดอร์ภาพหน้าจอที่คำสั่ง screenshots สร้าง (ค่าเริ่มต้น: docs/screenshots)")


def run(args: argparse.Namespace) -> int:
    from app.guide import pdf

    pdf.write(args.pdf, getattr(args, "lang", None) or "th", args.screenshots)
    print(args.pdf)
    return 0
