"""Qt-free Thai PDF text layer on reportlab: fonts, mark positioning, line breaking, paragraphs.

Use it for the minutes, the agenda and the certificates::

    from app.pdf import BOLD, ThaiParagraph, ThaiStyle, bold_size
    heading = ThaiStyle(font_name=BOLD, font_size=bold_size(16), first_indent=0, align="center")
    story = [ThaiParagraph("รายงานการประชุม", heading), ThaiParagraph(body_text)]
    SimpleDocTemplate(path, pagesize=A4, leftMargin=3 * cm, rightMargin=2 * cm).build(story)

Single lines (page numbers "- ๒ -", certificate fields) go through ``draw_thai(canvas, x, y, text, font, size,
align)``; ``to_thai_digits`` converts a document's digits when Thai digits are switched on.

The text layer of the PDF holds exactly the typed text (pdftotext / pypdf give it back), and the
marks are positioned like HarfBuzz's Thai fallback. See THAI_DOCUMENTS.md §3–4 for why.

Streams are written Flate-compressed without reportlab's default ASCII85 layer: binary streams are ordinary PDF,
a quarter smaller, and reportlab's pure-Python ASCII85 encoder took about 0.15 s of a 100-page certificate batch.
The paragraph flowable (``ThaiParagraph``, ``ThaiStyle``, ``BODY_STYLE``) is imported on first use: it brings in
reportlab's platypus, which the certificates do not need. PIL, which reportlab imports at once, is loaded only
when a picture is drawn (:mod:`app.pdf.deferred`).
"""

from app.pdf import deferred  # noqa: I001, F401 - before reportlab: PIL.Image is loaded on first use
from reportlab import rl_config

from app.pdf.fonts import BODY, BOLD, LAKSAMAN, bold_size, register_fonts, single_leading
from app.pdf.thai_shaping import shape_thai, unshape_thai
from app.pdf.thai_text import draw_thai, text_width, to_arabic_digits, to_thai_digits
from app.pdf.thai_wrap import Line, add_words, break_lines

rl_config.useA85 = 0  # read when a document is written

_PARAGRAPH = ("BODY_STYLE", "ThaiParagraph", "ThaiStyle")


def __getattr__(name: str):
    if name in _PARAGRAPH:
        from app.pdf import thai_paragraph

        return getattr(thai_paragraph, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "BODY",
    "BODY_STYLE",
    "BOLD",
    "LAKSAMAN",
    "Line",
    "add_words",
    "ThaiParagraph",
    "ThaiStyle",
    "bold_size",
    "break_lines",
    "draw_thai",
    "register_fonts",
    "shape_thai",
    "single_leading",
    "text_width",
    "to_arabic_digits",
    "to_thai_digits",
    "unshape_thai",
]
