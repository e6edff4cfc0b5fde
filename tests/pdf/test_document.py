"""A 2-page A4 document of long Thai paragraphs (TH SarabunPSK 16 pt, margins 3 cm / 2 cm), parsed back."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate

from app.pdf import BOLD, ThaiParagraph, ThaiStyle, bold_size
from app.pdf.thai_wrap import NO_LINE_START, tokenize
from tests.pdf.poppler import bbox_words, count, ink, pdftotext, render, text_lines
from tests.pdf.thai_samples import CHECK_WORDS, NEWS_PARAGRAPHS

LEFT, RIGHT, TOP, BOTTOM = 3 * cm, 2 * cm, 2.5 * cm, 2 * cm
HEADING = ThaiStyle(font_name=BOLD, font_size=bold_size(16), first_indent=0, align="center", space_after=8)
PARAGRAPHS = (*NEWS_PARAGRAPHS, " ".join(CHECK_WORDS), *NEWS_PARAGRAPHS[1:])


@dataclass
class Document:
    path: Path
    story: list[ThaiParagraph]
    frame_width: float


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> Document:
    path = tmp_path_factory.mktemp("document") / "minutes.pdf"
    template = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP, bottomMargin=BOTTOM
    )
    story = [ThaiParagraph("รายงานการประชุมคณะกรรมการขับเคลื่อนการพัฒนาเมืองอัจฉริยะ", HEADING)]
    story += [ThaiParagraph(text) for text in PARAGRAPHS]
    template.build(list(story))
    return Document(path, story, template.width - 12)  # the frame's default 6 pt padding on each side


def all_lines(document: Document) -> list[str]:
    return [line.text for paragraph in document.story for line in paragraph.lines if line.text]


def test_the_document_has_two_a4_pages(document: Document) -> None:
    reader = pypdf.PdfReader(document.path)
    assert len(reader.pages) == 2
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [595, 842]


@pytest.mark.parametrize("options", [(), ("-layout",), ("-raw",)], ids=["plain", "layout", "raw"])
def test_pdftotext_gives_the_laid_out_lines(document: Document, options: tuple[str, ...]) -> None:
    assert text_lines(pdftotext(document.path, *options)) == all_lines(document)


def test_pypdf_gives_the_laid_out_lines(document: Document) -> None:
    reader = pypdf.PdfReader(document.path)
    assert text_lines("\n".join(page.extract_text() for page in reader.pages)) == all_lines(document)


def test_extracted_lines_rejoin_to_the_typed_paragraphs(document: Document) -> None:
    """Walking each paragraph: every extracted line continues it exactly, and between two lines the
    paragraph has only the spaces the breaker dropped (none at a break between two Thai words)."""
    extracted = iter(text_lines(pdftotext(document.path)))
    for paragraph in document.story:
        text, pos = paragraph.text, 0
        while pos < len(text):
            line = next(extracted)
            assert text.startswith(line, pos), (line, text[pos : pos + 40])
            pos += len(line)
            while pos < len(text) and text[pos] == " ":
                pos += 1
    assert next(extracted, None) is None


def test_a_paragraph_flows_across_the_page_break(document: Document) -> None:
    page_1, page_2 = (text_lines(page.extract_text()) for page in pypdf.PdfReader(document.path).pages)
    split = [p for p in document.story if page_1[-1] in [line.text for line in p.lines]][0]
    assert page_2[0] in [line.text for line in split.lines]


def test_every_line_fits_the_frame(document: Document) -> None:
    for paragraph in document.story:
        assert paragraph.width == pytest.approx(document.frame_width)
        assert all(line.x + line.width <= paragraph.width + 1e-6 for line in paragraph.lines)


def test_every_word_lies_within_the_margins(document: Document) -> None:
    words = bbox_words(document.path)
    assert {w.page for w in words} == {1, 2} and len(words) > 200
    for word in words:
        assert LEFT - 0.5 <= word.x_min and word.x_max <= A4[0] - RIGHT + 0.5, word


def test_lines_start_and_end_between_words(document: Document) -> None:
    for paragraph in document.story:
        bounds, pos = {0}, 0
        for token in tokenize(paragraph.text):
            pos += len(token)
            bounds.add(pos)
        for line in paragraph.lines:
            assert line.start in bounds and line.end in bounds, line.text
            assert line.text[0] not in NO_LINE_START


def test_pages_render_with_text_inside_the_margins(document: Document, tmp_path: Path) -> None:
    pages = render(document.path, tmp_path, 150)
    assert len(pages) == 2
    for page in pages:
        mask = ink(page)
        assert count(mask) > 0.01 * page.width * page.height
        left, top, right, bottom = mask.getbbox()
        assert left >= _px(LEFT - 2) and right <= page.width - _px(RIGHT - 2)
        assert top >= _px(TOP - 6)


def test_thai_digits_switch(tmp_path: Path) -> None:
    path = tmp_path / "digits.pdf"
    style = ThaiStyle(thai_digits=True)
    SimpleDocTemplate(str(path), pagesize=A4).build([ThaiParagraph("ครั้งที่ 1/2564 เวลา 10.00 น.", style)])
    assert text_lines(pdftotext(path)) == ["ครั้งที่ ๑/๒๕๖๔ เวลา ๑๐.๐๐ น."]


def _px(points: float, dpi: int = 150) -> int:
    return int(points / 72 * dpi)
