"""Invitation letters (หนังสือเชิญประชุม) in the official external-letter form (แบบหนังสือภายนอก, ระเบียบ
สำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ พ.ศ. 2526): one letter for each member serving on the meeting date, each
followed by the agenda it encloses. A pure function of the meeting snapshot, drawn as PDF and as DOCX. The letter
number, its date and the office's address and telephone are not in the record: dotted lines to fill by hand.
"""

from __future__ import annotations

from app.documents.blocks import DOTS, Document, Field, Line, PageBreak, Para, Signature, Signatures
from app.documents.minutes import SAMPLE_FOOTER, agenda_document, place_line
from app.meetings import wording
from app.meetings.snapshot import MeetingSnapshot, Member

SENDER = ("สำนักงานเมืองอัจฉริยะประเทศไทย", "สำนักงานส่งเสริมเศรษฐกิจดิจิทัล")  # the secretariat (DOMAIN.md)
ENCLOSURE = "ระเบียบวาระการประชุม จำนวน 1 ชุด"
BODY = "ด้วย{committee} กำหนดประชุม ครั้งที่ {label} ใน{day} เวลา {time} {place}"
REQUEST = ("ในการนี้ จึงขอเรียนเชิญท่านเข้าร่วมประชุมตามวัน เวลา และสถานที่ดังกล่าว "
           "รายละเอียดปรากฏตามระเบียบวาระการประชุมที่ส่งมาด้วย")
CLOSING_SENTENCE = "จึงเรียนมาเพื่อโปรดทราบและเข้าร่วมประชุมตามวัน เวลา และสถานที่ดังกล่าวด้วย จะขอบคุณยิ่ง"


def _addressee(member: Member) -> str:
    if member.job_title and member.job_title != member.name:
        return f"{member.name} ({member.job_title})" if member.name != member.seat else member.name
    return member.name


def _signer(snap: MeetingSnapshot) -> Signature:
    secretary = next((m for m in snap.members if m.position == "secretary"), None)
    if secretary is None:
        return Signature("", "", f"กรรมการและเลขานุการ{snap.committee}")
    position = "\n".join(p for p in (secretary.job_title, f"กรรมการและเลขานุการ{snap.committee}") if p)
    return Signature("", secretary.name if secretary.name != secretary.seat else "", position)


def letter(snap: MeetingSnapshot, member: Member) -> list:
    """The blocks of one letter."""
    time = wording.time_text(snap.start_time) or "........ น."
    body = BODY.format(committee=snap.committee, label=snap.label, day=wording.when_on(snap.held_on)[len("เมื่อ"):],
                       time=time, place=place_line(snap))
    return [Line(f"ที่ {DOTS}", "left"), *(Line(part, "right") for part in SENDER), Line(DOTS, "right"),
            Line(DOTS, "center"), Field("เรื่อง", f"ขอเชิญประชุม{snap.committee} ครั้งที่ {snap.label}"),
            Field("เรียน", _addressee(member)), Field("สิ่งที่ส่งมาด้วย", ENCLOSURE), Para(body), Para(REQUEST),
            Para(CLOSING_SENTENCE), Signatures((_signer(snap),), closing="ขอแสดงความนับถือ"),
            Line(SENDER[0]), Line(f"โทร. {DOTS}")]


def recipients(snap: MeetingSnapshot) -> list[Member]:
    """Every member serving on the meeting date, in the order of the list of members."""
    return list(snap.members)


def invitations(snap: MeetingSnapshot) -> Document:
    """One letter per member, each followed by the agenda it encloses, every letter on a new page."""
    doc = Document(f"หนังสือเชิญประชุม{snap.committee} ครั้งที่ {snap.label}",
                   footer=SAMPLE_FOOTER if snap.sample else "")
    agenda_blocks = agenda_document(snap).blocks
    for k, member in enumerate(recipients(snap)):
        if k:
            doc.add(PageBreak())
        doc.add(*letter(snap, member), PageBreak(), *agenda_blocks)
    return doc
