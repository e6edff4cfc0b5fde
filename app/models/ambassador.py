"""Smart City Ambassadors (นักส่งเสริมดิจิทัลพัฒนาเมืองรุ่นใหม่): personal data under the PDPA."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, RecordMixin
from app.models.fields import Field, Kind, choices

AMBASSADOR_STATUSES = choices(
    ("selected", "ได้รับคัดเลือก", "Selected"),
    ("active", "กำลังปฏิบัติงาน", "Active"),
    ("completed", "สำเร็จหลักสูตร", "Completed"),
    ("awarded", "ได้รับรางวัลดีเด่น", "Awarded"),
)

AMBASSADOR_FIELDS: tuple[Field, ...] = (
    Field("cohort", "รุ่นที่", "Cohort", Kind.INT, required=True, minimum=1, width=70,
          synonyms=("รุ่น", "ปีรุ่น", "cohort no", "generation")),
    Field("full_name", "ชื่อ-นามสกุล", "Full name", required=True, max_length=200, width=220, personal=True,
          synonyms=("ชื่อ", "ชื่อสกุล", "ชื่อและนามสกุล", "ชื่อ นามสกุล", "ชื่อผู้ได้รับคัดเลือก", "name", "full name")),
    Field("province", "จังหวัด", "Province", Kind.PROVINCE, required=True, width=130,
          synonyms=("จังหวัดที่ประจำ", "ภูมิลำเนา", "จ.", "province")),
    Field("zone_id", "เขตส่งเสริมที่ประจำ", "Assigned zone", Kind.REF, ref="zones", width=200,
          synonyms=("เขตส่งเสริม", "พื้นที่ที่ประจำ", "zone")),
    Field("city_id", "เมืองอัจฉริยะที่ประจำ", "Assigned city", Kind.REF, ref="cities", width=200,
          synonyms=("เมืองอัจฉริยะ", "เมืองที่ประจำ", "city")),
    Field("organisation", "สังกัด/การศึกษา", "Organisation or education", max_length=300, width=220,
          synonyms=("สังกัด", "สถานศึกษา", "การศึกษา", "หน่วยงาน", "organisation", "organization", "education")),
    Field("phone", "โทรศัพท์", "Phone", Kind.PHONE, max_length=40, personal=True, width=120),
    Field("email", "อีเมล", "E-mail", Kind.EMAIL, max_length=200, personal=True, width=180),
    Field(
        "consent_on",
        "วันที่ให้ความยินยอม (PDPA)",
        "PDPA consent date",
        Kind.DATE,
        required=True,
        width=150,
        years=(2019, 2049),
        synonyms=("วันที่ยินยอม", "ให้ความยินยอม", "ความยินยอม", "consent", "consent date"),
        help_th="ต้องได้รับความยินยอมก่อนบันทึกข้อมูลส่วนบุคคล",
        help_en="Consent must be recorded before personal data is kept",
    ),
    Field("consent_scope", "ขอบเขตความยินยอม (PDPA)", "PDPA consent scope", max_length=300, width=200,
          in_table=False, help_th="ข้อมูลที่ยินยอมให้เก็บและใช้เพื่ออะไร เช่น ติดต่อประสานงานโครงการ",
          help_en="What the person agreed the data may be kept and used for, e.g. project contact"),
    Field("retain_until", "เก็บข้อมูลถึงวันที่", "Keep data until", Kind.DATE, width=130, in_table=False,
          help_th="เมื่อถึงวันนี้ให้ลบข้อมูลส่วนบุคคลตามรายงานข้อมูลส่วนบุคคล",
          help_en="On this date erase the personal data through the personal data report"),
    Field("status", "สถานะ", "Status", Kind.CHOICE, required=True, choices=AMBASSADOR_STATUSES, width=150,
          synonyms=("สถานะการปฏิบัติงาน", "state")),
    Field("notes", "หมายเหตุ", "Notes", Kind.LONGTEXT, in_table=False),
)


class Ambassador(RecordMixin, Base):
    __tablename__ = "ambassador"

    cohort: Mapped[int] = mapped_column(Integer, index=True)
    full_name: Mapped[str] = mapped_column(String(200), index=True)
    province: Mapped[str] = mapped_column(ForeignKey("province.code"), index=True)
    zone_id: Mapped[int | None] = mapped_column(ForeignKey("promotion_zone.id"), index=True)
    city_id: Mapped[int | None] = mapped_column(ForeignKey("city.id"), index=True)
    organisation: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    consent_on: Mapped[date] = mapped_column(Date)
    consent_scope: Mapped[str | None] = mapped_column(String(300))
    retain_until: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20), default="selected")
    notes: Mapped[str | None] = mapped_column(Text)
