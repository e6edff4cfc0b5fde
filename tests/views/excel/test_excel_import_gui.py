"""The import dialog with the real import service: preview, all-or-nothing confirm, bad files, cancel."""

from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QPushButton

from app.registers import records, tables
from app.registers.catalog import REGISTERS
from app.views.excel.import_dialog import ImportDialog
from app.views.main_window import MainWindow
from tests.views.conftest import with_features

ZONES = REGISTERS["zones"]
HEADERS = ["ชื่อเขตส่งเสริม", "จังหวัด", "สถานะ", "วันที่ประกาศ", "ความก้าวหน้า"]


def snapshot(db, key="zones"):
    with db.session() as session:
        data = tables.load_table(session, REGISTERS[key])
    return data.ids, data.versions, data.columns


def unlinked_zones(db):
    """Zones that need no city (not certified): their rows can be written from these columns alone."""
    ids, _versions, columns = snapshot(db)
    return [{n: columns[n][i] for n in ("name", "province", "status", "declared_on", "progress_notes")}
            for i in range(len(ids)) if columns["status"][i] != "certified"]


def write_sheet(path, rows, headers=HEADERS):
    wb = Workbook()
    ws = wb.active
    ws.title = ZONES.label("th")
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def as_row(zone, **changes):
    zone = {**zone, **changes}
    return [zone["name"], zone["province"], zone["status"], zone["declared_on"], zone["progress_notes"]]


@pytest.fixture
def mixed_file(db, tmp_path):
    """Row 2 unchanged, row 3 an update, row 4 an add, row 5 a bad date."""
    same, changed = unlinked_zones(db)[:2]
    return write_sheet(tmp_path / "zones.xlsx", [
        as_row(same),
        as_row(changed, progress_notes="ส่งแผนฉบับปรับปรุงแล้ว"),
        ["เขตส่งเสริมทดลองนำเข้า", "น่าน", "declared", "1 ม.ค. 2568", None],
        ["เขตวันที่ผิด", "TH-55", "declared", "31/2/2568", None],
    ]), changed


@pytest.fixture
def dialog(qtbot, db):
    d = ImportDialog(db, "zones")
    qtbot.addWidget(d)
    d.show()
    return d


def read(qtbot, dialog, path):
    with qtbot.waitSignal(dialog.plan_read, timeout=20000) as blocker:
        dialog.load(path)
    return blocker.args[0]


def cells(dialog, table):
    model = dialog.tables[table].model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_preview_counts_adds_updates_and_problems_and_blocks_the_import(qtbot, db, dialog, mixed_file):
    path, changed = mixed_file
    before = snapshot(db)
    read(qtbot, dialog, path)
    assert dialog.tabs.tabText(0) == "เพิ่ม (1)"
    assert dialog.tabs.tabText(1) == "แก้ไข (1)"
    assert dialog.tabs.tabText(2) == "ไม่เปลี่ยนแปลง (1)"
    assert dialog.tabs.tabText(3) == "ใกล้เคียงรายการเดิม (0)"
    assert dialog.tabs.tabText(4) == "ปัญหา (1)"
    assert dialog.tabs.currentIndex() == 4  # the problems first
    assert cells(dialog, "add") == [["4", "เขตส่งเสริมทดลองนำเข้า"]]
    assert cells(dialog, "update") == [["3", changed["name"], "ความก้าวหน้า", changed["progress_notes"] or "(ว่าง)",
                                        "ส่งแผนฉบับปรับปรุงแล้ว"]]
    [(sheet, row, column, problem)] = cells(dialog, "problems")
    assert (sheet, row, column) == (ZONES.label("th"), "5", "วันที่ประกาศ")
    assert "วันที่ไม่ถูกต้อง" in problem and "31/2/2568" in problem
    assert "มีปัญหา 1 แถว" in dialog.summary.text() and "นำเข้าไม่ได้" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()  # all or nothing: one bad row blocks the whole file
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)  # disabled: nothing happens
    assert snapshot(db) == before


def test_the_preview_models_pass_the_model_tester(qtbot, qtmodeltester, dialog, mixed_file):
    read(qtbot, dialog, mixed_file[0])
    for view in dialog.tables.values():
        qtmodeltester.check(view.model())


def test_confirm_writes_the_whole_clean_file_in_one_go(qtbot, db, dialog, tmp_path):
    same, changed = unlinked_zones(db)[:2]
    path = write_sheet(tmp_path / "clean.xlsx", [
        as_row(same), as_row(changed, progress_notes="ส่งแผนฉบับปรับปรุงแล้ว"),
        ["เขตส่งเสริมทดลองนำเข้า", "น่าน", "declared", "1 ม.ค. 2568", None]])
    plan = read(qtbot, dialog, path)
    assert plan.clean and dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "นำเข้า (เพิ่ม 1 แก้ไข 1)"
    count = len(snapshot(db)[0])
    with qtbot.waitSignal(dialog.imported, timeout=20000) as blocker:
        dialog.import_button.click()
    assert (blocker.args[0].added, blocker.args[0].updated) == (1, 1)
    ids, _versions, columns = snapshot(db)
    assert len(ids) == count + 1
    assert "เขตส่งเสริมทดลองนำเข้า" in columns["name"]
    assert columns["progress_notes"][columns["name"].index(changed["name"])] == "ส่งแผนฉบับปรับปรุงแล้ว"
    assert "เพิ่ม 1 รายการ แก้ไข 1 รายการ" in dialog.message.text()
    assert not dialog.isVisible()


@pytest.mark.parametrize("content", [b"not a workbook at all", b"PK\x03\x04 truncated zip",
                                     bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 504])
def test_a_bad_file_shows_a_thai_message_and_changes_nothing(qtbot, db, dialog, tmp_path, content):
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)
    before = snapshot(db)
    with qtbot.waitSignal(dialog.import_failed, timeout=20000) as blocker:
        dialog.load(path)
    assert dialog.banner.isVisible()
    assert dialog.banner.text() == blocker.args[0].message("th")
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in dialog.banner.text())  # Thai
    assert dialog.plan is None and not dialog.import_button.isEnabled()
    assert snapshot(db) == before


def test_a_record_changed_after_the_preview_refuses_the_whole_import(qtbot, db, dialog, tmp_path):
    zone = unlinked_zones(db)[0]
    path = write_sheet(tmp_path / "stale.xlsx", [
        as_row(zone, progress_notes="ฉบับจากไฟล์"), ["เขตส่งเสริมทดลองนำเข้า", "น่าน", "declared", None, None]])
    plan = read(qtbot, dialog, path)
    [update] = plan.updates
    with db.session() as session:  # another workstation saves the record meanwhile
        current = records.load(session, ZONES, update.record_id)
        records.update(session, ZONES, update.record_id, {**current.values, "batch": 9}, current.version)
    before = snapshot(db)
    with qtbot.waitSignal(dialog.import_failed, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "แก้ไขจากหน้าต่างหรือเครื่องอื่น" in dialog.banner.text()
    assert snapshot(db) == before  # the add did not go in either


def test_cancel_while_reading_shows_no_plan(qtbot, db, dialog, mixed_file, settle):
    path, _changed = mixed_file
    plans = []
    dialog.plan_read.connect(plans.append)
    runner = dialog.load(path)
    runner.dialog.findChild(QPushButton).click()
    assert QThreadPool.globalInstance().waitForDone(20000)
    settle()
    assert plans == [] and dialog.plan is None and not dialog.import_button.isEnabled()


def test_the_file_menu_opens_the_import_and_the_pane_reloads_after_it(qtbot, db, tmp_path):
    window = MainWindow(db)
    qtbot.addWidget(window)
    with_features(qtbot, window)
    window.show()
    pane = window.show_pane("zones")
    qtbot.waitUntil(lambda: not pane._loading and pane.model.rowCount() > 0, timeout=10000)
    count = pane.model.rowCount()
    dialog = window.excel.import_register("zones")
    path = write_sheet(tmp_path / "one.xlsx", [["เขตส่งเสริมทดลองนำเข้า", "TH-55", "declared", None, None]])
    read(qtbot, dialog, path)
    with qtbot.waitSignal(pane.loaded, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert pane.model.rowCount() == count + 1


def test_template_and_report_are_saved_as_workbooks(qtbot, db, dialog, mixed_file, tmp_path):
    template = dialog.save_template_to(tmp_path / "template.xlsx")
    wb = load_workbook(template, read_only=True)
    try:
        texts = {c for row in wb.worksheets[0].iter_rows(values_only=True) for c in row if isinstance(c, str)}
    finally:
        wb.close()
    assert {"ชื่อเขตส่งเสริม", "จังหวัด", "สถานะ"} <= texts
    read(qtbot, dialog, mixed_file[0])
    report = dialog.save_report_to(tmp_path / "report.xlsx")
    wb = load_workbook(report, read_only=True)
    try:
        rows = [r for ws in wb.worksheets for r in ws.iter_rows(values_only=True)]
    finally:
        wb.close()
    problem = next(r for r in rows if any(isinstance(c, str) and "31/2/2568" in c for c in r))
    assert "วันที่ประกาศ" in problem and (5 in problem or "5" in problem)
    assert str(report) in dialog.message.text()
