"""Sample data from the news item of meeting 1/2564 (shared/seed). Running it twice adds nothing.

The 15 certified areas are those the committee's meeting of 5 November 2564 acknowledged; the
ambassadors are clearly fictitious people (no real person's data). Details that the news item does
not give (developers' organisations, dates, zones, partners) are plausible examples, marked as such.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import City
from app.registers import records
from app.registers.catalog import AMBASSADORS, CITIES, PARTNERSHIPS, ZONES, Register
from app.registers.validation import is_duplicate, normalise
from app.sample import certificates as sample_certificates
from app.sample import meetings as sample_meetings
from app.sample import plan as sample_plan
from app.sample.meetings import SUBCOMMITTEE

EMBLEM_DAY = date(2021, 12, 24)
ALL_DIMS = ["ENV", "MOB", "LIV", "PPL", "ENE", "ECO", "GOV"]

# name, English name, provinces, developer, developer kind, city type, dimensions, certified on
CITY_ROWS = [
    ("สามย่านสมาร์ทซิตี้", "Samyan Smart City", ["TH-10"], "จุฬาลงกรณ์มหาวิทยาลัย", "university", "livable",
     ["ENV", "MOB", "LIV", "PPL", "ENE"], date(2020, 8, 27)),
    ("ขอนแก่นเมืองอัจฉริยะ", "Khon Kaen Smart City", ["TH-40"], "บริษัท ขอนแก่นพัฒนาเมือง จำกัด", "company",
     "livable", ALL_DIMS, date(2019, 12, 20)),
    ("เมืองอัจฉริยะวังจันทร์วัลเลย์", "Wangchan Valley Smart City", ["TH-21"], "บริษัท ปตท. จำกัด (มหาชน)",
     "state_enterprise", "new", ["ENV", "MOB", "LIV", "ENE", "ECO", "GOV"], date(2019, 12, 20)),
    ("แม่เมาะเมืองน่าอยู่", "Mae Moh Livable City", ["TH-52"], "การไฟฟ้าฝ่ายผลิตแห่งประเทศไทย (กฟผ.)",
     "state_enterprise", "livable", ["ENV", "LIV", "PPL", "ENE"], date(2020, 8, 27)),
    ("ภูเก็ตเมืองอัจฉริยะ", "Phuket Smart City", ["TH-83"], "บริษัท ภูเก็ตพัฒนาเมือง จำกัด", "company",
     "livable", ALL_DIMS, date(2019, 12, 20)),
    ("เมืองอัจฉริยะย่านพระราม 4", "Rama 4 Smart City", ["TH-10"], None,
     "company", "new", ["MOB", "LIV", "ENE", "ECO"], date(2021, 6, 17)),
    ("โครงการพัฒนาเมืองอัจฉริยะเพื่อสนับสนุนการพัฒนาพื้นที่โดยรอบคลองผดุงกรุงเกษม",
     "Khlong Phadung Krung Kasem Smart City", ["TH-10"], "กรุงเทพมหานคร", "local_government", "livable",
     ["ENV", "MOB", "LIV"], date(2021, 6, 17)),
    ("เมืองอัจฉริยะมักกะสันเพื่อสนับสนุนบริการรถไฟของโครงการรถไฟความเร็วสูงเชื่อมสามสนามบิน",
     "Makkasan Smart City", ["TH-10"], "บริษัท เอเชีย เอรา วัน จำกัด", "company", "new",
     ["MOB", "ENV", "ECO"], date(2021, 6, 17)),
    ("การพัฒนาเมืองเก่าอย่างชาญฉลาด", "Smart Old Town Development", ["TH-90"],
     None, "local_government", "livable", ["LIV", "PPL", "ECO"], date(2021, 6, 17)),
    ("เทศบาลนครเชียงใหม่ มหาวิทยาลัยเชียงใหม่เมืองอัจฉริยะ ความเป็นเลิศที่ยั่งยืนสู่ชุมชน",
     "Chiang Mai Municipality and Chiang Mai University Smart City", ["TH-50"],
     "เทศบาลนครเชียงใหม่ และมหาวิทยาลัยเชียงใหม่", "university", "livable", ALL_DIMS, date(2021, 6, 17)),
    ("เมืองศรีตรัง", "Sri Trang City", ["TH-92"], "เทศบาลนครตรัง", "local_government", "livable",
     ["ENV", "LIV", "GOV"], date(2021, 6, 17)),
    ("ยะลาเมืองอัจฉริยะเพื่อการมีส่วนร่วมของประชาชน", "Yala Smart City for Public Participation", ["TH-95"],
     "เทศบาลนครยะลา", "local_government", "livable", ["PPL", "LIV", "GOV"], date(2021, 6, 17)),
    ("ฉะเชิงเทรา เมืองน่าอยู่ น่าเที่ยว น่าลงทุน", "Chachoengsao Smart City", ["TH-24"],
     "เทศบาลเมืองฉะเชิงเทรา", "local_government", "livable", ["LIV", "ECO", "MOB"], date(2021, 6, 17)),
    ("แสนสุขสมาร์ทซิตี้", "Saensuk Smart City", ["TH-20"], "เทศบาลเมืองแสนสุข", "local_government", "livable",
     ["ENV", "LIV", "ECO", "GOV"], date(2021, 6, 17)),
    ("โครงการนครสวรรค์สมาร์ทซิตี้", "Nakhon Sawan Smart City", ["TH-60"], "เทศบาลนครนครสวรรค์",
     "local_government", "livable", ["ENV", "MOB", "LIV", "GOV"], date(2021, 6, 17)),
]
RENEWED = {"ขอนแก่นเมืองอัจฉริยะ": 2, "ภูเก็ตเมืองอัจฉริยะ": 2, "สามย่านสมาร์ทซิตี้": 1}

# name, province, declared on, batch, receiving organisation, status, certified city
ZONE_ROWS = [
    ("เขตส่งเสริมเมืองอัจฉริยะขอนแก่น", "TH-40", date(2019, 10, 3), 1, "บริษัท ขอนแก่นพัฒนาเมือง จำกัด",
     "certified", "ขอนแก่นเมืองอัจฉริยะ"),
    ("เขตส่งเสริมเมืองอัจฉริยะภูเก็ต", "TH-83", date(2019, 10, 3), 1, "จังหวัดภูเก็ต", "certified",
     "ภูเก็ตเมืองอัจฉริยะ"),
    ("เขตส่งเสริมเมืองอัจฉริยะหาดใหญ่", "TH-90", date(2019, 10, 3), 1, "เทศบาลนครหาดใหญ่", "preparing", None),
    ("เขตส่งเสริมเมืองอัจฉริยะอุดรธานี", "TH-41", date(2020, 10, 15), 2, "เทศบาลนครอุดรธานี", "preparing", None),
    ("เขตส่งเสริมเมืองอัจฉริยะนนทบุรี", "TH-12", date(2020, 10, 15), 2, "เทศบาลนครนนทบุรี", "declared", None),
    ("เขตส่งเสริมเมืองอัจฉริยะพิษณุโลก", "TH-65", date(2020, 10, 15), 2, "เทศบาลนครพิษณุโลก", "declared", None),
    ("เขตส่งเสริมเมืองอัจฉริยะแม่สอด", "TH-63", date(2021, 11, 5), 3, "เทศบาลนครแม่สอด", "declared", None),
    ("เขตส่งเสริมเมืองอัจฉริยะสุราษฎร์ธานี", "TH-84", date(2021, 11, 5), 3, "เทศบาลนครสุราษฎร์ธานี",
     "declared", None),
]

# cohort, name, province, organisation, status, assigned city
AMBASSADOR_ROWS = [
    (1, "นางสาวตัวอย่าง ใจดี", "TH-40", "มหาวิทยาลัยตัวอย่าง คณะวิศวกรรมศาสตร์", "awarded", "ขอนแก่นเมืองอัจฉริยะ"),
    (1, "นายสมมติ รักเมือง", "TH-83", "บัณฑิตจบใหม่ (ตัวอย่าง)", "completed", "ภูเก็ตเมืองอัจฉริยะ"),
    (1, "นางสาวทดสอบ มีสุข", "TH-95", "วิทยาลัยตัวอย่าง", "completed", "ยะลาเมืองอัจฉริยะเพื่อการมีส่วนร่วมของประชาชน"),
    (1, "นายจำลอง พัฒนา", "TH-52", "นักพัฒนาอิสระ (ตัวอย่าง)", "selected", "แม่เมาะเมืองน่าอยู่"),
    (2, "นางสาวสาธิต ดิจิทัล", "TH-90", "มหาวิทยาลัยตัวอย่าง", "active", None),
    (2, "นายตัวแทน ทดลอง", "TH-41", "บริษัทตัวอย่าง จำกัด", "active", None),
]

# partner, country, province, kind, focus areas, lead agency, start, status
PARTNERSHIP_ROWS = [
    ("เครือข่ายเมืองอัจฉริยะอาเซียน (ASCN)", "อาเซียน", "TH-10", "programme", ["civic", "safety", "environment"],
     "กรุงเทพมหานคร", date(2018, 4, 28), "active"),
    ("เครือข่ายเมืองอัจฉริยะอาเซียน (ASCN)", "อาเซียน", "TH-20", "programme", ["industry", "infrastructure"],
     "จังหวัดชลบุรี", date(2018, 4, 28), "active"),
    ("เครือข่ายเมืองอัจฉริยะอาเซียน (ASCN)", "อาเซียน", "TH-83", "programme", ["health", "safety", "industry"],
     "จังหวัดภูเก็ต", date(2018, 4, 28), "active"),
    ("เครือข่ายเมืองอัจฉริยะอาเซียน (ASCN)", "อาเซียน", "TH-50", "programme", ["civic", "environment"],
     "จังหวัดเชียงใหม่", date(2023, 1, 1), "active"),
    ("เครือข่ายเมืองอัจฉริยะอาเซียน (ASCN)", "อาเซียน", "TH-40", "programme", ["infrastructure", "industry"],
     "จังหวัดขอนแก่น", date(2023, 1, 1), "active"),
    ("เครือข่ายเมืองอัจฉริยะอาเซียน (ASCN)", "อาเซียน", "TH-21", "programme", ["industry", "environment"],
     "จังหวัดระยอง", date(2023, 1, 1), "active"),
    ("US–ASEAN Smart Cities Partnership", "สหรัฐอเมริกา", "TH-10", "programme", ["infrastructure", "civic"],
     "สำนักงานส่งเสริมเศรษฐกิจดิจิทัล", date(2019, 6, 1), "active"),
    ("Smart JAMP (ตัวอย่างโครงการ)", "ญี่ปุ่น", "TH-83", "project", ["safety", "health"],
     "สำนักงานส่งเสริมเศรษฐกิจดิจิทัล", date(2020, 3, 1), "completed"),
    ("ASEAN–Australia Smart Cities (ตัวอย่างโครงการ)", "ออสเตรเลีย", "TH-20", "project", ["environment"],
     "สำนักงานส่งเสริมเศรษฐกิจดิจิทัล", date(2021, 2, 1), "completed"),
    ("ASEAN–Korea Smart City (ตัวอย่างความร่วมมือ)", "สาธารณรัฐเกาหลี", "TH-40", "mou",
     ["infrastructure", "industry"], "สำนักงานส่งเสริมเศรษฐกิจดิจิทัล", date(2022, 9, 1), "planned"),
]


def _exists(session: Session, reg: Register, values: dict) -> bool:
    return is_duplicate(session, reg, normalise(reg, values), None)


def _add(session: Session, reg: Register, values: dict) -> int:
    if _exists(session, reg, values):
        return 0
    records.create(session, reg, values)
    return 1


def _city_ids(session: Session) -> dict[str, int]:
    return dict(session.execute(select(City.name_th, City.id)).all())


def fill(session: Session) -> dict[str, int]:
    """Add whatever of the sample data is missing; returns how many records each register got,
    and how many committees and meetings (sample_meetings: meeting 1/2564 and its agenda)."""
    added = dict.fromkeys(("cities", "zones", "ambassadors", "partnerships"), 0)
    for name, name_en, provs, dev, dev_kind, ctype, dims, certified in CITY_ROWS:
        values = {"name_th": name, "name_en": name_en, "provinces": provs, "developer": dev,
                  "developer_kind": dev_kind, "city_type": ctype, "dimensions": dims, "certified_on": certified,
                  "approved_by": SUBCOMMITTEE, "emblem_issued_on": EMBLEM_DAY, "boi_area": "none",
                  "boi_system": "none"}
        if _exists(session, CITIES, values):
            continue
        saved = records.create(session, CITIES, values)
        added["cities"] += 1
        for n in range(RENEWED.get(name, 0)):
            saved = records.renew_emblem(session, saved.id, date(2023 + 2 * n, 12, 1), saved.version,
                                         note="ต่ออายุตามผลการประเมินความก้าวหน้า (ตัวอย่าง)")
    cities = _city_ids(session)
    for name, prov, declared, batch, org, status, city in ZONE_ROWS:
        added["zones"] += _add(session, ZONES, {
            "name": name, "province": prov, "declared_on": declared, "batch": batch, "receiving_org": org,
            "status": status, "city_id": cities.get(city) if city else None})
    for i, (cohort, name, prov, org, status, city) in enumerate(AMBASSADOR_ROWS, start=1):
        added["ambassadors"] += _add(session, AMBASSADORS, {
            "cohort": cohort, "full_name": name, "province": prov, "organisation": org, "status": status,
            "city_id": cities.get(city) if city else None, "phone": f"02 000 {i:04d}",
            "email": f"sca{i:02d}@example.com", "consent_on": date(2021 + cohort - 1, 9, 1),
            "notes": "บุคคลสมมติสำหรับทดลองใช้โปรแกรม"})
    for partner, country, prov, kind, focus, agency, start, status in PARTNERSHIP_ROWS:
        added["partnerships"] += _add(session, PARTNERSHIPS, {
            "partner": partner, "partner_kind": "programme", "partner_country": country, "province": prov,
            "kind": kind, "focus_areas": focus,
            "lead_agency": agency, "start_on": start, "status": status})
    sample_city_ids = [cities[row[0]] for row in CITY_ROWS if row[0] in cities]
    added.update(sample_meetings.fill(session, sample_city_ids))
    sample_certificates.fill(session, sample_city_ids, RENEWED)  # not among the counts: registers and meetings
    added["plan"] = sample_plan.fill(session)
    return added
