"""A platypus Flowable for Thai paragraphs: ``ThaiParagraph(text, style)`` in a ``SimpleDocTemplate`` story.

reportlab's ``Paragraph`` cannot be used for Thai with these fonts: it breaks lines at spaces only
and draws marks unpositioned (see :mod:`app.pdf.thai_wrap` and :mod:`app.pdf.thai_shaping`).
``ThaiParagraph`` lays its text out with :func:`app.pdf.thai_wrap.break_lines`, draws each line
shaped, and splits across frames and pages (the continuation is re-wrapped without the first-line
indent, which gives the same lines). ``lines`` exposes the layout of the last ``wrap`` for tests.
The text is plain text (no markup); the whole paragraph has one font, size and colour.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.lib.colors import Color, black
from reportlab.lib.units import cm
from reportlab.platypus.flowables import Flowable

from app.pdf.fonts import BODY, register_fonts, single_leading, win_metrics
from app.pdf.thai_text import shape_for, to_thai_digits
from app.pdf.thai_wrap import Line, break_lines


@dataclass(frozen=True)
class ThaiStyle:
    """Look of a :class:`ThaiParagraph`; ``leading=None`` means single spacing of the font."""

    font_name: str = BODY
    font_size: float = 16
    leading: float | None = None
    first_indent: float = 2.5 * cm
    align: str = "left"
    space_before: float = 0
    space_after: float = 0
    color: Color = black
    thai_digits: bool = False

    def line_pitch(self) -> float:
        return self.leading if self.leading is not None else single_leading(self.font_name, self.font_size)


BODY_STYLE = ThaiStyle()


class ThaiParagraph(Flowable):
    """A wrapped Thai paragraph (plain text; ``\\n`` breaks a line) that can flow across pages."""

    def __init__(self, text: str, style: ThaiStyle = BODY_STYLE) -> None:
        super().__init__()
        register_fonts()
        self.text = to_thai_digits(text) if style.thai_digits else text
        self.style = style
        self.lines: list[Line] = []
        self._laid_out_for: float | None = None

    def __repr__(self) -> str:
        return f"ThaiParagraph({self.text[:30]!r}…)"

    def layout(self, width: float) -> list[Line]:
        """Lines for a frame ``width`` points wide (cached per width)."""
        if self._laid_out_for != width:
            s = self.style
            self.lines = break_lines(self.text, s.font_name, s.font_size, width, s.first_indent, s.align)
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
        if fit <= 0:
            return []
        head_text, tail_text = self.text[: lines[fit - 1].end], self.text[lines[fit].start :]
        head = ThaiParagraph(head_text, replace(self.style, space_after=0, thai_digits=False))
        tail = ThaiParagraph(tail_text, replace(self.style, first_indent=0, space_before=0, thai_digits=False))
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
        for k, line in enumerate(self.layout(self.width)):
            canvas.drawString(line.x, self.height - ascent - k * pitch, shape_for(line.text, s.font_name))
