"""A database file that does not exist is an error with its path: a mistyped ``--db`` makes no file and no folder.
``demo`` makes its database; any other command only with the global ``--create`` (issue 12)."""

from __future__ import annotations

import pytest

from app.cli.main import main
from app.core.db import Database
from app.core.migrate import current_revision, head_revision


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", [
    ["certificates", "list"],
    ["export", "cities", "--xlsx", "{tmp}/out.xlsx"],
    ["minutes", "--meeting", "1/2564", "--pdf", "{tmp}/m.pdf"],
    ["plan", "duplicates"],
    ["audit"],
])
def test_a_mistyped_path_is_an_error_and_creates_nothing(capsys, tmp_path, command):
    typo = tmp_path / "ฐานข้อมูล" / "sub" / "smartcty.sqlite"
    code, out, err = run(capsys, "--db", typo, *(c.format(tmp=tmp_path) for c in command))
    assert code == 1 and out == ""
    assert err.startswith("ข้อผิดพลาด: ไม่พบไฟล์ฐานข้อมูล") and str(typo) in err and "--create" in err
    assert err.count("\n") == 1
    assert not (tmp_path / "ฐานข้อมูล").exists()
    assert not (tmp_path / "out.xlsx").exists() and not (tmp_path / "m.pdf").exists()


def test_a_missing_file_in_an_existing_folder_is_not_created_either(capsys, tmp_path):
    typo = tmp_path / "demo.sqlte"
    code, _out, err = run(capsys, "--db", typo, "certificates", "list")
    assert code == 1 and str(typo) in err
    assert list(tmp_path.iterdir()) == []


def test_the_error_in_english(capsys, tmp_path):
    code, _out, err = run(capsys, "--lang", "en", "--db", tmp_path / "x.sqlite", "certificates", "list")
    assert code == 1
    assert err.startswith("Error: The database file") and "--create" in err and str(tmp_path / "x.sqlite") in err


def test_create_makes_a_new_database_before_the_command(capsys, tmp_path):
    path = tmp_path / "new" / "registers.sqlite"
    code, out, err = run(capsys, "--create", "--db", path, "certificates", "list")
    assert code == 0 and err == ""
    db = Database(path)
    assert current_revision(db) == head_revision()
    db.dispose()
    code, _out, err = run(capsys, "--db", path, "certificates", "list")  # now it exists: no --create needed
    assert code == 0 and err == ""


def test_demo_creates_its_database(capsys, tmp_path):
    path = tmp_path / "demo.sqlite"
    code, out, _err = run(capsys, "--db", path, "demo")
    assert code == 0 and "cities 15" in out and path.is_file()


def test_create_is_a_global_option_before_the_command(capsys, tmp_path):
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(tmp_path / "x.sqlite"), "certificates", "list", "--create"])
    assert exit_info.value.code == 2
    assert not (tmp_path / "x.sqlite").exists()
