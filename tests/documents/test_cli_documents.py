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


@pytest.mark.parametrize("command", ["minutes", "agenda", "invitations"])
def test_word_and_pdf_from_one_command(demo_db, tmp_path, command):
    from docx import Document as ReadDocx

    pdf, docx = tmp_path / f"{command}.pdf", tmp_path / f"{command}.docx"
    result = run("--db", str(demo_db), command, "--meeting", "1/2564", "--pdf", str(pdf), "--docx", str(docx))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [str(pdf), str(docx)]
    word = "\n".join(p.text for p in ReadDocx(docx).paragraphs)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "ครั้งที่ 1/2564" in word and "ครั้งที่ 1/2564" in text


def test_a_file_without_output_option_is_a_clear_message(demo_db):
    result = run("--db", str(demo_db), "invitations", "--meeting", "1/2564")
    assert result.returncode == 1 and result.stderr.strip() == (
        "ข้อผิดพลาด: กรุณาระบุ --pdf FILE หรือ --docx FILE อย่างน้อยหนึ่งอย่าง")


def test_an_older_database_is_upgraded_first(tmp_path):
    """A file that is not at the current schema goes through open_database (backup, upgrade), then prints."""

    path = tmp_path / "old.sqlite"
    assert run("--db", str(path), "demo").returncode == 0
    from alembic import command

    from app.core import migrate
    from app.core.db import Database

    database = Database(path)
    cfg = migrate.alembic_config()
    with database.engine.begin() as conn:  # the newest revision undone, as in a file from the previous release
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "-1")
    assert migrate.current_revision(database) != migrate.HEAD
    database.dispose()
    result = run("--db", str(path), "minutes", "--meeting", "1/2564", "--pdf", str(tmp_path / "m.pdf"))
    assert result.returncode == 0, result.stderr
    assert list(tmp_path.glob("old.backup-*.sqlite"))
