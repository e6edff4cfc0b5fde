"""Certified smart city areas (พื้นที่เมืองอัจฉริยะ) and their emblem renewals."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Column, Date, Float, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, RecordMixin
from app.models.fields import Field, Kind, choices
from app.models.reference import Province, SmartDimension

city_province = Table(
    "city_province",
    Base.metadata,
    Column("city_id", ForeignKey("city.id", ondelete="CASCADE"), primary_key=True),
    Column("province_code", ForeignKey("province.code"), primary_key=True, index=True),  # the map's counts
)

city_dimension = Table(
    "city_dimension",
    Base.metadata,
    Column("city_id", ForeignKey("city.id", ondelete="CASCADE"), primary_key=True),
    Column("dimension_code", ForeignKey("smart_dimension.code"), primary_key=True),
)

DEVELOPER_KINDS = choices(
    ("state_enterprise", "รัฐวิสาหกิจ", "State enterprise"),
    ("university", "มหาวิทยาลัย", "University"),
    ("local_government", "องค์กรปกครองส่วนท้องถิ่น", "Local government"),
    ("government_agency", "หน่วยงานภาครัฐ", "Government agency"),
    ("company", "บริษัทพัฒนาเมือง / เอกชน", "City development company"),
    ("other", "อื่น ๆ", "Other"),
)
CITY_TYPES = choices(
    ("livable", "เมืองน่าอยู่", "Livable City"),
    ("new", "เมืองใหม่ทันสมัย", "New City"),
)
BOI_STATUSES = choices(
    ("none", "ยังไม่ยื่น", "Not applied"),
    ("applied", "ยื่นขอแล้ว", "Applied"),
    ("promoted", "ได้รับการส่งเสริม", "Promoted"),
    ("rejected", "ไม่ได้รับการส่งเสริม", "Not granted"),
)
EMBLEM_STATES = choices(
    ("valid", "ตราสัญลักษณ์ยังไม่หมดอายุ", "Emblem valid"),
    ("expiring", "ใกล้หมดอายุ (90 วัน)", "Expiring within 90 days"),
    ("expired", "ตราสัญลักษณ์หมดอายุ", "Emblem expired"),
    ("none", "ยังไม่ได้รับตราสัญลักษณ์", "No emblem yet"),
)
EMBLEM_YEARS = 2  # the emblem is valid for two years after issue
EXPIRING_DAYS = 90

CITY_FIELDS: tuple[Field, ...] = (
    Field("name_th", "ชื่อเมือง/โครงการ", "City / project name", required=True, max_length=300, width=300,
          synonyms=("ชื่อพื้นที่เมืองอัจฉริยะ", "พื้นที่เมืองอัจฉริยะ", "ชื่อเมืองอัจฉริยะ", "ชื่อเมือง", "ชื่อโครงการ",
                    "ชื่อพื้นที่", "ชื่อ", "เมือง", "ชื่อภาษาไทย", "name", "city", "project", "city name", "name th")),
    Field("other_name", "ชื่ออื่น", "Other name", max_length=300, width=200,
          help_th="ชื่อที่ใช้ในข่าวหรือเอกสารอื่นเมื่อไม่ตรงกับชื่อทางการ ค้นหาได้ด้วยชื่อนี้",
          help_en="The name a news item or another document used, where it differs from the official name; "
                  "searchable",
          synonyms=("ชื่อเดิม", "ชื่อในข่าว", "ชื่อที่ใช้ในข่าว", "ชื่อเรียกอื่น", "other name", "also known as")),
    Field("name_en", "ชื่อภาษาอังกฤษ", "English name", max_length=300, width=220,
          synonyms=("ชื่ออังกฤษ", "ชื่อโครงการภาษาอังกฤษ", "name en", "name (english)", "english")),
    Field("provinces", "จังหวัด", "Province(s)", Kind.PROVINCES, required=True, width=140,
          synonyms=("จังหวัดที่ตั้ง", "ที่ตั้ง", "จ.", "province", "provinces", "location")),
    Field("developer", "ผู้พัฒนาเมือง", "City developer", max_length=300, width=240, unknown=True,
          synonyms=("ผู้พัฒนาเมือง (หน่วยงานผู้เสนอ)", "หน่วยงานผู้เสนอ", "ผู้เสนอ", "ผู้เสนอโครงการ", "ผู้พัฒนา",
                    "หน่วยงานผู้พัฒนา", "ผู้ดำเนินการ", "developer", "city developer", "proposer")),
    Field("developer_kind", "ประเภทผู้พัฒนาเมือง", "Developer type", Kind.CHOICE, choices=DEVELOPER_KINDS,
          unknown=True, synonyms=("ประเภทผู้พัฒนา", "ประเภทหน่วยงาน", "ประเภทผู้เสนอ", "developer kind")),
    Field("city_type", "ประเภทเมือง", "City type", Kind.CHOICE, choices=CITY_TYPES, width=120, unknown=True,
          synonyms=("ประเภทการพัฒนาเมือง", "ประเภท", "รูปแบบเมือง", "type", "type of city")),
    Field("dimensions", "ด้านเมืองอัจฉริยะ", "Smart dimensions", Kind.DIMENSIONS, width=200,
          synonyms=("ด้าน", "ด้านการพัฒนา", "มิติ", "7 ด้าน", "smart dimension", "dimensions")),
    Field("certified_on", "วันที่ประกาศรับรอง", "Certified on", Kind.DATE, width=130, years=(2017, 2040),
          synonyms=("วันที่ได้รับประกาศ", "วันที่ได้รับการรับรอง", "วันที่รับรอง", "วันที่ประกาศ", "ประกาศเมื่อ",
                    "รับรองเมื่อ", "certified", "certification date", "date certified")),
    Field("approved_by", "ผู้อนุมัติ", "Approving body", max_length=300, in_table=False,
          synonyms=("อนุมัติโดย", "approved by")),
    Field("approved_meeting", "การประชุมที่อนุมัติ", "Approving meeting", max_length=300, in_table=False,
          synonyms=("ที่ประชุมที่อนุมัติ", "ครั้งที่ประชุม", "meeting")),
    Field("emblem_issued_on", "วันที่ได้รับตราสัญลักษณ์", "Emblem issued on", Kind.DATE, width=130,
          years=(2017, 2040),
          synonyms=("วันที่มอบตราสัญลักษณ์", "วันที่รับตรา", "ได้รับตราสัญลักษณ์", "emblem date", "emblem issued")),
    Field(
        "emblem_valid_until",
        "ตราสัญลักษณ์หมดอายุ",
        "Emblem valid until",
        Kind.DATE,
        width=130,
        help_th="เว้นว่างไว้เพื่อคำนวณ 2 ปีนับจากวันที่ได้รับตราสัญลักษณ์",
        help_en="Leave empty for 2 years after the emblem's issue date",
        synonyms=("วันหมดอายุตราสัญลักษณ์", "วันหมดอายุ", "หมดอายุ", "expiry", "emblem expiry", "valid until"),
    ),
    Field("emblem_state", "สถานะตราสัญลักษณ์", "Emblem status", Kind.CHOICE, choices=EMBLEM_STATES,
          computed=True, in_form=False, width=150, synonyms=("สถานะ", "status")),
    Field("boi_area", "BOI กิจการพัฒนาพื้นที่", "BOI: area development", Kind.CHOICE, choices=BOI_STATUSES,
          in_table=False, synonyms=("กิจการพัฒนาพื้นที่เมืองอัจฉริยะ", "boi พื้นที่", "boi area")),
    Field("boi_system", "BOI กิจการพัฒนาระบบ", "BOI: system development", Kind.CHOICE, choices=BOI_STATUSES,
          in_table=False, synonyms=("กิจการพัฒนาระบบเมืองอัจฉริยะ", "boi ระบบ", "boi system")),
    Field("area_km2", "พื้นที่ (ตร.กม.)", "Area (km²)", Kind.FLOAT, minimum=0, width=90,
          synonyms=("ขนาดพื้นที่", "พื้นที่ ตร.กม.", "area", "area km2", "size")),
    Field("website", "เว็บไซต์", "Website", Kind.URL, max_length=300, in_table=False),
    Field("notes", "หมายเหตุ", "Notes", Kind.LONGTEXT, in_table=False),
)


class City(RecordMixin, Base):
    __tablename__ = "city"

    name_th: Mapped[str] = mapped_column(String(300), index=True)
    other_name: Mapped[str | None] = mapped_column(String(300))  # the news item's name where it differs
    name_en: Mapped[str | None] = mapped_column(String(300))
    developer: Mapped[str | None] = mapped_column(String(300))
    developer_kind: Mapped[str | None] = mapped_column(String(40))
    city_type: Mapped[str | None] = mapped_column(String(20))
    certified_on: Mapped[date | None] = mapped_column(Date)
    approved_by: Mapped[str | None] = mapped_column(String(300))
    approved_meeting: Mapped[str | None] = mapped_column(String(300))
    emblem_issued_on: Mapped[date | None] = mapped_column(Date)
    emblem_valid_until: Mapped[date | None] = mapped_column(Date, index=True)  # the dashboard counts by it
    boi_area: Mapped[str | None] = mapped_column(String(20))
    boi_system: Mapped[str | None] = mapped_column(String(20))
    area_km2: Mapped[float | None] = mapped_column(Float)
    website: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)

    # ordered by code, as validation.normalise() sorts the lists: a load gives what a save returned
    province_rows: Mapped[list[Province]] = relationship(secondary=city_province, lazy="selectin",
                                                         order_by=Province.code)
    dimension_rows: Mapped[list[SmartDimension]] = relationship(secondary=city_dimension, lazy="selectin",
                                                                order_by=SmartDimension.code)
    renewals: Mapped[list[EmblemRenewal]] = relationship(
        back_populates="city", cascade="all, delete-orphan", order_by="EmblemRenewal.renewed_on"
    )


class EmblemRenewal(Base):
    """One renewal of a city's emblem: the history is kept, never overwritten."""

    __tablename__ = "emblem_renewal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    city_id: Mapped[int] = mapped_column(ForeignKey("city.id", ondelete="CASCADE"), index=True)
    renewed_on: Mapped[date] = mapped_column(Date)
    previous_valid_until: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)

    city: Mapped[City] = relationship(back_populates="renewals")
