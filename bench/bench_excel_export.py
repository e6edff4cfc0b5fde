"""Excel export of many promotion zones: time against a floor, and peak memory as the rows grow.

Run from the project root:  .venv/bin/python bench/bench_excel_export.py [--rows 150000] [--reps 3]

It prints figures (markdown tables), it is not a test.

* Time: ``export_register(session, "zones", path)`` in process, against the floor measured in the same
  run: the same columns fetched as plain tuples (a streamed Core select) and written by openpyxl's
  write-only mode unformatted (``ws.append(row)``, no title, no styles, codes instead of labels). Both
  start from the database and end with a saved file. Runs alternate; the median is reported.
  Goal: export ≤ 1.5× the floor.
* Memory: the export of N = rows/10, rows/3 and rows (15,000 / 50,000 / 150,000 by default), each in
  a fresh child process that reports its own peak (VmHWM from /proc, and ru_maxrss). Goal: flat in N.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from openpyxl import Workbook  # noqa: E402
from sqlalchemy import insert, select  # noqa: E402

from app.core import migrate  # noqa: E402
from app.core.db import Database  # noqa: E402
from app.excel import export as excel_export  # noqa: E402
from app.models import City, PromotionZone  # noqa: E402
from app.models.city import city_province  # noqa: E402
from app.models.zone import ZONE_STATUSES  # noqa: E402
from app.registers.catalog import REGISTERS  # noqa: E402
from app.registers.reference import load_provinces  # noqa: E402

SEED = 20240611
GOAL_RATIO = 1.5
CITIES = 400
SYLLABLES = ("บาง", "ศรี", "นคร", "เชียง", "แม่", "โคก", "หนอง", "ไชย", "ลำ", "สุข", "ขอน", "แก่น", "ท่า", "บ้าน",
             "ดอน", "ปาก", "ห้วย", "วัง", "ภู", "อุดร", "ใหม่", "เกาะ", "แหลม", "โพธิ์", "ไทร", "เวียง", "น้ำ", "ปั้น",
             "ที่", "ทอง", "ราย", "สวรรค์", "ธานี", "บุรี", "เจริญ", "ใต้", "เหนือ", "หลวง", "น้อย", "ชัย", "พัฒนา")
ORGS = ("เทศบาลนคร", "เทศบาลเมือง", "องค์การบริหารส่วนจังหวัด", "มหาวิทยาลัย", "บริษัทพัฒนาเมือง")


def thai_name(rng: random.Random, words: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(words))


def build(path: Path, rows: int) -> None:
    """Schema through the migrations, then cities and zones with Core executemany in one transaction."""
    rng = random.Random(SEED)
    provinces = [p["code"] for p in load_provinces()]
    db = Database(str(path))
    migrate.upgrade(db)
    with db.session() as s:
        conn = s.connection()
        conn.execute(insert(City), [
            {"name_th": f"เมืองอัจฉริยะ{thai_name(rng, 3)} {n}", "developer": f"{rng.choice(ORGS)}{thai_name(rng, 2)}",
             "city_type": "livable", "version": 1} for n in range(1, CITIES + 1)])
        conn.execute(insert(city_province), [{"city_id": n, "province_code": rng.choice(provinces)}
                                             for n in range(1, CITIES + 1)])
        statuses = [c.value for c in ZONE_STATUSES]
        start = date(2019, 10, 1)
        for first in range(0, rows, 10_000):
            conn.execute(insert(PromotionZone), [{
                "name": f"เขตส่งเสริมเมืองอัจฉริยะ{thai_name(rng, rng.randint(2, 4))} {n}",
                "province": rng.choice(provinces), "declared_on": start + timedelta(days=rng.randint(0, 2000)),
                "batch": rng.randint(1, 12), "receiving_org": f"{rng.choice(ORGS)}{thai_name(rng, 2)}",
                "status": rng.choice(statuses), "city_id": rng.randint(1, CITIES) if n % 5 == 0 else None,
                "progress_notes": f"ครั้งที่ {n % 7}\nจัดทำข้อเสนอ{thai_name(rng, 3)}" if n % 3 == 0 else None,
                "version": 1} for n in range(first + 1, min(rows, first + 10_000) + 1)])
    db.dispose()


def floor(db: Database, out: Path) -> None:
    """The same columns as plain tuples, streamed, written unformatted by openpyxl's write-only mode."""
    table = PromotionZone.__table__
    names = [f.name for f in excel_export.columns(REGISTERS["zones"])]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("zones")
    with db.session() as s:
        result = s.connection().execute(select(*(table.c[n] for n in names)).execution_options(yield_per=1000))
        for row in result:
            ws.append(tuple(row))
    wb.save(out)


def export(db: Database, out: Path) -> None:
    with db.session() as s:
        excel_export.export_register(s, "zones", out)


def timed(fn, *args) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process): the machine may be shared, CPU time is the steadier."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn(*args)
    return time.perf_counter() - wall, time.process_time() - cpu


def peak() -> dict[str, float]:
    hwm = next((int(line.split()[1]) for line in Path("/proc/self/status").read_text().splitlines()
                if line.startswith("VmHWM:")), 0)
    return {"vmhwm_mb": hwm / 1024, "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def child(path: str, out: str) -> None:
    """Run in a fresh process: one export, then its own peak memory as JSON on stdout."""
    db = Database(path)
    before = peak()
    seconds = timed(export, db, Path(out))[0]
    print(json.dumps({"seconds": seconds, "before": before, **peak()}))


def memory(workdir: Path, sizes: list[int]) -> list[dict]:
    results = []
    for n in sizes:
        path = workdir / f"zones-{n}.sqlite"
        if not path.exists():  # built in a child too: this process stays small (ru_maxrss survives fork + exec)
            subprocess.run([sys.executable, __file__, "--build", str(path), str(n)], check=True, cwd=ROOT)
        done = subprocess.run([sys.executable, __file__, "--child", str(path), str(workdir / f"m-{n}.xlsx")],
                              capture_output=True, text=True, check=True, cwd=ROOT)
        results.append({"rows": n, **json.loads(done.stdout)})
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=150_000)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="keep the databases and workbooks in this folder (reused)")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--build", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child)
        return 0
    if args.build:
        build(Path(args.build[0]), int(args.build[1]))
        return 0
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="bench-excel-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"# Excel export bench — {platform.python_version()}, {os.cpu_count()} cores, "
          f"load {os.getloadavg()[0]:.2f}, {args.rows:,} zones\n")
    # memory first, in children started while this process is still small
    sizes = sorted({max(1, args.rows // 10), max(1, args.rows // 3), args.rows})
    mem = memory(workdir, sizes)
    db = Database(str(workdir / f"zones-{args.rows}.sqlite"))
    times: dict[str, list[tuple[float, float]]] = {"floor": [], "export": []}
    for _ in range(args.reps):
        times["floor"].append(timed(floor, db, workdir / "floor.xlsx"))
        times["export"].append(timed(export, db, workdir / "export.xlsx"))
    print("| run | median wall s | median CPU s | all runs, wall / CPU s |\n|---|---|---|---|")
    medians = {}
    for key, label in (("floor", "floor: openpyxl write-only, plain tuples"), ("export", "export_register")):
        medians[key] = [statistics.median(t[n] for t in times[key]) for n in (0, 1)]
        runs = ", ".join(f"{wall:.2f} / {cpu:.2f}" for wall, cpu in times[key])
        print(f"| {label} | {medians[key][0]:.2f} | {medians[key][1]:.2f} | {runs} |")
    wall_ratio, cpu_ratio = (medians["export"][n] / medians["floor"][n] for n in (0, 1))
    verdict = "PASS" if cpu_ratio <= GOAL_RATIO else "MISS"
    print(f"\nratio export / floor: {cpu_ratio:.2f}× in CPU time (goal ≤ {GOAL_RATIO}×) {verdict}; "
          f"{wall_ratio:.2f}× in wall time")
    print(f"file sizes: floor {(workdir / 'floor.xlsx').stat().st_size / 1e6:.1f} MB, "
          f"export {(workdir / 'export.xlsx').stat().st_size / 1e6:.1f} MB\n")
    print("| rows | export s (child) | peak VmHWM MB | ru_maxrss MB | VmHWM after imports MB |")
    print("|---|---|---|---|---|")
    for m in mem:
        print(f"| {m['rows']:,} | {m['seconds']:.2f} | {m['vmhwm_mb']:.0f} | {m['maxrss_mb']:.0f} | "
              f"{m['before']['vmhwm_mb']:.0f} |")
    db.dispose()
    if not args.keep:
        for path in workdir.iterdir():
            path.unlink()
        workdir.rmdir()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
