"""The certificate emblem: a reader of the small SVG subset our artwork is written in, shared by both backends.

``resources/emblem/smartcity-emblem.svg`` is read once into :class:`Shape` paths (move, line, cubic curve,
close) in the SVG's own coordinates; ``certificate_pdf`` draws them on a reportlab canvas and
``app.views.certificates.paint`` with a QPainter, so the PDF and the preview show the same shapes.
Supported: ``svg`` (viewBox), ``g`` (inherited fill/stroke/stroke-width), ``circle``, ``rect``, ``polygon``,
``polyline``, ``line``, ``path`` with absolute M L H V C Q Z; colours ``#rgb``/``#rrggbb``/``none``.
Anything else raises ``ValueError`` rather than being drawn wrong. No Qt here.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from resources import ROOT

EMBLEM_SVG = ROOT / "emblem" / "smartcity-emblem.svg"
KAPPA = 0.5522847498  # control-point distance of a quarter circle drawn as one cubic Bézier
STYLE_KEYS = ("fill", "stroke", "stroke-width")
IGNORED = frozenset({"title", "desc", "metadata"})
_TOKEN = re.compile(r"[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARGS = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "Q": 4, "Z": 0}

Segment = tuple[str, tuple[float, ...]]  # ("M"|"L", (x, y)) · ("C", (x1, y1, x2, y2, x, y)) · ("Z", ())


@dataclass(frozen=True)
class Shape:
    segments: tuple[Segment, ...]
    fill: str | None  # "#RRGGBB" or None
    stroke: str | None
    stroke_width: float


@dataclass(frozen=True)
class Artwork:
    x: float  # viewBox
    y: float
    width: float
    height: float
    shapes: tuple[Shape, ...]


@lru_cache(maxsize=4)
def load(path: Path = EMBLEM_SVG) -> Artwork:
    """The artwork of an SVG file in the supported subset."""
    root = ET.parse(path).getroot()
    if _tag(root) != "svg":
        raise ValueError(f"{path.name}: not an SVG file")
    box = [float(v) for v in root.get("viewBox", "").replace(",", " ").split()]
    if len(box) != 4:
        raise ValueError(f"{path.name}: the svg element needs a viewBox")
    shapes: list[Shape] = []
    _walk(root, {"fill": "#000000", "stroke": "none", "stroke-width": "1"}, shapes)
    return Artwork(*box, tuple(shapes))


def trace(segments: tuple[Segment, ...], move_to, line_to, curve_to, close) -> None:
    """Replay a shape's segments on a backend's path (reportlab's ``PDFPathObject``, Qt's ``QPainterPath``)."""
    for op, args in segments:
        if op == "M":
            move_to(*args)
        elif op == "L":
            line_to(*args)
        elif op == "C":
            curve_to(*args)
        else:
            close()


def _tag(element: ET.Element) -> str:
    return element.tag.rsplit("}", 1)[-1]


def _walk(element: ET.Element, inherited: dict[str, str], shapes: list[Shape]) -> None:
    for child in element:
        tag = _tag(child)
        if tag in IGNORED:
            continue
        style = {**inherited, **{k: child.get(k) for k in STYLE_KEYS if child.get(k) is not None}}
        if tag == "g":
            _walk(child, style, shapes)
            continue
        segments = _segments(tag, child)
        shapes.append(Shape(segments, _colour(style["fill"]), _colour(style["stroke"]), float(style["stroke-width"])))


def _segments(tag: str, e: ET.Element) -> tuple[Segment, ...]:
    def num(name: str) -> float:
        return float(e.get(name, "0"))

    if tag == "circle":
        return _circle(num("cx"), num("cy"), num("r"))
    if tag == "rect":
        x, y, w, h = num("x"), num("y"), num("width"), num("height")
        return (("M", (x, y)), ("L", (x + w, y)), ("L", (x + w, y + h)), ("L", (x, y + h)), ("Z", ()))
    if tag == "line":
        return (("M", (num("x1"), num("y1"))), ("L", (num("x2"), num("y2"))))
    if tag in ("polygon", "polyline"):
        values = [float(v) for v in e.get("points", "").replace(",", " ").split()]
        points = list(zip(values[::2], values[1::2], strict=True))
        segments = [("M", points[0])] + [("L", p) for p in points[1:]]
        return tuple(segments + ([("Z", ())] if tag == "polygon" else []))
    if tag == "path":
        return parse_path(e.get("d", ""))
    raise ValueError(f"SVG element <{tag}> is not in the emblem subset")


def _circle(cx: float, cy: float, r: float) -> tuple[Segment, ...]:
    k = KAPPA * r
    return (("M", (cx + r, cy)), ("C", (cx + r, cy + k, cx + k, cy + r, cx, cy + r)),
            ("C", (cx - k, cy + r, cx - r, cy + k, cx - r, cy)), ("C", (cx - r, cy - k, cx - k, cy - r, cx, cy - r)),
            ("C", (cx + k, cy - r, cx + r, cy - k, cx + r, cy)), ("Z", ()))


def parse_path(d: str) -> tuple[Segment, ...]:
    """Path data with absolute commands M L H V C Q Z (Q becomes C; H and V become L)."""
    tokens = _TOKEN.findall(d)
    segments: list[Segment] = []
    command, i = "", 0
    x = y = start_x = start_y = 0.0
    while i < len(tokens):
        if tokens[i].isalpha():
            command, i = tokens[i].upper() if tokens[i] in "zZ" else tokens[i], i + 1
            if command not in _ARGS:
                raise ValueError(f"path command {command!r} is not in the emblem subset (absolute M L H V C Q Z)")
        elif not command or command == "Z":
            raise ValueError(f"path data {d[:40]!r}: a number without a command")
        args = [float(t) for t in tokens[i : i + _ARGS[command]]]
        if len(args) < _ARGS[command]:
            raise ValueError(f"path data {d[:40]!r}: command {command} needs {_ARGS[command]} numbers")
        i += _ARGS[command]
        if command == "M":
            x, y = start_x, start_y = args
            segments.append(("M", (x, y)))
            command = "L"  # further pairs after M are lines
        elif command in ("L", "H", "V"):
            x, y = {"L": args, "H": (args[0], y), "V": (x, args[0])}[command]
            segments.append(("L", (x, y)))
        elif command == "C":
            segments.append(("C", tuple(args)))
            x, y = args[4], args[5]
        elif command == "Q":  # the same curve as a cubic
            qx, qy, ex, ey = args
            c = (x + 2 / 3 * (qx - x), y + 2 / 3 * (qy - y), ex + 2 / 3 * (qx - ex), ey + 2 / 3 * (qy - ey), ex, ey)
            segments.append(("C", c))
            x, y = ex, ey
        else:  # Z
            segments.append(("Z", ()))
            x, y = start_x, start_y
    return tuple(segments)


def _colour(value: str) -> str | None:
    value = value.strip()
    if value == "none":
        return None
    if re.fullmatch(r"#[0-9a-fA-F]{3}", value):
        value = "#" + "".join(ch * 2 for ch in value[1:])
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", value):
        raise ValueError(f"colour {value!r} is not in the emblem subset (#rgb, #rrggbb, none)")
    return value.upper()
