"""Committees (คณะกรรมการ / คณะอนุกรรมการ) and their members, with the numbering and quorum rules."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, RecordMixin
from app.models.fields import Field, Kind, choices

NUMBERING_RULES = choices(
    ("calendar", "นับตามปีปฏิทิน (พ.ศ.)", "Per calendar year (B.E.)"),
    ("fiscal", "นับตามปีงบประมาณ (1 ต.ค. – 30 ก.ย.)", "Per fiscal year (1 Oct – 30 Sep)"),
    ("running", "นับต่อเนื่องไม่เริ่มใหม่", "Running number"),
)
QUORUM_RULES = choices(
    ("at_least", "ไม่น้อยกว่า", "Not less than"),
    ("more_than", "เกินกว่า", "More than"),
)
POSITIONS = choices(
    ("chair", "ประธาน", "Chair"),
    ("vice_chair", "รองประธาน", "Vice-chair"),
    ("member", "กรรมการ", "Member"),
    ("secretary", "กรรมการและเลขานุการ", "Member and secretary"),
    ("member_assistant_secretary", "กรรมการและผู้ช่วยเลขานุการ", "Member and assistant secretary"),
    ("assistant_secretary", "ผู้ช่วยเลขานุการ", "Assistant secretary"),
)
POSITION_ORDER = {c.value: i for i, c in enumerate(POSITIONS)}
NON_MEMBER_POSITIONS = {"assistant_secretary"}  # not a member of the committee: no vote, not in the quorum

COMMITTEE_FIELDS: tuple[Field, ...] = (
    Field("name", "ชื่อคณะกรรมการ", "Committee name", required=True, max_length=300, width=320),
    Field("short_name", "ชื่อย่อ", "Short name", max_length=100, width=140),
    Field("numbering", "การนับครั้งที่ประชุม", "Meeting numbering", Kind.CHOICE, required=True,
          choices=NUMBERING_RULES, width=200),
    Field("quorum_numerator", "องค์ประชุม: เศษ", "Quorum: numerator", Kind.INT, required=True, minimum=1,
          width=90, help_th="กึ่งหนึ่ง = 1/2, สองในสาม = 2/3", help_en="Half = 1/2, two thirds = 2/3"),
    Field("quorum_denominator", "องค์ประชุม: ส่วน", "Quorum: denominator", Kind.INT, required=True, minimum=1,
          width=90),
    Field("quorum_rule", "องค์ประชุม: เงื่อนไข", "Quorum: condition", Kind.CHOICE, required=True,
          choices=QUORUM_RULES, width=120),
    Field("notes", "หมายเหตุ", "Notes", Kind.LONGTEXT, in_table=False),
)

MEMBER_FIELDS: tuple[Field, ...] = (
    Field("seq", "ลำดับ", "Order", Kind.INT, minimum=0, width=60),
    Field("position", "ตำแหน่งในคณะกรรมการ", "Position in the committee", Kind.CHOICE, required=True,
          choices=POSITIONS, width=200),
    Field("person_name", "ชื่อ-นามสกุล", "Full name", max_length=200, width=220,
          help_th="เว้นว่างได้ถ้าเป็นผู้แทนหน่วยงานโดยตำแหน่ง", help_en="May be empty for an agency's seat"),
    Field("job_title", "ตำแหน่ง", "Job title", max_length=300, width=260),
    Field("ex_officio_office", "กรรมการโดยตำแหน่ง", "Ex-officio office", max_length=300, width=260,
          help_th="ที่นั่งที่เปลี่ยนผู้ดำรงตามตำแหน่ง เช่น รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
          help_en="A seat that follows an office, e.g. the Minister of Digital Economy and Society"),
    Field("from_on", "ตั้งแต่วันที่", "From", Kind.DATE, width=120),
    Field("to_on", "ถึงวันที่", "Until", Kind.DATE, width=120),
    Field("notes", "หมายเหตุ", "Notes", Kind.LONGTEXT, in_table=False),
)


class Committee(RecordMixin, Base):
    __tablename__ = "committee"

    name: Mapped[str] = mapped_column(String(300), unique=True)
    short_name: Mapped[str | None] = mapped_column(String(100))
    numbering: Mapped[str] = mapped_column(String(20), default="calendar")
    quorum_numerator: Mapped[int] = mapped_column(Integer, default=1)
    quorum_denominator: Mapped[int] = mapped_column(Integer, default=2)
    quorum_rule: Mapped[str] = mapped_column(String(20), default="at_least")
    notes: Mapped[str | None] = mapped_column(Text)

    members: Mapped[list[CommitteeMember]] = relationship(
        back_populates="committee", cascade="all, delete-orphan", passive_deletes=True,
        order_by="CommitteeMember.id",
    )


class CommitteeMember(RecordMixin, Base):
    """One holder of one seat for a period; a new holder of an ex-officio seat is a new row."""

    __tablename__ = "committee_member"

    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[str] = mapped_column(String(30))
    person_name: Mapped[str | None] = mapped_column(String(200))
    job_title: Mapped[str | None] = mapped_column(String(300))
    ex_officio_office: Mapped[str | None] = mapped_column(String(300))
    from_on: Mapped[date | None] = mapped_column(Date)
    to_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    committee: Mapped[Committee] = relationship(back_populates="members")

    @property
    def display_name(self) -> str:
        """The person, or the seat when no person is named (ผู้แทนสำนักงบประมาณ)."""
        return self.person_name or self.ex_officio_office or self.job_title or ""

    @property
    def counts_for_quorum(self) -> bool:
        return self.position not in NON_MEMBER_POSITIONS

    @property
    def sort_key(self) -> tuple:
        """The order of the list of members: the given order, then by position."""
        return (self.seq is None, self.seq or 0, POSITION_ORDER.get(self.position, 99), self.id or 0)

    def serves_on(self, day: date) -> bool:
        """Membership on a date: from ≤ date ≤ to, an empty end being open."""
        return (self.from_on is None or self.from_on <= day) and (self.to_on is None or day <= self.to_on)
