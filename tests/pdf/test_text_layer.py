"""The PDF text layer gives back exactly what was typed: pdftotext and pypdf, both fonts."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from reportlab.pdfgen.canvas import Canvas

from app.pdf import BODY, BOLD, bold_size, draw_thai, shape_thai
from tests.pdf.poppler import pdftotext, text_lines
from tests.pdf.thai_samples import CHECK_WORDS, RULE_CLUSTERS

WORDS = CHECK_WORDS + RULE_CLUSTERS


def write_words(path: Path, font_name: str, size: float) -> Path:
    canvas = Canvas(str(path))
    for k, word in enumerate(WORDS):
        draw_thai(canvas, 72, 780 - k * size * 1.6, word, font_name, size)
    canvas.save()
    return path


@pytest.fixture(scope="module", params=[(BODY, 16), (BOLD, bold_size(16))], ids=["sarabun", "laksaman-bold"])
def words_pdf(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    name, size = request.param
    return write_words(tmp_path_factory.mktemp("words") / f"{name}.pdf", name, size)


def test_the_words_are_drawn_with_positioned_variants() -> None:
    assert sum(shape_thai(word) != word for word in WORDS) >= 10


@pytest.mark.parametrize("options", [(), ("-raw",), ("-layout",)], ids=["plain", "raw", "layout"])
def test_pdftotext_returns_the_words_byte_for_byte(words_pdf: Path, options: tuple[str, ...]) -> None:
    assert text_lines(pdftotext(words_pdf, *options)) == list(WORDS)


def test_pypdf_returns_the_words_byte_for_byte(words_pdf: Path) -> None:
    text = pypdf.PdfReader(words_pdf).pages[0].extract_text()
    assert text_lines(text) == list(WORDS)
    assert [line.encode() for line in text_lines(text)] == [word.encode() for word in WORDS]


def test_sara_am_is_extracted_as_one_character(words_pdf: Path) -> None:
    text = pdftotext(words_pdf)
    assert "\u0e4d\u0e32" not in text
    assert "ดำเนินงาน" in text and "น้ำ" in text and "ป่ำ" in text
    assert not any("\uf700" <= ch <= "\uf8ff" for ch in text)


def test_text_layer_is_right_in_every_font_subset(tmp_path: Path) -> None:
    """More than 256 distinct characters make reportlab write several subsets, each with its CMap."""
    latin = "".join(chr(c) for c in [*range(0x21, 0x7F), *range(0xA1, 0x100)])
    thai = [*CHECK_WORDS, *RULE_CLUSTERS, "".join(chr(c) for c in range(0x0E01, 0x0E2F))]
    lines = [latin[k : k + 60] for k in range(0, len(latin), 60)] + thai
    path = tmp_path / "subsets.pdf"
    canvas = Canvas(str(path))
    for k, line in enumerate(lines):
        draw_thai(canvas, 40, 800 - 22 * k, line, BODY, 16)
    canvas.save()
    fonts = list(pypdf.PdfReader(path).pages[0]["/Resources"]["/Font"].values())
    assert len(fonts) >= 2
    assert text_lines(pdftotext(path, "-raw")) == lines
