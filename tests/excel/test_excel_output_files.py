"""Exports on real file systems (a read-only folder, a full disk) and on paper (LibreOffice prints the workbook),
and a shared-strings bomb refused quickly in little memory (issue 10's sibling items)."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from app.core import migrate
from app.core.db import Database
from app.core.thaidate import format_date
from app.excel.imports.report import write_template
from app.registers import records_bulk
from app.registers.catalog import REGISTERS

ROOT = Path(__file__).resolve().parents[2]


@contextlib.contextmanager
def tmpfs(folder: Path, options: str):
    """A small tmpfs mounted at ``folder`` (root only); the test is skipped where mounting is not possible."""
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True)
    if done.returncode != 0:
        if "CI" in os.environ:
            pytest.fail(f"cannot mount a tmpfs: {done.stderr!r}", pytrace=False)
        pytest.skip("mounting a tmpfs needs root")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


@pytest.fixture
def filled(tmp_path, valid) -> Path:
    path = tmp_path / "db.sqlite"
    db = Database(str(path))
    migrate.upgrade(db)
    with db.session() as s:
        records_bulk.save_many(s, REGISTERS["zones"], [records_bulk.Change(valid("zones", n, name=f"เขตส่งเสริม {n:03d}"))
                                                       for n in range(120)])
    db.dispose()
    return path


def export_cli(db: Path, target: Path, register: str = "zones") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "export", register,
                           "--xlsx", str(target)], capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_an_export_into_a_read_only_folder_is_one_thai_line(filled, tmp_path):
    with tmpfs(tmp_path / "ro", "ro,size=1m") as folder:
        done = export_cli(filled, folder / "zones.xlsx")
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == f"ข้อผิดพลาด: บันทึกไฟล์ {folder / 'zones.xlsx'} ไม่ได้ (Read-only file system)\n"


def test_an_export_onto_a_full_disk_is_one_thai_line_and_leaves_nothing(filled, tmp_path):
    with tmpfs(tmp_path / "full", "size=4k") as folder:
        done = export_cli(filled, folder / "zones.xlsx", "all")  # a few KB: more than the 4 KB there is
        left = sorted(p.name for p in folder.iterdir())
    assert done.returncode == 1
    assert done.stderr == f"ข้อผิดพลาด: บันทึกไฟล์ {folder / 'zones.xlsx'} ไม่ได้ (No space left on device)\n"
    assert "Exception ignored" not in done.stderr and left == []


def test_an_export_prints_on_a4_landscape_with_the_header_on_every_page(filled, tmp_path):
    path = tmp_path / "zones.xlsx"
    assert export_cli(filled, path).returncode == 0
    ws = load_workbook(path).active
    assert (ws.page_setup.orientation, ws.page_setup.paperSize) == ("landscape", 9)
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight, ws.sheet_properties.pageSetUpPr.fitToPage) == (
        1, 0, True)
    assert ws.print_title_rows == "$3:$3"
    assert ws.oddFooter.center.text == "หน้า &P / &N"
    assert ws.oddFooter.right.text == f"ส่งออกเมื่อ {format_date(date.today())}"
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        if "CI" in os.environ:
            pytest.fail("LibreOffice (soffice) is missing and CI is set", pytrace=False)
        pytest.skip("LibreOffice (soffice) is not installed")
    subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless", "--convert-to",
                    "pdf", "--outdir", str(tmp_path), str(path)], capture_output=True, timeout=300, check=True)
    pages = subprocess.run(["pdftotext", "-layout", str(tmp_path / "zones.pdf"), "-"], capture_output=True,
                           text=True, check=True).stdout.split("\f")
    pages = [p for p in pages if p.strip()]
    assert 2 <= len(pages) <= 4  # 120 rows fitted to the width: a few pages, not dozens
    for n, page in enumerate(pages, start=1):
        assert "ชื่อเขตส่งเสริม" in page and "จังหวัด" in page  # the header row on every page
        assert f"หน้า {n} / {len(pages)}" in page


def test_a_template_has_an_instruction_line_and_drop_downs(tmp_path):
    wb = load_workbook(write_template("partnerships", tmp_path / "t.xlsx"))
    ws, _help, choices = wb.worksheets
    assert ws["A2"].value.startswith("กรอกหนึ่งรายการต่อแถวใต้หัวตาราง") and "[ลบ]" in ws["A2"].value
    assert "0 รายการ" not in ws["A1"].value + ws["A2"].value
    assert "ส่งออกเมื่อ" not in ws["A1"].value and "ฉบับวันที่" in ws["A1"].value  # a form, not an export
    assert ws.oddFooter.right.text.startswith("ฉบับวันที่")
    rules = {str(dv.sqref): (dv.formula1, dv.showErrorMessage) for dv in ws.data_validations.dataValidation}
    header = [c.value for c in ws[3]]
    kind = "ABCDEFGHIJK"[header.index("ลักษณะคู่ความร่วมมือ")]
    province = "ABCDEFGHIJK"[header.index("เมืองของไทย (จังหวัด)")]
    formula, strict = rules[f"{kind}4:{kind}2003"]
    assert strict and formula.startswith("'ตัวเลือก'!$")
    column = formula.split("!$")[1].split("$")[0]
    assert [c.value for c in choices[column][3:6]] == ["เมืองต่างประเทศ", "โครงการ/เครือข่ายความร่วมมือ",
                                                        "หน่วยงาน/องค์กร"]
    assert rules[f"{province}4:{province}2003"][0].endswith("$80")  # the 77 provinces below the sheet's header


BOMB_CHECK = """
import sys, time
from pathlib import Path
from app.excel.imports.workbook import read_source
from app.excel.imports.importer import ImportFileError
from app.registers.catalog import REGISTERS
start = time.perf_counter()
try:
    read_source(Path(sys.argv[1]), REGISTERS["zones"])
except ImportFileError as error:
    print(error.message("th"))
print(round(time.perf_counter() - start, 3))
status = open("/proc/self/status").read()  # VmHWM: this process's peak (ru_maxrss would carry over fork + exec)
print(int(status.split("VmHWM:")[1].split()[0]) // 1024)
"""


@pytest.mark.parametrize("lying", [False, True], ids=["declared", "lying-header"])
def test_a_shared_strings_bomb_is_refused_fast_in_little_memory(tmp_path, lying):
    wb = Workbook()
    wb.active.append(["ชื่อเขตส่งเสริม", "จังหวัด", "สถานะ"])
    wb.active.append(["เขต", "น่าน", "declared"])
    wb.save(tmp_path / "good.xlsx")
    path = tmp_path / "bomb.xlsx"
    chunk = ("<si><t>" + "ก" * 1000 + "</t></si>").encode() * 1000  # about 3 MB of XML
    part_name = "xl/sharedStrings.xml"
    strings = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
    with zipfile.ZipFile(tmp_path / "good.xlsx") as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name in source.namelist():
            data = source.read(name)
            if name == "[Content_Types].xml":
                data = data.replace(b"</Types>", f'<Override PartName="/{part_name}" ContentType="{strings}"/>'
                                    "</Types>".encode())
            out.writestr(name, data)
        with out.open(part_name, "w", force_zip64=True) as part:
            part.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            for _ in range(100):  # 300 MB unzipped, about 1 MB zipped
                part.write(chunk)
            part.write(b"</sst>")
    if lying:  # the zip's directory says the part is small: the reader must stop on what it really reads
        raw = bytearray(path.read_bytes())
        info = zipfile.ZipFile(path).getinfo("xl/sharedStrings.xml")
        at = raw.rfind(b"PK\x01\x02", 0, len(raw))
        while raw[at + 46:at + 46 + len(info.filename)] != info.filename.encode():
            at = raw.rfind(b"PK\x01\x02", 0, at)
        raw[at + 24:at + 28] = (1000).to_bytes(4, "little")  # uncompressed size in the central directory
        path.write_bytes(bytes(raw))
    assert path.stat().st_size < 5 * 1024 * 1024
    done = subprocess.run([sys.executable, "-c", BOMB_CHECK, str(path)], capture_output=True, text=True,
                          encoding="utf-8", cwd=ROOT, timeout=120)
    message, seconds, megabytes = done.stdout.splitlines()
    assert message in ("ไฟล์ bomb.xlsx มีข้อความมากผิดปกติ (เกิน 64 MB) จึงไม่เปิดอ่าน",
                       ) or message.startswith("อ่านไฟล์ bomb.xlsx ไม่ได้"), done.stderr
    assert float(seconds) < 2.0 and int(megabytes) < 200
