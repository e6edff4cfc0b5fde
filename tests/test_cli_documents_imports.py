"""The document commands import only their own path: no Qt, no openpyxl, no alembic, no SQLAlchemy for a
SQLite file at the current schema, no python-docx for a PDF (python -X importtime is how this was measured)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("PySide6", "openpyxl", "alembic", "sqlalchemy", "pandas", "numpy")
PROBE = """
import runpy, sys
sys.argv = ["main.py", *sys.argv[1:]]
try:
    runpy.run_path("main.py", run_name="__main__")
except SystemExit as exit:
    code = exit.code
print("MODULES", " ".join(sorted(m.split(".")[0] for m in sys.modules)))
"""


def imported(*args: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=120,
                         cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    line = next(x for x in out.stdout.splitlines() if x.startswith("MODULES "))
    return set(line.split()[1:])


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("imports") / "demo.sqlite"
    subprocess.run([sys.executable, "main.py", "--db", str(path), "demo"], check=True, cwd=ROOT, capture_output=True,
                   env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return path


@pytest.mark.parametrize("command", ["minutes", "agenda", "invitations"])
def test_document_commands_import_no_heavy_module(demo_db, tmp_path, command):
    modules = imported("--db", str(demo_db), command, "--meeting", "1/2564", "--pdf", str(tmp_path / "x.pdf"))
    assert "reportlab" in modules and "app" in modules  # it did the work
    assert not set(HEAVY) & modules, set(HEAVY) & modules
    assert "docx" not in modules


def test_word_output_brings_python_docx_only(demo_db, tmp_path):
    modules = imported("--db", str(demo_db), "minutes", "--meeting", "1/2564", "--docx", str(tmp_path / "x.docx"))
    assert "docx" in modules and not set(HEAVY) & modules


def test_certificate_pdf_brings_no_qt_or_workbook_code(demo_db, tmp_path):
    modules = imported("--db", str(demo_db), "certificates", "pdf", "--all", "--include-expired", "--pdf",
                       str(tmp_path / "c.pdf"))
    assert "reportlab" in modules
    assert not {"PySide6", "openpyxl", "alembic", "docx", "pandas"} & modules
