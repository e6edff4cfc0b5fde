"""`users add|list|remove` for admins: each person gets a login role of their own on the PostgreSQL server, a
member of one of the application's group roles. A password is hashed (SCRAM-SHA-256) by the client library
before it is sent, so it never crosses the network or lands in the server's log in clear."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.access import roles
from app.core.db import Database
from app.core.errors import UserError

NAME = re.compile(r"^[a-z_][a-z0-9_.\-]{0,62}$")


class UsersError(UserError):
    pass


@dataclass(frozen=True)
class User:
    name: str
    role: str
    can_login: bool


def _server(db: Database) -> None:
    if db.is_sqlite:
        raise UsersError("ฐานข้อมูล SQLite ไม่มีบัญชีผู้ใช้ของตนเอง: ผู้ใช้คือผู้ใช้ของระบบปฏิบัติการ "
                         "และสิทธิ์ของไฟล์เป็นตัวกำหนดว่าใครเปิดได้")


def _check_name(name: str) -> str:
    if not NAME.match(name or ""):
        raise UsersError("ชื่อผู้ใช้ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข _ . หรือ - ไม่เกิน 63 ตัว (ได้รับ {name})", name=name)
    return name


def _scram(conn, name: str, password: str) -> str:
    raw = conn.connection.driver_connection.pgconn
    return raw.encrypt_password(password.encode(), name.encode(), b"scram-sha-256").decode()


def _fail(exc: DBAPIError) -> UsersError:
    detail = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
    if "permission denied" in detail or "must have" in detail or "privilege" in detail:
        return UsersError("คุณไม่มีสิทธิ์จัดการผู้ใช้บนเซิร์ฟเวอร์นี้ (ต้องเป็นผู้ดูแลระบบ) ({detail})", detail=detail)
    return UsersError("เซิร์ฟเวอร์ไม่ยอมรับคำสั่ง ({detail})", detail=detail)


def add(db: Database, name: str, role: str, password: str | None = None) -> User:
    _server(db)
    name = _check_name(name)
    if role not in roles.ROLES:
        raise UsersError("ไม่มีบทบาท {role} (เลือก viewer, clerk, secretary หรือ admin)", role=role)
    try:
        with db.engine.begin() as conn:
            roles.setup(conn)
            if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).scalar():
                raise UsersError("มีผู้ใช้ชื่อ {name} บนเซิร์ฟเวอร์อยู่แล้ว", name=name)
            secret = f" PASSWORD '{_scram(conn, name, password)}'" if password else ""
            extra = " CREATEROLE" if role == "admin" else ""
            conn.exec_driver_sql(f"CREATE ROLE {roles._q(name)} LOGIN{extra}{secret} "  # the hash holds ':'
                                 f"IN ROLE {roles._q(roles.group(conn, role))}")
    except DBAPIError as exc:
        raise _fail(exc) from exc
    return User(name, role, True)


def users(db: Database) -> list[User]:
    _server(db)
    with db.engine.connect() as conn:
        if not roles.groups_exist(conn):
            return []
        groups = {roles.group(conn, r): r for r in roles.ROLES}
        rows = conn.execute(text(
            "SELECT r.rolname, g.rolname, r.rolcanlogin FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
            "JOIN pg_roles g ON g.oid = m.roleid WHERE g.rolname = ANY(:g) AND NOT r.rolname = ANY(:g) "
            "ORDER BY r.rolname"), {"g": list(groups)}).all()
    best: dict[str, User] = {}
    for name, group, login in rows:
        role = groups[group]
        if name not in best or roles.at_least(role, best[name].role):
            best[name] = User(name, role, login)
    return list(best.values())


def remove(db: Database, name: str) -> None:
    _server(db)
    if name not in {u.name for u in users(db)}:
        raise UsersError("ไม่พบผู้ใช้ {name} ของโปรแกรมนี้บนเซิร์ฟเวอร์", name=name)
    try:
        with db.engine.begin() as conn:
            conn.execute(text(f"DROP ROLE {roles._q(name)}"))
    except DBAPIError as exc:
        raise _fail(exc) from exc


def current_role(db: Database) -> str:
    if db.engine.dialect.name != "postgresql":  # a file: whoever opens it may do everything (no connection needed)
        return "admin"
    with db.engine.connect() as conn:
        return roles.role_of(conn)
