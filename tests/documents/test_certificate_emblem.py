"""The emblem artwork and the SVG subset reader both backends draw from."""

from __future__ import annotations

import pytest

from app.documents.certificate.emblem import EMBLEM_SVG, load, parse_path
from resources import ROOT


def test_bundled_emblem_has_seven_dimension_segments_in_blue_green_gold():
    art = load()
    assert (art.x, art.y, art.width, art.height) == (0, 0, 200, 200)
    segments = art.shapes[:7]
    assert len({s.fill for s in segments}) == 7 and all(s.stroke is None for s in segments)
    assert all(sum(op == "C" for op, _ in s.segments) >= 4 for s in segments)  # annular sectors
    points = [v for s in art.shapes for _op, args in s.segments for v in args]
    assert 0 <= min(points) and max(points) <= 200  # everything inside the viewBox
    assert "original artwork" in (ROOT / "emblem" / "README.md").read_text(encoding="utf-8")
    assert EMBLEM_SVG.parent == ROOT / "emblem"


def test_path_reader_turns_q_h_v_into_lines_and_cubics():
    assert parse_path("M0 0 H10 V5 L0 5 Z") == (("M", (0, 0)), ("L", (10, 0)), ("L", (10, 5)), ("L", (0, 5)),
                                                  ("Z", ()))
    [_, (op, args)] = parse_path("M0 0 Q3 3 6 0")
    assert op == "C" and args == pytest.approx((2, 2, 4, 2, 6, 0))
    assert parse_path("M1 1 2 2 3 3") == (("M", (1, 1)), ("L", (2, 2)), ("L", (3, 3)))


@pytest.mark.parametrize("bad", ["m0 0 l1 1", "M0 0 A5 5 0 0 1 10 10", "M0 0 L1", "1 2"])
def test_path_reader_refuses_what_it_would_draw_wrong(bad):
    with pytest.raises(ValueError):
        parse_path(bad)


def test_svg_outside_the_subset_is_refused(tmp_path):
    svg = tmp_path / "x.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><ellipse rx="1" ry="2"/></svg>')
    with pytest.raises(ValueError, match="ellipse"):
        load(svg)
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect fill="red"/></svg>')
    with pytest.raises(ValueError, match="colour"):
        load(svg)
