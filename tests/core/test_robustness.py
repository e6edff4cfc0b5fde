"""Edge cases a secretariat meets: races between workstations, odd numbers, secrets in messages."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from app.core import migrate
from app.core.db import Database, to_url
from app.core.errors import ConflictingChange, DatabaseUnavailable, ValidationFailed
from app.registers import records
from app.registers.catalog import CITIES, ZONES


@pytest.mark.parametrize("number", ["nan", "inf", "-inf", "1e400"])
def test_area_must_be_a_finite_number(db, valid, number):
    with pytest.raises(ValidationFailed) as failure, db.session() as s:
        records.create(s, CITIES, valid("cities", area_km2=number))
    assert failure.value.field_message("area_km2") == "ต้องเป็นตัวเลข"


def test_a_reference_deleted_between_validation_and_save_is_a_clear_conflict(db, make_record, valid, monkeypatch):
    city = make_record("cities")
    monkeypatch.setattr(records, "validate", lambda *a, **k: {})  # the check passed a moment ago…
    with db.session() as s:  # …then another workstation deleted the city
        s.execute(text("DELETE FROM city_province WHERE city_id = :i"), {"i": city.id})
        s.execute(text("DELETE FROM city_dimension WHERE city_id = :i"), {"i": city.id})
        s.execute(text("DELETE FROM city WHERE id = :i"), {"i": city.id})
    with pytest.raises(ConflictingChange) as failure, db.session() as s:
        records.create(s, ZONES, valid("zones", status="certified", city_id=city.id))
    assert "เพิ่งถูกเปลี่ยนจากเครื่องอื่น" in failure.value.message()
    with db.session() as s:
        assert s.query(ZONES.model).count() == 0


def test_passwords_never_appear_in_messages():
    with pytest.raises(DatabaseUnavailable) as failure:
        Database("nosuchdriver+x://clerk:s3cret@host/db")
    assert "s3cret" not in failure.value.message() and "clerk:***@" in failure.value.message()
    with pytest.raises(DatabaseUnavailable) as failure:
        to_url("postgresql+psycopg://clerk:s3cret@host:notaport/db")
    assert "s3cret" not in failure.value.message()


def test_sql_errors_other_than_connection_are_not_called_unreachable(tmp_path):
    db = Database(tmp_path / "x.sqlite")
    with pytest.raises(DatabaseUnavailable) as failure, db.session() as s:
        s.execute(text("SELECT * FROM no_such_table"))
    assert failure.value.message().startswith("ฐานข้อมูลแจ้งข้อผิดพลาด")


def test_a_backup_that_cannot_be_written_stops_the_upgrade_and_changes_nothing(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite"
    db = Database(path)
    migrate.upgrade(db)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    db.dispose()
    before = path.read_bytes()

    def refuse(*_args):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(migrate, "backup_sqlite", refuse)
    with pytest.raises(migrate.MigrationFailed) as failure:
        migrate.upgrade(Database(path))
    assert failure.value.message().startswith("สำรองฐานข้อมูลก่อนปรับปรุงโครงสร้างไม่ได้")
    assert migrate.current_revision(Database(path)) == "0001"
    assert path.read_bytes() == before
