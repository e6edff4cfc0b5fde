"""Excel export: the workbook is read back with openpyxl and checked cell by cell, on both backends."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pythainlp.util import collate

from app.cli import main as cli
from app.core.errors import FileNotWritable
from app.excel import export as excel_export
from app.excel import export_meetings as excel_meetings
from app.excel import sheet as excel_sheet
from app.excel import sheet_rows as excel_sheet_rows
from app.registers import records, tables
from app.registers.catalog import REGISTERS
from tests.conftest import fill_sample_and_test_rows

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def filled(db):
    with db.session() as s:
        fill_sample_and_test_rows(s)
    return db


def export(db, key, path, **kw):
    with db.session() as s:
        return excel_export.export_register(s, key, path, **kw)


def header(ws) -> list[str]:
    return [c.value for c in ws[excel_export.HEADER_ROW]]


def column(ws, label: str) -> list:
    col = header(ws).index(label) + 1
    return [ws.cell(row, col) for row in range(excel_export.HEADER_ROW + 1, ws.max_row + 1)]


def test_layout_title_header_pane_filter(filled, tmp_path):
    path = export(filled, "cities", tmp_path / "cities.xlsx")
    assert path == tmp_path / "cities.xlsx" and not (tmp_path / "cities.xlsx.part").exists()
    ws = load_workbook(path).active
    assert ws.title == "พื้นที่เมืองอัจฉริยะ"
    assert ws["A1"].value.startswith("พื้นที่เมืองอัจฉริยะ — ส่งออกเมื่อ ")
    assert ws["A1"].value.endswith(str(date.today().year + 543)) and ws["A1"].font.b
    assert ws["A3"].font.b and ws["A3"].fill.fgColor.rgb.endswith("DDEBF7")
    assert ws["A4"].font.name == "TH SarabunPSK"
    fields = REGISTERS["cities"].fields
    assert header(ws) == [f.th for f in fields]  # every field, the computed emblem status too
    assert "สถานะตราสัญลักษณ์" in header(ws)
    assert ws.freeze_panes == "A4"
    assert ws.auto_filter.ref == f"A3:{ws.cell(3, len(fields)).column_letter}{ws.max_row}"
    assert ws.max_row == 3 + 15 + 1  # the sample's 15 and the test city
    assert ws.column_dimensions["A"].width > 10


def test_values_dates_numbers_lists_refs(filled, tmp_path):
    ws = load_workbook(export(filled, "cities", tmp_path / "c.xlsx")).active
    certified = [c for c in column(ws, "วันที่ประกาศรับรอง") if c.value is not None][0]
    assert isinstance(certified.value, datetime) and certified.is_date
    assert certified.number_format == "[$-107041E]d mmmm yyyy"
    provinces = [c.value for c in column(ws, "จังหวัด")]
    assert "ขอนแก่น" in provinces and all("TH-" not in (p or "") for p in provinces)
    dims = next(c.value for c in column(ws, "ด้านเมืองอัจฉริยะ") if c.value)
    assert ", " in dims and "อัจฉริยะ" in dims
    emblem = REGISTERS["cities"].field("emblem_state")
    assert {c.value for c in column(ws, emblem.th)} <= {c.th for c in emblem.choices}  # labels, not codes
    area = [c for c in column(ws, "พื้นที่ (ตร.กม.)") if c.value is not None]
    assert all(c.data_type == "n" for c in area)

    ws = load_workbook(export(filled, "zones", tmp_path / "z.xlsx")).active
    batches = [c for c in column(ws, "ประกาศครั้งที่") if c.value is not None]
    assert batches and all(c.data_type == "n" and isinstance(c.value, int) for c in batches)
    ref = REGISTERS["zones"].field("city_id").th
    assert any(c.value and "TH-" not in c.value and not c.value.startswith("#") for c in column(ws, ref))

    ws = load_workbook(export(filled, "partnerships", tmp_path / "p.xlsx")).active
    focus = REGISTERS["partnerships"].field("focus_areas")
    labels = {c.th for c in focus.choices}
    assert all(set(c.value.split(", ")) <= labels for c in column(ws, focus.th) if c.value)


def test_thai_order_by_default_and_ids_order(filled, tmp_path):
    ws = load_workbook(export(filled, "zones", tmp_path / "z.xlsx")).active
    names = [c.value for c in column(ws, "ชื่อเขตส่งเสริม")]
    assert names == collate(names) and names != sorted(names)
    with filled.session() as s:
        ids = tables.load_table(s, REGISTERS["zones"]).ids
    chosen = [ids[2], ids[0], 999999, ids[1]]
    ws = load_workbook(export(filled, "zones", tmp_path / "z2.xlsx", ids=chosen)).active
    with filled.session() as s:
        expected = [records.load(s, REGISTERS["zones"], i).values["name"] for i in chosen if i != 999999]
    assert [ws.cell(r, 1).value for r in range(4, ws.max_row + 1)] == expected
    assert ws.auto_filter.ref.endswith(str(3 + 3))


def test_personal_columns_only_when_asked(filled, tmp_path):
    ws = load_workbook(export(filled, "ambassadors", tmp_path / "a.xlsx")).active
    assert "โทรศัพท์" not in header(ws) and "อีเมล" not in header(ws)
    assert "ชื่อ-นามสกุล" not in header(ws)  # a full name is personal data (PDPA): cohort, province, assignment only
    assert {"รุ่นที่", "จังหวัด", "เขตส่งเสริมที่ประจำ", "เมืองอัจฉริยะที่ประจำ"} <= set(header(ws))
    ws = load_workbook(export(filled, "ambassadors", tmp_path / "b.xlsx", include_personal=True)).active
    assert "โทรศัพท์" in header(ws) and "อีเมล" in header(ws) and "ชื่อ-นามสกุล" in header(ws)
    assert all("@example.org" in c.value for c in column(ws, "อีเมล"))  # reserved for examples (RFC 2606)
    assert "PDPA" in ws["A2"].value


def test_english_headers(filled, tmp_path):
    ws = load_workbook(export(filled, "partnerships", tmp_path / "e.xlsx", lang="en")).active
    assert ws.title == "ASCN partnerships"
    assert header(ws) == [f.en for f in REGISTERS["partnerships"].fields]
    assert "exported on" in ws["A1"].value


@pytest.mark.parametrize("text", ["=1+2", "@SUM(A1)", "+1", "-2", "=HYPERLINK(\"http://x\")"])
def test_formula_like_text_stays_text(db, make_record, tmp_path, text):
    make_record("zones", name=text, progress_notes=text)
    ws = load_workbook(export(db, "zones", tmp_path / "f.xlsx")).active
    for label in (REGISTERS["zones"].field("name").th, REGISTERS["zones"].field("progress_notes").th):
        cell = column(ws, label)[0]
        assert cell.value == text and cell.data_type == "s"
        assert cell.quotePrefix


def test_export_all_has_registers_then_meeting_sheets_and_progress(filled, tmp_path):
    calls = []
    with filled.session() as s:
        path = excel_export.export_all(s, tmp_path / "all.xlsx", progress=lambda d, t: calls.append((d, t)))
    wb = load_workbook(path)
    meeting_sheets = [excel_meetings.LABELS[key].th for key in excel_meetings.MEETING_SHEETS]
    assert wb.sheetnames == [excel_export.sheet_name(r) for r in REGISTERS.values()] + meeting_sheets
    assert all(len(name) <= 31 for name in wb.sheetnames)
    assert all(ws.max_row > 3 for ws in wb.worksheets)  # the sample has a meeting with all three
    assert wb.sheetnames[2] == REGISTERS["ambassadors"].th[:31]
    total = sum(ws.max_row - 3 for ws in wb.worksheets)
    assert calls[-1] == (total, total)


def test_progress_every_500_rows_and_cancel_leaves_nothing(db, make_record, tmp_path, monkeypatch):
    for n in range(7):
        make_record("zones", n=n)
    monkeypatch.setattr(excel_sheet, "PROGRESS_EVERY", 3)
    out = tmp_path / "out"
    out.mkdir()
    calls = []
    export(db, "zones", out / "ok.xlsx", progress=lambda d, t: calls.append((d, t)))
    assert calls == [(3, 7), (6, 7), (7, 7)]

    class Cancelled(Exception):
        pass

    def cancel(done, total):
        raise Cancelled

    with pytest.raises(Cancelled):
        export(db, "zones", out / "cancelled.xlsx", progress=cancel)
    assert [p.name for p in out.iterdir()] == ["ok.xlsx"]


def test_unwritable_path(db, tmp_path):
    target = tmp_path / "missing-folder" / "x.xlsx"
    with pytest.raises(FileNotWritable) as info:
        export(db, "cities", target)
    assert "x.xlsx" in info.value.message("en") and info.value.message("en").startswith("Cannot write")
    assert not target.parent.exists()
    folder = tmp_path / "a-folder.xlsx"
    folder.mkdir()
    with pytest.raises(FileNotWritable):
        export(db, "cities", folder)
    assert not list(tmp_path.glob("*.part")) and not list(folder.iterdir())


def test_cli_register_keys_match():
    assert cli.REGISTER_KEYS == tuple(REGISTERS)


@pytest.mark.parametrize("args", [["ambassadors", "--include-personal", "--lang", "en"], ["all"]])
def test_cli_export(db, db_target, tmp_path, args):
    with db.session() as s:
        fill_sample_and_test_rows(s)
    out = tmp_path / "cli.xlsx"
    result = subprocess.run([sys.executable, "main.py", "--db", db_target, "export", *args, "--xlsx", str(out)],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    wb = load_workbook(out)
    if args[0] == "all":
        assert len(wb.sheetnames) == len(REGISTERS) + 3
    else:
        assert "E-mail" in header(wb.active)


def test_cli_export_meetings_in_process(filled, db_target, tmp_path, capsys):
    out = tmp_path / "meetings.xlsx"
    assert cli.main(["--db", db_target, "export", "meetings", "--xlsx", str(out), "--lang", "en"]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert load_workbook(out).sheetnames == ["Resolutions", "Action items", "Attendance"]
    assert cli.main(["--db", db_target, "export", "zones", "--xlsx", str(tmp_path / "no" / "z.xlsx")]) == 1
    assert "ข้อผิดพลาด" in capsys.readouterr().err


def test_thai_font_is_the_default_of_plain_cells(filled, tmp_path):
    ws = load_workbook(export(filled, "zones", tmp_path / "z.xlsx")).active
    plain = ws.cell(excel_export.HEADER_ROW + 1, 1)
    assert plain.style_id == 0 and plain.font.name == "TH SarabunPSK" and plain.font.sz == 14
    assert ws["A2"].font.name == "TH SarabunPSK"  # the count line is a plain cell too


def test_control_characters_dropped_and_never_a_formula(db, make_record, tmp_path):
    make_record("zones", name="\x01=1+1", progress_notes="บรรทัด\x0bหนึ่ง\nบรรทัดสอง", receiving_org="\x02")
    ws = load_workbook(export(db, "zones", tmp_path / "c.xlsx")).active
    row = {label: ws.cell(4, n).value for n, label in enumerate(header(ws), start=1)}
    assert row["ชื่อเขตส่งเสริม"] == "=1+1" and ws.cell(4, 1).data_type == "s" and ws.cell(4, 1).quotePrefix
    assert row["ความก้าวหน้า"] == "บรรทัดหนึ่ง\nบรรทัดสอง"
    assert row["หน่วยงานที่รับประกาศ"] is None


def test_chunks_give_the_same_workbook(filled, tmp_path, monkeypatch):
    """Lists, references and computed values are read per chunk: chunks of 2 rows change nothing."""
    def values(path):
        return [[c.value for c in row] for row in load_workbook(path).active.iter_rows(min_row=3)]

    whole = {key: values(export(filled, key, tmp_path / f"{key}.xlsx")) for key in ("cities", "zones")}
    with filled.session() as s:
        table = tables.load_table(s, REGISTERS["cities"])
        ids, names = table.ids[::-1], table.columns["name_th"][::-1]
    by_ids = values(export(filled, "cities", tmp_path / "ids.xlsx", ids=ids + ids[:3]))
    monkeypatch.setattr(excel_sheet_rows, "CHUNK", 2)
    for key in ("cities", "zones"):
        assert values(export(filled, key, tmp_path / f"{key}-2.xlsx")) == whole[key]
    assert values(export(filled, "cities", tmp_path / "ids-2.xlsx", ids=ids + ids[:3])) == by_ids
    assert [row[0] for row in by_ids[1:]] == names  # the ids' order; an id given twice is written once
    assert sorted(by_ids[1:], key=str) == sorted(whole["cities"][1:], key=str)
