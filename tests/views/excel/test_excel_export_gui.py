"""Excel export from the panes: the shown rows in the shown order, personal data on request, cancel, errors;
the Action items pane (shown rows, shown order) and the meeting data (selected meeting or all)."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QMenu, QPushButton, QToolButton
from sqlalchemy import select

from app.excel.export import HEADER_ROW, export_register, sheet_name
from app.excel.export_meetings import LABELS
from app.meetings import actions, agenda
from app.models import Meeting
from app.models.agenda import ACTION_ITEM_FIELDS
from app.registers import query
from app.registers.catalog import REGISTERS
from app.views.excel.export_dialog import _guarded
from app.views.main_window import MainWindow
from app.views.meetings.actions_table import COLUMNS
from app.views.shared.row_table_model import ID_ROLE
from app.views.shared.tasks import Cancelled
from tests.views.conftest import rows_arrived, with_features


@pytest.fixture
def window(qtbot, db):
    win = MainWindow(db)
    qtbot.addWidget(win)
    with_features(qtbot, win)
    win.show()
    return win


def open_pane(qtbot, window, key):
    pane = window.show_pane(key)
    qtbot.waitUntil(lambda: not pane._loading and pane.model.rowCount() > 0, timeout=10000)
    return pane


def sheet_rows(path, sheet=0):
    """Header and data rows of a sheet written by the app (title rows above the header)."""
    wb = load_workbook(path, read_only=True)
    try:
        ws = wb.worksheets[sheet]
        rows = [list(r) for r in ws.iter_rows(min_row=HEADER_ROW, values_only=True)]
    finally:
        wb.close()
    return rows[0], rows[1:]


def column(path, label, sheet=0):
    header, rows = sheet_rows(path, sheet)
    return [r[header.index(label)] for r in rows]


def export(qtbot, dialog, path):
    with qtbot.waitSignal(dialog.exported, timeout=20000) as blocker:
        dialog.start(path)
    return blocker.args[0]


def test_a_filtered_sorted_register_exports_exactly_the_shown_rows_in_order(qtbot, window, tmp_path, monkeypatch):
    on_gui_thread = []
    original = query.ordered_ids

    def spy(*args, **kwargs):  # every id shown, in order: up to the whole register, so never on the GUI thread
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(query, "ordered_ids", spy)
    pane = open_pane(qtbot, window, "zones")
    pane.search.setText("เทศบาล")
    name_column = [f.name for f in pane.model.fields].index("name")
    pane.table.sortByColumn(name_column, Qt.SortOrder.DescendingOrder)
    rows_arrived(qtbot, pane)
    shown = [pane.proxy.index(r, name_column).data() for r in range(pane.proxy.rowCount())]
    assert 1 < len(shown) < pane.model.total_count()  # a real filter, more than one row to order

    dialog = window.excel.export_register(pane)
    assert dialog.isVisible() and dialog.chosen_ids() is not None  # the default: the rows as shown
    written = export(qtbot, dialog, tmp_path / "zones")  # ".xlsx" is added
    assert written == tmp_path / "zones.xlsx"
    assert column(written, REGISTERS["zones"].field("name").label("th")) == shown
    assert on_gui_thread == [False]
    assert dialog.message.text().endswith(str(written))
    assert not dialog.isVisible()


def test_everything_ignores_the_filter_and_english_headers_on_request(qtbot, window, tmp_path):
    pane = open_pane(qtbot, window, "cities")
    pane.search.setText("ภูเก็ต")
    rows_arrived(qtbot, pane)
    dialog = window.excel.export_register(pane)
    dialog.scope_group.button(1).setChecked(True)
    dialog.header_lang.setCurrentIndex(dialog.header_lang.findData("en"))
    written = export(qtbot, dialog, tmp_path / "all.xlsx")
    names = column(written, REGISTERS["cities"].field("name_th").label("en"))
    assert len(names) == pane.model.total_count() > pane.proxy.rowCount()


def test_personal_data_only_when_asked_with_a_pdpa_warning(qtbot, window, tmp_path):
    pane = open_pane(qtbot, window, "ambassadors")
    phone, email = (REGISTERS["ambassadors"].field(n).label("th") for n in ("phone", "email"))
    dialog = window.excel.export_register(pane)
    assert dialog.personal.isVisible() and not dialog.personal.isChecked()
    assert not dialog.pdpa_warning.isVisible()
    header, _rows = sheet_rows(export(qtbot, dialog, tmp_path / "without.xlsx"))
    assert phone not in header and email not in header

    dialog = window.excel.export_register(pane)
    dialog.personal.setChecked(True)
    assert dialog.pdpa_warning.isVisible() and "PDPA" in dialog.pdpa_warning.text()
    header, rows = sheet_rows(export(qtbot, dialog, tmp_path / "with.xlsx"))
    assert phone in header and email in header
    assert any(r[header.index(email)] for r in rows)


def test_a_register_without_personal_fields_offers_no_such_option(qtbot, window):
    dialog = window.excel.export_register(open_pane(qtbot, window, "zones"))
    assert not dialog.personal.isVisible() and not dialog.include_personal()


def test_cancel_leaves_no_file(qtbot, window, tmp_path, settle):
    pane = open_pane(qtbot, window, "cities")
    dialog = window.excel.export_register(pane)
    exported = []
    dialog.exported.connect(exported.append)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "cancelled.xlsx"
    with qtbot.waitSignal(dialog.export_cancelled, timeout=5000):
        runner = dialog.start(target)
        runner.dialog.findChild(QPushButton).click()  # the progress dialog's cancel button
    assert QThreadPool.globalInstance().waitForDone(20000)
    settle()
    assert exported == []
    assert list(out.iterdir()) == []
    assert dialog.isVisible()  # the options stay open to try again


def test_the_cancel_flag_stops_the_real_export_before_anything_is_kept(db, tmp_path):
    stop = threading.Event()
    stop.set()
    target = tmp_path / "stopped.xlsx"
    with db.session() as session, pytest.raises(Cancelled):
        _guarded(stop, lambda progress: export_register(session, "cities", target, progress=progress),
                 progress=lambda done, total: None)
    assert not target.exists() and not target.with_name(target.name + ".part").exists()


def test_an_unwritable_place_shows_the_thai_message(qtbot, window, tmp_path):
    dialog = window.excel.export_register(open_pane(qtbot, window, "zones"))
    with qtbot.waitSignal(dialog.export_failed, timeout=20000):
        dialog.start(tmp_path / "no such folder" / "zones.xlsx")
    assert "บันทึกไฟล์" in dialog.message.text() and "ไม่ได้" in dialog.message.text()
    assert dialog.isVisible()


def test_the_file_menu_exports_every_register_to_one_workbook(qtbot, window, tmp_path):
    menu = window.file_menu.findChild(QMenu, "excelMenu")
    entry = next(a for a in menu.actions() if a.text().startswith("ส่งออกทุกทะเบียน"))
    entry.trigger()
    dialog = window.excel.dialog
    assert dialog.isVisible() and dialog.target.scopes == (("ทุกทะเบียน ทุกรายการ", None),)
    assert dialog.personal.isVisible()
    written = export(qtbot, dialog, tmp_path / "agency.xlsx")
    wb = load_workbook(written, read_only=True)
    try:
        names = wb.sheetnames
    finally:
        wb.close()
    assert names[:len(REGISTERS)] == [sheet_name(reg) for reg in REGISTERS.values()]


def test_pane_context_menus_and_buttons_offer_excel(qtbot, window):
    pane = open_pane(qtbot, window, "partnerships")
    texts = [a.text() for a in pane.extra_actions]
    assert "ส่งออก Excel…" in texts and "นำเข้าจาก Excel…" in texts
    button = pane.findChild(QToolButton, "excelButton")
    assert [a.text() for a in button.menu().actions()] == ["ส่งออก Excel…", "นำเข้าจาก Excel…"]


DESCRIPTION = next(f for f in ACTION_ITEM_FIELDS if f.name == "description").label("th")


@pytest.fixture
def more_actions(db):
    with db.session() as session:  # more action items under 5.1 of meeting 1/2564
        meeting_id = session.scalar(select(Meeting.id).where(Meeting.number == 1, Meeting.year_be == 2564))
        item = agenda.section(session, meeting_id, 5).children[0]
        for n, agency in enumerate(("สำนักงบประมาณ", "กระทรวงมหาดไทย", "สำนักงานสภาพัฒน์")):
            actions.add_action(session, item.id, {"description": f"งานติดตามที่ {n + 1}", "agency": agency,
                                                  "status": "open", "due_on": date.today() + timedelta(days=n)})


def loaded(qtbot, window, key):
    pane = window.show_pane(key)
    qtbot.waitUntil(lambda: not pane._loading, timeout=10000)
    return pane


def test_the_action_items_pane_exports_its_shown_rows_in_order(qtbot, more_actions, window, tmp_path):
    pane = loaded(qtbot, window, "actions")
    pane.agency_filter.setText("สำนัก")
    pane.table.sortByColumn(COLUMNS.index("description"), Qt.SortOrder.DescendingOrder)
    shown = [pane.proxy.index(r, COLUMNS.index("description")).data() for r in range(pane.proxy.rowCount())]
    assert "งานติดตามที่ 3" in shown and 1 < len(shown) < pane.model.rowCount()  # a filter and an order
    dialog = window.excel.export_actions(pane)
    assert dialog.chosen_ids() == [pane.proxy.index(r, 0).data(ID_ROLE) for r in range(len(shown))]
    assert not dialog.personal.isVisible()
    header, rows = sheet_rows(export(qtbot, dialog, tmp_path / "actions.xlsx"))
    assert [r[header.index(DESCRIPTION)] for r in rows] == shown

    dialog = window.excel.export_actions(pane)
    dialog.scope_group.button(1).setChecked(True)
    header, rows = sheet_rows(export(qtbot, dialog, tmp_path / "all-actions.xlsx"))
    assert len(rows) == pane.model.rowCount() > len(shown)


def test_the_meetings_pane_exports_the_selected_meeting_or_all(qtbot, window, tmp_path):
    pane = loaded(qtbot, window, "meetings")
    pane.table.selectRow(0)
    label = pane.table.item(0, 0).text()
    dialog = window.excel.export_meetings(pane)
    assert dialog.chosen_ids() == [pane.selected_id()]
    written = export(qtbot, dialog, tmp_path / "meeting.xlsx")
    for sheet, key in enumerate(("resolutions", "actions", "attendance")):
        _header, rows = sheet_rows(written, sheet)
        assert {r[1] for r in rows} <= {label}, LABELS[key].th
    _header, attendance = sheet_rows(written, 2)
    assert attendance  # the selected meeting's roll is there

    dialog = window.excel.export_meetings(pane)
    dialog.scope_group.button(len(dialog.target.scopes) - 1).setChecked(True)
    assert dialog.chosen_ids() is None
    _header, attendance = sheet_rows(export(qtbot, dialog, tmp_path / "meetings.xlsx"), 2)
    assert {r[1] for r in attendance} == {r.label for r in pane.rows}


def test_the_meetings_pane_has_the_excel_button_and_context_action(qtbot, window):
    pane = loaded(qtbot, window, "meetings")
    button = pane.findChild(QToolButton, "excelButton")
    assert button.text() == "Excel ▾"
    assert "ส่งออกข้อมูลการประชุมเป็น Excel…" in [a.text() for a in pane.table.actions()]
