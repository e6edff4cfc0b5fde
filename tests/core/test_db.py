"""app.core.db: URLs, engine settings, sessions, and errors turned into Thai messages."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError, OperationalError

from app.core import migrate
from app.core.db import Database, make_engine, sqlite_path, to_url
from app.core.errors import DatabaseUnavailable
from app.registers import records
from app.registers.catalog import REGISTERS


def test_a_path_becomes_a_sqlite_url(tmp_path):
    path = tmp_path / "ข้อมูล" / "registers.sqlite"
    url = to_url(path)
    assert url == f"sqlite:///{path}"
    assert sqlite_path(url) == path
    assert to_url(str(path)) == url


def test_a_relative_path_is_made_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert to_url("data.sqlite") == f"sqlite:///{tmp_path / 'data.sqlite'}"


def test_a_url_is_kept():
    url = "postgresql+psycopg://secretariat@db.example:5432/smartcity"
    assert to_url(url) == url
    assert sqlite_path(url) is None
    assert sqlite_path("sqlite:///:memory:") is None


@pytest.mark.parametrize("bad", ["://nowhere", "postgresql+psycopg://user@host:port/db"])
def test_a_malformed_url_is_a_user_error(bad):
    with pytest.raises(DatabaseUnavailable) as info:
        to_url(bad)
    assert info.value.message("th") == f"ที่อยู่ฐานข้อมูลไม่ถูกต้อง: {bad}"
    assert info.value.message("en") == f"Invalid database address: {bad}"
    with pytest.raises(DatabaseUnavailable):
        Database(bad)


@pytest.mark.parametrize("url", ["oracle2://x/y", "postgresql+nodriver://u@h/db"])
def test_an_unsupported_database_is_a_user_error(url):
    with pytest.raises(DatabaseUnavailable) as info:
        make_engine(url)
    assert info.value.message("th") == f"ไม่รองรับฐานข้อมูลชนิดนี้: {url}"


def test_sqlite_file_gets_wal_foreign_keys_and_a_busy_timeout(tmp_path):
    path = tmp_path / "sub" / "folder" / "registers.sqlite"  # missing folders are made
    database = Database(path)
    try:
        assert database.is_sqlite
        assert database.display_name == str(path)
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        assert path.exists()
    finally:
        database.dispose()


def test_foreign_keys_are_enforced(db):
    """A row pointing at a missing province is refused by the database itself, on both backends."""
    with pytest.raises(IntegrityError), db.engine.begin() as conn:
        conn.execute(text("INSERT INTO promotion_zone (name, province, status, created_at, updated_at, version)"
                          " VALUES ('เขต', 'TH-XX', 'declared', '2021-01-01 00:00:00', '2021-01-01 00:00:00', 1)"))


def test_session_commits_at_the_end_and_rolls_back_on_error(db):
    zones = REGISTERS["zones"]
    with pytest.raises(RuntimeError), db.session() as s:
        records.create(s, zones, {"name": "เขตที่ยกเลิก", "province": "TH-10", "status": "declared"})
        raise RuntimeError("the user pressed Cancel")
    with db.session() as s:
        saved = records.create(s, zones, {"name": "เขตที่บันทึก", "province": "TH-10", "status": "declared"})
    with db.session() as s:
        assert s.scalars(select(zones.model.name)).all() == ["เขตที่บันทึก"]
        assert records.load(s, zones, saved.id).version == 1


def test_check_passes_on_a_working_database(db):
    db.check()


def test_unreachable_postgresql_is_a_thai_message():
    database = Database("postgresql+psycopg://postgres@127.0.0.1:1/test")
    try:
        assert not database.is_sqlite
        with pytest.raises(DatabaseUnavailable) as info:
            database.check()
    finally:
        database.dispose()
    assert info.value.message("th").startswith("ติดต่อฐานข้อมูลไม่ได้ กรุณาตรวจสอบเครือข่ายหรือเซิร์ฟเวอร์ (")
    assert info.value.message("en").startswith("The database cannot be reached")
    assert "\n" not in info.value.message("th")


def test_display_name_hides_the_password():
    database = Database("postgresql+psycopg://secretariat:s3cret@db.example:5432/smartcity")
    try:
        assert "s3cret" not in database.display_name
        assert database.display_name.startswith("postgresql+psycopg://secretariat:***@db.example")
    finally:
        database.dispose()


def _driver_error(message: str) -> OperationalError:
    return OperationalError("SELECT 1", {}, sqlite3.OperationalError(message))


@pytest.mark.parametrize("message, start", [
    ("database is locked", "ฐานข้อมูลถูกล็อกโดยผู้ใช้อื่นอยู่"),
    ("file is not a database", "ไฟล์นี้ไม่ใช่ฐานข้อมูลของโปรแกรม"),
    ("database disk image is malformed", "ไฟล์นี้ไม่ใช่ฐานข้อมูลของโปรแกรม"),
    ("unable to open database file", "ไม่สามารถเปิดหรือเขียนไฟล์ฐานข้อมูลได้"),
    ("attempt to write a readonly database", "ไม่สามารถเปิดหรือเขียนไฟล์ฐานข้อมูลได้"),
    ("connection refused\nIs the server running?", "ติดต่อฐานข้อมูลไม่ได้"),
])
def test_driver_errors_are_sorted_into_messages(message, start):
    error = DatabaseUnavailable.from_error(_driver_error(message))
    assert error.message("th").startswith(start)
    assert error.params["detail"] == message.splitlines()[0]
    assert error.message("en") != error.message("th")


def test_a_locked_sqlite_file_is_reported_as_locked(tmp_path):
    """Another workstation holds the write lock: the save fails with the 'locked' message, not a hang."""
    path = tmp_path / "registers.sqlite"
    database = Database(path)
    migrate.upgrade(database)
    quick = Database(path, timeout=0)  # the same file, giving up at once instead of after 5 seconds
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(DatabaseUnavailable) as info, quick.session() as s:
            records.create(s, REGISTERS["zones"], {"name": "เขต", "province": "TH-10", "status": "declared"})
        assert info.value.message("th").startswith("ฐานข้อมูลถูกล็อกโดยผู้ใช้อื่นอยู่")
        assert info.value.message("en").startswith("The database is locked by another user")
    finally:
        other.execute("ROLLBACK")
        other.close()
        quick.dispose()
    with database.session() as s:  # nothing was written, and the file works once the lock is gone
        assert records.dependants(s, REGISTERS["cities"], 1) == []
        assert s.scalar(select(func.count()).select_from(REGISTERS["zones"].model)) == 0
    database.dispose()
