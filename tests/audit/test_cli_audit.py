"""`audit [--record REGISTER:ID] [--since DATE] [--user NAME] [--xlsx FILE]` on the command line."""

from __future__ import annotations

import openpyxl

from app.cli.main import main
from app.core import migrate
from app.core.audit_context import os_user
from app.core.db import Database
from app.registers import records
from app.registers.catalog import REGISTERS
from tests.conftest import valid_values


def make(tmp_path) -> tuple[str, int]:
    path = str(tmp_path / "a.sqlite")
    db = Database(path)
    migrate.upgrade(db)
    with db.session() as s:
        saved = records.create(s, REGISTERS["cities"], valid_values("cities"))
        records.create(s, REGISTERS["zones"], valid_values("zones"))
    with db.session() as s:
        records.update(s, REGISTERS["cities"], saved.id, {**saved.values, "name_en": "Renamed"}, saved.version)
    db.dispose()
    return path, saved.id


def test_audit_prints_field_by_field(tmp_path, capsys):
    path, city_id = make(tmp_path)
    capsys.readouterr()
    assert main(["--db", path, "audit", "--record", f"cities:{city_id}", "--since", "1/1/2567",
                 "--user", os_user()]) == 0
    out = capsys.readouterr().out.splitlines()
    assert any("ชื่อ (ภาษาอังกฤษ): Test City 1 → Renamed" in line or "Test City 1 → Renamed" in line for line in out)
    assert all(f"#{city_id}" in line and os_user() in line for line in out)
    assert not any("เขตส่งเสริม" in line for line in out)
    assert main(["--db", path, "audit", "--user", "nobody"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["--db", path, "--lang", "en", "audit", "--register", "zones"]) == 0
    assert "added" in capsys.readouterr().out


def test_audit_to_xlsx_and_bad_input(tmp_path, capsys):
    path, city_id = make(tmp_path)
    target = tmp_path / "audit.xlsx"
    assert main(["--db", path, "audit", "--xlsx", str(target)]) == 0
    ws = openpyxl.load_workbook(target).active
    values = [[c for c in row] for row in ws.iter_rows(values_only=True)]
    assert any("Renamed" in row for row in values)
    assert target.stat().st_mode & 0o777 == 0o600
    for bad in (["--record", "cities"], ["--record", "nothing:1"], ["--since", "yesterday"], ["--register", "x"]):
        capsys.readouterr()
        assert main(["--db", path, "audit", *bad]) == 1
        err = capsys.readouterr().err
        assert err.startswith("ข้อผิดพลาด:") and len(err.splitlines()) == 1
