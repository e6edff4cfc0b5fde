"""Command line for Excel import: `import REGISTER FILE.xlsx [--dry-run]` (argparse only at import time)."""

from __future__ import annotations

import argparse
from pathlib import Path

REGISTER_KEYS = ("cities", "zones", "ambassadors", "partnerships")


def add_import_parser(commands) -> None:
    parser = commands.add_parser("import", help="นำเข้าทะเบียนจากไฟล์ Excel (.xlsx)")
    parser.add_argument("register", choices=REGISTER_KEYS, help="ทะเบียนที่จะนำเข้า")
    parser.add_argument("file", type=Path, help="ไฟล์ Excel (.xlsx)")
    parser.add_argument("--dry-run", action="store_true", help="ตรวจสอบและแสดงรายงานเท่านั้น ไม่บันทึก")


def run_import(db, args: argparse.Namespace) -> int:
    """Print the report (every problem, then the summary); apply a clean file unless --dry-run.

    Exit 0 only when the file is clean (and, without --dry-run, applied); 1 otherwise. A file that
    cannot be read at all raises ImportFileError: ``cli.main`` prints it on one line and exits 1.
    """
    from app.excel.imports.importer import apply_plan, read_plan
    from app.excel.imports.report import report_lines

    lang = getattr(args, "lang", None) or "th"
    with db.session() as session:
        plan = read_plan(session, args.register, args.file)
        for line in report_lines(plan, lang):
            print(line)
        if not plan.clean:
            print("The file has problems: nothing was imported" if lang == "en"
                  else "ไฟล์มีปัญหา จึงยังไม่นำเข้าข้อมูลใด ๆ")
            return 1
        if args.dry_run:
            print("Checked only (--dry-run): nothing was saved" if lang == "en"
                  else "ตรวจสอบเท่านั้น (--dry-run) ยังไม่บันทึก")
            return 0
        result = apply_plan(session, plan)
    print(f"Imported: {result.added} added, {result.updated} updated" if lang == "en"
          else f"นำเข้าแล้ว: เพิ่ม {result.added} แก้ไข {result.updated} รายการ")
    return 0
