"""The content of the minutes (รายงานการประชุม) and of the agenda (ระเบียบวาระการประชุม) of a meeting.

Sections, order and vocabulary follow THAI_DOCUMENTS.md §1 (ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ,
แบบที่ 11). The result is a list of blocks; ``pdf.py`` draws them, the GUI previews them.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.documents.blocks import Document, Label, Para, People, Person, Signature, Signatures, Title
from app.meetings import actions, agenda, attendance, meetings, wording
from app.meetings.agenda import Node
from app.models import Meeting
from app.models.agenda import ITEM_TYPES
from app.models.committee import POSITIONS

ONLINE = "ผ่านสื่ออิเล็กทรอนิกส์"
OPENING = "เมื่อครบองค์ประชุมแล้ว {chair}ประธานในที่ประชุม กล่าวเปิดการประชุมและดำเนินการประชุมตามระเบียบวาระ ดังนี้"
OPENING_NO_QUORUM = "{chair}ประธานในที่ประชุม กล่าวเปิดการประชุมและดำเนินการประชุมตามระเบียบวาระ ดังนี้"
RESOLUTION = "มติที่ประชุม"
ITEM_TYPE = {c.value: c.th for c in ITEM_TYPES}
POSITION = {c.value: c.th for c in POSITIONS}


def place_line(meeting: Meeting) -> str:
    """ณ ห้องประชุม…; an online meeting says so (พ.ร.ก. ว่าด้วยการประชุมผ่านสื่ออิเล็กทรอนิกส์ พ.ศ. 2563)."""
    place = (meeting.place or "").strip()
    if meeting.mode == "online":
        if not place or place.startswith(ONLINE):
            return "ประชุม" + (place or ONLINE)
        return f"ณ {place}" if ONLINE in place else f"ณ {place} ({ONLINE})"
    if meeting.mode == "hybrid" and ONLINE not in place:
        return f"ณ {place} และ{ONLINE}" if place else f"ณ {ONLINE}"
    return f"ณ {place}" if place else ""


def _person(member) -> str:
    name = member.display_name
    title = (member.job_title or "").strip()
    return f"{name}\n{title}" if title and title != name else name


def _present(roll) -> list[Person]:
    rows = []
    for entry in roll:
        a = entry.attendance
        if a is None or a.status not in ("present", "substitute"):
            continue
        name = _person(entry.member)
        if a.status == "substitute":
            sub = " ".join(p for p in (a.substitute_name, a.substitute_position) if p)
            name = f"{sub}\nแทน {entry.member.display_name}"
        rows.append(Person(len(rows) + 1, name, POSITION.get(entry.member.position, "")))
    return rows


def _absent(roll) -> list[Person]:
    rows = []
    for entry in roll:
        a = entry.attendance
        if a is not None and a.status != "absent":
            continue
        reason = (a.absence_reason or "").strip() if a else ""
        role = POSITION.get(entry.member.position, "") + (f" {reason}" if reason else "")
        rows.append(Person(len(rows) + 1, _person(entry.member), role))
    return rows


def _guests(session: Session, meeting_id: int) -> list[Person]:
    rows = []
    for i, g in enumerate(attendance.guests_of(session, meeting_id), start=1):
        role = " ".join(p for p in (g.position, g.organisation) if p)
        rows.append(Person(i, g.name, role))
    return rows


def _people(doc: Document, label: str, rows: list[Person]) -> None:
    doc.add(Label(label))
    doc.add(People(tuple(rows)) if rows else Para(wording.NOTHING, indent=1))


def _heading(doc: Document, meeting: Meeting, first: str) -> None:
    doc.add(Title(first + meeting.committee.name), Title(f"{wording.NUMBER_WORD} {meeting.label}"))


def _follow_ups(session: Session, meeting_id: int) -> list[Para]:
    paras = []
    for action in actions.follow_ups(session, meeting_id):
        item = action.agenda_item
        ref = wording.item_reference(item.meeting, agenda.item_number(session, item.id))
        text = f"{action.description} (หน่วยงานรับผิดชอบ: {action.agency})"
        if action.progress:
            text += f" ความก้าวหน้า: {action.progress}"
        paras.append(Para(f"ตามมติ{ref} {text}"))
    return paras


def _item(doc: Document, node: Node, style: str, minutes: bool) -> None:
    item = node.item
    kind = f" ({ITEM_TYPE[item.item_type]})" if not minutes and item.item_type in ITEM_TYPE else ""
    doc.add(Label(f"{node.number} {item.title}{kind}", indent=1))
    body_before = len(doc.blocks)
    if minutes and style != "resolutions" and item.background:
        doc.add(Para(item.background))
    if item.proposal:
        doc.add(Para(item.proposal))
    if not minutes and item.documents:
        doc.add(Para("เอกสารประกอบ: " + " / ".join(d.strip() for d in item.documents.splitlines() if d.strip())))
    if minutes and item.resolution:
        doc.add(Label(RESOLUTION, indent=1), Para(item.resolution))
    for child in node.children:
        _item(doc, child, style, minutes)
    if minutes and len(doc.blocks) == body_before:
        doc.add(Para(wording.NOTHING))


def _section(session: Session, doc: Document, meeting: Meeting, node: Node, minutes: bool) -> None:
    item = node.item
    doc.add(Label(wording.section_heading(node.number, item.title)))
    body_before = len(doc.blocks)
    if item.section == 2:
        doc.add(Para(meetings.previous_minutes_text(session, meeting.id)))
    if item.section == 3:
        doc.add(*_follow_ups(session, meeting.id))
    if minutes and item.background:
        doc.add(Para(item.background))
    for child in node.children:
        _item(doc, child, meeting.recording_style, minutes)
    if minutes and item.resolution:
        doc.add(Label(RESOLUTION, indent=1), Para(item.resolution))
    if len(doc.blocks) == body_before:
        doc.add(Para(wording.NOTHING))


def minutes(session: Session, meeting_id: int) -> Document:
    """รายงานการประชุม: heading, who came and who did not, the body section by section, signatures."""
    meeting = session.get(Meeting, meeting_id)
    roll = attendance.roll(session, meeting_id)
    doc = Document(f"รายงานการประชุม{meeting.committee.name} ครั้งที่ {meeting.label}")
    _heading(doc, meeting, "รายงานการประชุม")
    doc.add(Title(wording.when(meeting)))
    if place := place_line(meeting):
        doc.add(Title(place))
    _people(doc, "ผู้มาประชุม", _present(roll))
    _people(doc, "ผู้ไม่มาประชุม", _absent(roll))
    _people(doc, "ผู้เข้าร่วมประชุม", _guests(session, meeting_id))
    if meeting.start_time:
        doc.add(Label(f"เริ่มประชุมเวลา {wording.time_text(meeting.start_time)}"))
    chair = f"{meeting.chair.display_name} " if meeting.chair else ""
    quorum_met = attendance.quorum(session, meeting_id).met
    doc.add(Para((OPENING if quorum_met else OPENING_NO_QUORUM).format(chair=chair)))
    for node in agenda.tree(session, meeting_id):
        _section(session, doc, meeting, node, minutes=True)
    if meeting.end_time:
        doc.add(Label(f"เลิกประชุมเวลา {wording.time_text(meeting.end_time)}"))
    signatures = [Signature("ผู้จดรายงานการประชุม", meeting.minute_taker_name or "", meeting.minute_taker_position or "")]
    if meeting.checker_name:
        signatures.append(Signature("ผู้ตรวจรายงานการประชุม", meeting.checker_name, meeting.checker_position or ""))
    doc.add(Signatures(tuple(signatures)))
    return doc


def agenda_document(session: Session, meeting_id: int) -> Document:
    """ระเบียบวาระการประชุม, sent before the meeting: when and where, then the items of each section."""
    meeting = session.get(Meeting, meeting_id)
    doc = Document(f"ระเบียบวาระการประชุม{meeting.committee.name} ครั้งที่ {meeting.label}")
    _heading(doc, meeting, "ระเบียบวาระการประชุม")
    when = wording.when(meeting)
    if meeting.start_time:
        when += f" เวลา {wording.time_text(meeting.start_time)}"
    doc.add(Title(when))
    if place := place_line(meeting):
        doc.add(Title(place))
    for node in agenda.tree(session, meeting_id):
        _section(session, doc, meeting, node, minutes=False)
    return doc
