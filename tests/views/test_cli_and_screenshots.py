"""Command line: version, one-line errors, demo twice, screenshots that are not blank."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app import __version__

ROOT = Path(__file__).resolve().parents[2]


def run(*args, timeout=120):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": os.environ.get("XDG_CONFIG_HOME", "")}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=ROOT)


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip().endswith(__version__)


def test_bad_argument_is_one_clear_line():
    result = run("--no-such-flag")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("คำสั่งไม่ถูกต้อง")


def test_unreadable_database_is_one_clear_line(tmp_path):
    bad = tmp_path / "garbage.sqlite"
    bad.write_bytes(os.urandom(4096))
    before = bad.read_bytes()
    result = run("--db", str(bad), "demo")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ข้อผิดพลาด:"), result.stderr
    assert "Traceback" not in result.stderr
    assert bad.read_bytes() == before


def test_unreachable_server_is_one_clear_line():
    result = run("--db", "postgresql+psycopg://nobody@127.0.0.1:1/none", "demo")
    assert result.returncode == 1
    assert result.stderr.startswith("ข้อผิดพลาด: ติดต่อฐานข้อมูลไม่ได้")


def test_demo_twice_adds_nothing_the_second_time(tmp_path):
    db = tmp_path / "demo.sqlite"
    first = run("--db", str(db), "demo")
    assert first.returncode == 0 and "cities 15" in first.stdout
    second = run("--db", str(db), "demo")
    assert second.returncode == 0 and "เพิ่มข้อมูลตัวอย่าง 0 รายการ" in second.stdout


def distinct_colours(image: QImage, step: int = 7) -> int:
    colours = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colours.add(image.pixel(x, y))
    return len(colours)


def test_screenshots_render_every_pane_and_the_forms(tmp_path):
    db = tmp_path / "shots.sqlite"
    assert run("--db", str(db), "demo").returncode == 0
    out = tmp_path / "shots"
    result = run("--db", str(db), "screenshots", str(out))
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.glob("*.png"))
    assert names == sorted([
        "pane-cities.png", "pane-zones.png", "pane-ambassadors.png", "pane-partnerships.png",
        "form-cities.png", "form-ambassadors.png", "form-partnerships.png",  # the sample has no zone to open
        "form-zones-errors.png", "pane-meetings.png", "meeting-details.png", "meeting-attendance.png",
        "meeting-agenda.png", "meeting-preview.png", "meeting-documents-menu.png", "pane-actions.png",
        "import-mapping.png", "import-preview.png",
        "pane-certificates.png", "certificate-preview.png", "certificate-verify.png", "history.png",
        "personal-data.png",
        "pane-plan.png", "form-plan.png", "plan-budget.png", "plan-duplicates.png", "plan-summary.png",
        "pane-dashboard.png",
    ])
    for path in out.glob("*.png"):
        image = QImage(str(path))
        small = path.name == "meeting-documents-menu.png"  # a menu, not a window
        assert small or (image.width() >= 600 and image.height() >= 500), path.name
        assert distinct_colours(image) > 20, f"{path.name} looks blank"


@pytest.mark.postgresql
def test_the_app_runs_the_same_on_a_postgresql_url(pg_url, tmp_path):
    first = run("--db", pg_url, "demo")
    assert first.returncode == 0, first.stderr
    assert "cities 15" in first.stdout
    assert "เพิ่มข้อมูลตัวอย่าง 0 รายการ" in run("--db", pg_url, "demo").stdout
    out = tmp_path / "shots"
    result = run("--db", pg_url, "screenshots", str(out))
    assert result.returncode == 0, result.stderr
    image = QImage(str(out / "pane-cities.png"))
    assert distinct_colours(image) > 20
