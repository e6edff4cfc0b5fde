"""The generic table model and the Thai proxy pass Qt's model tester and keep ids by role."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.registers import tables
from app.registers.catalog import REGISTERS
from app.views.registers.sort_proxy import ThaiSortFilterProxy
from app.views.registers.table_model import RECORD_ID_ROLE, SORT_ROLE, RecordTableModel


def load(db, key):
    with db.session() as session:
        return tables.load_table(session, REGISTERS[key])


@pytest.mark.parametrize("key", list(REGISTERS))
def test_model_and_proxy_pass_the_model_tester(qtmodeltester, db, key):
    model = RecordTableModel(load(db, key))
    qtmodeltester.check(model, force_py=True)
    proxy = ThaiSortFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_filter(needle="เมือง")
    qtmodeltester.check(proxy, force_py=True)


def test_headers_follow_the_field_descriptions_in_both_languages(db):
    th = RecordTableModel(load(db, "zones"))
    en = RecordTableModel(load(db, "zones"), lang="en")
    labels = [th.headerData(i, Qt.Orientation.Horizontal) for i in range(th.columnCount())]
    assert labels[:3] == ["ชื่อเขตส่งเสริม", "จังหวัด", "วันที่ประกาศ"]
    assert en.headerData(0, Qt.Orientation.Horizontal) == "Zone name"
    assert th.columnCount() == len([f for f in REGISTERS["zones"].fields if f.in_table])


def test_cells_show_thai_dates_and_labels_and_expose_ids(db):
    model = RecordTableModel(load(db, "zones"))
    row = next(r for r in range(model.rowCount()) if model.value(r, "name") == "เขตส่งเสริมเมืองอัจฉริยะขอนแก่น")
    column = {f.name: i for i, f in enumerate(model.fields)}
    assert model.index(row, column["declared_on"]).data() == "3 ต.ค. 2562"
    assert model.index(row, column["province"]).data() == "ขอนแก่น"
    assert model.index(row, column["status"]).data() == "ได้รับการรับรองเป็นเมืองอัจฉริยะ"
    assert model.index(row, column["city_id"]).data() == "ขอนแก่นเมืองอัจฉริยะ"
    assert model.index(row, 0).data(RECORD_ID_ROLE) == model.record_id(row)
    assert isinstance(model.index(row, column["declared_on"]).data(SORT_ROLE), int)


def test_upsert_and_remove_keep_the_proxy_consistent(qtmodeltester, db):
    data = load(db, "partnerships")
    model = RecordTableModel(data)
    proxy = ThaiSortFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    values = data.row_values(0)
    model.upsert(9999, 1, {**values, "partner": "กกก ก่อนทุกรายการ"})
    assert proxy.index(0, 0).data() == "กกก ก่อนทุกรายการ"
    model.upsert(9999, 2, {**values, "partner": "ฮฮฮ หลังทุกรายการ"})
    shown = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    thai = [name for name in shown if "\u0e00" <= name[0] <= "\u0e7f"]
    assert thai[-1] == "ฮฮฮ หลังทุกรายการ" and "กกก ก่อนทุกรายการ" not in shown
    model.remove(9999)
    assert proxy.rowCount() == model.rowCount() == len(data.ids)
    qtmodeltester.check(proxy, force_py=True)
