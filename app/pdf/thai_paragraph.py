"""A platypus Flowable for Thai paragraphs: ``ThaiParagraph(text, style)`` in a ``SimpleDocTemplate`` story.

reportlab's ``Paragraph`` cannot be used for Thai with these fonts: it breaks lines at spaces only
and draws marks unpositioned (see :mod:`app.pdf.thai_wrap` and :mod:`app.pdf.thai_shaping`).
``ThaiParagraph`` lays its text out with :func:`app.pdf.thai_wrap.break_lines`, draws each line
shaped, and splits across frames and pages (the continuation is re-wrapped without the first-line
indent, which gives the same lines), never leaving a single line of a paragraph alone at the foot or the head of
a page. ``lines`` exposes the layout of the last ``wrap`` for tests. The text is plain text (no markup); the whole
paragraph has one font, size and colour.

Alignment ``"justify"`` is Thai distributed justification as Word sets it: the extra width of every line but the
last is spread between the character clusters (:mod:`app.pdf.thai_justify`). ``left_indent`` moves every line
right; a negative ``first_indent`` then hangs the first line out (a number before text that wraps under itself).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.lib.colors import Color, black
from reportlab.lib.units import cm
from reportlab.platypus.flowables import Flowable

from app.pdf.fonts import BODY, register_fonts, single_leading, win_metrics
from app.pdf.thai_justify import draw_line
from app.pdf.thai_phrases import thai_digits_smart
from app.pdf.thai_wrap import Line, break_lines

MIN_LINES = 2  # lines a split leaves on each page (no widow, no orphan)


@dataclass(frozen=True)
class ThaiStyle:
    """Look of a :class:`ThaiParagraph`; ``leading=None`` means single spacing of the font."""

    font_name: str = BODY
    font_size: float = 16
    leading: float | None = None
    first_indent: float = 2.5 * cm  # relative to left_indent; negative hangs the first line out
    align: str = "left"  # left, center, right, justify (Thai distributed)
    space_before: float = 0
    space_after: float = 0
    color: Color = black
    thai_digits: bool = False  # the document's own numbers in Thai digits (proper names keep theirs)
    left_indent: float = 0
    keep_with_next: bool = False  # a heading: never the last thing on a page

    def line_pitch(self) -> float:
        return self.leading if self.leading is not None else single_leading(self.font_name, self.font_size)


BODY_STYLE = ThaiStyle()


class ThaiParagraph(Flowable):
    """A wrapped Thai paragraph (plain text; ``\\n`` breaks a line) that can flow across pages."""

    def __init__(self, text: str, style: ThaiStyle = BODY_STYLE) -> None:
        super().__init__()
        register_fonts()
        self.text = thai_digits_smart(text) if style.thai_digits else text
        self.style = style
        self.keepWithNext = style.keep_with_next
        self.lines: list[Line] = []
        self._laid_out_for: float | None = None
        self._last_of_paragraph = True  # a head split off a page is justified to its end

    def __repr__(self) -> str:
        return f"ThaiParagraph({self.text[:30]!r}…)"

    def layout(self, width: float) -> list[Line]:
        """Lines for a frame ``width`` points wide (cached per width); ``x`` includes the left indent."""
        if self._laid_out_for != width:
            s = self.style
            align = "left" if s.align == "justify" else s.align
            lines = break_lines(self.text, s.font_name, s.font_size, width - s.left_indent, s.first_indent, align)
            self.lines = [replace(line, x=line.x + s.left_indent) for line in lines] if s.left_indent else lines
            self._laid_out_for = width
        return self.lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab API
        self.width = availWidth
        self.height = len(self.layout(availWidth)) * self.style.line_pitch()
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 - reportlab API
        lines = self.layout(availWidth)
        fit = int((availHeight + 1e-6) // self.style.line_pitch())
        if fit >= len(lines):
            return [self]
        fit = min(fit, len(lines) - MIN_LINES)  # carry at least two lines over
        if fit < MIN_LINES:
            return []  # the whole paragraph goes to the next page
        head_text, tail_text = self.text[: lines[fit - 1].end], self.text[lines[fit].start :]
        head = ThaiParagraph(head_text, replace(self.style, space_after=0, thai_digits=False, keep_with_next=False))
        head._last_of_paragraph = False
        style = self.style
        tail = ThaiParagraph(tail_text, replace(style, first_indent=0, space_before=0, thai_digits=False))
        return [head, tail]

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab API
        return self.style.space_before

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab API
        return self.style.space_after

    def draw(self) -> None:
        s = self.style
        pitch = s.line_pitch()
        ascent = win_metrics(s.font_name)[0] * s.font_size
        canvas = self.canv
        canvas.setFont(s.font_name, s.font_size)
        canvas.setFillColor(s.color)
        lines = self.layout(self.width)
        for k, line in enumerate(lines):
            extra = 0.0
            if s.align == "justify" and (k < len(lines) - 1 or not self._last_of_paragraph):
                extra = self._extra(line, lines, k)
            draw_line(canvas, line.x, self.height - ascent - k * pitch, line.text, s.font_name, s.font_size, extra)

    def _extra(self, line: Line, lines: list[Line], k: int) -> float:
        """The width a line lacks to reach the right margin; none before a forced break ("\\n")."""
        if k + 1 < len(lines) and "\n" in self.text[line.end : lines[k + 1].start]:
            return 0.0
        return max(self.width - line.x - line.width, 0.0)
