"""The user guide: built to PDF by a command, its sections in Thai (and English), a page per section."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

from app import __version__
from app.cli.main import main
from app.guide import pdf
from app.guide.content import SECTION_OF_PANE, SECTIONS
from tests.pdf.poppler import pdftotext

THAI_TITLES = ["เริ่มต้นใช้งาน", "เตรียมการประชุม", "บันทึกผู้เข้าประชุม", "พิมพ์และรับรองรายงานการประชุม",
               "ออกและตรวจสอบเกียรติบัตร", "นำเข้ารายชื่อจากจังหวัด", "ส่งออกข้อมูลให้หน่วยงาน"]


@pytest.fixture(scope="module")
def thai_guide(tmp_path_factory):
    path = tmp_path_factory.mktemp("guide") / "คู่มือ.pdf"
    assert main(["guide", "--pdf", str(path)]) == 0
    return path


def test_guide_command_writes_the_thai_sections(thai_guide):
    text = pdftotext(thai_guide)
    for title in THAI_TITLES:
        assert title in text, title
    assert "คู่มือการใช้งาน" in text


def test_each_section_starts_its_own_page_as_noted_beside_the_pdf(thai_guide):
    noted = json.loads(pdf.sidecar(thai_guide).read_text(encoding="utf-8"))
    assert noted["version"] == __version__ and set(noted["pages"]) == {s.key for s in SECTIONS}
    reader = PdfReader(thai_guide)
    for section in SECTIONS:
        page = noted["pages"][section.key]
        assert section.title.th in reader.pages[page - 1].extract_text(), section.key
    outline = [entry.title for entry in reader.outline]
    assert outline == [f"{n}. {s.title.th}" for n, s in enumerate(SECTIONS, 1)]
    assert pdf.read_pages(thai_guide) == noted["pages"]


def test_the_guide_shows_the_apps_own_screenshots(thai_guide):
    reader = PdfReader(thai_guide)
    images = sum(len(page.images) for page in reader.pages)
    assert images == sum(len(s.shots) for s in SECTIONS)


def test_english_guide_beside_it(tmp_path):
    path = tmp_path / "guide-en.pdf"
    assert main(["--lang", "en", "guide", "--pdf", str(path)]) == 0
    text = pdftotext(path)
    assert "Preparing a meeting" in text and "Issuing and verifying certificates" in text


def test_every_pane_has_a_section():
    from app.views.main_window import PANE_KEYS

    assert set(PANE_KEYS) <= set(SECTION_OF_PANE)
    assert set(SECTION_OF_PANE.values()) <= {s.key for s in SECTIONS}
