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
PARTNERSHIP_STATUSES = choices(
    ("planned", "อยู่ระหว่างเตรียมการ", "Planned"),
    ("active", "ดำเนินการอยู่", "Active"),
    ("completed", "เสร็จสิ้น", "Completed"),
    ("ended", "ยุติ", "Ended"),
)

PARTNERSHIP_FIELDS: tuple[Field, ...] = (
    Field("partner", "เมือง/โครงการคู่ความร่วมมือ", "Partner city or programme", required=True,
          max_length=300, width=260),
    Field("partner_country", "ประเทศคู่ความร่วมมือ", "Partner country", required=True, max_length=100, width=140),
    Field("province", "เมืองของไทย (จังหวัด)", "Thai city (province)", Kind.PROVINCE, required=True, width=140),
    Field("kind", "ประเภท", "Type", Kind.CHOICE, required=True, choices=PARTNERSHIP_TYPES, width=150),
    Field("focus_areas", "ด้านความร่วมมือ ASCN", "ASCN focus areas", Kind.MULTICHOICE, choices=ASCN_FOCUS_AREAS,
          width=220),
    Field("lead_agency", "หน่วยงานหลัก", "Lead agency", max_length=300, width=180),
    Field("start_on", "วันที่เริ่ม", "Start date", Kind.DATE, width=120),
    Field("end_on", "วันที่สิ้นสุด", "End date", Kind.DATE, width=120),
    Field("status", "สถานะ", "Status", Kind.CHOICE, required=True, choices=PARTNERSHIP_STATUSES, width=130),
    Field("notes", "หมายเหตุ", "Notes", Kind.LONGTEXT, in_table=False),
)


class AscnPartnership(RecordMixin, Base):
    __tablename__ = "ascn_partnership"

    partner: Mapped[str] = mapped_column(String(300), index=True)
    partner_country: Mapped[str] = mapped_column(String(100))
    province: Mapped[str] = mapped_column(ForeignKey("province.code"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    focus_areas: Mapped[list[str]] = mapped_column(CodeList, default=list)
    lead_agency: Mapped[str | None] = mapped_column(String(300))
    start_on: Mapped[date | None] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="active")
    notes: Mapped[str | None] = mapped_column(Text)
