"""Sample committees and meeting 1/2564 of the main committee, from the news item (shared/seed).

Only what the news item says, as it says it: the date, time and online mode, the chair and the two office
holders it names (all attending online), the representatives who joined, the items noted and the assignment to
depa, the 15 certified areas and the BOI sentence, the plan considered. What it does not say stays empty and the
minutes print the form's dotted line: the other seats, absences, the end time, the plan's resolution, the
minute-taker and the checker.
Running it again adds nothing; it only links sample cities that came back since (sample.fill tops them up).
"""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.meetings import actions, agenda, attendance, committees, meetings
from app.models import AgendaItem, City, Committee, Meeting

MAIN_COMMITTEE = "คณะกรรมการขับเคลื่อนการพัฒนาเมืองอัจฉริยะ"
SUBCOMMITTEE = "คณะอนุกรรมการขับเคลื่อนและบริหารโครงการเมืองอัจฉริยะ"
MEETING_DAY = date(2021, 11, 5)
SOURCE = "ที่มา: ข่าวการประชุมคณะกรรมการขับเคลื่อนการพัฒนาเมืองอัจฉริยะ ครั้งที่ 1/2564 (5 พ.ย. 2564)"
POSITION_NOTE = "ข่าวการประชุมไม่ได้ระบุตำแหน่งในคณะกรรมการ: ตำแหน่งนี้ตามที่ใช้ในโปรแกรม ตรวจกับคำสั่งแต่งตั้งก่อนใช้จริง"

DEPUTY_PM = "รองนายกรัฐมนตรี"
DES_MINISTER = "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"
DEPA_HEAD = "ผู้อำนวยการใหญ่ สำนักงานส่งเสริมเศรษฐกิจดิจิทัล"
PRAWIT, CHAIWUT, NUTTAPON = "พลเอกประวิตร วงษ์สุวรรณ", "นายชัยวุฒิ ธนาคมานุสรณ์", "ดร.ณัฐพล นิมมานพัชรินทร์"

# Only the office holders the news item names, all present online; no other seat, substitute or absence is known.
# position, person, job title, ex-officio office, notes
MAIN_MEMBERS = [
    ("chair", PRAWIT, DEPUTY_PM, "รองนายกรัฐมนตรีที่นายกรัฐมนตรีมอบหมาย", SOURCE),
    ("vice_chair", CHAIWUT, DES_MINISTER, DES_MINISTER, f"{SOURCE}\n{POSITION_NOTE}"),
    ("secretary", NUTTAPON, DEPA_HEAD, DEPA_HEAD, f"{SOURCE}\n{POSITION_NOTE}"),
]
SUB_MEMBERS = [
    ("chair", CHAIWUT, DES_MINISTER, DES_MINISTER, SOURCE),  # the news item: the subcommittee's chair
]
GUESTS = [  # the news item: "ผู้แทนจากสำนักงานเมืองอัจฉริยะประเทศไทย และหน่วยงานที่เกี่ยวข้อง เข้าร่วมประชุม"
    ("ผู้แทนสำนักงานเมืองอัจฉริยะประเทศไทย", None, "สำนักงานเมืองอัจฉริยะประเทศไทย"),
    ("ผู้แทนหน่วยงานที่เกี่ยวข้อง", None, None),
]

NOTED = "ที่ประชุมรับทราบ"
EMBLEM_TITLE = "การมอบตราสัญลักษณ์เมืองอัจฉริยะประเทศไทยแก่ 15 ผู้พัฒนาเมืองที่ได้รับประกาศรับรองเป็นพื้นที่เมืองอัจฉริยะ"
BOI_SENTENCE = ("ซึ่งพื้นที่เหล่านี้จะได้รับการส่งเสริมการลงทุนสำหรับกิจการพัฒนาพื้นที่เมืองอัจฉริยะและกิจการพัฒนาระบบ"
                "เมืองอัจฉริยะจากบีโอไอต่อไป")
ASSIGNMENT = "จัดกิจกรรมกระตุ้นและส่งเสริมให้เกิดการพัฒนาเมืองอัจฉริยะทั่วประเทศอย่างต่อเนื่อง"
DEPA = "สำนักงานส่งเสริมเศรษฐกิจดิจิทัล (depa)"
PLAN = "(ร่าง) แผนงานบูรณาการเมืองอัจฉริยะประเทศไทย"

CHAIR_REMARKS = (
    "ประธานกล่าวว่า การขับเคลื่อนเมืองอัจฉริยะจะต้องได้รับความร่วมมือจากทุกภาคส่วน เพื่อให้เกิดการบูรณาการ"
    "ความร่วมมือและองค์ความรู้ในการยกระดับโครงสร้างพื้นฐานด้านดิจิทัลของประเทศ และพัฒนากำลังคนให้มีความพร้อม"
    "กับการพัฒนาประเทศตามแนวทางขับเคลื่อนประเทศไทย 4.0 และยุทธศาสตร์ชาติ พื้นที่ที่ได้รับการประกาศเป็นเมือง"
    "อัจฉริยะจะได้รับสิทธิประโยชน์ทางภาษีจากบีโอไอ ซึ่งถือเป็นกลไกสำคัญในการดึงดูดนักลงทุนให้เข้ามาร่วมพัฒนา"
    "เมืองอัจฉริยะด้วยเทคโนโลยีดิจิทัล และขอแสดงความยินดีกับเมืองที่ได้รับตราสัญลักษณ์เมืองอัจฉริยะ"
    "ประเทศไทยทั้ง 15 เมืองในปีนี้ โดยในช่วงท้าย ขอให้ผู้เกี่ยวข้องร่วมขับเคลื่อนและบริหารการพัฒนาเมืองอัจฉริยะ"
    "ของประเทศไทย ซึ่งจะอยู่ในแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13 "
    "ทุกกระทรวงต้องช่วยกันผลักดันเพราะเป็นวาระแห่งชาติ"
)

# title, background, resolution (ระเบียบวาระที่ 4, for information): the news item's words, nothing more
FOR_INFORMATION = [
    ("ผลการดำเนินงานของคณะอนุกรรมการขับเคลื่อนและบริหารโครงการเมืองอัจฉริยะ",
     f"ผลการดำเนินงานของ{SUBCOMMITTEE} ที่มี{CHAIWUT} {DES_MINISTER} เป็นประธาน", NOTED),
    (EMBLEM_TITLE, None, NOTED),  # background: the list of the linked cities and the BOI sentence
    ("การประกาศเขตส่งเสริมเมืองอัจฉริยะ 50 พื้นที่ทั่วประเทศ และความก้าวหน้าการดำเนินงานรายพื้นที่", None, NOTED),
    ("ผลการจัดกิจกรรม Thailand Smart City Week 2020", None, NOTED),
    ("การคัดเลือก 30 ตัวแทนคนรุ่นใหม่จากทั่วประเทศเป็นนักส่งเสริมดิจิทัลพัฒนาเมืองรุ่นใหม่ (The Smart City Ambassadors)",
     None, NOTED),
    ("การพัฒนาความร่วมมือระดับภูมิภาคผ่านเครือข่ายเมืองอัจฉริยะอาเซียน (ASEAN Smart Cities Network: ASCN)", None,
     f"{NOTED} พร้อมมอบหมาย{DEPA} {ASSIGNMENT}"),
]
PLAN_BACKGROUND = (
    f"สำนักงานส่งเสริมเศรษฐกิจดิจิทัลเสนอ {PLAN} เพื่อเป็นกลไกขับเคลื่อนด้านงบประมาณสำหรับองค์กรปกครอง "
    "ทั้งระดับจังหวัด ระดับท้องถิ่น และหน่วยงานที่เกี่ยวข้อง เพื่อเชื่อมโยงแผนงานโครงการและบูรณาการด้านงบประมาณ"
    "สำหรับโครงการเมืองอัจฉริยะ ลดความซ้ำซ้อน และทำให้การพัฒนาเมืองอัจฉริยะเกิดขึ้นอย่างเป็นรูปธรรม "
    "หากคณะรัฐมนตรีให้ความเห็นชอบจะเกิดกลไกด้านงบประมาณในลักษณะบูรณาการที่จะช่วยยกระดับเมืองสู่ความทันสมัย"
    "และเกิดประโยชน์ต่อประชาชนอย่างทั่วถึง"
)


def _committee(session: Session, name: str) -> Committee | None:
    return session.scalar(select(Committee).where(Committee.name == name))


def _add_committee(session: Session, name: str, short_name: str, rows: list[tuple]) -> dict[str, int]:
    """The committee and its members; returns member ids by their name or seat."""
    committee = committees.create_committee(session, {"name": name, "short_name": short_name})
    ids = {}
    for seq, (position, person, job, office, notes) in enumerate(rows, start=1):
        member = committees.add_member(session, committee.id, {
            "seq": seq, "position": position, "person_name": person, "job_title": job,
            "ex_officio_office": office, "notes": notes})
        ids[person or office] = member.id
    return ids


def _meeting(session: Session, committee: Committee) -> Meeting | None:
    return session.scalar(select(Meeting).where(Meeting.committee_id == committee.id, Meeting.number == 1,
                                                Meeting.year_be == 2564))


def _add_meeting(session: Session, committee: Committee, city_ids: list[int]) -> Meeting:
    """Meeting 1/2564 as the news item reports it: 5 Nov 2564, 10.00, online, its chair; the end time, the
    minute-taker and the checker are not reported (the minutes print dotted lines for them)."""
    members = {m.display_name: m.id for m in committees.members_on(session, committee.id, MEETING_DAY)}
    meeting = meetings.create_meeting(session, {
        "committee_id": committee.id, "number": 1, "year_be": 2564, "held_on": MEETING_DAY,
        "start_time": time(10, 0), "place": "ผ่านสื่ออิเล็กทรอนิกส์", "mode": "online",
        "chair_id": members[PRAWIT], "recording_style": "summary", "notes": SOURCE})
    for member_id in members.values():
        attendance.set_attendance(session, meeting.id, {"member_id": member_id, "status": "present"})
    for seq, (name, position, organisation) in enumerate(GUESTS, start=1):
        attendance.add_guest(session, meeting.id, {"seq": seq, "name": name, "position": position,
                                                   "organisation": organisation})
    _add_agenda(session, meeting, city_ids)
    return meeting


def _add_agenda(session: Session, meeting: Meeting, city_ids: list[int]) -> None:
    chair_item, secretary_item = agenda.section(session, meeting.id, 1).children[:2]
    agenda.update_item(session, chair_item.id, {"background": CHAIR_REMARKS, "resolution": NOTED}, chair_item.version)
    agenda.delete_item(session, secretary_item.id)  # the news item reports nothing the secretary announced
    information = agenda.section(session, meeting.id, 4)
    for title, background, resolution in FOR_INFORMATION:
        item = agenda.add_item(session, information.id, {"title": title, "background": background,
                                                         "resolution": resolution})
        if title == EMBLEM_TITLE:
            _link_cities(session, item, city_ids)
        if resolution != NOTED:
            actions.add_action(session, item.id, {"description": ASSIGNMENT, "agency": DEPA, "status": "open"})
    agenda.add_item(session, agenda.section(session, meeting.id, 5).id, {  # the resolution is not reported
        "title": PLAN, "item_type": "consideration", "background": PLAN_BACKGROUND, "documents": PLAN})


def _link_cities(session: Session, item: AgendaItem, city_ids: list[int]) -> None:
    """Link the sample cities missing from the item; cities without an approving meeting get its reference."""
    linked = [c.id for c in item.cities]
    wanted = linked + [cid for cid in city_ids if cid not in linked]
    if wanted != linked:
        agenda.link_cities(session, item.id, wanted)
    cities = [session.get(City, cid) for cid in wanted]
    if wanted != linked or not item.background:
        names = "\n".join(f"{i}) {city.name_th}" for i, city in enumerate(cities, start=1))
        item.background = f"ผู้พัฒนาเมืองที่ได้รับประกาศรับรองเป็นพื้นที่เมืองอัจฉริยะ ประกอบด้วย\n{names}\n{BOI_SENTENCE}"
    text = agenda.certification_text(session, item.id)
    for city in cities:
        if not city.approved_meeting:
            city.approved_meeting = text
    session.flush()


def fill(session: Session, city_ids: list[int]) -> dict[str, int]:
    """Add the sample committees and meeting where missing; ``city_ids``: the 15 sample cities."""
    added = {"committees": 0, "meetings": 0}
    if _committee(session, MAIN_COMMITTEE) is None:
        _add_committee(session, MAIN_COMMITTEE, "คณะกรรมการฯ", MAIN_MEMBERS)
        added["committees"] += 1
    if _committee(session, SUBCOMMITTEE) is None:
        _add_committee(session, SUBCOMMITTEE, "คณะอนุกรรมการฯ", SUB_MEMBERS)
        added["committees"] += 1
    main = _committee(session, MAIN_COMMITTEE)
    meeting = _meeting(session, main)
    if meeting is None:
        _add_meeting(session, main, city_ids)
        added["meetings"] += 1
    else:
        item = session.scalar(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id,
                                                       AgendaItem.title == EMBLEM_TITLE))
        if item is not None:
            _link_cities(session, item, city_ids)
    return added
