"""The certificate layout: every line inside the frame, long names wrapped at words and shrunk, 1–3 signatures."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.certificates.content import Signatory
from app.documents.certificate.layout import (
    PAGE_HEIGHT,
    PAGE_WIDTH,
    Emblem,
    Page,
    Picture,
    QrCode,
    Rule,
    Text,
    fit,
    layout,
    png_size,
)
from app.pdf import BOLD
from app.pdf.thai_wrap import break_positions
from tests.documents.certificate_samples import MAKKASAN, SIGNATORIES, content, signature_png

MIDDLE = ("lead", "name", "developer", "reason", "date", "validity")
WORDS = ("เมือง", "อัจฉริยะ", "พัฒนา", "ชุมชน", "นวัตกรรม", "ดิจิทัล", "สิ่งแวดล้อม", "พลังงาน", "ท่องเที่ยว",
         "เศรษฐกิจ", "น่าอยู่", "ใหม่", "ทันสมัย", "จังหวัด", "เทศบาล", "นคร", "ขอนแก่น", "ภูเก็ต", "เชียงใหม่",
         "Smart City", "2564", " ", "(", ")", "มหาวิทยาลัย", "บริษัท", "จำกัด", "โครงการ", "ความเร็วสูง")


def inside(page: Page, t: Text, margin: float = 24.0) -> bool:
    """Within the inner border, with a margin of white between the text and the border."""
    f = page.frame
    return (f.x + margin < t.x and t.x + t.width < f.x + f.width - margin
            and f.y + margin / 2 < t.top and t.bottom < f.y + f.height - margin / 2)


def overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    """Do two boxes (left, top, right, bottom) intersect?"""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def box(t: Text) -> tuple[float, float, float, float]:
    return t.x, t.top, t.x + t.width, t.bottom


def check_page(page: Page) -> None:
    """What must hold for any content: inside the frame, in order, clear of the QR code and of each other."""
    assert (page.width, page.height) == (PAGE_WIDTH, PAGE_HEIGHT) and PAGE_WIDTH > PAGE_HEIGHT  # A4 landscape
    texts = page.texts()
    assert all(inside(page, t) for t in texts), [t for t in texts if not inside(page, t)]
    middle = [t for role in MIDDLE for t in page.texts(role)]
    assert [t.baseline for t in middle] == sorted(t.baseline for t in middle)
    title = page.texts("title")[-1]
    signature_line = min(i.y1 for i in page.items if isinstance(i, Rule) and i.dotted)
    assert title.baseline < middle[0].top and middle[-1].bottom < signature_line
    qr = next(i for i in page.items if isinstance(i, QrCode))
    quiet = 4 * qr.size / len(qr.modules)
    zone = (qr.x - quiet, qr.y - quiet, qr.x + qr.size + quiet, qr.y + qr.size + quiet)
    assert not [t for t in texts if overlaps(box(t), zone)]
    columns = {}
    for t in page.texts("signatory") + page.texts("position"):
        columns.setdefault(round(t.x + t.width / 2), []).append(t)
    spans = sorted((min(t.x for t in ts), max(t.x + t.width for t in ts)) for ts in columns.values())
    assert all(left[1] < right[0] for left, right in zip(spans, spans[1:], strict=False))


def test_short_name_is_one_large_line_and_every_part_is_there():
    page = layout(content())
    check_page(page)
    [name] = page.texts("name")
    assert name.text == "แม่เมาะเมืองน่าอยู่" and name.font == BOLD and name.size == pytest.approx(44 * 2 / 3)
    nominal = [t.size * (3 / 2 if t.font == BOLD else 1) for t in page.texts() if t.role != "name"]
    assert 44 > max(nominal)  # the recipient is the most prominent text after the emblem
    assert name.size * 1.5 == max(t.size * (1.5 if t.font == BOLD else 1) for t in page.texts())  # the largest
    assert [t.text for t in page.texts("number")] == ["เลขที่ สอจ. 001/2564"]
    assert [t.text for t in page.texts("date")] == ["ให้ไว้ ณ วันที่ 24 ธันวาคม พ.ศ. 2564"]
    assert [t.text for t in page.texts("validity")] == ["ใช้ได้ถึงวันที่ 23 ธันวาคม พ.ศ. 2566"]
    number = page.texts("number")[0]
    assert number.x > PAGE_WIDTH * 0.75 and number.baseline < PAGE_HEIGHT * 0.15  # top right
    emblem = next(i for i in page.items if isinstance(i, Emblem))
    assert emblem.x + emblem.size / 2 == pytest.approx(PAGE_WIDTH / 2) and emblem.y < 60  # top centre
    qr = next(i for i in page.items if isinstance(i, QrCode))
    assert qr.x < PAGE_WIDTH * 0.2 and qr.y > PAGE_HEIGHT * 0.75  # bottom left
    assert [t.text for t in page.texts("signatory")] == [f"({s.name})" for s in SIGNATORIES]


def test_makkasan_name_wraps_at_words_into_balanced_lines_inside_the_frame():
    page = layout(content(MAKKASAN, SIGNATORIES[:2]))
    check_page(page)
    lines = page.texts("name")
    assert 2 <= len(lines) <= 3
    assert "".join(t.text for t in lines) == MAKKASAN  # extracts whole, nothing dropped or repeated
    starts = set(break_positions(MAKKASAN))
    position = 0
    for line in lines[1:]:
        position = MAKKASAN.index(line.text, position)
        assert position in starts  # a word boundary chosen by the Thai word breaker, not a cut inside a word
    assert max(t.width for t in lines) - min(t.width for t in lines) < 0.35 * max(t.width for t in lines)
    assert lines[0].size < 40 * 2 / 3 or len(lines) > 1  # shrunk or wrapped


def test_three_signatories_fit_side_by_side_with_images():
    signed = tuple(replace(s, signature_png=signature_png()) for s in SIGNATORIES)
    page = layout(content(signatories=signed))
    check_page(page)
    pictures = [i for i in page.items if isinstance(i, Picture)]
    assert len(pictures) == 3
    lines = sorted((i for i in page.items if isinstance(i, Rule) and i.dotted), key=lambda r: r.x1)
    for picture, line in zip(sorted(pictures, key=lambda p: p.x), lines, strict=True):
        assert picture.width / picture.height == pytest.approx(3.0)  # aspect kept (300 × 100 px)
        assert line.x1 <= picture.x and picture.x + picture.width <= line.x2 and picture.y + picture.height < line.y1
    assert len(page.texts("signatory")) == 3


def test_one_signatory_is_centred_and_none_is_allowed():
    page = layout(content(signatories=SIGNATORIES[:1]))
    [name] = page.texts("signatory")
    assert name.x + name.width / 2 == pytest.approx(PAGE_WIDTH / 2)
    assert layout(content(signatories=())).texts("signatory") == []
    with pytest.raises(ValueError):
        layout(content(signatories=SIGNATORIES + SIGNATORIES[:1]))


def test_not_a_png_signature_leaves_the_dotted_line():
    page = layout(content(signatories=(Signatory("นายก", "ตำแหน่ง", b"GIF89a not a png"),)))
    assert not [i for i in page.items if isinstance(i, Picture)]
    assert png_size(signature_png()) == (300, 100) and png_size(b"") is None


def test_fit_prefers_whole_words_and_cuts_only_below_the_smallest_size():
    size, lines = fit(MAKKASAN, BOLD, 40, 18, 300, 3)
    starts = set(break_positions(MAKKASAN))
    assert size >= 18 and len(lines) <= 3 and all(ln.start in starts for ln in lines[1:])
    size, lines = fit("ก" * 400, BOLD, 40, 18, 300, 3)  # no word boundary at all: shrinks, then cuts
    assert size < 18 and len(lines) <= 3 and "".join(ln.text for ln in lines) == "ก" * 400


thai_text = st.lists(st.sampled_from(WORDS), min_size=1, max_size=60).map("".join).map(lambda s: s.strip() or "ก")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=thai_text.map(lambda s: s[:300]), developer=thai_text.map(lambda s: s[:300]),
       position=thai_text.map(lambda s: s[:120]), count=st.integers(1, 3))
def test_any_content_stays_inside_the_frame(name, developer, position, count):
    signatories = tuple(Signatory(f"นาย{name[:20]}", position) for _ in range(count))
    page = layout(content(name, signatories, developer=developer))
    check_page(page)
    assert len(page.texts("name")) <= 3
    assert re.sub(r"\s", "", "".join(t.text for t in page.texts("name"))) == re.sub(r"\s", "", name)
