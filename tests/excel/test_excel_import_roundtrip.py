"""Round trip: records → export → import into an empty database → the same records (hypothesis-generated)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from app.core import migrate
from app.core.db import Database
from app.excel import export as excel_export
from app.excel.imports.importer import apply_plan, read_plan
from app.models.city import city_dimension, city_province
from app.registers import records
from app.registers.catalog import REGISTERS
from app.registers.reference import load_dimensions, load_provinces
from tests.conftest import fill_sample_and_test_rows

THAI = "กขคงจฉชซญฎฐณดตถทนบปผพฟภมยรลวศษสหฬอฮ"
MARKS = "ะัาำิีึืุูเแโใไๅ็่้๊๋์ํ"  # vowels (leading ones too), tone marks, thanthakhat
ALPHABET = THAI + MARKS + "abcXYZ0123456789 -=+@'\"/().,ฯๆ๐๑๙"
CODES = [row["code"] for row in load_provinces()]
DIMENSION_CODES = [row["code"] for row in load_dimensions()]
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def text(min_size=0, max_size=40, lines=False):
    alphabet = ALPHABET + ("\n" if lines else "")
    return st.text(alphabet, min_size=min_size, max_size=max_size)


def optional(strategy):
    return st.one_of(st.none(), strategy)


def name():
    return st.builds(lambda head, tail: head + tail, st.sampled_from(THAI), text(0, 60))


def choice(field):
    return st.sampled_from([c.value for c in field.choices])


# a date cell whose year is above 2400 is read as a B.E. year typed into a date (issue 10): C.E. dates stay below it
dates = st.dates(min_value=date(1800, 1, 1), max_value=date(2400, 12, 31))
areas = st.floats(min_value=0, max_value=1e9, allow_nan=False).map(lambda x: round(x, 2))


@st.composite
def city(draw):
    f = REGISTERS["cities"].field
    issued = draw(optional(st.dates(min_value=date(1800, 1, 1), max_value=date(2390, 1, 1))))
    valid = None if issued is None else draw(optional(st.integers(0, 3000).map(lambda d: issued + timedelta(d))))
    return {
        "name_th": draw(name()), "name_en": draw(optional(text())),
        "provinces": draw(st.lists(st.sampled_from(CODES), min_size=1, max_size=3, unique=True)),
        "developer": draw(optional(name())), "developer_kind": draw(optional(choice(f("developer_kind")))),
        "city_type": draw(optional(choice(f("city_type")))),
        "dimensions": draw(st.lists(st.sampled_from(DIMENSION_CODES), max_size=7, unique=True)),
        "certified_on": draw(optional(dates)), "approved_by": draw(optional(text())),
        "approved_meeting": draw(optional(text())), "emblem_issued_on": issued, "emblem_valid_until": valid,
        "boi_area": draw(optional(choice(f("boi_area")))), "boi_system": draw(optional(choice(f("boi_system")))),
        "area_km2": draw(optional(areas)),
        "website": draw(optional(st.from_regex(r"https://[a-z]{1,10}\.example\.org/[a-z0-9]{0,8}", fullmatch=True))),
        "notes": draw(optional(text(0, 80, lines=True))),
    }


@st.composite
def partnership(draw):
    f = REGISTERS["partnerships"].field
    start = draw(optional(dates.filter(lambda d: d.year < 2386)))
    end = None if start is None else draw(optional(st.integers(0, 5000).map(lambda d: start + timedelta(d))))
    kind = draw(choice(f("partner_kind")))
    return {
        "partner": draw(name()), "partner_kind": kind,
        "partner_country": draw(name() if kind == "city" else optional(name())),
        "province": draw(optional(st.sampled_from(CODES))),
        "kind": draw(choice(f("kind"))),
        "focus_areas": draw(st.lists(choice(f("focus_areas")), max_size=6, unique=True)),
        "lead_agency": draw(optional(text())), "start_on": start, "end_on": end,
        "status": draw(choice(f("status"))), "notes": draw(optional(text(0, 80, lines=True))),
    }


def unique_key(values: dict, key: str) -> str:
    reg = REGISTERS[key]
    return " ".join(str(values[reg.title_field]).split()).casefold()


def reset(db: Database) -> None:
    with db.session() as s:
        for table in (city_province, city_dimension):
            s.execute(delete(table))
        for key in ("ambassadors", "zones", "partnerships", "cities"):
            s.execute(delete(REGISTERS[key].model))


def stored(db: Database, key: str) -> list[dict]:
    reg = REGISTERS[key]
    with db.session() as s:
        rows = [records.values_of(obj, reg) for obj in s.query(reg.model)]
    return sorted(rows, key=lambda v: (v[reg.title_field], str(v[reg.province_field])))


def round_trip(db: Database, other: Database, key: str, generated: list[dict], tmp_path) -> None:
    reset(db)
    reset(other)
    with db.session() as s:
        for values in generated:
            records.create(s, REGISTERS[key], values)
    with db.session() as s:
        path = excel_export.export_register(s, key, tmp_path / f"{key}.xlsx", include_personal=True)
    with other.session() as s:
        plan = read_plan(s, key, path)
        assert plan.all_problems == [] and [r.action for r in plan.rows] == ["add"] * len(generated)
        apply_plan(s, plan)
    assert stored(other, key) == stored(db, key)


def second_database(path) -> Database:
    """Another empty database (a SQLite file; the first one is on each backend), migrated once per test."""
    exists = path.exists()
    other = Database(path)
    if not exists:
        migrate.upgrade(other)
    return other


@SETTINGS
@given(st.lists(city(), min_size=1, max_size=5, unique_by=lambda v: unique_key(v, "cities")))
def test_cities_round_trip(db, tmp_path, generated):
    other = second_database(tmp_path / "other.sqlite")
    try:
        round_trip(db, other, "cities", generated, tmp_path)
    finally:
        other.dispose()


@SETTINGS
@given(st.lists(partnership(), min_size=1, max_size=5, unique_by=lambda v: unique_key(v, "partnerships")))
def test_partnerships_round_trip(db, tmp_path, generated):
    other = second_database(tmp_path / "other.sqlite")
    try:
        round_trip(db, other, "partnerships", generated, tmp_path)
    finally:
        other.dispose()


def test_sample_data_round_trip_every_register_in_english_too(db, tmp_path):
    with db.session() as s:
        fill_sample_and_test_rows(s)
    for lang in ("th", "en"):
        other = second_database(tmp_path / f"other-{lang}.sqlite")
        for key in ("cities", "zones", "ambassadors", "partnerships"):  # cities first: zones refer to them
            with db.session() as s:
                path = excel_export.export_register(s, key, tmp_path / f"{key}-{lang}.xlsx", lang=lang,
                                                    include_personal=True)
            with other.session() as s:
                plan = read_plan(s, key, path)
                assert plan.all_problems == [], [p.message() for p in plan.all_problems]
                apply_plan(s, plan)
            mine = [{k: v for k, v in r.items() if not k.endswith("_id")} for r in stored(db, key)]
            theirs = [{k: v for k, v in r.items() if not k.endswith("_id")} for r in stored(other, key)]
            assert theirs == mine
        other.dispose()
