"""Bad files: each gives a clear Thai message (or a problem per cell), nothing crashes, the database is unchanged."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.excel.imports import workbook as excel_import_read
from app.excel.imports.importer import ImportFileError, read_plan
from app.registers.catalog import REGISTERS

HEADER = ["ชื่อเขตส่งเสริม", "จังหวัด", "สถานะ"]


def good_file(path: Path, rows: int = 1) -> Path:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("เขต")
    ws.append(HEADER)
    for n in range(rows):
        ws.append([f"เขต {n}", "ขอนแก่น", "declared"])
    wb.save(path)
    return path


@pytest.fixture
def zone(db, make_record):
    """One zone already there: every bad file must leave it, and only it."""
    return make_record("zones", 1)


def refused(db, path: Path) -> ImportFileError:
    with pytest.raises(ImportFileError) as caught, db.session() as s:
        read_plan(s, "zones", path)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(REGISTERS["zones"].model)) == 1
    error = caught.value
    assert "\n" not in error.message() and error.message("en") != error.message()
    return error


def test_not_an_xlsx(db, zone, tmp_path):
    path = tmp_path / "list.xlsx"
    path.write_text("ชื่อ,จังหวัด\nเขต,ขอนแก่น\n", encoding="utf-8")
    assert refused(db, path).message() == "ไฟล์ list.xlsx ไม่ใช่ไฟล์ Excel (.xlsx)"


def test_password_protected_or_old_xls(db, zone, tmp_path):
    path = tmp_path / "locked.xlsx"
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(4096))  # what an encrypted .xlsx really is
    message = refused(db, path).message()
    assert message.startswith("ไฟล์ locked.xlsx มีรหัสผ่านหรือเป็นไฟล์ Excel รุ่นเก่า (.xls)")


def test_empty_and_missing_files(db, zone, tmp_path):
    (tmp_path / "empty.xlsx").write_bytes(b"")
    assert refused(db, tmp_path / "empty.xlsx").message() == "ไฟล์ empty.xlsx ว่างเปล่า"
    assert refused(db, tmp_path / "nowhere.xlsx").message().startswith("เปิดไฟล์ nowhere.xlsx ไม่ได้")


def test_truncated_zip(db, zone, tmp_path):
    data = good_file(tmp_path / "good.xlsx", 200).read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    assert refused(db, path).message().startswith("อ่านไฟล์ cut.xlsx ไม่ได้ ไฟล์อาจเสียหาย")


def test_zip_garbage_and_a_zip_that_is_no_workbook(db, zone, tmp_path):
    path = tmp_path / "garbage.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 20)
    assert refused(db, path).message().startswith("อ่านไฟล์ garbage.xlsx ไม่ได้")
    path = tmp_path / "other.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "ไม่ใช่สมุดงาน")
    assert refused(db, path).message().startswith("อ่านไฟล์ other.xlsx ไม่ได้")


def test_corrupt_sheet_xml(db, zone, tmp_path):
    source = zipfile.ZipFile(good_file(tmp_path / "good.xlsx"))
    path = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for name in source.namelist():
            data = source.read(name)
            if name.startswith("xl/worksheets/"):
                data = data[: len(data) - 40]  # the sheet's XML ends in the middle of a tag
            archive.writestr(name, data)
    assert refused(db, path).message().startswith("อ่านไฟล์ broken.xlsx ไม่ได้")


def test_no_header_and_no_rows(db, zone, tmp_path):
    wb = Workbook()
    wb.active.append(["อะไร", "ก็ไม่รู้"])
    wb.active.append(["1", "2"])
    wb.save(tmp_path / "noheader.xlsx")
    message = refused(db, tmp_path / "noheader.xlsx").message()
    assert message == "ไม่พบแถวหัวตารางของเขตส่งเสริมเมืองอัจฉริยะใน 10 แถวแรกของแผ่นงาน Sheet"
    Workbook().save(tmp_path / "blank.xlsx")
    assert refused(db, tmp_path / "blank.xlsx").message().startswith("ไม่พบแถวหัวตาราง")
    wb = Workbook()
    wb.active.append(HEADER)
    wb.active.append([None, "   ", None])
    wb.save(tmp_path / "headeronly.xlsx")
    assert refused(db, tmp_path / "headeronly.xlsx").message() == \
        "ไม่มีข้อมูลใต้แถวหัวตารางในแผ่นงาน Sheet ของไฟล์ headeronly.xlsx"


def test_more_rows_than_the_limit(db, zone, tmp_path, monkeypatch):
    monkeypatch.setattr(excel_import_read, "MAX_ROWS", 2_000)  # the same check as at 50,000, in a second
    message = refused(db, good_file(tmp_path / "many.xlsx", 2_001)).message()
    assert message == "ไฟล์มีข้อมูลเกิน 2,000 แถว กรุณาแบ่งเป็นหลายไฟล์"


def test_one_hundred_thousand_rows(db, zone, tmp_path):
    source = zipfile.ZipFile(good_file(tmp_path / "good.xlsx", 1))
    rows = "".join(f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>z{n}</t></is></c></row>'
                   for n in range(3, 100_003)).encode()  # written as XML: openpyxl would take seconds
    path = tmp_path / "huge.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in source.namelist():
            data = source.read(name)
            if name.startswith("xl/worksheets/"):
                data = data.replace(b"</sheetData>", rows + b"</sheetData>")
            archive.writestr(name, data)
    message = refused(db, path).message()
    assert message == "ไฟล์มีข้อมูลเกิน 50,000 แถว กรุณาแบ่งเป็นหลายไฟล์"


def test_files_too_big_before_and_after_unzipping(db, zone, tmp_path, monkeypatch):
    path = tmp_path / "big.xlsx"
    with open(path, "wb") as fh:  # a sparse file: 51 MB on paper, no time to write
        fh.truncate(51 * 1024 * 1024)
    assert refused(db, path).message() == "ไฟล์ big.xlsx ใหญ่เกิน 50 MB"
    monkeypatch.setattr(excel_import_read, "MAX_UNZIPPED_BYTES", 1024 * 1024)
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", bytes(2 * 1024 * 1024))  # 2 MB of zeros, a few KB zipped
    assert refused(db, bomb).message() == "ไฟล์ bomb.xlsx ใหญ่เกิน 1 MB"


def test_a_ten_megabyte_cell_is_a_problem_of_that_cell(db, zone, tmp_path):
    source = zipfile.ZipFile(good_file(tmp_path / "good.xlsx", 2))
    path = tmp_path / "longcell.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in source.namelist():
            data = source.read(name)
            if name.startswith("xl/worksheets/"):  # openpyxl itself would cut the text at 32,767 characters
                # the writer spells Thai as character references (et_xmlfile) or as UTF-8 (with lxml installed)
                spellings = ("เขต 1".encode("ascii", "xmlcharrefreplace"), "เขต 1".encode())
                found = [s for s in spellings if b"<t>" + s + b"</t>" in data]
                assert found, "the first zone's name is not in the sheet"
                data = data.replace(b"<t>" + found[0] + b"</t>", f"<t>{'ก' * 10 * 1024 * 1024}</t>".encode())
            archive.writestr(name, data)
    with db.session() as s:
        plan = read_plan(s, "zones", path)
    assert [r.action for r in plan.rows] == ["add", "problem"]
    problem = plan.rows[1].problems[0]
    assert (problem.sheet, problem.row, problem.column) == ("เขต", 3, "ชื่อเขตส่งเสริม")
    assert problem.message() == "ข้อความยาวเกิน 32,767 ตัวอักษร ซึ่งเป็นขีดจำกัดของ Excel"
