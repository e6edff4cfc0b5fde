"""Users and roles on the real PostgreSQL server: each person's own login role, what each role may do enforced by
the server (a viewer's UPDATE is refused by the server, not by a hidden button). Role names are cluster-wide:
every test uses unique names and removes its roles."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from app.access import roles, users
from app.certificates import certificates
from app.cli.main import main
from app.core import migrate
from app.core.db import Database
from app.core.errors import UserError
from app.meetings import meetings
from app.registers import records
from app.registers.catalog import REGISTERS
from tests.certificates.certificate_builders import save_settings
from tests.conftest import valid_values
from tests.meetings.meeting_builders import committee, meeting

pytestmark = pytest.mark.postgresql


@pytest.fixture
def server(pg_url):
    """An installed database on the server (owned by the test's admin connection) and a maker of people."""
    admin = Database(pg_url)
    migrate.upgrade(admin)
    made: list[str] = []
    opened: list[Database] = []

    def person(role: str, password: str | None = None) -> Database:
        name = f"u{uuid.uuid4().hex[:12]}_{role}"
        users.add(admin, name, role, password)
        made.append(name)
        db = Database(make_url(pg_url).set(username=name).render_as_string(hide_password=False))
        opened.append(db)
        return db

    yield admin, person
    for db in opened:
        db.dispose()
    with admin.engine.begin() as conn:
        for name in made:
            conn.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
        roles.drop_groups(conn)
    admin.dispose()


def whoami(db) -> str:
    return make_url(db.url).username


def test_each_role_may_do_its_part_and_the_server_refuses_the_rest(server):
    admin, person = server
    with admin.session() as s:
        city = records.create(s, REGISTERS["cities"], valid_values("cities"))
    save_settings(admin)
    viewer, clerk, secretary = person("viewer"), person("clerk"), person("secretary")
    assert [users.current_role(d) for d in (viewer, clerk, secretary, admin)] == [
        "viewer", "clerk", "secretary", "admin"]
    with viewer.session() as s:  # a viewer reads
        assert records.load(s, REGISTERS["cities"], city.id).values["name_th"] == "เมืองทดสอบ 1"
    with pytest.raises(DBAPIError, match="permission denied"), viewer.engine.begin() as conn:
        conn.execute(text("UPDATE city SET name_en = 'x' WHERE id = :i"), {"i": city.id})
    with pytest.raises(UserError), viewer.session() as s:  # the same through the application's service
        records.update(s, REGISTERS["cities"], city.id, {**city.values, "name_en": "x"}, city.version)
    with clerk.session() as s:  # a clerk edits registers and prepares meetings
        saved = records.update(s, REGISTERS["cities"], city.id, {**city.values, "name_en": "Clerk"}, city.version)
        m = meeting(s, committee(s), date(2021, 11, 5))
        meeting_id, version = m.id, m.version
    with pytest.raises(DBAPIError, match="permission denied"), clerk.engine.begin() as conn:
        conn.execute(text("INSERT INTO certificate_counter (year_be, last_run) VALUES (2599, 1)"))
    with pytest.raises((DBAPIError, UserError)), clerk.session() as s:  # certify minutes: the row policy refuses
        s.execute(text("UPDATE meeting SET state = 'certified' WHERE id = :i"), {"i": meeting_id})
    with pytest.raises(DBAPIError), clerk.engine.begin() as conn:  # settings are the admin's
        conn.execute(text("INSERT INTO app_setting (key, value, updated_at) VALUES ('ui.x', '1', now())"))
    with secretary.session() as s:  # a secretary issues certificates and certifies minutes
        [cert] = certificates.issue(s, [city.id], issue_date=date(2021, 12, 24))
        meetings.set_state(s, meeting_id, "checked", version)
        assert cert.signed_qr.startswith("SCTH2|")
    with admin.session() as s:
        who = dict(s.execute(text("SELECT table_name, actor FROM audit_log WHERE table_name IN "
                                  "('certificate', 'meeting') ORDER BY id")).all())
    assert who == {"meeting": whoami(secretary), "certificate": whoami(secretary)}
    del saved


@pytest.mark.parametrize("statement", ["UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log",
                                       "TRUNCATE audit_log CASCADE"])
def test_no_role_can_alter_the_trail(server, statement):
    admin, person = server
    with admin.session() as s:
        records.create(s, REGISTERS["zones"], valid_values("zones"))
    for db in (person("viewer"), person("secretary"), person("admin"), admin):
        with pytest.raises(DBAPIError), db.engine.begin() as conn:
            conn.execute(text(statement))
    with admin.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar() >= 1


def test_users_list_remove_and_passwords(server, capsys):
    admin, person = server
    viewer = person("viewer", password="a good long secret")
    name = whoami(viewer)
    with admin.engine.connect() as conn:
        stored = conn.execute(text("SELECT rolpassword FROM pg_authid WHERE rolname = :n"), {"n": name}).scalar()
    assert stored.startswith("SCRAM-SHA-256$") and "a good long secret" not in stored
    assert (name, "viewer") in {(u.name, u.role) for u in users.users(admin)}
    capsys.readouterr()
    assert main(["--db", admin.url, "users", "list"]) == 0
    assert f"{name}\tviewer" in capsys.readouterr().out
    with pytest.raises(users.UsersError):
        users.add(admin, name, "clerk")  # taken
    with pytest.raises(users.UsersError):
        users.add(admin, "Bad Name;", "clerk")
    with pytest.raises(users.UsersError):
        users.remove(admin, "postgres")  # not one of ours: never dropped
    viewer.dispose()
    assert main(["--db", admin.url, "users", "remove", name]) == 0
    assert name not in {u.name for u in users.users(admin)}
    with pytest.raises(users.UsersError):  # a viewer cannot make users
        users.add(person("viewer"), f"u{uuid.uuid4().hex[:12]}", "admin")


def test_sslmode_in_the_url(server):
    admin, _person = server
    plain = Database(make_url(admin.url).update_query_dict({"sslmode": "disable"}).render_as_string(False))
    plain.check()
    plain.dispose()
    required = Database(make_url(admin.url).update_query_dict({"sslmode": "require"}).render_as_string(False))
    with pytest.raises(UserError):  # this test server has no TLS: refused, not silently in clear
        required.check()
    required.dispose()


def test_sqlite_has_no_users_of_its_own(tmp_path, capsys):
    path = str(tmp_path / "a.sqlite")
    assert main(["--create", "--db", path, "users", "list"]) == 1
    assert "ระบบปฏิบัติการ" in capsys.readouterr().err
