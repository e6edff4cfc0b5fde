"""Near-duplicates: a new row whose name is close to a record of the same province. Qt-free.

"นครสวรรค์สมาร์ทซิตี้" beside "โครงการนครสวรรค์สมาร์ทซิตี้" is most likely the same area typed another way, so the
row is not added silently: the user decides. Names are compared as keys (``values.key``: spaces, punctuation,
zero-width characters out, Thai digits folded) without the prefixes ชื่อ / โครงการ, by RapidFuzz's ``fuzz.ratio``
(at least SIMILAR), only against the records that share a province with the row (or, for a record without
one, against the others without one). Names whose numbers differ ("เขต 1", "เขต 2"; "ระยะที่ 2") are different
records, never near-duplicates.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from app.excel.imports.value_words import TITLE_PREFIXES
from app.excel.imports.values import key

SIMILAR = 88
_DIGITS = re.compile(r"\d+")
NO_PROVINCE = ""


def similar_key(title: str) -> str:
    found = key(title or "")
    for prefix in TITLE_PREFIXES:
        if found.startswith(prefix) and len(found) > len(prefix):
            return found[len(prefix):]
    return found


class SimilarIndex:
    """The records' names by province, for ``find``."""

    def __init__(self, titles: Sequence[str | None], provinces: Sequence[frozenset[str]]):
        self.keys: dict[str, list[str]] = defaultdict(list)
        self.rows: dict[str, list[int]] = defaultdict(list)
        for index, (title, codes) in enumerate(zip(titles, provinces, strict=True)):
            name = similar_key(title or "")
            for code in codes or (NO_PROVINCE,):
                self.keys[code].append(name)
                self.rows[code].append(index)

    def find(self, title: str, provinces: frozenset[str]) -> tuple[int, int] | None:
        """(row index of the record, score) of the closest record sharing a province, or None."""
        name = similar_key(title)
        numbers = _DIGITS.findall(name)
        best: tuple[int, int] | None = None
        for code in provinces or (NO_PROVINCE,):
            choices = self.keys.get(code)
            if not choices:
                continue
            for _word, score, i in process.extract(name, choices, scorer=fuzz.ratio, score_cutoff=SIMILAR, limit=5):
                if _DIGITS.findall(choices[i]) == numbers and (best is None or score > best[1]):
                    best = (self.rows[code][i], round(score))
        return best
