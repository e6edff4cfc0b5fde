"""Sample committees and meeting 1/2564 of the main committee, from the news item (shared/seed).

What the news item says is used as it says it: the date, time and online mode, the chair, the two
members named, the agenda and its resolutions, the 15 certified areas, the assignment to depa.
What it does not say is an example and marked as one: the other seats (agency representatives,
no personal names), a substitute, an absence, the end time, the minute-taker and the checker.
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
EXAMPLE_SEAT = "ที่นั่งตัวอย่างเพื่อทดลองใช้โปรแกรม ไม่ใช่องค์ประกอบจริงของคณะกรรมการ"
EXAMPLE_POSITION = "ตำแหน่งในคณะกรรมการเป็นข้อมูลตัวอย่าง"

DEPUTY_PM = "รองนายกรัฐมนตรี"
DES_MINISTER = "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"
DEPA_HEAD = "ผู้อำนวยการใหญ่ สำนักงานส่งเสริมเศรษฐกิจดิจิทัล"
PRAWIT, CHAIWUT, NUTTAPON = "พลเอกประวิตร วงษ์สุวรรณ", "นายชัยวุฒิ ธนาคมานุสรณ์", "ดร.ณัฐพล นิมมานพัชรินทร์"

# position, person, job title, ex-officio office, notes; attendance at 1/2564 (status, reason or substitute)
MAIN_MEMBERS = [
    ("chair", PRAWIT, DEPUTY_PM, "รองนายกรัฐมนตรีที่นายกรัฐมนตรีมอบหมาย", None, ("present",)),
    ("vice_chair", CHAIWUT, DES_MINISTER, DES_MINISTER, EXAMPLE_POSITION, ("present",)),
    ("member", None, None, "ผู้แทนสำนักงบประมาณ", EXAMPLE_SEAT,
     ("substitute", "นางสาวตัวอย่าง มาแทน", "ผู้อำนวยการส่วน (ตัวอย่าง)")),
    ("member", None, None, "ผู้แทนสำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ", EXAMPLE_SEAT, ("present",)),
    ("member", None, None, "ผู้แทนสำนักงานคณะกรรมการส่งเสริมการลงทุน", EXAMPLE_SEAT, ("absent", "ติดราชการ")),
    ("member", None, None, "ผู้แทนกระทรวงมหาดไทย", EXAMPLE_SEAT, ("present",)),
    ("secretary", NUTTAPON, DEPA_HEAD, DEPA_HEAD, None, ("present",)),
    ("member_assistant_secretary", None, None, "ผู้แทนสำนักงานเมืองอัจฉริยะประเทศไทย", EXAMPLE_SEAT, ("present",)),
]
SUB_MEMBERS = [
    ("chair", CHAIWUT, DES_MINISTER, DES_MINISTER, None),
    ("member", None, None, "ผู้แทนกระทรวงคมนาคม", EXAMPLE_SEAT),
    ("member", None, None, "ผู้แทนกระทรวงพลังงาน", EXAMPLE_SEAT),
    ("secretary", NUTTAPON, DEPA_HEAD, DEPA_HEAD, EXAMPLE_POSITION),
]
GUESTS = [
    ("ผู้แทนสำนักงานเมืองอัจฉริยะประเทศไทย", "เจ้าหน้าที่ฝ่ายเลขานุการ (ตัวอย่าง)",
     "สำนักงานเมืองอัจฉริยะประเทศไทย สำนักงานส่งเสริมเศรษฐกิจดิจิทัล"),
    ("ผู้แทนหน่วยงานที่เกี่ยวข้อง", None, "หน่วยงานที่เกี่ยวข้อง"),
]

NOTED = "ที่ประชุมรับทราบ"
EMBLEM_TITLE = "การมอบตราสัญลักษณ์เมืองอัจฉริยะประเทศไทยแก่ 15 ผู้พัฒนาเมืองที่ได้รับประกาศรับรองเป็นพื้นที่เมืองอัจฉริยะ"
ASSIGNMENT = "จัดกิจกรรมกระตุ้นและส่งเสริมให้เกิดการพัฒนาเมืองอัจฉริยะทั่วประเทศอย่างต่อเนื่อง"
DEPA = "สำนักงานส่งเสริมเศรษฐกิจดิจิทัล (depa)"
PLAN = "(ร่าง) แผนงานบูรณาการเมืองอัจฉริยะประเทศไทย"

CHAIR_REMARKS = (
    "ประธานกล่าวว่า การขับเคลื่อนเมืองอัจฉริยะจะต้องได้รับความร่วมมือจากทุกภาคส่วน เพื่อให้เกิดการบูรณาการ"
    "ความร่วมมือและองค์ความรู้ในการยกระดับโครงสร้างพื้นฐานด้านดิจิทัลของประเทศ และพัฒนากำลังคนให้มีความพร้อม"
    "กับการพัฒนาประเทศตามแนวทางขับเคลื่อนประเทศไทย 4.0 และยุทธศาสตร์ชาติ พื้นที่ที่ได้รับการประกาศเป็นเมือง"
    "อัจฉริยะจะได้รับสิทธิประโยชน์ทางภาษีจากบีโอไอ และขอแสดงความยินดีกับเมืองที่ได้รับตราสัญลักษณ์เมืองอัจฉริยะ"
    "ประเทศไทยทั้ง 15 เมืองในปีนี้ การพัฒนาเมืองอัจฉริยะจะอยู่ในแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13 "
    "ทุกกระทรวงต้องช่วยกันผลักดันเพราะเป็นวาระแห่งชาติ"
)

# title, background, resolution (ระเบียบวาระที่ 4, for information)
FOR_INFORMATION = [
    ("ผลการดำเนินงานของคณะอนุกรรมการขับเคลื่อนและบริหารโครงการเมืองอัจฉริยะ",
     f"{SUBCOMMITTEE} ซึ่งมี{CHAIWUT} {DES_MINISTER} เป็นประธาน รายงานผลการดำเนินงาน รวมถึงการพิจารณา"
     "มอบตราสัญลักษณ์เมืองอัจฉริยะประเทศไทยแก่ผู้พัฒนาเมืองที่ได้รับประกาศรับรองเป็นพื้นที่เมืองอัจฉริยะ", NOTED),
    (EMBLEM_TITLE, None, NOTED),  # background: the list of the linked cities
    ("การประกาศเขตส่งเสริมเมืองอัจฉริยะ 50 พื้นที่ทั่วประเทศ และความก้าวหน้าการดำเนินงานรายพื้นที่",
     "ประกาศเขตส่งเสริมเมืองอัจฉริยะแล้ว 50 พื้นที่ทั่วประเทศ พร้อมรายงานความก้าวหน้าการดำเนินงานรายพื้นที่", NOTED),
    ("ผลการจัดกิจกรรม Thailand Smart City Week 2020",
     "สำนักงานส่งเสริมเศรษฐกิจดิจิทัลรายงานผลการจัดกิจกรรม Thailand Smart City Week 2020",
     f"{NOTED} และมอบหมายให้{DEPA} {ASSIGNMENT}"),
    ("การคัดเลือก 30 ตัวแทนคนรุ่นใหม่เป็นนักส่งเสริมดิจิทัลพัฒนาเมืองรุ่นใหม่ (The Smart City Ambassadors)",
     "คัดเลือกตัวแทนคนรุ่นใหม่จากทั่วประเทศ 30 คน เป็นนักส่งเสริมดิจิทัลพัฒนาเมืองรุ่นใหม่ "
     "เพื่อกลับไปทำงานร่วมกับผู้แทนเมืองในพื้นที่บ้านเกิด", NOTED),
    ("การพัฒนาความร่วมมือระดับภูมิภาคผ่านเครือข่ายเมืองอัจฉริยะอาเซียน (ASEAN Smart Cities Network: ASCN)",
     "การพัฒนาความร่วมมือระดับภูมิภาคกับเมืองสมาชิกเครือข่ายเมืองอัจฉริยะอาเซียน", NOTED),
]
PLAN_BACKGROUND = (
    f"สำนักงานส่งเสริมเศรษฐกิจดิจิทัลเสนอ {PLAN} เพื่อเป็นกลไกขับเคลื่อนด้านงบประมาณสำหรับองค์กรปกครอง "
    "ทั้งระดับจังหวัด ระดับท้องถิ่น และหน่วยงานที่เกี่ยวข้อง เพื่อเชื่อมโยงแผนงานโครงการและบูรณาการด้านงบประมาณ"
    "สำหรับโครงการเมืองอัจฉริยะ ลดความซ้ำซ้อน และทำให้การพัฒนาเมืองอัจฉริยะเกิดขึ้นอย่างเป็นรูปธรรม "
    "หากคณะรัฐมนตรีให้ความเห็นชอบจะเกิดกลไกด้านงบประมาณในลักษณะบูรณาการที่จะช่วยยกระดับเมืองสู่ความทันสมัย"
    "และเกิดประโยชน์ต่อประชาชนอย่างทั่วถึง"
)
PLAN_PROPOSAL = f"เพื่อโปรดพิจารณาให้ความเห็นชอบ {PLAN} และนำเสนอคณะรัฐมนตรีพิจารณาต่อไป"
PLAN_RESOLUTION = f"ที่ประชุมเห็นชอบ {PLAN} และให้สำนักงานส่งเสริมเศรษฐกิจดิจิทัลนำเสนอคณะรัฐมนตรีพิจารณาต่อไป"


def _committee(session: Session, name: str) -> Committee | None:
    return session.scalar(select(Committee).where(Committee.name == name))


def _add_committee(session: Session, name: str, short_name: str, rows: list[tuple]) -> dict[str, int]:
    """The committee and its members; returns member ids by their name or seat."""
    committee = committees.create_committee(session, {"name": name, "short_name": short_name})
    ids = {}
    for seq, (position, person, job, office, notes, *_attendance) in enumerate(rows, start=1):
        member = committees.add_member(session, committee.id, {
            "seq": seq, "position": position, "person_name": person, "job_title": job,
            "ex_officio_office": office, "notes": notes})
        ids[person or office] = member.id
    return ids


def _meeting(session: Session, committee: Committee) -> Meeting | None:
    return session.scalar(select(Meeting).where(Meeting.committee_id == committee.id, Meeting.number == 1,
                                                Meeting.year_be == 2564))


def _add_meeting(session: Session, committee: Committee, city_ids: list[int]) -> Meeting:
    members = {m.display_name: m.id for m in committees.members_on(session, committee.id, MEETING_DAY)}
    meeting = meetings.create_meeting(session, {
        "committee_id": committee.id, "number": 1, "year_be": 2564, "held_on": MEETING_DAY,
        "start_time": time(10, 0), "end_time": time(12, 0), "place": "ผ่านสื่ออิเล็กทรอนิกส์", "mode": "online",
        "chair_id": members[PRAWIT], "recording_style": "summary",
        "minute_taker_name": "นางสาวตัวอย่าง จดรายงาน", "minute_taker_position": "เจ้าหน้าที่ฝ่ายเลขานุการ (ตัวอย่าง)",
        "checker_name": "นายตัวอย่าง ตรวจรายงาน", "checker_position": "ผู้อำนวยการฝ่ายเลขานุการ (ตัวอย่าง)",
        "notes": "เวลาเลิกประชุม ผู้จดและผู้ตรวจรายงานการประชุมเป็นข้อมูลตัวอย่าง"})
    for _position, person, _job, office, _notes, (status, *detail) in MAIN_MEMBERS:
        values = {"member_id": members[person or office], "status": status}
        if status == "absent":
            values["absence_reason"] = detail[0]
        elif status == "substitute":
            values["substitute_name"], values["substitute_position"] = detail
        attendance.set_attendance(session, meeting.id, values)
    for seq, (name, position, organisation) in enumerate(GUESTS, start=1):
        attendance.add_guest(session, meeting.id, {"seq": seq, "name": name, "position": position,
                                                   "organisation": organisation})
    _add_agenda(session, meeting, city_ids)
    return meetings.set_state(session, meeting.id, "checked", meeting.version)


def _add_agenda(session: Session, meeting: Meeting, city_ids: list[int]) -> None:
    chair_item = agenda.section(session, meeting.id, 1).children[0]
    agenda.update_item(session, chair_item.id, {"background": CHAIR_REMARKS, "resolution": NOTED}, chair_item.version)
    information = agenda.section(session, meeting.id, 4)
    for title, background, resolution in FOR_INFORMATION:
        item = agenda.add_item(session, information.id, {"title": title, "background": background,
                                                         "resolution": resolution})
        if title == EMBLEM_TITLE:
            _link_cities(session, item, city_ids)
        if resolution != NOTED:
            actions.add_action(session, item.id, {"description": ASSIGNMENT, "agency": DEPA,
                                                  "status": "in_progress", "progress": "ดำเนินการต่อเนื่อง (ตัวอย่าง)"})
    agenda.add_item(session, agenda.section(session, meeting.id, 5).id, {
        "title": PLAN, "item_type": "consideration", "background": PLAN_BACKGROUND, "proposal": PLAN_PROPOSAL,
        "documents": f"{PLAN}\nสรุปสาระสำคัญ {PLAN} (ตัวอย่าง)", "resolution": PLAN_RESOLUTION})


def _link_cities(session: Session, item: AgendaItem, city_ids: list[int]) -> None:
    """Link the sample cities missing from the item; cities without an approving meeting get its reference."""
    linked = [c.id for c in item.cities]
    wanted = linked + [cid for cid in city_ids if cid not in linked]
    if wanted != linked:
        agenda.link_cities(session, item.id, wanted)
    cities = [session.get(City, cid) for cid in wanted]
    if wanted != linked or not item.background:
        item.background = "\n".join(f"{i}) {city.name_th}" for i, city in enumerate(cities, start=1))
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
        _add_committee(session, SUBCOMMITTEE, "คณะอนุกรรมการฯ", [(*row, None) for row in SUB_MEMBERS])
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
