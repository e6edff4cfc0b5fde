"""Command line for emblem certificates: `certificates issue|pdf|verify|list` (argparse only at import time)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import certificate_key


def add_parser(commands) -> None:
    parser = commands.add_parser("certificates", help="เกียรติบัตรตราสัญลักษณ์เมืองอัจฉริยะ")
    actions = parser.add_subparsers(dest="certificates_command", metavar="ACTION", required=True)
    issue = actions.add_parser("issue", help="ออกเกียรติบัตร (ได้เลขที่ใหม่) แล้วพิมพ์เลขที่ออกมา")
    which = issue.add_mutually_exclusive_group(required=True)
    which.add_argument("--city", nargs="+", metavar="NAME", help="ชื่อเมือง/โครงการ (ทั้งชื่อหรือบางส่วนที่ไม่ซ้ำ) หลายชื่อได้ "
                       "ทั้งต่อกันและใส่ --city ซ้ำ")
    which.add_argument("--meeting", help="ออกให้ทุกเมืองที่การประชุมครั้งนี้ประกาศรับรอง เช่น 1/2564")
    issue.add_argument("--committee", help="ชื่อหรือชื่อย่อของคณะกรรมการ (ใช้กับ --meeting)")
    issue.add_argument("--date", help="ให้ไว้ ณ วันที่ เช่น 24/12/2564 หรือ 2021-12-24 (ค่าเริ่มต้น: วันนี้)")
    certificate_key.add_arguments(issue)
    certificate_key.add_keygen(actions)
    pdf = actions.add_parser("pdf", help="บันทึกเกียรติบัตรเป็นไฟล์ PDF ไฟล์เดียว")
    pages = pdf.add_mutually_exclusive_group(required=True)
    pages.add_argument("--all", action="store_true", help="ทุกฉบับที่ยังใช้อยู่ (ออกแล้วหรือพิมพ์ซ้ำ)")
    pages.add_argument("--number", nargs="+", metavar="N", help="เลขที่เกียรติบัตร หลายเลขได้ ทั้งต่อกันและใส่ --number ซ้ำ")
    pdf.add_argument("--pdf", required=True, type=Path, help="ไฟล์ PDF ที่จะบันทึก")
    pdf.add_argument("--include-expired", action="store_true",
                     help="รวมฉบับที่หมดอายุ เพิกถอน หรือออกฉบับใหม่แทนแล้ว (พิมพ์เครื่องหมายสีแดงบนหน้า)")
    verify = actions.add_parser("verify", help="ตรวจสอบเลขที่หรือข้อความจาก QR กับทะเบียน (สำเร็จเมื่อใช้ได้เท่านั้น)")
    verify.add_argument("text", help="เลขที่เกียรติบัตร หรือข้อความที่อ่านได้จาก QR code")
    listing = actions.add_parser("list", help="แสดงทะเบียนเกียรติบัตร")
    listing.add_argument("--state", choices=("issued", "reprinted", "replaced", "revoked", "renewed"))
    listing.add_argument("--year", type=int, help="ปี พ.ศ. ของเลขที่")
    listing.add_argument("--expiring", type=int, metavar="DAYS", help="จะหมดอายุภายในกี่วัน")


def _issue(session, args) -> list:
    from datetime import date

    from app.certificates import certificates
    from app.certificates import rows as certificate_rows
    from app.core.errors import UserError
    from app.core.thaidate import parse_date
    from app.meetings.find import find_meeting

    try:
        day = parse_date(args.date) if args.date else None
    except ValueError:
        raise UserError("วันที่ไม่ถูกต้อง (พิมพ์เช่น 5/11/2564)") from None
    day = day or date.today()
    if args.meeting:
        meeting = find_meeting(session, args.meeting, args.committee)
        return certificates.issue_for_meeting(session, meeting.id, issue_date=day)
    return certificates.issue(session, certificate_rows.city_ids_by_name(session, args.city), issue_date=day)


def _pdf_contents(session, args) -> list:
    from app.certificates import certificates
    from app.certificates import rows as certificate_rows

    include = args.include_expired
    ids = (certificate_rows.printable_ids(session, include) if args.all
           else certificate_rows.ids_by_number(session, args.number))
    return certificates.content(session, ids, include_expired=include)


def _print_row(row, lang: str) -> None:
    from app.core.thaidate import format_date

    state = row.state_label_en if lang == "en" else row.state_label_th
    print("\t".join((row.number, row.city_name, format_date(row.issue_date, lang), format_date(row.valid_until, lang),
                     state, row.resolution, row.replaced_by or "")))


def run(db, args: argparse.Namespace) -> int:
    from app.certificates import certificates

    lang = getattr(args, "lang", None) or "th"
    action = args.certificates_command
    if action == "keygen":
        return certificate_key.keygen(args)
    if action == "issue":
        certificate_key.unlock(args)
        with db.session() as session:
            issued = _issue(session, args)
            lines = [f"{cert.number}\t{cert.city.name_th}" for cert in issued]
        print("\n".join(lines))
        return 0
    if action == "pdf":
        with db.session() as session:
            contents = _pdf_contents(session, args)
        from app.documents.certificate import pdf as certificate_pdf

        print(certificate_pdf.write(contents, args.pdf))
        return 0
    with db.session() as session:
        if action == "verify":
            result = certificates.verify(session, args.text)
            print(result.message(lang))
            if result.row is not None:
                _print_row(result.row, lang)
            return 0 if result.ok else 1
        for row in certificates.list_rows(session, state=args.state, year_be=args.year,
                                          expiring_within_days=args.expiring):
            _print_row(row, lang)
    return 0
