"""What the dashboard shows from the figures (``app.plan.dashboard.Figures``): the tiles' numbers, the charts'
bars and the map's values, each with the register rows a click opens."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from app.models.plan import BUDGET_SOURCES
from app.plan.dashboard import Figures
from app.plan.money import baht, millions
from app.registers.catalog import PARTNERSHIPS, ZONES
from app.registers.reference import province_index


def tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


def tiles() -> list[tuple[str, str, tuple[str, dict], str]]:
    """(key, caption, target, colour) of every tile, in reading order (two rows of five)."""
    plan = ("plan", {})
    return [
        ("cities", tr("เมืองอัจฉริยะที่ได้รับรอง"), ("cities", {}), "#eef6ee"),
        ("valid", tr("ตราสัญลักษณ์ยังไม่หมดอายุ"), ("cities", {"status": "valid"}), "#eef6ee"),
        ("expiring", tr("ใกล้หมดอายุภายใน 90 วัน"), ("cities", {"status": "expiring"}), "#fff4e0"),
        ("expired", tr("ตราสัญลักษณ์หมดอายุแล้ว"), ("cities", {"status": "expired"}), "#fdecea"),
        ("zones", tr("เขตส่งเสริมเมืองอัจฉริยะ"), ("zones", {}), "#fff4e8"),
        ("ambassadors", tr("นักส่งเสริมดิจิทัลพัฒนาเมืองรุ่นใหม่"), ("ambassadors", {}), "#f3eefa"),
        ("partnerships", tr("ความร่วมมือ ASCN ที่ดำเนินการอยู่"), ("partnerships", {"status": "active"}), "#eef3fa"),
        ("projects", tr("โครงการในแผนงานบูรณาการ"), plan, "#eaf2fb"),
        ("requested", tr("งบประมาณที่เสนอขอ (ล้านบาท)"), plan, "#eaf2fb"),
        ("allocated", tr("งบประมาณที่ได้รับจัดสรร (ล้านบาท)"), plan, "#eaf2fb"),
    ]


def tile_values(f: Figures) -> dict[str, tuple[str, str]]:
    """Tile key → (the number as shown, a tooltip with the exact figure)."""
    def count(n: int) -> tuple[str, str]:
        return f"{n:,}", ""

    if f.year is None:
        requested = sum((r for r, _a in f.budget.values()), Decimal(0))
        allocated = sum((a for _r, a in f.budget.values()), Decimal(0))
    else:
        requested, allocated = f.budget_of_year(f.year)
    return {
        "cities": count(f.cities_total), "valid": count(f.emblems.get("valid", 0)),
        "expiring": count(f.emblems.get("expiring", 0)), "expired": count(f.emblems.get("expired", 0)),
        "zones": count(sum(f.zones.values())), "ambassadors": count(sum(f.cohorts.values())),
        "partnerships": count(f.partnerships.get("active", 0)), "projects": count(f.project_count),
        "requested": (millions(requested), tr("{amount} บาท").format(amount=baht(requested))),
        "allocated": (millions(allocated), tr("{amount} บาท").format(amount=baht(allocated))),
    }


def short_labels() -> dict[str, str]:
    """Chart axes are narrow: short words for the statuses and sources (the registers' own labels are longer)."""
    return {"declared": tr("ประกาศแล้ว"), "preparing": tr("จัดทำข้อเสนอ"), "certified": tr("รับรองแล้ว"),
            "planned": tr("เตรียมการ"), "active": tr("ดำเนินการ"), "completed": tr("เสร็จสิ้น"), "ended": tr("ยุติ"),
            "gov": tr("แผ่นดิน"), "local": tr("ท้องถิ่น"), "province": tr("จังหวัด/กลุ่มจังหวัด"), "boi": tr("BOI"),
            "other": tr("อื่น ๆ")}


def zone_bars(f: Figures) -> tuple[list[str], list[int], list[tuple[str, dict]]]:
    status, short = ZONES.field("status"), short_labels()
    return ([short[c.value] for c in status.choices], [f.zones.get(c.value, 0) for c in status.choices],
            [("zones", {"status": c.value}) for c in status.choices])


def partnership_bars(f: Figures) -> tuple[list[str], list[int], list[tuple[str, dict]]]:
    status, short = PARTNERSHIPS.field("status"), short_labels()
    return ([short[c.value] for c in status.choices], [f.partnerships.get(c.value, 0) for c in status.choices],
            [("partnerships", {"status": c.value}) for c in status.choices])


def cohort_bars(f: Figures) -> tuple[list[str], list[int], list[tuple[str, dict]]]:
    cohorts = sorted(f.cohorts)
    return ([tr("รุ่นที่ {n}").format(n=c) for c in cohorts], [f.cohorts[c] for c in cohorts],
            [("ambassadors", {"cohort": c}) for c in cohorts])


def budget_bars(f: Figures) -> tuple[list[str], list[tuple[str, list[float]]], list[tuple[str, dict]]]:
    """Requested money (millions of baht) by fiscal year, one set per source that has any."""
    years, short = f.years, short_labels()
    sets = []
    for source in BUDGET_SOURCES:
        values = [float(f.budget.get((y, source.value), (0, 0))[0]) / 1e6 for y in years]
        if any(values):
            sets.append((short[source.value], values))
    return [str(y) for y in years], sets, [("plan", {"fiscal_year": y}) for y in years]


def map_values(f: Figures, layer: str, lang: str) -> tuple[dict[str, float], dict[str, str]]:
    """Province code → the value the map colours by, and → the tooltip with all three figures."""
    index = province_index()
    values, tips = {}, {}
    for code, row in index.items():
        p = f.provinces.get(code)
        cities, zones, projects, requested = (p.cities, p.zones, p.projects, p.requested) if p else (0, 0, 0, 0)
        values[code] = {"cities": cities, "zones": zones}.get(layer, float(requested) / 1e6)
        name = row["name_en"] if lang == "en" else row["name_th"]
        tips[code] = "\n".join([name, tr("เมืองอัจฉริยะที่ได้รับรอง {n} · เขตส่งเสริม {z}").format(n=cities, z=zones),
                                tr("แผนงาน {n} โครงการ เสนอขอ {m} ล้านบาท").format(n=projects,
                                                                                   m=millions(Decimal(requested)))])
    return values, tips
