"""ThaiParagraph as a platypus Flowable: wrap, split across frames, and no Qt anywhere in app.pdf."""

from __future__ import annotations

import subprocess
import sys

from reportlab.lib.units import cm

from app.pdf import BODY, ThaiParagraph, ThaiStyle, single_leading
from tests.pdf.thai_samples import NEWS_PARAGRAPHS

WIDTH = 16 * cm


def test_wrap_reports_the_height_of_the_lines() -> None:
    paragraph = ThaiParagraph(NEWS_PARAGRAPHS[3])
    width, height = paragraph.wrap(WIDTH, 1000)
    assert width == WIDTH
    assert height == len(paragraph.lines) * single_leading(BODY, 16)
    assert single_leading(BODY, 16) == 16 * (850 + 447) / 1000


def test_split_keeps_the_same_lines() -> None:
    paragraph = ThaiParagraph(NEWS_PARAGRAPHS[5])
    paragraph.wrap(WIDTH, 1000)
    expected = [line.text for line in paragraph.lines]
    head, tail = paragraph.split(WIDTH, 3.5 * paragraph.style.line_pitch())
    head.wrap(WIDTH, 1000)
    tail.wrap(WIDTH, 1000)
    assert len(head.lines) == 3
    assert [line.text for line in head.lines + tail.lines] == expected
    assert tail.style.first_indent == 0 and tail.lines[0].x == 0
    assert head.getSpaceAfter() == 0 and tail.getSpaceBefore() == 0


def test_split_without_room_for_a_line_gives_nothing_and_a_short_paragraph_stays_whole() -> None:
    paragraph = ThaiParagraph(NEWS_PARAGRAPHS[0])
    assert paragraph.split(WIDTH, 10) == []
    assert paragraph.split(WIDTH, 1000) == [paragraph]


def test_style_spacing_and_explicit_leading() -> None:
    paragraph = ThaiParagraph("ที่ประชุมรับทราบ", ThaiStyle(leading=24, space_before=6, space_after=12))
    assert paragraph.wrap(WIDTH, 100) == (WIDTH, 24)
    assert (paragraph.getSpaceBefore(), paragraph.getSpaceAfter()) == (6, 12)


def test_app_pdf_does_not_import_qt() -> None:
    code = "import sys, app.pdf; app.pdf.register_fonts(); print(any(m.startswith('PySide6') for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"
