"""Sample data from the public record (app/sample/public_record.py, with sources). Running it twice adds nothing.

The 15 certified areas the committee's meeting of 5 November 2564 took note of, with their official names (the
news item's other name kept beside, searchable), the certification facts that are public and the developers a
public source states; everything else stays empty. The Thai cities of the ASEAN Smart Cities Network. No
promotion zones (the public record gives counts, not the list). The ambassadors are fictitious and say so. The
database is marked as sample data: the window title and every printed page say so.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import City, Setting
from app.models.base import SAMPLE_DATA
from app.registers import records
from app.registers.catalog import AMBASSADORS, CITIES, PARTNERSHIPS, Register
from app.registers.validation import is_duplicate, normalise
from app.sample import certificates as sample_certificates
from app.sample import meetings as sample_meetings
from app.sample import plan as sample_plan
from app.sample import public_record as facts
from app.sample.meetings import SUBCOMMITTEE

CONSENT = {1: date(2022, 7, 4), 2: date(2022, 8, 24)}  # fictitious people: the cohort's public dates


def _exists(session: Session, reg: Register, values: dict) -> bool:
    return is_duplicate(session, reg, normalise(reg, values), None)


def _add(session: Session, reg: Register, values: dict) -> int:
    if _exists(session, reg, values):
        return 0
    records.create(session, reg, values)
    return 1


def _city_ids(session: Session) -> dict[str, int]:
    return dict(session.execute(select(City.name_th, City.id)).all())


def city_values(row: tuple) -> dict:
    """One certified area as the register stores it (unknowns left empty, the sources in the notes)."""
    name, other, province, developer, certified_on, approved, source = row
    notes = [f"ที่มา: {source}", f"รายชื่อ: {facts.NEWS}"]
    if other:
        notes.append(f"ข่าวเรียกว่า \"{other}\"; ชื่อทางการ \"{name}\"")
    if name == facts.RUN_TOGETHER:
        notes.append("ข่าวพิมพ์ชื่อเทศบาลนครเชียงใหม่ (ผู้พัฒนาโครงการการพัฒนาเมืองเก่าอย่างชาญฉลาด) ติดหน้าชื่อโครงการนี้")
    values = {"name_th": name, "other_name": other, "provinces": [province], "certified_on": certified_on,
              "approved_by": SUBCOMMITTEE, "approved_meeting": approved, "emblem_issued_on": facts.EMBLEM_DAY}
    if developer:
        values.update(developer=developer[0], developer_kind=developer[1])
        notes.append(facts.DEVELOPER_NOTE[developer[2]])
    values["notes"] = "\n".join(notes)
    return values


def mark_sample(session: Session) -> None:
    """Mark the database as sample data (window title, every printed page's footer)."""
    if session.get(Setting, SAMPLE_DATA) is None:
        session.add(Setting(key=SAMPLE_DATA, value="true"))
        session.flush()


def fill(session: Session) -> dict[str, int]:
    """Add whatever of the sample data is missing; returns how many records each register got,
    and how many committees and meetings (sample_meetings: meeting 1/2564 and its agenda)."""
    mark_sample(session)
    added = dict.fromkeys(("cities", "zones", "ambassadors", "partnerships"), 0)
    for row in facts.CERTIFIED:
        added["cities"] += _add(session, CITIES, city_values(row))
    cities = _city_ids(session)
    for k, (cohort, name, province, status) in enumerate(facts.AMBASSADORS, start=1):
        added["ambassadors"] += _add(session, AMBASSADORS, {
            "cohort": cohort, "full_name": name, "province": province, "status": status,
            "organisation": "(บุคคลสมมติ)", "phone": f"+1 202 555 01{k:02d}", "email": f"sca{k:02d}@example.org",
            "consent_on": CONSENT[cohort], "notes": f"{facts.FICTITIOUS}\n{facts.COHORTS[cohort]}"})
    for province, joined, how, source in facts.ASCN_CITIES:
        added["partnerships"] += _add(session, PARTNERSHIPS, {
            "partner": facts.ASCN, "partner_kind": "programme", "partner_country": "อาเซียน", "province": province,
            "kind": "programme",
            "start_on": joined, "status": "active", "notes": f"{how}\nที่มา: {source}"})
    sample_city_ids = [cities[row[0]] for row in facts.CERTIFIED if row[0] in cities]
    added.update(sample_meetings.fill(session, sample_city_ids))
    sample_certificates.fill(session, sample_city_ids)  # not among the counts: registers and meetings
    added["plan"] = sample_plan.fill(session)
    return added
