"""The user guide as an A4 PDF: a title page with the contents, then one section a page onwards.

Each section starts a page and has an outline entry (bookmark); a viewer opens it with ``#page=N``, the page
of each section being written beside the PDF
(``guide.pages.json``) for the Help menu's F1. Text goes through the project's Thai typesetting (app.pdf);
screenshots are the PNGs the app renders of itself.
"""

from __future__ import annotations

import json
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Image, KeepTogether, PageBreak, SimpleDocTemplate, Spacer

from app import __version__
from app.guide.content import SECTIONS, STEPS_HEADING, SUBTITLE, TITLE, Section, Shot
from app.pdf import BODY, BOLD, bold_size, draw_thai, register_fonts

MARGIN = 2 * cm
WIDTH = A4[0] - 2 * MARGIN
SHOT_HEIGHT = 9.5 * cm
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _t(text: str) -> str:
    """The bundled fonts have no arrow: menu paths read "แฟ้ม > Excel"."""
    return text.replace("→", ">")


def sidecar(path: Path) -> Path:
    return path.with_suffix(".pages.json")


def read_pages(path: Path) -> dict[str, int] | None:
    """The page of each section of a built guide, or None when it is missing or from another version."""
    try:
        data = json.loads(sidecar(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data["pages"] if data.get("version") == __version__ and path.exists() else None


class _Anchor(Flowable):
    """Marks where a section starts: named destination, outline entry, page number noted."""

    def __init__(self, section: Section, title: str, pages: dict[str, int]) -> None:
        super().__init__()
        self.key, self.title, self.pages = section.key, title, pages

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab API
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=0)
        self.pages[self.key] = self.canv.getPageNumber()


def _styles():
    from app.pdf import ThaiStyle

    return {"title": ThaiStyle(font_name=BOLD, font_size=bold_size(22), first_indent=0, align="center",
                               space_after=10),
            "subtitle": ThaiStyle(font_size=18, first_indent=0, align="center", space_after=24),
            "h1": ThaiStyle(font_name=BOLD, font_size=bold_size(20), first_indent=0, space_after=8,
                            keep_with_next=True),
            "h2": ThaiStyle(font_name=BOLD, font_size=bold_size(16), first_indent=0, space_before=6, space_after=2,
                            keep_with_next=True),
            "body": ThaiStyle(font_size=16, first_indent=0, space_after=6),
            "step": ThaiStyle(font_size=16, first_indent=-0.6 * cm, left_indent=0.6 * cm, space_after=4),
            "caption": ThaiStyle(font_size=14, first_indent=0, align="center", space_after=10),
            "toc": ThaiStyle(font_size=17, first_indent=0, space_after=2)}


def _shot(shot: Shot, folder: Path, lang: str, st) -> list:
    from app.pdf import ThaiParagraph

    path = folder / shot.file
    if not path.exists():
        return []
    image = Image(str(path))
    scale = min(WIDTH / image.imageWidth, SHOT_HEIGHT / image.imageHeight)
    image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
    return [KeepTogether([Spacer(1, 4), image, Spacer(1, 3), ThaiParagraph(_t(shot.caption.get(lang)), st["caption"])])]


def _section(section: Section, number: int, folder: Path, lang: str, st, pages: dict[str, int]) -> list:
    from app.pdf import ThaiParagraph

    title = f"{number}. {section.title.get(lang)}"
    story: list = [PageBreak(), _Anchor(section, title, pages), ThaiParagraph(title, st["h1"]),
                   ThaiParagraph(_t(section.intro.get(lang)), st["body"]),
                   ThaiParagraph(STEPS_HEADING.get(lang), st["h2"])]
    story += [ThaiParagraph(f"{k}.  {_t(step.get(lang))}", st["step"]) for k, step in enumerate(section.steps, 1)]
    for shot in section.shots:
        story += _shot(shot, folder, lang, st)
    return story


def _contents(lang: str, st, pages: dict[str, int]) -> list:
    from app.pdf import ThaiParagraph

    story: list = [Spacer(1, 3 * cm), ThaiParagraph(TITLE.get(lang), st["title"]),
                   ThaiParagraph(SUBTITLE.get(lang), st["subtitle"])]
    for number, section in enumerate(SECTIONS, 1):
        page = pages.get(section.key)
        tail = f" ... {page}" if page else ""
        story.append(ThaiParagraph(f"{number}. {section.title.get(lang)}{tail}", st["toc"]))
    return story


def _footer(lang: str):
    label = "User guide" if lang == "en" else "คู่มือการใช้งาน"

    def on_page(canvas, _doc) -> None:
        text = f"{label} · {__version__} · {canvas.getPageNumber()}"
        draw_thai(canvas, A4[0] / 2, 1.1 * cm, text, BODY, 13, align="center")

    return on_page


def _build(path: Path, lang: str, folder: Path, pages_before: dict[str, int]) -> dict[str, int]:
    st = _styles()
    pages: dict[str, int] = {}
    story = _contents(lang, st, pages_before)
    for number, section in enumerate(SECTIONS, 1):
        story += _section(section, number, folder, lang, st, pages)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, title=TITLE.get(lang), creator="smartcity-secretariat",
                            author="สำนักงานเมืองอัจฉริยะประเทศไทย")
    doc.build(story, onFirstPage=_footer(lang), onLaterPages=_footer(lang))
    return pages


def write(path: Path, lang: str = "th", screenshots: Path | None = None) -> dict[str, int]:
    """Build the guide (twice: the contents page gets the sections' pages) and note each section's page."""
    register_fonts()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    folder = Path(screenshots) if screenshots else SHOTS
    pages = _build(path, lang, folder, {})
    pages = _build(path, lang, folder, pages)
    sidecar(path).write_text(json.dumps({"version": __version__, "lang": lang, "pages": pages}), encoding="utf-8")
    return pages
