"""Engines and sessions: SQLite file by default, any SQLAlchemy URL (PostgreSQL) by choice."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.core import audit_context
from app.core.errors import ConflictingChange, DatabaseMissing, DatabaseUnavailable, NotPermitted
from app.core.private_files import private_file, private_folder, sqlite_companions, touch_private


def to_url(target: str | Path) -> str:
    """A file path becomes a SQLite URL; anything with ``://`` is taken as a SQLAlchemy URL."""
    text = str(target)
    if "://" in text:
        try:
            make_url(text)
        except (ArgumentError, ValueError) as exc:  # ValueError: e.g. a port that is not a number
            raise DatabaseUnavailable("ที่อยู่ฐานข้อมูลไม่ถูกต้อง: {target}", target=_hide_password(text)) from exc
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def missing_file(target: str | Path) -> Path | None:
    """The SQLite file ``target`` names when it does not exist yet (None: it exists, or a server's URL)."""
    path = sqlite_path(to_url(target))
    return path if path is not None and not path.exists() else None


def require_existing(target: str | Path) -> None:
    """Refuse a database file that does not exist: a mistyped path must not become a new, empty database."""
    path = missing_file(target)
    if path is not None:
        raise DatabaseMissing("ไม่พบไฟล์ฐานข้อมูล {target} (ถ้าต้องการสร้างฐานข้อมูลใหม่ ใช้ตัวเลือก --create "
                              "ก่อนคำสั่ง หรือเมนู แฟ้ม → ฐานข้อมูลใหม่…)", target=str(path))


def with_password(url: str, password: str) -> str:
    """The URL with the person's password (kept in memory for this run only)."""
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def _hide_password(url: str) -> str:
    """user:secret@host → user:***@host, also in URLs SQLAlchemy cannot parse."""
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.close()


def make_engine(target: str | Path, timeout: float = 5.0) -> Engine:
    """``timeout``: seconds to wait for a locked SQLite file or an unreachable server."""
    url = to_url(target)
    path = sqlite_path(url)
    if path is not None:
        if path.exists() and path.is_dir():
            raise DatabaseUnavailable("{target} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ฐานข้อมูล", target=str(path))
        _private_sqlite(path)
        engine = create_engine(url, connect_args={"timeout": timeout})
        event.listen(engine, "connect", _sqlite_pragmas)
        audit_context.install(engine)
        return engine
    try:
        engine = create_engine(url, pool_pre_ping=True, connect_args=_connect_args(url, timeout))
    except (ArgumentError, ModuleNotFoundError) as exc:
        raise DatabaseUnavailable("ไม่รองรับฐานข้อมูลชนิดนี้: {target}", target=_hide_password(url)) from exc
    audit_context.install(engine)
    return engine


def _private_sqlite(path: Path) -> None:
    """The folder (when the application makes it) 0700, the file and its journals 0600 (SQLite gives the
    journals the file's mode); an existing file made before this rule is narrowed too."""
    try:
        private_folder(path.parent)
        if not path.exists():
            touch_private(path)
        for file in sqlite_companions(path):
            private_file(file)
    except OSError as exc:
        raise DatabaseUnavailable("ไม่สามารถเปิดหรือเขียนไฟล์ฐานข้อมูลได้ ({detail})",
                                  detail=exc.strerror or exc) from exc


def _connect_args(url: str, timeout: float) -> dict:
    if make_url(url).get_backend_name() == "postgresql":
        return {"connect_timeout": max(1, round(timeout))}
    return {}


class Database:
    """One engine plus a session factory; a Session lives for one user action."""

    def __init__(self, target: str | Path, timeout: float = 5.0):
        self.url = to_url(target)
        self.engine = make_engine(self.url, timeout)
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def display_name(self) -> str:
        path = sqlite_path(self.url)
        return str(path) if path else make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back on any error."""
        session = self._factory()
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            raise DatabaseUnavailable.from_error(exc) from exc
        except IntegrityError as exc:  # another workstation changed what this save relied on
            session.rollback()
            raise ConflictingChange() from exc
        except DBAPIError as exc:
            session.rollback()
            if NotPermitted.matches(exc):  # the server refused what this person's role may not do
                raise NotPermitted(str(exc.orig).strip().splitlines()[0]) from exc
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def check(self) -> None:
        """Connect once, turning any driver error into a clear message."""
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except DBAPIError as exc:
            raise DatabaseUnavailable.from_error(exc) from exc

    def dispose(self) -> None:
        self.engine.dispose()
