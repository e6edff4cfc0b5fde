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


def test_checkout_discloses_personal_data_or_leaves_it_out(db, make_record, db_target, tmp_path, capsys):
    import stat

    from sqlalchemy import select

    from app.models import Disclosure

    make_record("ambassadors", 1)
    folder = tmp_path / "new-folder"
    with_people = folder / "with.sqlite"
    assert main(["--db", db_target, "sync", "checkout", "--to", str(with_people)]) == 0
    assert stat.S_IMODE(with_people.stat().st_mode) == 0o600 and stat.S_IMODE(folder.stat().st_mode) == 0o700
    with db.session() as s:
        [row] = s.scalars(select(Disclosure)).all()
    assert (row.kind, row.people, row.target) == ("offline_copy", 1, str(with_people.resolve()))
    assert "ambassadors.full_name" in row.fields and "ambassadors.phone" in row.fields
    without = tmp_path / "without.sqlite"
    assert main(["--db", db_target, "sync", "checkout", "--to", str(without), "--without-personal"]) == 0
    with db.session() as s:
        assert len(s.scalars(select(Disclosure)).all()) == 1  # nothing personal left with that one
    laptop = Database(without)
    person = load(laptop, "ambassadors", 1)
    assert not person["full_name"] and not person["phone"] and person["cohort"] == load(db, "ambassadors", 1)["cohort"]
    with laptop.session() as s:  # the laptop edits a field it never had, and one it had
        from app.models import Ambassador

        s.get(Ambassador, 1).phone, s.get(Ambassador, 1).cohort = "02 111 2222", 9
    laptop.dispose()
    package = tmp_path / "changes.zip"
    assert main(["--db", str(without), "sync", "export", "--to", str(package)]) == 0
    phone = load(db, "ambassadors", 1)["phone"]
    assert main(["--db", db_target, "sync", "import", str(package)]) == 0
    out = capsys.readouterr().out
    assert "ambassadors:1 ช่อง phone" in out and "ไม่มีข้อมูลส่วนบุคคล" in out
    assert load(db, "ambassadors", 1)["phone"] == phone and load(db, "ambassadors", 1)["cohort"] == 9
    assert list(tmp_path.glob("changes.set-aside-*.zip"))
