"""Two laptops and a server, on SQLite and on PostgreSQL: checkout, change packages, conflicts and their choices."""

from __future__ import annotations

import zipfile
from datetime import date

import pytest
from sqlalchemy import func, select

from app.models import AuditEntry, Certificate, Setting
from app.sync import apply, checkout, identity, package
from app.sync.identity import SyncError
from tests.sync.helpers import audit_count, create, edit, load, remove, send, take


@pytest.fixture
def server(db, make_record):
    make_record("cities", 1)
    make_record("zones", 1)
    make_record("ambassadors", 1)
    return db


def test_checkout_copies_and_marks(server, tmp_path):
    laptop = take(server, tmp_path, "laptop")
    with laptop.session() as s:
        mark = identity.checkout_of(s)
        assert mark.server == identity.server_identity(s, create=False)
        assert s.get(Setting, "certificates.secret") is None
    with server.session() as s:
        assert mark.base == identity.position(s)
        assert identity.checkout_of(s) is None
    assert load(laptop, "cities", 1)["name_th"] == "เมืองทดสอบ 1"
    assert audit_count(laptop) == 0  # the copy's trail starts empty: its changes are what follows
    with pytest.raises(SyncError):
        checkout.checkout(server, tmp_path / "laptop.sqlite")


def test_different_fields_merge(server, tmp_path):
    one, two = take(server, tmp_path, "one"), take(server, tmp_path, "two")
    edit(one, "cities", 1, name_en="From laptop one")
    edit(two, "cities", 1, notes="จากเครื่องที่สอง")
    edit(server, "cities", 1, website="https://example.org/server")
    assert send(one, server, tmp_path, name="one.zip").clean
    assert send(two, server, tmp_path, name="two.zip").clean
    city = load(server, "cities", 1)
    assert (city["name_en"], city["notes"], city["website"]) == (
        "From laptop one", "จากเครื่องที่สอง", "https://example.org/server")


@pytest.mark.parametrize("choice", ["laptop", "server"])
def test_same_field_conflicts_and_choice_wins(server, tmp_path, choice):
    one, two = take(server, tmp_path, "one"), take(server, tmp_path, "two")
    edit(one, "cities", 1, name_en="Laptop one")
    edit(two, "cities", 1, name_en="Laptop two", notes="โน้ต")
    assert send(one, server, tmp_path, name="one.zip").clean
    before = audit_count(server)
    report = send(two, server, tmp_path, name="two.zip")
    assert [c.key for c in report.conflicts] == ["cities:1:name_en"]
    assert (report.conflicts[0].server_value, report.conflicts[0].laptop_value) == ("Laptop one", "Laptop two")
    assert audit_count(server) == before and load(server, "cities", 1)["notes"] == "บรรทัดแรก\nบรรทัดที่สอง"
    report = apply.import_package(server, tmp_path / "two.zip", {"cities:1:name_en": choice})
    assert report.clean
    city = load(server, "cities", 1)
    assert city["name_en"] == ("Laptop two" if choice == "laptop" else "Laptop one")
    assert city["notes"] == "โน้ต"


def test_delete_against_edit(server, tmp_path):
    one, two = take(server, tmp_path, "one"), take(server, tmp_path, "two")
    remove(one, "ambassadors", 1)
    edit(two, "ambassadors", 1, organisation="องค์กรใหม่")
    assert send(one, server, tmp_path, name="one.zip").clean
    report = send(two, server, tmp_path, name="two.zip")
    assert [c.key for c in report.conflicts] == ["ambassadors:1:*"]
    report = apply.import_package(server, tmp_path / "two.zip", {"ambassadors:1:*": "laptop"})
    assert report.clean
    person = load(server, "ambassadors", 1)
    assert person["organisation"] == "องค์กรใหม่" and person["full_name"] == "นางสาวทดสอบ ที่1"


def test_laptop_delete_against_server_edit(server, tmp_path):
    one = take(server, tmp_path, "one")
    remove(one, "zones", 1)
    edit(server, "zones", 1, progress_notes="แก้ที่สำนักงาน")
    report = send(one, server, tmp_path)
    assert [c.key for c in report.conflicts] == ["zones:1:*"]
    assert apply.import_package(server, tmp_path / "changes.zip", {"zones:1:*": "server"}).clean
    assert load(server, "zones", 1)["progress_notes"] == "แก้ที่สำนักงาน"


def test_new_records_get_server_ids_and_references_follow(server, tmp_path, valid):
    one = take(server, tmp_path, "one")
    zone = create(one, "zones", valid("zones", 7))
    person = create(one, "ambassadors", valid("ambassadors", 7, zone_id=zone))
    taken = create(server, "zones", valid("zones", 8))  # the server takes the laptop's number meanwhile
    assert taken == zone
    report = send(one, server, tmp_path)
    assert report.clean and report.new_records >= 2
    with server.session() as s:
        from app.models import Ambassador, PromotionZone

        new_person = s.scalars(select(Ambassador).where(Ambassador.full_name == "นางสาวทดสอบ ที่7")).one()
        new_zone = s.scalars(select(PromotionZone).where(PromotionZone.name == "เขตส่งเสริมทดสอบ 7")).one()
        assert new_zone.id != zone and new_person.zone_id == new_zone.id and person


def test_same_package_twice_changes_nothing(server, tmp_path):
    one = take(server, tmp_path, "one")
    edit(one, "cities", 1, name_en="Once")
    assert send(one, server, tmp_path).clean
    before = audit_count(server)
    again = apply.import_package(server, tmp_path / "changes.zip")
    assert again.already and audit_count(server) == before


def test_base_older_than_retention_refused(server, tmp_path):
    one = take(server, tmp_path, "one")
    edit(one, "cities", 1, name_en="Late")
    edit(server, "zones", 1, progress_notes="ต่อมา")
    with server.session() as s:
        s.add(Setting(key=identity.RETAINED_KEY, value=str(identity.position(s))))
    before = audit_count(server)
    package.export_changes(one, tmp_path / "late.zip")
    with pytest.raises(SyncError, match="นานเกินกว่า"):
        apply.import_package(server, tmp_path / "late.zip")
    assert audit_count(server) == before and load(server, "cities", 1)["name_en"] == "Test City 1"


def test_corrupt_and_foreign_packages_refused(server, tmp_path, db_target, backend):
    one = take(server, tmp_path, "one")
    edit(one, "cities", 1, name_en="Corrupt")
    made = package.export_changes(one, tmp_path / "good.zip")
    before = audit_count(server)
    damaged = tmp_path / "damaged.zip"
    with zipfile.ZipFile(tmp_path / "good.zip") as z, zipfile.ZipFile(damaged, "w") as out:
        out.writestr(package.DOCUMENT, z.read(package.DOCUMENT).replace(b"Corrupt", b"Corrupx"))
        out.writestr(package.CHECKSUM, z.read(package.CHECKSUM))
    (tmp_path / "junk.zip").write_bytes(b"not a zip at all")
    for bad in ("damaged.zip", "junk.zip"):
        with pytest.raises(SyncError, match="ไม่ใช่ชุดการเปลี่ยนแปลงที่ใช้ได้"):
            apply.import_package(server, tmp_path / bad)
    made.server = "00000000-0000-0000-0000-000000000000"
    package.write(made, tmp_path / "foreign.zip")
    with pytest.raises(SyncError, match="ฐานข้อมูลอื่น"):
        apply.import_package(server, tmp_path / "foreign.zip")
    assert audit_count(server) == before and load(server, "cities", 1)["name_en"] == "Test City 1"


def test_certificate_prepared_offline_numbered_by_server(server, tmp_path):
    from app.certificates import certificates

    one = take(server, tmp_path, "one")
    with one.session() as s:
        prepared = certificates.issue(s, [1], issue_date=date(2025, 1, 10))[0]
        assert prepared.number.startswith("ร่าง-") and prepared.signed_qr is None
    with server.session() as s:
        first = certificates.issue(s, [1], issue_date=date(2025, 1, 5))[0].number
        certificates.revoke(s, s.scalars(select(Certificate)).one().id, reason="ทดสอบ")
    report = send(one, server, tmp_path)  # both sides carried their certificate to the city's emblem dates
    assert {c.key.rsplit(":", 1)[0] for c in report.conflicts} == {"cities:1"}
    report = apply.import_package(server, tmp_path / "changes.zip", {c.key: "server" for c in report.conflicts})
    assert report.clean and len(report.numbers) == 1
    with server.session() as s:
        numbers = sorted(s.scalars(select(Certificate.number)))
    assert len(set(numbers)) == 2 and first in numbers and report.numbers[0] in numbers
    assert not any(n.startswith("ร่าง-") for n in numbers)


def test_refresh_keeps_old_copy_aside(server, tmp_path):
    one = take(server, tmp_path, "one")
    edit(one, "cities", 1, name_en="Before refresh")
    one.dispose()
    with pytest.raises(SyncError, match="ยังไม่ได้รับ"):
        checkout.refresh(server, tmp_path / "one.sqlite")
    send(one, server, tmp_path)
    one.dispose()
    edit(server, "zones", 1, progress_notes="หลังส่ง")
    report, aside = checkout.refresh(server, tmp_path / "one.sqlite")
    assert aside.exists() and report.path.exists()
    from app.core.db import Database

    fresh = Database(report.path)
    assert load(fresh, "zones", 1)["progress_notes"] == "หลังส่ง"
    assert audit_count(fresh) == 0
    fresh.dispose()


def _zone_named(db, name):
    from app.models import PromotionZone

    with db.session() as s:
        return s.scalars(select(PromotionZone).where(PromotionZone.name == name)).all()


def test_package_after_package_from_one_copy(server, tmp_path, valid):
    """A laptop that never reaches the server e-mails package after package: records made offline come in once,
    and later packages edit, refer to and delete them by their server ids."""
    from app.models import Ambassador

    one = take(server, tmp_path, "one")
    zone = create(one, "zones", valid("zones", 9))
    edit(one, "cities", 1, name_en="First week")
    assert create(server, "zones", valid("zones", 8)) == zone  # the server takes the laptop's number meanwhile
    assert send(one, server, tmp_path, name="first.zip").clean
    [made] = _zone_named(server, "เขตส่งเสริมทดสอบ 9")
    assert made.id != zone
    edit(one, "zones", zone, progress_notes="สัปดาห์ที่สอง")
    person = create(one, "ambassadors", valid("ambassadors", 9, zone_id=zone))
    edit(one, "cities", 1, notes="สัปดาห์ที่สอง")
    second = send(one, server, tmp_path, name="second.zip")
    assert second.clean and second.new_records == 1 and second.written == 3
    [made] = _zone_named(server, "เขตส่งเสริมทดสอบ 9")  # not twice
    assert made.progress_notes == "สัปดาห์ที่สอง"
    assert load(server, "zones", zone)["progress_notes"] != "สัปดาห์ที่สอง"  # the server's own record of that number
    assert load(server, "cities", 1)["notes"] == "สัปดาห์ที่สอง" and load(server, "cities", 1)["name_en"] == "First week"
    with server.session() as s:
        new_person = s.scalars(select(Ambassador).where(Ambassador.full_name == "นางสาวทดสอบ ที่9")).one()
        assert new_person.zone_id == made.id
    remove(one, "ambassadors", person)
    edit(one, "zones", zone, progress_notes="สัปดาห์ที่สาม")
    assert send(one, server, tmp_path, name="third.zip").clean
    with server.session() as s:
        assert s.get(Ambassador, new_person.id) is None
    assert _zone_named(server, "เขตส่งเสริมทดสอบ 9")[0].progress_notes == "สัปดาห์ที่สาม"
    before = audit_count(server)
    assert apply.import_package(server, tmp_path / "second.zip").already and audit_count(server) == before


def test_package_whose_predecessor_is_missing_refused(server, tmp_path, valid):
    one = take(server, tmp_path, "one")
    create(one, "zones", valid("zones", 9))
    first = package.export_changes(one, tmp_path / "first.zip")
    edit(one, "cities", 1, name_en="Second week")
    second = package.export_changes(one, tmp_path / "second.zip")
    assert (first.seq, second.seq, second.previous) == (1, 2, first.id)
    assert [c.table for c in second.changes] == ["city"]  # only what was made since the first
    before = audit_count(server)
    with pytest.raises(SyncError, match=f"ยังไม่ได้รับชุดการเปลี่ยนแปลงชุดที่ 1 ของสำเนานี้ \\(รหัสชุด {first.id}\\)"):
        apply.import_package(server, tmp_path / "second.zip")
    assert audit_count(server) == before
    assert apply.import_package(server, tmp_path / "first.zip").clean
    assert apply.import_package(server, tmp_path / "second.zip").clean
    assert load(server, "cities", 1)["name_en"] == "Second week"
    assert len(_zone_named(server, "เขตส่งเสริมทดสอบ 9")) == 1


def test_later_package_conflicts_count_from_the_previous_application(server, tmp_path):
    one = take(server, tmp_path, "one")
    edit(one, "cities", 1, name_en="Laptop A")
    edit(server, "cities", 1, name_en="Server A", notes="ที่สำนักงาน")
    report = send(one, server, tmp_path, name="first.zip")
    assert [c.key for c in report.conflicts] == ["cities:1:name_en"]
    assert apply.import_package(server, tmp_path / "first.zip", {"cities:1:name_en": "laptop"}).clean
    edit(one, "cities", 1, name_en="Laptop B", notes="จากเครื่อง")
    report = send(one, server, tmp_path, name="second.zip")  # name_en: settled at the first; notes: never seen
    assert [c.key for c in report.conflicts] == ["cities:1:notes"]
    assert apply.import_package(server, tmp_path / "second.zip", {"cities:1:notes": "server"}).clean
    assert (load(server, "cities", 1)["name_en"], load(server, "cities", 1)["notes"]) == ("Laptop B", "ที่สำนักงาน")
    edit(server, "cities", 1, name_en="Server C")  # after the second was applied: the laptop has not seen it
    edit(one, "cities", 1, name_en="Laptop C")
    report = send(one, server, tmp_path, name="third.zip")
    assert [c.key for c in report.conflicts] == ["cities:1:name_en"]


def test_change_committed_after_the_checkout_snapshot_is_a_server_change(server, tmp_path, backend):
    """A writer's audit id is handed out before the snapshot, its commit comes after: the copy lacks the change
    though its id is below the copy's base. The import must still count it as the server's."""
    if backend == "sqlite":
        pytest.skip("SQLite has one writer at a time: no id is handed out to a change a reader then misses")
    writer = server.engine.connect()
    writer.begin()
    writer.exec_driver_sql("UPDATE city SET name_en = 'Writer' WHERE id = 1")  # its audit id: a, not committed
    edit(server, "zones", 1, progress_notes="อีกคนหนึ่ง")  # committed, audit id above a: the copy's base
    laptop = take(server, tmp_path, "one")
    writer.commit()
    writer.close()
    assert load(laptop, "cities", 1)["name_en"] == "Test City 1"
    with laptop.session() as s:
        base = identity.checkout_of(s).base
    with server.session() as s:  # the writer's entry sits below the base
        assert s.scalar(select(func.max(AuditEntry.id)).where(AuditEntry.table_name == "city")) < base
    edit(laptop, "cities", 1, name_en="Laptop")
    report = send(laptop, server, tmp_path)
    assert [c.key for c in report.conflicts] == ["cities:1:name_en"]
    assert load(server, "cities", 1)["name_en"] == "Writer"


def test_change_committed_during_an_import_is_a_server_change_for_the_next_package(server, tmp_path, backend):
    """Another writer's audit id is handed out before the import, its commit comes while the import runs: the import
    cannot compare it though its id is below the import's recorded position. The copy's next package must."""
    import threading
    import time

    if backend == "sqlite":
        pytest.skip("SQLite has one writer at a time: no change commits while an import runs")
    laptop = take(server, tmp_path, "one")
    edit(laptop, "cities", 1, notes="จากเครื่อง ครั้งแรก")
    package.export_changes(laptop, tmp_path / "first.zip")
    writer = server.engine.connect()
    writer.begin()
    writer.exec_driver_sql("UPDATE city SET notes = 'อีกคนหนึ่ง' WHERE id = 1")  # its audit id: below the import's
    reports: list = []
    importing = threading.Thread(target=lambda: reports.append(apply.import_package(server, tmp_path / "first.zip")))
    importing.start()
    with server.engine.connect() as watch:  # the import waits for the writer's row
        for _ in range(200):
            if watch.exec_driver_sql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                     "AND datname = current_database()").scalar():
                break
            time.sleep(0.05)
    writer.commit()
    writer.close()
    importing.join(60)
    assert reports and reports[0].clean
    edit(laptop, "cities", 1, notes="จากเครื่อง ครั้งที่สอง")
    report = send(laptop, server, tmp_path, name="second.zip")
    assert [c.key for c in report.conflicts] == ["cities:1:notes"]
