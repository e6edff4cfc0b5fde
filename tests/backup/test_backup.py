"""Backups users take: checked before they are reported good, consistent while another process writes, restored
with the current data kept aside first; files 0600. SQLite (online backup API) and PostgreSQL (pg_dump and the
application's own dump)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from app.backup import schedule, service
from app.backup.report import BackupFailed
from app.cli.main import main
from app.core import migrate
from app.core.db import Database
from app.models import AuditEntry, PromotionZone
from app.registers import records
from app.registers.catalog import REGISTERS
from tests.conftest import PG_ADMIN_URL, valid_values

ROOT = Path(__file__).resolve().parents[2]


def zones(db) -> list[str]:
    with db.session() as s:
        return sorted(s.scalars(select(PromotionZone.name)))


def add_zone(db, n: int) -> None:
    with db.session() as s:
        records.create(s, REGISTERS["zones"], valid_values("zones", n))


def consistent(db) -> None:
    """Every zone has exactly its own insert entry in the audit trail: nothing half-copied."""
    with db.session() as s:
        ids = {str(i) for i in s.scalars(select(PromotionZone.id))}
        logged = s.scalars(select(AuditEntry.record_id).where(AuditEntry.table_name == "promotion_zone",
                                                              AuditEntry.action == "insert")).all()
    assert sorted(logged) == sorted(ids)


def test_a_backup_while_another_process_writes_restores_consistently(tmp_path):
    path = tmp_path / "live.sqlite"
    db = Database(path)
    migrate.upgrade(db)
    stop = tmp_path / "stop"
    writer = subprocess.Popen([sys.executable, str(ROOT / "tests" / "backup" / "writer.py"), str(path), str(stop),
                               "20"], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                              stdout=subprocess.PIPE, text=True)
    while not Path(str(stop) + ".started").exists():
        time.sleep(0.05)
    time.sleep(0.5)
    reports = []
    for n in range(3):
        reports.append(service.backup(db, tmp_path / f"copy{n}.sqlite"))
        time.sleep(0.3)
    stop.write_text("stop")
    assert int(writer.communicate(timeout=60)[0]) > 0
    assert 0 < reports[0].counts["promotion_zone"] < reports[-1].counts["promotion_zone"]
    assert all(r.counts["promotion_zone"] % 5 == 0 for r in reports)  # whole transactions only
    for report in reports:
        assert report.path.stat().st_mode & 0o777 == 0o600
    chosen = reports[1]
    aside = service.restore(db, chosen.path, tmp_path / "aside")
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(PromotionZone)) == chosen.counts["promotion_zone"]
    consistent(db)
    assert aside.exists() and aside.stat().st_mode & 0o777 == 0o600
    with sqlite3.connect(aside) as conn:  # the data as it was before the restore
        assert conn.execute("SELECT count(*) FROM promotion_zone").fetchone()[0] > chosen.counts["promotion_zone"]
    db.dispose()


def test_command_line_backup_and_restore(tmp_path, capsys):
    path = str(tmp_path / "a.sqlite")
    db = Database(path)
    migrate.upgrade(db)
    add_zone(db, 1)
    target = tmp_path / "backups" / "a-backup.sqlite"
    assert main(["--db", path, "backup", "--to", str(target)]) == 0
    assert "ตรวจแล้ว" in capsys.readouterr().out
    assert (target.parent.stat().st_mode & 0o777, target.stat().st_mode & 0o777) == (0o700, 0o600)
    add_zone(db, 2)
    assert main(["--db", path, "restore", str(target)]) == 0
    assert "เก็บไว้ที่" in capsys.readouterr().out
    assert zones(db) == ["เขตส่งเสริมทดสอบ 1"]
    not_a_backup = tmp_path / "x.sqlite"
    not_a_backup.write_bytes(b"not a database at all" * 100)
    for args in (["restore", str(not_a_backup)], ["restore", str(tmp_path / "missing.sqlite")],
                 ["backup", "--to", path]):
        assert main(["--db", path, *args]) == 1
        err = capsys.readouterr().err
        assert err.startswith("ข้อผิดพลาด:") and len(err.splitlines()) == 1
    assert zones(db) == ["เขตส่งเสริมทดสอบ 1"]  # untouched by the refused restores
    db.dispose()


def test_a_damaged_backup_is_not_reported_good(tmp_path):
    path = tmp_path / "a.sqlite"
    db = Database(path)
    migrate.upgrade(db)
    add_zone(db, 1)
    report = service.backup(db, tmp_path / "b.sqlite")
    data = bytearray(report.path.read_bytes())
    data[4096 * 3: 4096 * 3 + 2000] = b"\xff" * 2000  # a page of the copy overwritten
    report.path.write_bytes(bytes(data))
    with pytest.raises(BackupFailed):
        service.restore(db, report.path, tmp_path)
    assert zones(db) == ["เขตส่งเสริมทดสอบ 1"]
    db.dispose()


def test_scheduled_backups_keep_the_newest(tmp_path):
    db = Database(tmp_path / "s.sqlite")
    migrate.upgrade(db)
    folder = tmp_path / "share"
    assert schedule.due(db, folder)
    made = [schedule.run(db, folder, keep=2).path for _ in range(3)]
    assert schedule.backups(db, folder) == made[1:]
    assert not schedule.due(db, folder)
    assert schedule.due(db, folder, now=time.time() + schedule.DAY + 1)
    db.dispose()


@pytest.fixture
def pg_db(pg_url):
    database = Database(pg_url)
    migrate.upgrade(database)
    yield database
    database.dispose()


@pytest.mark.postgresql
def test_postgresql_pg_dump_backup_and_restore(pg_db, tmp_path):
    db = pg_db
    add_zone(db, 1)
    report = service.backup(db, tmp_path / "server.dump")
    assert report.method == "pg_dump" and report.counts["promotion_zone"] == 1
    assert report.path.stat().st_mode & 0o777 == 0o600
    add_zone(db, 2)
    aside = service.restore(db, report.path, tmp_path / "aside")
    assert zones(db) == ["เขตส่งเสริมทดสอบ 1"]
    consistent(db)
    assert aside.exists() and aside.stat().st_mode & 0o777 == 0o600
    add_zone(db, 3)  # the restored database works, audit triggers included
    consistent(db)


@pytest.fixture
def second_schema(pg_admin):
    schema = f"t_{uuid.uuid4().hex[:16]}"
    with pg_admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    yield make_url(PG_ADMIN_URL).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(False)
    with pg_admin.connect() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))


@pytest.mark.postgresql
def test_postgresql_own_dump_restores_into_a_new_database(pg_db, tmp_path, second_schema):
    db = pg_db
    add_zone(db, 1)
    add_zone(db, 2)
    report = service.backup(db, tmp_path / "server.json")
    assert report.method == "json-dump" and report.path.stat().st_mode & 0o777 == 0o600
    target = Database(second_schema)
    migrate.upgrade(target)
    service.restore(target, report.path, tmp_path / "aside")
    assert zones(target) == zones(db)
    add_zone(target, 3)  # the sequences follow the restored ids
    with pytest.raises(BackupFailed):  # never over data that is there
        service.restore(target, report.path, tmp_path / "aside")
    target.dispose()


@pytest.mark.postgresql
def test_postgresql_own_dump_of_the_sample_restores_with_its_audit_trail(pg_db, tmp_path, second_schema):
    """Restoring settings rows fires the audit trigger: its entries must follow the restored trail, not clash."""
    from app.sample import demo

    with pg_db.session() as s:
        demo.fill(s)
    report = service.backup(pg_db, tmp_path / "server.json")
    assert report.method == "json-dump" and report.counts["app_setting"] > 0
    target = Database(second_schema)
    migrate.upgrade(target)
    service.restore(target, report.path, tmp_path / "aside")
    with pg_db.engine.connect() as server, target.engine.connect() as conn:
        for table in ("city", "app_setting", "meeting", "plan_project"):
            count = f"SELECT count(*) FROM {table}"
            assert conn.execute(text(count)).scalar() == server.execute(text(count)).scalar() > 0, table
        first = "SELECT id, table_name, record_id FROM audit_log ORDER BY id LIMIT 50"
        assert conn.execute(text(first)).all() == server.execute(text(first)).all()  # the trail kept as it was
    add_zone(target, 3)
    target.dispose()


@pytest.mark.postgresql
def test_the_plans_province_summary_is_rebuilt_not_restored_twice(pg_db, tmp_path, second_schema):
    from tests.plan.test_province_summary import apply, fresh, kept

    with pg_db.engine.begin() as conn:
        for op in (("project", 0, 1, 500), ("project", 1, 2, 700), ("link", 0, 0, 1), ("link", 1, 1, 1),
                   ("link", 1, 2, 1), ("line", 0, 0, 100), ("lines", 1, 1, 3)):
            apply(conn, *op)
    report = service.backup(pg_db, tmp_path / "server.json")
    target = Database(second_schema)
    migrate.upgrade(target)
    service.restore(target, report.path, tmp_path / "aside")
    with pg_db.engine.connect() as server, target.engine.connect() as conn:
        assert kept(conn) == fresh(conn) == kept(server) != {}
    target.dispose()
