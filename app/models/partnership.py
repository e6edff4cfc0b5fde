"""ASEAN Smart Cities Network (ASCN) partnerships."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, CodeList, RecordMixin
from app.models.fields import Field, Kind, choices

PARTNERSHIP_TYPES = choices(
    ("mou", "บันทึกความเข้าใจ (MoU)", "MoU"),
    ("twinning", "เมืองพี่เมืองน้อง", "Twinning"),
    ("programme", "โครงการความร่วมมือ (โปรแกรม)", "Programme"),
    ("project", "โครงการ", "Project"),
)
ASCN_FOCUS_AREAS = choices(
    ("civic", "พลเมืองและสังคม", "Civic and social"),
    ("health", "สุขภาพและความเป็นอยู่", "Health and well-being"),
    ("safety", "ความปลอดภัยและความมั่นคง", "Safety and security"),
    ("environment", "คุณภาพสิ่งแวดล้อม", "Quality environment"),
    ("infrastructure", "โครงสร้างพื้นฐาน", "Built infrastructure"),
    ("industry", "อุตสาหกรรมและนวัตกรรม", "Industry and innovation"),
)
PARTNER_KINDS = choices(
    ("city", "เมืองต่างประเทศ", "Partner city"),
    ("programme", "โครงการ/เครือข่ายความร่วมมือ", "Network programme"),
    ("organisation", "หน่วยงาน/องค์กร", "Organisation"),
)
PARTNERSHIP_STATUSES = choices(
    ("planned", "อยู่ระหว่างเตรียมการ", "Planned"),
    ("active", "ดำเนินการอยู่", "Active"),
    ("completed", "เสร็จสิ้น", "Completed"),
    ("ended", "ยุติ", "Ended"),
)

PARTNERSHIP_FIELDS: tuple[Field, ...] = (
    Field("partner", "เมือง/โครงการคู่ความร่วมมือ", "Partner city or programme", required=True,
          max_length=300, width=260,
          synonyms=("คู่ความร่วมมือ", "เมืองคู่ความร่วมมือ", "เมืองคู่ค้า", "เมืองพันธมิตร", "โครงการความร่วมมือ",
                    "ชื่อคู่ความร่วมมือ", "partner", "partner city", "programme", "program", "city")),
    Field("partner_kind", "ลักษณะคู่ความร่วมมือ", "Kind of partner", Kind.CHOICE, required=True,
          choices=PARTNER_KINDS, width=170,
          synonyms=("ประเภทคู่ความร่วมมือ", "เมืองหรือโครงการ", "partner type", "partner kind")),
    Field("partner_country", "ประเทศคู่ความร่วมมือ", "Partner country", max_length=100, width=140,
          help_th="ต้องระบุเมื่อคู่ความร่วมมือเป็นเมืองต่างประเทศ", help_en="Required for a partner city",
          synonyms=("ประเทศ", "ประเทศของคู่ความร่วมมือ", "country", "partner country", "nation")),
    Field("province", "เมืองของไทย (จังหวัด)", "Thai city (province)", Kind.PROVINCE, width=140,
          synonyms=("จังหวัด", "เมืองของไทย", "จังหวัดของไทย", "เมืองไทยที่ร่วม", "จ.", "province", "thai city")),
    Field("kind", "ประเภท", "Type", Kind.CHOICE, required=True, choices=PARTNERSHIP_TYPES, width=150,
          synonyms=("ประเภทความร่วมมือ", "รูปแบบความร่วมมือ", "type", "partnership type")),
    Field("focus_areas", "ด้านความร่วมมือ ASCN", "ASCN focus areas", Kind.MULTICHOICE, choices=ASCN_FOCUS_AREAS,
          width=220, synonyms=("ด้านความร่วมมือ", "ด้านที่ร่วมมือ", "focus", "focus areas", "areas")),
    Field("lead_agency", "หน่วยงานหลัก", "Lead agency", max_length=300, width=180,
          synonyms=("หน่วยงานรับผิดชอบ", "หน่วยงาน", "ผู้รับผิดชอบ", "agency", "implementer")),
    Field("start_on", "วันที่เริ่ม", "Start date", Kind.DATE, width=120, years=(2000, 2049),
          synonyms=("เริ่ม", "วันเริ่มต้น", "วันที่ลงนาม", "start", "signed on", "from")),
    Field("end_on", "วันที่สิ้นสุด", "End date", Kind.DATE, width=120,
          synonyms=("สิ้นสุด", "วันสิ้นสุด", "end", "until", "to")),
    Field("status", "สถานะ", "Status", Kind.CHOICE, required=True, choices=PARTNERSHIP_STATUSES, width=130,
          synonyms=("สถานะความร่วมมือ", "state")),
    Field("notes", "หมายเหตุ", "Notes", Kind.LONGTEXT, in_table=False),
)


class AscnPartnership(RecordMixin, Base):
    __tablename__ = "ascn_partnership"

    partner: Mapped[str] = mapped_column(String(300), index=True)
    partner_kind: Mapped[str] = mapped_column(String(20), default="city", server_default="city")
    partner_country: Mapped[str | None] = mapped_column(String(100))
    province: Mapped[str | None] = mapped_column(ForeignKey("province.code"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    focus_areas: Mapped[list[str]] = mapped_column(CodeList, default=list)
    lead_agency: Mapped[str | None] = mapped_column(String(300))
    start_on: Mapped[date | None] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="active")
    notes: Mapped[str | None] = mapped_column(Text)
