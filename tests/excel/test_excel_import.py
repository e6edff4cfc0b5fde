"""Excel import: the plan (add / update / same / problem), headers, cells, and the one-transaction apply."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from app.core.errors import StaleRecord, UserError
from app.excel import export as excel_export
from app.excel.imports import importer as excel_import
from app.excel.imports.importer import ImportFileError, apply_plan, read_plan
from app.excel.imports.mapping import IGNORE
from app.excel.imports.report import report_lines, write_report, write_template
from app.registers import records
from app.registers.catalog import REGISTERS
from tests.conftest import fill_sample_and_test_rows

ZONE_HEADER = ["ชื่อเขตส่งเสริม", "จังหวัด", "วันที่ประกาศ", "ประกาศครั้งที่", "สถานะ"]


def workbook(path: Path, rows: list[list], title: str = "Sheet", before: list[list] | None = None) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in [*(before or []), *rows]:
        ws.append(row)
    wb.save(path)
    return path


def plan_of(db, key: str, path: Path, **kw) -> excel_import.ImportPlan:
    with db.session() as s:
        return read_plan(s, key, path, **kw)


def count(db, key: str) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(REGISTERS[key].model))


def messages(plan) -> list[tuple[int | None, str | None, str]]:
    return [(p.row, p.column, p.message()) for p in plan.all_problems]


def test_export_then_import_into_the_same_database_changes_nothing(db, tmp_path):
    with db.session() as s:
        fill_sample_and_test_rows(s)
    for key in REGISTERS:
        with db.session() as s:
            path = excel_export.export_register(s, key, tmp_path / f"{key}.xlsx", include_personal=True)
        plan = plan_of(db, key, path)
        assert plan.clean and plan.all_problems == []
        assert [r.action for r in plan.rows] == ["same"] * count(db, key)
        assert plan.sheet == excel_export.sheet_name(REGISTERS[key])
        assert all(r.record_id and r.version for r in plan.rows)


def test_a_hand_made_sheet_with_variant_headers_in_row_one(db, tmp_path):
    path = workbook(tmp_path / "z.xlsx", [
        ["Zone name", " จ. ", "declared_on", "BATCH", "Status", "ของหน่วยงาน"],
        ["เขตส่งเสริมเชียงใหม่", "Chiang Mai", "5 พ.ย. 64", "๒", "ประกาศเป็นเขตส่งเสริม", "x"],
        [None, None, None, None, None, None],
        ["เขต กทม.", "กทม", datetime(2020, 10, 15), 1.0, "Preparing proposal", None],
    ], title="ข้อมูลของฉัน")
    guessed = plan_of(db, "zones", path)
    assert messages(guessed)[0] == (1, "ของหน่วยงาน", "คอลัมน์ ของหน่วยงาน น่าจะเป็น หน่วยงานที่รับประกาศ (84%) "
                                                      "แต่ยังไม่แน่ใจ กรุณายืนยันการจับคู่หรือสั่งข้ามคอลัมน์นี้")
    assert not guessed.clean  # nothing is dropped silently: the column must be mapped or ignored
    plan = plan_of(db, "zones", path, choices={"ของหน่วยงาน": IGNORE})
    assert plan.sheet == "ข้อมูลของฉัน"
    assert plan.columns == {"Zone name": "name", "จ.": "province", "declared_on": "declared_on",
                            "BATCH": "batch", "Status": "status"}
    assert messages(plan) == [(2, "declared_on", "ปี 64 ใน 5 พ.ย. 64 อ่านเป็น พ.ศ. 2564: 5 พ.ย. 2564")]
    assert plan.clean  # a conversion is said, it does not block the import
    assert [(r.row, r.action) for r in plan.rows] == [(2, "add"), (4, "add")]
    assert plan.rows[0].values == {"name": "เขตส่งเสริมเชียงใหม่", "province": "TH-50",
                                   "declared_on": date(2021, 11, 5), "batch": 2, "status": "declared"}
    assert plan.rows[1].values["province"] == "TH-10" and plan.rows[1].values["status"] == "preparing"
    with db.session() as s:
        assert apply_plan(s, plan) == excel_import.ImportResult(2, 0)
    assert count(db, "zones") == 2


def test_adds_updates_and_unchanged_rows_matched_on_name_and_province(db, tmp_path, make_record):
    kept = make_record("zones", 1, name="เขตเดิม", province="TH-40", batch=2, declared_on=date(2020, 10, 15))
    changed = make_record("zones", 2, name="เขตที่แก้", province="TH-40", batch=2)
    header = ZONE_HEADER
    path = workbook(tmp_path / "z.xlsx", [
        header,
        ["เขตเดิม", "ขอนแก่น", "15/10/2563", 2, "ประกาศเป็นเขตส่งเสริม"],
        ["เขตที่แก้", "Khon Kaen", None, 3, "declared"],
        ["เขตที่แก้", "ภูเก็ต", None, 1, "declared"],  # the same name in another province: a new zone
    ], before=[["ทะเบียน"], []])
    plan = plan_of(db, "zones", path)
    assert [(r.row, r.action) for r in plan.rows] == [(4, "same"), (5, "update"), (6, "add")]
    same, update, add = plan.rows
    assert (same.record_id, same.version, same.changes) == (kept.id, kept.version, [])
    assert (update.record_id, update.version) == (changed.id, changed.version)
    assert [(c.field, c.before, c.after) for c in update.changes] == [("batch", 2, 3)]  # a blank cell keeps
    assert add.record_id is None and plan.adds == [add] and plan.updates == [update] and plan.unchanged == [same]
    with db.session() as s:
        assert apply_plan(s, plan) == excel_import.ImportResult(1, 1)
    with db.session() as s:
        saved = records.load(s, REGISTERS["zones"], changed.id)
        assert saved.values["batch"] == 3 and saved.values["declared_on"] == changed.values["declared_on"]
        assert saved.version == changed.version + 1
        assert records.load(s, REGISTERS["zones"], kept.id).version == kept.version  # "same" is not written


def test_cell_problems_name_sheet_row_column_in_thai_and_english(db, tmp_path, make_record):
    make_record("cities", 1, name_th="เมืองแม่")
    path = workbook(tmp_path / "z.xlsx", [
        ["ชื่อเขตส่งเสริม", "จังหวัด", "วันที่ประกาศ", "ประกาศครั้งที่", "สถานะ", "เมืองอัจฉริยะที่ได้รับรอง"],
        ["เขตหนึ่ง", "นอกโลก", "31/2/2564", "สอง", "ประกาศเป็นเขตส่งเสริม", None],
        ["เขตสอง", "เชียงใหม่", "1/1/2564", 0, "ได้รับการรับรองเป็นเมืองอัจฉริยะ", None],
        ["เขตสาม", "เชียงใหม่", None, 1, "certified", "เมืองแม่"],
        [None, "เชียงใหม่", None, 1, "อื่น ๆ", "ไม่มีเมืองนี้"],
    ], title="เขต")
    plan = plan_of(db, "zones", path)
    assert [r.action for r in plan.rows] == ["problem", "problem", "add", "problem"]
    assert plan.rows[2].values["city_id"] > 0
    assert not plan.clean and len(plan.problem_rows) == 3
    assert messages(plan) == [
        (2, "จังหวัด", "ไม่พบจังหวัด นอกโลก"),
        (2, "วันที่ประกาศ", "วันที่ไม่ถูกต้อง: 31/2/2564 (พิมพ์เช่น 5/11/2564 หรือ 5 พ.ย. 2564)"),
        (2, "ประกาศครั้งที่", "ต้องเป็นตัวเลข: สอง"),
        (3, "ประกาศครั้งที่", "ต้องไม่น้อยกว่า 1"),
        (3, "เมืองอัจฉริยะที่ได้รับรอง", "เขตที่ได้รับการรับรองแล้วต้องระบุเมืองอัจฉริยะที่ได้รับรอง"),
        (5, "สถานะ", "ไม่มีตัวเลือก อื่น ๆ ในสถานะ (เลือกได้: ประกาศเป็นเขตส่งเสริม, กำลังจัดทำข้อเสนอ, "
                    "ได้รับการรับรองเป็นเมืองอัจฉริยะ)"),
        (5, "เมืองอัจฉริยะที่ได้รับรอง", "ไม่พบพื้นที่เมืองอัจฉริยะชื่อ ไม่มีเมืองนี้"),
        (5, "ชื่อเขตส่งเสริม", "กรุณากรอกชื่อเขตส่งเสริม"),
    ]
    english = [p.message("en") for p in plan.problem_rows[0].problems]
    assert english[0] == "Unknown province: นอกโลก" and all(p.sheet == "เขต" for p in plan.all_problems)
    lines = report_lines(plan)
    assert lines[0] == "แผ่นงาน เขต แถว 2 คอลัมน์ จังหวัด: ไม่พบจังหวัด นอกโลก"
    assert lines[-1] == "เพิ่ม 1 แก้ไข 0 มีปัญหา 3 ไม่เปลี่ยนแปลง 0"
    assert report_lines(plan, "en")[-1] == "add 1 update 0 problems 3 unchanged 0"
    with db.session() as s, pytest.raises(UserError) as refused:
        apply_plan(s, plan)
    assert refused.value.message("en").startswith("The file still has 8 problem(s)")
    assert count(db, "zones") == 0


def test_formulas_and_error_values_are_problems_not_evaluated(db, tmp_path):
    path = workbook(tmp_path / "z.xlsx", [
        ZONE_HEADER,
        ["=CONCAT(\"เขต\",\"หนึ่ง\")", "เชียงใหม่", None, "=1+1", "declared"],
        ["เขตสอง", "#N/A", None, 1, "declared"],
    ])
    plan = plan_of(db, "zones", path)
    assert messages(plan) == [
        (2, "ชื่อเขตส่งเสริม", 'เป็นสูตร =CONCAT("เขต","หนึ่ง") ซึ่งไม่นำเข้า กรุณาคัดลอกแล้ววางเป็นค่า (Paste Values)'),
        (2, "ประกาศครั้งที่", "เป็นสูตร =1+1 ซึ่งไม่นำเข้า กรุณาคัดลอกแล้ววางเป็นค่า (Paste Values)"),
        (3, "จังหวัด", "ช่องนี้มีค่าผิดพลาด #N/A"),
    ]


def test_duplicate_rows_in_the_file_and_overlapping_city_provinces(db, tmp_path, make_record):
    make_record("cities", 1, name_th="เมืองร่วม", provinces=["TH-50", "TH-51"])
    path = workbook(tmp_path / "c.xlsx", [
        ["ชื่อเมือง/โครงการ", "จังหวัด", "ผู้พัฒนาเมือง", "ประเภทเมือง"],
        ["เมืองใหม่", "ภูเก็ต", "บริษัท", "เมืองใหม่ทันสมัย"],
        ["เมืองใหม่", "Phuket", "บริษัท", "new"],
        ["เมืองร่วม", "เชียงใหม่", "เทศบาล", "livable"],  # shares Chiang Mai with the record of the same name
        ["เมืองร่วม", "ลำพูน, เชียงใหม่", "เทศบาล", "livable"],  # the same key: an update
    ])
    plan = plan_of(db, "cities", path)
    assert [r.action for r in plan.rows] == ["add", "problem", "problem", "update"]
    assert messages(plan) == [(3, "ชื่อเมือง/โครงการ", "ซ้ำกับแถวที่ 2 ในไฟล์ (ชื่อและจังหวัดเดียวกัน)"),
                              (4, "ชื่อเมือง/โครงการ", "มีชื่อนี้ในจังหวัดเดียวกันอยู่แล้ว")]


def test_header_problems_missing_required_duplicate_and_headerless_columns(db, tmp_path):
    path = workbook(tmp_path / "z.xlsx", [
        ["ชื่อเขตส่งเสริม", "Zone name", "สถานะ", None],
        ["เขตหนึ่ง", "อื่น", "declared", "ข้อมูลไม่มีหัว"],
    ])
    plan = plan_of(db, "zones", path)
    assert messages(plan) == [
        (1, "Zone name", "คอลัมน์ Zone name ซ้ำกับคอลัมน์ ชื่อเขตส่งเสริม"),
        (1, "D", "ยังไม่รู้ว่าคอลัมน์ D คือข้อมูลใดของทะเบียน กรุณาเลือกข้อมูลหรือสั่งข้ามคอลัมน์นี้ (ไม่นำเข้าโดยไม่บอก)"),
        (1, None, "ไม่มีคอลัมน์ จังหวัด ซึ่งต้องกรอก"),
    ]
    assert plan.all_problems[2].message("en") == "The required column Province is missing"
    # without its province a row cannot be matched: it is neither an add nor an update
    assert plan.rows[0].values == {"name": "เขตหนึ่ง", "status": "declared"} and plan.rows[0].action == "problem"
    assert not plan.clean and report_lines(plan)[-1] == "เพิ่ม 0 แก้ไข 0 มีปัญหา 4 ไม่เปลี่ยนแปลง 0"


def test_computed_columns_are_ignored_and_a_missing_expiry_is_computed(db, tmp_path, make_record):
    city = make_record("cities", 1, emblem_issued_on=date(2022, 1, 10), emblem_valid_until=None)
    with db.session() as s:
        assert records.load(s, REGISTERS["cities"], city.id).values["emblem_valid_until"] == date(2024, 1, 10)
    values = city.values
    path = workbook(tmp_path / "c.xlsx", [
        ["ชื่อเมือง/โครงการ", "จังหวัด", "ผู้พัฒนาเมือง", "ประเภทเมือง", "วันที่ได้รับตราสัญลักษณ์",
         "ตราสัญลักษณ์หมดอายุ", "สถานะตราสัญลักษณ์"],
        [values["name_th"], "เชียงใหม่, กรุงเทพมหานคร", values["developer"], "livable", "10/1/2565", None, "อะไรก็ได้"],
    ])
    plan = plan_of(db, "cities", path)
    assert plan.all_problems == [] and "สถานะตราสัญลักษณ์" not in plan.columns
    assert plan.rows[0].action == "same" and plan.rows[0].values["emblem_valid_until"] == date(2024, 1, 10)


def test_references_by_title_and_ambiguous_titles(db, tmp_path, make_record):
    first = make_record("cities", 1, name_th="เมืองซ้ำ", provinces=["TH-50"])
    make_record("cities", 2, name_th="เมืองซ้ำ", provinces=["TH-83"])
    make_record("cities", 3, name_th="เมืองเดียว", provinces=["TH-83"])
    path = workbook(tmp_path / "z.xlsx", [
        [*ZONE_HEADER, "เมืองอัจฉริยะที่ได้รับรอง"],
        ["เขตหนึ่ง", "ภูเก็ต", None, 1, "certified", "เมืองเดียว"],
        ["เขตสอง", "ภูเก็ต", None, 1, "certified", "เมืองซ้ำ"],
        ["เขตสาม", "ภูเก็ต", None, 1, "certified", f"#{first.id}"],
    ])
    plan = plan_of(db, "zones", path)
    assert [r.action for r in plan.rows] == ["add", "problem", "add"]
    assert plan.rows[2].values["city_id"] == first.id
    assert plan.rows[1].problems[0].message() == \
        "มีพื้นที่เมืองอัจฉริยะชื่อ เมืองซ้ำ หลายรายการ กรุณาแก้ชื่อให้ไม่ซ้ำกันก่อน"


def test_apply_is_all_or_nothing_and_refuses_stale_records(db, tmp_path, make_record):
    zone = make_record("zones", 1, name="เขตเดิม", province="TH-40")
    path = workbook(tmp_path / "z.xlsx", [
        ZONE_HEADER,
        ["เขตใหม่ 1", "ขอนแก่น", None, 1, "declared"],
        ["เขตเดิม", "ขอนแก่น", None, 5, "declared"],
        ["เขตใหม่ 2", "ขอนแก่น", None, 1, "declared"],
    ])
    plan = plan_of(db, "zones", path)
    assert [r.action for r in plan.rows] == ["add", "update", "add"]
    with db.session() as s:  # someone saves the zone after the plan was read
        records.update(s, REGISTERS["zones"], zone.id, {"batch": 9}, zone.version)
    with pytest.raises(StaleRecord), db.session() as s:
        apply_plan(s, plan)
    assert count(db, "zones") == 1  # the first add was rolled back with the rest
    with db.session() as s:
        assert records.load(s, REGISTERS["zones"], zone.id).values["batch"] == 9


def test_apply_names_the_row_when_validation_refuses_it(db, tmp_path, make_record):
    path = workbook(tmp_path / "z.xlsx", [ZONE_HEADER, ["เขตใหม่", "ขอนแก่น", None, 1, "declared"]])
    plan = plan_of(db, "zones", path)
    make_record("zones", 1, name="เขตใหม่", province="TH-40")  # added elsewhere since the plan
    with pytest.raises(UserError) as refused, db.session() as s:
        apply_plan(s, plan)
    assert refused.value.message() == \
        "แถวที่ 2 (เขตใหม่) บันทึกไม่ได้: ชื่อเขตส่งเสริม: มีชื่อนี้ในจังหวัดเดียวกันอยู่แล้ว"
    assert refused.value.message("en") == \
        "Row 2 (เขตใหม่) cannot be saved: Zone name: A record with this name already exists in the same province"
    assert count(db, "zones") == 1


def test_progress_is_reported_and_can_cancel(db, tmp_path):
    rows = [[f"เขต {n}", "ขอนแก่น", None, 1, "declared"] for n in range(1200)]
    path = workbook(tmp_path / "z.xlsx", [ZONE_HEADER, *rows])
    calls = []
    plan = plan_of(db, "zones", path, progress=lambda done, total: calls.append((done, total)))
    assert calls[:2] == [(500, 1200), (1000, 1200)] and calls[-1] == (1200, 1200)
    calls.clear()

    def cancel(done, total):
        calls.append(done)
        raise KeyboardInterrupt  # what a cancelled task raises, as far as the service is concerned

    with pytest.raises(KeyboardInterrupt), db.session() as s:
        apply_plan(s, plan, progress=cancel)
    assert calls == [500] and count(db, "zones") == 0


def test_report_workbook_and_template(db, tmp_path):
    path = workbook(tmp_path / "z.xlsx", [[*ZONE_HEADER, "อื่น"], ["เขต", "นอกโลก", None, 1, "declared", 1],
                                          ["เขตดี", "ยะลา", None, 1, "declared", None]])
    plan = plan_of(db, "zones", path)
    ws = load_workbook(write_report(plan, tmp_path / "report.xlsx")).worksheets
    assert [w.title for w in ws] == ["ปัญหาที่พบ", "รายการในไฟล์"]
    assert [c.value for c in ws[0][3]] == ["แผ่นงาน", "แถว", "คอลัมน์", "ปัญหา", "ระดับ"]
    assert [[c.value for c in row] for row in ws[0].iter_rows(min_row=4)] == [
        ["Sheet", 1, "อื่น", "ยังไม่รู้ว่าคอลัมน์ อื่น คือข้อมูลใดของทะเบียน กรุณาเลือกข้อมูลหรือสั่งข้ามคอลัมน์นี้ "
                             "(ไม่นำเข้าโดยไม่บอก)", "ต้องแก้ไข"],
        ["Sheet", 2, "จังหวัด", "ไม่พบจังหวัด นอกโลก", "ต้องแก้ไข"],
    ]
    assert [[c.value for c in row] for row in ws[1].iter_rows(min_row=4)] == [
        [2, "เขต", "มีปัญหา", None], [3, "เขตดี", "เพิ่ม", None]]
    english = load_workbook(write_report(plan, tmp_path / "report-en.xlsx", "en")).worksheets[0]
    assert english.cell(5, 4).value == "Unknown province: นอกโลก"

    for key in REGISTERS:
        template = write_template(key, tmp_path / f"{key}-template.xlsx")
        wb = load_workbook(template)
        labels = [c.value for c in wb.worksheets[0][3]]
        assert labels == [f.th for f in REGISTERS[key].stored_fields]
        assert wb.worksheets[0].title == excel_export.sheet_name(REGISTERS[key])
        assert wb.worksheets[1].max_row == 3 + len(labels)
        with pytest.raises(ImportFileError) as empty:  # a template imports: the header is found, no rows yet
            plan_of(db, key, template)
        assert empty.value.message().startswith("ไม่มีข้อมูลใต้แถวหัวตาราง")
    english = load_workbook(write_template("ambassadors", tmp_path / "a-en.xlsx", "en")).worksheets
    assert "E-mail" in [c.value for c in english[0][3]]
    hints = {row[0].value: row[2].value for row in english[1].iter_rows(min_row=4)}
    assert "Personal data (PDPA)" in hints["E-mail"] and hints["Assigned zone"].endswith("(Promotion zones)")


def test_a_bulk_import_with_one_stale_row_writes_nothing(db, tmp_path, make_record):
    existing = [make_record("zones", n, name=f"เขตเดิม {n}", province="TH-40", batch=1) for n in range(3)]
    rows = [[f"เขตใหม่ {n}", "ขอนแก่น", "15/10/2563", 1 + n % 3, "declared"] for n in range(600)]
    rows += [[f"เขตเดิม {n}", "ขอนแก่น", None, 5, "declared"] for n in range(3)]  # the updates come last
    plan = plan_of(db, "zones", workbook(tmp_path / "z.xlsx", [ZONE_HEADER, *rows]))
    assert (len(plan.adds), len(plan.updates)) == (600, 3)
    with db.session() as s:  # someone saves the second zone after the plan was read
        records.update(s, REGISTERS["zones"], existing[1].id, {"batch": 9}, existing[1].version)
    calls = []
    with pytest.raises(StaleRecord), db.session() as s:
        apply_plan(s, plan, progress=lambda done, total: calls.append(done))
    assert calls == [500]  # the first 500 rows were written, then rolled back with the rest
    assert count(db, "zones") == 3
    with db.session() as s:
        saved = [records.load(s, REGISTERS["zones"], r.id) for r in existing]
    assert [z.values["batch"] for z in saved] == [1, 9, 1]
    assert [z.version for z in saved] == [existing[0].version, existing[1].version + 1, existing[2].version]
    with db.session() as s:  # read again, the same file applies in full
        assert apply_plan(s, read_plan(s, "zones", tmp_path / "z.xlsx")) == excel_import.ImportResult(600, 3)
    assert count(db, "zones") == 603
