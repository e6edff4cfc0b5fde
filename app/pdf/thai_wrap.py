"""Break Thai paragraphs into lines at word boundaries, measured as reportlab will draw them.

Thai writes no spaces between words. reportlab's own wrapping breaks at spaces only; with
splitLongWords it cuts anywhere (เ/มือง) and wordWrap='CJK' between any two characters, and a ZERO
WIDTH SPACE is no break point to it (and draws as a box in these fonts). So lines are broken here:

* words come from PyThaiNLP (``word_tokenize(engine="newmm", keep_whitespace=True)``);
* a break is allowed between two words, or after a run of spaces, unless the next line would start
  with a mark, a following vowel (ะ า ำ ๅ), ๆ ฯ or closing punctuation, or the line would end
  with a leading vowel (เ แ โ ใ ไ) or opening punctuation; between two non-Thai characters only
  at spaces (so 10.00, DEPA, 1/2564 stay whole);
* lines are filled greedily, widths from ``stringWidth`` of the shaped text;
* between two Thai words without a space, both must be dictionary words (newmm cuts unknown names
  into fragments); :func:`add_words` teaches it names that must stay whole;
* a word longer than the line is cut at character-cluster boundaries only;
* never inside a protected phrase (:mod:`app.pdf.thai_phrases`: "(เพื่อทราบ)", "ครั้งที่ 1/2564", "นาย ชัยวุฒิ").

The spaces at a break are not drawn: ``text[line.end:next_line.start]`` is whitespace (empty at a
break between two Thai words), and joining the lines with those gaps gives the input back.
``"\\n"`` forces a line break.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from pythainlp.tokenize import word_tokenize

from app.pdf import word_list
from app.pdf.thai_phrases import blocked_breaks
from app.pdf.thai_text import text_width
from app.pdf.word_list import WordList

COMBINING = frozenset("\u0e31" + "".join(map(chr, range(0x0E34, 0x0E3B))) + "".join(map(chr, range(0x0E47, 0x0E4F))))
FOLLOWING_VOWELS = frozenset("\u0e30\u0e32\u0e33\u0e45")
LEADING_VOWELS = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44")
NO_LINE_START = COMBINING | FOLLOWING_VOWELS | frozenset("ๆฯ)]}»”’,.;:!?%")
NO_LINE_END = LEADING_VOWELS | frozenset("([{«“‘")
NON_BREAKING_SPACES = frozenset("\u00a0\u2007\u202f")
_AFTER_SPACES = re.compile(r"(?<=[^\S\u00a0\u2007\u202f])(?=[^\s]|[\u00a0\u2007\u202f])")  # a run after spaces
ALIGNMENTS = ("left", "center", "right")

_words_lock = threading.Lock()
_extra_words: frozenset[str] = frozenset()
_word_list: WordList | None = None  # built on the first tokenization after a change of words


@dataclass(frozen=True)
class Line:
    """One laid-out line: ``text`` is ``source[start:end]``; ``x`` its left offset in the frame."""

    text: str
    start: int
    end: int
    x: float
    width: float


@dataclass(frozen=True)
class _Unit:
    """An unbreakable piece ``source[start:body_end]`` followed by break spaces up to ``end``."""

    start: int
    body_end: int
    end: int


def is_break_space(ch: str) -> bool:
    return ch.isspace() and ch not in NON_BREAKING_SPACES


def is_thai(ch: str) -> bool:
    return "\u0e00" <= ch <= "\u0e7f"


def break_lines(
    text: str, font_name: str, size: float, width: float, first_indent: float = 0.0, align: str = "left"
) -> list[Line]:
    """Lay ``text`` out in lines no wider than ``width`` (the first line ``width - first_indent``)."""
    if align not in ALIGNMENTS:
        raise ValueError(f"align must be one of {ALIGNMENTS}, not {align!r}")
    lines: list[Line] = []
    offset = 0
    for part in text.split("\n"):
        for line in _fill(part, offset, font_name, size, width, first_indent if not lines else 0.0):
            lines.append(_place(line, width, first_indent if not lines else 0.0, align))
        offset += len(part) + 1
    return lines


def _place(line: Line, width: float, indent: float, align: str) -> Line:
    free = width - indent - line.width
    shift = {"left": 0.0, "center": free / 2, "right": free}[align]
    return Line(line.text, line.start, line.end, indent + max(shift, 0.0), line.width)


def _fill(text: str, offset: int, font_name: str, size: float, width: float, indent: float) -> list[Line]:
    """Greedy filling of one hard-broken part of the paragraph; offsets shifted by ``offset``."""
    return (_fill_by_groups(text, offset, font_name, size, width, indent)
            or _fill_by_units(text, offset, font_name, size, width, indent))


def _groups(text: str) -> list[tuple[int, int, int]]:
    """(start, body end, end) of the runs between the breaks allowed after spaces (spaces up to ``end``)."""
    blocked = blocked_breaks(text)
    starts = [0] + [m.start() for m in _AFTER_SPACES.finditer(text)
                    if m.start() not in blocked and can_break(text, m.start())]
    bounds = [*starts, len(text)]
    return [_astuple(_unit(text, bounds[k], bounds[k + 1])) for k in range(len(starts))]


def _astuple(unit: _Unit) -> tuple[int, int, int]:
    return unit.start, unit.body_end, unit.end


def _inner_breaks(text: str, start: int, end: int) -> list[int]:
    """Break positions inside ``text[start:end]`` (no break spaces in it): its words, tokenized on their own."""
    blocked = blocked_breaks(text)
    return [start + p for p in _positions(text[start:end]) if start + p not in blocked]


def _fill_by_groups(text: str, offset: int, font_name: str, size: float, width: float, indent: float):
    """The same lines as :func:`_fill_by_units`, tokenizing only the runs that straddle a line's end (PyThaiNLP's
    word breaking is most of the time of a long document); None when a word is longer than a line. Widths add up
    piece by piece (runs end at cluster boundaries), so each piece is measured once."""
    if not text.strip() or is_break_space(text[0]):
        return None
    measure = _measurer(font_name, size)
    lines: list[Line] = []
    avail, line_start, line_end, line_w = width - indent, 0, None, 0.0  # line_end: None while the line is empty
    for run_start, body_end, _end in _groups(text):
        start = run_start  # where the rest of this run begins (after a break inside it)
        while start < body_end:
            base = line_w + measure(text[line_end:start]) if line_end is not None else 0.0
            rest = measure(text[start:body_end])
            if base + rest <= avail:
                line_start, line_end, line_w = (start if line_end is None else line_start), body_end, base + rest
                break
            cut = _last_fit(text, run_start, start, body_end, measure, avail - base)
            if cut is None and line_end is None:
                return None  # a word wider than the line: cut at clusters by the unit path
            if cut is None:
                lines.append(Line(text[line_start:line_end], line_start + offset, line_end + offset, 0.0, line_w))
            else:
                first = start if line_end is None else line_start
                cut_w = base + measure(text[start:cut])
                lines.append(Line(text[first:cut], first + offset, cut + offset, 0.0, cut_w))
                start = cut
            avail, line_end, line_w = width, None, 0.0
    if line_end is not None:
        lines.append(Line(text[line_start:line_end], line_start + offset, line_end + offset, 0.0, line_w))
    return lines


def _last_fit(text: str, run_start: int, start: int, body_end: int, measure, room: float) -> int | None:
    """The last break of the run ``text[run_start:body_end]`` after ``start`` such that ``text[start:break]``
    takes at most ``room``."""
    for cut in reversed(_inner_breaks(text, run_start, body_end)):
        if cut <= start:
            return None
        if measure(text[start:cut]) <= room:
            return cut
    return None


def _fill_by_units(text: str, offset: int, font_name: str, size: float, width: float, indent: float) -> list[Line]:
    lines: list[Line] = []
    current: list[tuple[_Unit, float, float]] = []
    avail = width - indent
    filled = 0.0  # width of the current line's units, each with the spaces that follow it
    for unit, body, space in _measured(text, font_name, size, width, indent):
        if current and filled + body > avail:
            lines.append(_make_line(text, current, offset))
            current, avail, filled = [], width, 0.0
        current.append((unit, body, space))
        filled += body + space
    if current or not lines:
        lines.append(_make_line(text, current, offset))
    return lines


def _make_line(text: str, measured: list[tuple[_Unit, float, float]], offset: int) -> Line:
    """A line of the units side by side; its width leaves out the spaces after the last one."""
    if not measured:
        return Line("", offset, offset, 0.0, 0.0)
    start, end = measured[0][0].start, measured[-1][0].body_end
    width = sum(body for _, body, _ in measured) + sum(space for _, _, space in measured[:-1])
    return Line(text[start:end], start + offset, end + offset, 0.0, width)


def _measured(text: str, font_name: str, size: float, width: float, indent: float) -> list[tuple[_Unit, float, float]]:
    """The units with the widths of their body and of the spaces after it; a unit wider than a line (the first
    may need to fit the indented one) is cut into pieces that fit."""
    measure = _measurer(font_name, size)
    result: list[tuple[_Unit, float, float]] = []
    for unit, (body, space) in zip(_units(text), _widths(text, font_name, size), strict=True):
        avail = width - (indent if not result else 0.0)
        if body <= avail:
            result.append((unit, body, space))
        else:
            result += [(piece, measure(text[piece.start : piece.body_end]), measure(text[piece.body_end : piece.end]))
                       for piece in _cut(text, unit, measure, avail, width)]
    return result


@lru_cache(maxsize=16384)  # a text is filled at many widths while a certificate line is fitted and balanced
def _widths(text: str, font_name: str, size: float) -> tuple[tuple[float, float], ...]:
    return tuple((text_width(text[u.start : u.body_end], font_name, size), text_width(text[u.body_end : u.end],
                  font_name, size)) for u in _units(text))


def _measurer(font_name: str, size: float):
    def measure(piece: str) -> float:
        return text_width(piece, font_name, size)  # cached across paragraphs and documents

    return measure


def units(text: str) -> list[_Unit]:
    """Split ``text`` at its allowed line-break positions into unbreakable units."""
    return list(_units(text))


@lru_cache(maxsize=4096)  # a certificate's lines are broken at many sizes and widths while they are fitted
def _units(text: str) -> tuple[_Unit, ...]:
    starts = [0, *_positions(text)]
    bounds = [*starts, len(text)]
    return tuple(_unit(text, bounds[k], bounds[k + 1]) for k in range(len(starts)) if bounds[k] < bounds[k + 1])


def _unit(text: str, start: int, end: int) -> _Unit:
    body_end = end
    while body_end > start and is_break_space(text[body_end - 1]):
        body_end -= 1
    return _Unit(start, body_end, end)


def break_positions(text: str) -> list[int]:
    """Offsets where a line may start: word starts (from the tokenizer) that pass :func:`can_break`.

    Between two Thai words without a space, both must be dictionary words: newmm cuts unknown
    names into fragments (นิมมานพัชริ|นทร์, ธนา|ค|มา|นุ|สรณ์) that must not end or start a line.
    """
    return list(_positions(text))


@lru_cache(maxsize=4096)
def _positions(text: str) -> tuple[int, ...]:
    tokens = _tokens(text)
    positions, pos = [], 0
    blocked = blocked_breaks(text)  # inside "(เพื่อทราบ)", between "ครั้งที่" and "1/2564", after a title
    for previous, token in zip((" ", *tokens), tokens, strict=False):
        if pos and pos not in blocked and can_break(text, pos) and (
                is_break_space(previous[-1]) or _known(previous) and _known(token)):
            positions.append(pos)
        pos += len(token)
    return tuple(positions)


def _known(token: str) -> bool:
    """A dictionary word, or a token that is not Thai letters (numbers, Latin, punctuation)."""
    return token in _words() or not any("\u0e01" <= ch <= "\u0e4e" and ch != "ๆ" for ch in token)


def tokenize(text: str) -> list[str]:
    """PyThaiNLP newmm words and spaces; one token per character if they do not add up to ``text``."""
    return list(_tokens(text))


@lru_cache(maxsize=4096)  # a paragraph is laid out again after a page split, and again when printed after a preview
def _tokens(text: str) -> tuple[str, ...]:
    tokens = word_tokenize(text, custom_dict=_words(), engine="newmm", keep_whitespace=True) if text else []
    return tuple(tokens) if "".join(tokens) == text else tuple(text)


def _words() -> WordList:
    global _word_list
    words = _word_list
    if words is not None:  # the usual case: no lock (asked once per token and per dictionary look-up)
        return words
    with _words_lock:
        if _word_list is None:
            _word_list = word_list.load(_extra_words)
        return _word_list


def add_words(words: Iterable[str]) -> None:
    """Teach the word breaker more words (names of people, places, projects) so lines never break inside them.

    Cheap: the dictionary is rebuilt on the next tokenization, not here."""
    global _word_list, _extra_words
    with _words_lock:
        new = {w.strip() for w in words if w.strip()} - _extra_words
        if not new:
            return
        _extra_words = frozenset(_extra_words | new)
        _word_list = None
        for cached in (_tokens, _positions, _units, _widths):  # words split before now may join differently
            cached.cache_clear()


def can_break(text: str, pos: int) -> bool:
    """May a line start at ``pos`` (dropping the spaces just before it)?"""
    if pos <= 0 or pos >= len(text) or is_break_space(text[pos]) or text[pos] in NO_LINE_START:
        return False
    before = pos
    while before > 0 and is_break_space(text[before - 1]):
        before -= 1
    if before == 0 or text[before - 1] in NO_LINE_END:
        return False
    return before < pos or is_thai(text[pos - 1]) or is_thai(text[pos])


def can_split_word(text: str, pos: int) -> bool:
    """May a word too long for a line be cut at ``pos`` (a character-cluster boundary)?"""
    return text[pos] not in NO_LINE_START and text[pos - 1] not in LEADING_VOWELS


def _cut(text: str, unit: _Unit, measure, avail: float, width: float) -> list[_Unit]:
    pieces: list[_Unit] = []
    start = unit.start
    while measure(text[start : unit.body_end]) > avail:
        cut = _longest_fit(text, start, unit.body_end, measure, avail)
        if cut is None:
            break
        pieces.append(_Unit(start, cut, cut))
        start, avail = cut, width
    return pieces + [_Unit(start, unit.body_end, unit.end)]


def _longest_fit(text: str, start: int, stop: int, measure, avail: float) -> int | None:
    """The furthest cluster boundary in (start, stop) whose prefix fits ``avail`` (else the nearest one)."""
    cuts = [pos for pos in range(start + 1, stop) if can_split_word(text, pos)]
    if not cuts:
        return None
    fitting = bisect_right(cuts, avail, key=lambda pos: measure(text[start:pos]))  # widths grow with the prefix
    return cuts[max(fitting - 1, 0)]
