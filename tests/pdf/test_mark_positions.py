"""Image checks of mark positions: each glyph of a cluster is drawn on its own page, then the ink compared.

Drawing the glyphs of one cluster separately, at the pen positions they have in the line, shows
where marks collide with the base or with each other: the overlap of two glyphs' ink is counted
in the rendered pages (pdftoppm, 300 dpi). The shaped clusters must not collide; the unshaped ones
do, which shows the check can see the bug it guards against.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.pdf import BODY, BOLD, register_fonts, shape_thai
from tests.pdf.poppler import count, ink, render

SIZE = 60
PAGE = (200, 160)
MAX_TOUCH = 4  # anti-aliased pixels two glyphs may share at 300 dpi without touching visibly


def glyph_masks(tmp_path: Path, drawn: str, font_name: str = BODY) -> list[Image.Image]:
    """Ink of each code point of ``drawn`` (at its pen position), as 1-bit masks."""
    register_fonts()
    out = Path(tempfile.mkdtemp(dir=tmp_path))
    pdf = out / "glyphs.pdf"
    canvas = Canvas(str(pdf), pagesize=PAGE)
    x = 40.0
    for ch in drawn:
        canvas.setFont(font_name, SIZE)
        canvas.drawString(x, 50, ch)
        canvas.showPage()
        x += stringWidth(ch, font_name, SIZE)
    canvas.save()
    return [ink(page) for page in render(pdf, out, 300)]


def overlaps(masks: list[Image.Image]) -> dict[tuple[int, int], int]:
    """Ink overlap of every two glyphs, keyed by their indexes."""
    n = len(masks)
    return {(i, j): count(ImageChops.logical_and(masks[i], masks[j])) for i in range(n) for j in range(i + 1, n)}


def worst_overlap(masks: list[Image.Image], drawn: str = "", designed: frozenset[str] = frozenset()) -> int:
    """Largest ink overlap between two glyphs, leaving out the pairs (of ``drawn``) that touch by design."""
    pairs = overlaps(masks)
    return max((n for (i, j), n in pairs.items() if drawn[i : i + 1] + drawn[j : j + 1] not in designed), default=0)


def union(masks: list[Image.Image]) -> Image.Image:
    result = masks[0]
    for mask in masks[1:]:
        result = ImageChops.logical_or(result, mask)
    return result


SHAPED_CLUSTERS = ["ที่", "นี้", "ปั้น", "ผู้", "ใหญ่", "น้ำ", "ญี่", "ปุ่น", "ฐาน", "ฝั่ง", "ฟื้", "ฟู", "ปี", "ฐุ", "ญู", "ฎุ", "ป่ำ"]


# The left MAI HAN-AKAT's tail joins the ascender of ป ฝ ฟ by design (the font's own GSUB uses the
# same glyph); it is checked against the unshaped overlap instead.
DESIGNED_TOUCH = frozenset({"ป\uf710", "ฝ\uf710", "ฟ\uf710"})


@pytest.mark.parametrize("font_name", [BODY, BOLD])
@pytest.mark.parametrize("cluster", SHAPED_CLUSTERS)
def test_shaped_marks_do_not_collide(tmp_path: Path, cluster: str, font_name: str) -> None:
    drawn = shape_thai(cluster)
    assert worst_overlap(glyph_masks(tmp_path, drawn, font_name), drawn, DESIGNED_TOUCH) <= MAX_TOUCH


@pytest.mark.parametrize("font_name", [BODY, BOLD])
@pytest.mark.parametrize("cluster", ["ปั", "ฝั", "ฟั"])
def test_mai_han_akat_after_a_tall_consonant_moves_off_the_ascender(tmp_path: Path, cluster: str, font_name: str):
    shaped = worst_overlap(glyph_masks(tmp_path, shape_thai(cluster), font_name))
    plain = worst_overlap(glyph_masks(tmp_path, cluster, font_name))
    assert shaped <= 0.6 * plain


@pytest.mark.parametrize("cluster", ["ปี", "ปั้น", "ฟื้", "ฎุ", "ฐุ"])
def test_unshaped_marks_collide(tmp_path: Path, cluster: str) -> None:
    """Without positioning, marks run into ascenders and descenders (what the shaping prevents)."""
    assert worst_overlap(glyph_masks(tmp_path, cluster)) > 10 * MAX_TOUCH


def test_tone_shifted_down_onto_an_upper_vowel_would_collide(tmp_path: Path) -> None:
    """The classic bug, a tone drawn on top of SARA II: the shifted-down MAI EK after ที hits the vowel."""
    assert worst_overlap(glyph_masks(tmp_path, "ที\uf70a")) > 10 * MAX_TOUCH
    assert worst_overlap(glyph_masks(tmp_path, shape_thai("ที่"))) <= MAX_TOUCH


def test_tone_stands_above_the_upper_vowel(tmp_path: Path) -> None:
    """ที่ is taller than ที by about the tone's height: the tone is stacked, not drawn into the vowel."""
    vowel_top = union(glyph_masks(tmp_path, shape_thai("ที"))).getbbox()[1]
    tone_top = union(glyph_masks(tmp_path, shape_thai("ที่"))).getbbox()[1]
    tone_box = glyph_masks(tmp_path, "่")[0].getbbox()
    assert vowel_top - tone_top >= 0.8 * (tone_box[3] - tone_box[1])


def test_tone_without_upper_vowel_sits_lower(tmp_path: Path) -> None:
    """น่ shaped: the tone comes down close to the consonant (unshaped it floats at upper-vowel height)."""
    base, tone = glyph_masks(tmp_path, shape_thai("น่"))
    _, plain_tone = glyph_masks(tmp_path, "น่")
    gap_shaped = base.getbbox()[1] - tone.getbbox()[3]
    gap_plain = base.getbbox()[1] - plain_tone.getbbox()[3]
    assert 0 < gap_shaped < gap_plain / 2
