"""Command line of the integrated smart city plan: `plan import|duplicates|export|summary` (argparse only at import).

    plan import FILE.xlsx [--dry-run]      an agency's submission, checked then applied in one transaction
    plan duplicates [--year 2568] [--all]  one suspected pair a line: both names, the score, the reasons
    plan export --xlsx FILE                 the register, the budget lines by year and the summary tables
    plan summary [--year 2568] (--pdf FILE | --xlsx FILE) [--meeting 1/2568 --item 4.1]
"""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(commands) -> None:
    parser = commands.add_parser("plan", help="แผนงานบูรณาการเมืองอัจฉริยะ: นำเข้า ตรวจโครงการซ้ำ ส่งออก สรุป")
    actions = parser.add_subparsers(dest="plan_command", metavar="ACTION", required=True)
    imports = actions.add_parser("import", help="นำเข้าโครงการที่หน่วยงานเสนอจากไฟล์ Excel (.xlsx)")
    imports.add_argument("file", type=Path, help="ไฟล์ Excel (.xlsx)")
    imports.add_argument("--dry-run", action="store_true", help="ตรวจสอบและแสดงรายงานเท่านั้น ไม่บันทึก")
    imports.add_argument("--map", action="append", default=[], metavar="HEADER=FIELD",
                         help="จับคู่คอลัมน์กับข้อมูล (ชื่อข้อมูลหรือชื่อภาษาไทย/อังกฤษ) ใช้ซ้ำได้")
    imports.add_argument("--ignore-column", action="append", default=[], metavar="HEADER",
                         help="ไม่นำเข้าคอลัมน์นี้ ใช้ซ้ำได้")
    imports.add_argument("--allow-similar", action="store_true",
                         help="แถวใหม่ที่ชื่อใกล้เคียงโครงการเดิมในจังหวัดเดียวกัน ให้เพิ่มเป็นโครงการใหม่")
    duplicates = actions.add_parser("duplicates", help="แสดงคู่โครงการที่อาจซ้ำกัน บรรทัดละหนึ่งคู่")
    duplicates.add_argument("--year", type=int, help="เฉพาะโครงการที่ดำเนินการในปีงบประมาณนี้ (พ.ศ.) เช่น 2568")
    duplicates.add_argument("--all", action="store_true", help="รวมคู่ที่พิจารณาแล้ว (แสดงผลการพิจารณา)")
    export = actions.add_parser("export", help="ส่งออกแผนงาน งบประมาณรายปี และตารางสรุปเป็น Excel")
    export.add_argument("--xlsx", required=True, type=Path, help="ไฟล์ Excel ที่จะบันทึก")
    summary = actions.add_parser("summary", help="ตารางสรุปงบประมาณสำหรับระเบียบวาระ (PDF หรือ Excel)")
    summary.add_argument("--year", type=int, help="ปีงบประมาณ (พ.ศ.) ค่าเริ่มต้น: ทุกปี")
    out = summary.add_mutually_exclusive_group(required=True)
    out.add_argument("--pdf", type=Path, help="ไฟล์ PDF ที่จะบันทึก")
    out.add_argument("--xlsx", type=Path, help="ไฟล์ Excel ที่จะบันทึก")
    summary.add_argument("--meeting", help="แนบไฟล์ PDF กับระเบียบวาระของการประชุมครั้งนี้ เช่น 1/2568")
    summary.add_argument("--committee", help="ชื่อหรือชื่อย่อของคณะกรรมการ (ใช้กับ --meeting)")
    summary.add_argument("--item", help="เลขระเบียบวาระที่จะแนบ เช่น 4.1 (ใช้กับ --meeting)")


def run(db, args: argparse.Namespace) -> int:
    lang = getattr(args, "lang", None) or "th"
    return {"import": _import, "duplicates": _duplicates, "export": _export, "summary": _summary}[
        args.plan_command](db, args, lang)


def _import(db, args, lang: str) -> int:
    """The register import's report, then the budget in the file; exit 0 only for a clean file."""
    from app.excel.imports.mapping import choices_from_options
    from app.excel.imports.report import report_lines
    from app.plan import submission
    from app.registers.catalog import PLAN

    choices = choices_from_options(PLAN, args.map, args.ignore_column)
    with db.session() as session:
        plan = submission.read_submission(session, args.file, choices=choices, allow_similar=args.allow_similar)
        for line in [*report_lines(plan, lang), *submission.summary_lines(plan, lang)]:
            print(line)
        if not plan.clean:
            print("The file has problems: nothing was imported" if lang == "en"
                  else "ไฟล์มีปัญหา จึงยังไม่นำเข้าข้อมูลใด ๆ")
            return 1
        if args.dry_run:
            print("Checked only (--dry-run): nothing was saved" if lang == "en"
                  else "ตรวจสอบเท่านั้น (--dry-run) ยังไม่บันทึก")
            return 0
        result = submission.apply_submission(session, plan)
    print(f"Imported: {result.added} added, {result.updated} updated" if lang == "en"
          else f"นำเข้าแล้ว: เพิ่ม {result.added} แก้ไข {result.updated} รายการ")
    return 0


def _check_year(year: int | None) -> None:
    from app.core.errors import UserError
    from app.models.plan.project import FIRST_FISCAL_YEAR, LAST_FISCAL_YEAR

    if year is not None and not FIRST_FISCAL_YEAR <= year <= LAST_FISCAL_YEAR:
        raise UserError("ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2568")


def _duplicates(db, args, lang: str) -> int:
    from app.plan import decisions
    from app.plan.duplicates import Suspect

    _check_year(args.year)
    with db.session() as session:
        found: list[Suspect] = decisions.find(session, args.year, include_decided=args.all)
    labels = {c.value: c.label(lang) for c in decisions.PAIR_DECISIONS}
    for s in found:
        decided = f" [{labels[s.decision]}]" if s.decision else ""
        print(f"{s.first.name} | {s.second.name} | {s.score} | {s.reasons_text(lang)}{decided}")
    print(f"{len(found)} suspected pairs" if lang == "en" else f"พบคู่ที่อาจซ้ำกัน {len(found)} คู่")
    return 0


def _export(db, args, lang: str) -> int:
    from app.plan import exports

    with db.session() as session:
        path = exports.export_plan(session, args.xlsx, lang=lang)
    print(path)
    return 0


def _summary(db, args, lang: str) -> int:
    from app.core.errors import UserError
    from app.plan import summary, summary_files

    _check_year(args.year)
    if bool(args.meeting) != bool(args.item):
        raise UserError("ระบุ --meeting และ --item คู่กันเพื่อแนบไฟล์กับระเบียบวาระ")
    if args.meeting and not args.pdf:
        raise UserError("แนบกับระเบียบวาระได้เฉพาะไฟล์ PDF (--pdf)")
    with db.session() as session:
        result = summary.summarise(session, args.year)
        if args.xlsx:
            print(summary_files.write_xlsx(result, args.xlsx, lang))
            return 0
        path = summary_files.write_pdf(result, args.pdf, lang)
        if args.meeting:
            item_id = _agenda_item(session, args)
            summary_files.attach(session, item_id, path, result)
    print(path)
    return 0


def _agenda_item(session, args) -> int:
    from app.core.errors import UserError
    from app.meetings import agenda
    from app.meetings.find import find_meeting

    meeting = find_meeting(session, args.meeting, args.committee)
    for item_id, number in agenda.numbers(session, meeting.id).items():
        if number == args.item:
            return item_id
    raise UserError("ไม่พบระเบียบวาระที่ {item} ในการประชุมครั้งที่ {meeting}", item=args.item, meeting=args.meeting)
