"""Table rows for the register views (Core selects) and how values read in a cell."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.registers import records
from app.registers.catalog import REGISTERS
from app.registers.display import display
from app.registers.tables import emblem_state, load_table

CITIES = REGISTERS["cities"]
TODAY = date(2024, 6, 1)


def load_table_for(db, reg):
    with db.session() as s:
        return load_table(s, reg, today=TODAY)


@pytest.mark.parametrize("valid_until, state", [
    (None, "none"),
    (TODAY - timedelta(days=1), "expired"),
    (TODAY, "expiring"),
    (TODAY + timedelta(days=90), "expiring"),
    (TODAY + timedelta(days=91), "valid"),
])
def test_emblem_state(valid_until, state):
    assert emblem_state(valid_until, TODAY) == state


@pytest.mark.parametrize("key", list(REGISTERS))
def test_table_rows_match_what_load_returns(db, make_record, key):
    reg = REGISTERS[key]
    refs = {"city_id": make_record("cities", 9).id} if key in ("zones", "ambassadors") else {}
    first = make_record(key, 1, **refs)
    second = make_record(key, 2)
    table = load_table_for(db, reg)
    rows = {table.ids[i]: i for i in range(len(table))}
    for saved in (first, second):
        row = rows[saved.id]
        assert table.versions[row] == saved.version
        values = table.row_values(row)
        assert {name: values[name] for name in saved.values} == saved.values
    if key in ("zones", "ambassadors"):
        assert table.ref_labels["cities"][refs["city_id"]] == "เมืองทดสอบ 9"


def test_city_table_has_lists_and_emblem_state(db, make_record):
    valid = make_record("cities", 1, emblem_valid_until=date(2024, 8, 1))
    none = make_record("cities", 2, emblem_issued_on=None, emblem_valid_until=None, provinces=["TH-83"],
                       dimensions=[])
    table = load_table_for(db, CITIES)
    row = table.ids.index(valid.id)
    assert table.columns["provinces"][row] == ["TH-10", "TH-50"]
    assert table.columns["dimensions"][row] == ["ENV", "GOV"]
    assert table.columns["emblem_state"][row] == "expiring"
    row = table.ids.index(none.id)
    assert table.columns["dimensions"][row] == []
    assert table.columns["emblem_state"][row] == "none"


def test_table_sees_updates(db, make_record):
    saved = make_record("cities")
    with db.session() as s:
        records.update(s, CITIES, saved.id, {**saved.values, "provinces": ["TH-83"]}, saved.version)
    table = load_table_for(db, CITIES)
    assert table.columns["provinces"] == [["TH-83"]]
    assert table.versions == [saved.version + 1]


@pytest.mark.parametrize("key, name, value, th, en", [
    ("cities", "certified_on", date(2021, 11, 5), "5 พ.ย. 2564", "5 Nov 2021"),
    ("cities", "city_type", "new", "เมืองใหม่ทันสมัย", "New City"),
    ("cities", "provinces", ["TH-10", "TH-50"], "กรุงเทพมหานคร, เชียงใหม่", "Bangkok, Chiang Mai"),
    ("cities", "area_km2", 1234.5, "1,234.50", "1,234.50"),
    ("cities", "notes", "บรรทัด 1\nบรรทัด 2", "บรรทัด 1 บรรทัด 2", "บรรทัด 1 บรรทัด 2"),
    ("cities", "name_th", None, "", ""),
    ("cities", "provinces", [], "", ""),
    ("zones", "province", "TH-40", "ขอนแก่น", "Khon Kaen"),
    ("zones", "status", "unknown-code", "unknown-code", "unknown-code"),
    ("partnerships", "focus_areas", ["civic", "health"], "พลเมืองและสังคม, สุขภาพและความเป็นอยู่",
     "Civic and social, Health and well-being"),
    ("ambassadors", "cohort", 2, "2", "2"),
])
def test_display(key, name, value, th, en):
    f = REGISTERS[key].field(name)
    assert display(f, value, "th") == th
    assert display(f, value, "en") == en


def test_display_of_references_and_dimensions():
    zone_city = REGISTERS["zones"].field("city_id")
    assert display(zone_city, 3, refs={3: "ขอนแก่นเมืองอัจฉริยะ"}) == "ขอนแก่นเมืองอัจฉริยะ"
    assert display(zone_city, 4, refs={}) == "#4"
    dims = CITIES.field("dimensions")
    assert display(dims, ["ENV"], "en") == "Smart Environment"
    assert display(dims, ["ENV"], "th") == "สิ่งแวดล้อมอัจฉริยะ"


@pytest.mark.parametrize("key", list(REGISTERS))
def test_the_link_tables_found_by_their_keys_are_the_relationships_own(key):
    """``links`` reads a register's province and dimension lists without the ORM's mappers: by the link table's
    foreign keys. It must name the same table and columns as the model's relationship."""
    from sqlalchemy.orm import configure_mappers

    from app.models import Kind
    from app.registers.tables import links

    configure_mappers()
    reg = REGISTERS[key]
    expected = {}
    for f in reg.stored_fields:
        if f.kind in (Kind.PROVINCES, Kind.DIMENSIONS):
            prop = getattr(reg.model, "province_rows" if f.kind is Kind.PROVINCES else "dimension_rows").property
            ((_, owner),), ((_, code),) = prop.synchronize_pairs, prop.secondary_synchronize_pairs
            expected[f.name] = (prop.secondary, owner, code)
    assert links(reg) == expected
    assert bool(expected) is (key in ("cities", "plan"))
