"""Cold start: the path to the first painted window imports nothing the first window does not need.

A fresh process does what ``python main.py --db FILE`` does (parse the command line, open and check the
database, make the Qt app, show the main window on its first register pane) and lists the heavy modules it
ended up importing. Reports, workbooks, fuzzy matching, Thai word lists, QR codes, signing, charts and the
other windows load on first use.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.core import migrate
from app.core.db import Database
from app.sample import demo

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("reportlab", "openpyxl", "pythainlp", "rapidfuzz", "segno", "cryptography", "docx", "alembic",
         "PySide6.QtCharts", "app.excel", "app.pdf", "app.documents", "app.plan", "app.certificates",
         "app.meetings", "app.sample", "app.views.meetings", "app.views.dashboard", "app.views.plan.import_dialog",
         "app.views.excel.import_dialog", "app.views.certificates.certificates_pane", "app.views.audit.history_window",
         "app.models.agenda", "app.models.meeting", "app.models.committee", "app.models.certificate",
         "app.views.registers.record_form",
         # the other registers' classes, the settings' and the write path: the first pane reads only its own table
         "app.models.zone", "app.models.ambassador", "app.models.partnership", "app.models.plan",
         "app.models.setting", "app.models.sortkeys.tables", "app.registers.records", "app.registers.validation")

CHILD = r"""
import gc, json, sys
from app.cli.main import build_parser, open_database
args = build_parser().parse_args(["--db", sys.argv[1]])
gc.disable()  # as main() does for the window
db = open_database(args.db)
from app import gui
window = gui.start(db)
from PySide6.QtCore import QEventLoop, QTimer
from app.models.base import Base
heavy, seen = json.loads(sys.argv[2]), {}

def shown():  # the first pane's rows are shown
    seen["heavy"] = sorted(m for m in sys.modules if any(m == h or m.startswith(h + ".") for h in heavy))
    seen["rows"], seen["paused"] = pane.model.rowCount(), not gc.isenabled()
    seen["mapped"] = any(m.configured for m in Base.registry.mappers)

pane, loop = window.current_pane(), QEventLoop()
pane.loaded.connect(shown)
window.features_ready.connect(loop.quit)
QTimer.singleShot(20000, loop.quit)
loop.exec()  # then the rest of the start: the features, collection on again
print(json.dumps({**seen, "collecting": gc.isenabled(), "frozen": gc.get_freeze_count()}))
"""


def test_first_window_imports_nothing_heavy(tmp_path):
    path = tmp_path / "start.sqlite"
    db = Database(path)
    migrate.upgrade(db)  # at head: start-up then skips alembic
    with db.session() as session:
        demo.fill(session)
    db.dispose()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", CHILD, str(path), json.dumps(HEAVY)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["heavy"] == [], f"imported at start: {out['heavy']}"
    assert out["rows"] > 0  # the first pane's rows were read and shown
    assert not out["mapped"], "the ORM's mappers were set up at start (tens of milliseconds: a form needs them)"
    # Python's cyclic collector waits until the first rows are painted, then runs again, with what the start made
    # (modules, classes: alive as long as the program) frozen out of its passes
    assert out["paused"] and out["collecting"] and out["frozen"] > 10000
