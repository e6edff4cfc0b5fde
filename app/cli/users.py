"""`users add NAME --role viewer|clerk|secretary|admin [--password-stdin]`, `users list`, `users remove NAME`."""

from __future__ import annotations

import argparse
import sys


def add_parser(commands) -> None:
    parser = commands.add_parser("users", help="ผู้ใช้และบทบาทบนเซิร์ฟเวอร์ PostgreSQL (สำหรับผู้ดูแลระบบ)")
    actions = parser.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="เพิ่มผู้ใช้ (บัญชีเข้าสู่ระบบของเซิร์ฟเวอร์) พร้อมบทบาท")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=("viewer", "clerk", "secretary", "admin"))
    add.add_argument("--password-stdin", action="store_true",
                     help="อ่านรหัสผ่านจากบรรทัดแรกของ stdin (ไม่ระบุ: ไม่มีรหัสผ่าน สำหรับเซิร์ฟเวอร์ที่ยืนยันตัวตนวิธีอื่น)")
    actions.add_parser("list", help="แสดงผู้ใช้และบทบาท")
    actions.add_parser("remove", help="ลบผู้ใช้").add_argument("name")


def run(db, args: argparse.Namespace) -> int:
    from app.access import users
    from app.access.roles import ROLE_LABELS

    action = args.users_command
    if action == "add":
        password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else None
        user = users.add(db, args.name, args.role, password or None)
        print(f"เพิ่มผู้ใช้ {user.name} บทบาท{ROLE_LABELS[user.role][0]} ({user.role}) แล้ว")
    elif action == "remove":
        users.remove(db, args.name)
        print(f"ลบผู้ใช้ {args.name} แล้ว")
    else:
        for user in users.users(db):
            print(f"{user.name}\t{user.role}\t{ROLE_LABELS[user.role][0]}")
    return 0
