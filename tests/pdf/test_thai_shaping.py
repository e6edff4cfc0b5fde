"""The PUA mark selection follows HarfBuzz's Thai fallback tables, and can be undone exactly."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.pdf import thai_shaping
from app.pdf.fonts import BODY, BOLD, LAKSAMAN, ThaiTTFont, get_font, register_fonts, to_unicode_cmap
from app.pdf.thai_shaping import TO_UNICODE, shape_thai, unshape_thai
from tests.pdf.thai_samples import CHECK_WORDS, RULE_CLUSTERS

# Expected code points, worked out by hand from hb-ot-shaper-thai.cc (do_thai_pua_shaping).
HARFBUZZ_CASES = [
    ("ที่", "ที่"),  # T0 -AV-> T3: a tone over an upper vowel keeps the (high) default glyph
    ("นี้", "นี้"),
    ("น่", "น\uf70a"),  # T0 -T-> SD: no upper vowel, tone shifted down
    ("ผู้", "ผู\uf70b"),  # a lower vowel does not change the above state
    ("ปี", "ป\uf702"),  # T1 -AV-> SL: upper vowel left of the ascender
    ("ปั้น", "ป\uf710\uf714น"),  # T1 -AV-> T2 -T-> SL
    ("ป่", "ป\uf705"),  # T1 -T-> SDL
    ("ปุ่", "ปุ\uf705"),
    ("ฟื้นฟู", "ฟ\uf704\uf714นฟู"),
    ("ฝั่ง", "ฝ\uf710\uf713ง"),
    ("ญี่ปุ่น", "ญี่ปุ\uf705น"),
    ("ฐุ", "\uf700ุ"),  # B1 -BV-> RD: ฐ loses its descender
    ("กตัญญู", "กตัญ\uf70fู"),
    ("ฐาน", "ฐาน"),
    ("ฎุ", "ฎ\uf718"),  # B2 -BV-> SD: lower vowel shifted below the descender
    ("ฏู", "ฏ\uf719"),
    ("ฬี", "ฬี"),  # HarfBuzz does not count ฬ as tall
    ("น้ำ", "น้ำ"),  # tone before SARA AM: NIKHAHIT comes first, so the tone stays high
    ("ค่ำ", "ค่ำ"),
    ("ดำเนินงาน", "ดำเนินงาน"),
    ("ปำ", "ป\uf7f0\uf7f1"),  # SARA AM after a tall consonant: left NIKHAHIT + SARA AA aliases
    ("ป่ำ", "ป\uf713\uf7f0\uf7f1"),
    ("ุ", "\uf718"),  # a mark without base (B2 start state)
]


@pytest.mark.parametrize(("text", "expected"), HARFBUZZ_CASES)
def test_shape_follows_harfbuzz_pua_tables(text: str, expected: str) -> None:
    assert shape_thai(text) == expected


def test_mai_ek_after_sara_ii_is_not_shifted_down() -> None:
    """The classic bug is a tone drawn into the upper vowel; here the default tone already sits above it."""
    shaped = shape_thai("ที่")
    assert shaped[2] == "\u0e48"
    assert shape_thai("ท่")[1] == "\uf70a"


def test_a_variant_missing_from_the_font_is_not_used() -> None:
    assert shape_thai("น่", available={ord("น"), 0x0E48}) == "น่"


@pytest.mark.parametrize("word", CHECK_WORDS + RULE_CLUSTERS)
def test_unshape_gives_the_typed_text_back(word: str) -> None:
    assert unshape_thai(shape_thai(word)) == word


THAI = st.sampled_from([chr(c) for c in range(0x0E01, 0x0E5C) if chr(c).isprintable()] + [" ", "a", "1"])


@given(st.text(THAI, max_size=40))
def test_unshape_inverts_shape_for_any_thai(text: str) -> None:
    assert unshape_thai(shape_thai(text)) == text


def test_every_variant_maps_to_a_glyph_in_every_font() -> None:
    for name in (BODY, BOLD, LAKSAMAN):
        glyphs = get_font(name).face.charToGlyph
        assert all(code in glyphs for code in TO_UNICODE), name


def test_register_fonts_is_idempotent() -> None:
    register_fonts()
    first = get_font(BODY)
    register_fonts()
    assert get_font(BODY) is first
    assert isinstance(first, ThaiTTFont)
    assert not first.shapable


@pytest.mark.parametrize("name", [BODY, BOLD])
def test_variants_have_the_advance_of_the_plain_letters(name: str) -> None:
    """Marks and their variants have zero advance; only ญ ฐ without descender may be narrower."""
    for code in range(0xF700, 0xF71B):
        plain = TO_UNICODE[code]
        width, plain_width = stringWidth(chr(code), name, 16), stringWidth(plain, name, 16)
        if plain in ("ญ", "ฐ"):
            assert 0 < width <= plain_width
        else:
            assert width == plain_width == 0, hex(code)


@pytest.mark.parametrize("name", [BODY, BOLD])
def test_split_sara_am_is_as_wide_as_sara_am(name: str) -> None:
    assert stringWidth(shape_thai("ปำ"), name, 16) == stringWidth("ปำ", name, 16)


def test_to_unicode_cmap_maps_variants_back() -> None:
    cmap = to_unicode_cmap("AAAAAA+Test", [0, 0x0E19, 0xF70A, 0xF7F0, 0xF7F1])
    assert "<01> <0E19>" in cmap
    assert "<02> <0E48>" in cmap
    assert "<03> <0E33>" in cmap
    assert "<04> <>" in cmap


def _shape_cluster_by_cluster(text: str, available) -> str:
    """The shaping as it was written first: every cluster of ``_cluster_end`` shaped in turn."""
    out, start = [], 0
    while start < len(text):
        end = thai_shaping._cluster_end(text, start)
        out.append("".join(thai_shaping._shape_cluster(text[start:end], available)))
        start = end
    return "".join(out)


@given(st.text(st.one_of(THAI, st.sampled_from("\n.(b")), max_size=40))
def test_shaping_only_the_clusters_with_marks_changes_nothing(text: str) -> None:
    for available in (None, get_font(BODY).face.charToGlyph, get_font(BOLD).face.charToGlyph):
        assert shape_thai(text, available) == _shape_cluster_by_cluster(text, available)
