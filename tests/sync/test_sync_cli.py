"""`sync checkout|export|import|refresh` from the command line: conflicts printed, nothing changed, exit non-zero;
--resolve settles them."""

from __future__ import annotations

from app.cli.main import main
from app.core.db import Database
from tests.sync.helpers import audit_count, edit, load


def test_the_commands_round_trip(db, make_record, db_target, tmp_path, capsys):
    make_record("cities", 1)
    laptop_file = tmp_path / "laptop.sqlite"
    assert main(["--db", db_target, "sync", "checkout", "--to", str(laptop_file)]) == 0
    assert "นำข้อมูลออกแล้ว" in capsys.readouterr().out
    laptop = Database(laptop_file)
    edit(laptop, "cities", 1, name_en="From the laptop")
    edit(db, "cities", 1, name_en="From the office")
    laptop.dispose()
    package = tmp_path / "changes.zip"
    assert main(["--db", str(laptop_file), "sync", "export", "--to", str(package)]) == 0
    before = audit_count(db)
    assert main(["--db", db_target, "sync", "import", str(package)]) == 3
    err = capsys.readouterr().err
    assert "cities:1:name_en" in err and "From the office" in err and "From the laptop" in err
    assert audit_count(db) == before
    assert main(["--db", db_target, "sync", "import", str(package), "--resolve", "cities:1:name_en=laptop"]) == 0
    assert load(db, "cities", 1)["name_en"] == "From the laptop"
    assert main(["--db", db_target, "sync", "import", str(package)]) == 0
    assert "นำเข้าไปแล้วก่อนหน้านี้" in capsys.readouterr().out
    assert main(["--db", db_target, "sync", "refresh", "--to", str(laptop_file)]) == 0
    assert "สำเนาเก่าเก็บไว้ที่" in capsys.readouterr().out


def test_bad_resolution_and_bad_file_are_clear(db, db_target, tmp_path, capsys):
    junk = tmp_path / "junk.zip"
    junk.write_text("ไม่ใช่แฟ้ม")
    assert main(["--db", db_target, "sync", "import", str(junk)]) == 1
    assert "ไม่ใช่ชุดการเปลี่ยนแปลงที่ใช้ได้" in capsys.readouterr().err
    assert main(["--db", db_target, "sync", "import", str(junk), "--resolve", "cities:1=maybe"]) == 1
    assert "ไม่ถูกต้อง" in capsys.readouterr().err
