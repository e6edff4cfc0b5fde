"""The Meetings pane and the meeting window, driven as a secretary would."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from app.meetings import agenda
from app.models import AgendaItem, Meeting
from app.views.meetings.action_dialog import NewActionDialog
from app.views.meetings.meetings_pane import MeetingsPane
from app.views.meetings.new_meeting_dialog import NewMeetingDialog
from tests.views.conftest import press_cancel, press_ok


@pytest.fixture
def pane(qtbot, db):
    widget = MeetingsPane(db)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=10000):
        widget.reload()
    widget.errors = []
    widget.notify_error = widget.errors.append
    return widget


def meeting_id(db, label="1/2564"):
    number, year = map(int, label.split("/"))
    with db.session() as session:
        return session.query(Meeting).filter_by(number=number, year_be=year).one().id


def test_pane_lists_the_committees_meetings(pane):
    assert pane.committee.currentText() == "คณะกรรมการขับเคลื่อนการพัฒนาเมืองอัจฉริยะ"
    assert pane.table.rowCount() == 1
    assert pane.table.item(0, 0).text() == "1/2564"
    assert pane.table.item(0, 1).text() == "5 พฤศจิกายน 2564"
    assert pane.table.item(0, 2).text() == "10.00"


def shown_dialog(kind: type):
    """The dialog of that kind a command has just opened."""
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_new_meeting_gets_the_next_number_and_the_standard_agenda(qtbot, db, pane):
    pane.add_action.trigger()
    dialog = shown_dialog(NewMeetingDialog)
    dialog.editors["held_on"].set_value("20/12/2564")
    assert dialog.editors["number"].value() == "2" and dialog.editors["year_be"].value() == "2564"
    dialog.editors["held_on"].set_value("14/1/2565")  # a new calendar year starts the count again
    assert dialog.editors["number"].value() == "1" and dialog.editors["year_be"].value() == "2565"
    dialog.editors["start_time"].set_value("13.30")
    dialog.editors["place"].set_value("ห้องประชุม 1 สำนักงานส่งเสริมเศรษฐกิจดิจิทัล")
    with qtbot.waitSignal(pane.meeting_opened, timeout=10000) as opened:
        press_ok(qtbot, dialog)
    window = opened.args[0]
    qtbot.addWidget(window)
    titles = [window.agenda.tree.topLevelItem(i).text(0) for i in range(window.agenda.tree.topLevelItemCount())]
    assert titles[0] == "ระเบียบวาระที่ 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ"
    assert titles[5] == "ระเบียบวาระที่ 6 เรื่องอื่น ๆ (ถ้ามี)"
    window.tabs.setCurrentWidget(window.preview)
    text = window.preview.toPlainText()
    assert "รับรองรายงานการประชุม ครั้งที่ 1/2564 เมื่อวันศุกร์ที่ 5 พฤศจิกายน 2564" in text
    follow = text.split("ระเบียบวาระที่ 3")[1].split("\nระเบียบวาระที่ 4 ")[0]
    assert "depa" in follow.lower()


def test_duplicate_number_is_refused_beside_the_field(qtbot, db, pane):
    pane.add_action.trigger()
    dialog = shown_dialog(NewMeetingDialog)
    dialog.editors["held_on"].set_value("20/12/2564")
    dialog.editors["number"].set_value("1")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.fields.errors["number"].isVisible()
    press_cancel(qtbot, dialog)


def test_agenda_items_are_added_edited_and_renumbered_when_moved(qtbot, db, pane):
    window = pane.open_meeting(meeting_id(db))
    qtbot.addWidget(window)
    tab = window.agenda
    tree = tab.tree
    section4 = tree.topLevelItem(3)
    assert section4.childCount() == 6
    tree.setCurrentItem(section4.child(5))
    click(qtbot, tab.add_button)
    new_id = tab.current_id
    tab.editor.editors["title"].setText("รายงานความก้าวหน้าการจัดทำแผนงานบูรณาการ")
    tab.editor.editors["resolution"].set_value("ที่ประชุมรับทราบ")
    click(qtbot, tab.save_button)
    assert tab.banner.isHidden()
    assert tree.currentItem().text(0) == "4.7 รายงานความก้าวหน้าการจัดทำแผนงานบูรณาการ"
    # drag 4.7 to the top of section 4: Qt moves the tree item, then dropEvent reports where it landed
    section4 = tree.topLevelItem(3)
    dragged = section4.takeChild(6)
    section4.insertChild(0, dragged)
    tree.report_position(dragged)
    with db.session() as session:
        assert agenda.item_number(session, new_id) == "4.1"
        numbers = agenda.numbers(session, meeting_id(db))
    assert sorted(n for n in numbers.values() if n.startswith("4."))[-1] == "4.7"
    assert tree.currentItem().text(0).startswith("4.1 รายงานความก้าวหน้า")


def test_a_section_cannot_be_moved_or_deleted(qtbot, db, pane):
    window = pane.open_meeting(meeting_id(db))
    qtbot.addWidget(window)
    tab = window.agenda
    tab.errors = []
    tab.notify_error = tab.errors.append
    first = tab.tree.topLevelItem(0)
    assert not first.flags() & Qt.ItemFlag.ItemIsDragEnabled
    tab.tree.setCurrentItem(first)
    assert not tab.delete_button.isEnabled()
    child = first.child(0)
    assert not tab.move(child.data(0, Qt.ItemDataRole.UserRole + 1), None, 2)
    assert tab.errors and tab.errors[0].message() == "เรื่องต้องอยู่ภายใต้ระเบียบวาระใดวาระหนึ่ง"


def test_an_empty_title_is_refused_and_kept(qtbot, db, pane):
    window = pane.open_meeting(meeting_id(db))
    qtbot.addWidget(window)
    tab = window.agenda
    tab.tree.setCurrentItem(tab.tree.topLevelItem(3).child(0))
    tab.editor.editors["title"].setText("")
    click(qtbot, tab.save_button)
    assert tab.editor.errors["title"].text() == "กรุณากรอกเรื่อง"
    with db.session() as session:
        assert session.get(AgendaItem, tab.current_id).title.startswith("ผลการดำเนินงาน")


def test_meeting_details_and_state(qtbot, db, pane):
    window = pane.open_meeting(meeting_id(db))
    qtbot.addWidget(window)
    window.errors = []
    window.notify_error = window.attendance.notify_error = window.errors.append
    assert "ตรวจรายงานการประชุมแล้ว" in window.state_label.text()
    window.details.editors["end_time"].set_value("12.30")
    click(qtbot, window.save_button)
    with db.session() as session:
        assert session.get(Meeting, meeting_id(db)).end_time.strftime("%H.%M") == "12.30"
    assert window.change_state("certified")
    assert "รับรองรายงานการประชุมแล้ว" in window.state_label.text()
    assert not window.certify_button.isEnabled()


def test_export_writes_the_minutes_pdf_off_the_gui_thread(qtbot, db, pane, tmp_path):
    target = tmp_path / "minutes.pdf"
    pane.ask_pdf_path = lambda suggested, fmt="pdf": str(target)
    with qtbot.waitSignal(pane.exported, timeout=30000):
        pane.minutes_action.trigger()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert text.startswith("รายงานการประชุมคณะกรรมการขับเคลื่อนการพัฒนาเมืองอัจฉริยะ")


def test_word_entry_beside_pdf_writes_the_agenda_docx(qtbot, db, pane, tmp_path):
    from docx import Document as ReadDocx

    target = tmp_path / "agenda.docx"
    asked = []
    pane.ask_pdf_path = lambda suggested, fmt="pdf": asked.append((suggested, fmt)) or str(target)
    with qtbot.waitSignal(pane.exported, timeout=30000):
        pane.agenda_docx_action.trigger()
    assert asked[0][1] == "docx" and asked[0][0].endswith(".docx")
    text = "\n".join(p.text for p in ReadDocx(target).paragraphs)
    assert text.startswith("ระเบียบวาระการประชุมคณะกรรมการขับเคลื่อนการพัฒนาเมืองอัจฉริยะ")


def test_the_meeting_window_writes_the_invitation_letters(qtbot, db, pane, tmp_path):
    window = pane.open_meeting(meeting_id(db))
    qtbot.addWidget(window)
    menu = window.documents_button.menu()
    assert [a.objectName() for a in menu.actions() if a.objectName()] == [
        "minutes_pdf", "minutes_docx", "agenda_pdf", "agenda_docx", "invitations_pdf", "invitations_docx"]
    target = tmp_path / "letters.pdf"
    menu.ask_path = lambda suggested, fmt: str(target)
    with qtbot.waitSignal(menu.exported, timeout=30000):
        menu.findChild(QAction, "invitations_pdf").trigger()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert text.count("ขอเชิญประชุมคณะกรรมการขับเคลื่อนการพัฒนาเมืองอัจฉริยะ ครั้งที่ 1/2564") == 8


def test_an_agency_both_member_and_guest_is_warned_about(qtbot, db, pane):
    window = pane.open_meeting(meeting_id(db))
    qtbot.addWidget(window)
    window.show()
    assert window.overlap_banner.isVisible()  # the fixture's TSCO seat and the TSCO representative as a guest
    assert "สำนักงานเมืองอัจฉริยะประเทศไทย" in window.overlap_banner.text()


def test_a_resolution_assigns_work_that_the_next_meeting_follows_up(qtbot, db, pane):
    from app.meetings import actions

    window = pane.open_meeting(meeting_id(db))
    qtbot.addWidget(window)
    tab = window.agenda
    tab.tree.setCurrentItem(tab.tree.topLevelItem(4).child(0))  # 5.1 the integrated plan
    before = tab.actions.rowCount()
    click(qtbot, tab.add_action_button)
    dialog = shown_dialog(NewActionDialog)
    press_ok(qtbot, dialog)  # nothing typed: refused beside the fields
    assert dialog.isVisible() and dialog.fields.errors["agency"].text().startswith("กรุณากรอก")
    dialog.editors["description"].setText("เสนอ (ร่าง) แผนงานบูรณาการฯ ต่อคณะรัฐมนตรี")
    dialog.editors["agency"].setText("สำนักงานส่งเสริมเศรษฐกิจดิจิทัล")
    dialog.editors["due_on"].set_value("31/1/2565")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert tab.actions.rowCount() == before + 1
    assert tab.actions.item(before, 2).text() == "31 ม.ค. 2565"
    with db.session() as session:
        item_id = tab.current_id
        assert [a.agency for a in actions.actions_of(session, item_id)][-1] == "สำนักงานส่งเสริมเศรษฐกิจดิจิทัล"
    tab.confirm = lambda *a: True
    tab.actions.selectRow(before)
    assert tab.remove_action()
    assert tab.actions.rowCount() == before
