"""History window benchmark: open the audit trail at 1,000,000 entries (goal ≤ 100 ms), filtered and unfiltered,
and scroll a page further; the floor is a bare QTableView with an empty model shown in the same run.

    .venv/bin/python bench/bench_history.py [--entries 1000000] [--reps 7] [--keep DIR] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

GOAL_MS = 100.0
TABLES = ("city", "promotion_zone", "ambassador", "ascn_partnership", "meeting", "agenda_item", "certificate",
          "meeting_attendance", "app_setting")
ACTORS = tuple(f"staff{n:02d}" for n in range(25))


def build(path: Path, entries: int) -> float:
    from app.core import migrate
    from app.core.db import Database

    start = time.perf_counter()
    db = Database(path)
    migrate.upgrade(db)
    db.dispose()
    rnd = random.Random(15)
    base = datetime(2021, 1, 1)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous = OFF")

    def rows():
        for n in range(entries):
            table = TABLES[n % len(TABLES)]
            changes = json.dumps({"name_th": [f"ชื่อเดิม {n}", f"ชื่อใหม่ {n}"], "status": ["draft", "active"]},
                                 ensure_ascii=False)
            yield (str(base + timedelta(seconds=n * 60)), rnd.choice(ACTORS), "ws-01 (10.0.0.5)", table,
                   str(rnd.randint(1, 20000)), "update", changes, None)

    conn.executemany("INSERT INTO audit_log (at, actor, workstation, table_name, record_id, action, changes, reason) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows())
    conn.commit()
    conn.execute("ANALYZE")
    conn.close()
    return time.perf_counter() - start


def timed(make, app) -> float:
    start = time.perf_counter()
    widget = make()
    widget.show()
    app.processEvents()
    widget.repaint()
    elapsed = (time.perf_counter() - start) * 1000
    widget.close()
    widget.deleteLater()
    app.processEvents()
    return elapsed


def _filter_ms(window, flt, app) -> float:
    window.model.set_filter(type(flt)())
    start = time.perf_counter()
    window.model.set_filter(flt)
    app.processEvents()
    window.view.viewport().repaint()
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--reps", type=int, default=7)
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="history-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"history-{args.entries}.sqlite"
    built = 0.0 if path.exists() else build(path, args.entries)

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = QApplication.instance() or QApplication([])
    from app.audit import trail
    from app.core.db import Database
    from app.views.audit.history_window import HistoryWindow

    db = Database(path)

    def floor():
        view = QTableView()
        view.setModel(QStandardItemModel(0, 8, view))
        return view

    def history(**preset):
        def make():
            window = HistoryWindow(db, "th", table=preset.get("table"), record_id=preset.get("record"))
            return window
        return make

    cases = {"floor (bare QTableView)": floor, "open, unfiltered": history(),
             "open, one register": history(table="ambassador"),
             "open, one record": history(table="city", record="1234")}
    for make in cases.values():  # warm-up: imports, fonts, SQLite cache
        timed(make, app)
    results = {name: statistics.median(timed(make, app) for _ in range(args.reps)) for name, make in cases.items()}
    window = HistoryWindow(db, "th")
    window.show()
    filters = {"filter: one person": trail.Filter(actor="staff07"),
               "filter: since a date": trail.Filter(since=datetime(2022, 6, 1).date()),
               "filter: a register and a person": trail.Filter(table="meeting", actor="staff03")}
    for name, flt in filters.items():  # what the user waits for after typing a filter in the open window
        results[name] = statistics.median(_filter_ms(window, flt, app) for _ in range(args.reps))
    start = time.perf_counter()
    for _ in range(5):
        window.model.fetchMore()
    results["scroll: next page"] = (time.perf_counter() - start) * 1000 / 5
    with sqlite3.connect(path) as conn:
        count = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    floor_ms = results["floor (bare QTableView)"]
    print(f"# History window, {count:,} audit entries (load {os.getloadavg()[0]:.2f}; built in {built:.1f} s)\n")
    print("| case | median ms | × floor | goal ≤ 100 ms |\n|---|---|---|---|")
    for name, ms in results.items():
        verdict = "" if name.startswith("floor") else ("PASS" if ms <= GOAL_MS else "MISS")
        print(f"| {name} | {ms:.1f} | {ms / floor_ms:.1f} | {verdict} |")
    if args.json:
        args.json.write_text(json.dumps({"entries": count, "median_ms": results, "goal_ms": GOAL_MS}, indent=2))
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
