"""The agenda of a meeting (ระเบียบวาระการประชุม) as a tree, its links to cities, and follow-up actions."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Column, Date, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, RecordMixin
from app.models.city import City
from app.models.fields import Field, Kind, choices
from app.models.meeting import Meeting

ITEM_TYPES = choices(
    ("information", "เพื่อทราบ", "For information"),
    ("consideration", "เพื่อพิจารณา", "For consideration"),
)
ACTION_STATUSES = choices(
    ("open", "ยังไม่ดำเนินการ", "Open"),
    ("in_progress", "อยู่ระหว่างดำเนินการ", "In progress"),
    ("done", "ดำเนินการแล้วเสร็จ", "Done"),
    ("cancelled", "ยกเลิก", "Cancelled"),
)
CLOSED_STATUSES = {"done", "cancelled"}

# The standard skeleton of every new meeting (THAI_DOCUMENTS.md §1): section number, title as printed
# after "ระเบียบวาระที่ N", the type of the items under it, and the sub-items it starts with.
SKELETON: tuple[tuple[int, str, str | None, tuple[str, ...]], ...] = (
    (1, "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", "information", ("ประธานแจ้ง", "เลขานุการแจ้ง")),
    (2, "เรื่องรับรองรายงานการประชุม", "consideration", ()),
    (3, "เรื่องสืบเนื่องจากการประชุมครั้งก่อน", "information", ()),
    (4, "เรื่องที่เสนอให้ที่ประชุมทราบ", "information", ()),
    (5, "เรื่องที่เสนอให้ที่ประชุมพิจารณา", "consideration", ()),
    (6, "เรื่องอื่น ๆ (ถ้ามี)", None, ()),
)
SECTION_CERTIFY, SECTION_FOLLOW_UP = 2, 3

agenda_item_city = Table(
    "agenda_item_city",
    Base.metadata,
    Column("agenda_item_id", ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True),
    Column("city_id", ForeignKey("city.id", ondelete="CASCADE"), primary_key=True, index=True),
)

AGENDA_ITEM_FIELDS: tuple[Field, ...] = (
    Field("number", "ลำดับวาระ", "Item number", computed=True, in_form=False, width=70),
    Field("title", "เรื่อง", "Title", required=True, max_length=500, width=360),
    Field("item_type", "ประเภทวาระ", "Item type", Kind.CHOICE, choices=ITEM_TYPES, width=120),
    Field("background", "ความเป็นมา / สาระสำคัญ", "Background", Kind.LONGTEXT, in_table=False),
    Field("proposal", "ประเด็นเสนอ / ข้อเสนอ", "Proposal", Kind.LONGTEXT, in_table=False),
    Field("documents", "เอกสารประกอบ", "Attached documents", Kind.LONGTEXT, in_table=False,
          help_th="บรรทัดละหนึ่งรายการ", help_en="One document per line"),
    Field("resolution", "มติที่ประชุม", "Resolution", Kind.LONGTEXT, width=260),
)

ACTION_ITEM_FIELDS: tuple[Field, ...] = (
    Field("description", "งานที่มอบหมาย", "Assigned work", required=True, max_length=1000, width=360),
    Field("agency", "หน่วยงานที่รับผิดชอบ", "Responsible agency", required=True, max_length=300, width=220),
    Field("due_on", "กำหนดเสร็จ", "Due date", Kind.DATE, width=120),
    Field("status", "สถานะ", "Status", Kind.CHOICE, required=True, choices=ACTION_STATUSES, width=160),
    Field("closed_on", "วันที่แล้วเสร็จ/ยกเลิก", "Closed on", Kind.DATE, width=120,
          help_th="ใส่ให้เองเมื่อสถานะเป็นแล้วเสร็จหรือยกเลิก", help_en="Filled in when the status becomes done "
          "or cancelled"),
    Field("progress", "ความก้าวหน้า", "Progress notes", Kind.LONGTEXT, in_table=False),
)


class AgendaItem(RecordMixin, Base):
    """A ระเบียบวาระ (parent None: one of the six fixed sections) or an item under one (4.1, 4.1.2 …).

    Numbers are not stored: they follow from the tree (``position`` among siblings, from 0).
    """

    __tablename__ = "agenda_item"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    section: Mapped[int | None] = mapped_column(Integer)  # 1–6 for the fixed sections, else empty
    title: Mapped[str] = mapped_column(String(500))
    item_type: Mapped[str | None] = mapped_column(String(20))
    background: Mapped[str | None] = mapped_column(Text)
    proposal: Mapped[str | None] = mapped_column(Text)
    documents: Mapped[str | None] = mapped_column(Text)
    resolution: Mapped[str | None] = mapped_column(Text)

    meeting: Mapped[Meeting] = relationship()
    parent: Mapped[AgendaItem | None] = relationship(remote_side="AgendaItem.id", back_populates="children")
    children: Mapped[list[AgendaItem]] = relationship(
        back_populates="parent", cascade="all, delete-orphan", passive_deletes=True,
        order_by="(AgendaItem.position, AgendaItem.id)")
    cities: Mapped[list[City]] = relationship(secondary=agenda_item_city, order_by=City.id)
    actions: Mapped[list[ActionItem]] = relationship(
        back_populates="agenda_item", cascade="all, delete-orphan", passive_deletes=True, order_by="ActionItem.id")

    @property
    def fixed(self) -> bool:
        """One of the six sections of the skeleton: never deleted or moved."""
        return self.section is not None

    @property
    def document_list(self) -> list[str]:
        return [line.strip() for line in (self.documents or "").splitlines() if line.strip()]


class ActionItem(RecordMixin, Base):
    """Work a resolution assigned (มอบหมาย), followed up under ระเบียบวาระที่ 3 of later meetings."""

    __tablename__ = "action_item"

    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    description: Mapped[str] = mapped_column(String(1000))
    agency: Mapped[str] = mapped_column(String(300), index=True)
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="open")
    closed_on: Mapped[date | None] = mapped_column(Date)
    progress: Mapped[str | None] = mapped_column(Text)

    agenda_item: Mapped[AgendaItem] = relationship(back_populates="actions")

    @property
    def is_open(self) -> bool:
        return self.status not in CLOSED_STATUSES

    def overdue(self, today: date) -> bool:
        return self.is_open and self.due_on is not None and self.due_on < today
