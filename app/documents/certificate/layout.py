"""One emblem certificate page (A4 landscape, THAI_DOCUMENTS.md §2) as drawing primitives, computed once.

``layout(content)`` places everything in points, origin at the top-left corner, y downwards; the PDF
(``certificate_pdf``) and the QPainter backend (``app.views.certificates.paint``) only draw the primitives, so the
preview, the printout and the PDF agree. Text is measured with the PDF fonts (``app.pdf``) and broken only at
Thai word boundaries; a long name takes up to three balanced lines and shrinks until it fits the frame.
Sizes are nominal TH SarabunPSK sizes; bold text is Laksaman Bold at 2/3 of that (``app.pdf.bold_size``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.pagesizes import A4, landscape

from app.certificates.content import CertificateContent, Signatory
from app.core.thaidate import format_date
from app.documents.certificate.qr import QrCode, qr_code
from app.pdf import BODY, BOLD, Line, bold_size, break_lines, register_fonts
from app.pdf.fonts import win_metrics
from app.pdf.thai_wrap import break_positions

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
CENTRE = PAGE_WIDTH / 2
NAVY, GOLD, DARK_GOLD, INK, MUTED = "#1F3B73", "#B8862B", "#8A5F0E", "#1A1A1A", "#4A4A4A"
MARK_RED = "#B00020"  # an expired or revoked certificate printed on request says so
TITLE_SIZE = 28  # nominal; the recipient's name (NAME_MIN and up) is the most prominent text after the emblem
NAME_SIZE, NAME_MIN = 44, 28
BORDERS = ((16.0, GOLD, 3.0), (23.0, NAVY, 0.8))  # inset from the page edge, colour, line width
FRAME_INSET = 23.0  # the inner border: every primitive stays inside it
TEXT_WIDTH = PAGE_WIDTH - 2 * 90  # width of the centred lines
EMBLEM_SIZE, EMBLEM_TOP = 76.0, 32.0
QR_SIZE, QR_LEFT, QR_BOTTOM_GAP = 68.0, 40.0, 44.0
SIGNATURE_BOTTOM = PAGE_HEIGHT - 48  # baseline of the lowest signature line
# (offsets from the centre, width) per number of signatories; the left column stays clear of the QR code
SIGNATURE_COLUMNS = {1: ((0.0,), 320.0), 2: ((-170.0, 170.0), 260.0), 3: ((-205.0, 0.0, 205.0), 185.0)}
PICTURE_WIDTH, PICTURE_HEIGHT = 140.0, 40.0
PITCH = 1.15  # line pitch as a multiple of the nominal size
NUMBER_PREFIX = "เลขที่"


@dataclass(frozen=True)
class Text:
    role: str  # number, issuer, title, lead, name, developer, reason, date, validity, signatory, position
    text: str
    font: str  # reportlab font name (app.pdf BODY or BOLD)
    size: float  # point size of that font
    x: float  # left end of the line
    baseline: float
    width: float
    color: str

    @property
    def top(self) -> float:
        return self.baseline - win_metrics(self.font)[0] * self.size

    @property
    def bottom(self) -> float:
        return self.baseline + win_metrics(self.font)[1] * self.size


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float
    stroke: str | None
    line_width: float = 0.0
    fill: str | None = None


@dataclass(frozen=True)
class Rule:
    x1: float
    y1: float
    x2: float
    y2: float
    color: str
    line_width: float
    dotted: bool = False


@dataclass(frozen=True)
class Emblem:
    x: float
    y: float
    size: float


@dataclass(frozen=True)
class Picture:
    x: float
    y: float
    width: float
    height: float
    png: bytes


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    frame: Rect  # the inner border
    items: tuple[Text | Rect | Rule | Emblem | QrCode | Picture, ...]

    def texts(self, role: str | None = None) -> list[Text]:
        return [i for i in self.items if isinstance(i, Text) and role in (None, i.role)]


@dataclass(frozen=True)
class _Block:
    role: str
    text: str
    font: str
    size: float  # nominal
    min_size: float
    max_lines: int
    color: str
    gap: float = 0.0  # space above


def font_size(font: str, nominal: float) -> float:
    return bold_size(nominal) if font == BOLD else nominal


def block_height(lines: int, nominal: float) -> float:
    ascent, descent = win_metrics(BODY)
    return (ascent + descent) * nominal + (lines - 1) * PITCH * nominal


@lru_cache(maxsize=16384)  # the same wording and signatories recur on every certificate of a batch
def _lines(text: str, font: str, nominal: float, width: float) -> tuple[Line, ...]:
    return tuple(break_lines(text, font, font_size(font, nominal), width))


@lru_cache(maxsize=1024)
def _starts(text: str) -> frozenset[int]:
    return frozenset(break_positions(text))


def _whole_words(text: str, lines: Sequence[Line]) -> bool:
    """Every line starts at a word boundary (no word cut at a character cluster)."""
    allowed = _starts(text)
    return all(ln.start == 0 or ln.start in allowed or text[ln.start - 1].isspace() for ln in lines)


@lru_cache(maxsize=4096)
def fit(text: str, font: str, size: float, min_size: float, width: float, max_lines: int,
        max_height: float = float("inf")) -> tuple[float, tuple[Line, ...]]:
    """The largest nominal size (0.5 pt steps) at which ``text`` takes at most ``max_lines`` lines of ``width``,
    broken at word boundaries, within ``max_height``; lines balanced in length. Below ``min_size`` words may be cut."""
    steps = int((size - 4) * 2)
    for k in range(steps + 1):
        nominal = size - k / 2
        lines = _lines(text, font, nominal, width)
        if len(lines) <= max_lines and block_height(len(lines), nominal) <= max_height:
            if nominal <= min_size or _whole_words(text, lines):
                return nominal, _balance(text, font, nominal, width, lines)
    return nominal, lines


def _balance(text: str, font: str, nominal: float, width: float, lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """The same number of lines in the narrowest width that still gives it (even lengths, as typeset by hand)."""
    if len(lines) < 2:
        return lines
    low, high, best = max(ln.width for ln in lines) / 2, width, lines
    for _ in range(12):
        middle = (low + high) / 2
        trial = _lines(text, font, nominal, middle)
        if len(trial) == len(lines) and _whole_words(text, trial):
            best, high = trial, middle
        else:
            low = middle
    return best


def _place(role: str, lines: Sequence[Line], font: str, nominal: float, top: float, color: str, centre: float = CENTRE):
    ascent = win_metrics(BODY)[0] * nominal
    size = font_size(font, nominal)
    return [Text(role, ln.text, font, size, centre - ln.width / 2, top + ascent + k * PITCH * nominal, ln.width, color)
            for k, ln in enumerate(lines)]


def layout(content: CertificateContent) -> Page:
    """Every primitive of the certificate page for ``content``."""
    register_fonts()
    if len(content.signatories) > 3:
        raise ValueError("a certificate has 1 to 3 signatories")
    borders = _frame()
    items: list = [*borders, Emblem(CENTRE - EMBLEM_SIZE / 2, EMBLEM_TOP, EMBLEM_SIZE)]
    number = f"{NUMBER_PREFIX} {content.number}"
    _, lines = fit(number, BODY, 16, 12, 220, 1)
    items += _place("number", lines, BODY, 16, 40, MUTED, centre=PAGE_WIDTH - 50 - lines[0].width / 2)
    if content.mark:
        _, lines = fit(content.mark, BOLD, 28, 16, 260, 2)
        items += _place("mark", lines, BOLD, 28, 36, MARK_RED, centre=60 + max(ln.width for ln in lines) / 2)
    size, lines = fit(content.issuing_body, BOLD, 20, 14, TEXT_WIDTH - 120, 2)
    items += _place("issuer", lines, BOLD, size, EMBLEM_TOP + EMBLEM_SIZE + 4, NAVY)
    title_top = EMBLEM_TOP + EMBLEM_SIZE + 8 + block_height(len(lines), size)
    items += _title(content.title, title_top)
    signatures, signatures_top = _signatures(content.signatories)
    items += _middle(content, title_top + block_height(1, TITLE_SIZE) + 6, signatures_top - 12)
    items += signatures
    qr = qr_code(content.qr_text, QR_LEFT, PAGE_HEIGHT - QR_BOTTOM_GAP - QR_SIZE, QR_SIZE)
    return Page(PAGE_WIDTH, PAGE_HEIGHT, borders[len(BORDERS) - 1], (*items, qr))


def _frame() -> list[Rect]:
    rects = [Rect(d, d, PAGE_WIDTH - 2 * d, PAGE_HEIGHT - 2 * d, colour, width) for d, colour, width in BORDERS]
    d, s = FRAME_INSET, 7.0
    corners = [(d, d), (PAGE_WIDTH - d - s, d), (d, PAGE_HEIGHT - d - s), (PAGE_WIDTH - d - s, PAGE_HEIGHT - d - s)]
    return rects + [Rect(x, y, s, s, None, fill=GOLD) for x, y in corners]


def _title(title: str, top: float) -> list:
    size, lines = fit(title, BOLD, TITLE_SIZE, 20, TEXT_WIDTH - 200, 1)
    texts = _place("title", lines, BOLD, size, top, DARK_GOLD)
    y = top + 0.55 * size
    half = lines[0].width / 2 + 18
    return texts + [Rule(CENTRE - half - 150, y, CENTRE - half, y, GOLD, 1.2),
                    Rule(CENTRE + half, y, CENTRE + half + 150, y, GOLD, 1.2)]


DATE_STYLE = "formal"  # 24 ธันวาคม พ.ศ. 2564, as official Thai certificates write it


def _middle(content: CertificateContent, top: float, bottom: float) -> list[Text]:
    """Lead line, name, developer, reason, date and validity, centred between the title and the signatures."""
    blocks = [_Block("lead", content.lead_line, BODY, 20, 15, 2, INK),
              _Block("developer", content.developer, BODY, 22, 15, 2, NAVY, 2),
              _Block("reason", content.reason_line, BODY, 20, 15, 3, INK, 6),
              _Block("date", f"{content.date_prefix} {format_date(content.issue_date, style=DATE_STYLE)}", BODY, 20,
                     15, 1, INK, 6),
              _Block("validity", f"{content.validity_prefix} {format_date(content.valid_until, style=DATE_STYLE)}",
                     BODY, 16, 12, 1, MUTED, 2)]
    name = _Block("name", content.city_name, BOLD, NAME_SIZE, NAME_MIN, 3, NAVY, 6)
    fitted = {b.role: fit(b.text, b.font, b.size, b.min_size, TEXT_WIDTH, b.max_lines) for b in blocks if b.text}
    used = sum(block_height(len(lines), s) + b.gap for b in blocks if b.text for s, lines in [fitted[b.role]])
    fitted["name"] = fit(name.text, BOLD, name.size, name.min_size, TEXT_WIDTH, 3, bottom - top - used - name.gap)
    order = [blocks[0], name, *blocks[1:]]
    total = sum(block_height(len(fitted[b.role][1]), fitted[b.role][0]) + b.gap for b in order if b.role in fitted)
    y = top + max((bottom - top - total) / 2, 0.0)
    texts: list[Text] = []
    for b in order:
        if b.role in fitted:
            size, lines = fitted[b.role]
            texts += _place(b.role, lines, b.font, size, y + b.gap, b.color)
            y += b.gap + block_height(len(lines), size)
    return texts


def _signatures(signatories: Sequence[Signatory]) -> tuple[list, float]:
    """The signature blocks side by side at the bottom, and the top of the tallest one."""
    if not signatories:
        return [], SIGNATURE_BOTTOM
    offsets, width = SIGNATURE_COLUMNS[len(signatories)]
    position_size = min(fit(s.position, BODY, 16, 12, width, 4)[0] for s in signatories)
    positions = [_balance(s.position, BODY, position_size, width, _lines(s.position, BODY, position_size, width))
                 for s in signatories]
    rows = max(len(p) for p in positions)
    name_top = SIGNATURE_BOTTOM - win_metrics(BODY)[0] * position_size - rows * PITCH * position_size
    line_y = name_top - 4
    items: list = []
    for s, offset, lines in zip(signatories, offsets, positions, strict=False):
        centre = CENTRE + offset
        size, name_lines = fit(f"({s.name})", BODY, 16, 11, width, 1)
        items += _place("signatory", name_lines, BODY, size, name_top, INK, centre)
        items += _place("position", lines, BODY, position_size, name_top + PITCH * size, INK, centre)
        items.append(Rule(centre - PICTURE_WIDTH / 2, line_y, centre + PICTURE_WIDTH / 2, line_y, MUTED, 0.8, True))
        if s.signature_png and (picture := _picture(s.signature_png, centre, line_y)):
            items.append(picture)
    return items, line_y - PICTURE_HEIGHT


def png_size(png: bytes) -> tuple[int, int] | None:
    """(width, height) from a PNG header, or None when the bytes are not a PNG."""
    if len(png) < 24 or not png.startswith(b"\x89PNG\r\n\x1a\n") or png[12:16] != b"IHDR":
        return None
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


def _picture(png: bytes, centre: float, line_y: float) -> Picture | None:
    """The signature image scaled into the box just above the signature line (not drawn if it is no PNG)."""
    size = png_size(png)
    if not size or not all(size):
        return None
    scale = min(PICTURE_WIDTH / size[0], PICTURE_HEIGHT / size[1])
    width, height = size[0] * scale, size[1] * scale
    return Picture(centre - width / 2, line_y - 1 - height, width, height, png)
