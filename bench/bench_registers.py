"""Register performance at 1×, 100× and 1000× the realistic size: cold start, pane open, search, sort, memory.

Run from the project root:  .venv/bin/python bench/bench_registers.py [--scales 1,100,1000] [--keep DIR]

It prints figures (a markdown table per part), it is not a test. 1× is 40 cities, 150 promotion zones,
200 ambassadors and 30 ASCN partnerships. Goals (from the issue): GUI cold start ≤ 1.3× a bare PySide6
window started in the same run, and every interaction ≤ 100 ms at 1000×.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETTINGS_DIR = Path(tempfile.mkdtemp(prefix="bench-registers-settings-"))
# Before Qt is imported: no display needed, and the user's own QSettings are neither read nor written.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["XDG_CONFIG_HOME"] = str(SETTINGS_DIR)

import PySide6  # noqa: E402
import sqlalchemy  # noqa: E402
from PySide6.QtCore import QEvent, QEventLoop, Qt, QThreadPool, QTimer, qInstallMessageHandler, qVersion  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import func, insert, select  # noqa: E402

from app.core import migrate  # noqa: E402
from app.core.db import Database  # noqa: E402
from app.models import Ambassador, AscnPartnership, City, Kind, PromotionZone  # noqa: E402
from app.models.ambassador import AMBASSADOR_STATUSES  # noqa: E402
from app.models.city import BOI_STATUSES, CITY_TYPES, DEVELOPER_KINDS, city_dimension, city_province  # noqa: E402
from app.models.partnership import ASCN_FOCUS_AREAS, PARTNERSHIP_STATUSES, PARTNERSHIP_TYPES  # noqa: E402
from app.models.zone import ZONE_STATUSES  # noqa: E402
from app.registers import keys, search_index  # noqa: E402
from app.registers.catalog import REGISTERS  # noqa: E402
from app.registers.reference import load_dimensions, load_provinces  # noqa: E402

SEED = 20240611
CHUNK = 5000
BASE = {"cities": 40, "zones": 150, "ambassadors": 200, "partnerships": 30}
GOAL_MS = 100.0
GOAL_RATIO = 1.3
JSON_KEYS = {"pane_open_ms": "pane_open", "first_sort_ms": "sort_name_first", "search_ms": "key2",
             "search_counted_ms": "key2_counted",
             "search_3_ms": "key3", "gui_thread_max_ms": "repaint_max",
             "scroll_end_ms": "scroll_end", "max_gui_stall_ms": "max_gui_stall"}
DATE_COLUMN = {"cities": "certified_on", "zones": "declared_on", "ambassadors": "consent_on",
               "partnerships": "start_on"}
KEYSTROKES = ("ก", "กา", "กาญ")  # one and two characters: the trigrams they begin; three: a phrase of the index

# --------------------------------------------------------------------------------------------- Thai text

PLACE_A = ("บาง", "ศรี", "นคร", "เชียง", "แม่", "โคก", "หนอง", "ไชย", "ลำ", "สุข", "ขอน", "หาด", "ท่า", "บ้าน",
           "ดอน", "ปาก", "สัน", "ห้วย", "วัง", "ภู", "อุดร", "ใหม่", "เกาะ", "แหลม", "โพธิ์", "ไทร", "เวียง", "แสน",
           "กุด", "นาง", "พระ", "สาม", "ร้อย", "กาญจน", "ประจวบ", "ธรรม", "ราช", "สระ", "คลอง", "ทุ่ง", "เขา",
           "ตลาด", "ชล", "อ่าง", "ไผ่")
PLACE_B = ("แก่น", "ใหญ่", "ทอง", "ราย", "สวรรค์", "ธานี", "บุรี", "สาคร", "ปราการ", "กระบือ", "ไทร", "งาม",
           "เจริญ", "ใต้", "เหนือ", "ดี", "คำ", "หลวง", "น้อย", "สุข", "แสง", "ชัย", "พัฒนา", "โพธิ์", "เงิน",
           "มงคล", "ศิลา", "ราชา", "นิมิต", "สมบูรณ์", "ไพร", "เย็น", "หอม", "ยาว", "กลาง", "ทราย", "แดง", "เขียว",
           "ขาว", "บัว", "ใส", "ลาด", "วารี", "อุดม", "ประเสริฐ")
PLACE_C = ("", "", "", "", "", "", "", "", "", "", "", "", "นคร", "ใหม่", "เหนือ", "ใต้", "ตะวันออก", "ตะวันตก",
           "พัฒนา", "เก่า", "กลาง", "ธานี", "บุรี", "วิไล", "สถิต", "ไพศาล", "โสภณ", "เกษม", "อำไพ", "ทิพย์",
           "รัตน์", "วงศ์", "นิเวศน์", "เขต", "ใน", "นอก", "ล่าง", "บน", "ศิริ", "ภิรมย์", "อารี", "ไมตรี",
           "เสรี", "แดนดิน", "โชติ")
CITY_TEMPLATES = ("{p}สมาร์ทซิตี้", "เมืองอัจฉริยะ{p}", "{p}เมืองน่าอยู่", "โครงการพัฒนาเมืองอัจฉริยะ{p}",
                  "ย่าน{p}อัจฉริยะ", "เมืองใหม่{p}", "{p} เมืองน่าอยู่ น่าเที่ยว น่าลงทุน", "เทศบาล{p}อัจฉริยะ",
                  "แผนพัฒนาเมือง{p}", "โครงการ{p}ดิจิทัล", "ไอทีพาร์ค{p}", "อุทยานนวัตกรรม{p}")
ZONE_TEMPLATES = ("เขตส่งเสริมเมืองอัจฉริยะ{p}", "เขตส่งเสริม{p}", "เขตส่งเสริมเมืองอัจฉริยะ{p} ระยะที่ {n}",
                  "{p}เขตส่งเสริมการพัฒนาเมือง", "เขตพัฒนาพิเศษ{p}")
LATIN = ("ban", "kok", "chiang", "mai", "khon", "kaen", "phu", "ket", "sri", "nakhon", "sawan", "lam", "pang",
         "udon", "thani", "hat", "yai", "nong", "khai", "tha", "rua", "wang", "chan", "mae", "sot")
TITLES = ("นาย", "นางสาว", "นาง")
FIRST = ("สมชาย", "สมหญิง", "วิชัย", "ประเสริฐ", "สุดา", "มาลี", "อรุณ", "กิตติ", "ณัฐ", "ธนา", "พิมพ์", "ศิริ",
         "อำนาจ", "เอกชัย", "เอื้อ", "แก้ว", "โชค", "ใจ", "ไพโรจน์", "ไพลิน", "เพ็ญ", "เกศ", "เฉลิม", "แสงเดือน",
         "ชุติมา", "ปิยะ", "รัตนา", "วรรณ", "สุภา", "อนันต์", "จิรา", "ธีร", "ภัทร", "กมล", "ชนก", "ดารา", "นภา",
         "บุญ", "ปรีชา", "พงศ์", "มานพ", "ยุทธ", "ลัดดา", "วีระ", "สมศักดิ์", "อัญชลี", "เกียรติ", "เสาวนีย์",
         "โสภณ", "ไกรสร")
FIRST_SUFFIX = ("", "", "", "พร", "ชัย", "รัตน์", "ทิพย์", "วัฒน์", "ศักดิ์", "นันท์")
SURNAME = ("ศรี", "สุข", "ใจ", "ดี", "แก้ว", "ทอง", "เจริญ", "วงศ์", "กุล", "สกุล", "รักษ์", "พันธ์", "ชัย",
           "มงคล", "เพชร", "รัตน", "สวัสดิ์", "บุญ", "ประเสริฐ", "เกษม", "วัฒนา", "ไพศาล", "โชติ", "เลิศ", "แสง",
           "อินทร์", "จันทร์", "พงษ์", "ศักดิ์", "นาค", "สมบูรณ์", "ธรรม", "เรือง", "สิทธิ์", "อุดม", "ภักดี",
           "ยิ่ง", "ไชย", "โพธิ์", "เอี่ยม")
ORG_TEMPLATES = ("มหาวิทยาลัย{p}", "วิทยาลัยเทคนิค{p}", "เทศบาลนคร{p}", "บริษัท {p}ดิจิทัล จำกัด",
                 "นักศึกษามหาวิทยาลัย{p}", "ผู้ประกอบการอิสระ", "สำนักงานจังหวัด{prov}", "องค์การบริหารส่วนตำบล{p}")
DEVELOPER_TEMPLATES = {
    "state_enterprise": ("การไฟฟ้าส่วนภูมิภาค เขต{prov}", "บริษัท ปตท. จำกัด (มหาชน) สาขา{p}"),
    "university": ("มหาวิทยาลัย{p}", "มหาวิทยาลัยราชภัฏ{prov}"),
    "local_government": ("เทศบาลนคร{p}", "เทศบาลเมือง{p}", "องค์การบริหารส่วนจังหวัด{prov}"),
    "government_agency": ("สำนักงานจังหวัด{prov}", "กรมโยธาธิการและผังเมือง"),
    "company": ("บริษัท {p}พัฒนาเมือง จำกัด", "บริษัท {p} สมาร์ทซิตี้ จำกัด"),
    "other": ("มูลนิธิ{p}", "ภาคประชาสังคม{p}"),
}
FOREIGN = (("สิงคโปร์", "สิงคโปร์"), ("ดานัง", "เวียดนาม"), ("โฮจิมินห์ซิตี้", "เวียดนาม"), ("ฮานอย", "เวียดนาม"),
           ("เซบู", "ฟิลิปปินส์"), ("ดาเวา", "ฟิลิปปินส์"), ("มะนิลา", "ฟิลิปปินส์"), ("กัวลาลัมเปอร์", "มาเลเซีย"),
           ("ยะโฮร์บาห์รู", "มาเลเซีย"), ("กูชิง", "มาเลเซีย"), ("จาการ์ตา", "อินโดนีเซีย"),
           ("บันยูวังงี", "อินโดนีเซีย"), ("มากัสซาร์", "อินโดนีเซีย"), ("เวียงจันทน์", "ลาว"), ("หลวงพระบาง", "ลาว"),
           ("พนมเปญ", "กัมพูชา"), ("เสียมราฐ", "กัมพูชา"), ("ย่างกุ้ง", "เมียนมา"), ("มัณฑะเลย์", "เมียนมา"),
           ("บันดาร์เสรีเบกาวัน", "บรูไน"), ("โยโกฮามา", "ญี่ปุ่น"), ("โอซากา", "ญี่ปุ่น"),
           ("ปูซาน", "สาธารณรัฐเกาหลี"), ("เซจง", "สาธารณรัฐเกาหลี"), ("Brisbane", "ออสเตรเลีย"),
           ("Seattle", "สหรัฐอเมริกา"))
PARTNER_TEMPLATES = ("{city}", "เมือง{city}", "เมืองคู่แฝด {city}–{p}", "ASCN pilot {city}",
                     "โครงการความร่วมมือ {city} ระยะที่ {n}", "แผนงานเมืองอัจฉริยะ{city}")
AGENCIES = ("สำนักงานส่งเสริมเศรษฐกิจดิจิทัล", "กรุงเทพมหานคร", "จังหวัด{prov}", "เทศบาลนคร{p}",
            "กระทรวงการต่างประเทศ")
SUBCOMMITTEE = "คณะอนุกรรมการขับเคลื่อนและบริหารโครงการเมืองอัจฉริยะ"
NOTES = ("ติดตามความก้าวหน้าทุกไตรมาส", "รอเอกสารประกอบเพิ่มเติม", "ผ่านการประเมินเบื้องต้น",
         "อยู่ระหว่างปรับแผนการดำเนินงาน", "นำเสนอคณะอนุกรรมการครั้งถัดไป")


# --------------------------------------------------------------------------------------------- synthetic rows


class Gen:
    """Row dictionaries for one scale, from one seeded generator."""

    def __init__(self, scale: int):
        self.rng = random.Random(SEED * 10_007 + scale)
        self.provinces = [p["code"] for p in load_provinces()]
        self.province_names = {p["code"]: p["name_th"] for p in load_provinces()}
        self.dimensions = [d["code"] for d in load_dimensions()]
        self.now = datetime(2025, 1, 15, 9, 30)
        self.counts = {key: n * scale for key, n in BASE.items()}

    def place(self) -> str:
        r = self.rng
        return r.choice(PLACE_A) + r.choice(PLACE_B) + r.choice(PLACE_C)

    def latin(self) -> str:
        r = self.rng
        return "".join(r.choice(LATIN) for _ in range(r.randint(2, 3))).capitalize()

    def person(self) -> str:
        r = self.rng
        surname = "".join(r.choice(SURNAME) for _ in range(r.randint(2, 3)))
        return f"{r.choice(TITLES)}{r.choice(FIRST)}{r.choice(FIRST_SUFFIX)} {surname}"

    def day(self, start: int = 2018, years: int = 8) -> date:
        return date(start, 1, 1) + timedelta(days=self.rng.randrange(365 * years))

    def maybe(self, value, p_none: float):
        return None if self.rng.random() < p_none else value

    def fill(self, template: str, province: str | None = None) -> str:
        province = province or self.rng.choice(self.provinces)
        return template.format(p=self.place(), prov=self.province_names[province], n=self.rng.randint(1, 9))

    def stamps(self) -> dict:
        created = self.now - timedelta(minutes=self.rng.randrange(60 * 24 * 900))
        return {"created_at": created, "updated_at": created, "version": 1}

    def cities(self) -> Iterator[dict]:
        r = self.rng
        kinds = [c.value for c in DEVELOPER_KINDS]
        for i in range(1, self.counts["cities"] + 1):
            kind = r.choice(kinds)
            certified = self.maybe(self.day(2019, 6), 0.1)
            issued = certified + timedelta(days=r.randrange(200)) if certified and r.random() < 0.75 else None
            valid = _add_years(issued, 2) if issued else None
            yield {
                "id": i, "name_th": r.choice(CITY_TEMPLATES).format(p=self.place()),
                "name_en": self.maybe(f"{self.latin()} Smart City", 0.25),
                "developer": self.fill(r.choice(DEVELOPER_TEMPLATES[kind])),
                "developer_kind": self.maybe(kind, 0.05), "city_type": r.choice(CITY_TYPES).value,
                "certified_on": certified,
                "approved_by": self.maybe(SUBCOMMITTEE, 0.2),
                "approved_meeting": self.maybe(f"การประชุมครั้งที่ {r.randint(1, 4)}/{r.randint(2562, 2568)}", 0.3),
                "emblem_issued_on": issued, "emblem_valid_until": valid,
                "boi_area": self.maybe(r.choice(BOI_STATUSES).value, 0.3),
                "boi_system": self.maybe(r.choice(BOI_STATUSES).value, 0.3),
                "area_km2": self.maybe(round(r.uniform(0.2, 450.0), 2), 0.2),
                "website": self.maybe(f"https://{self.latin().lower()}.go.th", 0.4),
                "notes": self.maybe(r.choice(NOTES), 0.8),
                **self.stamps(),
            }

    def city_provinces(self) -> Iterator[dict]:
        for i in range(1, self.counts["cities"] + 1):
            n = 1 if self.rng.random() < 0.85 else self.rng.randint(2, 3)
            for code in self.rng.sample(self.provinces, n):
                yield {"city_id": i, "province_code": code}

    def city_dimensions(self) -> Iterator[dict]:
        for i in range(1, self.counts["cities"] + 1):
            for code in self.rng.sample(self.dimensions, self.rng.randint(1, len(self.dimensions))):
                yield {"city_id": i, "dimension_code": code}

    def zones(self) -> Iterator[dict]:
        r = self.rng
        statuses = [c.value for c in ZONE_STATUSES]
        for i in range(1, self.counts["zones"] + 1):
            status = r.choice(statuses)
            province = r.choice(self.provinces)
            yield {
                "id": i, "name": self.fill(r.choice(ZONE_TEMPLATES), province), "province": province,
                "declared_on": self.maybe(self.day(2019, 6), 0.1), "batch": self.maybe(r.randint(1, 12), 0.15),
                "receiving_org": self.maybe(self.fill("เทศบาลนคร{p}"), 0.1), "status": status,
                "city_id": r.randint(1, self.counts["cities"]) if status == "certified" else None,
                "progress_notes": self.maybe(r.choice(NOTES), 0.6),
                **self.stamps(),
            }

    def ambassadors(self) -> Iterator[dict]:
        r = self.rng
        statuses = [c.value for c in AMBASSADOR_STATUSES]
        for i in range(1, self.counts["ambassadors"] + 1):
            province = r.choice(self.provinces)
            yield {
                "id": i, "cohort": r.randint(1, 6), "full_name": self.person(), "province": province,
                "zone_id": self.maybe(r.randint(1, self.counts["zones"]), 0.5),
                "city_id": self.maybe(r.randint(1, self.counts["cities"]), 0.6),
                "organisation": self.maybe(self.fill(r.choice(ORG_TEMPLATES), province), 0.1),
                "phone": self.maybe(f"0{r.choice('689')}{r.randint(0, 9)} {r.randint(0, 999):03d} "
                                    f"{r.randint(0, 9999):04d}", 0.2),
                "email": self.maybe(f"sca{i:06d}@example.com", 0.2),
                "consent_on": self.day(2021, 4), "status": r.choice(statuses),
                "notes": self.maybe(r.choice(NOTES), 0.9),
                **self.stamps(),
            }

    def partnerships(self) -> Iterator[dict]:
        r = self.rng
        kinds = [c.value for c in PARTNERSHIP_TYPES]
        focus = [c.value for c in ASCN_FOCUS_AREAS]
        statuses = [c.value for c in PARTNERSHIP_STATUSES]
        for i in range(1, self.counts["partnerships"] + 1):
            city, country = r.choice(FOREIGN)
            province = r.choice(self.provinces)
            start = self.maybe(self.day(2018, 7), 0.15)
            yield {
                "id": i, "partner": r.choice(PARTNER_TEMPLATES).format(city=city, p=self.place(), n=r.randint(1, 5)),
                "partner_country": country, "province": province, "kind": r.choice(kinds),
                "focus_areas": r.sample(focus, r.randint(0, 3)),
                "lead_agency": self.maybe(self.fill(r.choice(AGENCIES), province), 0.15),
                "start_on": start,
                "end_on": start + timedelta(days=365 * r.randint(1, 5)) if start and r.random() < 0.6 else None,
                "status": r.choice(statuses), "notes": self.maybe(r.choice(NOTES), 0.85),
                **self.stamps(),
            }


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _chunks(rows: Iterator[dict], size: int = CHUNK) -> Iterator[list[dict]]:
    chunk: list[dict] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        counts = {key: conn.execute(select(func.count()).select_from(reg.model.__table__)).scalar_one()
                  for key, reg in REGISTERS.items()}
        for table in (city_province, city_dimension):
            counts[table.name] = conn.execute(select(func.count()).select_from(table)).scalar_one()
    return counts


def build_database(path: Path, scale: int) -> dict:
    """Schema through the app's migrations, then rows with Core executemany in one transaction."""
    expected = {key: n * scale for key, n in BASE.items()}
    if path.exists():
        db = Database(path)
        try:
            if migrate.current_revision(db) == migrate.head_revision():
                counts = _counts(db)
                if all(counts[k] == v for k, v in expected.items()):
                    return {"counts": counts, "seconds": None, "mb": _size_mb(path)}
        finally:
            db.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    start = time.perf_counter()
    db = Database(path)
    migrate.upgrade(db)
    gen = Gen(scale)
    plan = ((City.__table__, gen.cities()), (city_province, gen.city_provinces()),
            (city_dimension, gen.city_dimensions()), (PromotionZone.__table__, gen.zones()),
            (Ambassador.__table__, gen.ambassadors()), (AscnPartnership.__table__, gen.partnerships()))
    with db.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA synchronous=OFF")
        for table, rows in plan:
            stmt = insert(table)
            for chunk in _chunks(rows):
                conn.execute(stmt, chunk)
    with db.session() as session:  # what revision 0011 does for rows already there: the stored keys
        keys.rebuild(session)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    counts = _counts(db)
    db.dispose()
    return {"counts": counts, "seconds": time.perf_counter() - start, "mb": _size_mb(path)}


def _size_mb(path: Path) -> float:
    return sum(Path(f"{path}{s}").stat().st_size for s in ("", "-wal") if Path(f"{path}{s}").exists()) / 2**20


# --------------------------------------------------------------------------------------------- cold start

_CHILD_COMMON = r"""
import os, resource, sys, time, traceback
T0 = time.perf_counter()
from PySide6.QtCore import QEvent, QObject, QTimer

class FirstPaint(QObject):
    # Armed once the window has something to show; reports after the first paint of the target widget,
    # on the next turn of the event loop (the paint pass has then finished).
    def __init__(self):
        super().__init__()
        self.target = None
    def arm(self, widget):
        self.target = widget
        widget.installEventFilter(self)
        widget.update()
    def eventFilter(self, obj, event):
        if obj is self.target and event.type() == QEvent.Type.Paint:
            self.target = None
            QTimer.singleShot(0, report)
        return False

def peak_kib():
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over fork + exec, so a child of a big parent
    # would report the parent's peak.
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

def report():
    print(f"READY {time.perf_counter() - T0:.4f} {peak_kib()}", flush=True)
    os._exit(0)

def fail(exc_type, exc, tb):
    traceback.print_exception(exc_type, exc, tb)
    sys.stderr.flush()
    os._exit(3)
"""

CHILD_FLOOR = _CHILD_COMMON + r"""
import sqlalchemy.orm  # noqa: F401
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 760)
painted = FirstPaint()
painted.arm(window)
window.show()
app.exec()
"""

CHILD_QT_TABLE = _CHILD_COMMON + r"""
# A reference, not a goal: what the first window's Qt parts cost with no app behind them. The floor's imports, then
# the widgets the main window shows (navigation list, splitter, pane with search, filters and buttons, a sortable
# table, four menus of shortcuts, status bar), the bundled Thai fonts, and the first 200 cities' texts read with
# sqlite3 into a plain table model; painted like the app's first pane.
import sqlite3
import sqlalchemy.orm  # noqa: F401
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QFont, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QMainWindow, QSplitter, QStackedWidget, QStyle,
                               QTableView, QToolButton, QVBoxLayout, QWidget)
app = QApplication(sys.argv[:1])
for name in ("Laksaman.ttf", "Laksaman-Bold.ttf", "THSarabunPSK.ttf"):
    QFontDatabase.addApplicationFont(f"resources/fonts/{name}")
app.setFont(QFont("Laksaman", 11))
rows = sqlite3.connect(sys.argv[1]).execute(
    "SELECT name_th, other_name, name_en, developer, developer_kind, city_type, certified_on, approved_by,"
    " approved_meeting, emblem_issued_on, emblem_valid_until, boi_area, website FROM city ORDER BY id LIMIT 200"
).fetchall()
class Rows(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return len(rows)
    def columnCount(self, parent=QModelIndex()):
        return 13
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return str(rows[index.row()][index.column()] or "")
    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return "ชื่อเมือง/โครงการ"
window = QMainWindow()
window.resize(1280, 760)
nav = QListWidget()
for _ in range(9):
    QListWidgetItem("พื้นที่เมืองอัจฉริยะ", nav)
pane = QWidget()
layout, bar = QVBoxLayout(pane), QHBoxLayout()
bar.addWidget(QLineEdit())
for _ in range(3):
    combo = QComboBox()
    combo.addItems(["ทุกจังหวัด"])
    bar.addWidget(combo)
for text in ("เพิ่ม", "แก้ไข", "ลบ"):
    button = QToolButton()
    button.setText(text)
    bar.addWidget(button)
layout.addWidget(QLabel("พื้นที่เมืองอัจฉริยะ"))
layout.addLayout(bar)
table, model = QTableView(), Rows()
table.setModel(model)
table.setSortingEnabled(True)
table.setAlternatingRowColors(True)
table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
layout.addWidget(table)
stack = QStackedWidget()
stack.addWidget(pane)
splitter = QSplitter()
splitter.addWidget(nav)
splitter.addWidget(stack)
window.setCentralWidget(splitter)
for title in ("แฟ้ม", "แก้ไข", "มุมมอง", "ช่วยเหลือ"):
    menu = window.menuBar().addMenu(title)
    for n in range(8):
        action = QAction("รายการในเมนู", window)
        action.setShortcut(QKeySequence(f"Ctrl+Shift+{n}"))
        menu.addAction(action)
window.statusBar().showMessage("15 รายการ")
painted = FirstPaint()
painted.arm(table.viewport())
window.show()
app.exec()
"""

CHILD_APP = _CHILD_COMMON + r"""
import gc
gc.disable()  # as app.cli.main does for the window; app.gui.start turns collection on once the first rows are painted
mode, target = sys.argv[1], sys.argv[2]
if mode == "cli":  # what `python main.py --db FILE` does before the window: check + migration check
    from app.cli.main import open_database
    db = open_database(target)
else:
    from app.core.db import Database
    db = Database(target)
import app.views.error_hook as error_hook
error_hook.install = lambda lang: None  # the app's hook would open a modal box nobody can close offscreen
sys.excepthook = fail
from app import gui
window = gui.start(db)  # what run_gui does before app.exec(): make_app, the main window shown
pane = window.current_pane()
painted = FirstPaint()
pane.loaded.connect(lambda: painted.arm(pane.table.viewport()))
pane.load_failed.connect(lambda error: fail(type(error), error, error.__traceback__))
from PySide6.QtWidgets import QApplication
QApplication.instance().exec()
"""

# A reference, not a goal: the floor with Python's cyclic garbage collector paused, as the app pauses it for its start.
CHILD_FLOOR_PAUSED = CHILD_FLOOR.replace("import sqlalchemy.orm  # noqa: F401", "import gc\ngc.disable()\n"
                                         "import sqlalchemy.orm  # noqa: F401", 1)


def _child_env() -> dict[str, str]:
    """The children start as an installed app does: with Python's bytecode cache (written by the warm-up round).
    PYTHONDONTWRITEBYTECODE, set in some shells and sandboxes, would recompile the app's own modules every start
    while the floor's libraries keep theirs (as ``bench_minutes.py`` does)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(SETTINGS_DIR / "child")  # fresh settings: default pane, no saved header
    return env


def run_child(code: str, args: list[str], timeout: float = 180.0) -> tuple[float, float, int]:
    """Wall seconds from Popen to the READY line, the child's own seconds since its first line, its peak RSS KiB."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=err,
                                cwd=ROOT, env=_child_env(), text=True)
        watchdog = threading.Timer(timeout, proc.kill)
        watchdog.start()
        try:
            line = ""
            for line in proc.stdout:
                if line.startswith("READY"):
                    break
            wall = time.perf_counter() - start
        finally:
            watchdog.cancel()
            proc.stdout.close()
            proc.wait()
        if not line.startswith("READY"):
            err.seek(0)
            raise RuntimeError(f"cold-start child failed (rc={proc.returncode}):\n"
                               + err.read().decode(errors="replace")[-3000:])
    _, inner, rss = line.split()
    return wall, float(inner), int(rss)


def cold_start(variants: list[tuple[str, str, list[str]]], reps: int) -> dict[str, dict]:
    """Round-robin over the variants (one discarded warm-up round first), so drift hits all alike. ``ratio`` is
    the median over the rounds of a variant's time over the first variant's (the floor's) in the same round: the
    speed of a shared machine drifts by more than the differences measured, and a round's runs share it."""
    walls: dict[str, list[float]] = {name: [] for name, _, _ in variants}
    rss: dict[str, int] = {}
    for rep in range(reps + 1):
        for name, code, args in variants:
            wall, _, kib = run_child(code, args)
            if rep:
                walls[name].append(wall)
                rss[name] = max(rss.get(name, 0), kib)
    floor = walls[variants[0][0]]
    return {name: {"median": statistics.median(w), "min": min(w), "max": max(w), "rss_kib": rss[name],
                   "ratio": statistics.median(x / f for x, f in zip(w, floor, strict=True))}
            for name, w in walls.items()}


# --------------------------------------------------------------------------------------------- in-process


def ms(seconds: float) -> float:
    return seconds * 1000.0


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return ms(time.perf_counter() - start)


def repaint() -> float:
    """Process pending events (the visible table repaints); milliseconds."""
    return timed(QApplication.processEvents)


def open_pane(pane, timeout_ms: int = 300_000) -> float:
    """Milliseconds from reload() to the pane's loaded signal (the load runs on the thread pool)."""
    loop = QEventLoop()
    outcome: dict[str, object] = {}

    def done() -> None:
        outcome["ok"] = True
        loop.quit()

    def failed(error) -> None:
        outcome["error"] = error
        loop.quit()

    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    pane.loaded.connect(done)
    pane.load_failed.connect(failed)
    start = time.perf_counter()
    pane.reload()
    if not outcome:
        guard.start(timeout_ms)
        loop.exec()
    elapsed = ms(time.perf_counter() - start)
    guard.stop()
    pane.loaded.disconnect(done)
    pane.load_failed.disconnect(failed)
    if "ok" not in outcome:
        raise RuntimeError(f"pane {pane.register.key} did not load: {outcome.get('error', 'timeout')}")
    return elapsed


def until_shown(pane, action: Callable[[], object], timeout_ms: int = 120_000) -> tuple[float, float]:
    """(milliseconds from ``action`` to its first rows painted, milliseconds of it on the GUI thread): a search or
    sort the pane asks of the database on the worker is waited for (the model signals ``ordered`` when the view's
    first rows are in; a search with more than a page of hits is counted after that, see ``settle``)."""
    loop = QEventLoop()
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    shown: list[bool] = []
    pane.model.ordered.connect(loop.quit)
    pane.model.ordered.connect(lambda: shown.append(True))
    start = time.perf_counter()
    action()
    gui = time.perf_counter() - start
    if pane.model.pending() and not shown:
        guard.start(timeout_ms)
        loop.exec()
    pane.model.ordered.disconnect()
    gui += repaint() / 1000.0
    if not shown:
        raise RuntimeError(f"pane {pane.register.key}: no rows after {timeout_ms} ms")
    return ms(time.perf_counter() - start), ms(gui)


def settle(pane, timeout_s: float = 120.0) -> float:
    """Milliseconds until the pane has read all it asked for (a count, the rows painted), its repaint included."""
    start = time.perf_counter()
    loop = QEventLoop()
    while pane.model.pending():
        if time.perf_counter() - start > timeout_s:
            raise RuntimeError(f"pane {pane.register.key}: still reading after {timeout_s} s")
        # Idle in the event loop between looks, as the app's GUI thread is: a loop of processEvents() would hold
        # Python's lock and make the worker wait for it after every row SQLite hands back.
        QTimer.singleShot(2, loop.quit)
        loop.exec()
    return ms(time.perf_counter() - start) + repaint()


def settled_open(pane, timeout_s: float = 120.0) -> None:
    """Wait (not timed) until the pane's work after its first rows is done: the values its filters offer and the check
    of its stored keys. In the app that work runs while a person reads the pane and types; the bench types at once,
    with the 150 ms pause after typing not counted, so it waits for it rather than timing a search against it."""
    start, loop = time.perf_counter(), QEventLoop()
    while pane.options_pending or QThreadPool.globalInstance().activeThreadCount() or pane.model.pending():
        if time.perf_counter() - start > timeout_s:
            raise RuntimeError(f"pane {pane.register.key}: still busy after {timeout_s} s")
        QTimer.singleShot(2, loop.quit)
        loop.exec()


def _dispose(widget) -> None:
    widget.close()
    widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


class StallMeter:
    """A 5 ms timer on the GUI thread: the largest gap between its ticks is the longest the GUI could not react."""

    def __init__(self):
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.worst = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, ms(now - self.last))
        self.last = now

    def __enter__(self):
        self.last = time.perf_counter()
        self.timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self._tick()
        self.timer.stop()


def bench_register(db: Database, key: str) -> dict[str, float]:
    from app.views.registers.register_pane import RegisterPane

    reg = REGISTERS[key]
    names = [f.name for f in reg.table_fields]
    name_col, date_col = names.index(reg.title_field), names.index(DATE_COLUMN[key])
    assert reg.table_fields[date_col].kind is Kind.DATE
    pane = RegisterPane(db, reg)
    pane.resize(1280, 700)
    pane.show()
    pane.proxy.debounce_ms = 0  # the pause the pane waits after the last keystroke (150 ms) is not counted
    QApplication.processEvents()
    out: dict[str, float] = {}
    gui: list[float] = []
    with StallMeter() as stall:
        out["open"] = open_pane(pane)
        out["first_paint"] = repaint()
        out["pane_open"] = out["open"] + out["first_paint"]
        settled_open(pane)
        search_index.forget_trigrams()  # each word asked for the first time: its trigrams read from the index
        for i, text in enumerate(KEYSTROKES, start=1):
            out[f"key{i}"], gui_ms = until_shown(pane, lambda t=text: pane.search.setText(t))
            out[f"key{i}_counted"] = out[f"key{i}"] + settle(pane)
            gui.append(gui_ms)
        out["shown_after_keys"] = pane.proxy.rowCount()
        out["clear"], gui_ms = until_shown(pane, lambda: pane.search.setText(""))
        gui.append(gui_ms)
        settle(pane)
        for label, col in (("date", date_col), ("name", name_col)):  # the pane opened sorted by name
            out[f"sort_{label}_first"], gui_ms = until_shown(pane, lambda c=col: pane.proxy.sort(c))
            gui.append(gui_ms)
            out[f"sort_{label}_repeat"], gui_ms = until_shown(
                pane, lambda c=col: pane.proxy.sort(c, Qt.SortOrder.DescendingOrder))
            gui.append(gui_ms)
            settle(pane)
        out["scroll_end"] = timed(pane.table.scrollToBottom) + repaint() + settle(pane)
    out["max_gui_stall"] = stall.worst
    out["repaint_max"] = max(gui)
    out["rows"] = pane.model.rowCount()
    out["rows_read"] = pane.model.rows_read
    _dispose(pane)
    QThreadPool.globalInstance().waitForDone()
    return out


CHILD_PANES = r"""
import os, sys, time
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from app.core.db import Database
from app.gui import make_app
from app.registers.catalog import REGISTERS
from app.views.registers.register_pane import RegisterPane

def peak_kib():
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))

def settle(pane):
    loop = QEventLoop()
    while pane.model.pending() or pane._loading:
        QTimer.singleShot(5, loop.quit)
        loop.exec()
    QApplication.processEvents()

app, _lang = make_app()
db = Database(sys.argv[1])
panes = []
for key in sys.argv[2:]:
    pane = RegisterPane(db, REGISTERS[key])
    pane.resize(1280, 700)
    pane.show()
    pane.reload()
    settle(pane)
    pane.search.setText("ก")  # a search of nearly every row, then all rows sorted by date, scrolled to the end
    settle(pane)
    pane.search.setText("")
    pane.proxy.sort(len(pane.model.fields) - 1)
    settle(pane)
    pane.table.scrollToBottom()
    settle(pane)
    panes.append(pane)
print(f"PEAK {peak_kib()}", flush=True)
"""


def all_panes_rss(path: Path) -> float:
    """Every register pane open at once in a fresh process, each loaded, searched, sorted, scrolled to the end and
    painted: that process's peak RSS (VmHWM) in MB. A child, so the bench's own building of the databases does not
    count."""
    out = subprocess.run([sys.executable, "-c", CHILD_PANES, str(path), *BASE], cwd=ROOT, env=_child_env(),
                         capture_output=True, text=True, timeout=600, check=True)
    line = next(x for x in out.stdout.splitlines() if x.startswith("PEAK"))
    return int(line.split()[1]) / 1024


def bench_scale(db: Database, reps: int) -> dict[str, dict[str, float]]:
    results: dict[str, dict[str, float]] = {}
    for key in BASE:
        runs = [bench_register(db, key) for _ in range(reps)]
        results[key] = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    return results


def _quiet_qt(mode, context, message: str) -> None:
    """The offscreen platform warns on every top-level show; everything else goes to stderr as usual."""
    if "propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")


def maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --------------------------------------------------------------------------------------------- output

SEARCH_GOAL_MS = STALL_GOAL_MS = 50.0  # the goals for a keystroke and for the GUI thread's longest gap
INTERACTIONS = (  # (key, label, the goal it is judged against in ms, or None)
    ("pane_open", "open pane: reload() → loaded → painted", GOAL_MS),
    ("open", "  of which reload() → loaded", GOAL_MS),
    ("first_paint", "  of which the first paint", GOAL_MS),
    ("key1", f"search keystroke 1 ('{KEYSTROKES[0]}') → first rows painted (worker query; typing pause not counted)",
     SEARCH_GOAL_MS),
    ("key1_counted", "  and its hits counted (the count and scroll bar follow the first rows)", None),
    ("key2", f"search keystroke 2 ('{KEYSTROKES[1]}') → first rows painted", SEARCH_GOAL_MS),
    ("key2_counted", "  and its hits counted", None),
    ("key3", f"search keystroke 3 ('{KEYSTROKES[2]}') → first rows painted", SEARCH_GOAL_MS),
    ("key3_counted", "  and its hits counted", None),
    ("clear", "clear search → rows painted", GOAL_MS),
    ("sort_name_first", "sort by name (the database sorts on the worker, nothing cached) → rows painted", GOAL_MS),
    ("sort_name_repeat", "sort by name, descending → rows painted", GOAL_MS),
    ("sort_date_first", "sort by date → rows painted", GOAL_MS),
    ("sort_date_repeat", "sort by date, descending → rows painted", GOAL_MS),
    ("scroll_end", "scroll to the last row → its rows read and painted", GOAL_MS),
    ("max_gui_stall", "longest gap of a 5 ms GUI timer (open, search, sort, scroll)", STALL_GOAL_MS),
    ("repaint_max", "GUI-thread time of a keystroke or sort, its repaint included (max)", GOAL_MS),
)


def md_table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows, strict=True)]
    align = ["-" * w for w in widths]

    def line(cells) -> str:
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    return "\n".join([line(headers), line(align), *(line(r) for r in rows)])


def fmt_ms(value: float, goal: float | None) -> str:
    text = f"{value:.1f}" if value < 100 else f"{value:,.0f}"
    if goal is not None:
        text += f" PASS (≤ {goal:.0f})" if value <= goal else f" MISS (≤ {goal:.0f})"
    return text


def print_interactions(scale: int, results: dict[str, dict[str, float]], reps: int) -> None:
    keys = list(BASE)
    headers = ["interaction, ms"] + [f"{k} ({int(results[k]['rows']):,})" for k in keys]
    rows = [[label] + [fmt_ms(results[k][key], goal) for k in keys] for key, label, goal in INTERACTIONS]
    rows.append(["rows shown after the last keystroke"] + [f"{int(results[k]['shown_after_keys']):,}" for k in keys])
    rows.append(["rows read from the database"] + [f"{int(results[k]['rows_read']):,}" for k in keys])
    runs = f"median of {reps}" if reps > 1 else "1 run"
    print(f"\n### Interactions at {scale}× (in-process, offscreen; {runs})\n")
    print(md_table(headers, rows), flush=True)


def header_line() -> str:
    return (f"CPUs: {os.cpu_count()} · Python {platform.python_version()} · PySide6 {PySide6.__version__} "
            f"(Qt {qVersion()}) · SQLAlchemy {sqlalchemy.__version__} · {platform.system()} {platform.machine()} · "
            f"load average {_loadavg()}")


def _loadavg() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


# --------------------------------------------------------------------------------------------- main


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="1,100,1000",
                        help="comma-separated multiples of the realistic size (default 1,100,1000)")
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="build the databases in DIR and keep them (reused next time if complete)")
    parser.add_argument("--reps", type=int, default=5, help="cold-start repetitions per variant (default 5)")
    parser.add_argument("--inprocess-reps", type=int, default=3,
                        help="in-process repetitions of each pane's sequence, fresh pane each time (default 3)")
    parser.add_argument("--no-cold-start", action="store_true", help="skip the cold-start subprocesses")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures of the largest scale as JSON")
    args = parser.parse_args(argv)
    args.scales = sorted({int(s) for s in args.scales.split(",") if s.strip()})
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    began = time.perf_counter()
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="bench-registers-"))
    workdir.mkdir(parents=True, exist_ok=True)

    from app.paths import set_identity
    from app.views.shared import fonts

    qInstallMessageHandler(_quiet_qt)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    set_identity()
    fonts.apply_ui_font(app)

    print("## Register benchmark\n")
    print(header_line())
    print(f"Databases in {workdir}{'' if args.keep else ' (deleted at the end)'}; seed {SEED}.", flush=True)
    built: dict[int, dict] = {}
    figures: dict[str, object] = {"load_average_start": _loadavg()}
    memory: list[list[str]] = [["start (Qt app created)", f"{maxrss_mb():.0f}"]]
    try:
        for scale in args.scales:
            path = workdir / f"registers_{scale}x.sqlite"
            built[scale] = build_database(path, scale)
            seconds = built[scale]["seconds"]
            print(f"built {scale}×: {sum(built[scale]['counts'].values()):,} rows in "
                  f"{'(reused)' if seconds is None else f'{seconds:.1f} s'}", flush=True)
            db = Database(path)
            reps = max(1, args.inprocess_reps)
            gc.collect()  # what is here now lives through the interactions: frozen out of the collector's passes,
            gc.freeze()  # as the app's start freezes what it made (app.gui.start)
            results = bench_scale(db, reps)
            print_interactions(scale, results, reps)
            memory.append([f"after {scale}×", f"{maxrss_mb():.0f}"])
            figures["peak_rss_mb"] = round(all_panes_rss(path), 1)
            memory.append([f"all panes open at {scale}× (a fresh process: VmHWM)", f"{figures['peak_rss_mb']:.0f}"])
            db.dispose()
            figures["scale"] = scale
            for name, key in JSON_KEYS.items():
                figures[name] = {reg: round(results[reg][key], 1) for reg in results}

        print("\n### Databases\n")
        headers = ["scale", "cities", "zones", "ambassadors", "partnerships", "city_province", "city_dimension",
                   "file MB", "build s"]
        rows = []
        for scale, info in built.items():
            c = info["counts"]
            rows.append([f"{scale}×", *(f"{c[k]:,}" for k in headers[1:7]), f"{info['mb']:.1f}",
                         "reused" if info["seconds"] is None else f"{info['seconds']:.1f}"])
        print(md_table(headers, rows))

        print("\n### Peak memory (ru_maxrss of the bench process, a high-water mark; the panes: a child)\n")
        print(md_table(["point", "MB"], memory), flush=True)

        if not args.no_cold_start:
            small, large = args.scales[0], args.scales[-1]
            path = {s: str(workdir / f"registers_{s}x.sqlite") for s in (small, large)}
            variants = [("floor", CHILD_FLOOR, []), (f"app {small}×", CHILD_APP, ["gui", path[small]]),
                        (f"app {small}× via cli", CHILD_APP, ["cli", path[small]]),
                        ("qt table", CHILD_QT_TABLE, [path[small]]), ("floor paused", CHILD_FLOOR_PAUSED, [])]
            if large != small:
                variants.append((f"app {large}×", CHILD_APP, ["gui", path[large]]))
            res = cold_start(variants, args.reps)
            floor = res["floor"]["median"]
            print(f"\n### Cold start to first painted window (fresh process each, offscreen, median of {args.reps} "
                  "after 1 warm-up round; with Python's bytecode cache, as an installed app)\n")
            labels = {
                "floor": "floor: import sqlalchemy.orm + QApplication + bare QMainWindow painted",
                f"app {large}×": f"app {large}×: same as app {small}× (informational)",
                f"app {small}×": f"app {small}×: app.gui.start(db) (collector paused), first pane loaded and painted",
                f"app {small}× via cli": f"app {small}× via main.py path (+ db.check + migrate.upgrade check)",
                "qt table": "reference: the floor + the first window's Qt widgets, Thai fonts and 200 rows, no app",
                "floor paused": "reference: the floor with the garbage collector paused, as the app's start pauses it",
            }
            rows = []
            for name, r in res.items():
                ratio = r["ratio"]
                goal = "" if name == "floor" else (" PASS" if ratio <= GOAL_RATIO else " MISS")
                if goal and name != f"app {small}×":
                    goal = " (info)"
                rows.append([labels[name], f"{r['median']:.3f}", f"{r['min']:.3f}–{r['max']:.3f}",
                             f"{ratio:.2f}×{goal}", f"{r['rss_kib'] / 1024:.0f}"])
            print(md_table(["child", "median s", "range s", f"ratio to floor, same round (goal ≤ {GOAL_RATIO}×)",
                            "child peak RSS MB"], rows))
            print(f"\nThe ratio is the median over the {args.reps} rounds of each run's time over the floor's in the "
                  "same round; the medians of the times alone give "
                  + ", ".join(f"{name} {r['median'] / floor:.2f}×" for name, r in res.items() if name != "floor"))
            figures["cold_start_ratio"] = round(res[f"app {small}×"]["ratio"], 2)
            figures["cold_start_qt_table_ratio"] = round(res["qt table"]["ratio"], 2)
            figures["cold_start_floor_paused_ratio"] = round(res["floor paused"]["ratio"], 2)
            if large != small:
                figures[f"cold_start_ratio_{large}x"] = round(res[f"app {large}×"]["ratio"], 2)
        if args.json:
            figures["load_average_end"] = _loadavg()
            args.json.write_text(json.dumps(figures, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
        shutil.rmtree(SETTINGS_DIR, ignore_errors=True)
    print(f"\nTotal bench time: {time.perf_counter() - began:.0f} s; load average at the end {_loadavg()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
