"""Refresh resources/i18n/app_en.ts from the sources and compile app_en.qm.

    .venv/bin/python tools/update_translations.py

lupdate keeps the translations already in the .ts file; translate new strings with Qt Linguist
(pyside6-linguist resources/i18n/app_en.ts) or by editing the XML, then run this again.

It also compiles resources/i18n/qtbase_th.ts, the Thai for Qt's own strings (Qt ships none), which is
edited by hand: tests/views/test_qt_thai.py names any string Qt shows that it lacks.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "app_en.ts"
QT_TS = ROOT / "resources" / "i18n" / "qtbase_th.ts"
BIN = Path(sys.executable).parent


def translated_sources() -> list[Path]:
    """The modules whose strings go through Qt's tr()/translate()."""
    return [*sorted((ROOT / "app" / "views").rglob("*.py")), ROOT / "app" / "gui.py"]


def main() -> int:
    sources = [str(p.relative_to(ROOT)) for p in translated_sources()]
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(TS.relative_to(ROOT)), "-no-obsolete"],
                   check=True, cwd=ROOT)
    for ts in (TS, QT_TS):
        lrelease = [str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))]
        subprocess.run(lrelease, check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
