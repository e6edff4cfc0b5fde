"""Sample projects of the integrated smart city plan: clearly sample (the plan's real list is not public).

Every project's number starts with ตัวอย่าง-, every agency name ends with (ข้อมูลตัวอย่าง) and every note says it
is a made-up project, so none of them passes for a real submission. About three hundred projects over the fiscal
years 2567–2569 in two dozen provinces, from a fixed seed (the same data on every machine), with:

* worded-differently duplicates: the same thing in the same province and years, named with the other Thai or the
  English term and proposed by the same agency written differently (ทน. / เทศบาลนคร) or by the province;
* similar-but-distinct pairs: different things in the same place whose names share words (ไฟจราจร / ไฟส่องสว่าง,
  คุณภาพอากาศ / คุณภาพน้ำ), which the duplicate check must not flag.

``DUPLICATE_PAIRS`` and ``DISTINCT_PAIRS`` name them (by project number) for the tests.
"""

from __future__ import annotations

import random
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import PlanProject
from app.plan import budget
from app.registers.catalog import PLAN
from app.registers.records_bulk import Change, save_many

YEARS = (2567, 2568, 2569)
MARK = " (ข้อมูลตัวอย่าง)"
NOTE = "โครงการสมมติสำหรับทดลองใช้โปรแกรม ไม่ใช่คำขอจริงของหน่วยงาน"
SEED = 2564
CENT = Decimal("0.01")

# province code, town (the city municipality's name), province name
PLACES = [("TH-65", "พิษณุโลก", "พิษณุโลก"), ("TH-50", "เชียงใหม่", "เชียงใหม่"), ("TH-40", "ขอนแก่น", "ขอนแก่น"),
          ("TH-83", "ภูเก็ต", "ภูเก็ต"), ("TH-90", "หาดใหญ่", "สงขลา"), ("TH-20", "แสนสุข", "ชลบุรี"),
          ("TH-30", "นครราชสีมา", "นครราชสีมา"), ("TH-41", "อุดรธานี", "อุดรธานี"),
          ("TH-34", "อุบลราชธานี", "อุบลราชธานี"), ("TH-84", "สุราษฎร์ธานี", "สุราษฎร์ธานี"),
          ("TH-60", "นครสวรรค์", "นครสวรรค์"), ("TH-52", "ลำปาง", "ลำปาง"), ("TH-57", "เชียงราย", "เชียงราย"),
          ("TH-21", "ระยอง", "ระยอง"), ("TH-24", "ฉะเชิงเทรา", "ฉะเชิงเทรา"), ("TH-12", "นนทบุรี", "นนทบุรี"),
          ("TH-92", "ตรัง", "ตรัง"), ("TH-95", "ยะลา", "ยะลา"), ("TH-63", "แม่สอด", "ตาก"),
          ("TH-80", "นครศรีธรรมราช", "นครศรีธรรมราช"), ("TH-44", "มหาสารคาม", "มหาสารคาม"),
          ("TH-70", "ราชบุรี", "ราชบุรี"), ("TH-48", "นครพนม", "นครพนม"), ("TH-64", "สุโขทัย", "สุโขทัย")]

# what a project builds: (first wording, second wording for its duplicate), dimensions
KINDS = {
    "traffic": (("ระบบไฟจราจรอัจฉริยะ (Smart Traffic Light) เมือง{town}",
                 "ติดตั้งสัญญาณไฟจราจรอัจฉริยะ เขตเทศบาลนคร{town}"), ["MOB"]),
    "cctv": (("ระบบกล้องโทรทัศน์วงจรปิดอัจฉริยะเพื่อความปลอดภัย {town}",
              "ติดตั้งกล้อง CCTV อัจฉริยะเพื่อความปลอดภัยในเขตเมือง{town}"), ["LIV", "GOV"]),
    "lighting": (("ระบบไฟส่องสว่างอัจฉริยะ {town}", "เปลี่ยนโคมไฟถนนเป็น Smart Street Lighting เมือง{town}"),
                 ["ENE", "LIV"]),
    "data": (("แพลตฟอร์มข้อมูลเมือง (City Data Platform) {town}", "ศูนย์ข้อมูลเมืองอัจฉริยะ{town}"), ["GOV"]),
    "solar": (("ติดตั้งโซลาร์รูฟท็อปบนอาคารสำนักงาน {town}",
               "ระบบผลิตไฟฟ้าพลังงานแสงอาทิตย์บนหลังคาอาคารสำนักงาน {town}"), ["ENE"]),
    "air": (("ระบบตรวจวัดคุณภาพอากาศ PM2.5 {town}", "เครือข่ายเซนเซอร์ตรวจวัดฝุ่นละอองขนาดเล็ก {town}"), ["ENV"]),
    "flood": (("ระบบเตือนภัยน้ำท่วมล่วงหน้า {town}", "ระบบแจ้งเตือนอุทกภัยล่วงหน้า เมือง{town}"), ["ENV", "GOV"]),
    "waste": (("ระบบบริหารจัดการขยะอัจฉริยะ {town}", "ถังขยะอัจฉริยะ (Smart Bin) แจ้งเตือนเมื่อเต็ม {town}"), ["ENV"]),
    "parking": (("ระบบที่จอดรถอัจฉริยะ (Smart Parking) {town}", "แอปพลิเคชันค้นหาที่จอดรถว่าง เมือง{town}"), ["MOB"]),
    "bus": (("ระบบติดตามรถโดยสารสาธารณะแบบเรียลไทม์ {town}", "แอปพลิเคชันติดตามรถเมล์ {town}"), ["MOB"]),
    "tele": (("ระบบการแพทย์ทางไกล (Telemedicine) {town}", "บริการปรึกษาแพทย์ทางไกลผ่านวิดีโอ {town}"), ["LIV"]),
    "elderly": (("ระบบดูแลผู้สูงอายุอัจฉริยะ {town}", "อุปกรณ์สวมใส่เฝ้าระวังผู้สูงอายุที่อยู่ลำพัง {town}"),
                ["LIV", "PPL"]),
    "skills": (("อบรมทักษะดิจิทัลสำหรับประชาชน {town}", "ยกระดับทักษะดิจิทัลของประชาชนเมือง{town}"), ["PPL"]),
    "wifi": (("อินเทอร์เน็ตไร้สายสาธารณะ (Free Wi-Fi) {town}", "จุดให้บริการ Wi-Fi ฟรีในพื้นที่สาธารณะ {town}"),
             ["LIV", "GOV"]),
    "eservice": (("ระบบบริการประชาชนออนไลน์ (e-Service) {town}", "พัฒนาบริการอิเล็กทรอนิกส์ของเทศบาล {town}"),
                 ["GOV"]),
    "farm": (("เกษตรอัจฉริยะ (Smart Farming) {town}", "ระบบให้น้ำอัตโนมัติในแปลงเกษตร {town}"), ["ECO", "ENV"]),
    "tourism": (("แพลตฟอร์มส่งเสริมการท่องเที่ยวเมือง{town}", "แอปพลิเคชันนำเที่ยวอัจฉริยะ {town}"), ["ECO"]),
    "ev": (("สถานีอัดประจุยานยนต์ไฟฟ้า {town}", "ติดตั้งสถานีชาร์จรถยนต์ไฟฟ้า (EV Charger) {town}"), ["ENE", "MOB"]),
    "water": (("ระบบตรวจวัดคุณภาพน้ำแบบเรียลไทม์ {town}", None), ["ENV"]),
    "wildfire": (("ระบบเฝ้าระวังไฟป่าและหมอกควัน {town}", None), ["ENV"]),
}
# similar-but-distinct: a project of the first kind gets a neighbour of the second in the same place and year
NEIGHBOURS = {"traffic": "lighting", "air": "water", "flood": "wildfire", "parking": "bus", "tele": "elderly",
              "solar": "ev"}
COMMON = [k for k, (names, _dims) in KINDS.items() if names[1] is not None]
STATUSES = {2567: ("funded", "under_way", "under_way", "done"), 2568: ("screened", "in_plan", "funded", "funded"),
            2569: ("proposed", "proposed", "screened", "in_plan")}
AMOUNTS = (1_500_000, 2_400_000, 3_850_000, 5_000_000, 7_500_000, 12_000_000, 18_500_000, 25_000_000, 40_000_000)

DUPLICATE_PAIRS: list[tuple[str, str]] = []  # filled by projects(): (code, code) of each planted duplicate
DISTINCT_PAIRS: list[tuple[str, str]] = []


def _agency(kind: str, town: str, province: str, variant: bool = False) -> tuple[str, str]:
    """(name, agency kind): a municipality written in full or abbreviated, the PAO, or the province."""
    if kind == "local":
        return (f"ทน.{town}" if variant else f"เทศบาลนคร{town}") + MARK, "local"
    if kind == "pao":
        return (f"อบจ.{province}" if variant else f"องค์การบริหารส่วนจังหวัด{province}") + MARK, "local"
    return f"จังหวัด{province}" + MARK, "province"


class _Maker:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.rows: list[dict] = []
        self.lines: dict[str, list[budget.Line]] = {}
        self.count = dict.fromkeys(YEARS, 0)

    def add(self, kind: str, wording: int, place: tuple, year: int, agency: tuple[str, str], span: int = 1,
            amount: int | None = None) -> str:
        code, town, _province = place
        self.count[year] += 1
        number = f"ตัวอย่าง-{year}-{self.count[year]:03d}"
        status = self.rng.choice(STATUSES[year])
        amount = amount if amount is not None else self.rng.choice(AMOUNTS)
        self.rows.append({
            "code": number, "name": KINDS[kind][0][wording].format(town=town), "agency": agency[0],
            "agency_kind": agency[1], "provinces": [code], "dimensions": KINDS[kind][1], "fiscal_year": year,
            "end_year": year + span - 1 if span > 1 else None, "status": status, "notes": NOTE,
            "resolution": None if status == "proposed" else f"มติที่ประชุมกลั่นกรองแผนงาน ครั้งที่ 1/{year - 1}{MARK}"})
        self.lines[number] = self._lines(year, span, amount, agency[1], status)
        return number

    def _lines(self, year: int, span: int, amount: int, agency_kind: str, status: str) -> list[budget.Line]:
        source = "local" if agency_kind == "local" else "province"
        funded = status in ("funded", "under_way", "done")
        found = []
        for n in range(span):
            requested = Decimal(amount // span // 1000 * 1000)
            for src, part in (("gov", requested * 7 / 10), (source, requested * 3 / 10)):
                allocated = part * self.rng.choice((60, 80, 100)) / 100
                found.append(budget.Line(year + n, src, part.quantize(CENT), allocated.quantize(CENT) if funded
                                         else None))
        return found


def projects() -> tuple[list[dict], dict[str, list[budget.Line]]]:
    """The sample's rows (register values) and budget lines by project number; the same on every call."""
    maker = _Maker()
    DUPLICATE_PAIRS.clear()
    DISTINCT_PAIRS.clear()
    for i, place in enumerate(PLACES):
        kinds = maker.rng.sample(COMMON, 12)
        for y, year in enumerate(YEARS):
            for kind in kinds[4 * y:4 * y + 4]:
                agency_kind = ("local", "pao", "province")[maker.rng.randrange(3)]
                span = 2 if maker.rng.random() < 0.25 and year < YEARS[-1] else 1
                amount = maker.rng.choice(AMOUNTS)
                first = maker.add(kind, 0, place, year, _agency(agency_kind, place[1], place[2]), span, amount)
                if (i + y) % 3 == 0 and kind == kinds[4 * y]:  # a worded-differently duplicate
                    twin = _agency(agency_kind, place[1], place[2], variant=True) if i % 2 else \
                        _agency("province", place[1], place[2])
                    second = maker.add(kind, 1, place, year, twin, 1, int(amount * maker.rng.choice((0.9, 1, 1.1))))
                    DUPLICATE_PAIRS.append((first, second))
                if kind in NEIGHBOURS and NEIGHBOURS[kind] not in kinds and (i + y) % 2 == 0:
                    other = maker.add(NEIGHBOURS[kind], 0, place, year, _agency(agency_kind, place[1], place[2]))
                    DISTINCT_PAIRS.append((first, other))
    return maker.rows, maker.lines


def fill(session: Session) -> int:
    """Add the sample projects that are missing (by number) with their budget lines; how many were added."""
    rows, lines = projects()
    have = set(session.scalars(select(PlanProject.code).where(PlanProject.code.like("ตัวอย่าง-%"))))
    missing = [r for r in rows if r["code"] not in have]
    if not missing:
        return 0
    ids = save_many(session, PLAN, [Change(r) for r in missing])
    budget.add_lines(session, {pid: lines[r["code"]] for pid, r in zip(ids, missing, strict=True)})
    return len(missing)
