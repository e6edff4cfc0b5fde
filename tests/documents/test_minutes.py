"""Minutes and agenda PDFs of the sample meeting 1/2564, parsed back and checked against the official form."""

from __future__ import annotations

import re
import subprocess
from datetime import time

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.core import migrate
from app.core.db import Database
from app.core.errors import UserError
from app.documents import minutes
from app.documents import official_pdf as pdf
from app.documents.blocks import Label, People
from app.meetings import attendance, committees, snapshot
from app.meetings.find import find_meeting
from app.models import Meeting
from app.sample import demo as sample

A4_WIDTH_PT = 595.28
LEFT_PT, RIGHT_PT = 3 / 2.54 * 72, 2 / 2.54 * 72
NO_LINE_START = set("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"
                    "\u0e30\u0e32\u0e33\u0e45")
SECTIONS_IN_ORDER = ["รายงานการประชุม", "ครั้งที่ 1/2564", "เมื่อวันศุกร์ที่ 5 พฤศจิกายน 2564", "ผู้มาประชุม",
                     "ผู้ไม่มาประชุม", "ผู้เข้าร่วมประชุม", "เริ่มประชุมเวลา 10.00 น.",
                     "ระเบียบวาระที่ 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", "ระเบียบวาระที่ 2 เรื่องรับรองรายงานการประชุม",
                     "ระเบียบวาระที่ 3 เรื่องสืบเนื่องจากการประชุมครั้งก่อน", "ระเบียบวาระที่ 4 เรื่องที่เสนอให้ที่ประชุมทราบ",
                     "ระเบียบวาระที่ 5 เรื่องที่เสนอให้ที่ประชุมพิจารณา", "ระเบียบวาระที่ 6 เรื่องอื่น ๆ (ถ้ามี)",
                     "เลิกประชุมเวลา", "ผู้จดรายงานการประชุม"]
FORBIDDEN = ["บันทึกการประชุม", "ผู้ที่ไม่เข้าประชุม", "เปิดประชุมเวลา", "ปิดประชุมเวลา", "ผู้บันทึกรายงานการประชุม"]


def snap(session, meeting_id):
    return snapshot.load(snapshot.session_fetch(session), meeting_id)


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory):
    db = Database(tmp_path_factory.mktemp("minutes") / "sample.sqlite")
    migrate.upgrade(db)
    with db.session() as session:
        sample.fill(session)
    yield db
    db.dispose()


@pytest.fixture(scope="module")
def meeting_id(sample_db):
    with sample_db.session() as session:
        return find_meeting(session, "1/2564", "ขับเคลื่อนการพัฒนาเมืองอัจฉริยะ").id


@pytest.fixture(scope="module")
def minutes_pdf(sample_db, meeting_id, tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "minutes.pdf"
    with sample_db.session() as session:
        pdf.render(minutes.minutes(snap(session, meeting_id)), path)
    return path


def pdftotext(path, *args) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], check=True, capture_output=True, text=True).stdout


def test_sections_come_in_the_official_order(minutes_pdf):
    text = pdftotext(minutes_pdf)
    positions = [text.find(s) for s in SECTIONS_IN_ORDER]
    assert all(p >= 0 for p in positions), [s for s, p in zip(SECTIONS_IN_ORDER, positions, strict=True) if p < 0]
    assert positions == sorted(positions)
    for word in FORBIDDEN:
        assert word not in text


def test_pypdf_reads_the_same_words(minutes_pdf):
    text = "".join(page.extract_text() for page in PdfReader(minutes_pdf).pages)
    for word in ("ที่ประชุมรับทราบ", "ดำเนินงาน", "ผู้มาประชุม", "เมื่อวันศุกร์ที่ 5 พฤศจิกายน 2564", "น.",
                 "ขอนแก่นเมืองอัจฉริยะ", "มอบหมาย"):
        assert word in text, word


def test_pages_after_the_first_are_numbered_in_thai_digits(minutes_pdf):
    pages = [page.extract_text() for page in PdfReader(minutes_pdf).pages]
    assert len(pages) >= 2
    assert not pages[0].startswith("-")
    for n, page in enumerate(pages[1:], start=2):
        assert page.startswith(f"- {'๐๑๒๓๔๕๖๗๘๙'[n]} -\n") if n < 10 else page.startswith("- ")


def test_every_word_lies_inside_the_margins(minutes_pdf):
    bbox = pdftotext(minutes_pdf, "-bbox")
    words = re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"', bbox)
    assert len(words) > 200
    for x_min, x_max in words:
        assert float(x_min) >= LEFT_PT - 1 and float(x_max) <= A4_WIDTH_PT - RIGHT_PT + 1


def test_no_laid_out_line_starts_with_a_mark_or_following_vowel(sample_db, meeting_id):
    with sample_db.session() as session:
        document = minutes.minutes(snap(session, meeting_id))
    story = pdf.flowables(document, pdf.Styles(False))
    checked = 0
    for flowable in story:
        if hasattr(flowable, "layout"):
            for line in flowable.layout(pdf.FRAME_WIDTH):
                assert line.text[:1] not in NO_LINE_START, line.text
                assert line.x + line.width <= pdf.FRAME_WIDTH + 0.01
                checked += 1
    assert checked > 50


def test_substitutes_absences_and_guests_are_printed_in_their_sections(sample_db, meeting_id):
    with sample_db.session() as session:
        meeting = session.get(Meeting, meeting_id)
        for seat, status in (("ผู้แทนสำนักงบประมาณ", "substitute"), ("ผู้แทนกระทรวงมหาดไทย", "absent")):
            member = committees.add_member(session, meeting.committee_id, {"position": "member",
                                                                           "ex_officio_office": seat})
            values = {"member_id": member.id, "status": status}
            values.update(substitute_name="นางสาวกานดา สมมุตินาม", substitute_position="ผู้อำนวยการส่วน"
                          ) if status == "substitute" else values.update(absence_reason="(เนื่องจากติดราชการ)")
            attendance.set_attendance(session, meeting_id, values)
        session.flush()
        document = minutes.minutes(snap(session, meeting_id))
        session.rollback()
    labels = [b.text for b in document.blocks if isinstance(b, Label)]
    people = [b for b in document.blocks if isinstance(b, People)]
    assert labels[:3] == ["ผู้มาประชุม", "ผู้ไม่มาประชุม", "ผู้เข้าร่วมประชุม"]
    present = [p.name for p in people[0].rows]
    assert present[0].startswith("พลเอกประวิตร วงษ์สุวรรณ")
    assert any("\nแทน " in name for name in present)  # มาประชุมแทน
    assert people[1].rows[0].note == "ติดราชการ" and people[1].rows[0].role == "กรรมการ"  # as the form writes it


def test_thai_digits_switch(sample_db, meeting_id, tmp_path):
    path = tmp_path / "thai.pdf"
    with sample_db.session() as session:
        pdf.render(minutes.minutes(snap(session, meeting_id)), path, thai_digits=True)
    text = pdftotext(path)
    assert "ครั้งที่ ๑/๒๕๖๔" in text and "เมื่อวันศุกร์ที่ ๕ พฤศจิกายน ๒๕๖๔" in text
    assert "เริ่มประชุมเวลา ๑๐.๐๐ น." in text


def test_the_next_meeting_names_the_previous_and_carries_open_follow_ups(sample_db, meeting_id):
    from app.meetings import meetings as meeting_service

    with sample_db.session() as session:
        first = session.get(Meeting, meeting_id)
        nxt = meeting_service.create_meeting(session, {
            "committee_id": first.committee_id, "held_on": "20/1/2565", "mode": "onsite",
            "place": "ห้องประชุม 1 สำนักงานส่งเสริมเศรษฐกิจดิจิทัล", "start_time": time(13, 30),
            "recording_style": "summary"})
        session.flush()
        document = minutes.agenda_document(snap(session, nxt.id))
        text = document.text()
        session.rollback()
    assert "ครั้งที่ 1/2565" in text
    assert "รับรองรายงานการประชุม ครั้งที่ 1/2564 เมื่อวันศุกร์ที่ 5 พฤศจิกายน 2564" in text
    follow = text.split("ระเบียบวาระที่ 3 ")[1].split("\nระเบียบวาระที่ 4 ")[0]
    assert "depa" in follow.lower() and "ไม่มี" not in follow
    assert "ณ ห้องประชุม 1 สำนักงานส่งเสริมเศรษฐกิจดิจิทัล" in text


def test_unknown_or_ambiguous_meeting_numbers_are_clear_messages(sample_db):
    with sample_db.session() as session, pytest.raises(UserError) as missing:
        find_meeting(session, "9/2564")
    assert missing.value.message() == "ไม่พบการประชุมครั้งที่ 9/2564"
    with sample_db.session() as session, pytest.raises(UserError) as bad:
        find_meeting(session, "ครั้งแรก")
    assert "เช่น 1/2564" in bad.value.message()


def test_agenda_lists_items_with_their_type_and_documents(sample_db, meeting_id):
    with sample_db.session() as session:
        text = minutes.agenda_document(snap(session, meeting_id)).text()
        assert session.scalar(select(Meeting.id).where(Meeting.id == meeting_id))
    assert text.startswith("ระเบียบวาระการประชุมคณะกรรมการขับเคลื่อนการพัฒนาเมืองอัจฉริยะ")
    assert "(เพื่อพิจารณา)" in text and "(เพื่อทราบ)" in text
    assert "มติที่ประชุม" not in text  # the agenda goes out before the meeting
