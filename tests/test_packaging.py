"""The built wheel carries what the app needs at run time: fonts, reference data, translations, migrations."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_contains_resources_and_migrations(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True, timeout=600)
    wheel = next(tmp_path.glob("smartcity_secretariat-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("resources/fonts/THSarabunPSK.ttf", "resources/fonts/Laksaman.ttf",
                   "resources/fonts/OFL-THSarabunPSK.txt", "resources/fonts/GPL-2.txt",
                   "resources/reference/provinces.csv", "resources/reference/NOTICE.md",
                   "resources/map/provinces.json", "resources/map/NOTICE.md",
                   "resources/i18n/app_en.qm", "resources/i18n/qtbase_th.qm",
                   "app/migrations/env.py", "app/migrations/script.py.mako",
                   "app/migrations/versions/0001_initial_registers.py", "app/cli/main.py"):
        assert needed in names, needed
    entry = next(n for n in names if n.endswith("entry_points.txt"))
    assert "smartcity-secretariat = app.cli.main:main" in zipfile.ZipFile(wheel).read(entry).decode()
    assert "[gui_scripts]" in zipfile.ZipFile(wheel).read(entry).decode()
