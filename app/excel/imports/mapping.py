"""Which field each column of an agency's workbook fills: proposed, confirmed by the user, remembered. Qt-free.

* Every field of a register offers its Thai and English labels, its name and its ``synonyms`` (declared with the
  field in ``app/models``), and the kind's usual words (``value_words.HEADER_VARIANTS_BY_KIND``): a new register
  imports through the same mapping by declaring its fields.
* A header is compared as a key (``header_keys``): zero-width characters, spaces and punctuation out, Thai digits
  and ํา folded, case folded; and as a bare key: parenthesised remarks and the prefixes ชื่อ / โครงการ out too.
  The same key is an exact match (100), the same bare key nearly so (95); otherwise RapidFuzz's similarity of
  the bare keys (``fuzz.ratio``, an edit distance: strict enough for short Thai words) gives the confidence, and a
  containment (``fuzz.WRatio``) at most GUESS_CAP. CONFIDENT and above applies as is; from GUESS up the field is
  proposed but must be confirmed (the command line counts it as unmapped); below GUESS nothing is proposed.
* Columns are given fields best match first, each field at most once.
* A running-number column (ลำดับ, ที่, No.) is ignored without asking; a computed field (the emblem state) is
  recognised and ignored.
* A mapping the user confirmed is remembered in the database (``app_setting``), keyed by the register and the set
  of header keys: the database is what the workstations share, so next month's file from the same agency maps
  itself whichever clerk opens it, on whichever workstation, and the command line uses it too.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from rapidfuzz import fuzz, process
from sqlalchemy.orm import Session

from app.core.errors import UserError
from app.excel.imports.value_words import HEADER_VARIANTS_BY_KIND, RUNNING_NUMBER, TITLE_PREFIXES
from app.excel.imports.values import key
from app.models import Field, Setting
from app.registers.catalog import Register

IGNORE = ""  # the "field" of a column left out on purpose
CONFIDENT, GUESS, GUESS_CAP = 88, 65, 80
EXACT, BARE = 100, 95
_REMARK = re.compile(r"\([^)]*\)|\[[^\]]*\]|（[^）]*）")
SETTING_PREFIX = "import-mapping"


@dataclass(frozen=True)
class ColumnMatch:
    index: int  # 0-based position in the row
    header: str  # as written (the column letter for a column without a header)
    samples: tuple[str, ...]  # a few values of the column, as text
    field: str | None  # a field name, IGNORE, or None: not mapped yet
    confidence: int = 0  # 0-100
    how: str = "none"  # exact | similar | guess | running | computed | remembered | user | none

    @property
    def settled(self) -> bool:
        """Applied without asking: every match but a guess and an unmapped column."""
        return self.field is not None and self.how != "guess"

    @property
    def imported(self) -> bool:
        return self.settled and bool(self.field)


def bare_key(text: str) -> str:
    """The key without parenthesised remarks and the prefixes ชื่อ / โครงการ (when something remains)."""
    stripped = key(_REMARK.sub(" ", str(text)))
    for prefix in TITLE_PREFIXES:
        if stripped.startswith(prefix) and len(stripped) > len(prefix):
            stripped = stripped[len(prefix):]
            break
    return stripped


@cache
def field_words(reg: Register) -> tuple[dict[str, str], dict[str, str], list[tuple[str, str]]]:
    """(key → field, bare key → field, [(bare key, field)] for fuzzy matching); a field's own labels win clashes."""
    keys: dict[str, str] = {}
    bares: dict[str, str] = {}
    pairs: list[tuple[str, str]] = []
    for own in (False, True):
        for f in reg.fields:
            words = (f.name, f.th, f.en) if own else (*HEADER_VARIANTS_BY_KIND.get(f.kind, ()), *f.synonyms)
            for word in words:
                (keys.__setitem__ if own else keys.setdefault)(key(word), f.name)
                bare = bare_key(word)
                if bare:
                    (bares.__setitem__ if own else bares.setdefault)(bare, f.name)
                    pairs.append((bare, f.name))
    return keys, bares, pairs


def scores(reg: Register, header: str) -> dict[str, tuple[int, str]]:
    """Field name → (confidence, how) for one header, the fields that reach GUESS."""
    keys, bares, pairs = field_words(reg)
    found: dict[str, tuple[int, str]] = {}
    if (name := keys.get(key(header))) is not None:
        found[name] = (EXACT, "exact")
    bare = bare_key(header)
    if bare and (name := bares.get(bare)) is not None:
        found.setdefault(name, (BARE, "exact"))
    if not bare:
        return found
    choices = [word for word, _ in pairs]
    for _word, score, i in process.extract(bare, choices, scorer=fuzz.ratio, score_cutoff=GUESS, limit=None):
        _better(found, pairs[i][1], min(int(score), BARE - 1), "similar" if score >= CONFIDENT else "guess")
    for word, score, i in process.extract(bare, choices, scorer=fuzz.WRatio, score_cutoff=GUESS, limit=None):
        if min(len(word), len(bare)) >= 3:
            _better(found, pairs[i][1], int(min(score, GUESS_CAP)), "guess")
    return found


def _better(found: dict[str, tuple[int, str]], name: str, score: int, how: str) -> None:
    if score > found.get(name, (-1, ""))[0]:
        found[name] = (score, how)


def is_running_number(header: str) -> bool:
    return key(header) in RUNNING_NUMBER


def propose(reg: Register, columns: Sequence[tuple[int, str, tuple[str, ...]]]) -> list[ColumnMatch]:
    """The proposed mapping of (index, header, samples) columns: best matches first, each field once."""
    matches = {index: ColumnMatch(index, header, samples, None) for index, header, samples in columns}
    candidates = []
    for index, header, _samples in columns:
        if is_running_number(header):
            matches[index] = replace(matches[index], field=IGNORE, confidence=EXACT, how="running")
            continue
        for name, (score, how) in scores(reg, header).items():
            candidates.append((-score, index, name, how))
    taken: set[str] = set()
    for negative, index, name, how in sorted(candidates):
        if matches[index].field is None and name not in taken:
            taken.add(name)
            how = "computed" if reg.field(name).computed else how
            matches[index] = replace(matches[index], field=name, confidence=-negative, how=how)
    for negative, index, name, how in sorted(candidates):  # a second column for a field: shown as the duplicate
        if matches[index].field is None and -negative >= CONFIDENT:
            matches[index] = replace(matches[index], field=name, confidence=-negative, how=how)
    return [matches[index] for index, _h, _s in columns]


def header_score(reg: Register, cells: Iterable[object]) -> int:
    """How much a row looks like this register's header: its distinct confident matches."""
    found = set()
    for cell in cells:
        if isinstance(cell, str) and cell.strip():
            best = max(scores(reg, cell).items(), key=lambda item: item[1][0], default=None)
            if best is not None and best[1][0] >= CONFIDENT:
                found.add(best[0])
    return len(found)


# -- settling the rest: the user's choices, the command line's --map / --ignore-column ---------------------------
def settle(matches: list[ColumnMatch], choices: dict[str, str | None]) -> list[ColumnMatch]:
    """The matches with ``choices`` applied: header (as written, or its key) → field name, IGNORE, or None."""
    by_key = {key(h): choice for h, choice in choices.items()}
    out = []
    for m in matches:
        if m.header in choices or key(m.header) in by_key:
            choice = choices.get(m.header, by_key.get(key(m.header)))
            m = replace(m, field=choice, confidence=EXACT if choice is not None else 0,
                        how="user" if choice is not None else "none")
        out.append(m)
    return out


def choices_from_options(reg: Register, maps: Iterable[str], ignores: Iterable[str]) -> dict[str, str | None]:
    """The command line's --map "HEADER=FIELD" and --ignore-column HEADER as choices for ``settle``."""
    choices: dict[str, str | None] = {header: IGNORE for header in ignores}
    for item in maps:
        header, sep, words = item.rpartition("=")
        name = field_by_words(reg, words) if sep else None
        if not header.strip() or name is None:
            raise UserError("--map {item} ไม่ถูกต้อง: ใช้รูปแบบ หัวคอลัมน์=ข้อมูล (ชื่อข้อมูลหรือชื่อที่แสดง) "
                            "เช่น ชื่อโครงการ=name_th", item=item)
        choices[header.strip()] = name
    return choices


def field_by_words(reg: Register, text: str) -> str | None:
    """A field named on the command line: by its name, or its Thai or English label."""
    wanted = key(text)
    return next((f.name for f in reg.fields if wanted in (key(f.name), key(f.th), key(f.en))), None)


# -- remembered mappings ----------------------------------------------------------------------------------------
def setting_key(reg: Register, headers: Iterable[str]) -> str:
    digest = hashlib.sha1("\n".join(sorted({key(h) for h in headers})).encode("utf-8")).hexdigest()
    return f"{SETTING_PREFIX}:{reg.key}:{digest}"


def recall(session: Session, reg: Register, matches: list[ColumnMatch]) -> list[ColumnMatch]:
    """The matches with a mapping confirmed earlier for this set of headers (if any) applied."""
    row = session.get(Setting, setting_key(reg, (m.header for m in matches)))
    if row is None:
        return matches
    known = {f.name for f in reg.fields}
    remembered = {k: v for k, v in json.loads(row.value).items() if v == IGNORE or v in known}
    return [replace(m, field=remembered[key(m.header)], confidence=EXACT, how="remembered")
            if key(m.header) in remembered and m.how != "running" else m for m in matches]


def remember(session: Session, reg: Register, matches: list[ColumnMatch]) -> None:
    """Keep a confirmed mapping (every column settled) for the next file with the same headers."""
    name = setting_key(reg, (m.header for m in matches))
    value = json.dumps({key(m.header): m.field for m in matches if m.field is not None}, ensure_ascii=False)
    row = session.get(Setting, name)
    if row is None:
        session.add(Setting(key=name, value=value))
    else:
        row.value = value


def fields_of(reg: Register) -> list[Field]:
    """The fields a column may be mapped to (the computed ones are read, never imported)."""
    return [f for f in reg.fields if not f.computed]
