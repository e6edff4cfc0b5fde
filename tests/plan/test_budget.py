"""Budget lines in exact money: integer satang in the database, Decimal in Python, sums kept on the project."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select, text

from app.core.errors import StaleRecord, ValidationFailed
from app.models import PlanBudgetLine, PlanProject
from app.models.base import Money
from app.plan import budget
from app.plan.budget import BudgetRefused
from app.plan.money import baht, baht_words, total
from app.registers import records
from app.registers.catalog import PLAN
from app.registers.validation import parse_money

D = Decimal


@pytest.fixture
def project(make_record):
    return make_record("plan")  # 2568–2569, proposed


def save(db, project_id, rows, version):
    with db.session() as session:
        return budget.save_lines(session, project_id, rows, version)


def test_amounts_are_exact_to_the_satang(db, project):
    rows = [{"fiscal_year": 2568, "source": "gov", "requested": "0.10", "allocated": "0.10"},
            {"fiscal_year": 2568, "source": "local", "requested": "0.20", "allocated": None},
            {"fiscal_year": 2569, "source": "gov", "requested": "๑,๒๓๔,๕๖๗.๘๙ บาท", "allocated": D("1000000.01")}]
    saved = save(db, project.id, rows, project.version)
    assert saved.values["requested_total"] == D("1234568.19")  # 0.1 + 0.2 + 1234567.89: no float on the way
    assert saved.values["requested_gov"] == D("1234567.99") and saved.values["requested_local"] == D("0.20")
    assert saved.values["allocated_total"] == D("1000000.11")
    with db.session() as session:
        stored = session.execute(text("SELECT requested FROM plan_budget_line ORDER BY requested")).scalars().all()
        assert stored == [10, 20, 123456789]  # integer satang
        lines = budget.lines(session, project.id)
        assert total(line.requested for line in lines) == D("1234568.19")
        assert session.get(PlanProject, project.id).requested_total == D("1234568.19")


def test_the_total_reads_thai_style_and_in_words():
    assert baht(D("1234568.19")) == "1,234,568.19"
    assert baht(D("2500000"), thai_digits=True) == "๒,๕๐๐,๐๐๐.๐๐"
    assert baht_words(D("1234568.19")) == "หนึ่งล้านสองแสนสามหมื่นสี่พันห้าร้อยหกสิบแปดบาทสิบเก้าสตางค์"
    assert baht_words(D("21")) == "ยี่สิบเอ็ดบาทถ้วน"


@pytest.mark.parametrize("row, needle", [
    ({"fiscal_year": 2568, "source": "gov", "requested": "10.005"}, "ทศนิยม"),
    ({"fiscal_year": 2568, "source": "gov", "requested": "-5"}, "ติดลบ"),
    ({"fiscal_year": 2568, "source": "gov", "requested": "หนึ่งล้าน"}, "จำนวนเงิน"),
    ({"fiscal_year": 2570, "source": "gov", "requested": "5"}, "นอกช่วงปี"),
    ({"fiscal_year": 2568, "source": "lottery", "requested": "5"}, "แหล่งงบประมาณ"),
])
def test_bad_lines_are_refused_and_nothing_changes(db, project, row, needle):
    good = save(db, project.id, [{"fiscal_year": 2568, "source": "gov", "requested": "5"}], project.version)
    with pytest.raises(BudgetRefused) as info:
        save(db, project.id, [{"fiscal_year": 2569, "source": "local", "requested": "1"}, row], good.version)
    assert needle in info.value.message("th") and "แถวที่ 2" in info.value.message("th")
    assert "row 2" in info.value.message("en")
    with db.session() as session:
        assert [(line.fiscal_year, line.requested) for line in budget.lines(session, project.id)] == [(2568, D(5))]


def test_a_line_twice_and_a_stale_editor_are_refused(db, project):
    twice = [{"fiscal_year": 2568, "source": "gov", "requested": "1"}] * 2
    with pytest.raises(BudgetRefused):
        save(db, project.id, twice, project.version)
    saved = save(db, project.id, twice[:1], project.version)
    with pytest.raises(StaleRecord):
        save(db, project.id, twice[:1], project.version)  # read before the save above
    assert saved.version == project.version + 1


def test_money_never_takes_a_float():
    with pytest.raises(ValueError):
        Money().process_bind_param(0.1, None)
    assert Money().process_bind_param(D("0.10"), None) == 10
    assert Money().process_result_value(123456789, None) == D("1234567.89")


@given(st.integers(min_value=0, max_value=10**15))
def test_what_is_shown_reads_back_as_the_same_amount(satang):
    amount = D(satang).scaleb(-2)
    assert parse_money(baht(amount)) == amount
    assert parse_money(baht(amount, thai_digits=True)) == amount


def test_delete_and_undo_bring_the_budget_back(db, project):
    saved = save(db, project.id, [{"fiscal_year": 2569, "source": "boi", "requested": "7.50", "allocated": "7"}],
                 project.version)
    with db.session() as session:
        snapshot = records.delete(session, PLAN, project.id, saved.version)
    with db.session() as session:
        assert not session.scalars(select(PlanBudgetLine)).all()  # the lines went with the project
        records.create(session, PLAN, snapshot, record_id=project.id)
    with db.session() as session:
        assert [(line.source, line.requested, line.allocated) for line in budget.lines(session, project.id)] == [
            ("boi", D("7.50"), D("7.00"))]
        assert session.get(PlanProject, project.id).requested_boi == D("7.50")


def test_the_status_moves_one_step_at_a_time(db, project):
    def move(status, version, **more):
        with db.session() as session:
            return records.update(session, PLAN, project.id, {"status": status, **more}, version)

    with pytest.raises(ValidationFailed) as info:
        move("funded", project.version)
    assert "ขั้นถัดไปคือ ผ่านการกลั่นกรอง" in info.value.field_message("status", "th")
    with pytest.raises(ValidationFailed) as info:
        move("screened", project.version)
    assert set(info.value.errors) == {"resolution"}
    step = move("screened", project.version, resolution="มติคณะอนุกรรมการฯ ครั้งที่ 2/2567")
    step = move("proposed", step.version)  # back, to correct
    step = move("withdrawn", step.version)
    with pytest.raises(ValidationFailed):
        move("in_plan", step.version)
    assert move("proposed", step.version).values["status"] == "proposed"


def test_the_years_keep_every_budget_line(db, project):
    saved = save(db, project.id, [{"fiscal_year": 2569, "source": "gov", "requested": "1"}], project.version)
    with db.session() as session, pytest.raises(ValidationFailed) as info:
        records.update(session, PLAN, project.id, {"end_year": None}, saved.version)
    assert "2569" in info.value.field_message("fiscal_year", "th")
    with db.session() as session, pytest.raises(ValidationFailed) as info:
        records.update(session, PLAN, project.id, {"fiscal_year": 2025}, saved.version)
    assert info.value.field_message("fiscal_year", "en") == "A fiscal year is a B.E. year, e.g. 2568"
