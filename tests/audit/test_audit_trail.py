"""Every insert, update and delete of every kind of record writes an audit entry in the same transaction —
registers, bulk saves, imports, meetings, agenda, attendance, certificates, settings — and no entry can be
changed or removed afterwards, on SQLite and on the PostgreSQL server."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from app.audit import trail
from app.certificates import certificates
from app.core.audit_context import os_user, workstation
from app.meetings import agenda, attendance
from app.models import AuditEntry, AuditPersonal
from app.registers import records, records_bulk
from app.registers.catalog import REGISTERS
from tests.certificates.certificate_builders import issue, save_settings
from tests.meetings.meeting_builders import committee, meeting, members


def history(db, **filters) -> list[trail.Entry]:
    with db.session() as s:
        return list(trail.entries(s, trail.Filter(**filters)))


def changes(entry: trail.Entry) -> dict:
    return {c.field: (c.old, c.new) for c in entry.changes}


def who(db) -> str:
    if db.is_sqlite:
        return os_user()
    with db.engine.connect() as conn:
        return conn.execute(text("SELECT session_user")).scalar()


def test_a_register_record_field_by_field(db, make_record):
    saved = make_record("cities")
    with db.session() as s:
        records.update(s, REGISTERS["cities"], saved.id, {**saved.values, "name_en": "Renamed"}, saved.version)
    with db.session() as s:
        records.delete(s, REGISTERS["cities"], saved.id)
    city = [e for e in history(db, table="city") if e.record_id == str(saved.id)]
    assert [e.action for e in city] == ["insert", "update", "delete"]
    assert changes(city[0])["name_th"] == (None, "เมืองทดสอบ 1")
    assert changes(city[1]) == {"name_en": ("Test City 1", "Renamed")}
    assert changes(city[2])["name_en"] == ("Renamed", None)
    for entry in city:
        assert entry.actor == who(db) and workstation() in entry.workstation
    links = history(db, table="city_province")
    assert {e.record_id for e in links} == {f"{saved.id},TH-50", f"{saved.id},TH-10"}
    assert {e.action for e in links} == {"insert", "delete"}


def test_bulk_saves_and_imports_are_in_the_trail(db, tmp_path, valid):
    reg = REGISTERS["zones"]
    with db.session() as s:
        ids = records_bulk.save_many(s, reg, [records_bulk.Change(valid("zones", n)) for n in range(1, 4)])
    assert sorted(int(e.record_id) for e in history(db, table="promotion_zone")) == sorted(ids)
    from app.excel import export
    from app.excel.imports.importer import apply_plan, read_plan

    path = tmp_path / "zones.xlsx"
    with db.session() as s:
        export.export_register(s, "zones", path)
    with db.session() as s:  # the rows exported, emptied, imported back: three updates through the importer
        for zone_id in ids:
            zone = records.load(s, reg, zone_id)
            records.update(s, reg, zone_id, {**zone.values, "progress_notes": None}, zone.version)
    before = len(history(db, table="promotion_zone"))
    with db.session() as s:
        plan = read_plan(s, "zones", path)
        assert apply_plan(s, plan).updated == 3
    imported = history(db, table="promotion_zone")[before:]
    assert len(imported) == 3
    assert {changes(e)["progress_notes"] for e in imported} == {(None, "กำลังจัดทำข้อเสนอ")}


def test_meetings_agenda_attendance_certificates_and_settings(db, make_record):
    with db.session() as s:
        body = committee(s)
        people = members(s, body, 2)
        m = meeting(s, body, date(2021, 11, 5))
        attendance.set_attendance(s, m.id, {"member_id": people[0].id, "status": "present"})
        item = agenda.add_item(s, agenda.section(s, m.id, 4).id, {"title": "ประกาศรับรองพื้นที่"})
        ids = (body.id, m.id, item.id)
    tables = {e.table for e in history(db)}
    assert {"committee", "committee_member", "meeting", "meeting_attendance", "agenda_item"} <= tables
    assert any(e.record_id == str(ids[2]) for e in history(db, table="agenda_item"))
    save_settings(db)
    assert history(db, table="app_setting")[-1].action == "insert"
    [(cert_id, _number)] = issue(db, [make_record("cities", 2).id])
    with db.session() as s:
        certificates.revoke(s, cert_id, reason="ออกผิดเมือง", on=date(2022, 1, 1))
    cert = history(db, table="certificate", record_id=str(cert_id))
    assert [e.action for e in cert] == ["insert", "update"]
    assert changes(cert[1])["state"] == ("issued", "revoked") and cert[1].reason == "ออกผิดเมือง"
    assert cert[0].reason == ""  # the reason belongs to its own transaction only
    events = history(db, table="certificate_event")
    assert [e.reason for e in events][-1] == "ออกผิดเมือง"
    [(other, _n)] = issue(db, [make_record("cities", 3).id])
    with db.session() as s:
        certificates.reprint(s, other, on=date(2022, 2, 1))
        new = certificates.replace(s, other, issue_date=date(2022, 3, 1), reason="ชื่อเมืองสะกดผิด").id
    with db.session() as s:
        certificates.renew(s, new, issue_date=date(2023, 12, 1))
    old = history(db, table="certificate", record_id=str(other))
    assert [changes(e).get("state") for e in old] == [
        (None, "issued"), ("issued", "reprinted"), ("reprinted", "replaced")]
    assert old[-1].reason == "ชื่อเมืองสะกดผิด" and old[1].reason == ""
    assert [changes(e).get("state") for e in history(db, table="certificate", record_id=str(new))] == [
        (None, "issued"), ("issued", "renewed")]


def test_personal_values_stay_out_of_the_trail_table(db, make_record):
    saved = make_record("ambassadors")
    with db.engine.connect() as conn:
        raw = conn.execute(select(AuditEntry.changes).where(AuditEntry.table_name == "ambassador")).scalar()
        kept = conn.execute(select(func.count()).select_from(AuditPersonal)).scalar()
    assert "sca1@example.com" not in raw and json.loads(raw)["email"] == "*" and kept >= 3
    [entry] = history(db, table="ambassador", record_id=str(saved.id))
    assert changes(entry)["email"] == (None, "sca1@example.com")


@pytest.mark.parametrize("statement", ["UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log",
                                       "UPDATE audit_personal SET new = 'x'"])
def test_no_entry_can_be_altered_or_removed(db, make_record, statement):
    make_record("ambassadors")
    with pytest.raises(DBAPIError) as error, db.engine.begin() as conn:
        conn.execute(text(statement))
    assert "append-only" in str(error.value)
    assert len(history(db)) >= 1


@pytest.mark.postgresql
def test_truncate_is_refused_on_the_server(pg_url, make_record):
    from app.core import migrate
    from app.core.db import Database

    database = Database(pg_url)
    migrate.upgrade(database)
    with pytest.raises(DBAPIError), database.engine.begin() as conn:
        conn.execute(text("INSERT INTO app_setting (key, value, updated_at) VALUES ('k', 'v', now())"))
        conn.execute(text("TRUNCATE audit_log CASCADE"))
    database.dispose()


def test_a_program_without_the_audit_context_cannot_write_sqlite(tmp_path, valid):
    import sqlite3

    from app.core import migrate
    from app.core.db import Database

    path = tmp_path / "a.sqlite"
    database = Database(path)
    migrate.upgrade(database)
    database.dispose()
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.OperationalError, match="audit_actor"):
        conn.execute("INSERT INTO app_setting (key, value, updated_at) VALUES ('k', 'v', '2024-01-01')")
    conn.close()


def test_record_filter_and_keyset_pages(db, make_record):
    for n in range(1, 6):
        make_record("partnerships", n)
    with db.session() as s:
        first = trail.page(s, trail.Filter(table="ascn_partnership"), limit=2)
        second = trail.page(s, trail.Filter(table="ascn_partnership"), before_id=first[-1].id, limit=2)
        assert [e.record_id for e in first + second] == ["5", "4", "3", "2"]
        assert trail.parse_record("partnerships:3") == ("ascn_partnership", "3")
        with pytest.raises(trail.BadAuditFilter):
            trail.parse_record("nothing:3")
        assert trail.page(s, trail.Filter(since=date(2999, 1, 1))) == []
        assert trail.page(s, trail.Filter(actor="nobody")) == []
