"""Sample data from meeting 1/2564: 15 certified areas, and a second run adds nothing."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, func, select

from app.models import Certificate, CertificateEvent
from app.registers import records
from app.registers.catalog import REGISTERS
from app.sample import demo as sample
from app.sample import plan as sample_plan


def counts(db) -> dict[str, int]:
    with db.session() as s:
        return {key: s.scalar(select(func.count()).select_from(reg.model)) for key, reg in REGISTERS.items()}


def test_fill_adds_the_sample_once(db):
    with db.session() as s:
        added = sample.fill(s)
    assert added == {"cities": 15, "zones": len(sample.ZONE_ROWS), "ambassadors": len(sample.AMBASSADOR_ROWS),
                     "partnerships": len(sample.PARTNERSHIP_ROWS), "committees": 2, "meetings": 1,
                     "plan": len(sample_plan.projects()[0])}
    assert counts(db) == {key: added[key] for key in REGISTERS}

    with db.session() as s:
        assert sample.fill(s) == dict.fromkeys(added, 0)
    assert counts(db) == {key: added[key] for key in REGISTERS}


def test_sample_content(db):
    with db.session() as s:
        sample.fill(s)
    cities = REGISTERS["cities"]
    with db.session() as s:
        by_name = {name: cid for cid, name in s.execute(select(cities.model.id, cities.model.name_th))}
        mae_moh = records.load(s, cities, by_name["แม่เมาะเมืองน่าอยู่"])
        khon_kaen = records.load(s, cities, by_name["ขอนแก่นเมืองอัจฉริยะ"])
        assert len(records.renewal_history(s, khon_kaen.id)) == 2
        assert records.renewal_history(s, mae_moh.id) == []
    assert mae_moh.values["provinces"] == ["TH-52"]
    assert mae_moh.values["emblem_issued_on"] == date(2021, 12, 24)
    assert mae_moh.values["emblem_valid_until"] == date(2023, 12, 24)
    assert khon_kaen.values["emblem_valid_until"] == date(2027, 12, 24)  # renewed twice, two years each
    assert any("เชียงใหม่" in name for name in by_name)


def test_fill_tops_up_what_is_missing(db):
    with db.session() as s:
        sample.fill(s)
    cities = REGISTERS["cities"]
    with db.session() as s:  # a user deleted one sample area (its link to the agenda of 1/2564 goes with it)
        city_id = s.scalar(select(cities.model.id).where(cities.model.name_th == "เมืองศรีตรัง"))
        s.execute(delete(CertificateEvent))  # certificates keep a city from being deleted: clear them first
        s.execute(delete(Certificate))
        records.delete(s, cities, city_id)
    with db.session() as s:
        assert sample.fill(s) == {"cities": 1, "zones": 0, "ambassadors": 0, "partnerships": 0, "committees": 0,
                                  "meetings": 0, "plan": 0}
    assert counts(db)["cities"] == 15
