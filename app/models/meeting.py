"""Meetings (การประชุม): number N/B.E. year, date and times, the record keepers, attendance and state."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import Date, ForeignKey, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, RecordMixin
from app.models.committee import Committee, CommitteeMember
from app.models.fields import Field, Kind, choices

MEETING_MODES = choices(
    ("onsite", "ประชุม ณ สถานที่", "On site"),
    ("online", "ประชุมผ่านสื่ออิเล็กทรอนิกส์", "Online"),
    ("hybrid", "ประชุม ณ สถานที่และผ่านสื่ออิเล็กทรอนิกส์", "Hybrid"),
)
RECORDING_STYLES = choices(
    ("summary", "จดย่อ", "Summary"),
    ("verbatim", "จดละเอียดทุกคำพูด", "Verbatim"),
    ("resolutions", "จดเฉพาะเหตุผลและมติ", "Resolutions only"),
)
MEETING_STATES = choices(
    ("draft", "ร่างรายงานการประชุม", "Draft"),
    ("checked", "ตรวจรายงานการประชุมแล้ว", "Checked"),
    ("certified", "รับรองรายงานการประชุมแล้ว", "Certified"),
)
ATTENDANCE_STATUSES = choices(
    ("present", "มาประชุม", "Present"),
    ("substitute", "มีผู้มาประชุมแทน", "Represented by a substitute"),
    ("absent", "ไม่มาประชุม", "Absent"),
)

MEETING_FIELDS: tuple[Field, ...] = (
    Field("committee_id", "คณะกรรมการ", "Committee", Kind.REF, required=True, ref="committees", width=260),
    Field("number", "ครั้งที่", "Number", Kind.INT, required=True, minimum=1, width=70),
    Field("year_be", "ปี (พ.ศ.)", "Year (B.E.)", Kind.INT, required=True, minimum=2400, width=80,
          help_th="ปีปฏิทินหรือปีงบประมาณตามวิธีนับของคณะกรรมการ",
          help_en="Calendar or fiscal year, by the committee's numbering rule"),
    Field("held_on", "วันที่ประชุม", "Meeting date", Kind.DATE, required=True, width=130),
    Field("start_time", "เริ่มประชุมเวลา", "Start time", Kind.TIME, width=90),
    Field("end_time", "เลิกประชุมเวลา", "End time", Kind.TIME, width=90),
    Field("place", "สถานที่ประชุม", "Place", max_length=300, width=240),
    Field("mode", "รูปแบบการประชุม", "Meeting mode", Kind.CHOICE, required=True, choices=MEETING_MODES, width=180),
    Field("chair_id", "ประธานในที่ประชุม", "Chaired by", Kind.REF, ref="committee_members", width=220),
    Field("recording_style", "วิธีจดรายงานการประชุม", "Recording style", Kind.CHOICE, required=True,
          choices=RECORDING_STYLES, in_table=False),
    Field("minute_taker_name", "ผู้จดรายงานการประชุม", "Minutes taken by", max_length=200, in_table=False),
    Field("minute_taker_position", "ตำแหน่งผู้จดรายงานการประชุม", "Minute-taker's position", max_length=300,
          in_table=False),
    Field("checker_name", "ผู้ตรวจรายงานการประชุม", "Minutes checked by", max_length=200, in_table=False),
    Field("checker_position", "ตำแหน่งผู้ตรวจรายงานการประชุม", "Checker's position", max_length=300,
          in_table=False),
    Field("state", "สถานะรายงานการประชุม", "Minutes status", Kind.CHOICE, required=True, choices=MEETING_STATES,
          in_form=False, width=180),
    Field("certified_by_id", "รับรองในการประชุม", "Certified at meeting", Kind.REF, ref="meetings",
          in_form=False, in_table=False),
    Field("certified_on", "วันที่รับรอง", "Certified on", Kind.DATE, in_form=False, in_table=False),
    Field("corrections", "การแก้ไขรายงานการประชุม", "Corrections to the minutes", Kind.LONGTEXT, in_table=False),
    Field("notes", "หมายเหตุ", "Notes", Kind.LONGTEXT, in_table=False),
)

ATTENDANCE_FIELDS: tuple[Field, ...] = (
    Field("member_id", "กรรมการ", "Member", Kind.REF, required=True, ref="committee_members", width=240),
    Field("status", "การมาประชุม", "Attendance", Kind.CHOICE, required=True, choices=ATTENDANCE_STATUSES,
          width=150),
    Field("absence_reason", "เหตุที่ไม่มาประชุม", "Reason for absence", max_length=300, width=180,
          help_th="เช่น ติดราชการ", help_en="e.g. official duty elsewhere"),
    Field("substitute_name", "ผู้มาประชุมแทน", "Substitute", max_length=200, width=200),
    Field("substitute_position", "ตำแหน่งผู้มาประชุมแทน", "Substitute's position", max_length=300, width=220),
)

GUEST_FIELDS: tuple[Field, ...] = (
    Field("seq", "ลำดับ", "Order", Kind.INT, minimum=0, width=60),
    Field("name", "ชื่อ-นามสกุล", "Full name", required=True, max_length=200, width=220),
    Field("position", "ตำแหน่ง", "Position", max_length=300, width=220),
    Field("organisation", "หน่วยงาน", "Organisation", max_length=300, width=240),
)


CERTIFIED_MINUTES_LABEL = ("รายงานการประชุมที่รับรองแล้ว", "certified minutes")  # a delete refusal names them


class Meeting(RecordMixin, Base):
    __tablename__ = "meeting"
    __table_args__ = (UniqueConstraint("committee_id", "year_be", "number", name="uq_meeting_number"),)

    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    year_be: Mapped[int] = mapped_column(Integer)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    place: Mapped[str | None] = mapped_column(String(300))
    mode: Mapped[str] = mapped_column(String(20), default="onsite")
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("committee_member.id"), index=True)
    recording_style: Mapped[str] = mapped_column(String(20), default="summary")
    minute_taker_name: Mapped[str | None] = mapped_column(String(200))
    minute_taker_position: Mapped[str | None] = mapped_column(String(300))
    checker_name: Mapped[str | None] = mapped_column(String(200))
    checker_position: Mapped[str | None] = mapped_column(String(300))
    state: Mapped[str] = mapped_column(String(20), default="draft")
    certified_by_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"), index=True)
    certified_on: Mapped[date | None] = mapped_column(Date)
    corrections: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    committee: Mapped[Committee] = relationship()
    chair: Mapped[CommitteeMember | None] = relationship()
    certified_by: Mapped[Meeting | None] = relationship(remote_side="Meeting.id")
    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", passive_deletes=True, order_by="Attendance.id")
    guests: Mapped[list[Guest]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", passive_deletes=True, order_by="Guest.id")

    @property
    def label(self) -> str:
        """N/YYYY, as printed after ครั้งที่."""
        return f"{self.number}/{self.year_be}"


class Attendance(RecordMixin, Base):
    """One member's attendance at one meeting: present, absent (with a reason) or represented."""

    __tablename__ = "meeting_attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id", name="uq_meeting_attendance_member"),)

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("committee_member.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="present")
    absence_reason: Mapped[str | None] = mapped_column(String(300))
    substitute_name: Mapped[str | None] = mapped_column(String(200))
    substitute_position: Mapped[str | None] = mapped_column(String(300))

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")
    member: Mapped[CommitteeMember] = relationship()


class Guest(RecordMixin, Base):
    """Someone who attended without being a member (ผู้เข้าร่วมประชุม): officials, secretariat staff."""

    __tablename__ = "meeting_guest"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int | None] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str | None] = mapped_column(String(300))
    organisation: Mapped[str | None] = mapped_column(String(300))

    meeting: Mapped[Meeting] = relationship(back_populates="guests")
