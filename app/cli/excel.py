"""Command line for Excel import: `import REGISTER FILE.xlsx [--dry-run] [--map H=F] [--ignore-column H]
[--show-mapping] [--allow-similar]` (argparse only at import time)."""

from __future__ import annotations

import argparse
from pathlib import Path

REGISTER_KEYS = ("cities", "zones", "ambassadors", "partnerships")
HOW = {"exact": ("ตรงกัน", "exact"), "similar": ("ใกล้เคียง", "similar"), "guess": ("ไม่แน่ใจ", "uncertain"),
       "running": ("เลขลำดับ", "running number"), "computed": ("คำนวณเอง", "computed"),
       "remembered": ("จำไว้จากครั้งก่อน", "remembered"), "user": ("ตามที่สั่ง", "as given"),
       "none": ("ไม่ตรงกับข้อมูลใด", "no match")}


def add_import_parser(commands) -> None:
    parser = commands.add_parser("import", help="นำเข้าทะเบียนจากไฟล์ Excel (.xlsx)")
    parser.add_argument("register", choices=REGISTER_KEYS, help="ทะเบียนที่จะนำเข้า")
    parser.add_argument("file", type=Path, help="ไฟล์ Excel (.xlsx)")
    parser.add_argument("--dry-run", action="store_true", help="ตรวจสอบและแสดงรายงานเท่านั้น ไม่บันทึก")
    parser.add_argument("--map", action="append", default=[], metavar="HEADER=FIELD",
                        help="จับคู่คอลัมน์กับข้อมูล (ชื่อข้อมูลหรือชื่อภาษาไทย/อังกฤษ) ใช้ซ้ำได้")
    parser.add_argument("--ignore-column", action="append", default=[], metavar="HEADER",
                        help="ไม่นำเข้าคอลัมน์นี้ ใช้ซ้ำได้")
    parser.add_argument("--show-mapping", action="store_true", help="แสดงการจับคู่คอลัมน์แล้วหยุด")
    parser.add_argument("--allow-similar", action="store_true",
                        help="แถวใหม่ที่ชื่อใกล้เคียงรายการเดิมในจังหวัดเดียวกัน ให้เพิ่มเป็นรายการใหม่")


def mapping_lines(reg, matches, lang: str = "th") -> list[str]:
    """One line per column: header → field (how, confidence)."""
    lines = []
    for m in matches:
        th, en = HOW[m.how]
        if m.field is None:
            target = "?"
        elif m.field == "":
            target = "(ignored)" if lang == "en" else "(ไม่นำเข้า)"
        else:
            target = f"{reg.field(m.field).label(lang)} [{m.field}]"
        lines.append(f"{m.header} → {target} ({en if lang == 'en' else th} {m.confidence}%)")
    return lines


def run_import(db, args: argparse.Namespace) -> int:
    """Print the report (every problem, then the summary); apply a clean file unless --dry-run.

    Exit 0 only when the file is clean (and, without --dry-run, applied); 1 otherwise. A file that
    cannot be read at all raises ImportFileError: ``cli.main`` prints it on one line and exits 1.
    """
    from app.excel.imports.importer import apply_plan, build_plan, read_file
    from app.excel.imports.mapping import choices_from_options, settle
    from app.excel.imports.report import report_lines
    from app.registers.catalog import REGISTERS

    lang = getattr(args, "lang", None) or "th"
    reg = REGISTERS[args.register]
    with db.session() as session:
        source, matches = read_file(session, args.register, args.file)
        matches = settle(matches, choices_from_options(reg, args.map, args.ignore_column))
        if args.show_mapping:
            print("\n".join(mapping_lines(reg, matches, lang)))
            return 0 if all(m.settled for m in matches) else 1
        plan = build_plan(session, args.register, source, matches, allow_similar=args.allow_similar)
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
