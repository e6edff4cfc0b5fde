"""Project and agency names reduced to what the duplicate check compares. Qt-free, no database.

``fold`` makes text comparable (lower case, Arabic digits, no spaces, punctuation or zero-width characters).
``name_key`` finds the concepts of ``terms.CONCEPTS`` in a project name (so Thai and English terms for the same
thing meet), drops the generic words and the province names, and keeps character trigrams of what is left (Thai
is written without spaces: trigrams need no word breaker). ``agency_key`` reads abbreviations (ทน. = เทศบาลนคร)
and English names of agencies and provinces as their Thai forms.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from app.core.thaidate import to_arabic_digits
from app.plan.terms import AGENCY_WORDS, CONCEPTS, GENERIC, NAME_ABBREVIATIONS
from app.registers.reference import load_provinces

_DROP = re.compile(r"[^0-9a-z\u0e01-\u0e4e]+")  # keeps Latin letters, digits and Thai letters with their marks
_ABBREVIATION = re.compile(r"(?<![\u0e01-\u0e4ea-z])(ทน|ทม|ทต|อบจ|อบต|กทม|จ|ม)\.\s*")
_SAMPLE_MARK = re.compile(r"\(ข้อมูลตัวอย่าง\)")
_SHORT = {"ทน": "เทศบาลนคร", "ทม": "เทศบาลเมือง", "ทต": "เทศบาลตำบล", "อบจ": "องค์การบริหารส่วนจังหวัด",
          "อบต": "องค์การบริหารส่วนตำบล", "กทม": "กรุงเทพมหานคร", "จ": "จังหวัด", "ม": "มหาวิทยาลัย"}


def fold(text: str) -> str:
    text = unicodedata.normalize("NFC", to_arabic_digits(str(text or ""))).casefold().replace("\u0e4d\u0e32", "\u0e33")
    return _DROP.sub("", text)


@dataclass(frozen=True)
class NameKey:
    concepts: frozenset[str]
    grams: frozenset[str]  # trigrams of what is left after the concepts, generic words and places
    raw: frozenset[str]  # trigrams of the name without generic words and places, concepts kept as written
    terms: tuple[str, ...]  # the phrases found, as written in terms.CONCEPTS


@cache
def _phrases() -> tuple[re.Pattern, dict[str, tuple[str, str]]]:
    """One pattern for every concept phrase (longest first) and folded phrase → (concept, phrase as written)."""
    table = {fold(p): (concept, p) for concept, phrases in CONCEPTS.items() for p in phrases}
    pattern = re.compile("|".join(re.escape(p) for p in sorted(table, key=len, reverse=True)))
    return pattern, table


@cache
def _noise() -> re.Pattern:
    """Generic words and every province's Thai and English name (and Bangkok's short forms)."""
    words = {fold(w) for w in GENERIC}
    for row in load_provinces():
        words |= {fold(row["name_th"]), fold(row["name_en"])}
    words |= {fold(w) for w in ("กรุงเทพ", "กทม", "bangkok metropolis")}
    return re.compile("|".join(re.escape(w) for w in sorted(words - {""}, key=len, reverse=True)))


def trigrams(text: str) -> frozenset[str]:
    if len(text) < 3:
        return frozenset([text]) if text else frozenset()
    return frozenset(text[i:i + 3] for i in range(len(text) - 2))


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> NameKey:
    text = _SAMPLE_MARK.sub("", name or "")
    for short, full in NAME_ABBREVIATIONS.items():
        text = text.replace(short, full)
    text = fold(text)
    pattern, table = _phrases()
    concepts, terms = set(), []
    for match in pattern.finditer(text):
        concept, phrase = table[match.group()]
        concepts.add(concept)
        terms.append(phrase)
    noise = _noise()
    rest = noise.sub("", pattern.sub(" ", text)).replace(" ", "")
    return NameKey(frozenset(concepts), trigrams(rest), trigrams(noise.sub("", text)), tuple(dict.fromkeys(terms)))


def contradicts(a: NameKey, b: NameKey) -> bool:
    """Both names say something besides their shared concepts, and none of it in common."""
    return bool(a.grams and b.grams) and max(len(a.grams), len(b.grams)) >= 4 and not a.grams & b.grams


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def name_similarity(a: NameKey, b: NameKey) -> float:
    """0–1: the same concepts (Thai or English) weigh most; distinctive words left over must not contradict."""
    if a.concepts and b.concepts:
        shared = len(a.concepts & b.concepts) / len(a.concepts | b.concepts)
        if not shared:
            return 0.0
        if len(a.grams) >= 4 and len(b.grams) >= 4:  # both say more than the concept: that must agree too
            return 0.6 * shared + 0.4 * dice(a.grams, b.grams)
        return 0.95 * shared
    if not a.concepts and not b.concepts:
        return dice(a.grams, b.grams)
    return 0.9 * dice(a.raw, b.raw)


@dataclass(frozen=True)
class AgencyKey:
    whole: str  # the name, kind words in their Thai form, folded
    kind: str  # the kind word found (เทศบาลนคร, จังหวัด …), folded; empty when none
    place: str  # what is left: the town, province or organisation
    aliases: frozenset[str] = frozenset()  # the name and what it gives in brackets: "… (กฟผ.)"


@cache
def _agency_words() -> tuple[re.Pattern, dict[str, str]]:
    table = {fold(full): fold(full) for full in AGENCY_WORDS}
    for full, variants in AGENCY_WORDS.items():
        table.update({fold(v): fold(full) for v in variants if len(fold(v)) > 2})
    for row in load_provinces():
        table[fold(row["name_en"])] = fold(row["name_th"])
    pattern = re.compile("|".join(re.escape(w) for w in sorted(table, key=len, reverse=True)))
    return pattern, table


@cache
def _kinds() -> tuple[str, ...]:
    return tuple(fold(full) for full in AGENCY_WORDS)


@lru_cache(maxsize=1 << 16)
def agency_key(name: str) -> AgencyKey:
    text = _SAMPLE_MARK.sub("", name or "").casefold()
    text = _ABBREVIATION.sub(lambda m: _SHORT[m.group(1)], text)
    bracketed = {fold(inner) for inner in re.findall(r"\(([^)]*)\)", text)} - {""}
    pattern, table = _agency_words()
    folded = pattern.sub(lambda m: table[m.group()], fold(re.sub(r"\([^)]*\)", "", text)))
    kinds = [full for full in _kinds() if full in folded]
    kind = max(kinds, key=len) if kinds else ""
    return AgencyKey(folded, kind, folded.replace(kind, "", 1) if kind else folded, frozenset({folded, *bracketed}))


def agency_similarity(a: AgencyKey, b: AgencyKey) -> float:
    """1: the same agency however written; 0.6: agencies of the same place (the province and its city); else 0."""
    if a.whole and (a.whole == b.whole or a.aliases & b.aliases - {""}):
        return 1.0
    if a.place and a.place == b.place and a.kind == b.kind:
        return 1.0
    if a.place and b.place and (a.place in b.place or b.place in a.place):
        return 0.6
    return 0.0
