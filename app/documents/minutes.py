"""The content of the minutes (รายงานการประชุม) and of the agenda (ระเบียบวาระการประชุม) of a meeting.

Sections, order and vocabulary follow THAI_DOCUMENTS.md §1 (ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ,
แบบที่ 11). Pure functions of one :class:`app.meetings.snapshot.MeetingSnapshot`: the PDF (``official_pdf``),
the DOCX (``docx_writer``) and the GUI preview draw the same blocks. What the record does not know is printed
as the form's dotted line for the secretary to fill by hand, never a placeholder.
"""

from __future__ import annotations

from app.documents.blocks import (
    DOTS,
    SHORT_DOTS,
    Document,
    Label,
    Numbered,
    Para,
    People,
    Person,
    Signature,
    Signatures,
    Title,
    or_dots,
)
from app.meetings import wording
from app.meetings.snapshot import Item, MeetingSnapshot

ONLINE = "ผ่านสื่ออิเล็กทรอนิกส์"
OPENING = "เมื่อครบองค์ประชุมแล้ว {chair}ประธานในที่ประชุม กล่าวเปิดการประชุมและดำเนินการประชุมตามระเบียบวาระ ดังนี้"
OPENING_NO_QUORUM = "{chair}ประธานในที่ประชุม กล่าวเปิดการประชุมและดำเนินการประชุมตามระเบียบวาระ ดังนี้"
RESOLUTION = "มติที่ประชุม"
SAMPLE_FOOTER = "เอกสารจากฐานข้อมูลสาธิตของโปรแกรม (ข้อมูลจากข่าวสาธารณะ) ไม่ใช่เอกสารทางราชการ"
REASON_PREFIXES = ("เนื่องจาก", "เพราะ")


def place_line(snap: MeetingSnapshot) -> str:
    """ณ ห้องประชุม…; an online meeting says so (พ.ร.ก. ว่าด้วยการประชุมผ่านสื่ออิเล็กทรอนิกส์ พ.ศ. 2563)."""
    place = snap.place
    if snap.mode == "online":
        if not place or place.startswith(ONLINE):
            return "ประชุม" + (place or ONLINE)
        return f"ณ {place}" if ONLINE in place else f"ณ {place} ({ONLINE})"
    if snap.mode == "hybrid" and ONLINE not in place:
        return f"ณ {place} และ{ONLINE}" if place else f"ณ {DOTS} และ{ONLINE}"
    return f"ณ {or_dots(place)}"


def reason_text(reason: str) -> str:
    """An absence reason as the form writes it: ติดราชการ, without brackets or a leading เนื่องจาก."""
    text = reason.strip().strip("()").strip()
    for prefix in REASON_PREFIXES:
        if text.startswith(prefix):
            text = text[len(prefix):].strip()
    return text


def _person(member) -> str:
    return f"{member.name}\n{member.job_title}" if member.job_title and member.job_title != member.name else member.name


def present_rows(snap: MeetingSnapshot) -> list[Person]:
    rows = []
    for m in snap.members:
        if m.status not in ("present", "substitute"):
            continue
        name = _person(m)
        if m.status == "substitute":
            sub = " ".join(p for p in (m.substitute_name, m.substitute_position) if p) or DOTS
            name = f"{sub}\nแทน {m.name}"
        rows.append(Person(len(rows) + 1, name, m.position_text))
    return rows


def absent_rows(snap: MeetingSnapshot) -> list[Person]:
    """Members recorded absent (with the reason where known)."""
    rows = [m for m in snap.members if m.status == "absent"]
    return [Person(k, _person(m), m.position_text, reason_text(m.reason)) for k, m in enumerate(rows, start=1)]


def guest_rows(snap: MeetingSnapshot) -> list[Person]:
    return [Person(k, g.name, " ".join(p for p in (g.position, g.organisation) if p))
            for k, g in enumerate(snap.guests, start=1)]


def _people(doc: Document, label: str, rows: list[Person]) -> None:
    doc.add(Label(label))
    doc.add(People(tuple(rows)) if rows else Para(wording.NOTHING, indent=1))


def _document(snap: MeetingSnapshot, first: str) -> Document:
    doc = Document(f"{first}{snap.committee} ครั้งที่ {snap.label}", footer=SAMPLE_FOOTER if snap.sample else "")
    doc.add(Title(first + snap.committee), Title(f"{wording.NUMBER_WORD} {snap.label}"))
    return doc


def _item(doc: Document, item: Item, style: str, minutes: bool) -> None:
    kind = wording.ITEM_TYPE_WORDS.get(item.item_type or "", "")
    doc.add(Numbered(item.number, item.title + (f" ({kind})" if kind and not minutes else ""), indent=1, bold=True))
    if minutes and style != "resolutions" and item.background:
        doc.add(Para(item.background))
    if item.proposal:
        doc.add(Para(item.proposal))
    if not minutes and item.documents:
        doc.add(Para("เอกสารประกอบ: " + " / ".join(item.documents)))
    if minutes and (item.resolution or not item.children):  # an unknown resolution: the line to fill by hand
        doc.add(Label(RESOLUTION, indent=1), Para(or_dots(item.resolution)))
    for child in item.children:
        _item(doc, child, style, minutes)


def _section(doc: Document, snap: MeetingSnapshot, section: Item, minutes: bool) -> None:
    doc.add(Label(wording.section_heading(section.number, section.title)))
    body_before = len(doc.blocks)
    if section.section == 2:
        doc.add(Para(snap.previous))
    if section.section == 3:
        doc.add(*(Para(f"ตามมติ{f.reference} {f.description} (หน่วยงานรับผิดชอบ: {f.agency})"
                       + (f" ความก้าวหน้า: {f.progress}" if f.progress else "")) for f in snap.follow_ups))
    if minutes and section.background:
        doc.add(Para(section.background))
    for child in section.children:
        _item(doc, child, snap.recording_style, minutes)
    if minutes and section.resolution:
        doc.add(Label(RESOLUTION, indent=1), Para(section.resolution))
    if len(doc.blocks) == body_before:
        doc.add(Para(wording.NOTHING))


def minutes(snap: MeetingSnapshot) -> Document:
    """รายงานการประชุม: heading, who came and who did not, the body section by section, signatures."""
    doc = _document(snap, "รายงานการประชุม")
    doc.add(Title(wording.when_on(snap.held_on)), Title(place_line(snap)))
    _people(doc, "ผู้มาประชุม", present_rows(snap))
    _people(doc, "ผู้ไม่มาประชุม", absent_rows(snap))
    _people(doc, "ผู้เข้าร่วมประชุม", guest_rows(snap))
    doc.add(Label(f"เริ่มประชุมเวลา {_time(snap.start_time)}"))
    chair = f"{snap.chair} " if snap.chair else f"{DOTS} "
    doc.add(Para((OPENING if snap.quorum_met else OPENING_NO_QUORUM).format(chair=chair)))
    for section in snap.agenda:
        _section(doc, snap, section, minutes=True)
    doc.add(Label(f"เลิกประชุมเวลา {_time(snap.end_time)}"))
    taker = Signature("ผู้จดรายงานการประชุม", *snap.minute_taker)
    checker = Signature("ผู้ตรวจรายงานการประชุม", *snap.checker)
    doc.add(Signatures((taker, checker)))
    return doc


def _time(value) -> str:
    return wording.time_text(value) or f"{SHORT_DOTS} น."


def agenda_document(snap: MeetingSnapshot) -> Document:
    """ระเบียบวาระการประชุม, sent before the meeting: when and where, then the items of each section."""
    doc = _document(snap, "ระเบียบวาระการประชุม")
    doc.add(Title(f"{wording.when_on(snap.held_on)} เวลา {_time(snap.start_time)}"), Title(place_line(snap)))
    for section in snap.agenda:
        _section(doc, snap, section, minutes=False)
    return doc
