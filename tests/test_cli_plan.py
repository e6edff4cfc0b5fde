"""`main.py plan import|duplicates|export|summary`: output, files and exit codes; one Thai line on bad input."""

from __future__ import annotations

import subprocess

from openpyxl import Workbook, load_workbook

from app.cli import main as cli


def run(capsys, *argv) -> tuple[int, list[str], str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def demo_db(tmp_path, capsys):
    path = tmp_path / "demo.sqlite"
    assert run(capsys, "--db", path, "demo")[0] == 0
    return path


def test_duplicates_one_pair_a_line(tmp_path, capsys):
    db = demo_db(tmp_path, capsys)
    code, lines, _ = run(capsys, "--db", db, "plan", "duplicates", "--year", "2568")
    assert code == 0 and lines[-1].startswith("พบคู่ที่อาจซ้ำกัน ")
    pairs = [line.split(" | ") for line in lines[:-1]]
    assert len(pairs) == int(lines[-1].split()[1]) >= 5
    assert all(len(p) == 4 and p[2].isdigit() and "ชื่อโครงการคล้ายกัน" in p[3] for p in pairs)
    assert all("ปีงบประมาณซ้อนกัน" in p[3] for p in pairs)


def test_a_christian_era_year_is_one_thai_line(tmp_path, capsys):
    db = demo_db(tmp_path, capsys)
    code, lines, err = run(capsys, "--db", db, "plan", "duplicates", "--year", "2025")
    assert code == 1 and err.strip() == "ข้อผิดพลาด: ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2568" and not lines


def test_import_checks_then_applies(tmp_path, capsys):
    db = demo_db(tmp_path, capsys)
    wb = Workbook()
    wb.active.append(["ชื่อโครงการ", "หน่วยงานที่เสนอ", "ประเภทหน่วยงาน", "จังหวัด", "ปีงบประมาณ (พ.ศ.)", "สถานะ",
                      "เสนอขอ: งบประมาณแผ่นดิน"])
    wb.active.append(["ระบบเตือนภัยดินถล่ม อุตรดิตถ์", "จังหวัดอุตรดิตถ์", "จังหวัด", "อุตรดิตถ์", 2569, "เสนอโครงการ",
                      "3,500,000"])
    wb.save(tmp_path / "ส่ง.xlsx")
    code, lines, _ = run(capsys, "--db", db, "plan", "import", tmp_path / "ส่ง.xlsx", "--dry-run")
    assert code == 0 and "งบประมาณในไฟล์: 1 แถว เสนอขอรวม 3,500,000.00 บาท" in lines
    code, lines, _ = run(capsys, "--db", db, "plan", "import", tmp_path / "ส่ง.xlsx")
    assert code == 0 and lines[-1] == "นำเข้าแล้ว: เพิ่ม 1 แก้ไข 0 รายการ"
    wb.active.append(["ระบบเตือนภัย", "จังหวัดอุตรดิตถ์", "จังหวัด", "อุตรดิตถ์", 2569, "เสนอโครงการ", "1.234"])
    wb.save(tmp_path / "bad.xlsx")
    code, lines, _ = run(capsys, "--db", db, "plan", "import", tmp_path / "bad.xlsx")
    assert code == 1 and lines[-1] == "ไฟล์มีปัญหา จึงยังไม่นำเข้าข้อมูลใด ๆ"


def test_export_and_summary_attached_to_the_agenda(tmp_path, capsys):
    db = demo_db(tmp_path, capsys)
    code, lines, _ = run(capsys, "--db", db, "plan", "export", "--xlsx", tmp_path / "plan.xlsx")
    assert code == 0 and len(load_workbook(lines[0], read_only=True).sheetnames) == 6
    code, lines, err = run(capsys, "--db", db, "plan", "summary", "--year", "2568", "--pdf", tmp_path / "s.pdf",
                           "--meeting", "1/2564", "--item", "4.1")
    assert code == 0, err
    text = subprocess.run(["pdftotext", lines[0], "-"], capture_output=True, text=True, check=True).stdout
    assert "ปีงบประมาณ พ.ศ. 2568" in text
    code, lines, err = run(capsys, "--db", db, "plan", "summary", "--xlsx", tmp_path / "s.xlsx", "--meeting",
                           "1/2564")
    assert code == 1 and "--meeting และ --item" in err
