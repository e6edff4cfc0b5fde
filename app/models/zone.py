"""Smart city promotion zones (เขตส่งเสริมเมืองอัจฉริยะ)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, RecordMixin
from app.models.fields import Field, Kind, choices

ZONE_STATUSES = choices(
    ("declared", "ประกาศเป็นเขตส่งเสริม", "Declared"),
    ("preparing", "กำลังจัดทำข้อเสนอ", "Preparing proposal"),
    ("certified", "ได้รับการรับรองเป็นเมืองอัจฉริยะ", "Certified"),
)

ZONE_FIELDS: tuple[Field, ...] = (
    Field("name", "ชื่อเขตส่งเสริม", "Zone name", required=True, max_length=300, width=280,
          synonyms=("ชื่อเขตส่งเสริมเมืองอัจฉริยะ", "เขตส่งเสริมเมืองอัจฉริยะ", "เขตส่งเสริม", "ชื่อเขต", "ชื่อพื้นที่",
                    "ชื่อพื้นที่เขตส่งเสริม", "ชื่อ", "พื้นที่", "name", "zone", "promotion zone")),
    Field("province", "จังหวัด", "Province", Kind.PROVINCE, required=True, width=130,
          synonyms=("จังหวัดที่ตั้ง", "ที่ตั้ง", "จ.", "province", "location")),
    Field("declared_on", "วันที่ประกาศ", "Declared on", Kind.DATE, width=130, years=(2017, 2040),
          synonyms=("วันที่ได้รับประกาศ", "วันที่ประกาศเขต", "วันประกาศ", "ประกาศเมื่อ", "วันที่ประกาศเป็นเขตส่งเสริม",
                    "declared", "declaration date", "date declared")),
    Field("batch", "ประกาศครั้งที่", "Batch", Kind.INT, minimum=1, width=90,
          synonyms=("ครั้งที่ประกาศ", "รอบที่", "รอบการประกาศ", "ครั้งที่", "batch no", "round")),
    Field("receiving_org", "หน่วยงานที่รับประกาศ", "Receiving organisation", max_length=300, width=220,
          synonyms=("หน่วยงานที่ได้รับประกาศ", "หน่วยงานรับประกาศ", "หน่วยงาน", "หน่วยงานผู้เสนอ", "ผู้เสนอ",
                    "organisation", "organization", "agency")),
    Field("status", "สถานะ", "Status", Kind.CHOICE, required=True, choices=ZONE_STATUSES, width=200,
          synonyms=("สถานะเขต", "สถานะปัจจุบัน", "ความคืบหน้าสถานะ", "state")),
    Field(
        "city_id",
        "เมืองอัจฉริยะที่ได้รับรอง",
        "Certified as city",
        Kind.REF,
        ref="cities",
        width=220,
        help_th="ระบุเมื่อสถานะเป็น ได้รับการรับรอง",
        help_en="Required when the status is Certified",
        synonyms=("เมืองอัจฉริยะที่ได้รับการรับรอง", "ได้รับรองเป็นเมือง", "พื้นที่เมืองอัจฉริยะ", "certified city",
                  "city"),
    ),
    Field("progress_notes", "ความก้าวหน้า", "Progress notes", Kind.LONGTEXT, in_table=False,
          synonyms=("ความก้าวหน้าการดำเนินงาน", "ผลการดำเนินงาน", "หมายเหตุ", "progress", "notes", "remarks")),
)


class PromotionZone(RecordMixin, Base):
    __tablename__ = "promotion_zone"

    name: Mapped[str] = mapped_column(String(300), index=True)
    province: Mapped[str] = mapped_column(ForeignKey("province.code"), index=True)
    declared_on: Mapped[date | None] = mapped_column(Date)
    batch: Mapped[int | None] = mapped_column(Integer)
    receiving_org: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20), default="declared", index=True)  # the dashboard counts by it
    city_id: Mapped[int | None] = mapped_column(ForeignKey("city.id"), index=True)
    progress_notes: Mapped[str | None] = mapped_column(Text)
