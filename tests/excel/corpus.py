"""A corpus of workbooks written the way agencies keep their lists (issue 10), built by openpyxl.

Each builder writes one file and says nothing about the outcome: the tests assert it. ``libreoffice_copies``
saves copies of them through LibreOffice (``soffice --headless --convert-to xlsx``), as a clerk who opens and
saves the file in LibreOffice Calc would.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook


def _book(path: Path, rows: list[list], title: str = "Sheet1", merge: str | None = None) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    if merge:
        ws.merge_cells(merge)
    wb.save(path)
    return path


def zones_province(folder: Path) -> Path:
    """A province office's list: merged title, running number, region heading rows, B.E. years in date cells,
    a two-digit year, Thai digits, จ. before a province, a total row."""
    return _book(folder / "zones_province.xlsx", [
        ["บัญชีรายชื่อเขตส่งเสริมเมืองอัจฉริยะ สำนักงานจังหวัด ปี 2564"],
        [],
        ["ที่", "ชื่อเขตส่งเสริมเมืองอัจฉริยะ", "จังหวัด", "วันที่ได้รับประกาศ", "ประกาศครั้งที่", "สถานะ"],
        ["ภาคเหนือ"],
        [1, "เขตส่งเสริมเมืองอัจฉริยะเชียงราย", "เชียงราย", datetime(2562, 10, 3), 1, "ประกาศเป็นเขตส่งเสริม"],
        [2, "เขตส่งเสริมเมืองอัจฉริยะน่าน", "จ.น่าน", datetime(2563, 10, 15), 2, "กำลังจัดทำข้อเสนอ"],
        [None, "ภาคใต้"],
        [3, "เขตส่งเสริมเมืองอัจฉริยะสงขลา", "สงขลา", "15 ต.ค. 63", "๒", "declared"],
        [None, "รวม 3 แห่ง"],
    ], "เขตส่งเสริม", merge="A1:F1")


def cities_depa(folder: Path) -> Path:
    """A depa team's list: its own headers, dashes and ไม่ระบุ for unknown developers, a blank city type, a
    two-digit C.E. year, a year typed as a number, a choice that does not exist, an implausible two-digit year."""
    return _book(folder / "cities_depa.xlsx", [
        ["ลำดับ", "ชื่อพื้นที่เมืองอัจฉริยะ", "จังหวัด", "ผู้พัฒนาเมือง (หน่วยงานผู้เสนอ)", "ประเภทเมือง",
         "วันที่ได้รับประกาศ", "หมายเหตุ"],
        [1, "เมืองอัจฉริยะทดสอบหนึ่ง", "ลำพูน", "-", None, "05/11/21", "-"],
        [2, "เมืองอัจฉริยะทดสอบสอง", "Lampang", "เทศบาลนครลำปาง", "เมืองน่าอยู่", 2564, None],
        [3, "เมืองอัจฉริยะทดสอบสาม", "เชียงใหม่, ลำพูน", "ไม่ระบุ", "new", datetime(2021, 6, 17), "ร่วมกันเสนอ"],
        [4, "เมืองอัจฉริยะทดสอบสี่", "ลำพูน", "บริษัทพัฒนาเมือง", "เมืองเก่า", "5/11/43", None],
    ], "depa")


def cities_update(folder: Path, name: str, same: str) -> Path:
    """Monthly update of two known cities: blanks keep, [ลบ] clears, one row changes nothing."""
    return _book(folder / "cities_update.xlsx", [
        ["ชื่อเมือง/โครงการ", "จังหวัด", "วันที่ได้รับตราสัญลักษณ์", "ตราสัญลักษณ์หมดอายุ", "เว็บไซต์", "หมายเหตุ",
         "พื้นที่ (ตร.กม.)"],
        [name, "เชียงใหม่, กรุงเทพมหานคร", None, None, "https://example.org/new", "[ลบ]", 20],
        [same, "เชียงใหม่, กรุงเทพมหานคร", None, None, None, None, None],
    ])


def partnerships_ascn(folder: Path) -> Path:
    """ASCN partners beyond Thailand: a foreign city without a Thai province, a network programme, a partner
    city without its country, a status that does not exist."""
    return _book(folder / "partnerships_ascn.xlsx", [
        ["คู่ความร่วมมือ", "ลักษณะคู่ความร่วมมือ", "ประเทศ", "จังหวัด", "ประเภท", "สถานะ", "วันที่ลงนาม"],
        ["Yokohama", "เมืองต่างประเทศ", "ญี่ปุ่น", None, "เมืองพี่เมืองน้อง", "ดำเนินการอยู่", "1/10/2562"],
        ["US-ASEAN Smart Cities Partnership", "programme", "สหรัฐอเมริกา", "กรุงเทพมหานคร",
         "โครงการความร่วมมือ (โปรแกรม)", "active", "2019-06-01"],
        ["Busan", "city", None, None, "mou", "planned", None],
        ["Smart JAMP", "programme", "ญี่ปุ่น", None, "โครงการ", "อยู่ระหว่างเจรจา", None],
    ], "ASCN")


def zones_boi(folder: Path) -> Path:
    """BOI's English list: No., a date as a serial number, a year typed as a number, a column of their own and a
    column with data but no header."""
    return _book(folder / "zones_boi.xlsx", [
        ["No.", "Zone name", "Province", "Declared", "Batch", "Status", "Budget (THB)"],
        [1, "Phitsanulok Smart City Zone", "Phitsanulok", 44505, 3, "Declared", 1500000, "checked"],
        [2, "Surat Thani Smart City Zone", "TH-84", 2021, 3, "declared", None, None],
    ], "BOI")


def ambassadors(folder: Path) -> Path:
    """A cohort list: Thai digits, a two-digit B.E. year in the consent date, e-mail spelled อีเมล์."""
    return _book(folder / "ambassadors.xlsx", [
        ["รุ่น", "ชื่อ-สกุล", "จังหวัด", "วันที่ยินยอม", "สถานะ", "เบอร์โทร", "อีเมล์"],
        ["๑", "นางสาวทดสอบ ระบบ", "ตรัง", "1/9/64", "สำเร็จหลักสูตร", "081 234 5678", "sca@example.org"],
    ], "SCA")


def cities_near(folder: Path) -> Path:
    """A city typed without its prefix (a near-duplicate), and a second phase of it (a different record)."""
    return _book(folder / "cities_near.xlsx", [
        ["ชื่อเมือง/โครงการ", "จังหวัด", "ผู้พัฒนาเมือง"],
        ["นครสวรรค์สมาร์ทซิตี้", "นครสวรรค์", "เทศบาลนครนครสวรรค์"],
        ["นครสวรรค์สมาร์ทซิตี้ ระยะที่ 2", "นครสวรรค์", "เทศบาลนครนครสวรรค์"],
    ])


def zones_dashes(folder: Path, existing: str) -> Path:
    """Dashes and placeholder words: in a new row they are empty, in an update row they keep the stored value."""
    return _book(folder / "zones_dashes.xlsx", [
        ["ชื่อเขตส่งเสริม", "จังหวัด", "สถานะ", "หน่วยงานที่รับประกาศ", "ความก้าวหน้า"],
        ["เขตส่งเสริมเมืองอัจฉริยะยะลา", "ยะลา", "declared", "–", "ไม่ระบุ"],
        [existing, "ขอนแก่น", "declared", "-", "N/A"],
    ])


def macro_enabled(folder: Path) -> Path:
    """A macro-enabled workbook (.xlsm): the macro content type and a vbaProject.bin part."""
    plain = _book(folder / "plain.xlsx", [["ชื่อเขตส่งเสริม", "จังหวัด", "สถานะ"],
                                          ["เขตส่งเสริมเมืองอัจฉริยะแพร่", "แพร่", "declared"]])
    path = folder / "zones_macro.xlsm"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "[Content_Types].xml":
                data = data.replace(b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                data = data.replace(b"</Types>", b'<Default Extension="bin" '
                                    b'ContentType="application/vnd.ms-office.vbaProject"/></Types>')
            elif name == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdVBA" '
                                    b'Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
                                    b'Target="vbaProject.bin"/></Relationships>')
            target.writestr(name, data)
        target.writestr("xl/vbaProject.bin", bytes.fromhex("D0CF11E0A1B11AE1") + b"Attribute VB_Name = \"Evil\"")
    return path


def libreoffice_copies(soffice: str, files: list[Path], folder: Path) -> dict[str, Path]:
    """Each file opened and saved again by LibreOffice Calc as .xlsx (one soffice run for all of them)."""
    out = folder / "libreoffice"
    out.mkdir(exist_ok=True)
    sources = folder / "lo-sources"
    sources.mkdir(exist_ok=True)
    copies = [shutil.copy(f, sources / f.name) for f in files]
    profile = (folder / "lo-profile").as_uri()
    done = subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                           "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), *map(str, copies)],
                          capture_output=True, text=True, timeout=300)
    found = {f.name: out / f.name for f in files if (out / f.name).exists()}
    assert len(found) == len(files), done.stdout + done.stderr
    return found
