"""Sample data holds the public record and nothing else: checked against a small table of the public facts
(and against ../shared/reference/*.csv where that folder is beside the project), added once, topped up."""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from app.meetings.snapshot import SAMPLE_KEY
from app.models import Ambassador, AscnPartnership, Certificate, CertificateEvent, City, Setting
from app.models.base import SAMPLE_DATA
from app.registers import records
from app.registers.catalog import REGISTERS
from app.sample import demo as sample
from app.sample import plan as sample_plan

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference"
# The public facts (DOMAIN.md, certified_2564.csv): official name → (other name, province, developer, certified on)
FACTS = {
    "ภูเก็ตเมืองอัจฉริยะ": (None, "TH-83", None, date(2021, 8, 13)),
    "ขอนแก่นเมืองอัจฉริยะ": (None, "TH-40", None, date(2021, 8, 13)),
    "แม่เมาะเมืองน่าอยู่": ("แม่เมาะเมืองอัจฉริยะ", "TH-52", "การไฟฟ้าฝ่ายผลิตแห่งประเทศไทย (กฟผ. / EGAT)", date(2021, 8, 13)),
    "สามย่านสมาร์ทซิตี้": (None, "TH-10", None, date(2021, 8, 13)),
    "เมืองอัจฉริยะวังจันทร์วัลเลย์": (None, "TH-21", "บริษัท ปตท. จำกัด (มหาชน) (PTT)", date(2021, 8, 13)),
    "การพัฒนาเมืองเก่าอย่างชาญฉลาด": (None, "TH-50", "เทศบาลนครเชียงใหม่ (Chiang Mai City Municipality)", None),
    "มหาวิทยาลัยเชียงใหม่เมืองอัจฉริยะ ความเป็นเลิศที่ยั่งยืนสู่ชุมชน": (
        None, "TH-50", "มหาวิทยาลัยเชียงใหม่ (Chiang Mai University)", None),
    "นครสวรรค์สมาร์ทซิตี้": ("โครงการนครสวรรค์สมาร์ทซิตี้", "TH-60", None, None),
    "ยะลาเมืองอัจฉริยะเพื่อการมีส่วนร่วมของประชาชน": (None, "TH-95", "เทศบาลนครยะลา (Yala City Municipality)", None),
    "เมืองศรีตรัง": (None, "TH-92", None, None),
}
PLACEHOLDERS = ("ตัวอย่าง", "example seat", "สมมติสำหรับ")


def counts(db) -> dict[str, int]:
    with db.session() as s:
        return {key: s.scalar(select(func.count()).select_from(reg.model)) for key, reg in REGISTERS.items()}


@pytest.fixture
def filled(db):
    with db.session() as s:
        sample.fill(s)
    return db


def test_fill_adds_the_sample_once(db):
    with db.session() as s:
        added = sample.fill(s)
    assert added == {"cities": 15, "zones": 0, "ambassadors": 4, "partnerships": 6, "committees": 2, "meetings": 1,
                     "plan": len(sample_plan.projects()[0])}
    assert counts(db) == {key: added[key] for key in REGISTERS}
    with db.session() as s:
        assert sample.fill(s) == dict.fromkeys(added, 0)
        assert s.get(Setting, SAMPLE_KEY).value == "true"  # the window title and every page say so
    assert SAMPLE_KEY == SAMPLE_DATA
    assert counts(db) == {key: added[key] for key in REGISTERS}


def test_cities_hold_the_public_facts_and_nothing_more(filled):
    with filled.session() as s:
        cities = {c.name_th: c for c in s.scalars(select(City))}
        for name, (other, province, developer, certified_on) in FACTS.items():
            city = cities[name]
            values = records.load(s, REGISTERS["cities"], city.id).values
            assert (city.other_name, values["provinces"], city.developer, city.certified_on) == (
                other, [province], developer, certified_on), name
            assert city.emblem_issued_on == date(2021, 12, 24) and "ที่มา:" in city.notes
        assert "การพัฒนาเมืองเก่าอย่างชาญฉลาด" in cities and not any(n.startswith("เทศบาลนครเชียงใหม่") for n in cities)
        unknown = [c for c in cities.values() if c.name_th not in FACTS]
        assert all(c.developer is None and c.certified_on is None for c in unknown)
        assert all(c.city_type is None and c.name_en is None and c.boi_area is None for c in cities.values())
        assert not any(c.renewals for c in cities.values())  # no renewal is public


def test_other_name_is_searchable(filled):
    with filled.session() as s:
        found = s.scalars(select(City.name_th).where(City.other_name.contains("แม่เมาะเมืองอัจฉริยะ"))).all()
    assert found == ["แม่เมาะเมืองน่าอยู่"]
    assert any(f.name == "other_name" and f.searchable for f in REGISTERS["cities"].table_fields)


@pytest.mark.skipif(not REFERENCE.is_dir(), reason="shared/reference is not beside the project")
def test_cities_follow_the_reference_table(filled):
    with open(REFERENCE / "certified_2564.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    with filled.session() as s:
        cities = {c.name_th: c for c in s.scalars(select(City))}
    assert set(cities) == {r["name_th"] for r in rows}
    for r in rows:
        city = cities[r["name_th"]]
        assert (city.other_name or "") == r["other_name_th"]
        assert (city.developer or "") == r["developer"]
        assert (city.certified_on.isoformat() if city.certified_on else "") == r["certified_on"]
        assert re.search(r"ครั้งที่ [12]/2564", r["certified_by"])[0] in city.approved_meeting


def test_ambassadors_are_fictitious_and_say_so(filled):
    with filled.session() as s:
        people = s.scalars(select(Ambassador)).all()
    for p in people:
        assert "สมมุตินาม" in p.full_name and "บุคคลสมมติ" in p.notes
        assert re.fullmatch(r"\+1 202 555 01\d\d", p.phone)  # the range reserved for fiction
        assert p.email.endswith("@example.org")  # RFC 2606
    assert {p.cohort for p in people} == {1, 2}


def test_ascn_cities_follow_the_reference(filled):
    with filled.session() as s:
        rows = s.scalars(select(AscnPartnership)).all()
    by_province = {r.province: r for r in rows}
    assert set(by_province) == {"TH-10", "TH-20", "TH-83", "TH-50", "TH-40", "TH-21"}
    assert {p for p, r in by_province.items() if r.start_on == date(2018, 4, 27)} == {"TH-10", "TH-20", "TH-83"}
    assert all(r.start_on is None and "2566" in r.notes for p, r in by_province.items() if p in ("TH-50", "TH-40",
                                                                                                  "TH-21"))
    assert all("ที่มา:" in r.notes and r.lead_agency is None and not r.focus_areas for r in rows)


def test_no_placeholder_is_stored(filled):
    with filled.session() as s:
        texts = [str(v) for table in (City, Ambassador, AscnPartnership) for row in s.scalars(select(table))
                 for v in vars(row).values() if isinstance(v, str)]
    assert not [t for t in texts if any(p in t for p in PLACEHOLDERS) or t.strip() == "-"]


def test_fill_tops_up_what_is_missing(filled):
    cities = REGISTERS["cities"]
    with filled.session() as s:  # a user deleted one sample area (its link to the agenda of 1/2564 goes with it)
        city_id = s.scalar(select(cities.model.id).where(cities.model.name_th == "เมืองศรีตรัง"))
        s.execute(delete(CertificateEvent))  # certificates keep a city from being deleted: clear them first
        s.execute(delete(Certificate))
        records.delete(s, cities, city_id)
    with filled.session() as s:
        assert sample.fill(s) == {"cities": 1, "zones": 0, "ambassadors": 0, "partnerships": 0, "committees": 0,
                                  "meetings": 0, "plan": 0}
    assert counts(filled)["cities"] == 15
