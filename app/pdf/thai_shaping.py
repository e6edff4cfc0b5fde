"""Position Thai marks for reportlab by choosing the fonts' legacy PUA glyph variants.

reportlab draws every glyph at its default place. In TH SarabunPSK and Laksaman the default tone
marks sit high (for a cluster with an upper vowel), upper vowels sit at the right edge of the base,
and ญ ฐ keep their descender. Without positioning, a tone over a bare consonant floats (น่), an upper
vowel or tone runs into the ascender of ป ฝ ฟ (ปี, ปั้น), and a lower vowel hits the descender of
ญ ฐ ฎ ฏ. reportlab's own harfbuzz shaping fixes the look but breaks the text layer (marks extract
as private-use code points, SARA AM is decomposed), so it is not used.

These fonts carry positioned variants at U+F700–U+F71A (the Windows "Thai PUA" glyphs: shifted
down, down-left, left, and ญ ฐ without descender). :func:`shape_thai` swaps marks for those
variants per cluster with the state machines of HarfBuzz's Thai PUA fallback
(hb-ot-shaper-thai.cc, ``do_thai_pua_shaping``): an above-base state (T0–T3) and a below-base state
(B0–B2) start from the base consonant's class and advance with each mark. Like HarfBuzz, ฬ is not
treated as tall: its tail stays below the upper vowels in these fonts (measured: 431 vs 455 units).

SARA AM (ำ) stays one character. HarfBuzz decomposes it to NIKHAHIT + SARA AA and moves NIKHAHIT
before the tone marks; we run the machine on that virtual order so a tone before ำ stays high
(น้ำ). Only after a tall consonant (ป ฝ ฟ + ำ, very rare) does NIKHAHIT need the left variant: then
ำ is drawn as two alias code points (left NIKHAHIT, SARA AA) whose ToUnicode entries are "ำ" and
"" — see :data:`ALIASES` and :data:`TO_UNICODE`, which :mod:`app.pdf.fonts` writes into the PDF.
"""

from __future__ import annotations

import re
from collections.abc import Container

SARA_AM = "\u0e33"
NIKHAHIT = "\u0e4d"

# Consonant classes (hb: get_consonant_type)
NC, AC, RC, DC, NONE = "NC", "AC", "RC", "DC", "NONE"
# Mark classes (hb: get_mark_type)
AV, BV, T = "AV", "BV", "T"
# Actions
NOP, SD, SL, SDL, RD = "NOP", "SD", "SL", "SDL", "RD"

ABOVE_MARKS = frozenset("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e47\u0e4d\u0e4e")
BELOW_MARKS = frozenset("\u0e38\u0e39\u0e3a")
TONE_MARKS = frozenset("\u0e48\u0e49\u0e4a\u0e4b\u0e4c")
_MARKS = "".join(sorted(ABOVE_MARKS | BELOW_MARKS | TONE_MARKS))
# The clusters shaping may change (those of _cluster_end that hold a mark or SARA AM): a base with marks and
# perhaps SARA AM, a base with SARA AM, or marks with no base. A lone character is drawn as it is.
_MARKED_CLUSTER = re.compile(f"[^{_MARKS}][{_MARKS}]+{SARA_AM}?|[^{_MARKS}]{SARA_AM}|[{_MARKS}]+")

ABOVE_START = {NC: "T0", AC: "T1", RC: "T0", DC: "T0", NONE: "T3"}
ABOVE_EDGES = {
    "T0": {AV: (NOP, "T3"), BV: (NOP, "T0"), T: (SD, "T3")},
    "T1": {AV: (SL, "T2"), BV: (NOP, "T1"), T: (SDL, "T2")},
    "T2": {AV: (NOP, "T3"), BV: (NOP, "T2"), T: (SL, "T3")},
    "T3": {AV: (NOP, "T3"), BV: (NOP, "T3"), T: (NOP, "T3")},
}
BELOW_START = {NC: "B0", AC: "B0", RC: "B1", DC: "B2", NONE: "B2"}
BELOW_EDGES = {
    "B0": {AV: (NOP, "B0"), BV: (NOP, "B2"), T: (NOP, "B0")},
    "B1": {AV: (NOP, "B1"), BV: (RD, "B2"), T: (NOP, "B1")},
    "B2": {AV: (NOP, "B2"), BV: (SD, "B2"), T: (NOP, "B2")},
}

# Windows PUA variants (hb: SD_mappings, SDL_mappings, SL_mappings, RD_mappings)
PUA = {
    SD: {"\u0e48": "\uf70a", "\u0e49": "\uf70b", "\u0e4a": "\uf70c", "\u0e4b": "\uf70d", "\u0e4c": "\uf70e",
         "\u0e38": "\uf718", "\u0e39": "\uf719", "\u0e3a": "\uf71a"},
    SDL: {"\u0e48": "\uf705", "\u0e49": "\uf706", "\u0e4a": "\uf707", "\u0e4b": "\uf708", "\u0e4c": "\uf709"},
    SL: {"\u0e48": "\uf713", "\u0e49": "\uf714", "\u0e4a": "\uf715", "\u0e4b": "\uf716", "\u0e4c": "\uf717",
         "\u0e31": "\uf710", "\u0e34": "\uf701", "\u0e35": "\uf702", "\u0e36": "\uf703", "\u0e37": "\uf704",
         "\u0e47": "\uf712", "\u0e4d": "\uf711"},
    RD: {"\u0e0d": "\uf70f", "\u0e10": "\uf700"},
}  # fmt: skip

# SARA AM after a tall consonant: left NIKHAHIT (extracts as ำ) + SARA AA (extracts as nothing).
AM_NIKHAHIT_LEFT = "\uf7f0"
AM_SARA_AA = "\uf7f1"
ALIASES = {ord(AM_NIKHAHIT_LEFT): 0xF711, ord(AM_SARA_AA): 0x0E32}

# What each code point drawn by us stands for in the text layer.
TO_UNICODE = {ord(variant): base for table in PUA.values() for base, variant in table.items()}
TO_UNICODE |= {ord(AM_NIKHAHIT_LEFT): SARA_AM, ord(AM_SARA_AA): ""}


def consonant_class(ch: str) -> str:
    """HarfBuzz's consonant type: AC tall (ป ฝ ฟ), RC removable descender (ญ ฐ), DC strict descender (ฎ ฏ)."""
    if ch in "\u0e1b\u0e1d\u0e1f":
        return AC
    if ch in "\u0e0d\u0e10":
        return RC
    if ch in "\u0e0e\u0e0f":
        return DC
    return NC if "\u0e01" <= ch <= "\u0e2e" else NONE


def mark_class(ch: str) -> str | None:
    """AV above-base vowel/sign, BV below-base vowel, T tone mark; None for anything else."""
    if ch in ABOVE_MARKS:
        return AV
    if ch in BELOW_MARKS:
        return BV
    if ch in TONE_MARKS:
        return T
    return None


def shape_thai(text: str, available: Container[int] | None = None) -> str:
    """Return ``text`` with Thai marks (and ญ ฐ) replaced by the positioned PUA variants.

    ``available`` is the set of code points the font has (e.g. ``face.charToGlyph``); a variant the
    font lacks is not used. The result has the same length as ``text``, except that SARA AM after a
    tall consonant becomes two alias code points.
    """
    cache = _CLUSTERS.setdefault(id(available), {})  # a font's cmap lives as long as the process
    if len(cache) > 100_000:
        cache.clear()

    def shaped(match: re.Match) -> str:
        cluster = match.group()
        result = cache.get(cluster)
        if result is None:
            result = cache[cluster] = "".join(_shape_cluster(cluster, available))
        return result

    return _MARKED_CLUSTER.sub(shaped, text)


_CLUSTERS: dict[int, dict[str, str]] = {}  # id(available) → cluster → shaped cluster


def _cluster_end(text: str, start: int) -> int:
    """End of the cluster at ``start``: one character, the marks after it, and a SARA AM that closes it."""
    end = start + 1
    while end < len(text) and mark_class(text[end]) is not None:
        end += 1
    if end < len(text) and text[end] == SARA_AM and mark_class(text[start]) is None:
        end += 1
    return end


def _shape_cluster(cluster: str, available: Container[int] | None) -> list[str]:
    """Shape one cluster: base, marks, optionally a final SARA AM."""
    has_am = len(cluster) > 1 and cluster[-1] == SARA_AM
    chars = list(cluster[:-1] if has_am else cluster)
    if mark_class(chars[0]) is not None:  # a stray mark is its own cluster, with no base
        chars.insert(0, "")
    sequence = list(range(1, len(chars)))
    if has_am:
        sequence.insert(_nikhahit_slot(chars), -1)  # -1: the virtual NIKHAHIT of SARA AM
    actions = _run_machines(chars[0], [NIKHAHIT if k < 0 else chars[k] for k in sequence])
    am_tail = [SARA_AM]
    for k, action in zip(sequence, actions, strict=True):
        if k < 0:
            if action == SL and _has(available, AM_NIKHAHIT_LEFT):
                am_tail = [AM_NIKHAHIT_LEFT, AM_SARA_AA]
        elif action == RD:
            chars[0] = _variant(chars[0], RD, available)
        else:
            chars[k] = _variant(chars[k], action, available)
    return chars + am_tail if has_am else chars


def _nikhahit_slot(chars: list[str]) -> int:
    """Index in the mark sequence where HarfBuzz moves SARA AM's NIKHAHIT: before the trailing above marks."""
    slot = len(chars) - 1
    while slot > 0 and mark_class(chars[slot]) in (AV, T):
        slot -= 1
    return slot


def _run_machines(base: str, marks: list[str]) -> list[str]:
    """The action for each mark after ``base`` (hb: do_thai_pua_shaping)."""
    ctype = consonant_class(base) if base else NONE
    above, below = ABOVE_START[ctype], BELOW_START[ctype]
    actions = []
    for mark in marks:
        mtype = mark_class(mark)
        above_action, above = ABOVE_EDGES[above][mtype]
        below_action, below = BELOW_EDGES[below][mtype]
        actions.append(above_action if above_action != NOP else below_action)
    return actions


def _variant(ch: str, action: str, available: Container[int] | None) -> str:
    variant = PUA.get(action, {}).get(ch)
    return variant if variant is not None and _has(available, variant) else ch


def _has(available: Container[int] | None, ch: str) -> bool:
    return available is None or ord(ch) in available


def unshape_thai(text: str) -> str:
    """Map shaped text back to what was typed (the inverse of :func:`shape_thai`)."""
    return "".join(TO_UNICODE.get(ord(ch), ch) for ch in text)
