"""Projects proposed for the integrated smart city plan (แผนงานบูรณาการเมืองอัจฉริยะ), a fifth register.

A project is proposed by an agency for a fiscal year (ปีงบประมาณ พ.ศ., 1 October – 30 September, named by the
later year), possibly over several years (``end_year``). Its budget lines (``budget.PlanBudgetLine``: year ×
source, requested and allocated) are child rows; the project carries their sums by source and in total
(computed fields, kept in step by ``app.plan.budget``) so tables, exports and imports read them as columns.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Column, Date, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Money, RecordMixin
from app.models.fields import Field, Kind, choices
from app.models.reference import Province, SmartDimension

plan_project_province = Table(
    "plan_project_province",
    Base.metadata,
    Column("project_id", ForeignKey("plan_project.id", ondelete="CASCADE"), primary_key=True),
    Column("province_code", ForeignKey("province.code"), primary_key=True, index=True),
)

plan_project_dimension = Table(
    "plan_project_dimension",
    Base.metadata,
    Column("project_id", ForeignKey("plan_project.id", ondelete="CASCADE"), primary_key=True),
    Column("dimension_code", ForeignKey("smart_dimension.code"), primary_key=True),
)

AGENCY_KINDS = choices(
    ("province", "จังหวัด", "Province"),
    ("local", "องค์กรปกครองส่วนท้องถิ่น", "Local administration"),
    ("department", "ส่วนราชการ (กรม)", "Ministry department"),
    ("state_enterprise", "รัฐวิสาหกิจ", "State enterprise"),
    ("university", "มหาวิทยาลัย", "University"),
    ("private", "ผู้พัฒนาเมืองภาคเอกชน", "Private developer"),
)
BUDGET_SOURCES = choices(
    ("gov", "งบประมาณแผ่นดิน", "Government budget"),
    ("local", "งบประมาณท้องถิ่น", "Local budget"),
    ("province", "งบจังหวัด/กลุ่มจังหวัด", "Provincial or cluster budget"),
    ("boi", "เอกชนที่ได้รับส่งเสริมการลงทุน (BOI)", "BOI-promoted private investment"),
    ("other", "แหล่งอื่น", "Other"),
)
SOURCE_CODES = tuple(c.value for c in BUDGET_SOURCES)
PLAN_STATUSES = choices(
    ("proposed", "เสนอโครงการ", "Proposed"),
    ("screened", "ผ่านการกลั่นกรอง", "Screened"),
    ("in_plan", "บรรจุในแผนงาน", "In the plan"),
    ("funded", "ได้รับจัดสรรงบประมาณ", "Funded"),
    ("under_way", "อยู่ระหว่างดำเนินการ", "Under way"),
    ("done", "ดำเนินการแล้วเสร็จ", "Done"),
    ("withdrawn", "ถอน/ยกเลิกโครงการ", "Withdrawn"),
)
STATUS_FLOW = ("proposed", "screened", "in_plan", "funded", "under_way", "done")  # one step at a time
SCREENED_STATUSES = frozenset(STATUS_FLOW[1:])  # these name the resolution that screened the project
BAHT = "บาท"  # the currency word people type after an amount
FIRST_FISCAL_YEAR, LAST_FISCAL_YEAR = 2500, 2700  # B.E.: a C.E. year typed by mistake falls outside


def _money(name: str, th: str, en: str, in_table: bool = False, width: int = 150) -> Field:
    return Field(name, th, en, Kind.MONEY, computed=True, in_form=False, in_table=in_table, width=width)


def _by_source(prefix: str, th: str, en: str) -> tuple[Field, ...]:
    return tuple(_money(f"{prefix}_{c.value}", f"{th}: {c.th}", f"{en}: {c.en}") for c in BUDGET_SOURCES)


PLAN_FIELDS: tuple[Field, ...] = (
    Field("code", "เลขที่โครงการ", "Project number", max_length=40, width=120,
          help_th="เลขที่ของหน่วยงานหรือสำนักงาน (ถ้ามี)", help_en="The agency's or the office's number, if any"),
    Field("name", "ชื่อโครงการ", "Project name", required=True, max_length=400, width=340),
    Field("agency", "หน่วยงานที่เสนอ", "Proposing agency", required=True, max_length=300, width=230),
    Field("agency_kind", "ประเภทหน่วยงาน", "Agency type", Kind.CHOICE, required=True, choices=AGENCY_KINDS,
          width=170),
    Field("provinces", "จังหวัด", "Province(s)", Kind.PROVINCES, required=True, width=140),
    Field("city_id", "พื้นที่เมืองอัจฉริยะที่รองรับ", "Smart city area served", Kind.REF, ref="cities",
          in_table=False),
    Field("zone_id", "เขตส่งเสริมที่รองรับ", "Promotion zone served", Kind.REF, ref="zones", in_table=False),
    Field("dimensions", "ด้านเมืองอัจฉริยะ", "Smart dimensions", Kind.DIMENSIONS, width=200),
    Field("fiscal_year", "ปีงบประมาณ (พ.ศ.)", "Fiscal year (B.E.)", Kind.INT, required=True, width=125,
          help_th="ปีงบประมาณแรก: 1 ต.ค. – 30 ก.ย. นับตามปีที่สิ้นสุด เช่น 2568",
          help_en="The first fiscal year: 1 Oct – 30 Sep, named by the later year, e.g. 2568",
          extra={"until": "end_year"}),  # filtering by a year keeps the projects running in it
    Field("end_year", "ถึงปีงบประมาณ", "Until fiscal year", Kind.INT, width=110,
          help_th="โครงการต่อเนื่องหลายปี: ปีงบประมาณสุดท้าย", help_en="Multi-year projects: the last fiscal year"),
    Field("status", "สถานะ", "Status", Kind.CHOICE, required=True, choices=PLAN_STATUSES, width=170),
    Field("submitted_on", "วันที่หน่วยงานเสนอ", "Submitted on", Kind.DATE, in_table=False),
    _money("requested_total", "งบประมาณที่เสนอขอ (บาท)", "Budget requested (baht)", in_table=True),
    _money("allocated_total", "งบประมาณที่ได้รับจัดสรร (บาท)", "Budget allocated (baht)", in_table=True),
    *_by_source("requested", "เสนอขอ", "Requested"),
    *_by_source("allocated", "ได้รับจัดสรร", "Allocated"),
    Field("resolution", "มติที่ประชุมที่กลั่นกรอง", "Screening resolution", max_length=300, in_table=False,
          help_th="เช่น มติคณะอนุกรรมการฯ ครั้งที่ 2/2567", help_en="E.g. the subcommittee's resolution at 2/2567"),
    Field("kpis", "ตัวชี้วัด (KPI)", "KPIs", Kind.LONGTEXT, in_table=False),
    Field("notes", "หมายเหตุ", "Notes", Kind.LONGTEXT, in_table=False),
)
MONEY_COLUMNS = tuple(f.name for f in PLAN_FIELDS if f.kind is Kind.MONEY)


class PlanProject(RecordMixin, Base):
    __tablename__ = "plan_project"

    code: Mapped[str | None] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(400), index=True)
    agency: Mapped[str] = mapped_column(String(300), index=True)
    agency_kind: Mapped[str] = mapped_column(String(20))
    city_id: Mapped[int | None] = mapped_column(ForeignKey("city.id"), index=True)
    zone_id: Mapped[int | None] = mapped_column(ForeignKey("promotion_zone.id"), index=True)
    fiscal_year: Mapped[int] = mapped_column(Integer, index=True)
    end_year: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="proposed", index=True)
    submitted_on: Mapped[date | None] = mapped_column(Date)
    # the sums of the budget lines (satang in the database), kept in step by app.plan.budget
    requested_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    allocated_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    requested_gov: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    requested_local: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    requested_province: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    requested_boi: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    requested_other: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    allocated_gov: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    allocated_local: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    allocated_province: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    allocated_boi: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    allocated_other: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    resolution: Mapped[str | None] = mapped_column(String(300))
    kpis: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    province_rows: Mapped[list[Province]] = relationship(secondary=plan_project_province, lazy="selectin",
                                                         order_by=Province.code)
    dimension_rows: Mapped[list[SmartDimension]] = relationship(secondary=plan_project_dimension, lazy="selectin",
                                                                order_by=SmartDimension.code)

