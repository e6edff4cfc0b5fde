"""`privacy find TEXT | report ID | erase ID --reason TEXT | overdue | disclosures`: the personal data report."""

from __future__ import annotations

import argparse


def add_parser(commands) -> None:
    parser = commands.add_parser("privacy", help="รายงานข้อมูลส่วนบุคคล (PDPA): ค้นหา รายงาน ลบ และประวัติการเปิดเผย")
    actions = parser.add_subparsers(dest="privacy_command", metavar="ACTION", required=True)
    actions.add_parser("find", help="ค้นหาบุคคลจากชื่อ อีเมล หรือโทรศัพท์").add_argument("text")
    actions.add_parser("report", help="ข้อมูลที่เก็บเกี่ยวกับบุคคลหนึ่ง").add_argument("id", type=int)
    erase = actions.add_parser("erase", help="ลบข้อมูลส่วนบุคคลของบุคคลหนึ่ง (ประวัติการแก้ไขยังอยู่ แต่ไม่มีค่าส่วนบุคคล)")
    erase.add_argument("id", type=int)
    erase.add_argument("--reason", required=True, help="เหตุผล เช่น เจ้าของข้อมูลขอให้ลบ หรือครบกำหนดเก็บรักษา")
    actions.add_parser("overdue", help="บุคคลที่เลยวันที่กำหนดเก็บข้อมูลแล้ว")
    actions.add_parser("disclosures", help="การส่งออก พิมพ์ และรายงานที่มีข้อมูลส่วนบุคคล")


def _report(session, person_id: int) -> None:
    from app.audit import personal

    found = personal.report(session, person_id)
    print("\n".join(found.lines()))
    print(f"ประวัติการแก้ไข\t{found.changes} รายการ (ค่าส่วนบุคคลที่เก็บในประวัติ {found.kept_values} ค่า)")
    print(f"การส่งออก/พิมพ์ทะเบียนนี้พร้อมข้อมูลส่วนบุคคล\t{found.disclosures} ครั้ง")
    if found.overdue:
        print("เลยวันที่กำหนดเก็บข้อมูลแล้ว: ควรลบข้อมูลส่วนบุคคล")


def run(db, args: argparse.Namespace) -> int:
    from app.audit import disclosure, personal
    from app.core.thaidate import format_date

    action = args.privacy_command
    with db.session() as session:
        if action == "report":
            _report(session, args.id)
        elif action == "erase":
            count = personal.erase(session, args.id, args.reason)
            print(f"ลบข้อมูลส่วนบุคคลแล้ว (รวมค่าในประวัติการแก้ไข {count} ค่า)")
        elif action == "disclosures":
            for row in disclosure.recent(session):
                print("\t".join((str(row.at), row.actor, row.workstation or "", row.kind, row.registers,
                                 row.fields, str(row.people), row.target or "")))
        else:
            people = personal.find(session, args.text) if action == "find" else personal.overdue(session)
            for p in people:
                print(f"{p.id}\t{p.full_name}\t{format_date(p.retain_until) if p.retain_until else ''}")
    return 0
