"""The server checks a package against the registers' own rules before it keeps anything: a malformed value, an
unknown province, a name already used in the same province, two sides each valid but not together. A refused
package names register, record and field, and the database is as it was (rows and audit trail)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli.main import main
from app.models import AuditEntry, Base
from app.sync import apply, package
from app.sync.identity import SyncError
from tests.sync.helpers import create, edit, load, take


@pytest.fixture
def server(db, make_record):
    make_record("cities", 1)
    make_record("zones", 1)
    make_record("partnerships", 1)
    return db


def _counts(db) -> dict[str, int]:
    with db.session() as s:
        counts = {t.name: s.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}
        counts["audit_max"] = s.scalar(select(func.max(AuditEntry.id))) or 0
        return counts


def _hand_edit(path: Path, table: str, name: str, value) -> None:
    """The package as someone edited it by hand: one field of one change set to ``value`` (checksum renewed)."""
    made = package.read(path)
    change = next(c for c in made.changes if c.table == table and name in c.fields)
    change.fields[name] = [change.fields[name][0], value] if change.op == "update" else value
    package.write(made, path)


def _refused(server, path: Path, *needles: str) -> SyncError:
    before = _counts(server)
    with pytest.raises(SyncError) as caught:
        apply.import_package(server, path)
    for needle in needles:
        assert needle in caught.value.message("th")
    assert _counts(server) == before
    return caught.value


def test_malformed_date_refused_naming_register_record_and_field(server, tmp_path):
    laptop = take(server, tmp_path, "one")
    edit(laptop, "zones", 1, declared_on=date(2021, 1, 5), progress_notes="จากเครื่อง")
    path = tmp_path / "changes.zip"
    package.export_changes(laptop, path)
    _hand_edit(path, "promotion_zone", "declared_on", "2021-13-45")
    error = _refused(server, path, "เขตส่งเสริมเมืองอัจฉริยะ รายการ 1 ช่อง วันที่ประกาศ: วันที่ไม่ถูกต้อง")
    assert "Promotion zones record 1, field" in error.message("en")
    assert load(server, "zones", 1)["progress_notes"] == "กำลังจัดทำข้อเสนอ"


def test_unknown_province_refused(server, tmp_path):
    laptop = take(server, tmp_path, "one")
    edit(laptop, "zones", 1, province="TH-50")
    path = tmp_path / "changes.zip"
    package.export_changes(laptop, path)
    _hand_edit(path, "promotion_zone", "province", "TH-99")
    error = _refused(server, path, "รายการ 1 ช่อง จังหวัด: ไม่พบจังหวัดนี้")
    assert "Unknown province" in error.message("en")


def test_unknown_province_of_a_city_refused(server, tmp_path):
    laptop = take(server, tmp_path, "one")
    create(laptop, "cities", {**_city("เมืองใหม่นอกสถานที่")})
    path = tmp_path / "changes.zip"
    package.export_changes(laptop, path)
    made = package.read(path)
    row = next(c for c in made.changes if c.table == "city_province")
    row.fields["province_code"] = "TH-99"
    package.write(made, path)
    _refused(server, path, "ไม่พบรหัส TH-99")


def _city(name: str) -> dict:
    from tests.conftest import valid_values

    return valid_values("cities", 9, name_th=name)


def test_duplicate_city_name_in_the_same_province_refused(server, tmp_path):
    laptop = take(server, tmp_path, "one")
    create(laptop, "cities", _city("เมืองซ้ำ"))  # made on both sides while apart: each valid alone
    create(server, "cities", _city("เมืองซ้ำ"))
    path = tmp_path / "changes.zip"
    package.export_changes(laptop, path)
    error = _refused(server, path, "พื้นที่เมืองอัจฉริยะ รายการ ใหม่ (เมืองซ้ำ)", "มีชื่อนี้ในจังหวัดเดียวกันอยู่แล้ว")
    assert "A record with this name already exists in the same province" in error.message("en")


def test_merged_record_breaking_a_rule_refused(server, tmp_path):
    """The laptop moves the start later, the server the end earlier: each valid, together the end is first."""
    laptop = take(server, tmp_path, "one")
    edit(laptop, "partnerships", 1, start_on=date(2024, 6, 1))
    edit(server, "partnerships", 1, end_on=date(2023, 1, 1))
    path = tmp_path / "changes.zip"
    package.export_changes(laptop, path)
    _refused(server, path, "ความร่วมมือ ASCN รายการ 1 ช่อง วันที่สิ้นสุด: วันที่สิ้นสุดต้องไม่ก่อนวันที่เริ่ม")
    assert load(server, "partnerships", 1)["start_on"] == date(2022, 1, 1)


def test_valid_package_still_applies(server, tmp_path):
    laptop = take(server, tmp_path, "one")
    create(laptop, "cities", _city("เมืองใหม่นอกสถานที่"))
    edit(laptop, "zones", 1, province="TH-50")
    path = tmp_path / "changes.zip"
    package.export_changes(laptop, path)
    assert apply.import_package(server, path).clean
    assert load(server, "zones", 1)["province"] == "TH-50"


def test_cli_refuses_with_the_message_and_exits_non_zero(server, db_target, tmp_path, capsys):
    laptop = take(server, tmp_path, "one")
    edit(laptop, "zones", 1, province="TH-50")
    path = tmp_path / "changes.zip"
    package.export_changes(laptop, path)
    _hand_edit(path, "promotion_zone", "province", "TH-99")
    before = _counts(server)
    assert main(["--db", db_target, "sync", "import", str(path)]) != 0
    assert "รายการ 1 ช่อง จังหวัด: ไม่พบจังหวัดนี้" in capsys.readouterr().err
    assert main(["--lang", "en", "--db", db_target, "sync", "import", str(path)]) != 0
    assert "Promotion zones record 1, field Province: Unknown province" in capsys.readouterr().err
    assert _counts(server) == before
