"""Validation before anything is written: field checks, cross-field rules, duplicates, Thai messages."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.core.errors import ValidationFailed
from app.core.i18n_text import ENGLISH
from app.registers import records
from app.registers.catalog import REGISTERS
from app.registers.display import display

CITIES = REGISTERS["cities"]
ZONES = REGISTERS["zones"]
AMBASSADORS = REGISTERS["ambassadors"]
PARTNERSHIPS = REGISTERS["partnerships"]


def _count(db, reg) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(reg.model))


def refused(db, reg, values: dict) -> ValidationFailed:
    """Create must fail validation and leave the register as it was."""
    before = _count(db, reg)
    with db.session() as s, pytest.raises(ValidationFailed) as info:
        records.create(s, reg, values)
    assert _count(db, reg) == before
    return info.value


@pytest.mark.parametrize("key", list(REGISTERS))
def test_required_fields(db, key):
    reg = REGISTERS[key]
    error = refused(db, reg, {})
    required = {f.name for f in reg.stored_fields if f.required}
    assert set(error.errors) == required
    for name in required:
        label = reg.field(name).th
        assert error.errors[name][0] == "กรุณากรอก{label}"
        assert error.field_message(name, "th") == f"กรุณากรอก{label}"
        assert error.field_message(name, "en") == f"Please enter {reg.field(name).en.lower()}"
    assert error.message("th") == f"ข้อมูลไม่ครบถ้วนหรือไม่ถูกต้อง {len(required)} รายการ"
    assert error.message("en") == f"{len(required)} field(s) are missing or invalid"


@pytest.mark.parametrize("blank", ["", "  \n ", None])
def test_blank_values_count_as_missing(db, valid, blank):
    error = refused(db, CITIES, valid("cities", name_th=blank, developer=blank, provinces=[]))
    assert set(error.errors) == {"name_th", "provinces"}  # the developer may be unknown (issue 10)


@pytest.mark.parametrize("unknown", ["-", " – ", "—", "--", "ไม่ระบุ", "N/A"])
def test_a_dash_or_placeholder_is_never_stored(db, valid, unknown):
    with db.session() as s:
        saved = records.create(s, CITIES, valid("cities", developer=unknown, name_en=unknown, notes=unknown,
                                                  certified_on=unknown))
    assert (saved.values["developer"], saved.values["name_en"], saved.values["notes"]) == (None, None, None)
    assert saved.values["certified_on"] is None
    assert display(CITIES.field("developer"), saved.values["developer"]) == "ไม่ระบุ"
    assert display(CITIES.field("developer"), saved.values["developer"], "en") == "Not stated"
    assert display(CITIES.field("name_en"), saved.values["name_en"]) == ""


@pytest.mark.parametrize("key", list(REGISTERS))
def test_bad_dates(db, valid, key):
    reg = REGISTERS[key]
    date_fields = {f.name for f in reg.stored_fields if f.kind == "date"}
    for bad in ["31/2/2564", "ไม่ทราบเลย", "2564-13-01", "5 พฤศจิ 2564", "0/1/2564", "5/11"]:
        error = refused(db, reg, valid(key, **dict.fromkeys(date_fields, bad)))
        assert set(error.errors) == date_fields, bad
        for name in date_fields:
            assert error.field_message(name, "th") == "วันที่ไม่ถูกต้อง (พิมพ์เช่น 5/11/2564)"
            assert error.field_message(name, "en") == "Invalid date (type e.g. 5/11/2564)"


BAD_VALUES = [
    ("ambassadors", "email", "sca@example", "รูปแบบอีเมลไม่ถูกต้อง (เช่น name@example.com)"),
    ("ambassadors", "email", "two words@example.com", "รูปแบบอีเมลไม่ถูกต้อง (เช่น name@example.com)"),
    ("ambassadors", "phone", "โทร 02 123 4567", "หมายเลขโทรศัพท์ไม่ถูกต้อง (เช่น 02 123 4567)"),
    ("ambassadors", "phone", "1234", "หมายเลขโทรศัพท์ไม่ถูกต้อง (เช่น 02 123 4567)"),
    ("cities", "website", "www.example.org", "เว็บไซต์ต้องขึ้นต้นด้วย http:// หรือ https://"),
    ("cities", "website", "ftp://example.org", "เว็บไซต์ต้องขึ้นต้นด้วย http:// หรือ https://"),
    ("cities", "city_type", "metropolis", "ไม่มีตัวเลือกนี้"),
    ("cities", "developer_kind", "Company", "ไม่มีตัวเลือกนี้"),
    ("zones", "status", "approved", "ไม่มีตัวเลือกนี้"),
    ("ambassadors", "status", "ได้รับคัดเลือก", "ไม่มีตัวเลือกนี้"),  # the label is not the stored value
    ("partnerships", "focus_areas", ["civic", "space"], "ไม่มีตัวเลือกนี้"),
    ("partnerships", "province", "TH-99", "ไม่พบจังหวัดนี้"),
    ("cities", "provinces", ["TH-10", "Bangkok"], "ไม่พบจังหวัดนี้"),
    ("ambassadors", "cohort", "หนึ่ง", "ต้องเป็นจำนวนเต็ม"),
    ("zones", "batch", "2.5", "ต้องเป็นจำนวนเต็ม"),
    ("cities", "area_km2", "ยี่สิบ", "ต้องเป็นตัวเลข"),
]


@pytest.mark.parametrize("key, field, bad, template", [
    pytest.param(*case, id=f"{case[0]}.{case[1]}.{n}") for n, case in enumerate(BAD_VALUES)
])
def test_bad_values(db, valid, key, field, bad, template):
    error = refused(db, REGISTERS[key], valid(key, **{field: bad}))
    assert error.errors == {field: (template, {})}
    assert error.field_message(field, "th") == template
    assert error.field_message(field, "en") == ENGLISH[template]


@pytest.mark.parametrize("key, field, value, n", [("ambassadors", "cohort", 0, 1), ("zones", "batch", "-1", 1),
                                                 ("cities", "area_km2", -0.5, 0)])
def test_minimum(db, valid, key, field, value, n):
    error = refused(db, REGISTERS[key], valid(key, **{field: value}))
    assert error.errors == {field: ("ต้องไม่น้อยกว่า {n}", {"n": n})}
    assert error.field_message(field, "th") == f"ต้องไม่น้อยกว่า {n}"


def test_too_long(db, valid):
    error = refused(db, CITIES, valid("cities", name_th="ก" * 301))
    assert error.errors == {"name_th": ("ยาวเกิน {n} ตัวอักษร", {"n": 300})}
    assert error.field_message("name_th", "en") == "Longer than 300 characters"


def test_all_problems_are_reported_at_once(db, valid):
    values = valid("ambassadors", email="x", phone="x", consent_on="x", status="x", cohort="x")
    error = refused(db, AMBASSADORS, values)
    assert set(error.errors) == {"email", "phone", "consent_on", "status", "cohort"}
    assert error.message("th") == "ข้อมูลไม่ครบถ้วนหรือไม่ถูกต้อง 5 รายการ"


@pytest.mark.parametrize("value", ["name@example.com", "first.last+tag@sub.example.co.th", "ทดสอบ@ตัวอย่าง.ไทย"])
def test_good_emails(db, valid, value):
    with db.session() as s:
        assert records.create(s, AMBASSADORS, valid("ambassadors", email=value)).values["email"] == value


@pytest.mark.parametrize("value", ["02 123 4567", "081-234-5678", "+66 2 123 4567", "0812345678"])
def test_good_phones(db, valid, value):
    with db.session() as s:
        assert records.create(s, AMBASSADORS, valid("ambassadors", phone=value)).values["phone"] == value


def test_end_before_start(db, valid):
    error = refused(db, PARTNERSHIPS, valid("partnerships", start_on=date(2022, 1, 1), end_on=date(2021, 12, 31)))
    assert error.errors == {"end_on": ("วันที่สิ้นสุดต้องไม่ก่อนวันที่เริ่ม", {})}
    assert error.field_message("end_on", "en") == "The end date must not be before the start date"
    with db.session() as s:  # the same day is fine
        records.create(s, PARTNERSHIPS, valid("partnerships", start_on=date(2022, 1, 1), end_on="1/1/2565"))


def test_emblem_expiry_before_issue(db, valid):
    values = valid("cities", emblem_issued_on=date(2021, 12, 24), emblem_valid_until=date(2021, 12, 23))
    error = refused(db, CITIES, values)
    assert error.errors == {"emblem_valid_until": ("วันหมดอายุต้องไม่ก่อนวันที่ได้รับตราสัญลักษณ์", {})}


def test_certified_zone_needs_its_city(db, valid, make_record):
    error = refused(db, ZONES, valid("zones", status="certified", city_id=None))
    assert error.errors == {"city_id": ("เขตที่ได้รับการรับรองแล้วต้องระบุเมืองอัจฉริยะที่ได้รับรอง", {})}
    assert error.field_message("city_id", "en") == "A certified zone must name the city it became"
    city = make_record("cities")
    with db.session() as s:
        zone = records.create(s, ZONES, valid("zones", status="certified", city_id=str(city.id)))
    assert zone.values["city_id"] == city.id


@pytest.mark.parametrize("key, field", [("zones", "city_id"), ("ambassadors", "zone_id"), ("ambassadors", "city_id")])
def test_reference_to_a_missing_record(db, valid, key, field):
    error = refused(db, REGISTERS[key], valid(key, **{field: 999}))
    target = REGISTERS[REGISTERS[key].field(field).ref]
    assert list(error.errors) == [field] and error.errors[field][0] == "ไม่พบ{label}ที่เลือก"
    assert error.field_message(field, "th") == f"ไม่พบ{target.singular_th}ที่เลือก"
    assert error.field_message(field, "en") == f"The selected {target.singular_en} no longer exists"


@pytest.mark.parametrize("key", list(REGISTERS))
def test_duplicate_name_in_the_same_province(db, valid, key):
    reg = REGISTERS[key]
    with db.session() as s:
        records.create(s, reg, valid(key))
    values = valid(key)
    values[reg.title_field] = f"  {values[reg.title_field]} "  # differs only in spaces: still the same name
    error = refused(db, reg, values)
    assert error.errors == {reg.title_field: ("มีชื่อนี้ในจังหวัดเดียวกันอยู่แล้ว", {})}
    assert error.field_message(reg.title_field, "en") == "A record with this name already exists in the same province"

    other = valid(key, **{reg.province_field: ["TH-20"] if key == "cities" else "TH-20"})
    with db.session() as s:  # the same name in another province is allowed
        records.create(s, reg, other)
    assert _count(db, reg) == 2


def test_city_duplicate_when_any_province_overlaps(db, valid):
    with db.session() as s:
        records.create(s, CITIES, valid("cities", provinces=["TH-10", "TH-50"]))
    refused(db, CITIES, valid("cities", provinces=["TH-50", "TH-83"]))


def test_renaming_onto_an_existing_name_is_refused_and_saving_itself_is_not(db, make_record):
    first = make_record("zones", 1)
    second = make_record("zones", 2)
    with db.session() as s:  # saving a record unchanged is not a duplicate of itself
        records.update(s, ZONES, first.id, first.values, first.version)
    with db.session() as s, pytest.raises(ValidationFailed) as info:
        records.update(s, ZONES, second.id, {**second.values, "name": first.values["name"]}, second.version)
    assert set(info.value.errors) == {"name"}
    with db.session() as s:
        assert records.load(s, ZONES, second.id) == second


def test_failed_update_writes_nothing(db, make_record):
    saved = make_record("cities")
    bad = {**saved.values, "developer": "ผู้พัฒนาใหม่", "provinces": ["TH-83"], "website": "example.org"}
    with db.session() as s, pytest.raises(ValidationFailed):
        records.update(s, CITIES, saved.id, bad, saved.version)
    with db.session() as s:
        assert records.load(s, CITIES, saved.id) == saved


def test_values_are_normalised(db, valid):
    values = valid("ambassadors", full_name="  นาย   ทดสอบ \t ระบบ ", cohort="๒", consent_on="๕ พฤศจิกายน ๒๕๖๔",
                   email=" sca@example.com ", organisation="", notes="  บรรทัด 1\n  บรรทัด 2  ")
    with db.session() as s:
        saved = records.create(s, AMBASSADORS, values)
    assert saved.values["full_name"] == "นาย ทดสอบ ระบบ"
    assert saved.values["cohort"] == 2
    assert saved.values["consent_on"] == date(2021, 11, 5)
    assert saved.values["email"] == "sca@example.com"
    assert saved.values["organisation"] is None
    assert saved.values["notes"] == "บรรทัด 1\n  บรรทัด 2"


def test_list_values_from_text(db, valid):
    values = valid("partnerships", focus_areas="safety; civic,safety")
    with db.session() as s:
        saved = records.create(s, PARTNERSHIPS, values)
    assert saved.values["focus_areas"] == ["civic", "safety"]
