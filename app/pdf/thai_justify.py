"""Draw one Thai line, with Thai distributed justification when it has width to spare.

Word's "Thai distributed" alignment spreads a line's spare width evenly between its character clusters (a base
letter and the marks above and below it). reportlab's character spacing (``Tc``) would also move every mark
away from its base, so the line is written as one ``TJ`` array whose adjustments fall only between clusters.
The text layer is unchanged (the same codes, in order), so pdftotext and pypdf still give back the typed text;
the gap between two clusters is kept far below the width at which they would insert a space.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfgen.canvas import Canvas

from app.pdf.fonts import get_font
from app.pdf.thai_shaping import TO_UNICODE
from app.pdf.thai_text import shape_for

ZERO_WIDTH = frozenset("\u0e31" + "".join(map(chr, range(0x0E34, 0x0E3B))) + "".join(map(chr, range(0x0E47, 0x0E4F))))
MAX_GAP_EM = 0.08  # at most this much per cluster gap (poppler starts a new word at about 0.1 em)


ZERO_WIDTH_DRAWN = ZERO_WIDTH | {chr(cp) for cp, base in TO_UNICODE.items() if base == "" or base in ZERO_WIDTH}
ESCAPED = {b: escapePDF(bytes([b])) for b in range(256)}  # a PDF string's bytes, escaped once (a str.translate table)
CUT = "\uffff"  # marks a cluster start in a run of bytes read as Latin-1 (never one of them): there goes a kern


def cluster_starts(shaped: str) -> list[int]:
    """Offsets (after the first) where a new cluster starts in a shaped string (marks and their positioned
    variants continue a cluster)."""
    return [i for i, ch in enumerate(shaped) if i and ch not in ZERO_WIDTH_DRAWN]


def draw_line(canvas: Canvas, x: float, y: float, text: str, font_name: str, size: float, extra: float = 0.0) -> None:
    """Draw ``text`` (unshaped) at ``x``, baseline ``y``; ``extra`` points are spread between its clusters."""
    shaped = shape_for(text, font_name)
    starts = cluster_starts(shaped) if extra > 0.01 else []
    if not starts:
        canvas.drawString(x, y, shaped)
        return
    gap = min(extra / len(starts), MAX_GAP_EM * size)
    text_object = canvas.beginText(x, y)
    text_object.setFont(font_name, size)
    text_object._code.append(_tj(canvas, shaped, starts, font_name, size, gap))
    canvas.drawText(text_object)


def _tj(canvas: Canvas, shaped: str, starts: list[int], font_name: str, size: float, gap: float) -> str:
    """The Tf/TJ operators of one line: each subset run as a TJ array with a kern before every cluster start
    (``starts`` ascending, as :func:`cluster_starts` gives them)."""
    font = get_font(font_name)
    kern = fp_str(-gap * 1000 / size)
    code: list[str] = []
    offset = 0
    for subset, data in font.splitString(shaped, canvas._doc):
        end = offset + len(data)
        first = bisect_left(starts, offset)
        lead = f"{kern} " if offset and first < len(starts) and starts[first] == offset else ""
        cuts = [0, *(start - offset for start in starts[bisect_right(starts, offset) : bisect_left(starts, end)])]
        chars = data.decode("latin-1")
        text = CUT.join(chars[a:b] for a, b in zip(cuts, [*cuts[1:], len(data)], strict=True))
        runs = text.translate(ESCAPED).replace(CUT, f") {kern} (")
        code.append(f"{font.getSubsetInternalName(subset, canvas._doc)} {fp_str(size)} Tf [{lead}({runs})] TJ")
        offset = end
    return "\n".join(code)
