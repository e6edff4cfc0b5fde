"""The finished form, parsed back: no placeholder, dotted lines for unknowns, protected phrases on one line,
Thai digits only where they belong, justified lines, hanging indents, headings kept with their text, every font
embedded; the same document as DOCX (python-docx) and the invitation letters."""

from __future__ import annotations

import re
import subprocess
from collections import defaultdict

import pytest
from docx import Document as ReadDocx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from pypdf import PdfReader

from app.core import migrate
from app.core.db import Database
from app.documents import docx_writer, invitation, minutes
from app.documents import official_pdf as pdf
from app.documents.blocks import DOTS, Numbered
from app.meetings import snapshot
from app.sample import demo as sample

FORBIDDEN = ("ตัวอย่าง", " - ", "None")


@pytest.fixture(scope="module")
def snap(tmp_path_factory):
    db = Database(tmp_path_factory.mktemp("form") / "sample.sqlite")
    migrate.upgrade(db)
    with db.session() as session:
        sample.fill(session)
    with db.session() as session:
        fetch = snapshot.session_fetch(session)
        yield snapshot.load(fetch, snapshot.find(fetch, "1/2564", "ขับเคลื่อนการพัฒนา"))
    db.dispose()


@pytest.fixture(scope="module")
def outputs(snap, tmp_path_factory):
    folder = tmp_path_factory.mktemp("out")
    paths = {}
    for name, doc in (("minutes", minutes.minutes(snap)), ("agenda", minutes.agenda_document(snap)),
                      ("invitations", invitation.invitations(snap))):
        paths[name] = folder / f"{name}.pdf"
        pdf.write(doc, paths[name])
        paths[name + "_docx"] = folder / f"{name}.docx"
        docx_writer.write(doc, paths[name + "_docx"])
    paths["thai"] = folder / "thai.pdf"
    pdf.write(minutes.minutes(snap), paths["thai"], thai_digits=True)
    paths["ragged"] = folder / "ragged.pdf"
    pdf.write(minutes.minutes(snap), paths["ragged"], justify=False)
    return paths


def text_of(path, *args) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], check=True, capture_output=True, text=True).stdout


def fonts_of(path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


@pytest.mark.parametrize("name", ["minutes", "agenda", "invitations", "thai"])
def test_every_font_is_embedded_with_a_text_map(outputs, name):
    fonts = fonts_of(outputs[name])
    assert fonts and all(row[-5:-2] == ["yes", "yes", "yes"] for row in fonts), fonts  # emb sub uni
    assert not any("Helvetica" in row[0] for row in fonts)


def test_pdfa_style_font_check(outputs):
    """Every font of every page is a subset TrueType program in the file with a ToUnicode map (PDF/A-1b 6.3)."""
    for page in PdfReader(outputs["minutes"]).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor and "/ToUnicode" in font
            assert re.fullmatch(r"/[A-Z]{6}\+\S+", font["/BaseFont"])


@pytest.mark.parametrize("name", ["minutes", "agenda", "invitations"])
def test_no_placeholder_and_the_sample_footer_on_every_page(outputs, name):
    pages = [p.extract_text() for p in PdfReader(outputs[name]).pages]
    for page in pages:
        assert not any(word in page for word in FORBIDDEN), page[:200]
        assert minutes.SAMPLE_FOOTER in page.replace("\n", " ")


def test_unknowns_print_as_the_forms_dotted_line(outputs):
    text = text_of(outputs["minutes"])
    assert "เลิกประชุมเวลา ............ น." in text  # the end time is not reported
    assert text.count(DOTS) >= 3  # the plan's resolution, the minute-taker and the checker


def test_protected_phrases_are_never_split(outputs):
    lines = text_of(outputs["agenda"]).splitlines() + text_of(outputs["minutes"]).splitlines()
    joined = "\n".join(lines)
    for phrase in ("(เพื่อทราบ)", "(เพื่อพิจารณา)", "ครั้งที่ 1/2564", "Week 2020", "ฉบับที่ 13"):
        assert phrase in joined, phrase


def test_thai_digits_only_for_the_documents_own_numbers(outputs):
    text = text_of(outputs["thai"])
    assert "ครั้งที่ ๑/๒๕๖๔" in text and "เริ่มประชุมเวลา ๑๐.๐๐ น." in text and "๑๕ ผู้พัฒนาเมือง" in text
    assert "Smart City Week 2020" in text.replace("\n", " ")  # a proper name keeps its digits
    assert "พระราม 4" in text and "ไทย 4.0" in text.replace("ประเทศไทย", "ไทย")


def lines_by_page(path) -> list[list[tuple[float, float, str]]]:
    """(xMin, xMax, text) of each line of each page, from pdftotext -bbox-layout."""
    xml = text_of(path, "-bbox-layout")
    pages = []
    for page in xml.split("<page ")[1:]:
        rows = []
        for line in re.findall(r'<line xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)".*?</line>', page, re.S):
            rows.append((float(line[0]), float(line[1])))
        words = [re.findall(r">([^<]*)</word>", block) for block in re.findall(r"<line .*?</line>", page, re.S)]
        pages.append([(a, b, " ".join(w)) for (a, b), w in zip(rows, words, strict=True)])
    return pages


def test_body_lines_reach_the_right_margin_unless_ragged(outputs):
    right = pdf.LEFT / 72 * 72 + pdf.FRAME_WIDTH
    justified = [b for page in lines_by_page(outputs["minutes"]) for a, b, _ in page if b > right - 1]
    ragged = [b for page in lines_by_page(outputs["ragged"]) for a, b, _ in page if b > right - 1]
    assert len(justified) > 2 * max(len(ragged), 1)


def test_numbered_items_hang_their_number(outputs):
    """The wrapped line of "4.5 การคัดเลือก 30 ตัวแทน…" starts under the text, not under the number."""
    for page in lines_by_page(outputs["minutes"]):
        for k, (x, _, text) in enumerate(page[:-1]):
            if text.startswith("4.5 "):
                number_width = page[k + 1][0] - x
                assert 10 < number_width < 40, (text, page[k + 1])
                return
    pytest.fail("item 4.5 not found")


def test_no_page_ends_with_a_heading_or_starts_with_a_lone_line(snap, tmp_path):
    doc = minutes.minutes(snap)
    doc.blocks = doc.blocks * 3  # long enough for several page breaks
    path = tmp_path / "long.pdf"
    pdf.write(doc, path)
    headings = {"มติที่ประชุม", "ผู้มาประชุม", "ผู้ไม่มาประชุม", "ผู้เข้าร่วมประชุม"}
    for page in lines_by_page(path)[:-1]:
        body = [t for _, _, t in page if t and not t.startswith("เอกสารจากฐานข้อมูล")]
        assert body[-1] not in headings and not body[-1].startswith("ระเบียบวาระที่"), body[-3:]


def test_docx_has_the_same_sections_fonts_and_alignment(outputs, snap):
    word = ReadDocx(outputs["minutes_docx"])
    text = "\n".join(p.text for p in word.paragraphs)
    expected = minutes.minutes(snap)
    for heading in ("รายงานการประชุมคณะกรรมการขับเคลื่อนการพัฒนาเมืองอัจฉริยะ", "ผู้มาประชุม",
                    "ระเบียบวาระที่ 4 เรื่องที่เสนอให้ที่ประชุมทราบ", "เลิกประชุมเวลา"):
        assert heading in text
    numbered = [b for b in expected.blocks if isinstance(b, Numbered)]
    assert all(f"{b.number}\t{b.title if hasattr(b, 'title') else b.text}" in text for b in numbered)
    fonts = word.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    assert fonts.find(qn("w:rFonts")).get(qn("w:cs")) == "TH SarabunPSK"  # the Thai (complex-script) font
    assert fonts.find(qn("w:rFonts")).get(qn("w:ascii")) == "TH SarabunPSK"
    assert fonts.find(qn("w:szCs")).get(qn("w:val")) == "32"  # 16 pt for Thai as well
    aligns = defaultdict(int)
    for p in word.paragraphs:
        aligns[p.alignment] += 1
    assert aligns[WD_ALIGN_PARAGRAPH.THAI_JUSTIFY] > 10
    listed = [p for p in word.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
    assert len(listed) == 15 and listed[0].text == "ภูเก็ตเมืองอัจฉริยะ"  # a real numbered list: 1) … 15)
    assert "ตัวอย่าง" not in text and minutes.SAMPLE_FOOTER in word.sections[0].footer.paragraphs[0].text


def test_invitations_one_letter_per_member_with_the_agenda(outputs, snap):
    text = text_of(outputs["invitations"])
    assert text.count("เรื่อง ขอเชิญประชุมคณะกรรมการขับเคลื่อนการพัฒนาเมืองอัจฉริยะ ครั้งที่ 1/2564") == len(snap.members)
    for member in snap.members:
        assert f"เรียน {member.name}" in text
    assert text.count("ระเบียบวาระการประชุมคณะกรรมการขับเคลื่อนการพัฒนาเมืองอัจฉริยะ") == len(snap.members)
    assert "วันศุกร์ที่ 5 พฤศจิกายน 2564 เวลา 10.00 น." in text.replace("\n", " ")
    assert "ขอแสดงความนับถือ" in text and "สิ่งที่ส่งมาด้วย" in text
    word = "\n".join(p.text for p in ReadDocx(outputs["invitations_docx"]).paragraphs)
    assert word.count("ขอเชิญประชุม") == len(snap.members)


def test_the_signatures_never_stand_alone_on_a_page(snap, tmp_path):
    """เลิกประชุมเวลา goes to the page of the signatures, whatever the length of the body before it."""
    for repeat in range(1, 7):
        doc = minutes.minutes(snap)
        doc.blocks = doc.blocks[:-2] * repeat + doc.blocks[-2:]
        path = tmp_path / f"r{repeat}.pdf"
        pdf.write(doc, path)
        pages = [p.extract_text() for p in PdfReader(path).pages]
        last = pages[-1]
        assert "ผู้จดรายงานการประชุม" in last and "เลิกประชุมเวลา" in last, repeat
