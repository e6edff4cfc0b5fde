"""Meeting data export: resolutions, action items and attendance read back with openpyxl, on both backends."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from app.excel import export_meetings as excel_meetings
from app.excel import sheet as excel_sheet
from app.meetings import actions, agenda, attendance
from tests.meetings.meeting_builders import committee, meeting, member

NOV_5, DEC_17 = date(2021, 11, 5), date(2021, 12, 17)
WATER = "ที่ประชุมรับทราบ น้ำ ที่ ปั้น\nและมอบหมาย depa"


@pytest.fixture
def meetings(db):
    """Two meetings (the later one created first); the first has resolutions, action items and attendance."""
    with db.session() as s:
        body = committee(s, "คณะกรรมการขับเคลื่อนการพัฒนาเมืองอัจฉริยะ", short_name="กขมอ.")
        chair = member(s, body, "นายประธาน ทดสอบ", "chair", job_title="รองนายกรัฐมนตรี")
        seat = member(s, body, None, ex_officio_office="ผู้แทนสำนักงบประมาณ")
        away = member(s, body, "นางสาวกรรมการ ไม่มา")
        member(s, body, "นายยังไม่ บันทึก")
        later, first = meeting(s, body, DEC_17, number=2), meeting(s, body, NOV_5, number=1)
        agenda.update_item(s, (section2 := agenda.section(s, first.id, 2)).id,
                           {"resolution": "ที่ประชุมรับรองรายงานการประชุม"}, section2.version)
        water = agenda.add_item(s, agenda.section(s, first.id, 4).id, {"title": "เรื่องน้ำ", "resolution": WATER})
        parent = agenda.add_item(s, agenda.section(s, first.id, 4).id, {"title": "เรื่องไม่มีมติ"})
        agenda.add_item(s, parent.id, {"title": "เรื่องย่อย", "resolution": "=SUM(A1)"})
        under5 = agenda.section(s, first.id, 5).id
        for n in range(1, 11):
            agenda.add_item(s, under5, {"title": f"เรื่องที่ {n}", "resolution": f"อนุมัติ {n}"})
        agenda.add_item(s, agenda.section(s, later.id, 4).id, {"title": "ครั้งหลัง", "resolution": "รับทราบ"})
        open_ = actions.add_action(s, water.id, {"description": "จัดกิจกรรม", "agency": "depa",
                                                 "due_on": date(2022, 1, 31), "status": "in_progress"})
        done = actions.add_action(s, water.id, {"description": "ส่งรายงาน", "agency": "สำนักงบประมาณ",
                                                "status": "done", "closed_on": date(2021, 12, 1)})
        attendance.set_attendance(s, first.id, {"member_id": chair.id, "status": "present"})
        attendance.set_attendance(s, first.id, {"member_id": seat.id, "status": "substitute",
                                                "substitute_name": "นางแทน ทดสอบ", "substitute_position": "ผอ."})
        attendance.set_attendance(s, first.id, {"member_id": away.id, "status": "absent",
                                                "absence_reason": "ติดราชการ"})
        attendance.add_guest(s, first.id, {"name": "นายผู้ร่วม ประชุม", "position": "นักวิเคราะห์",
                                           "organisation": "depa"})
        return {"first": first.id, "later": later.id, "open": open_.id, "done": done.id}


def rows(ws) -> list[dict]:
    header = [c.value for c in ws[excel_sheet.HEADER_ROW]]
    return [dict(zip(header, (c.value for c in row), strict=True))
            for row in ws.iter_rows(min_row=excel_sheet.HEADER_ROW + 1)]


def export(db, path, **kw):
    with db.session() as s:
        return excel_meetings.export_meeting_data(s, path, **kw)


def test_resolutions_in_meeting_and_agenda_order(db, meetings, tmp_path):
    wb = load_workbook(export(db, tmp_path / "m.xlsx"))
    assert wb.sheetnames == ["มติที่ประชุม", "งานที่ต้องติดตาม", "การเข้าประชุม"]
    ws = wb["มติที่ประชุม"]
    assert ws["A1"].value.startswith("มติที่ประชุม — ส่งออกเมื่อ ") and ws["A1"].font.b
    assert ws.freeze_panes == "A4" and ws.auto_filter.ref == f"A3:F{ws.max_row}"
    found = rows(ws)
    assert [r["ลำดับวาระ"] for r in found] == ["2", "4.1", "4.2.1", *(f"5.{n}" for n in range(1, 11)), "4.1"]
    assert [r["ครั้งที่"] for r in found] == ["1/2564"] * 13 + ["2/2564"]
    assert {r["คณะกรรมการ"] for r in found} == {"กขมอ."}
    water = found[1]
    assert water["เรื่อง"] == "เรื่องน้ำ" and water["มติที่ประชุม"] == WATER  # marks and line break as typed
    held = ws.cell(excel_sheet.HEADER_ROW + 1, 3)
    assert held.value == datetime(2021, 11, 5) and held.is_date and held.number_format == excel_sheet.DATE_FORMAT_TH
    formula = ws.cell(excel_sheet.HEADER_ROW + 3, 6)
    assert formula.value == "=SUM(A1)" and formula.data_type == "s" and formula.quotePrefix


def test_action_items_sheet(db, meetings, tmp_path):
    found = rows(load_workbook(export(db, tmp_path / "m.xlsx"))["งานที่ต้องติดตาม"])
    assert [r["งานที่มอบหมาย"] for r in found] == ["จัดกิจกรรม", "ส่งรายงาน"]
    first, done = found
    assert first["ลำดับวาระ"] == "4.1" and first["เรื่อง"] == "เรื่องน้ำ" and first["หน่วยงานที่รับผิดชอบ"] == "depa"
    assert first["กำหนดเสร็จ"] == datetime(2022, 1, 31) and first["สถานะ"] == "อยู่ระหว่างดำเนินการ"
    assert first["เกินกำหนด (วัน)"] == (date.today() - date(2022, 1, 31)).days  # open and past due
    assert done["สถานะ"] == "ดำเนินการแล้วเสร็จ" and done["วันที่แล้วเสร็จ/ยกเลิก"] == datetime(2021, 12, 1)
    assert done["เกินกำหนด (วัน)"] is None


def test_attendance_sheet(db, meetings, tmp_path):
    found = rows(load_workbook(export(db, tmp_path / "m.xlsx", meeting_ids=[meetings["first"]]))["การเข้าประชุม"])
    by_name = {r["ชื่อ-นามสกุล"]: r for r in found}
    assert list(by_name) == ["นายประธาน ทดสอบ", "ผู้แทนสำนักงบประมาณ", "นางสาวกรรมการ ไม่มา", "นายยังไม่ บันทึก",
                             "นายผู้ร่วม ประชุม"]
    chair = by_name["นายประธาน ทดสอบ"]
    assert chair["ตำแหน่งในคณะกรรมการ"] == "ประธาน" and chair["ตำแหน่ง"] == "รองนายกรัฐมนตรี"
    assert chair["การมาประชุม"] == "มาประชุม"
    seat = by_name["ผู้แทนสำนักงบประมาณ"]
    assert (seat["การมาประชุม"], seat["ผู้มาประชุมแทน"], seat["ตำแหน่งผู้มาประชุมแทน"]) == \
        ("มีผู้มาประชุมแทน", "นางแทน ทดสอบ", "ผอ.")
    assert by_name["นางสาวกรรมการ ไม่มา"]["เหตุที่ไม่มาประชุม"] == "ติดราชการ"
    assert by_name["นายยังไม่ บันทึก"]["การมาประชุม"] == "ยังไม่บันทึก"
    guest = by_name["นายผู้ร่วม ประชุม"]
    assert guest["การมาประชุม"] == "ผู้เข้าร่วมประชุม" and guest["ตำแหน่ง"] == "นักวิเคราะห์ depa"


def test_only_the_chosen_meetings(db, meetings, tmp_path):
    wb = load_workbook(export(db, tmp_path / "m.xlsx", meeting_ids=[meetings["later"], 999999]))
    assert [r["เรื่อง"] for r in rows(wb["มติที่ประชุม"])] == ["ครั้งหลัง"]
    assert rows(wb["งานที่ต้องติดตาม"]) == []
    assert {r["ครั้งที่"] for r in rows(wb["การเข้าประชุม"])} == {"2/2564"}
    assert wb["งานที่ต้องติดตาม"]["A2"].value == "จำนวน 0 รายการ"


def test_export_actions_in_the_given_order_in_english(db, meetings, tmp_path):
    calls = []
    with db.session() as s:
        path = excel_meetings.export_actions(s, tmp_path / "a.xlsx", ids=[meetings["done"], 999, meetings["open"]],
                                             lang="en", progress=lambda d, t: calls.append((d, t)))
    ws = load_workbook(path).active
    assert ws.title == "Action items" and "exported on" in ws["A1"].value
    found = rows(ws)
    assert [r["Assigned work"] for r in found] == ["ส่งรายงาน", "จัดกิจกรรม"]
    assert found[0]["Status"] == "Done" and "Days overdue" in found[0]
    assert ws.cell(4, 3).number_format == excel_sheet.DATE_FORMAT_EN
    assert calls[-1] == (2, 2)
    with db.session() as s:  # no ids: every action item, in the pane's order
        ws = load_workbook(excel_meetings.export_actions(s, tmp_path / "all.xlsx")).active
    assert [r["งานที่มอบหมาย"] for r in rows(ws)] == ["จัดกิจกรรม", "ส่งรายงาน"]


def test_cancel_leaves_nothing(db, meetings, tmp_path):
    def cancel(done, total):
        raise KeyboardInterrupt

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(KeyboardInterrupt):
        export(db, out / "m.xlsx", progress=cancel)
    assert list(out.iterdir()) == []
