"""`main.py --db PATH import REGISTER FILE.xlsx [--dry-run]`: the report, the summary, the exit code."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import func, select

from app.cli import main as cli
from app.core.db import Database
from app.registers.catalog import REGISTERS

ROOT = Path(__file__).resolve().parents[1]
HEADER = ["ชื่อเขตส่งเสริม", "จังหวัด", "สถานะ", "หมายเหตุของเรา"]


def sheet(path: Path, *rows) -> Path:
    wb = Workbook()
    for row in (HEADER, *rows):
        wb.active.append(list(row))
    wb.save(path)
    return path


def zones(db_path: Path) -> list[str]:
    db = Database(db_path)
    try:
        with db.session() as s:
            return sorted(s.scalars(select(REGISTERS["zones"].model.name)))
    finally:
        db.dispose()


def run(capsys, *argv) -> tuple[int, list[str], str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def test_clean_file_dry_run_then_applied(tmp_path, capsys):
    db, path = tmp_path / "db.sqlite", sheet(tmp_path / "z.xlsx", ["เขตหนึ่ง", "ขอนแก่น", "declared", "x"],
                                             ["เขตสอง", "Phuket", "ประกาศเป็นเขตส่งเสริม", None])
    code, lines, _ = run(capsys, "--create", "--db", db, "import", "zones", path, "--dry-run")
    assert code == 1  # an uncertain column is not applied, nor dropped: it must be settled
    assert lines[0] == ("แผ่นงาน Sheet แถว 1 คอลัมน์ หมายเหตุของเรา: คอลัมน์ หมายเหตุของเรา น่าจะเป็น ความก้าวหน้า (80%) "
                        "แต่ยังไม่แน่ใจ กรุณายืนยันการจับคู่หรือสั่งข้ามคอลัมน์นี้")
    ignore = ("--ignore-column", "หมายเหตุของเรา")
    code, lines, _ = run(capsys, "--create", "--db", db, "import", "zones", path, "--dry-run", *ignore)
    assert code == 0
    assert lines == ["เพิ่ม 2 แก้ไข 0 มีปัญหา 0 ไม่เปลี่ยนแปลง 0", "ตรวจสอบเท่านั้น (--dry-run) ยังไม่บันทึก"]
    assert zones(db) == []
    code, lines, _ = run(capsys, "--create", "--db", db, "import", "zones", path, *ignore)
    assert code == 0 and lines[-1] == "นำเข้าแล้ว: เพิ่ม 2 แก้ไข 0 รายการ"
    assert zones(db) == ["เขตสอง", "เขตหนึ่ง"]
    code, lines, _ = run(capsys, "--create", "--db", db, "--lang", "en", "import", "zones", path, *ignore)
    assert code == 0 and lines[-2:] == ["add 0 update 0 problems 0 unchanged 2", "Imported: 0 added, 0 updated"]


def test_show_mapping_and_map_settle_the_columns(tmp_path, capsys):
    db, path = tmp_path / "db.sqlite", sheet(tmp_path / "z.xlsx", ["เขตหนึ่ง", "ขอนแก่น", "declared", "ส่งแผนแล้ว"])
    code, lines, _ = run(capsys, "--create", "--db", db, "import", "zones", path, "--show-mapping")
    assert code == 1 and lines == ["ชื่อเขตส่งเสริม → ชื่อเขตส่งเสริม [name] (ตรงกัน 100%)",
                                   "จังหวัด → จังหวัด [province] (ตรงกัน 100%)", "สถานะ → สถานะ [status] (ตรงกัน 100%)",
                                   "หมายเหตุของเรา → ความก้าวหน้า [progress_notes] (ไม่แน่ใจ 80%)"]
    mapped = ("--map", "หมายเหตุของเรา=ความก้าวหน้า")
    code, lines, _ = run(capsys, "--create", "--db", db, "--lang", "en", "import", "zones", path, "--show-mapping",
                         *mapped)
    assert code == 0 and lines[-1] == "หมายเหตุของเรา → Progress notes [progress_notes] (as given 100%)"
    code, lines, _ = run(capsys, "--create", "--db", db, "import", "zones", path, *mapped)
    assert code == 0 and zones(db) == ["เขตหนึ่ง"]
    code, _lines, err = run(capsys, "--create", "--db", db, "import", "zones", path, "--map", "หมายเหตุของเรา=ไม่มีข้อมูลนี้")
    assert code == 1 and err.startswith("ข้อผิดพลาด: --map หมายเหตุของเรา=ไม่มีข้อมูลนี้ ไม่ถูกต้อง") and err.count("\n") == 1


def test_a_near_duplicate_is_refused_unless_allowed(tmp_path, capsys):
    db = tmp_path / "db.sqlite"
    first = sheet(tmp_path / "a.xlsx", ["โครงการนครสวรรค์สมาร์ทซิตี้", "นครสวรรค์", "declared", None])
    assert run(capsys, "--create", "--db", db, "import", "zones", first, "--ignore-column", "หมายเหตุของเรา")[0] == 0
    second = sheet(tmp_path / "b.xlsx", ["นครสวรรค์สมาร์ทซิตี้", "นครสวรรค์", "declared", None])
    code, lines, _ = run(capsys, "--create", "--db", db, "import", "zones", second, "--ignore-column", "หมายเหตุของเรา")
    assert code == 1
    assert lines == ["แถว 2: นครสวรรค์สมาร์ทซิตี้ ใกล้เคียงกับรายการเดิม โครงการนครสวรรค์สมาร์ทซิตี้ (100%)",
                     "เพิ่ม 0 แก้ไข 0 มีปัญหา 0 ไม่เปลี่ยนแปลง 0 ใกล้เคียงรายการเดิม 1", "ไฟล์มีปัญหา จึงยังไม่นำเข้าข้อมูลใด ๆ"]
    assert zones(db) == ["โครงการนครสวรรค์สมาร์ทซิตี้"]
    code, lines, _ = run(capsys, "--create", "--db", db, "import", "zones", second, "--ignore-column", "หมายเหตุของเรา",
                         "--allow-similar")
    assert code == 0 and lines[-1] == "นำเข้าแล้ว: เพิ่ม 1 แก้ไข 0 รายการ"
    assert zones(db) == ["นครสวรรค์สมาร์ทซิตี้", "โครงการนครสวรรค์สมาร์ทซิตี้"]


def test_problems_are_listed_and_nothing_is_written(tmp_path, capsys):
    db, path = tmp_path / "db.sqlite", sheet(tmp_path / "z.xlsx", ["เขตหนึ่ง", "ขอนแก่น", "declared"],
                                             ["เขตสอง", "นอกโลก", "declared"])
    code, lines, _ = run(capsys, "--create", "--db", db, "import", "zones", path, "--ignore-column", "หมายเหตุของเรา")
    assert code == 1
    assert "แผ่นงาน Sheet แถว 3 คอลัมน์ จังหวัด: ไม่พบจังหวัด นอกโลก" in lines
    assert lines[-2:] == ["เพิ่ม 1 แก้ไข 0 มีปัญหา 1 ไม่เปลี่ยนแปลง 0", "ไฟล์มีปัญหา จึงยังไม่นำเข้าข้อมูลใด ๆ"]
    assert zones(db) == []
    code, lines, _ = run(capsys, "--create", "--db", db, "--lang", "en", "import", "zones", path, "--dry-run",
                         "--ignore-column", "หมายเหตุของเรา")
    assert code == 1 and "Sheet Sheet Row 3 Column จังหวัด: Unknown province: นอกโลก" in lines


def test_unreadable_file_is_one_thai_line(tmp_path, capsys):
    db, path = tmp_path / "db.sqlite", tmp_path / "notes.xlsx"
    path.write_text("not a workbook")
    code, lines, err = run(capsys, "--create", "--db", db, "import", "zones", path)
    assert code == 1 and lines == []
    assert err == "ข้อผิดพลาด: ไฟล์ notes.xlsx ไม่ใช่ไฟล์ Excel (.xlsx)\n"


def test_main_py_in_a_fresh_process(tmp_path):
    db, path = tmp_path / "db.sqlite", sheet(tmp_path / "z.xlsx", ["เขตหนึ่ง", "ขอนแก่น", "declared"])
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--create", "--db", str(db), "import", "zones",
                           str(path),
                           "--ignore-column", "หมายเหตุของเรา"],
                          capture_output=True, text=True, encoding="utf-8", timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "เพิ่ม 1 แก้ไข 0 มีปัญหา 0" in done.stdout
    database = Database(db)
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(REGISTERS["zones"].model)) == 1
    database.dispose()
