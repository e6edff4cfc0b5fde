"""`main.py minutes` and `main.py agenda`: files written, clear one-line errors, nothing half-written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=180, cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    assert run("--db", str(path), "demo").returncode == 0
    return path


@pytest.mark.parametrize("command, first_line", [("minutes", "รายงานการประชุม"),
                                                 ("agenda", "ระเบียบวาระการประชุม")])
def test_documents_are_written(demo_db, tmp_path, command, first_line):
    target = tmp_path / "out" / f"{command}.pdf"
    result = run("--db", str(demo_db), command, "--meeting", "1/2564", "--committee", "คณะกรรมการขับเคลื่อน",
                 "--pdf", str(target), "--thai-digits")
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert text.startswith(first_line) and "ครั้งที่ ๑/๒๕๖๔" in text


def test_errors_are_one_line_and_leave_no_file(demo_db, tmp_path):
    missing = run("--db", str(demo_db), "minutes", "--meeting", "7/2599", "--pdf", str(tmp_path / "x.pdf"))
    assert missing.returncode == 1 and missing.stderr.strip() == "ข้อผิดพลาด: ไม่พบการประชุมครั้งที่ 7/2599"
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    result = run("--db", str(demo_db), "minutes", "--meeting", "1/2564", "--pdf", str(blocked / "m.pdf"))
    assert result.returncode == 1 and result.stderr.startswith("ข้อผิดพลาด: บันทึกไฟล์")
    assert len(result.stderr.strip().splitlines()) == 1
    assert not list(tmp_path.glob("**/*.pdf*"))
