"""Offline laptops: a change package of 5,000 changes applies on the server in ≤ 5 s.

Run from the project root:  .venv/bin/python bench/bench_sync.py [--json FILE] [--pg URL] [--changes 5000]

A server with 3,000 promotion zones and 3,000 ambassadors is checked out; on the copy, half the changes edit
zones (two fields each), 40 % are new ambassadors (every fifth under a new zone made offline, whose server id
the reference must follow) and the rest delete ambassadors. Meanwhile the server edits 200 of the same zones
(other fields: they merge). The figure is the whole ``sync import``: reading and checking the package, comparing
it with the server's audit trail, writing in one transaction. Prints a markdown table; it is not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from sqlalchemy import insert, select, text, update  # noqa: E402

from app.core import migrate  # noqa: E402
from app.core.db import Database  # noqa: E402
from app.models import Ambassador, PromotionZone  # noqa: E402
from app.sync import apply, checkout, package  # noqa: E402

GOAL_S = 5.0
RECORDS = 3000


def _fill_server(db: Database) -> None:
    with db.session() as s:
        s.execute(insert(PromotionZone), [
            {"name": f"เขตส่งเสริมทดสอบ {n}", "province": "TH-40", "declared_on": date(2021, 1, 1), "batch": 1,
             "receiving_org": "เทศบาลทดสอบ", "status": "declared", "progress_notes": "เริ่มต้น"}
            for n in range(RECORDS)])
        s.execute(insert(Ambassador), [
            {"cohort": 1, "full_name": f"ผู้ทดสอบ {n}", "province": "TH-10", "status": "selected",
             "consent_on": date(2021, 9, 1)}
            for n in range(RECORDS)])


def _change_laptop(laptop: Database, total: int) -> None:
    edits, news = total // 2, total * 2 // 5
    deletes = total - edits - news
    with laptop.session() as s:
        zones = list(s.scalars(select(PromotionZone.id).order_by(PromotionZone.id)))[:edits]
        for n, zone in enumerate(zones):
            s.execute(update(PromotionZone).where(PromotionZone.id == zone).values(
                progress_notes=f"แก้นอกสถานที่ {n}", receiving_org=f"หน่วยงาน {n}"))
        made_zones = news // 5
        for n in range(made_zones):
            zone = s.execute(insert(PromotionZone).values(
                name=f"เขตใหม่ {n}", province="TH-50", declared_on=date(2024, 1, 1), batch=4,
                receiving_org="เทศบาลใหม่", status="declared")).inserted_primary_key[0]
            s.execute(insert(Ambassador).values(cohort=2, full_name=f"ใหม่ในเขต {n}", province="TH-50",
                                                status="selected", zone_id=zone, consent_on=date(2024, 1, 1)))
        for n in range(news - 2 * made_zones):
            s.execute(insert(Ambassador).values(cohort=2, full_name=f"ใหม่ {n}", province="TH-10", status="selected",
                                                consent_on=date(2024, 1, 1)))
        gone = list(s.scalars(select(Ambassador.id).where(Ambassador.cohort == 1).order_by(Ambassador.id.desc())))
        for person in gone[:deletes]:
            s.execute(Ambassador.__table__.delete().where(Ambassador.id == person))


def _server_meanwhile(server: Database) -> None:
    with server.session() as s:
        for zone in range(1, 201):
            s.execute(update(PromotionZone).where(PromotionZone.id == zone).values(batch=2))


def run(target: str, total: int, folder: Path) -> dict:
    server = Database(target)
    migrate.upgrade(server)
    _fill_server(server)
    copy = folder / "laptop.sqlite"
    started = time.perf_counter()
    checkout.checkout(server, copy)
    checkout_s = time.perf_counter() - started
    laptop = Database(copy)
    _change_laptop(laptop, total)
    _server_meanwhile(server)
    made = package.export_changes(laptop, folder / "changes.zip")
    started = time.perf_counter()
    report = apply.import_package(server, folder / "changes.zip")
    seconds = time.perf_counter() - started
    assert report.clean, report.conflicts[:3]
    with server.session() as s:
        followed = s.scalar(text("SELECT count(*) FROM ambassador a JOIN promotion_zone z ON a.zone_id = z.id "
                                 "WHERE z.name LIKE 'เขตใหม่%'"))
    laptop.dispose()
    server.dispose()
    return {"backend": "postgresql" if "://" in target else "sqlite", "changes": len(made.changes),
            "import_s": round(seconds, 3), "checkout_s": round(checkout_s, 3), "new_records": report.new_records,
            "references_followed": followed, "goal_s": GOAL_S, "met": seconds <= GOAL_S}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument("--pg", help="also measure on this PostgreSQL URL (an empty database or schema)")
    parser.add_argument("--changes", type=int, default=5000)
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as folder:
        results.append(run(str(Path(folder) / "server.sqlite"), args.changes, Path(folder)))
    if args.pg:
        with tempfile.TemporaryDirectory(prefix="bench-sync-pg-") as folder:
            results.append(run(args.pg, args.changes, Path(folder)))
    print(f"\n{platform.python_implementation()} {platform.python_version()}, {platform.machine()}\n")
    print("| backend | changes | import (s) | goal (s) | checkout (s) | new records | references followed |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for r in results:
        print(f"| {r['backend']} | {r['changes']:,} | {r['import_s']:.2f} | ≤ {GOAL_S:.0f} | {r['checkout_s']:.2f} "
              f"| {r['new_records']:,} | {r['references_followed']:,} |")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0 if all(r["met"] for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
