"""The document commands import only their own path: no Qt, no openpyxl, no alembic, no SQLAlchemy for a
SQLite file at the current schema, no python-docx for a PDF, no other command's module, no PIL unless a picture
is drawn, and no reading of PyThaiNLP's word file once the word list is in the cache (python -X importtime is how
this was measured)."""

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
print("FULL", " ".join(sorted(sys.modules)))
image = sys.modules.get("PIL.Image")
print("PIL_IMAGE", type(image).__name__ if image is not None else "-")
common = sys.modules.get("pythainlp.corpus.common")
print("WORD_FILE_READ", bool(common and common._THAI_WORDS))
"""
# modules of the other commands, which the whole parser imports to describe them
OTHER_COMMANDS = ("app.cli.excel", "app.cli.certificates", "app.cli.sync", "app.cli.audit", "app.cli.privacy",
                  "app.cli.backup", "app.cli.users", "app.cli.plan", "app.cli.dashboard")
# what PIL.Image brings in when it is executed (reportlab imports it; only a picture needs it)
PIL_WORK = ("PIL._imaging", "PIL.ExifTags", "PIL.TiffTags", "PIL.ImageMode")


def probe(*args: str, env: dict | None = None) -> dict[str, list[str]]:
    out = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=120,
                         cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})})
    return {line.split()[0]: line.split()[1:] for line in out.stdout.splitlines()
            if line.split() and line.split()[0] in ("MODULES", "FULL", "PIL_IMAGE", "WORD_FILE_READ")}


def imported(*args: str) -> set[str]:
    return set(probe(*args)["MODULES"])


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


def test_minutes_bring_no_other_command_no_pil_and_read_the_word_list_from_the_cache(demo_db, tmp_path):
    args = ("--db", str(demo_db), "minutes", "--meeting", "1/2564", "--pdf", str(tmp_path / "x.pdf"))
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    first = probe(*args, env=env)
    assert first["WORD_FILE_READ"] == ["True"]  # the first run builds the list and keeps it
    second = probe(*args, env=env)
    modules = set(second["FULL"])
    assert "app.pdf.thai_wrap" in modules and (tmp_path / "x.pdf").stat().st_size > 0
    assert not set(OTHER_COMMANDS) & modules, set(OTHER_COMMANDS) & modules
    assert not set(PIL_WORK) & modules and second["PIL_IMAGE"] == ["_LazyModule"], second["PIL_IMAGE"]
    assert second["WORD_FILE_READ"] == ["False"]


@pytest.mark.parametrize("argv", [
    ["--db", "x.sqlite", "minutes", "--meeting", "1/2564", "--pdf", "m.pdf", "--thai-digits"],
    ["--lang", "en", "--db=x.sqlite", "agenda", "--meeting", "2/2567", "--committee", "คณะ", "--docx", "a.docx"],
    ["--create", "invitations", "--meeting", "1/2564", "--pdf", "i.pdf", "--ragged-right"],
])
def test_the_document_commands_own_parser_reads_like_the_whole_one(argv):
    from app.cli.main import build_parser, command_of

    assert command_of(argv) in ("minutes", "agenda", "invitations")
    assert build_parser(only=command_of(argv)).parse_args(argv) == build_parser().parse_args(argv)


def test_help_before_the_command_is_the_whole_help(capsys):
    from app.cli.main import command_of, main

    assert command_of(["--help", "minutes"]) is None
    with pytest.raises(SystemExit):
        main(["--lang", "en", "minutes", "--help"])
    out = capsys.readouterr().out
    assert "--meeting" in out and not any("\u0e00" <= ch <= "\u0e7f" for ch in out)
