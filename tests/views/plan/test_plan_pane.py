"""The plan pane: its filters, the budget dialog, the duplicate check and the summary, through their real buttons."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select, text

from app.models import PlanPairDecision, PlanProject
from app.plan import budget
from app.views.main_window import MainWindow
from tests.views.conftest import rows_arrived, with_features


@pytest.fixture
def window(qtbot, db):
    win = MainWindow(db)
    qtbot.addWidget(win)
    with_features(qtbot, win)
    win.resize(1366, 768)
    win.show()
    return win


@pytest.fixture
def pane(qtbot, window):
    pane = window.show_pane("plan")
    qtbot.waitUntil(lambda: pane.model.total_count() > 300 and not pane.options_pending, timeout=20000)  # its
    pane.notify_error = pytest.fail  # filters' values (years, agencies) come once the rows are painted
    return pane


def test_the_pane_fits_beside_the_others_and_filters_by_year_dimension_and_agency(qtbot, window, pane):
    assert window.width() <= 1366
    total = pane.proxy.rowCount()
    year = pane.filters.fields["fiscal_year"]
    assert [year.itemData(i) for i in range(1, year.count())] == [2569, 2568, 2567]
    year.setCurrentIndex(year.findData(2568))
    rows_arrived(qtbot, pane)  # the filtered ids come from the database on the worker
    shown = pane.proxy.rowCount()
    assert 0 < shown < total
    with pane.db.session() as session:  # the projects running in 2568, multi-year ones included
        running = session.scalars(select(PlanProject.id).where(PlanProject.fiscal_year <= 2568)).all()
        running = {p for p in running if 2568 <= (session.get(PlanProject, p).end_year or
                                                  session.get(PlanProject, p).fiscal_year)}
    assert shown == len(running)
    dims = pane.filters.fields["dimensions"]
    dims.setCurrentIndex(dims.findData("MOB"))
    rows_arrived(qtbot, pane)
    assert 0 < pane.proxy.rowCount() < shown
    agency = pane.filters.fields["agency"]
    assert agency.count() > 20
    pane.filters.reset()
    agency.setCurrentIndex(1)
    rows_arrived(qtbot, pane)
    chosen = agency.currentData()
    rows = range(pane.model.rowCount())
    assert rows and all(pane.model.value(r, "agency") == chosen for r in rows)
    pane.filters.reset()
    rows_arrived(qtbot, pane)
    assert pane.proxy.rowCount() == total


def test_the_budget_dialog_saves_exact_sums_into_the_row(qtbot, pane):
    with pane.db.session() as session:  # the first project of the sample, whose budget lines the test knows
        record_id = session.execute(text("SELECT min(id) FROM plan_project")).scalar()
    pane.select_ids([record_id])
    qtbot.mouseClick(pane.findChild(type(pane.add_button), "budgetActionButton"), Qt.MouseButton.LeftButton)
    dialog = pane.budget_dialog
    table = dialog.table
    table.item(0, 2).setText("1,000,000.10")
    table.item(1, 2).setText("0.20")
    assert "1,000,000.30" in dialog.totals.text() and "หนึ่งล้านบาทสามสิบสตางค์" in dialog.totals.text()
    table.item(2, 3).setText("12.345")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.error.isVisible() and "ทศนิยม" in dialog.error.text()  # kept open, input kept
    table.item(2, 3).setText("")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    row = pane.model.row_of(record_id)
    assert pane.model.value(row, "requested_total") == Decimal("1000000.30")
    with pane.db.session() as session:
        assert sum(line.requested for line in budget.lines(session, record_id)) == Decimal("1000000.30")


def test_the_duplicate_check_lists_pairs_and_remembers_a_decision(qtbot, pane, monkeypatch):
    monkeypatch.setattr("app.views.plan.duplicates_dialog.who", lambda: "secretary")
    pane.duplicates_action.trigger()
    dialog = pane.duplicates_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() >= 20, timeout=20000)
    first = dialog.current()
    assert first is not None and "ชื่อโครงการคล้ายกัน" in dialog.table.item(0, 3).text()
    qtbot.mouseClick(dialog.related_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: first.pair not in {s.pair for s in dialog.suspects}, timeout=20000)
    with pane.db.session() as session:
        decision = session.scalar(select(PlanPairDecision))
        assert (decision.first_id, decision.second_id) == first.pair and decision.decided_by == "secretary"
        assert decision.decision == "related"
    dialog.include.setChecked(True)
    qtbot.waitUntil(lambda: any(s.decision == "related" for s in dialog.suspects), timeout=20000)


def test_the_summary_saves_a_workbook(qtbot, pane, tmp_path):
    pane.summary_action.trigger()
    dialog = pane.summary_dialog
    qtbot.waitUntil(lambda: dialog.tabs.count() == 4, timeout=20000)
    assert dialog.xlsx_button.isEnabled()
    dialog.ask_save_path = lambda suggested, flt: str(tmp_path / "สรุป")
    qtbot.mouseClick(dialog.xlsx_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "สรุป.xlsx").exists() and "บันทึกแล้ว" in dialog.status.text()


def test_the_excel_import_of_the_plan_reads_the_budget_too(qtbot, window, pane, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["ชื่อโครงการ", "หน่วยงานที่เสนอ", "ประเภทหน่วยงาน", "จังหวัด", "ปีงบประมาณ (พ.ศ.)", "สถานะ",
                      "เสนอขอ: งบประมาณแผ่นดิน", "เสนอขอ: งบจังหวัด/กลุ่มจังหวัด"])
    wb.active.append(["ระบบเตือนภัยดินถล่ม อุตรดิตถ์", "จังหวัดอุตรดิตถ์", "จังหวัด", "อุตรดิตถ์", 2569, "เสนอโครงการ",
                      "2,000,000.25", "๕๐๐,๐๐๐"])
    wb.save(tmp_path / "ส่ง.xlsx")
    from app.views.plan.import_dialog import PlanImportDialog

    dialog = window.excel.import_register("plan")  # what the plan pane's Excel ▾ → นำเข้า does
    assert isinstance(dialog, PlanImportDialog)
    with qtbot.waitSignal(dialog.plan_read, timeout=20000):
        dialog.load(tmp_path / "ส่ง.xlsx")
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    with pane.db.session() as session:
        project = session.scalar(select(PlanProject).where(PlanProject.name == "ระบบเตือนภัยดินถล่ม อุตรดิตถ์"))
        assert project.requested_total == Decimal("2500000.25") and project.requested_province == Decimal("500000")
