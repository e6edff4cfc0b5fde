"""Agencies' submissions: the register's import plus the budget columns by source, all or nothing."""

from __future__ import annotations

from decimal import Decimal

from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from app.models import PlanBudgetLine, PlanProject
from app.plan import budget, exports, submission

D = Decimal
HEADER = ["ชื่อโครงการ", "หน่วยงานที่เสนอ", "ประเภทหน่วยงาน", "จังหวัด", "ด้านเมืองอัจฉริยะ", "ปีงบประมาณ (พ.ศ.)",
          "ถึงปีงบประมาณ", "สถานะ", "เสนอขอ: งบประมาณแผ่นดิน", "เสนอขอ: งบประมาณท้องถิ่น"]


def workbook(path, *rows):
    wb = Workbook()
    wb.active.append(HEADER)
    for row in rows:
        wb.active.append(list(row))
    wb.save(path)
    return path


ROW = ["ระบบไฟจราจรอัจฉริยะ เมืองพิษณุโลก", "ทน.พิษณุโลก", "องค์กรปกครองส่วนท้องถิ่น", "พิษณุโลก", "Mobility",
       "๒๕๖๘", None, "เสนอโครงการ", "1,250,000.50", 250000]


def read(db, path):
    with db.session() as session:
        return submission.read_submission(session, path)


def test_a_submission_adds_projects_with_their_budget(db, tmp_path):
    path = workbook(tmp_path / "ส่ง.xlsx", ROW, [*ROW[:5], 2568, 2569, "เสนอโครงการ", "300", None][:1]
                    and ["ระบบกล้อง CCTV เมืองพิษณุโลก", *ROW[1:6], 2569, "เสนอโครงการ", "300", None])
    plan = read(db, path)
    assert plan.clean, [p.message() for p in plan.all_problems]
    assert len(plan.adds) == 2 and any(p.warning for p in plan.all_problems)  # the two-year one: first year
    with db.session() as session:
        result = submission.apply_submission(session, plan)
    assert (result.added, result.updated) == (2, 0)
    with db.session() as session:
        first = session.scalar(select(PlanProject).where(PlanProject.name == ROW[0]))
        assert first.requested_gov == D("1250000.50") and first.requested_total == D("1500000.50")
        assert [(line.fiscal_year, line.source, line.requested) for line in budget.lines(session, first.id)] == [
            (2568, "gov", D("1250000.50")), (2568, "local", D("250000.00"))]


def test_a_bad_amount_is_a_problem_and_nothing_is_written(db, tmp_path):
    path = workbook(tmp_path / "bad.xlsx", [*ROW[:8], "1,000.555", "สองแสน"])
    plan = read(db, path)
    assert not plan.clean
    messages = [p.message() for p in plan.all_problems]
    assert "จำนวนเงินมีทศนิยมได้ไม่เกิน 2 ตำแหน่ง" in messages and "ต้องเป็นจำนวนเงิน (บาท)" in messages
    assert [p.column for p in plan.all_problems if not p.warning] == HEADER[8:]
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(PlanProject)) == 0


def test_a_new_amount_of_a_known_project_updates_its_year(db, tmp_path, make_record):
    workbook(tmp_path / "one.xlsx", ROW)
    with db.session() as session:
        submission.apply_submission(session, submission.read_submission(session, tmp_path / "one.xlsx"))
    changed = workbook(tmp_path / "two.xlsx", [*ROW[:8], "2,000,000", 250000])
    plan = read(db, changed)
    (row,) = plan.updates
    assert row.changes == ["requested_gov"]
    with db.session() as session:
        submission.apply_submission(session, plan)
    with db.session() as session:
        assert session.scalar(select(PlanProject.requested_total)) == D("2250000.00")
        assert session.scalar(select(func.count()).select_from(PlanBudgetLine)) == 2


def test_the_plans_own_export_imports_back_unchanged(db, tmp_path):
    from app.sample import plan as sample_plan

    with db.session() as session:
        sample_plan.fill(session)
        path = exports.export_plan(session, tmp_path / "plan.xlsx")
    assert load_workbook(path, read_only=True).sheetnames[:2] == ["แผนงานบูรณาการเมืองอัจฉริยะ", "งบประมาณรายปี"]
    plan = read(db, path)
    assert plan.clean and not plan.adds and not plan.updates and len(plan.unchanged) == len(sample_plan.projects()[0])


def test_the_blank_form_asks_for_the_budget_by_source(tmp_path):
    path = submission.write_template(tmp_path / "form.xlsx")
    headers = [c.value for c in load_workbook(path)["แผนงานบูรณาการเมืองอัจฉริยะ"][3]]
    assert "ชื่อโครงการ" in headers and "เสนอขอ: งบประมาณแผ่นดิน" in headers
    assert "เสนอขอ: เอกชนที่ได้รับส่งเสริมการลงทุน (BOI)" in headers and "งบประมาณที่เสนอขอ (บาท)" not in headers

