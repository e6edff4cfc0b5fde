"""Phrases a line never breaks inside, and Thai digits only for the document's own numbers.

Protected phrases (:func:`blocked_breaks`): a short parenthesised group ("(เพื่อทราบ)", "(ร่าง)"), a word and the
number after it ("ครั้งที่ 1/2564", "วาระที่ 3", "Week 2020", "พระราม 4"), a title and the name after it
("นาย ชัยวุฒิ", "ดร. ณัฐพล"). :mod:`app.pdf.thai_wrap` drops the break positions inside them (a Thai word
before a number is not delimited, so the break is refused between the two: the phrase moves as one).

Thai-digit mode (:func:`thai_digits_smart`) converts the numbers of the document itself (numbering, dates, times,
counts) and keeps the digits of a proper name as the record writes them: a number after a Latin word
("Smart City Week 2020", "Thailand 4.0"), inside a Latin token ("COVID-19"), or in a name taught with
:func:`add_names` or matched by ``NAME_PATTERNS`` ("พระราม 4").
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from functools import lru_cache

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
MAX_PARENTHESISED = 24  # longer groups may break inside (a line must stay fillable)
TITLES = ("นาย", "นาง", "นางสาว", "ดร.", "ผศ.ดร.", "รศ.ดร.", "ศ.ดร.", "ผศ.", "รศ.", "ศ.", "พลเอก", "พล.อ.",
          "พลตำรวจเอก", "พล.ต.อ.", "Mr.", "Mrs.", "Ms.", "Dr.")
_TITLES = "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True))
PARENTHESISED = re.compile(rf"\([^()\n]{{1,{MAX_PARENTHESISED}}}\)")
NUMBER_START = re.compile(r"(?<=\S) +(?=[0-9๐-๙])")  # the spaces between a word and a number
COUNTED = re.compile(r"(?:ครั้งที่|วาระที่|ฉบับที่|ลำดับที่|มาตรา|ข้อ) *[0-9๐-๙]")  # Thai words of two tokens too
TITLE_NAME = re.compile(rf"(?:^|(?<=[\s(]))(?:{_TITLES}) *[^\s()]{{1,20}}")  # the title and the given name
NAME_PATTERNS = (r"พระราม ?[0-9]+", r"(?:ประเทศไทย|ไทยแลนด์) ?[0-9]\.[0-9]", r"รัชกาลที่ ?[0-9]+", r"ฉบับที่ ?[0-9]+")
LATIN_NUMBER = r"[A-Za-z][A-Za-z.&-]* +[0-9]+(?:[.,][0-9]+)*|[A-Za-z]+-?[0-9]+[A-Za-z0-9-]*"

_lock = threading.Lock()
_names: tuple[str, ...] = ()


@lru_cache(maxsize=4096)
def blocked_breaks(text: str) -> frozenset[int]:
    """Offsets where a line must not start: inside a short parenthesised group, at a number that follows a word
    and a space, inside a title and the given name after it."""
    blocked = {p for m in PARENTHESISED.finditer(text) for p in range(m.start() + 1, m.end())}
    blocked.update(m.end() for m in NUMBER_START.finditer(text))
    blocked.update(p for m in COUNTED.finditer(text) for p in range(m.start() + 1, m.end()))
    blocked.update(p for m in TITLE_NAME.finditer(text) for p in range(m.start() + 1, m.end()))
    return frozenset(blocked)


def add_names(names: Iterable[str]) -> None:
    """Proper names whose digits stay as written in Thai-digit mode (project names with numbers)."""
    global _names
    with _lock:
        new = tuple(dict.fromkeys(n.strip() for n in names if any(c.isdigit() for c in n)
                                  and n.strip() not in _names))
        if new:
            _names = _names + new
            _kept.cache_clear()
            thai_digits_smart.cache_clear()


@lru_cache(maxsize=1)
def _kept() -> re.Pattern:
    names = [re.escape(n) for n in sorted(_names, key=len, reverse=True)]
    return re.compile("|".join([*names, *NAME_PATTERNS, LATIN_NUMBER]))


@lru_cache(maxsize=8192)
def thai_digits_smart(text: str) -> str:
    """``text`` with Thai digits, except in proper names (see the module's doc)."""
    if not any("0" <= c <= "9" for c in text):
        return text
    out, last = [], 0
    for m in _kept().finditer(text):
        out += [text[last : m.start()].translate(THAI_DIGITS), m.group()]
        last = m.end()
    out.append(text[last:].translate(THAI_DIGITS))
    return "".join(out)
