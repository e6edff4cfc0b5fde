"""Create, load, update and delete on every register, the undo path, optimistic locking, delete guards."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import delete, func, select, update

from app.core.errors import RecordInUse, RecordMissing, StaleRecord
from app.models import City
from app.registers import records
from app.registers.catalog import REGISTERS

CITIES = REGISTERS["cities"]
ZONES = REGISTERS["zones"]
AMBASSADORS = REGISTERS["ambassadors"]

# A change to several fields of each register, including a list field where the register has one.
CHANGES = {
    "cities": {"name_th": "เมืองที่แก้ไขแล้ว", "provinces": ["TH-83"], "dimensions": ["MOB", "ECO", "PPL"],
               "city_type": "new", "area_km2": 3.25, "emblem_valid_until": date(2024, 1, 31)},
    "zones": {"name": "เขตที่แก้ไขแล้ว", "status": "preparing", "batch": 3, "declared_on": date(2021, 11, 5)},
    "ambassadors": {"full_name": "นายแก้ไข แล้ว", "cohort": 2, "status": "completed", "phone": None},
    "partnerships": {"partner": "Twin City", "kind": "twinning", "focus_areas": ["industry"], "end_on": None},
    "plan": {"name": "ติดตั้งสัญญาณไฟจราจรอัจฉริยะ", "provinces": ["TH-65", "TH-64"], "status": "screened",
             "resolution": "มติคณะอนุกรรมการฯ ครั้งที่ 2/2567", "end_year": None},
}


def _expected(values: dict) -> dict:
    """What a load returns for values given to create/update: lists sorted, as normalise() keeps them."""
    return {k: sorted(v) if isinstance(v, list) else v for k, v in values.items()}


def _count(db, reg) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(reg.model))


@pytest.mark.parametrize("key", list(REGISTERS))
def test_sample_values_cover_every_stored_field(valid, key):
    assert set(valid(key)) == {f.name for f in REGISTERS[key].stored_fields}


@pytest.mark.parametrize("key", list(REGISTERS))
def test_create_load_update_delete_and_undo(db, valid, key):
    reg = REGISTERS[key]
    values = valid(key)
    with db.session() as s:
        created = records.create(s, reg, values)
    assert created.version == 1
    assert created.values == _expected(values)

    with db.session() as s:  # a new session reads back exactly what was saved
        loaded = records.load(s, reg, created.id)
    assert loaded == created

    changed = {**loaded.values, **CHANGES[key]}
    with db.session() as s:
        updated = records.update(s, reg, created.id, changed, loaded.version)
    assert updated.version == loaded.version + 1
    with db.session() as s:
        reloaded = records.load(s, reg, created.id)
    assert reloaded.values == _expected(changed)
    assert reloaded.version == updated.version

    with db.session() as s:
        snapshot = records.delete(s, reg, created.id, expected_version=reloaded.version)
    with db.session() as s, pytest.raises(RecordMissing):
        records.load(s, reg, created.id)
    assert _count(db, reg) == 0

    with db.session() as s:  # undo: the snapshot comes back under its old id
        restored = records.create(s, reg, snapshot, record_id=created.id)
    assert restored.id == created.id
    with db.session() as s:
        assert records.load(s, reg, created.id).values == reloaded.values


@pytest.mark.parametrize("key", list(REGISTERS))
def test_new_ids_after_undo_do_not_collide(db, valid, key):
    reg = REGISTERS[key]
    with db.session() as s:
        first = records.create(s, reg, valid(key, 1))
        second = records.create(s, reg, valid(key, 2))
    with db.session() as s:
        snapshot = records.delete(s, reg, second.id)
    with db.session() as s:
        records.create(s, reg, snapshot, record_id=second.id)
    with db.session() as s:
        third = records.create(s, reg, valid(key, 3))
    assert len({first.id, second.id, third.id}) == 3
    assert _count(db, reg) == 3


def test_restore_under_an_id_in_use_is_refused(db, make_record, valid):
    a = make_record("cities", 1)
    with db.session() as s, pytest.raises(StaleRecord):
        records.create(s, CITIES, valid("cities", 2), record_id=a.id)
    assert _count(db, CITIES) == 1


def test_lists_load_in_code_order_on_every_backend(db, make_record):
    saved = make_record("cities", provinces=["TH-96", "TH-10", "TH-50", "TH-11"],
                        dimensions=["MOB", "ENV", "GOV", "ECO"])
    with db.session() as s:
        loaded = records.load(s, CITIES, saved.id)
    assert loaded.values["provinces"] == ["TH-10", "TH-11", "TH-50", "TH-96"]
    assert loaded.values["dimensions"] == ["ECO", "ENV", "GOV", "MOB"]
    assert loaded.values == saved.values


def test_update_of_a_deleted_record_reports_it_missing(db, make_record):
    saved = make_record("zones")
    with db.session() as s:
        records.delete(s, ZONES, saved.id)
    with db.session() as s, pytest.raises(RecordMissing) as info:
        records.update(s, ZONES, saved.id, saved.values, saved.version)
    assert "ไม่พบข้อมูลนี้แล้ว" in info.value.message("th")


# --------------------------------------------------------------------------- optimistic lock


def test_second_session_with_old_version_cannot_overwrite(db, make_record):
    """Both sessions are open at once; the second still holds the row it read (version 1), so the
    refusal comes from the UPDATE ... WHERE version = 1 that matches no row, not from a re-read."""
    saved = make_record("cities")
    with pytest.raises(StaleRecord), db.session() as second:
        theirs = records.load(second, CITIES, saved.id)
        held = second.get(City, saved.id)  # keep it in the identity map (it holds objects weakly)
        with db.session() as first:
            mine = records.load(first, CITIES, saved.id)
            records.update(first, CITIES, saved.id, {**mine.values, "developer": "บันทึกก่อน"}, mine.version)
        assert held.version == theirs.version  # the first save is committed; this session has not seen it
        records.update(second, CITIES, saved.id, {**theirs.values, "developer": "บันทึกทีหลัง"}, theirs.version)
    with db.session() as s:
        now = records.load(s, CITIES, saved.id)
    assert now.values["developer"] == "บันทึกก่อน"
    assert now.version == saved.version + 1


def test_form_saved_with_an_old_version_is_refused(db, make_record):
    """The GUI path: the form keeps the version it loaded, each Save opens a new session."""
    saved = make_record("ambassadors")
    with db.session() as s:
        records.update(s, AMBASSADORS, saved.id, {**saved.values, "status": "active"}, saved.version)
    with db.session() as s, pytest.raises(StaleRecord) as info:
        records.update(s, AMBASSADORS, saved.id, {**saved.values, "status": "completed"}, saved.version)
    assert "ระบบจึงไม่บันทึกทับ" in info.value.message("th")
    with db.session() as s:
        assert records.load(s, AMBASSADORS, saved.id).values["status"] == "active"


@pytest.mark.parametrize("field, value", [("provinces", ["TH-10", "TH-50", "TH-83"]), ("dimensions", ["LIV"])])
def test_list_only_change_bumps_the_version(db, make_record, field, value):
    saved = make_record("cities")
    assert saved.values[field] != value
    with db.session() as s:
        updated = records.update(s, CITIES, saved.id, {**saved.values, field: value}, saved.version)
    assert updated.version == saved.version + 1
    with db.session() as s:
        loaded = records.load(s, CITIES, saved.id)
    assert loaded.version == updated.version
    assert loaded.values[field] == sorted(value)
    with db.session() as s, pytest.raises(StaleRecord):  # the old version no longer saves
        records.update(s, CITIES, saved.id, {**saved.values, field: ["TH-40"]}, saved.version)


def test_delete_with_an_old_version_is_refused(db, make_record):
    saved = make_record("partnerships")
    with db.session() as s:
        records.update(s, REGISTERS["partnerships"], saved.id, {**saved.values, "status": "ended"}, saved.version)
    with db.session() as s, pytest.raises(StaleRecord):
        records.delete(s, REGISTERS["partnerships"], saved.id, expected_version=saved.version)
    with db.session() as s:
        assert records.load(s, REGISTERS["partnerships"], saved.id).values["status"] == "ended"


# --------------------------------------------------------------------------- delete guards


@pytest.mark.parametrize("key, field", [("zones", "city_id"), ("ambassadors", "city_id")])
def test_city_in_use_cannot_be_deleted(db, make_record, key, field):
    city = make_record("cities")
    extra = {"status": "certified"} if key == "zones" else {}
    user = make_record(key, **{field: city.id}, **extra)
    with db.session() as s, pytest.raises(RecordInUse) as info:
        records.delete(s, CITIES, city.id)
    assert REGISTERS[key].th in info.value.message("th")
    assert "1 รายการ" in info.value.message("th")
    assert info.value.message("en").startswith("Cannot delete: other records refer to this one")
    with db.session() as s:  # nothing was deleted
        assert records.load(s, CITIES, city.id).version == city.version
        records.delete(s, REGISTERS[key], user.id)
    with db.session() as s:
        records.delete(s, CITIES, city.id)
    assert _count(db, CITIES) == 0


def test_delete_names_every_register_that_refers(db, make_record):
    city = make_record("cities")
    zone = make_record("zones", status="certified", city_id=city.id)
    make_record("ambassadors", 1, city_id=city.id, zone_id=zone.id)
    make_record("ambassadors", 2, city_id=city.id)
    with db.session() as s, pytest.raises(RecordInUse) as info:
        records.delete(s, CITIES, city.id)
    text = info.value.message("th")
    assert f"{ZONES.th} 1 รายการ" in text
    assert f"{AMBASSADORS.th} 2 รายการ" in text
    with db.session() as s, pytest.raises(RecordInUse):  # an ambassador also holds the zone
        records.delete(s, ZONES, zone.id)


def test_city_with_renewals_deletes_and_restores_its_history(db, make_record):
    city = make_record("cities", emblem_issued_on=date(2021, 12, 24))
    with db.session() as s:
        renewed = records.renew_emblem(s, city.id, date(2023, 12, 1), city.version, note="ต่ออายุครั้งที่ 1")
    with db.session() as s:
        snapshot = records.delete(s, CITIES, city.id)
        assert records.renewal_history(s, city.id) == []
    with db.session() as s:
        records.create(s, CITIES, snapshot, record_id=city.id)
    with db.session() as s:
        history = records.renewal_history(s, city.id)
        assert [(h.renewed_on, h.previous_valid_until, h.valid_until, h.note) for h in history] == [
            (date(2023, 12, 1), date(2023, 12, 24), date(2025, 12, 24), "ต่ออายุครั้งที่ 1")]
        assert records.load(s, CITIES, city.id).values == renewed.values


# --------------------------------------------------------------------------- emblem


@pytest.mark.parametrize("issued, until", [
    (date(2021, 12, 24), date(2023, 12, 24)),
    (date(2020, 2, 29), date(2022, 2, 28)),  # 29 February: no such day two years on
    (date(2022, 3, 1), date(2024, 3, 1)),
])
def test_emblem_valid_until_defaults_to_two_years(db, make_record, issued, until):
    saved = make_record("cities", emblem_issued_on=issued, emblem_valid_until=None)
    assert saved.values["emblem_valid_until"] == until


def test_explicit_emblem_valid_until_is_kept_and_no_emblem_means_no_expiry(db, make_record):
    kept = make_record("cities", 1, emblem_valid_until=date(2022, 6, 30))
    assert kept.values["emblem_valid_until"] == date(2022, 6, 30)
    none = make_record("cities", 2, emblem_issued_on=None, emblem_valid_until=None)
    assert none.values["emblem_valid_until"] is None


def test_clearing_valid_until_on_update_recomputes_it(db, make_record):
    saved = make_record("cities", emblem_valid_until=date(2022, 6, 30))
    with db.session() as s:
        updated = records.update(s, CITIES, saved.id, {**saved.values, "emblem_valid_until": ""}, saved.version)
    assert updated.values["emblem_valid_until"] == date(2023, 12, 24)


def test_renew_emblem_keeps_history_and_extends_two_years(db, make_record):
    city = make_record("cities", emblem_issued_on=date(2021, 12, 24))
    assert city.values["emblem_valid_until"] == date(2023, 12, 24)
    with db.session() as s:  # renewed before expiry: two years on from the current expiry
        first = records.renew_emblem(s, city.id, date(2023, 12, 1), city.version, note="ครั้งที่ 1")
    assert first.values["emblem_valid_until"] == date(2025, 12, 24)
    assert first.version == city.version + 1
    with db.session() as s:  # renewed after it lapsed: two years from the renewal
        second = records.renew_emblem(s, city.id, date(2026, 3, 1), first.version)
    assert second.values["emblem_valid_until"] == date(2028, 3, 1)
    with db.session() as s:
        history = records.renewal_history(s, city.id)
        assert [(h.renewed_on, h.previous_valid_until, h.valid_until, h.note) for h in history] == [
            (date(2023, 12, 1), date(2023, 12, 24), date(2025, 12, 24), "ครั้งที่ 1"),
            (date(2026, 3, 1), date(2025, 12, 24), date(2028, 3, 1), None),
        ]
        assert records.load(s, CITIES, city.id).values["emblem_issued_on"] == date(2021, 12, 24)


def test_renew_emblem_from_29_february(db, make_record):
    city = make_record("cities", emblem_issued_on=date(2022, 2, 28), emblem_valid_until=date(2024, 2, 29))
    with db.session() as s:
        renewed = records.renew_emblem(s, city.id, date(2024, 1, 15), city.version)
    assert renewed.values["emblem_valid_until"] == date(2026, 2, 28)


def test_renew_emblem_with_an_old_version_changes_nothing(db, make_record):
    city = make_record("cities")
    with db.session() as s:
        records.update(s, CITIES, city.id, {**city.values, "notes": "แก้ไข"}, city.version)
    with db.session() as s, pytest.raises(StaleRecord):
        records.renew_emblem(s, city.id, date(2023, 12, 1), city.version)
    with db.session() as s:
        assert records.renewal_history(s, city.id) == []
        assert s.get(City, city.id).emblem_valid_until == date(2023, 12, 24)


def test_a_city_with_certificates_is_never_deleted(db):
    from datetime import date

    from app.certificates import certificates
    from app.core.errors import RecordInUse
    from app.models import City
    from app.sample import demo as sample

    with db.session() as s:
        sample.fill(s)
    with db.session() as s:
        city_id = s.scalar(select(City.id).where(City.name_th == "เมืองศรีตรัง"))
        assert certificates.list_rows(s, ids=None) and any(r.city_id == city_id for r in certificates.list_rows(s))
        with pytest.raises(RecordInUse) as refused:
            records.delete(s, REGISTERS["cities"], city_id)
    assert "เกียรติบัตรตราสัญลักษณ์" in refused.value.message("th")
    with db.session() as s:
        assert s.get(City, city_id) is not None
        assert date(2021, 12, 24) in {r.issue_date for r in certificates.list_rows(s) if r.city_id == city_id}


# ----------------------------------------------------------------------------- save_many (records_bulk)

def _state(db, reg) -> list[tuple[dict, int]]:
    """Every record of a register as (values, version), in id order (ids themselves differ across backends)."""
    with db.session() as s:
        ids = s.scalars(select(reg.model.id).order_by(reg.model.id)).all()
        return [(saved.values, saved.version) for saved in (records.load(s, reg, i) for i in ids)]


@pytest.mark.parametrize("key", list(REGISTERS))
def test_save_many_adds_and_updates_as_create_and_update_do(db, valid, key):
    from app.models.base import utcnow
    from app.registers.records_bulk import Change, save_many

    reg = REGISTERS[key]
    with db.session() as s:
        kept = records.create(s, reg, valid(key, 1))
    before = utcnow()
    added = [valid(key, n) for n in range(2, 5)]
    if key == "cities":
        added[0].update(emblem_valid_until=None, provinces=["TH-96", "TH-10"])  # computed; stored in code order
    changed = {**kept.values, **CHANGES[key]}
    with db.session() as s:
        ids = save_many(s, reg, [Change(added[0]), Change(changed, kept.id, kept.version), *map(Change, added[1:])])
    assert ids[1] == kept.id and len(set(ids)) == 4
    with db.session() as s:
        for new_id, values in zip([ids[0], *ids[2:]], added, strict=True):
            saved = records.load(s, reg, new_id)
            assert saved.version == 1
            expected = records.create(s, reg, {**values, reg.title_field: f"{values[reg.title_field]} ซ้ำ"})
            assert saved.values == {**expected.values, reg.title_field: values[reg.title_field]}
            row = s.get(reg.model, new_id)
            assert row.created_at >= before and row.updated_at >= before
        s.rollback()
    with db.session() as s:
        updated = records.load(s, reg, kept.id)
        assert updated.values == _expected(changed) and updated.version == kept.version + 1
        assert s.get(reg.model, kept.id).updated_at >= before
    if key == "cities":
        assert _state(db, reg)[1][0]["emblem_valid_until"] == date(2023, 12, 24)  # issued 24/12/2021 + 2 years


def test_save_many_refuses_stale_missing_and_invalid_rows_and_writes_nothing(db, make_record, valid):
    from app.core.errors import ValidationFailed
    from app.registers.records_bulk import BATCH, Change, RowRefused, save_many

    gone = make_record("zones", 2)  # not the last id: SQLite gives the largest id + 1 again, as create does
    zone = make_record("zones", 1)
    with db.session() as s:
        records.delete(s, ZONES, gone.id)
        records.update(s, ZONES, zone.id, {"batch": 7}, zone.version)
    fresh = [Change(valid("zones", n)) for n in range(10, 10 + BATCH + 20)]  # the refused row is in batch 2
    before = _state(db, ZONES)
    for last, error in [(Change({"batch": 3}, zone.id, zone.version), StaleRecord),
                        (Change({"batch": 3}, gone.id, gone.version), RecordMissing),
                        (Change(valid("zones", 11)), RowRefused)]:  # the same name and province as a row before
        with pytest.raises(error) as refused, db.session() as s:
            save_many(s, ZONES, [*fresh, last])
        assert _state(db, ZONES) == before
    assert refused.value.index == len(fresh)
    with db.session() as s:  # the message create gives for the same record
        records.create(s, ZONES, valid("zones", 11))
        with pytest.raises(ValidationFailed) as single:
            records.create(s, ZONES, valid("zones", 11))
        s.rollback()
    assert refused.value.errors == single.value.errors


def test_save_many_checks_references_and_rules_as_create(db, make_record, valid):
    from app.core.errors import ValidationFailed
    from app.registers.records_bulk import Change, RowRefused, save_many

    city = make_record("cities", 1)
    rows = [valid("zones", 1, status="certified", city_id=city.id), valid("zones", 2, city_id=city.id + 99),
            valid("zones", 3, status="certified"), valid("zones", 4, batch=0, declared_on="31/2/2564")]
    for values in rows[1:]:
        with db.session() as s, pytest.raises(ValidationFailed) as single:
            records.create(s, ZONES, values)
        with db.session() as s, pytest.raises(RowRefused) as many:
            save_many(s, ZONES, [Change(rows[0]), Change(values)])
        assert (many.value.index, many.value.errors) == (1, single.value.errors)
    with db.session() as s:
        save_many(s, ZONES, [Change(rows[0])])
    assert _state(db, ZONES)[0][0]["city_id"] == city.id


def test_save_many_drops_unknown_dimension_codes_as_create(db, valid):
    from app.registers.records_bulk import Change, save_many

    values = valid("cities", 1, dimensions=["ENV", "NOPE"])
    with db.session() as s:
        one = records.create(s, CITIES, values)
        [many] = save_many(s, CITIES, [Change({**values, "provinces": ["TH-83"]})])
        assert records.load(s, CITIES, many).values["dimensions"] == one.values["dimensions"] == ["ENV"]


from hypothesis import HealthCheck, given, settings  # noqa: E402 - kept with the tests that use it
from hypothesis import strategies as st  # noqa: E402

NAMES, PROVINCES = ("เขตก", "เขตข"), ("TH-10", "TH-50")


@st.composite
def _changes(draw) -> list[tuple[int | None, dict, int]]:
    """(which existing zone or None for an add, values, expected version - current version): some invalid, some
    duplicates of a record or of an earlier row, some with an old version or the one after an earlier update."""
    row = st.fixed_dictionaries({"name": st.sampled_from(NAMES), "province": st.sampled_from(PROVINCES)},
                                optional={"batch": st.sampled_from([None, 0, 2, "x"]),
                                          "status": st.sampled_from(["declared", "certified", "nope"])})
    offset = st.sampled_from([0, 0, -1, 1])
    return draw(st.lists(st.tuples(st.sampled_from([None, 0, 1]), row, offset), min_size=1, max_size=6))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=_changes())
def test_save_many_ends_as_create_and_update_one_by_one(db, plan):
    """Property: the same error (and row), or the same records, as records.create/update called in order."""
    from app.core.errors import ValidationFailed
    from app.registers.records_bulk import Change, RowRefused, save_many

    def outcome(apply) -> tuple:
        with db.session() as s:  # rolled back: every run starts from the same two zones
            existing = [records.create(s, ZONES, {"name": name, "province": "TH-10", "status": "declared"})
                        for name in ("เขตเดิม", "เขตก")]
            changes = [Change(values) if target is None else
                       Change(values, existing[target].id, existing[target].version + offset)
                       for target, values, offset in plan]
            try:
                apply(s, changes)
                ids = s.scalars(select(ZONES.model.id).order_by(ZONES.model.id)).all()
                return "saved", [(records.load(s, ZONES, i).values, records.load(s, ZONES, i).version) for i in ids]
            except (ValidationFailed, StaleRecord) as error:
                return type(error).__name__, getattr(error, "index", None), getattr(error, "errors", None)
            finally:
                s.rollback()

    def one_by_one(s, changes):
        for index, c in enumerate(changes):
            try:
                if c.record_id is None:
                    records.create(s, ZONES, c.values)
                else:
                    records.update(s, ZONES, c.record_id, c.values, c.expected_version)
            except ValidationFailed as error:
                raise RowRefused(index, error.errors) from error

    assert outcome(lambda s, changes: save_many(s, ZONES, changes)) == outcome(one_by_one)


def test_save_many_updates_a_record_twice_as_two_updates_would(db, make_record):
    from app.registers.records_bulk import Change, save_many

    zone = make_record("zones")
    with db.session() as s:
        save_many(s, ZONES, [Change({"batch": 3}, zone.id, zone.version),
                             Change({"batch": 4}, zone.id, zone.version + 1)])
    with db.session() as s:
        saved = records.load(s, ZONES, zone.id)
    assert (saved.values["batch"], saved.version) == (4, zone.version + 2)


def test_a_city_named_in_certified_minutes_is_not_deleted(db):
    from app.core.errors import RecordInUse
    from app.models import Certificate, CertificateEvent, Meeting
    from app.sample import demo as sample

    with db.session() as s:
        sample.fill(s)
        s.execute(delete(CertificateEvent))  # only the minutes keep this city now
        s.execute(delete(Certificate))
        city_id = s.scalar(select(City.id).where(City.name_th == "เมืองศรีตรัง"))
    with db.session() as s:  # the sample minutes are checked, not certified: the link goes with the city
        assert records.dependants(s, REGISTERS["cities"], city_id) == []
        s.execute(update(Meeting).values(state="certified"))
    with db.session() as s:
        with pytest.raises(RecordInUse) as refused:
            records.delete(s, REGISTERS["cities"], city_id)
    assert "รายงานการประชุมที่รับรองแล้ว 1" in refused.value.message("th")
    with db.session() as s:
        assert s.get(City, city_id) is not None
