"""Drive every register pane as a user would: add → search → edit → delete → undo → redo."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from sqlalchemy import text

from app.core.errors import RecordInUse, StaleRecord
from app.registers import query, records
from app.registers.catalog import REGISTERS
from app.views.registers import window_model
from app.views.registers.register_pane import RegisterPane
from app.views.registers.table_model import RECORD_ID_ROLE
from tests.views.conftest import rows_arrived

NEW_VALUES = {
    "cities": {"name_th": "เมืองทดสอบอัจฉริยะ", "provinces": ["TH-57"], "developer": "เทศบาลทดสอบ",
               "city_type": "livable", "emblem_issued_on": "1/2/2568", "dimensions": ["ENV", "GOV"]},
    "zones": {"name": "เขตส่งเสริมทดสอบอัจฉริยะ", "province": "TH-57", "status": "declared",
              "declared_on": "5 พ.ย. 2564", "batch": "3"},
    "ambassadors": {"cohort": "3", "full_name": "นายทดสอบอัจฉริยะ สมมติ", "province": "TH-57",
                    "consent_on": "1/6/2568", "status": "selected", "email": "test@example.com"},
    "partnerships": {"partner": "เมืองทดสอบอัจฉริยะคู่มิตร", "partner_kind": "city", "partner_country": "ญี่ปุ่น",
                     "province": "TH-57",
                     "kind": "twinning", "status": "planned", "focus_areas": ["health"]},
    "plan": {"name": "ระบบทดสอบอัจฉริยะเพื่อเมืองน่าอยู่", "agency": "เทศบาลเมืองทดสอบ", "agency_kind": "local",
             "provinces": ["TH-57"], "fiscal_year": "๒๕๖๘", "status": "proposed", "dimensions": ["LIV"]},
}
SEARCH = "ทดสอบอัจฉริยะ"


@pytest.fixture
def open_pane(qtbot, db):
    def make(key: str) -> RegisterPane:
        pane = RegisterPane(db, REGISTERS[key])
        qtbot.addWidget(pane)
        pane.resize(1200, 700)
        pane.show()
        with qtbot.waitSignal(pane.loaded, timeout=10000):
            pane.reload()
        pane.errors = []
        pane.notify_error = pane.errors.append
        pane.confirm = lambda title, text: True
        return pane

    return make


def add(pane: RegisterPane):
    """The pane's Add action (Ctrl+N), as a user gives it; the form it opens."""
    pane.add_action.trigger()
    return pane.form


def edit(pane: RegisterPane):
    pane.form = None
    pane.edit_action.trigger()
    return pane.form


def delete(pane: RegisterPane) -> bool:
    """The Delete action; whether the selected records left the table."""
    ids = pane.selected_ids()
    pane.delete_action.trigger()
    return bool(ids) and all(pane.model.row_of(i) is None for i in ids)


def save(qtbot, form) -> None:
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def cancel(qtbot, form) -> None:
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)


def fill(form, values):
    for name, value in values.items():
        form.editors[name].set_value(value)


def db_title(db, key, record_id):
    reg = REGISTERS[key]
    with db.session() as session:
        obj = session.get(reg.model, record_id)
        return None if obj is None else getattr(obj, reg.title_field)


@pytest.mark.parametrize("key", list(REGISTERS))
def test_add_search_edit_delete_undo_redo(qtbot, db, open_pane, key):
    pane = open_pane(key)
    reg = REGISTERS[key]
    total = pane.model.rowCount()
    assert total > 0

    form = add(pane)
    fill(form, NEW_VALUES[key])
    save(qtbot, form)
    assert form.result() == QDialog.DialogCode.Accepted, [lbl.text() for lbl in form.errors.values()]
    new_id = pane.selected_id()
    assert pane.model.rowCount() == total + 1
    assert db_title(db, key, new_id) == NEW_VALUES[key][reg.title_field]

    pane.search.clear()
    for char in SEARCH:  # QTest cannot type Thai keys: insert character by character, as typing does
        pane.search.insert(char)
    rows_arrived(qtbot, pane)
    assert pane.proxy.rowCount() == 1
    pane.select_ids([new_id])

    form = edit(pane)
    title_edit = form.editors[reg.title_field]
    title_edit.clear()
    title_edit.insert("แก้ไขแล้ว " + SEARCH)
    save(qtbot, form)
    assert form.result() == QDialog.DialogCode.Accepted
    assert db_title(db, key, new_id) == "แก้ไขแล้ว " + SEARCH
    assert pane.proxy.rowCount() == 1

    assert delete(pane)
    assert db_title(db, key, new_id) is None
    assert pane.proxy.rowCount() == 0

    pane.undo_stack.undo()  # the delete
    assert db_title(db, key, new_id) == "แก้ไขแล้ว " + SEARCH
    assert pane.proxy.rowCount() == 1
    pane.undo_stack.undo()  # the edit
    assert db_title(db, key, new_id) == NEW_VALUES[key][reg.title_field]
    pane.undo_stack.undo()  # the add
    assert db_title(db, key, new_id) is None
    assert pane.model.total_count() == total  # the register; the search still shows none
    pane.undo_stack.redo()
    pane.undo_stack.redo()
    assert db_title(db, key, new_id) == "แก้ไขแล้ว " + SEARCH
    assert pane.errors == []


@pytest.mark.parametrize("key", list(REGISTERS))
def test_invalid_form_keeps_input_and_writes_nothing(qtbot, db, open_pane, key):
    pane = open_pane(key)
    reg = REGISTERS[key]
    before = pane.model.rowCount()
    form = add(pane)
    date_field = next(f.name for f in reg.form_fields if f.kind == "date")
    form.editors[date_field].set_value("31/2/2564")
    save(qtbot, form)
    assert form.isVisible() and form.result() != QDialog.DialogCode.Accepted
    assert form.errors[reg.title_field].isVisible()
    assert form.errors[reg.title_field].text().startswith("กรุณากรอก")
    assert form.errors[date_field].text() == "วันที่ไม่ถูกต้อง (พิมพ์เช่น 5/11/2564)"
    assert form.editors[date_field].line.text() == "31/2/2564"
    with db.session() as session:
        assert len(records.dependants(session, reg, -1)) == 0
        assert session.query(reg.model).count() == before
    cancel(qtbot, form)


def test_duplicate_name_in_same_province_is_refused_beside_the_field(qtbot, open_pane):
    pane = open_pane("zones")
    form = add(pane)
    fill(form, {"name": "เขตส่งเสริมเมืองอัจฉริยะขอนแก่น", "province": "TH-40", "status": "declared"})
    save(qtbot, form)
    assert form.errors["name"].text() == "มีชื่อนี้ในจังหวัดเดียวกันอยู่แล้ว"
    form.editors["province"].set_value("TH-41")
    save(qtbot, form)
    assert form.result() == QDialog.DialogCode.Accepted


def test_stale_edit_is_refused_and_the_form_keeps_the_input(qtbot, db, open_pane):
    pane = open_pane("cities")
    pane.select_ids([pane.model.record_id(0)])
    record_id = pane.selected_id()
    form = edit(pane)
    form.editors["notes"].set_value("ข้อความของฉัน")
    with db.session() as session:  # another workstation saves first
        other = records.load(session, REGISTERS["cities"], record_id)
        records.update(session, REGISTERS["cities"], record_id, {**other.values, "notes": "ของเครื่องอื่น"},
                       other.version)
    form._submit_warning = []
    import app.views.registers.record_form as record_form

    warnings = []
    original = record_form.QMessageBox.warning
    record_form.QMessageBox.warning = lambda *args: warnings.append(args[2])
    try:
        save(qtbot, form)
    finally:
        record_form.QMessageBox.warning = original
    assert warnings and "ไม่บันทึกทับ" in warnings[0]
    assert StaleRecord().message() == warnings[0]
    assert form.isVisible() and form.editors["notes"].value() == "ข้อความของฉัน"
    with db.session() as session:
        assert records.load(session, REGISTERS["cities"], record_id).values["notes"] == "ของเครื่องอื่น"
    cancel(qtbot, form)


def test_delete_refused_where_other_records_depend(qtbot, db, open_pane):
    pane = open_pane("cities")
    with db.session() as session:
        zone_city = session.query(REGISTERS["zones"].model).filter_by(status="certified").first().city_id
    pane.select_ids([zone_city])
    assert not delete(pane)
    assert len(pane.errors) == 1 and isinstance(pane.errors[0], RecordInUse)
    assert "เขตส่งเสริมเมืองอัจฉริยะ 1 รายการ" in pane.errors[0].message()
    assert db_title(db, "cities", zone_city) is not None
    assert pane.model.row_of(zone_city) is not None


def test_filters_by_province_region_and_status(qtbot, open_pane):
    pane = open_pane("cities")
    total = pane.model.rowCount()
    combo = pane.province_filter
    combo.setCurrentIndex(combo.findData("TH-10"))
    rows_arrived(qtbot, pane)
    assert pane.proxy.rowCount() == 4  # Samyan, Rama 4, Khlong Phadung Krung Kasem, Makkasan
    combo.setCurrentIndex(0)
    pane.region_filter.setCurrentIndex(pane.region_filter.findText("ภาคใต้"))
    rows_arrived(qtbot, pane)
    names = {pane.proxy.index(r, 0).data() for r in range(pane.proxy.rowCount())}
    assert names == {"ภูเก็ตเมืองอัจฉริยะ", "เมืองศรีตรัง", "ยะลาเมืองอัจฉริยะเพื่อการมีส่วนร่วมของประชาชน"}
    pane.region_filter.setCurrentIndex(0)
    pane.status_filter.setCurrentIndex(pane.status_filter.findData("valid"))
    rows_arrived(qtbot, pane)
    assert 0 < pane.proxy.rowCount() < total
    pane.status_filter.setCurrentIndex(0)
    rows_arrived(qtbot, pane)
    assert pane.proxy.rowCount() == total


def test_search_matches_english_province_names_and_any_word_order(qtbot, open_pane):
    pane = open_pane("cities")
    qtbot.keyClicks(pane.search, "phuket")
    rows_arrived(qtbot, pane)
    assert [pane.proxy.index(r, 0).data() for r in range(pane.proxy.rowCount())] == ["ภูเก็ตเมืองอัจฉริยะ"]
    pane.search.setText("อัจฉริยะ kaen")  # words in any order, an English province name among them
    rows_arrived(qtbot, pane)
    assert [pane.proxy.index(r, 0).data() for r in range(pane.proxy.rowCount())] == ["ขอนแก่นเมืองอัจฉริยะ"]


def test_search_asks_the_worker_after_a_pause_and_the_latest_keystroke_wins(qtbot, open_pane, monkeypatch):
    pane = open_pane("cities")
    total = pane.proxy.rowCount()
    asked = []

    def ask(db, register, want):
        asked.append((want.view.needle, threading.current_thread() is threading.main_thread()))
        return original(db, register, want)

    original = window_model.read
    monkeypatch.setattr(window_model, "read", ask)
    qtbot.keyClicks(pane.search, "phuket")
    assert pane.proxy.rowCount() == total  # the rows shown stay until the new ones arrive
    rows_arrived(qtbot, pane)
    assert [pane.proxy.index(r, 0).data() for r in range(pane.proxy.rowCount())] == ["ภูเก็ตเมืองอัจฉริยะ"]
    assert asked == [("phuket", False)]  # one question, after the typing, off the GUI thread
    pane.search.setText("kaen")
    pane.search.setText("nothing-like-this")
    rows_arrived(qtbot, pane)
    assert pane.proxy.rowCount() == 0 and asked[-1] == ("nothing-like-this", False)
    assert ("kaen", False) not in asked  # typed over before the pause ended: never asked


def test_a_record_changed_past_the_app_is_found_once_its_keys_are_made(qtbot, db):
    reg = REGISTERS["cities"]
    with db.session() as session:  # as another program would: the record moves on, its stored keys do not
        record_id = session.execute(text("SELECT min(id) FROM city")).scalar()
        session.execute(text("UPDATE city SET name_th = 'ฮฮฮ นอกโปรแกรม', version = version + 1 WHERE id = :id"),
                        {"id": record_id})
    pane = RegisterPane(db, reg)
    qtbot.addWidget(pane)
    loads = []
    pane.loaded.connect(lambda: loads.append(pane.model.rowCount()))
    pane.reload()
    qtbot.waitUntil(lambda: len(loads) == 2, timeout=20000)  # shown, its keys made, shown again
    pane.search.setText("นอกโปรแกรม")
    rows_arrived(qtbot, pane)
    assert [pane.proxy.index(r, 0).data(RECORD_ID_ROLE) for r in range(pane.proxy.rowCount())] == [record_id]


def test_a_save_stays_in_place_until_the_worker_brings_the_new_order(qtbot, open_pane, monkeypatch):
    pane = open_pane("cities")
    on_gui_thread = []
    original = query.page

    def spy(*args, **kwargs):
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(query, "page", spy)
    first = pane.proxy.index(0, 0).data(RECORD_ID_ROLE)
    pane.select_ids([first])
    form = pane.edit_selected()
    title = form.editors[REGISTERS["cities"].title_field]
    title.clear()
    title.insert("ฮฮฮ ท้ายสุด")
    form.save()
    assert pane.proxy.index(0, 0).data(RECORD_ID_ROLE) == first  # where it was, shown as saved
    assert pane.proxy.index(0, 0).data() == "ฮฮฮ ท้ายสุด"
    rows_arrived(qtbot, pane)
    last = pane.proxy.rowCount() - 1
    assert pane.proxy.index(last, 0).data(RECORD_ID_ROLE) == first and pane.selected_id() == first
    assert on_gui_thread and not any(on_gui_thread)


def test_sort_by_name_is_thai_dictionary_order(qtbot, empty_db):
    words = ["ยะลา", "แม่เมาะ", "กา", "ไก่", "เชียงใหม่", "ขอนแก่น", "ภูเก็ต", "เกม"]
    with empty_db.session() as session:
        for w in words:
            records.create(session, REGISTERS["zones"], {"name": w, "province": "TH-10", "status": "declared"})
    pane = RegisterPane(empty_db, REGISTERS["zones"])
    qtbot.addWidget(pane)
    with qtbot.waitSignal(pane.loaded, timeout=10000):
        pane.reload()
    pane.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    rows_arrived(qtbot, pane)
    shown = [pane.proxy.index(r, 0).data() for r in range(pane.proxy.rowCount())]
    assert shown == ["กา", "เกม", "ไก่", "ขอนแก่น", "เชียงใหม่", "ภูเก็ต", "แม่เมาะ", "ยะลา"]
    pane.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    rows_arrived(qtbot, pane)
    assert [pane.proxy.index(r, 0).data() for r in range(pane.proxy.rowCount())] == shown[::-1]


def test_shortcuts_and_context_actions(qtbot, open_pane, settle):
    pane = open_pane("cities")
    shortcuts = {a.objectName(): a.shortcut().toString() for a in pane.actions()}
    assert shortcuts["add"] == "Ctrl+N"
    assert shortcuts["find"] == "Ctrl+F"
    assert shortcuts["delete"] == "Del"
    assert shortcuts["refresh"] == "F5"
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert pane.focusWidget() is pane.search
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert pane.form is not None and pane.form.isVisible()
    cancel(qtbot, pane.form)


def test_renew_emblem_extends_two_years(qtbot, db, open_pane):
    pane = open_pane("cities")
    row = next(r for r in range(pane.model.rowCount()) if pane.model.value(r, "name_th") == "แสนสุขสมาร์ทซิตี้")
    record_id = pane.model.record_id(row)
    pane.select_ids([record_id])
    before = pane.model.value(row, "emblem_valid_until")
    pane.renew_selected()
    after = pane.model.value(pane.model.row_of(record_id), "emblem_valid_until")
    today = date.today()
    start = max(today, before)
    assert after == start.replace(year=start.year + 2)
    with db.session() as session:
        assert len(records.renewal_history(session, record_id)) == 1


def test_locked_database_gives_a_clear_message_and_keeps_the_form(qtbot, tmp_path, monkeypatch):
    import sqlite3

    import app.views.registers.record_form as record_form
    from app.core import migrate
    from app.core.db import Database

    db = Database(tmp_path / "locked.sqlite", timeout=0.2)
    migrate.upgrade(db)
    pane = RegisterPane(db, REGISTERS["zones"])
    qtbot.addWidget(pane)
    with qtbot.waitSignal(pane.loaded, timeout=10000):
        pane.reload()
    warnings = []
    monkeypatch.setattr(record_form.QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    form = add(pane)
    fill(form, {"name": "เขตที่บันทึกไม่ได้", "province": "TH-10", "status": "declared"})
    other = sqlite3.connect(tmp_path / "locked.sqlite")
    other.execute("BEGIN EXCLUSIVE")
    try:
        save(qtbot, form)
    finally:
        other.rollback()
        other.close()
    assert warnings and warnings[0].startswith("ฐานข้อมูลถูกล็อกโดยผู้ใช้อื่นอยู่")
    assert form.isVisible() and form.editors["name"].value() == "เขตที่บันทึกไม่ได้"
    save(qtbot, form)  # the lock is gone: the same input saves
    assert form.result() == QDialog.DialogCode.Accepted
    assert pane.model.rowCount() == 1
    db.dispose()


def test_city_form_shows_the_emblem_renewal_history(qtbot, open_pane):
    pane = open_pane("cities")
    row = next(r for r in range(pane.model.rowCount()) if pane.model.value(r, "name_th") == "ขอนแก่นเมืองอัจฉริยะ")
    pane.select_ids([pane.model.record_id(row)])
    form = edit(pane)
    note = form.findChild(type(form.heading), "note")
    assert note is not None
    assert "ประวัติการต่ออายุตราสัญลักษณ์" in note.text()
    assert "ต่ออายุเมื่อ 1 ธ.ค. 2566: หมดอายุเดิม 24 ธ.ค. 2566 → 24 ธ.ค. 2568" in note.text()
    assert "ต่ออายุเมื่อ 1 ธ.ค. 2568: หมดอายุเดิม 24 ธ.ค. 2568 → 24 ธ.ค. 2570" in note.text()
    notes = [label.text() for label in form.findChildren(type(form.heading), "note")]
    assert any("รับรองโดยมติ" in t and "ครั้งที่ 1/2564" in t and "ระเบียบวาระที่ 4.2" in t for t in notes)
    cancel(qtbot, form)


@pytest.mark.parametrize("step", ["undo", "redo"])
def test_undo_after_refresh_never_overwrites_another_workstations_save(qtbot, db, open_pane, step):
    """Issue 15, defect 1: after F5 shows another save, Ctrl+Z / Ctrl+Y are refused as stale, not written over it."""
    pane = open_pane("cities")
    record_id = pane.model.record_id(0)
    pane.select_ids([record_id])
    form = edit(pane)
    form.editors["developer"].set_value("ผู้พัฒนาที่แก้บนเครื่องนี้")
    save(qtbot, form)
    undo_action = pane.undo_stack.createUndoAction(pane)
    redo_action = pane.undo_stack.createRedoAction(pane)
    if step == "redo":
        undo_action.trigger()
    with db.session() as session:  # another workstation saves the same record
        current = records.load(session, REGISTERS["cities"], record_id)
        records.update(session, REGISTERS["cities"], record_id, {**current.values, "developer": "ผู้พัฒนาจากเครื่องอื่น"},
                       current.version)
    with qtbot.waitSignal(pane.loaded, timeout=10000):
        pane.reload()  # F5: the pane now holds the other workstation's version

    (undo_action if step == "undo" else redo_action).trigger()

    with db.session() as session:
        assert records.load(session, REGISTERS["cities"], record_id).values["developer"] == "ผู้พัฒนาจากเครื่องอื่น"
    assert len(pane.errors) == 1 and isinstance(pane.errors[0], StaleRecord)
    assert not pane.undo_stack.canUndo() if step == "undo" else not pane.undo_stack.canRedo()
