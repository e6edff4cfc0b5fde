"""Excel import of 10,000 smart city areas: read and check the file (the plan), then apply it in one transaction.

Run from the project root:  .venv/bin/python bench/bench_excel_import.py [--rows 10000] [--runs 3] [--keep DIR]
                            [--db postgresql+psycopg://postgres@127.0.0.1:5432/test] [--json FILE]

Issue 10's goal is the "agency" import: 10,000 new rows of an agency's own workbook (a merged title, its own
headers mapped by synonyms and fuzzy matching, region heading rows to skip, B.E. dates typed as text and in date
cells, dashes for unknown developers, a running number) into a database that already holds 10,000 cities, so that
every new row is checked for near-duplicates against them (20 rows are near-duplicates: the bench settles them as
updates, as a clerk would); mapping, validation, near-duplicate detection and the write, ≤ 5 s on SQLite. The floor
is openpyxl's read-only reading of the same file's values, measured in the same run; the ratio is printed.

It prints figures, it is not a test. Goal (issue 5): an import of 10,000 rows with validation ≤ 5 s, judged on the
total: ``read_plan`` (open, parse and check every cell and row, match against the register) plus ``apply_plan``
(validation again, the writes, one transaction, committed). The file is the app's own export of a SQLite database
filled with valid, distinct cities (17 columns, Thai text, dates, lists). Each run imports it into a fresh empty
database (a SQLite file, or a new schema of the ``--db`` PostgreSQL database, dropped afterwards): every row is an
add. Then every city's area is changed behind the plan's back and the file is imported again: every row is an
update (shown apart, no goal). The median of ``--runs`` runs is shown, in wall and CPU seconds of this process
(with PostgreSQL the server's work counts in wall time only).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text, update  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from app.core import migrate  # noqa: E402
from app.core.db import Database  # noqa: E402
from app.excel import export as excel_export  # noqa: E402
from app.excel.imports.importer import apply_plan, build_plan, read_file, read_plan  # noqa: E402
from app.models import City  # noqa: E402
from app.registers import records_bulk  # noqa: E402
from app.registers.catalog import REGISTERS  # noqa: E402
from app.registers.reference import load_provinces  # noqa: E402

GOAL_S = 5.0
AGENCY_HEADER = ["ลำดับ", "ชื่อพื้นที่เมืองอัจฉริยะ", "จังหวัด", "ผู้พัฒนาเมือง (หน่วยงานผู้เสนอ)", "ประเภทเมือง",
                 "วันที่ได้รับประกาศ", "เว็บไซต์", "หมายเหตุ"]
NEAR = 20  # rows of the agency file that are near-duplicates of existing cities
REGIONS = ["ภาคเหนือ", "ภาคกลาง", "ภาคตะวันออกเฉียงเหนือ", "ภาคตะวันออก", "ภาคตะวันตก", "ภาคใต้"]


def city(n: int, codes: list[str]) -> dict:
    return {
        "name_th": f"เมืองอัจฉริยะทดสอบสมรรถนะ {n}", "name_en": f"Bench City {n}",
        "provinces": [codes[n % len(codes)], codes[(n * 7 + 3) % len(codes)]],
        "developer": "เทศบาลนครตัวอย่าง", "developer_kind": "local_government", "city_type": "livable",
        "dimensions": ["ENV", "GOV", "MOB"][: 1 + n % 3], "certified_on": date(2021, 6, 17) + timedelta(n % 900),
        "approved_by": "คณะอนุกรรมการ", "approved_meeting": "ครั้งที่ 1/2564",
        "emblem_issued_on": date(2021, 12, 24), "emblem_valid_until": date(2023, 12, 24), "boi_area": "none",
        "boi_system": "applied", "area_km2": 12.5 + n, "website": "https://example.org/city",
        "notes": "บรรทัดแรก\nบรรทัดที่สอง",
    }


def source_file(folder: Path, rows: int) -> Path:
    path = folder / f"cities-{rows}.xlsx"
    if path.exists():
        return path
    db = Database(folder / f"source-{rows}.sqlite")
    migrate.upgrade(db)
    codes = [row["code"] for row in load_provinces()]
    with db.session() as s:
        records_bulk.save_many(s, REGISTERS["cities"], [records_bulk.Change(city(n, codes)) for n in range(rows)])
    with db.session() as s:
        excel_export.export_register(s, "cities", path)
    db.dispose()
    return path


def agency_file(folder: Path, rows: int, codes: list[str]) -> Path:
    """An agency's workbook of ``rows`` new cities (and NEAR near-duplicates of the existing ones)."""
    from openpyxl import Workbook

    path = folder / f"agency-{rows}.xlsx"
    if path.exists():
        return path
    names = {code: row["name_th"] for code, row in ((r["code"], r) for r in load_provinces())}
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("รายชื่อ")
    ws.append([f"บัญชีพื้นที่เมืองอัจฉริยะที่เสนอ ปีงบประมาณ 2569 ({rows:,} แห่ง)"])
    ws.append(AGENCY_HEADER)
    for n in range(rows):
        if n % 500 == 0:
            ws.append([None, REGIONS[(n // 500) % len(REGIONS)]])  # a region heading row, skipped
        near = n < NEAR
        code = codes[n % len(codes)]
        name = f"โครงการเมืองอัจฉริยะทดสอบสมรรถนะ {n}" if near else f"เมืองอัจฉริยะเสนอใหม่ {names[code]} ที่ {n}"
        provinces = names[code] if not near else f"{names[code]}, {names[codes[(n * 7 + 3) % len(codes)]]}"
        day = date(2021, 6, 17) + timedelta(n % 900)
        typed = datetime(day.year + 543, day.month, day.day) if n % 2 else f"{day.day}/{day.month}/{day.year + 543}"
        ws.append([n + 1, name, provinces, "-" if n % 3 == 0 else "เทศบาลนครตัวอย่าง", "เมืองน่าอยู่", typed,
                   "https://example.org/city", "บรรทัดแรก"])
    wb.save(path)
    return path


@contextlib.contextmanager
def fresh_database(folder: Path, url: str | None) -> Iterator[Database]:
    """An empty database with the schema: a new SQLite file, or a new schema of the PostgreSQL database."""
    if url is None:
        db = Database(folder / f"target-{uuid.uuid4().hex[:8]}.sqlite")
        migrate.upgrade(db)
        try:
            yield db
        finally:
            db.dispose()
        return
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    db = Database(make_url(url).update_query_dict({"options": f"-csearch_path={schema}"})
                  .render_as_string(hide_password=False))
    try:
        migrate.upgrade(db)
        yield db
    finally:
        db.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


def timed(step):
    start, cpu = time.perf_counter(), time.process_time()
    result = step()
    return result, time.perf_counter() - start, time.process_time() - cpu


def import_once(db: Database, path: Path, rows: int, action: str) -> dict[str, tuple[float, float]]:
    """Read the plan in one session, apply it in another (committed); (wall, CPU) seconds of each."""
    def read():
        with db.session() as s:
            return read_plan(s, "cities", path)

    def apply():
        with db.session() as s:
            apply_plan(s, plan)

    plan, read_s, read_cpu = timed(read)
    planned = plan.adds if action == "add" else plan.updates
    assert plan.clean and len(planned) == rows, [p.message() for p in plan.all_problems][:5]
    _, apply_s, apply_cpu = timed(apply)
    return {"read": (read_s, read_cpu), "apply": (apply_s, apply_cpu),
            "total": (read_s + apply_s, read_cpu + apply_cpu)}


def agency_once(db: Database, path: Path, rows: int) -> dict[str, tuple[float, float]]:
    """Map, plan (validation, near-duplicates against the cities there) and apply the agency's file."""
    def plan():
        with db.session() as s:
            source, mapping = read_file(s, "cities", path)
            found = build_plan(s, "cities", source, mapping)
            for row in found.similar:
                row.decide("update")  # the clerk's decision: these are the records already there
            return found

    def apply():
        with db.session() as s:
            apply_plan(s, planned)

    planned, read_s, read_cpu = timed(plan)
    assert planned.clean and (len(planned.adds), len(planned.updates)) == (rows - NEAR, NEAR), \
        [p.message() for p in planned.all_problems if not p.warning][:5]
    _, apply_s, apply_cpu = timed(apply)
    return {"read": (read_s, read_cpu), "apply": (apply_s, apply_cpu),
            "total": (read_s + apply_s, read_cpu + apply_cpu)}


def floor(path: Path) -> tuple[float, float]:
    """openpyxl's read-only reading of every value of the file: what any import must at least pay."""
    from openpyxl import load_workbook

    def read():
        wb = load_workbook(path, read_only=True)
        count = sum(1 for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for _ in row)
        wb.close()
        return count

    _, wall, cpu = timed(read)
    return wall, cpu


def run(folder: Path, url: str | None, path: Path, agency: Path, rows: int) -> dict[str, dict]:
    with fresh_database(folder, url) as db:
        added = import_once(db, path, rows, "add")
        with db.session() as s:  # someone edits every city: the file now updates them all
            s.execute(update(City).values(area_km2=City.area_km2 + 1, version=City.version + 1))
        updated = import_once(db, path, rows, "update")
        near = agency_once(db, agency, rows)  # 10,000 records there now: every new row is checked against them
    return {"add": added, "update": updated, "agency": near, "floor": {"total": floor(agency)}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="keep the source database and file here (reused next time)")
    parser.add_argument("--db", help="a PostgreSQL URL: import into a fresh schema of it instead of SQLite files")
    parser.add_argument("--json", type=Path, help="also write the figures (medians) to this JSON file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        path = source_file(folder, args.rows)
        agency = agency_file(folder, args.rows, [row["code"] for row in load_provinces()])
        where = make_url(args.db).render_as_string(hide_password=True) if args.db else "SQLite files"
        load = os.getloadavg()[0]
        print(f"load average {load:.2f}; {args.rows} rows, {path.stat().st_size // 1024} KB; "
              f"into {where}; median of {args.runs} runs")
        results = [run(Path(tmp), args.db, path, agency, args.rows) for _ in range(args.runs)]
    print("| import | step | wall s | CPU s | goal |")
    print("|---|---|---|---|---|")
    figures = {}
    for action in ("add", "update", "agency"):
        for step in ("read", "apply", "total"):
            wall = statistics.median(r[action][step][0] for r in results)
            cpu = statistics.median(r[action][step][1] for r in results)
            figures[f"{action}_{step}"] = {"wall_s": round(wall, 3), "cpu_s": round(cpu, 3)}
            goal = ""
            if action == "agency" and step == "total":
                goal = (f"≤ {GOAL_S:.0f} s: wall {'PASS' if wall <= GOAL_S else 'MISS'}, "
                        f"CPU {'PASS' if cpu <= GOAL_S else 'MISS'}")
            name = {"read": "read_plan", "apply": "apply_plan", "total": "**total**"}[step]
            if action == "agency":
                name = {"read": "read, map, plan, near-duplicates", "apply": "apply_plan", "total": "**total**"}[step]
            label = {"add": "adds", "update": "updates", "agency": "agency rows vs 10,000 records"}[action]
            print(f"| {args.rows} {label} | {name} | {wall:.2f} | {cpu:.2f} | {goal} |")
    floor_wall = statistics.median(r["floor"]["total"][0] for r in results)
    floor_cpu = statistics.median(r["floor"]["total"][1] for r in results)
    figures["floor_openpyxl_read"] = {"wall_s": round(floor_wall, 3), "cpu_s": round(floor_cpu, 3)}
    ratio = figures["agency_total"]["cpu_s"] / floor_cpu if floor_cpu else float("nan")
    print(f"| floor | openpyxl read-only, every value of the agency file | {floor_wall:.2f} | {floor_cpu:.2f} | "
          f"agency import = {ratio:.1f}x the floor (CPU) |")
    if args.json:
        args.json.write_text(json.dumps({"rows": args.rows, "runs": args.runs, "backend": where, "load_average": load,
                                         "goal_s": GOAL_S, "figures": figures, "agency_cpu_vs_floor": round(ratio, 2)},
                                        ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
