"""Schema migrations: new databases, upgrades that keep data, backups, failures that change nothing."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.operations import Operations
from sqlalchemy import inspect, text

from app.core import migrate
from app.core.db import Database, sqlite_path
from app.core.errors import DatabaseUnavailable
from app.core.migrate import MigrationFailed
from app.registers import records, reference, search_index
from app.registers.catalog import REGISTERS
from app.registers.reference import load_dimensions, load_provinces
from app.sample import demo as sample

THAI = range(0x0E00, 0x0E80)
APP_TABLES = {"alembic_version", "province", "smart_dimension", "city", "city_province", "city_dimension",
              "promotion_zone", "ambassador", "ascn_partnership", "emblem_renewal", "committee", "committee_member",
              "meeting", "meeting_attendance", "meeting_guest", "agenda_item", "agenda_item_city", "action_item",
              "app_setting", "certificate", "certificate_counter", "certificate_event",
              "audit_log", "audit_personal", "personal_data_disclosure",
              "plan_project", "plan_project_province", "plan_project_dimension", "plan_budget_line",
              "plan_pair_decision", "sync_package", "sync_record", "plan_province_summary", "city_keys",
              "promotion_zone_keys", "ambassador_keys", "ascn_partnership_keys", "plan_project_keys"}


def has_thai(text: str) -> bool:
    return any(ord(ch) in THAI for ch in text)


def dump(path: Path) -> list[str]:
    """Every table's schema and rows, as SQL text (read-only: a plain sqlite3 connection, no pragmas)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def upgrade_to(database: Database, revision: str, down: bool = False) -> None:
    """Alembic straight to ``revision`` (``down``: downgrade to it), as an older or newer program left the file."""
    cfg = migrate.alembic_config()
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, revision)


def old_database(target: str) -> Database:
    """A database made by migration 0001 only, holding cities as an older version of the program left them."""
    database = Database(target)
    upgrade_to(database, "0001")
    with database.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO city (id, name_th, developer, city_type, emblem_issued_on, emblem_valid_until,"
            " created_at, updated_at, version) VALUES"
            " (1, 'เมืองเก่า', 'เทศบาลเมืองเก่า', 'livable', :issued, NULL, :now, :now, 1),"
            " (2, 'เมืองลีป', 'เทศบาลลีป', 'new', :leap, NULL, :now, :now, 3),"
            " (3, 'เมืองมีวันหมดอายุ', 'เทศบาล', 'livable', :issued, :until, :now, :now, 1),"
            " (4, 'เมืองยังไม่มีตรา', 'เทศบาล', 'livable', NULL, NULL, :now, :now, 1)"),
            {"issued": "2021-12-24", "leap": "2020-02-29", "until": "2022-06-30", "now": "2021-12-24 10:00:00"})
        conn.execute(text("INSERT INTO city_province (city_id, province_code) VALUES (1, 'TH-50'), (2, 'TH-10'),"
                          " (3, 'TH-83'), (4, 'TH-40')"))
        conn.execute(text("INSERT INTO promotion_zone (name, province, status, city_id, created_at, updated_at,"
                          " version) VALUES ('เขตเก่า', 'TH-50', 'certified', 1, :now, :now, 1)"),
                     {"now": "2021-12-24 10:00:00"})
    assert migrate.current_revision(database) == "0001"
    return database


def sqlite_target(tmp_path: Path) -> Path:
    return tmp_path / "registers.sqlite"


# --------------------------------------------------------------------------- new databases


def test_upgrade_of_an_empty_database(empty_db):
    assert migrate.current_revision(empty_db) is None
    assert migrate.upgrade(empty_db) is None  # nothing to back up
    assert migrate.current_revision(empty_db) == migrate.head_revision() == "0014"
    names = set(inspect(empty_db.engine).get_table_names())
    assert {t for t in names if not search_index.is_index_table(t)} == APP_TABLES
    if empty_db.engine.dialect.name == "sqlite":  # the search index of every register's keys (FTS5 trigram)
        assert {f"{t}_fts" for t in APP_TABLES if t.endswith("_keys")} <= names
    else:  # pg_trgm GIN indexes on the search text (the test server lets the migration make the extension)
        indexes = {i["name"] for i in inspect(empty_db.engine).get_indexes("city_keys")}
        assert {"ix_city_keys_search_th_trgm", "ix_city_keys_title_trgm"} <= indexes
    with empty_db.engine.connect() as conn:
        provinces = conn.execute(text("SELECT code, name_th, name_en FROM province ORDER BY code")).all()
        dimensions = conn.execute(text("SELECT code, name_en, name_th FROM smart_dimension")).all()
    assert len(provinces) == 77
    assert ("TH-10", "กรุงเทพมหานคร", "Bangkok") in provinces
    assert len({code for code, *_ in provinces}) == 77
    assert len(dimensions) == 7
    assert {d[0] for d in dimensions} == {"ENV", "MOB", "LIV", "PPL", "ENE", "ECO", "GOV"}
    assert {tuple(row.values()) for row in load_dimensions()} == set(dimensions)
    assert len(load_provinces()) == 77


def test_upgrade_at_head_does_nothing(db, tmp_path):
    with db.session() as s:
        records.create(s, REGISTERS["zones"], {"name": "เขต", "province": "TH-10", "status": "declared"})
    assert migrate.upgrade(db, backup_folder=tmp_path / "backups") is None
    assert not (tmp_path / "backups").exists()
    assert not list(tmp_path.glob("*.backup-*"))


# --------------------------------------------------------------------------- upgrading old databases


def test_upgrade_from_0001_keeps_data_and_backfills_expiry(db_target, backend, tmp_path):
    database = old_database(db_target)
    backup = migrate.upgrade(database, backup_folder=tmp_path / "backups")
    assert migrate.current_revision(database) == migrate.head_revision()
    assert "emblem_renewal" in inspect(database.engine).get_table_names()

    cities = REGISTERS["cities"]
    with database.session() as s:
        old = records.load(s, cities, 1)
        leap = records.load(s, cities, 2)
        assert records.load(s, cities, 3).values["emblem_valid_until"] == date(2022, 6, 30)  # not overwritten
        assert records.load(s, cities, 4).values["emblem_valid_until"] is None
        assert records.load(s, REGISTERS["zones"], 1).values["city_id"] == 1
    assert old.values["name_th"] == "เมืองเก่า"
    assert old.values["provinces"] == ["TH-50"]
    assert old.values["emblem_valid_until"] == date(2023, 12, 24)  # issued + 2 years
    assert leap.values["emblem_valid_until"] == date(2022, 2, 28)  # 29 Feb 2020 + 2 years
    assert leap.version == 3

    with database.session() as s:  # the upgraded database works with the current code
        renewed = records.renew_emblem(s, 1, date(2023, 12, 1), old.version)
    assert renewed.values["emblem_valid_until"] == date(2025, 12, 24)

    assert backup is not None
    if backend == "sqlite":  # a copy of the file beside it, still at the old revision
        path = Path(db_target)
        assert backup.parent == path.parent
        assert backup.name.startswith("registers.backup-") and backup.suffix == ".sqlite"
        conn = sqlite3.connect(backup)
        try:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
            assert conn.execute("SELECT name_th, emblem_valid_until FROM city WHERE id = 1").fetchall() == [
                ("เมืองเก่า", None)]
            assert "emblem_renewal" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    else:  # a server database is dumped as JSON into the backup folder
        assert backup.parent == tmp_path / "backups"
        content = backup.read_text(encoding="utf-8")
        assert "เมืองเก่า" in content and '"0001"' in content
    database.dispose()


MEETING_TABLES = {"committee", "committee_member", "meeting", "meeting_attendance", "meeting_guest", "agenda_item",
                  "agenda_item_city", "action_item"}


def test_upgrade_from_0002_adds_the_meetings_and_downgrades_cleanly(db_target, tmp_path, valid):
    database = Database(db_target)
    upgrade_to(database, "0002")
    name = valid("cities")["name_th"]
    with database.engine.begin() as conn:  # the columns of revision 0002 (today's model has more)
        conn.execute(text("INSERT INTO city (name_th, developer, city_type, created_at, updated_at, version) "
                          "VALUES (:name, 'ผู้พัฒนา', 'livable', '2024-01-01', '2024-01-01', 1)"), {"name": name})
        city_id = conn.execute(text("SELECT id FROM city")).scalar()
    assert migrate.upgrade(database, backup_folder=tmp_path / "backups") is not None
    assert MEETING_TABLES <= set(inspect(database.engine).get_table_names())
    with database.session() as s:  # the sample meeting links the cities that are there
        assert sample.fill(s)["meetings"] == 1
        assert records.load(s, REGISTERS["cities"], city_id).values["name_th"] == name

    cfg = migrate.alembic_config()
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
    assert migrate.current_revision(database) == "0002"
    assert not MEETING_TABLES & set(inspect(database.engine).get_table_names())
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM city")).scalar() == 16
    database.dispose()


def test_a_failing_migration_leaves_the_sqlite_file_unchanged(tmp_path, monkeypatch):
    path = sqlite_target(tmp_path)
    old_database(str(path)).dispose()
    before = dump(path)

    def broken_step(self):  # 0002 has created its table when it asks for the connection: fail right there
        raise RuntimeError("disk full (simulated)")

    monkeypatch.setattr(Operations, "get_bind", broken_step)
    database = Database(path)
    with pytest.raises(MigrationFailed) as info:
        migrate.upgrade(database)
    database.dispose()
    assert dump(path) == before
    message = info.value.message("th")
    assert message.startswith("ปรับปรุงโครงสร้างฐานข้อมูลไม่สำเร็จ ข้อมูลเดิมไม่ถูกแก้ไข")
    assert "disk full (simulated)" in message
    assert info.value.message("en").startswith("The database upgrade failed; the original data is unchanged")
    backups = list(tmp_path.glob("registers.backup-*.sqlite"))
    assert len(backups) == 1 and str(backups[0]) in message

    monkeypatch.undo()  # once the cause is gone, the same file upgrades
    database = Database(path)
    migrate.upgrade(database)
    assert migrate.current_revision(database) == migrate.head_revision()
    database.dispose()


@pytest.mark.postgresql
def test_a_failing_migration_on_postgresql_changes_nothing(pg_url, tmp_path, monkeypatch):
    database = old_database(pg_url)

    def broken_step(self):
        raise RuntimeError("simulated")

    monkeypatch.setattr(Operations, "get_bind", broken_step)
    with pytest.raises(MigrationFailed):
        migrate.upgrade(database, backup_folder=tmp_path / "backups")
    assert migrate.current_revision(database) == "0001"
    assert "emblem_renewal" not in inspect(database.engine).get_table_names()  # DDL rolled back
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT emblem_valid_until FROM city WHERE id = 1")).scalar() is None
    assert len(list((tmp_path / "backups").glob("backup-*.json"))) == 1
    database.dispose()


def test_a_conflicting_table_fails_the_upgrade_and_changes_nothing(db_target, backend, tmp_path):
    database = old_database(db_target)
    with database.engine.begin() as conn:  # something else already made a table of that name
        conn.execute(text("CREATE TABLE emblem_renewal (note VARCHAR(20))"))
        conn.execute(text("INSERT INTO emblem_renewal (note) VALUES ('ของเดิม')"))
    if backend == "sqlite":
        database.dispose()
        before = dump(Path(db_target))
    with pytest.raises(MigrationFailed) as info:
        migrate.upgrade(database, backup_folder=tmp_path / "backups")
    assert has_thai(info.value.message("th"))
    assert "emblem_renewal" in info.value.message("th")
    database.dispose()
    if backend == "sqlite":
        assert dump(Path(db_target)) == before
    assert migrate.current_revision(database) == "0001"
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT note FROM emblem_renewal")).all() == [("ของเดิม",)]
        assert conn.execute(text("SELECT count(*) FROM city")).scalar() == 4
    database.dispose()


def test_a_failed_first_migration_leaves_an_empty_database(db_target, tmp_path, monkeypatch):
    """Creating the schema fails half-way (the reference data cannot be read): no half-built schema stays
    behind, so the next start is not refused as another program's database."""
    def unreadable():
        raise OSError("provinces.csv cannot be read (simulated)")

    monkeypatch.setattr(reference, "load_provinces", unreadable)  # 0001 imports it when it runs
    database = Database(db_target)
    with pytest.raises(MigrationFailed) as info:
        migrate.upgrade(database, backup_folder=tmp_path / "backups")
    assert "provinces.csv cannot be read" in info.value.message("th")
    database.dispose()
    assert inspect(database.engine).get_table_names() == []
    assert migrate.current_revision(database) is None

    monkeypatch.undo()
    assert migrate.upgrade(database, backup_folder=tmp_path / "backups") is None
    assert migrate.current_revision(database) == migrate.head_revision()
    database.dispose()


# --------------------------------------------------------------------------- databases the program must not touch


def test_a_newer_revision_is_refused(db, tmp_path):
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_from_the_future'"))
    path = sqlite_path(db.url)
    before = dump(path) if path else None
    with pytest.raises(MigrationFailed) as info:
        migrate.upgrade(db, backup_folder=tmp_path / "backups")
    assert info.value.message("th") == (
        "ฐานข้อมูลนี้สร้างจากโปรแกรมรุ่นใหม่กว่า (รุ่นโครงสร้าง 0099_from_the_future) กรุณาปรับปรุงโปรแกรมก่อนเปิดใช้")
    assert "newer version of the application" in info.value.message("en")
    assert migrate.current_revision(db) == "0099_from_the_future"
    assert not (tmp_path / "backups").exists()
    if path:
        db.dispose()
        assert dump(path) == before
        assert not list(path.parent.glob("*.backup-*"))


def test_a_database_of_another_program_is_refused(db_target, tmp_path):
    database = Database(db_target)
    with database.engine.begin() as conn:
        conn.execute(text("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"))
        conn.execute(text("INSERT INTO notes (id, body) VALUES (1, 'ของโปรแกรมอื่น')"))
    with pytest.raises(MigrationFailed) as info:
        migrate.upgrade(database, backup_folder=tmp_path / "backups")
    assert info.value.message("th") == "ไฟล์นี้เป็นฐานข้อมูลของโปรแกรมอื่น จึงไม่เปิดใช้และไม่แก้ไขไฟล์"
    assert set(inspect(database.engine).get_table_names()) == {"notes"}
    assert not (tmp_path / "backups").exists()
    database.dispose()


@pytest.mark.parametrize("content", [b"\x00\xffnot a database" * 300, "รายงานการประชุม\n".encode() * 200])
def test_a_file_that_is_not_a_database(tmp_path, content):
    path = tmp_path / "minutes.sqlite"
    path.write_bytes(content)
    database = Database(path)
    with pytest.raises((DatabaseUnavailable, MigrationFailed)) as info:
        migrate.upgrade(database)
    database.dispose()
    assert has_thai(info.value.message("th"))
    assert "ไม่ใช่ฐานข้อมูลของโปรแกรม" in info.value.message("th")
    assert not has_thai(info.value.message("en"))
    assert path.read_bytes() == content
    assert not list(tmp_path.glob("*.backup-*"))


def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(DatabaseUnavailable) as info:
        Database(tmp_path)
    assert info.value.message("th") == f"{tmp_path} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ฐานข้อมูล"


def test_head_constant_matches_the_migration_scripts():
    """Start-up compares the stored revision with migrate.HEAD to skip alembic; keep it current."""
    assert migrate.HEAD == migrate.head_revision()


def test_a_current_database_opens_without_importing_alembic(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "current.sqlite"
    migrate.upgrade(Database(path))
    code = ("import sys; from app.core.db import Database; from app.core import migrate; "
            f"migrate.upgrade(Database({str(path)!r})); print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
