"""Line breaking at Thai word boundaries: unit cases and a property test."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pythainlp.corpus import thai_words
from pythainlp.tokenize import word_tokenize
from pythainlp.util import Trie
from reportlab.lib.units import cm

from app.pdf import BODY, BOLD, bold_size, break_lines, text_width, thai_wrap
from app.pdf.thai_wrap import NO_LINE_START, Line, add_words, is_break_space, tokenize
from tests.pdf.thai_samples import NEWS_PARAGRAPHS

FRAME = 16 * cm  # A4 minus 3 cm left and 2 cm right margins


def rejoin(text: str, lines: list[Line]) -> str:
    """The lines joined with the text between them, which must be whitespace only."""
    out = text[: lines[0].start]
    for line, following in zip(lines, lines[1:] + [None], strict=True):
        assert text[line.start : line.end] == line.text
        gap = text[line.end : following.start if following else len(text)]
        assert all(is_break_space(ch) or ch == "\n" for ch in gap), repr(gap)
        out += line.text + gap
    return out


def token_boundaries(text: str) -> set[int]:
    bounds, pos = {0}, 0
    for token in tokenize(text):
        pos += len(token)
        bounds.add(pos)
    return bounds


@pytest.mark.parametrize("paragraph", NEWS_PARAGRAPHS, ids=range(len(NEWS_PARAGRAPHS)))
def test_news_paragraphs_break_between_words_and_fit(paragraph: str) -> None:
    lines = break_lines(paragraph, BODY, 16, FRAME, first_indent=2.5 * cm)
    assert len(lines) > 1
    assert rejoin(paragraph, lines) == paragraph
    bounds = token_boundaries(paragraph)
    for line in lines:
        assert line.start in bounds and line.end in bounds, line.text
        assert line.x + line.width <= FRAME + 1e-6
        assert line.text[0] not in NO_LINE_START
        assert line.text == line.text.strip()
    assert lines[0].x == 2.5 * cm and all(line.x == 0 for line in lines[1:])


def test_lines_are_filled_greedily() -> None:
    paragraph = NEWS_PARAGRAPHS[3]
    lines = break_lines(paragraph, BODY, 16, FRAME)
    for line, following in zip(lines, lines[1:], strict=False):
        longer = paragraph[line.start : following.start] + following.text.split(" ")[0][:1]
        assert text_width(longer.rstrip(), BODY, 16) > FRAME - 40  # the next word would not have fitted


def test_thai_words_stay_whole_without_spaces() -> None:
    text = "ที่ประชุมรับทราบผลการดำเนินงานของอนุกรรมการขับเคลื่อนและบริหารโครงการเมืองอัจฉริยะ"
    lines = break_lines(text, BODY, 16, 4 * cm)
    assert len(lines) > 3
    assert "".join(line.text for line in lines) == text
    bounds = token_boundaries(text)
    assert all(line.start in bounds and line.end in bounds for line in lines)
    assert lines[0].text.startswith("ที่ประชุม")


def test_a_long_word_is_cut_at_cluster_boundaries_only() -> None:
    word = "กรุงเทพมหานคร" * 3
    lines = break_lines(word, BODY, 16, 1.5 * cm)
    assert "".join(line.text for line in lines) == word
    for line in lines:
        assert line.width <= 1.5 * cm
        assert line.text[0] not in NO_LINE_START
        assert line.text[-1] not in "เแโใไ"


def test_no_line_starts_with_mai_yamok_or_closing_punctuation() -> None:
    text = "ระเบียบวาระที่ 6 เรื่องอื่น ๆ (ถ้ามี) " * 8
    for width in range(60, 300, 7):
        lines = break_lines(text, BODY, 16, width)
        assert not any(line.text[0] in "ๆ)" for line in lines)
        assert not any(line.text.endswith("(") for line in lines)


def test_latin_and_numbers_break_only_at_spaces() -> None:
    text = "ครั้งที่ 1/2564 เวลา 10.00 น. DEPA ASEAN Smart Cities Network"
    for width in range(60, 200, 5):
        for line in break_lines(text, BODY, 16, width):
            assert line.text.split(" ")[0] in text.split(" ") or line.width > width


def test_protected_phrases_stay_on_one_line() -> None:
    """No break inside (เพื่อทราบ), between a word and its number, between a title and a name."""
    text = "ระเบียบวาระที่ 4 เรื่องที่เสนอให้ที่ประชุมทราบ (เพื่อทราบ) ครั้งที่ 1/2564 โดยมี นาย ชัยวุฒิ Smart City Week 2020"
    for width in range(90, 420, 7):
        lines = [line.text for line in break_lines(text, BODY, 16, width)]
        joined = "\n".join(lines)
        for phrase in ("(เพื่อทราบ)", "ครั้งที่ 1/2564", "วาระที่ 4", "นาย ชัยวุฒิ", "Week 2020"):
            assert phrase in joined, (width, lines)


def test_newline_forces_a_break_and_is_kept_in_the_gap() -> None:
    text = "ผู้มาประชุม\n1. นายก\n\n2. นายข"
    lines = break_lines(text, BODY, 16, FRAME, first_indent=30)
    assert [line.text for line in lines] == ["ผู้มาประชุม", "1. นายก", "", "2. นายข"]
    assert [line.x for line in lines] == [30, 0, 0, 0]
    assert rejoin(text, lines) == text


def test_alignment_places_lines() -> None:
    centre = break_lines("รายงานการประชุม", BOLD, bold_size(16), FRAME, align="center")[0]
    right = break_lines("รายงานการประชุม", BOLD, bold_size(16), FRAME, align="right")[0]
    assert centre.x == pytest.approx((FRAME - centre.width) / 2)
    assert right.x + right.width == pytest.approx(FRAME)
    with pytest.raises(ValueError):
        break_lines("ก", BODY, 16, FRAME, align="justify")


def test_added_words_are_never_broken() -> None:
    surname = "ทดสอบวงศ์ศรีสุขสวัสดิ์ไพบูลย์"
    text = f"นายสมมุติ {surname} ผู้แทน"
    assert len(tokenize(surname)) > 1
    add_words([surname])
    assert tokenize(surname) == [surname]
    for width in range(60, 200, 4):
        texts = [line.text for line in break_lines(text, BODY, 16, width)]
        assert any(surname in line for line in texts) or text_width(surname, BODY, 16) > width


def test_empty_text_is_one_empty_line() -> None:
    assert break_lines("", BODY, 16, FRAME) == [Line("", 0, 0, 0.0, 0.0)]


# Property: any realistic Thai string (consonants, vowels, tone marks, spaces, digits, newlines).
CONSONANTS = [chr(c) for c in range(0x0E01, 0x0E2F)]
VOWELS = list("ะัาำิีึืุูเแโใไๅ็")
TONES = list("่้๊๋์")
ALPHABET = st.sampled_from(CONSONANTS * 3 + VOWELS * 2 + TONES + [" "] * 6 + list("0123456789๐๑๒๓") + ["\n"])


@settings(max_examples=300, deadline=None)
@given(text=st.text(ALPHABET, max_size=120), width=st.floats(min_value=30, max_value=300))
def test_wrapping_any_thai_string_keeps_the_text_and_breaks_cleanly(text: str, width: float) -> None:
    """Joining the lines with the whitespace between them (which the breaker removed) gives the input;
    each line's text is the input's slice; a line other than the first of the text or after a newline
    never starts with a mark or following vowel; lines are at most ``width`` unless one cluster is wider."""
    lines = break_lines(text, BODY, 16, width)
    assert rejoin(text, lines) == text
    for line in lines:
        if line.start > 0 and text[line.start - 1] != "\n" and line.text:
            assert line.text[0] not in NO_LINE_START, (text, line)
        if line.width > width:
            assert _single_cluster(line.text), (text, line)


def _single_cluster(text: str) -> bool:
    return len(text) == 1 or all(ch in NO_LINE_START for ch in text[1:])


def test_the_programme_words_keep_projects_whole() -> None:
    import app.documents  # noqa: F401 - teaches the programme words

    assert "โครงการ" in tokenize("ประธานคณะอนุกรรมการขับเคลื่อนและบริหารโครงการเมืองอัจฉริยะ")


@pytest.fixture(scope="module")
def trie() -> Trie:
    """PyThaiNLP's Trie of the breaker's words (about 1 s to build: the breaker uses a sorted list instead)."""
    return Trie(thai_words() | thai_wrap._extra_words)


def test_the_sorted_word_list_tokenizes_like_pythainlps_trie(trie) -> None:
    for paragraph in NEWS_PARAGRAPHS:
        assert tokenize(paragraph) == word_tokenize(paragraph, custom_dict=trie, engine="newmm", keep_whitespace=True)


@settings(max_examples=150, deadline=None)
@given(text=st.text(ALPHABET, max_size=60))
def test_the_word_list_finds_the_tries_prefixes(trie, text: str) -> None:
    words = thai_wrap._words()
    assert all(words.prefixes(text, start) == trie.prefixes(text, start) for start in range(len(text)))
    assert all((word in words) == (word in trie) for word in {text, text[:3], text[1:5], *trie.prefixes(text)})
