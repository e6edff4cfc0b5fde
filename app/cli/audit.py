"""`audit [--record REGISTER:ID] [--since DATE] [--user NAME] [--xlsx FILE]`: the audit trail, one line per field."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(commands) -> None:
    parser = commands.add_parser("audit", help="แสดงประวัติการแก้ไขข้อมูล (ใคร เมื่อไร ช่องใด ค่าเดิม → ค่าใหม่)")
    parser.add_argument("--record", metavar="REGISTER:ID", help="เฉพาะข้อมูลหนึ่งรายการ เช่น cities:5 หรือ ambassadors:12")
    parser.add_argument("--register", metavar="REGISTER", help="เฉพาะทะเบียนหนึ่ง เช่น cities, meetings, certificates")
    parser.add_argument("--since", metavar="DATE", help="ตั้งแต่วันที่ เช่น 1/1/2567 หรือ 2024-01-01")
    parser.add_argument("--user", metavar="NAME", help="เฉพาะผู้แก้ไขคนนี้ (ชื่อผู้ใช้ฐานข้อมูลหรือของระบบ)")
    parser.add_argument("--xlsx", type=Path, help="บันทึกเป็นไฟล์ Excel แทนการพิมพ์")


def _filter(args: argparse.Namespace):
    from app.audit import trail
    from app.core.thaidate import parse_date

    table = record = None
    if args.record:
        table, record = trail.parse_record(args.record)
    if args.register:
        table = trail.parse_register(args.register)
    try:
        since = parse_date(args.since) if args.since else None
    except ValueError:
        since = None
    if args.since and since is None:
        raise trail.BadAuditFilter("วันที่ไม่ถูกต้อง (พิมพ์เช่น 5/11/2564)")
    return trail.Filter(table=table, record_id=record, actor=args.user, since=since)


def run(db, args: argparse.Namespace) -> int:
    from app.audit import text, trail

    lang = getattr(args, "lang", None) or "th"
    flt = _filter(args)
    with db.session() as session:
        if args.xlsx:
            from app.audit import disclosure
            from app.audit import export as audit_export

            print(audit_export.export(session, args.xlsx, flt, lang))
            disclosure.record_audit_export(session, args.xlsx)
            return 0
        for entry in trail.entries(session, flt):
            print("\n".join(text.lines(entry, lang)))
    return 0
