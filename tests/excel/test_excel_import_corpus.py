"""Workbooks as agencies really send them (tests/excel/corpus.py), saved by openpyxl and by LibreOffice: the exact
outcome of each — the fields mapped, the values stored, the rows and problems reported."""

from __future__ import annotations

import os
import shutil
from datetime import date

import pytest
from sqlalchemy import select

from app.excel.imports.importer import ImportResult, apply_plan, read_plan
from app.excel.imports.mapping import IGNORE
from app.excel.imports.report import report_lines
from app.registers import records
from app.registers.catalog import REGISTERS
from tests.excel import corpus

BUILDERS = {"zones_province": corpus.zones_province, "cities_depa": corpus.cities_depa,
            "partnerships_ascn": corpus.partnerships_ascn, "zones_boi": corpus.zones_boi}


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[tuple[str, str], object]:
    """Each corpus file as openpyxl wrote it, and as LibreOffice saved it again."""
    folder = tmp_path_factory.mktemp("corpus")
    written = {name: build(folder) for name, build in BUILDERS.items()}
    found = {(name, "openpyxl"): path for name, path in written.items()}
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice:
        saved = corpus.libreoffice_copies(soffice, list(written.values()), folder)
        found.update({(name, "libreoffice"): saved[path.name] for name, path in written.items()})
    return found


def source(files, name: str, saved_by: str):
    if (name, saved_by) not in files:
        if "CI" in os.environ:
            pytest.fail("LibreOffice (soffice) is missing and CI is set: this test must run", pytrace=False)
        pytest.skip("LibreOffice (soffice) is not installed")
    return files[name, saved_by]


def plan_of(db, key, path, **kw):
    with db.session() as s:
        return read_plan(s, key, path, **kw)


def reported(plan) -> list[tuple]:
    return [(p.row, p.column, p.message(), p.warning) for p in plan.all_problems]


def stored(db, key: str) -> dict[str, dict]:
    reg = REGISTERS[key]
    with db.session() as s:
        found = [records.values_of(obj, reg) for obj in s.scalars(select(reg.model))]
    return {v[reg.title_field]: v for v in found}


SAVED_BY = pytest.mark.parametrize("saved_by", ["openpyxl", "libreoffice"])


@SAVED_BY
def test_a_province_office_list(db, files, saved_by):
    plan = plan_of(db, "zones", source(files, "zones_province", saved_by))
    assert (plan.sheet, plan.clean) == ("เขตส่งเสริม", True)
    assert [(m.header, m.field, m.how) for m in plan.mapping] == [
        ("ที่", IGNORE, "running"), ("ชื่อเขตส่งเสริมเมืองอัจฉริยะ", "name", "exact"), ("จังหวัด", "province", "exact"),
        ("วันที่ได้รับประกาศ", "declared_on", "exact"), ("ประกาศครั้งที่", "batch", "exact"), ("สถานะ", "status", "exact")]
    column = "วันที่ได้รับประกาศ"
    assert reported(plan) == [
        (4, None, "ข้ามแถวหัวข้อ “ภาคเหนือ” (มีข้อมูลช่องเดียว)", True),
        (7, None, "ข้ามแถวหัวข้อ “ภาคใต้” (มีข้อมูลช่องเดียว)", True),
        (9, None, "ข้ามแถวรวม “รวม 3 แห่ง”", True),
        (5, column, "ช่องวันที่ของ Excel มีปี 2562 ซึ่งเป็นปี พ.ศ.: อ่านเป็น 3 ต.ค. 2562", True),
        (6, column, "ช่องวันที่ของ Excel มีปี 2563 ซึ่งเป็นปี พ.ศ.: อ่านเป็น 15 ต.ค. 2563", True),
        (8, column, "ปี 63 ใน 15 ต.ค. 63 อ่านเป็น พ.ศ. 2563: 15 ต.ค. 2563", True)]
    assert report_lines(plan)[-1] == "เพิ่ม 3 แก้ไข 0 มีปัญหา 0 ไม่เปลี่ยนแปลง 0"
    with db.session() as s:
        assert apply_plan(s, plan) == ImportResult(3, 0)
    zones = stored(db, "zones")
    assert {name: (v["province"], v["declared_on"], v["batch"], v["status"]) for name, v in zones.items()} == {
        "เขตส่งเสริมเมืองอัจฉริยะเชียงราย": ("TH-57", date(2019, 10, 3), 1, "declared"),
        "เขตส่งเสริมเมืองอัจฉริยะน่าน": ("TH-55", date(2020, 10, 15), 2, "preparing"),
        "เขตส่งเสริมเมืองอัจฉริยะสงขลา": ("TH-90", date(2020, 10, 15), 2, "declared")}


@SAVED_BY
def test_a_depa_team_list_with_unknowns_and_bad_dates(db, files, saved_by):
    plan = plan_of(db, "cities", source(files, "cities_depa", saved_by))
    assert plan.columns == {"ชื่อพื้นที่เมืองอัจฉริยะ": "name_th", "จังหวัด": "provinces",
                            "ผู้พัฒนาเมือง (หน่วยงานผู้เสนอ)": "developer", "ประเภทเมือง": "city_type",
                            "วันที่ได้รับประกาศ": "certified_on", "หมายเหตุ": "notes"}
    assert reported(plan) == [
        (2, "วันที่ได้รับประกาศ", "ปี 21 ใน 05/11/21 อ่านเป็น ค.ศ. 2021: 5 พ.ย. 2564", True),
        (3, "วันที่ได้รับประกาศ", "2564 เป็นปี ไม่ใช่วันที่ กรุณาพิมพ์วันที่เต็ม เช่น 5/11/2564", False),
        (5, "ประเภทเมือง", "ไม่มีตัวเลือก เมืองเก่า ในประเภทเมือง (เลือกได้: เมืองน่าอยู่, เมืองใหม่ทันสมัย)", False),
        (5, "วันที่ได้รับประกาศ", "ปี 43 ใน 5/11/43 อ่านได้ทั้ง พ.ศ. 2543 และ ค.ศ. 2043 หรือไม่อยู่ในช่วงที่เป็นไปได้ "
                                 "กรุณาพิมพ์ปีเต็ม 4 หลัก", False)]
    assert [(r.row, r.action) for r in plan.rows] == [(2, "add"), (3, "problem"), (4, "add"), (5, "problem")]
    assert plan.rows[0].values == {"name_th": "เมืองอัจฉริยะทดสอบหนึ่ง", "provinces": ["TH-51"],
                                   "certified_on": date(2021, 11, 5)}  # "-" for the developer and notes: empty
    assert plan.rows[2].values["provinces"] == ["TH-50", "TH-51"] and "developer" not in plan.rows[2].values
    assert report_lines(plan)[-1] == "เพิ่ม 2 แก้ไข 0 มีปัญหา 2 ไม่เปลี่ยนแปลง 0"
    fixed = plan_of(db, "cities", source(files, "cities_depa", saved_by))
    fixed.rows = [r for r in fixed.rows if r.action == "add"]  # the two good rows alone
    with db.session() as s:
        apply_plan(s, fixed)
    cities = stored(db, "cities")
    first = cities["เมืองอัจฉริยะทดสอบหนึ่ง"]
    assert (first["developer"], first["city_type"], first["notes"]) == (None, None, None)  # never a dash
    assert cities["เมืองอัจฉริยะทดสอบสาม"]["city_type"] == "new"


@SAVED_BY
def test_partnerships_beyond_thailand(db, files, saved_by):
    plan = plan_of(db, "partnerships", source(files, "partnerships_ascn", saved_by))
    assert reported(plan) == [
        (4, "ประเทศ", "เมืองต่างประเทศต้องระบุประเทศ", False),
        (5, "สถานะ", "ไม่มีตัวเลือก อยู่ระหว่างเจรจา ในสถานะ (เลือกได้: อยู่ระหว่างเตรียมการ, ดำเนินการอยู่, เสร็จสิ้น, ยุติ)",
         False)]
    yokohama, usascp = plan.rows[:2]
    assert yokohama.values == {"partner": "Yokohama", "partner_kind": "city", "partner_country": "ญี่ปุ่น",
                               "kind": "twinning", "status": "active", "start_on": date(2019, 10, 1)}
    assert (usascp.values["partner_kind"], usascp.values["province"]) == ("programme", "TH-10")
    plan.rows = plan.rows[:2]
    with db.session() as s:
        assert apply_plan(s, plan) == ImportResult(2, 0)
    saved = stored(db, "partnerships")
    assert saved["Yokohama"]["province"] is None and saved["Yokohama"]["partner_country"] == "ญี่ปุ่น"
    assert saved["US-ASEAN Smart Cities Partnership"]["partner_kind"] == "programme"


@SAVED_BY
def test_boi_english_list_with_serials_years_and_columns_of_their_own(db, files, saved_by):
    path = source(files, "zones_boi", saved_by)
    plan = plan_of(db, "zones", path)
    unknown = "ยังไม่รู้ว่าคอลัมน์ {c} คือข้อมูลใดของทะเบียน กรุณาเลือกข้อมูลหรือสั่งข้ามคอลัมน์นี้ (ไม่นำเข้าโดยไม่บอก)"
    assert reported(plan)[:2] == [(1, "Budget (THB)", unknown.format(c="Budget (THB)"), False),
                                  (1, "H", unknown.format(c="H"), False)]
    assert not plan.clean  # nothing is dropped silently
    plan = plan_of(db, "zones", path, choices={"Budget (THB)": IGNORE, "H": IGNORE})
    assert reported(plan) == [
        (2, "Declared", "ตัวเลข 44505 อ่านเป็นวันที่ของ Excel: 5 พ.ย. 2564", True),
        (3, "Declared", "2021 เป็นปี ไม่ใช่วันที่ กรุณาพิมพ์วันที่เต็ม เช่น 5/11/2564", False)]
    assert plan.rows[0].values == {"name": "Phitsanulok Smart City Zone", "province": "TH-65",
                                   "declared_on": date(2021, 11, 5), "batch": 3, "status": "declared"}


def test_an_ambassador_cohort_list(db, tmp_path):
    plan = plan_of(db, "ambassadors", corpus.ambassadors(tmp_path))
    assert reported(plan) == [(2, "วันที่ยินยอม", "ปี 64 ใน 1/9/64 อ่านเป็น พ.ศ. 2564: 1 ก.ย. 2564", True)]
    assert plan.rows[0].values == {"cohort": 1, "full_name": "นางสาวทดสอบ ระบบ", "province": "TH-92",
                                   "consent_on": date(2021, 9, 1), "status": "completed", "phone": "081 234 5678",
                                   "email": "sca@example.org"}


def test_an_update_blank_keeps_a_marker_clears(db, tmp_path, make_record):
    city = make_record("cities", 1)
    same = make_record("cities", 2)
    plan = plan_of(db, "cities", corpus.cities_update(tmp_path, city.values["name_th"], same.values["name_th"]))
    assert [(r.row, r.action) for r in plan.rows] == [(2, "update"), (3, "same")]
    assert [(c.field, c.before, c.after) for c in plan.rows[0].changes] == [
        ("website", "https://example.org/city", "https://example.org/new"),
        ("notes", "บรรทัดแรก\nบรรทัดที่สอง", None), ("area_km2", 12.5, 20.0)]
    lines = report_lines(plan)
    assert lines[-1] == "เพิ่ม 0 แก้ไข 1 มีปัญหา 0 ไม่เปลี่ยนแปลง 1"
    with db.session() as s:
        assert apply_plan(s, plan) == ImportResult(0, 1)
    saved = stored(db, "cities")[city.values["name_th"]]
    assert (saved["emblem_issued_on"], saved["emblem_valid_until"]) == (date(2021, 12, 24), date(2023, 12, 24))
    assert (saved["notes"], saved["website"], saved["area_km2"]) == (None, "https://example.org/new", 20.0)
    assert saved["developer"] == "เทศบาลนครทดสอบ"  # not in the file: kept


def test_a_near_duplicate_is_flagged_with_its_candidate(db, tmp_path, make_record):
    existing = make_record("cities", 1, name_th="โครงการนครสวรรค์สมาร์ทซิตี้", provinces=["TH-60"])
    plan = plan_of(db, "cities", corpus.cities_near(tmp_path))
    first, second = plan.rows
    assert (first.similar.record_id, first.similar.title, first.similar.score) == (
        existing.id, "โครงการนครสวรรค์สมาร์ทซิตี้", 100)
    assert second.similar is None and second.action == "add"  # another phase: another record
    assert plan.similar == [first] and not plan.clean and plan.adds == [second]
    assert report_lines(plan)[-2:] == [
        "แถว 2: นครสวรรค์สมาร์ทซิตี้ ใกล้เคียงกับรายการเดิม โครงการนครสวรรค์สมาร์ทซิตี้ (100%)",
        "เพิ่ม 1 แก้ไข 0 มีปัญหา 0 ไม่เปลี่ยนแปลง 0 ใกล้เคียงรายการเดิม 1"]
    first.decide("update")
    assert plan.clean and [(c.field, c.after) for c in first.changes] == [("developer", "เทศบาลนครนครสวรรค์")]
    with db.session() as s:
        assert apply_plan(s, plan) == ImportResult(1, 1)
    cities = stored(db, "cities")
    assert set(cities) == {"โครงการนครสวรรค์สมาร์ทซิตี้", "นครสวรรค์สมาร์ทซิตี้ ระยะที่ 2"}
    assert cities["โครงการนครสวรรค์สมาร์ทซิตี้"]["developer"] == "เทศบาลนครนครสวรรค์"


def test_dashes_are_empty_in_new_rows_and_keep_in_updates(db, tmp_path, make_record):
    zone = make_record("zones", 1)
    plan = plan_of(db, "zones", corpus.zones_dashes(tmp_path, zone.values["name"]))
    assert [r.action for r in plan.rows] == ["add", "same"]
    assert plan.rows[0].values == {"name": "เขตส่งเสริมเมืองอัจฉริยะยะลา", "province": "TH-95", "status": "declared"}
    with db.session() as s:
        apply_plan(s, plan)
    zones = stored(db, "zones")
    assert (zones["เขตส่งเสริมเมืองอัจฉริยะยะลา"]["receiving_org"], zones["เขตส่งเสริมเมืองอัจฉริยะยะลา"]["progress_notes"]) \
        == (None, None)
    assert zones[zone.values["name"]]["receiving_org"] == "เทศบาลนครขอนแก่น"


def test_a_macro_enabled_workbook_is_read_and_its_macro_left_behind(db, tmp_path):
    plan = plan_of(db, "zones", corpus.macro_enabled(tmp_path))
    assert reported(plan) == [(None, None, "ไฟล์นี้มีแมโคร (VBA): โปรแกรมไม่เรียกใช้และไม่เก็บแมโครไว้ นำเข้าเฉพาะค่าในตาราง",
                               True)]
    assert plan.clean and [r.values for r in plan.rows] == [
        {"name": "เขตส่งเสริมเมืองอัจฉริยะแพร่", "province": "TH-54", "status": "declared"}]
    with db.session() as s:
        assert apply_plan(s, plan) == ImportResult(1, 0)
