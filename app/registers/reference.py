"""Reference data shipped in resources/reference (provinces, smart dimensions)."""

from __future__ import annotations

import csv
from functools import cache

from resources import ROOT

REFERENCE = ROOT / "reference"


def _read(name: str) -> list[dict[str, str]]:
    with open(REFERENCE / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@cache
def load_provinces() -> tuple[dict[str, str], ...]:
    return tuple(_read("provinces.csv"))


@cache
def load_dimensions() -> tuple[dict[str, str], ...]:
    return tuple(_read("smart_dimensions.csv"))


@cache
def province_index() -> dict[str, dict[str, str]]:
    return {row["code"]: row for row in load_provinces()}


def region_of(code: str | None, lang: str = "th") -> str:
    row = province_index().get(code or "")
    if not row:
        return ""
    return row["region_en"] if lang == "en" else row["region_th"]


def regions(lang: str = "th") -> list[str]:
    key = "region_en" if lang == "en" else "region_th"
    seen: dict[str, None] = {}
    for row in load_provinces():
        seen.setdefault(row[key], None)
    return list(seen)
