"""The import dialog's mapping step and near-duplicate decisions, driven through their widgets."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QItemSelectionModel, Qt
from sqlalchemy import select

from app.models import Setting
from app.registers import tables
from app.registers.catalog import REGISTERS
from app.views.excel.import_dialog import ImportDialog

ZONES = REGISTERS["zones"]
HEADERS = ["ลำดับ", "ชื่อเขตส่งเสริมเมืองอัจฉริยะ", "จังหวัด", "สถานะ", "วันที่ได้รับประกาศ", "หมายเหตุของเรา",
           "ผู้ประสานงาน"]


def agency_file(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.append(["บัญชีเขตส่งเสริมเมืองอัจฉริยะ ของจังหวัด (ฉบับส่ง depa)"])
    ws.merge_cells("A1:G1")
    ws.append(HEADERS)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def zones(db):
    with db.session() as session:
        data = tables.load_table(session, ZONES)
    return {name: {f: data.columns[f][i] for f in ("province", "declared_on", "progress_notes", "status")}
            for i, name in enumerate(data.columns["name"])}


@pytest.fixture
def dialog(qtbot, db, monkeypatch):
    d = ImportDialog(db, "zones")
    qtbot.addWidget(d)
    d.show()
    return d


def choose(qtbot, dialog, monkeypatch, path, signal):
    """The user clicks "เลือกไฟล์…" and picks ``path`` in the file dialog."""
    monkeypatch.setattr(dialog, "ask_open_path", lambda: str(path))
    button = next(b for b in dialog.findChildren(type(dialog.import_button)) if b.text() == "เลือกไฟล์…")
    with qtbot.waitSignal(signal, timeout=20000) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def pick(combo, label):
    index = combo.findText(label)
    assert index >= 0, label
    combo.setCurrentIndex(index)


def test_the_mapping_step_then_one_click_next_month(qtbot, db, dialog, monkeypatch, tmp_path):
    path = agency_file(tmp_path / "zones.xlsx", [
        [1, "เขตส่งเสริมเมืองอัจฉริยะทดลองน่าน", "น่าน", "ประกาศเป็นเขตส่งเสริม", datetime(2564, 10, 31), "ส่งแผนแล้ว",
         "คุณสมชาย"],
        [2, "เขตส่งเสริมเมืองอัจฉริยะทดลองแพร่", "แพร่", "declared", "5/11/64", None, None]])
    matches = choose(qtbot, dialog, monkeypatch, path, dialog.mapping_proposed)
    page = dialog.mapping
    assert dialog.pages.currentWidget() is page
    table = page.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == HEADERS
    assert table.item(1, 1).text() == "เขตส่งเสริมเมืองอัจฉริยะทดลองน่าน · เขตส่งเสริมเมืองอัจฉริยะทดลองแพร่"
    assert table.item(4, 1).text() == "31/10/2564 · 5/11/64"
    assert [page.combo(r).currentText() for r in range(table.rowCount())] == [
        "ไม่นำเข้าคอลัมน์นี้", "ชื่อเขตส่งเสริม", "จังหวัด", "สถานะ", "วันที่ประกาศ", "ความก้าวหน้า", "— ยังไม่ได้เลือก —"]
    assert table.item(0, 3).text() == "เลขลำดับ ไม่นำเข้า (100%)"
    assert table.item(1, 3).text() == "ตรงกัน (100%)"
    assert table.item(5, 3).text() == "ไม่แน่ใจ โปรดตรวจ (80%)"
    assert table.item(6, 3).text() == "ไม่พบข้อมูลที่ตรงกัน"
    assert not page.confirm_button.isEnabled()  # an unmapped column blocks: nothing is dropped silently
    assert "ผู้ประสานงาน" in page.status.text()
    pick(page.combo(6), "สถานะ")
    assert not page.confirm_button.isEnabled() and "สองคอลัมน์เป็นข้อมูลเดียวกัน" in page.status.text()
    pick(page.combo(6), "ไม่นำเข้าคอลัมน์นี้")
    assert page.confirm_button.isEnabled()
    assert [m.field for m in matches][:2] == ["", "name"]
    with qtbot.waitSignal(dialog.plan_read, timeout=20000) as blocker:
        qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    plan = blocker.args[0]
    assert dialog.pages.currentWidget() is dialog.preview
    assert dialog.tabs.tabText(0) == "เพิ่ม (2)" and dialog.tabs.tabText(5) == "การแปลงค่า (2)"
    notes = [[dialog.tables["notes"].model().index(r, c).data() for c in range(3)] for r in range(2)]
    assert notes == [["3", "วันที่ได้รับประกาศ", "ช่องวันที่ของ Excel มีปี 2564 ซึ่งเป็นปี พ.ศ.: อ่านเป็น 31 ต.ค. 2564"],
                     ["4", "วันที่ได้รับประกาศ", "ปี 64 ใน 5/11/64 อ่านเป็น พ.ศ. 2564: 5 พ.ย. 2564"]]
    assert plan.clean and dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    stored = zones(db)
    assert stored["เขตส่งเสริมเมืองอัจฉริยะทดลองน่าน"] == {
        "province": "TH-55", "declared_on": date(2021, 10, 31), "progress_notes": "ส่งแผนแล้ว", "status": "declared"}
    assert stored["เขตส่งเสริมเมืองอัจฉริยะทดลองแพร่"]["declared_on"] == date(2021, 11, 5)
    with db.session() as session:  # remembered where every workstation finds it
        assert session.scalar(select(Setting.key).where(Setting.key.like("import-mapping:zones:%")))

    # next month, the same agency's file: no mapping step, straight to the preview
    again = ImportDialog(db, "zones")
    qtbot.addWidget(again)
    again.show()
    proposed = []
    again.mapping_proposed.connect(proposed.append)
    path = agency_file(tmp_path / "next.xlsx", [[1, "เขตส่งเสริมเมืองอัจฉริยะทดลองน่าน", "น่าน", "declared",
                                                 "31/10/2564", "ส่งแผนฉบับที่ 2", "คุณสมหญิง"]])
    choose(qtbot, again, monkeypatch, path, again.plan_read)
    assert proposed == [] and again.pages.currentWidget() is again.preview
    update = [[again.tables["update"].model().index(0, c).data() for c in range(5)]]
    assert update == [["3", "เขตส่งเสริมเมืองอัจฉริยะทดลองน่าน", "ความก้าวหน้า", "ส่งแผนแล้ว", "ส่งแผนฉบับที่ 2"]]


def test_a_near_duplicate_waits_for_the_users_decision(qtbot, db, dialog, monkeypatch, tmp_path):
    existing = next(name for name, z in zones(db).items() if name == "เขตส่งเสริมเมืองอัจฉริยะขอนแก่น")
    path = agency_file(tmp_path / "near.xlsx", [
        [1, "โครงการ" + existing, "ขอนแก่น", "ได้รับการรับรองเป็นเมืองอัจฉริยะ", "3/10/2562", "ปรับแผนปี 2567", None]])
    choose(qtbot, dialog, monkeypatch, path, dialog.mapping_proposed)
    pick(dialog.mapping.combo(6), "ไม่นำเข้าคอลัมน์นี้")
    with qtbot.waitSignal(dialog.plan_read, timeout=20000):
        qtbot.mouseClick(dialog.mapping.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.tabs.currentIndex() == 3 and dialog.tabs.tabText(3) == "ใกล้เคียงรายการเดิม (1)"
    view = dialog.tables["similar"]
    assert [view.model().index(0, c).data() for c in range(5)] == [
        "3", "โครงการ" + existing, existing, "100%", "รอเลือก"]
    assert not dialog.import_button.isEnabled()
    view.selectionModel().select(view.model().index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                 | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.mouseClick(dialog.preview.update_button, Qt.MouseButton.LeftButton)
    assert view.model().index(0, 4).data() == "แก้ไขรายการเดิม"
    assert dialog.tabs.tabText(1) == "แก้ไข (1)" and dialog.tabs.tabText(0) == "เพิ่ม (0)"
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    stored = zones(db)
    assert "โครงการ" + existing not in stored and stored[existing]["progress_notes"] == "ปรับแผนปี 2567"
