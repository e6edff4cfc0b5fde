"""`minutes` and `agenda`: a meeting's documents as PDF and/or DOCX, built from one snapshot of the meeting.

Fast by construction (the command is run for one document): argparse only at import time; a SQLite file at the
current schema is read with the standard library's ``sqlite3`` (no SQLAlchemy, no ORM, no Qt, no openpyxl), any
other database or an older schema through ``open_database`` (which upgrades it after a backup); python-docx only
for ``--docx``; only this command's parser is built (``build_parser(only=…)``), and the collector is off for the
short run. ``tests/test_cli_documents_imports.py`` fails when a heavy module comes back on this path.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def add_options(parser, what: str) -> None:
    parser.add_argument("--meeting", required=True, help="ครั้งที่ประชุม เช่น 1/2564")
    parser.add_argument("--committee", help="ชื่อหรือชื่อย่อของคณะกรรมการ (เมื่อมีหลายคณะที่ใช้เลขครั้งเดียวกัน)")
    parser.add_argument("--pdf", type=Path, help=f"ไฟล์ PDF ของ{what}ที่จะบันทึก")
    parser.add_argument("--docx", type=Path, help=f"ไฟล์ Word (.docx) ของ{what}ที่จะบันทึก")
    parser.add_argument("--thai-digits", action="store_true", help="ใช้เลขไทย (ยกเว้นตัวเลขที่เป็นส่วนของชื่อเฉพาะ)")
    parser.add_argument("--ragged-right", action="store_true", help="ชิดซ้ายไม่เกลี่ยบรรทัด (ค่าเริ่มต้น: กระจายแบบไทย)")


def add_parser(commands) -> None:
    for name, what in (("minutes", "รายงานการประชุม"), ("agenda", "ระเบียบวาระการประชุม")):
        add_options(commands.add_parser(name, help=f"พิมพ์{what}เป็น PDF และ/หรือ Word (.docx)"), what)


def quick_fetch(target: str | None):
    """A ``fetch`` reading a SQLite file with sqlite3 when it is at the current schema, else None."""
    if target is None or "://" in target:
        return None
    import sqlite3

    from app.core.migrate import HEAD

    path = Path(target).expanduser()
    if not path.is_file():
        return None
    try:
        con = sqlite3.connect(str(path), timeout=5)
        if con.execute("SELECT version_num FROM alembic_version").fetchone() != (HEAD,):
            con.close()
            return None
    except sqlite3.Error:
        return None
    return lambda sql, params: con.execute(sql, params).fetchall()


def load_snapshot(target: str | None, label: str, committee: str | None, open_database):
    """The meeting's snapshot, read quickly where possible (UserError when the meeting is not found);
    ``open_database``: app.cli.main's, for a server or a file that needs upgrading. The cyclic garbage collector
    is paused from here on: the process writes one document and ends (about a tenth of its time otherwise)."""
    import gc

    from app.meetings import snapshot

    gc.disable()
    fetch = quick_fetch(target)
    if fetch is not None:
        return snapshot.load(fetch, snapshot.find(fetch, label, committee))
    with open_database(target).session() as session:
        fetch = snapshot.session_fetch(session)
        return snapshot.load(fetch, snapshot.find(fetch, label, committee))


def write_outputs(document, args: argparse.Namespace) -> int:
    """The PDF and/or the DOCX of ``document``; prints each path written."""
    from app.core.errors import UserError

    if not args.pdf and not args.docx:
        raise UserError("กรุณาระบุ --pdf FILE หรือ --docx FILE อย่างน้อยหนึ่งอย่าง")
    justify = not args.ragged_right
    if args.pdf:
        from app.documents import official_pdf

        official_pdf.write(document, args.pdf, thai_digits=args.thai_digits, justify=justify)
        print(args.pdf)
    if args.docx:
        from app.documents import docx_writer

        docx_writer.write(document, args.docx, thai_digits=args.thai_digits, justify=justify)
        print(args.docx)
    return 0


def run(args: argparse.Namespace, open_database) -> int:
    from app.documents import minutes

    snap = load_snapshot(args.db, args.meeting, args.committee, open_database)
    build = minutes.minutes if args.command == "minutes" else minutes.agenda_document
    return write_outputs(build(snap), args)
