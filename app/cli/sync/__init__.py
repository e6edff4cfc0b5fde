"""`sync checkout|refresh|export|import`: offline laptops. Checkout and refresh run against the server's database
(``--db``), export on the laptop's copy, import on the server; a package with unsettled conflicts prints each one,
changes nothing and exits 3."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

CONFLICTS_EXIT = 3


def add_parser(commands) -> None:
    parser = commands.add_parser("sync", help="ทำงานนอกสถานที่: นำข้อมูลออก ส่งการเปลี่ยนแปลงกลับ รับการเปลี่ยนแปลง")
    steps = parser.add_subparsers(dest="sync_command", metavar="STEP", required=True)
    take = steps.add_parser("checkout", help="นำข้อมูลจากเซิร์ฟเวอร์ (--db) ออกเป็นสำเนา SQLite สำหรับเครื่องพกพา")
    take.add_argument("--to", required=True, type=Path, help="ไฟล์สำเนาที่จะสร้าง")
    take.add_argument("--meeting", action="append", metavar="N/YYYY",
                      help="เฉพาะการประชุมนี้ เช่น 1/2568 (ระบุซ้ำได้ ค่าเริ่มต้น: ทุกการประชุม)")
    take.add_argument("--without-personal", action="store_true",
                      help="ไม่นำข้อมูลส่วนบุคคลออกไป (ช่องข้อมูลส่วนบุคคลในสำเนาจะว่าง)")
    again = steps.add_parser("refresh", help="รับข้อมูลล่าสุดจากเซิร์ฟเวอร์ (--db) ลงสำเนาเดิม (เก็บสำเนาเก่าไว้ก่อน)")
    again.add_argument("--to", required=True, type=Path, help="ไฟล์สำเนาบนเครื่องพกพา")
    again.add_argument("--force", action="store_true", help="รับข้อมูลใหม่แม้ยังมีการเปลี่ยนแปลงที่ยังไม่ได้ส่ง")
    export = steps.add_parser("export", help="บันทึกการเปลี่ยนแปลงในสำเนา (--db) เป็นแฟ้มชุดการเปลี่ยนแปลง")
    export.add_argument("--to", required=True, type=Path, help="แฟ้มชุดการเปลี่ยนแปลง (.zip) ที่จะบันทึก")
    load = steps.add_parser("import", help="รับชุดการเปลี่ยนแปลงเข้าเซิร์ฟเวอร์ (--db) ในธุรกรรมเดียว")
    load.add_argument("file", type=Path, help="แฟ้มชุดการเปลี่ยนแปลง")
    load.add_argument("--resolve", action="append", metavar="REGISTER:ID:FIELD=laptop|server",
                      help="ตัดสินข้อขัดแย้ง: ใช้ค่าจากเครื่องพกพา (laptop) หรือค่าบนเซิร์ฟเวอร์ (server) ระบุซ้ำได้")


def run(db, args: argparse.Namespace) -> int:
    return {"checkout": _checkout, "refresh": _refresh, "export": _export, "import": _import}[args.sync_command](
        db, args)


def _meeting_ids(db, labels: list[str] | None) -> list[int] | None:
    if not labels:
        return None
    from app.meetings.find import find_meeting

    with db.session() as s:
        return [find_meeting(s, label).id for label in labels]


def _checkout(db, args) -> int:
    from app.sync import checkout

    report = checkout.checkout(db, args.to, _meeting_ids(db, args.meeting), personal=not args.without_personal)
    print(f"นำข้อมูลออกแล้ว: {report.path} ({report.rows} แถว การประชุม {report.meetings} ครั้ง "
          f"ตำแหน่งประวัติของเซิร์ฟเวอร์ {report.base})")
    return 0


def _refresh(db, args) -> int:
    from app.sync import checkout

    report, aside = checkout.refresh(db, args.to, force=args.force)
    print(f"รับข้อมูลล่าสุดลง {report.path} แล้ว ({report.rows} แถว) สำเนาเก่าเก็บไว้ที่ {aside}")
    return 0


def _export(db, args) -> int:
    from app.sync import package

    made = package.export_changes(db, args.to)
    print(f"บันทึกชุดการเปลี่ยนแปลง {args.to} แล้ว ({len(made.changes)} รายการ รหัสชุด {made.id})")
    return 0


def _import(db, args) -> int:
    from app.sync import apply
    from app.sync.tables import register_name

    report = apply.import_package(db, args.file, apply.parse_resolutions(args.resolve))
    if report.already:
        print(f"ชุดการเปลี่ยนแปลง {report.package} นำเข้าไปแล้วก่อนหน้านี้ ไม่มีการเปลี่ยนแปลงเพิ่ม")
        return 0
    if report.conflicts:
        _print_conflicts(report.conflicts)
        return CONFLICTS_EXIT
    print(f"นำเข้าชุดการเปลี่ยนแปลง {report.package} แล้ว ({report.written} รายการ ข้อมูลใหม่ {report.new_records} รายการ)")
    for number in report.numbers:
        print(f"เกียรติบัตรที่เตรียมไว้ได้เลขที่ {number}")
    for change in report.withheld:
        print(f"ไม่ได้นำเข้า {register_name(change.table)}:{change.id} ช่อง {', '.join(change.fields)}: "
              "สำเนานี้ไม่มีข้อมูลส่วนบุคคล จึงไม่แก้ข้อมูลที่ไม่เคยเห็น (พักไว้ในแฟ้มการเปลี่ยนแปลงที่พักไว้)")
    if report.aside_file:
        print(f"การเปลี่ยนแปลงที่พักไว้ {len(report.set_aside)} รายการ บันทึกไว้ที่ {report.aside_file}")
    return 0


def _print_conflicts(found) -> None:
    err = sys.stderr
    err.write(f"พบข้อขัดแย้ง {len(found)} รายการ จึงยังไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ "
              f"(ตัดสินด้วย --resolve ทะเบียน:รหัส:ช่อง=laptop หรือ server)\n")
    for c in found:
        err.write(f"{c.key}\tเซิร์ฟเวอร์: {c.server_value} ({c.server_who} {c.server_at})\t"
                  f"เครื่องพกพา: {c.laptop_value} ({c.laptop_who} {c.laptop_at})\n")
