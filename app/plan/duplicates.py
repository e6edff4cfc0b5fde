"""Suspected duplicates among the plan's projects, found before the committee meets. Qt-free.

Projects are compared only within blocks of the same province and fiscal year (a project sits in the block of
each of its provinces and each year of its span), never all pairs: projects of other provinces or years that do
not overlap are never duplicates of each other. Within a block a pair whose names name different things (two
concepts that do not meet) costs one set test. A pair's score (0–100) weighs:

* the names (55): ``normalise.name_similarity``, Thai and English terms for the same thing counted as one;
* the place (15): the same smart city area or promotion zone, or the same provinces (an overlap counts less);
* the smart dimensions (10), the agencies however they write their names (10), and the budgets requested (10).

A pair is suspected when its names are alike (NAME_FLOOR) and its score reaches THRESHOLD; the reasons say why.
Withdrawn projects are left out, and so are pairs the secretary has already decided (``decisions``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from itertools import combinations

from app.core.errors import Bilingual, render
from app.plan.money import baht
from app.plan.normalise import (
    AgencyKey,
    NameKey,
    agency_key,
    agency_similarity,
    contradicts,
    name_key,
    name_similarity,
)
from app.registers.reference import load_dimensions, province_index

NAME_FLOOR = 0.55
THRESHOLD = 60
WEIGHTS = {"name": 55, "place": 15, "dimensions": 10, "agency": 10, "budget": 10}


@dataclass(frozen=True)
class Candidate:
    """A project as the check sees it: plain values only."""

    id: int
    name: str
    agency: str
    provinces: frozenset[str]
    dimensions: frozenset[str] = frozenset()
    first_year: int = 0
    last_year: int = 0
    requested: Decimal = Decimal(0)
    city_id: int | None = None
    zone_id: int | None = None
    area: str = ""  # the city area's or zone's name, for the reasons


@dataclass(frozen=True)
class Reason:
    template: str
    params: dict = field(default_factory=dict, hash=False, compare=False)

    def message(self, lang: str = "th") -> str:
        return render(self.template, self.params, lang)


@dataclass
class Suspect:
    first: Candidate
    second: Candidate
    score: int
    reasons: list[Reason]
    decision: str | None = None  # filled in by find() when the secretary has decided the pair

    @property
    def pair(self) -> tuple[int, int]:
        return self.first.id, self.second.id

    def reasons_text(self, lang: str = "th", separator: str = "; ") -> str:
        return separator.join(r.message(lang) for r in self.reasons)


@dataclass
class _Prepared:
    project: Candidate
    name: NameKey
    agency: AgencyKey


def suspects(projects: Iterable[Candidate], threshold: int = THRESHOLD) -> list[Suspect]:
    """Every suspected pair, highest score first (first id < second id in each pair)."""
    prepared = [_Prepared(p, name_key(p.name), agency_key(p.agency)) for p in projects]
    found, seen = [], set()
    for block in _blocks(prepared).values():
        for a, b in combinations(block, 2):
            if a.project.id > b.project.id:
                a, b = b, a
            key = (a.project.id, b.project.id)
            if key in seen or (a.name.concepts and b.name.concepts and a.name.concepts.isdisjoint(b.name.concepts)):
                continue
            seen.add(key)
            suspect = _compare(a, b, threshold)
            if suspect is not None:
                found.append(suspect)
    found.sort(key=lambda s: (-s.score, s.pair))
    return found


def _blocks(prepared: Sequence[_Prepared]) -> dict[tuple[str, int], list[_Prepared]]:
    blocks: dict[tuple[str, int], list[_Prepared]] = defaultdict(list)
    for item in prepared:
        p = item.project
        for year in range(p.first_year, max(p.first_year, p.last_year) + 1):
            for province in p.provinces:
                blocks[province, year].append(item)
    return blocks


def _compare(a: _Prepared, b: _Prepared, threshold: int) -> Suspect | None:
    name = name_similarity(a.name, b.name)
    if name < NAME_FLOOR:
        return None
    p, q = a.project, b.project
    parts = {"name": name, "place": _place(p, q), "dimensions": _overlap(p.dimensions, q.dimensions),
             "agency": agency_similarity(a.agency, b.agency), "budget": _budget(p.requested, q.requested)}
    score = round(sum(WEIGHTS[k] * v for k, v in parts.items()))
    if score < threshold or (contradicts(a.name, b.name) and not parts["agency"] and parts["budget"] < 0.5):
        return None  # names that differ where they say more, from unrelated agencies, for other sums: distinct
    return Suspect(p, q, score, _reasons(a, b, parts))


def _place(p: Candidate, q: Candidate) -> float:
    if (p.city_id and p.city_id == q.city_id) or (p.zone_id and p.zone_id == q.zone_id):
        return 1.0
    return 1.0 if p.provinces == q.provinces else 0.7


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.5  # not said: neither for nor against
    return len(a & b) / len(a | b)


def _budget(a: Decimal, b: Decimal) -> float:
    if not a and not b:
        return 0.5
    return float(min(a, b) / max(a, b))


def _reasons(a: _Prepared, b: _Prepared, parts: dict[str, float]) -> list[Reason]:
    p, q = a.project, b.project
    found = [Reason("ชื่อโครงการคล้ายกัน {percent}%", {"percent": round(parts["name"] * 100)})]
    if a.name.concepts & b.name.concepts and set(a.name.terms) != set(b.name.terms):
        found.append(Reason("คำที่มีความหมายเดียวกัน: {terms}",
                            {"terms": f"{', '.join(a.name.terms)} = {', '.join(b.name.terms)}"}))
    found.append(_place_reason(p, q))
    if p.dimensions & q.dimensions:
        found.append(Reason("ด้านเมืองอัจฉริยะซ้อนกัน: {dimensions}", {"dimensions": _dimensions(p.dimensions
                                                                                                  & q.dimensions)}))
    found += _agency_reason(p, q, parts["agency"])
    if parts["budget"] >= 0.8 and p.requested and q.requested:
        found.append(Reason("งบประมาณที่เสนอขอใกล้เคียงกัน: {a} / {b} บาท",
                            {"a": baht(p.requested), "b": baht(q.requested)}))
    first, last = max(p.first_year, q.first_year), min(p.last_year, q.last_year)
    found.append(Reason("ปีงบประมาณซ้อนกัน: {years}", {"years": str(first) if first == last else f"{first}–{last}"}))
    return found


def _place_reason(p: Candidate, q: Candidate) -> Reason:
    if (p.city_id and p.city_id == q.city_id) or (p.zone_id and p.zone_id == q.zone_id):
        return Reason("พื้นที่เดียวกัน: {area}", {"area": p.area or q.area})
    return Reason("จังหวัดเดียวกัน: {provinces}", {"provinces": _province_names(p.provinces & q.provinces)})


@lru_cache(maxsize=4096)
def _province_names(codes: frozenset[str]) -> Bilingual:
    index = province_index()
    shared = sorted(c for c in codes if c in index)
    return Bilingual(", ".join(index[c]["name_th"] for c in shared), ", ".join(index[c]["name_en"] for c in shared))


def _agency_reason(p: Candidate, q: Candidate, similarity: float) -> list[Reason]:
    if similarity >= 1.0:
        if " ".join(p.agency.split()) == " ".join(q.agency.split()):
            return [Reason("หน่วยงานเดียวกัน: {agency}", {"agency": p.agency})]
        return [Reason("หน่วยงานเดียวกันแต่เขียนชื่อต่างกัน: {a} / {b}", {"a": p.agency, "b": q.agency})]
    if similarity > 0:
        return [Reason("หน่วยงานในพื้นที่เดียวกัน: {a} / {b}", {"a": p.agency, "b": q.agency})]
    return []


def _dimensions(codes: Iterable[str]) -> Bilingual:
    rows = [r for r in load_dimensions() if r["code"] in set(codes)]
    return Bilingual(", ".join(r["name_th"] for r in rows), ", ".join(r["name_en"] for r in rows))
