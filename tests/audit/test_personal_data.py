"""PDPA accountability: exports with personal data are recorded (who, when, which fields, how many people); the
personal data report lists what is held about one person; erasure keeps the audit entries without the values."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select, text

from app.audit import disclosure, personal, trail
from app.cli.main import main
from app.core import migrate
from app.core.db import Database
from app.core.errors import UserError
from app.models import AuditEntry, AuditPersonal, Disclosure


def test_the_ambassadors_register_keeps_consent_and_retention(db, make_record):
    saved = make_record("ambassadors", consent_scope="ติดต่อประสานงานโครงการ", retain_until=date(2026, 9, 30))
    assert saved.values["consent_scope"] == "ติดต่อประสานงานโครงการ"
    assert saved.values["retain_until"] == date(2026, 9, 30)
    with db.session() as s:
        assert [p.id for p in personal.overdue(s, date(2026, 10, 1))] == [saved.id]
        assert personal.overdue(s, date(2026, 9, 30)) == []


def test_an_export_with_personal_data_is_recorded(tmp_path, capsys):
    path = tmp_path / "p.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    db = Database(path)
    with db.session() as s:
        from app.registers import records
        from app.registers.catalog import REGISTERS
        from tests.conftest import valid_values

        for n in (1, 2):
            records.create(s, REGISTERS["ambassadors"], valid_values("ambassadors", n))
    assert main(["--db", str(path), "export", "ambassadors", "--xlsx", str(tmp_path / "a.xlsx")]) == 0
    with db.session() as s:
        assert disclosure.recent(s) == []  # without personal data: nothing to account for
    xlsx = tmp_path / "b.xlsx"
    assert main(["--db", str(path), "export", "all", "--xlsx", str(xlsx), "--include-personal"]) == 0
    assert xlsx.stat().st_mode & 0o777 == 0o600
    with db.session() as s:
        [row] = disclosure.recent(s)
        from app.sample import public_record as facts

        people = len(facts.AMBASSADORS) + 2  # the sample's and the two added here
        assert (row.kind, row.registers, row.people, row.target) == ("export", "ambassadors", people, str(xlsx))
        assert "ambassadors.phone" in row.fields and "ambassadors.email" in row.fields
        assert row.actor and row.workstation
    db.dispose()


def test_report_and_erasure_keep_the_entries_without_the_values(db, make_record):
    saved = make_record("ambassadors")
    with db.session() as s:
        from app.registers import records
        from app.registers.catalog import REGISTERS

        records.update(s, REGISTERS["ambassadors"], saved.id, {**saved.values, "phone": "081 234 5678"},
                       saved.version)
    with db.session() as s:
        [found] = personal.find(s, "sca1@")
        report = personal.report(s, found.id)
    assert {f.name for f, _value in report.held} >= {"full_name", "phone", "email", "consent_on"}
    assert report.changes == 2 and report.kept_values >= 4
    with db.session() as s:
        with pytest.raises(UserError):
            personal.erase(s, saved.id, "  ")
    with db.session() as s:
        assert personal.erase(s, saved.id, "เจ้าของข้อมูลขอให้ลบ") >= 4
    with db.session() as s:
        entries = list(trail.entries(s, trail.Filter(table="ambassador", record_id=str(saved.id))))
        assert [e.action for e in entries] == ["insert", "update", "delete"]
        assert entries[-1].reason == "เจ้าของข้อมูลขอให้ลบ"
        erased = [c for e in entries for c in e.changes if c.field in ("phone", "email", "full_name")]
        assert erased and all(c.erased and c.old is None and c.new is None for c in erased)
        assert s.scalars(select(AuditPersonal).where(AuditPersonal.record_id == str(saved.id))).all() == []
        raw = " ".join(s.scalars(select(AuditEntry.changes)))
        assert "081 234 5678" not in raw and "sca1@example.com" not in raw and "ทดสอบ ที่1" not in raw
        kinds = [d.kind for d in s.scalars(select(Disclosure).order_by(Disclosure.id))]
        assert kinds == ["report", "erase"]
    with db.engine.connect() as conn:  # no stray copy anywhere in the database
        for table in ("audit_log", "audit_personal", "personal_data_disclosure"):
            dump = json.dumps([list(r) for r in conn.execute(text(f"SELECT * FROM {table}"))], default=str,
                              ensure_ascii=False)
            assert "sca1@example.com" not in dump


def test_the_disclosure_record_is_append_only(db):
    with db.session() as s:
        disclosure.record(s, "print", ["ambassadors"], ["ambassadors.phone"], 3)
    from sqlalchemy.exc import DBAPIError

    for statement in ("UPDATE personal_data_disclosure SET people = 0", "DELETE FROM personal_data_disclosure"):
        with pytest.raises(DBAPIError), db.engine.begin() as conn:
            conn.execute(text(statement))


def test_privacy_command_line(tmp_path, capsys):
    path = str(tmp_path / "c.sqlite")
    database = Database(path)
    migrate.upgrade(database)
    from app.registers import records
    from app.registers.catalog import REGISTERS
    from tests.conftest import valid_values

    with database.session() as s:
        saved = records.create(s, REGISTERS["ambassadors"], valid_values("ambassadors", 7))
    database.dispose()
    capsys.readouterr()
    assert main(["--db", path, "privacy", "find", "sca7"]) == 0
    assert f"{saved.id}\tนางสาวทดสอบ ที่7" in capsys.readouterr().out
    assert main(["--db", path, "privacy", "report", str(saved.id)]) == 0
    out = capsys.readouterr().out
    assert "sca7@example.com" in out and "ประวัติการแก้ไข\t1 รายการ" in out
    assert main(["--db", path, "privacy", "erase", str(saved.id), "--reason", "ครบกำหนด"]) == 0
    assert main(["--db", path, "privacy", "report", str(saved.id)]) == 1
    assert "ไม่พบข้อมูลนี้แล้ว" in capsys.readouterr().err
