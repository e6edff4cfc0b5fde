"""The panes' windowed model (rows read from SQL a page at a time) against the in-memory model and proxy it
replaces, on the same data: the same search hits and counts for every register (hypothesis-made Thai text and
words of one or two characters included), the same filters, and the order: numbers and dates as before, text by the
stored Thai key (the Excel export's), ties by id; on SQLite and PostgreSQL. Pages read forwards and backwards
(keyset) and by offset give the order the database gives in one query. And an edit while scrolled far down."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.core import migrate
from app.core.db import Database
from app.models import Kind
from app.registers import keys, query, records, records_bulk, tables
from app.registers.catalog import REGISTERS
from app.registers.reference import regions
from app.sample import demo as sample
from app.views.registers import window_rows
from app.views.registers.register_pane import RegisterPane
from app.views.registers.sort_proxy import ThaiSortFilterProxy
from app.views.registers.table_model import RecordTableModel
from app.views.registers.window_model import RegisterTableModel
from tests.conftest import BACKENDS, valid_values
from tests.views.conftest import rows_arrived, type_text
from tests.views.conftest import test_zones as add_test_zones

NATIVE = {Kind.INT, Kind.FLOAT, Kind.MONEY, Kind.DATE}
NEEDLES = ("เมือง", "อัจฉริยะ", "ขอนแก่น", "khon", "phuket", "bangkok", "กรุงเทพ", "สมาร์ท ซิตี้", "ไม่ระบุ",
           "หมดอายุ", "expired", "declared", "ประกาศ", "example", "0", "ก", "เขต ส่งเสริม", "xyz-none", "มหาวิทยาลัย",
           "ใช้ได้", "เทศบาล", "ดำเนินการ")
THAI = st.text(st.characters(min_codepoint=0x0E01, max_codepoint=0x0E5B), min_size=1, max_size=6)


@pytest.fixture(params=BACKENDS)
def filled(request, tmp_path):
    target = str(tmp_path / "paged.sqlite") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    db = Database(target)
    migrate.upgrade(db)
    with db.session() as session:
        sample.fill(session)
    with db.session() as session:
        add_test_zones(session)
    yield db
    db.dispose()


def both(db, key, lang="th"):
    reg = REGISTERS[key]
    with db.session() as session:
        old_model = RecordTableModel(tables.load_table(session, reg), lang)
    old = ThaiSortFilterProxy()
    old.setSourceModel(old_model)
    new = RegisterTableModel(db, reg, lang)
    new.asynchronous = False  # the answers themselves are compared here; the panes' tests wait for the worker
    new.reload()
    return old, new


def shown(model):
    if isinstance(model, RegisterTableModel):  # read page after page, as a user scrolling down
        return [model.record_id(r) for r in range(model.rowCount())]
    source = model.sourceModel()
    return [source.record_id(model.source_row(r)) for r in range(model.rowCount())]


def same_hits(old, new, **chosen):
    old.set_filter(**chosen)
    new.set_filter(**chosen)
    assert sorted(shown(new)) == sorted(shown(old)), chosen
    assert new.rowCount() == old.rowCount()


def expected_order(old, column, descending):
    """The in-memory model's rows by the key the database sorts by: the export's Thai key of the cell's text."""
    model = old.sourceModel()
    f = model.fields[column]
    rows = range(model.rowCount())
    if f.kind in NATIVE:
        old.sort(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        return shown(old)
    ordered = sorted(rows, key=lambda r: (keys.thai_key(model.text(r, column)), model.record_id(r)))
    ids = [model.record_id(r) for r in ordered]
    return ids[::-1] if descending else ids


def check_order(old, new):
    old.set_filter(needle="", province="", region="", status="")
    new.set_filter(needle="", province="", region="", status="")
    for column in range(new.columnCount()):
        for descending in (False, True):
            new.sort(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
            assert shown(new) == expected_order(old, column, descending), (column, descending)


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("key", list(REGISTERS))
def test_search_filters_and_order_match_the_in_memory_model(filled, key, lang):
    old, new = both(filled, key, lang)
    assert new.total_count() == new.rowCount() == old.sourceModel().rowCount() > 0
    for needle in NEEDLES:
        same_hits(old, new, needle=needle)
    same_hits(old, new, needle="")
    reg = REGISTERS[key]
    for province in ("TH-10", "TH-40", "TH-83"):
        same_hits(old, new, province=province)
    same_hits(old, new, province="")
    for region in regions(lang)[:3]:
        same_hits(old, new, region=region)
    same_hits(old, new, region="")
    for choice in reg.field(reg.status_field).choices:
        same_hits(old, new, status=choice.value, needle="เมือง")
    same_hits(old, new, status="", needle="")
    for name in reg.filters:
        values = {v for r in range(old.sourceModel().rowCount()) for v in _filter_values(old.sourceModel(), name, r)}
        for value in sorted(values, key=str)[:4]:
            old.set_field_filter(name, value)
            new.set_field_filter(name, value)
            assert sorted(shown(new)) == sorted(shown(old)), (name, value)
        old.set_field_filter(name, None)
        new.set_field_filter(name, None)
    check_order(old, new)


def _filter_values(model, name, row):
    value = model.value(row, name)
    return value if isinstance(value, list) else [value] if value is not None else []


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(THAI, min_size=1, max_size=5), needle=THAI)
@pytest.mark.parametrize("key", ["zones", "ambassadors"])
def test_hypothesis_thai_texts_search_and_sort_alike(filled, key, names, needle):
    reg = REGISTERS[key]
    added = []
    with filled.session() as session:
        for n, name in enumerate(names):
            values = valid_values(key, n + 1000)
            values[reg.title_field] = f"{name} {n}"
            values["receiving_org" if key == "zones" else "organisation"] = name
            added.append(records.create(session, reg, values).id)
    try:
        old, new = both(filled, key)
        for word in (needle, names[0], names[0][:2], f"{needle} {names[-1]}"):
            same_hits(old, new, needle=word)
        column = [f.name for f in reg.table_fields].index(reg.title_field)
        old.set_filter(needle="")
        new.set_filter(needle="")
        new.sort(column)
        assert shown(new) == expected_order(old, column, False)
    finally:
        with filled.session() as session:
            for record_id in added:
                records.delete(session, reg, record_id)


def ambassadors_pane(qtbot, db, n: int) -> RegisterPane:
    """An ambassadors pane, shown and loaded, over ``n`` ambassadors written in one go."""
    reg = REGISTERS["ambassadors"]
    with db.session() as session:
        records_bulk.save_many(session, reg, [records_bulk.Change(valid_values("ambassadors", i)) for i in range(n)])
    pane = RegisterPane(db, reg)
    qtbot.addWidget(pane)
    pane.resize(1200, 600)
    pane.show()
    with qtbot.waitSignal(pane.loaded, timeout=20000):
        pane.reload()
    return pane


def test_edit_while_scrolled_far_down(qtbot, empty_db):
    reg = REGISTERS["ambassadors"]
    pane = ambassadors_pane(qtbot, empty_db, 1500)
    pane.table.scrollToBottom()
    qtbot.wait(50)
    rows_arrived(qtbot, pane)
    last = pane.proxy.rowCount() - 1
    record_id = pane.proxy.data(pane.proxy.index(last, 0), Qt.ItemDataRole.UserRole + 1)
    assert pane.model.rows_read < 1500  # only what was painted was read
    pane.select_ids([record_id])
    form = pane.edit_selected()
    title = form.editors["full_name"]
    title.clear()
    title.insert("ฮ ท้ายสุดที่แก้ไข")
    form.save()
    assert form.result() == QDialog.DialogCode.Accepted
    assert pane.selected_id() == record_id
    row = pane.table.currentIndex().row()
    assert pane.proxy.index(row, reg.table_fields.index(reg.field("full_name"))).data() == "ฮ ท้ายสุดที่แก้ไข"
    pane.undo_stack.undo()
    with empty_db.session() as session:
        assert records.load(session, reg, record_id).values["full_name"] != "ฮ ท้ายสุดที่แก้ไข"
    rows_arrived(qtbot, pane)
    row = pane.model.locate(record_id)
    assert pane.proxy.index(row, reg.table_fields.index(reg.field("full_name"))).data() != "ฮ ท้ายสุดที่แก้ไข"


def test_a_record_selected_past_a_new_searchs_first_page_is_selected_again_once_counted(qtbot, empty_db):
    """The first page of a search is shown before its hits are counted; a selected record further down is asked for
    with the count and selected again there (not scrolled to: the user is typing)."""
    pane = ambassadors_pane(qtbot, empty_db, 900)
    pane.table.scrollToBottom()
    qtbot.wait(50)
    rows_arrived(qtbot, pane)
    last = pane.model.index(pane.model.rowCount() - 1, 0)
    record_id = pane.model.record_id(last.row())
    qtbot.mouseClick(pane.table.viewport(), Qt.MouseButton.LeftButton, pos=pane.table.visualRect(last).center())
    assert pane.selected_ids() == [record_id]
    pane.table.scrollToTop()
    type_text(pane.search, "ทดสอบ")  # every ambassador's name: the record is far past the first page
    qtbot.waitUntil(lambda: pane.model.view().needle == "ทดสอบ", timeout=5000)
    rows_arrived(qtbot, pane)
    assert pane.model.rowCount() == 900
    assert pane.selected_ids() == [record_id] and pane.selected_id() == record_id
    assert pane.model.row_of(record_id) > window_rows.PAGE


@pytest.mark.parametrize("backend", BACKENDS)
def test_pages_forwards_backwards_and_far_give_the_database_order(request, tmp_path, backend):
    """Rows read page after page down (keyset after the last row held), up from the end (keyset before the first
    row held) and at a jump (offset) are the rows of the one query the export uses, for every order."""
    target = str(tmp_path / "pages.sqlite") if backend == "sqlite" else request.getfixturevalue("pg_url")
    db = Database(target)
    migrate.upgrade(db)
    reg = REGISTERS["ambassadors"]
    changes = [records_bulk.Change({**valid_values("ambassadors", n), "cohort": n % 3 + 1})
               for n in range(900)]  # many ties: every column but the name and e-mail
    with db.session() as session:
        records_bulk.save_many(session, reg, changes)
    try:
        for column in range(len(reg.table_fields)):
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                model = RegisterTableModel(db, reg)
                model.asynchronous = False
                model.sort(column, order)
                model.reload()
                with db.session() as session:
                    expected = query.ordered_ids(session, reg, model.view())
                n = model.rowCount()
                assert n == len(expected) == 900
                assert model.record_id(n // 2) == expected[n // 2]  # a jump: by offset
                assert [model.record_id(r) for r in reversed(range(n))] == expected[::-1], (column, order)
                assert [model.record_id(r) for r in range(n)] == expected, (column, order)
                assert model.rows_read <= 900 + window_rows.PAGE
    finally:
        db.dispose()


def test_rows_deleted_elsewhere_while_scrolled_away_are_counted_again(qtbot, empty_db):
    """Another workstation deletes records the pane counted: scrolling to them reads fewer rows than asked; the
    pane counts again and shows what is there, instead of asking for the missing rows for ever."""
    pane = ambassadors_pane(qtbot, empty_db, 900)
    assert pane.model.rowCount() == 900
    with empty_db.engine.begin() as conn:  # as another program would, past this pane
        conn.exec_driver_sql("DELETE FROM ambassador WHERE id IN "
                             "(SELECT id FROM ambassador ORDER BY id DESC LIMIT 300)")
    pane.table.scrollToBottom()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 600, timeout=20000)
    pane.table.scrollToBottom()
    last = pane.proxy.index(pane.model.rowCount() - 1, 0)
    qtbot.waitUntil(lambda: last.data() is not None, timeout=20000)  # painted blank, then read
    rows_arrived(qtbot, pane)
    assert pane.model.rowCount() == 600


def test_a_page_the_database_cannot_give_is_one_thai_message_and_f5_reads_again(qtbot, empty_db, monkeypatch):
    """The server goes away while the pane is scrolled to rows it has not read: one Thai message (not one per
    repaint), the rows stay blank, nothing is asked again by itself; F5 reads them once the server is back."""
    from app.core.errors import DatabaseUnavailable, UserError
    from app.views.registers import window_model

    pane = ambassadors_pane(qtbot, empty_db, 900)
    errors: list[UserError] = []
    pane.notify_error = errors.append
    original = window_model.read

    def down(db, register, want):
        raise DatabaseUnavailable.from_error(OSError("connection refused"))

    monkeypatch.setattr(window_model, "read", down)
    pane.table.scrollToBottom()
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=10000)
    for _ in range(5):  # repaints ask for the same rows: they are not asked again
        pane.table.viewport().repaint()
        qtbot.wait(20)
    assert len(errors) == 1 and not pane.model.pending()
    assert "ฐานข้อมูล" in errors[0].message("th")
    monkeypatch.setattr(window_model, "read", original)
    qtbot.keyClick(pane.table, Qt.Key.Key_F5)  # the pane's own refresh shortcut
    last = pane.proxy.index(pane.model.rowCount() - 1, 0)
    qtbot.waitUntil(lambda: last.data() is not None, timeout=20000)
    assert len(errors) == 1
