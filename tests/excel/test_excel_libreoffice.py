"""A workbook written by the app, converted to CSV by LibreOffice headless, holds the same Thai text.

Another spreadsheet program reading the file is the real test of the XML (inline strings, styles,
the B.E. number format) and of formula neutralisation: "=1+1" must come out as the text, not 2.
Skipped when ``soffice`` is missing, unless the environment variable ``CI`` is set: then it fails.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from datetime import date

import pytest
from openpyxl import load_workbook

from app.core import migrate
from app.core.db import Database
from app.excel import export as excel_export
from app.registers import records
from app.registers.catalog import REGISTERS

MARKS = "น้ำ ที่ ปั้น"  # tone marks above vowels above consonants
FILTER = "csv:Text - txt - csv (StarCalc):44,34,76"  # comma, double quote, UTF-8


@pytest.fixture
def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        if "CI" in os.environ:
            pytest.fail("LibreOffice (soffice) is missing and CI is set: this test must run", pytrace=False)
        pytest.skip("LibreOffice (soffice) is not installed")
    return found


def to_csv(soffice: str, workbook, tmp_path) -> list[list[str]]:
    out = tmp_path / "csv"
    profile = (tmp_path / "lo-profile").as_uri()  # a fresh profile: no clash with a running LibreOffice
    done = subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", FILTER,
                           "--outdir", str(out), str(workbook)], capture_output=True, text=True, timeout=180)
    produced = out / (workbook.stem + ".csv")
    assert produced.exists(), done.stdout + done.stderr
    with produced.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def test_libreoffice_reads_the_same_thai_text(soffice, valid, tmp_path):
    db = Database(str(tmp_path / "lo.sqlite"))
    migrate.upgrade(db)
    with db.session() as s:
        for n, name in enumerate((MARKS, "=1+1", "เขตส่งเสริมเมืองอัจฉริยะแม่เมาะ"), start=1):
            records.create(s, REGISTERS["zones"], valid(
                "zones", n, name=name, receiving_org="องค์การบริหารส่วนตำบลน้ำปั้น", declared_on=date(2020, 10, 15),
                progress_notes=f"บรรทัดแรก {n}\n-บรรทัดที่สอง"))
        path = excel_export.export_register(s, "zones", tmp_path / "zones.xlsx")
    db.dispose()
    rows = to_csv(soffice, path, tmp_path)
    ws = load_workbook(path).active
    written = [[c.value for c in row] for row in ws.iter_rows()]
    assert len(rows) == len(written) == 3 + 3
    for ours, theirs in zip(written, rows, strict=True):  # every text cell reads back exactly
        for value, text in zip(ours, theirs, strict=False):
            if isinstance(value, str):
                assert text == value
    header = rows[excel_export.HEADER_ROW - 1]
    names = [row[header.index("ชื่อเขตส่งเสริม")] for row in rows[excel_export.HEADER_ROW:]]
    assert MARKS in names and "=1+1" in names and "2" not in names
    notes = [row[header.index("ความก้าวหน้า")] for row in rows[excel_export.HEADER_ROW:]]
    assert "บรรทัดแรก 1\n-บรรทัดที่สอง" in notes  # a line break and a leading "-" stay text
    declared = {row[header.index("วันที่ประกาศ")] for row in rows[excel_export.HEADER_ROW:]}
    assert declared == {"15 ตุลาคม 2563"}  # a real date, shown in the Buddhist Era by the number format
    assert "ส่งออกเมื่อ" in rows[0][0] and str(date.today().year + 543) in rows[0][0]
