"""Emblem certificates (เกียรติบัตรตราสัญลักษณ์เมืองอัจฉริยะ): the register, its yearly counters and its history.

Nothing is deleted: a reprint keeps the number, a replacement or renewal gets a new certificate that the
old one links to (``successor_id``), a revocation only changes the state. Every change adds an event.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.agenda import AgendaItem
from app.models.base import Base, RecordMixin, utcnow
from app.models.city import City
from app.models.fields import Field, Kind, choices

CERTIFICATE_STATES = choices(
    ("issued", "ออกแล้ว", "Issued"),
    ("reprinted", "พิมพ์ซ้ำ", "Reprinted"),
    ("replaced", "ออกฉบับใหม่แทนแล้ว", "Replaced"),
    ("revoked", "เพิกถอน", "Revoked"),
    ("renewed", "ต่ออายุแล้ว", "Renewed"),
)
CERTIFICATE_LABEL = ("เกียรติบัตรตราสัญลักษณ์", "emblem certificates")  # how a delete refusal names them
CURRENT_STATES = frozenset({"issued", "reprinted"})  # the certificate in force for its city

CERTIFICATE_FIELDS: tuple[Field, ...] = (
    Field("number", "เลขที่", "Number", required=True, max_length=100, width=140),
    Field("city_id", "เมือง/โครงการ", "City / project", Kind.REF, required=True, ref="cities", width=300),
    Field("issue_date", "ให้ไว้ ณ วันที่", "Issued on", Kind.DATE, required=True, width=130),
    Field("valid_until", "ใช้ได้ถึงวันที่", "Valid until", Kind.DATE, required=True, width=130),
    Field("resolution_text", "มติที่อนุมัติ", "Granting resolution", max_length=500, width=200),
    Field("state", "สถานะ", "Status", Kind.CHOICE, required=True, choices=CERTIFICATE_STATES, width=140),
    Field("reprints", "จำนวนครั้งที่พิมพ์ซ้ำ", "Reprints", Kind.INT, minimum=0, width=80),
    Field("verification_code", "รหัสตรวจสอบ", "Verification code", max_length=16, width=110),
    Field("state_reason", "เหตุผล", "Reason", Kind.LONGTEXT, in_table=False),
    Field("note", "หมายเหตุ", "Notes", Kind.LONGTEXT, in_table=False),
)


class Certificate(RecordMixin, Base):
    __tablename__ = "certificate"

    number: Mapped[str] = mapped_column(String(100), unique=True)
    number_key: Mapped[str] = mapped_column(String(100), unique=True)  # number without spaces, Arabic digits
    year_be: Mapped[int] = mapped_column(Integer, index=True)
    run: Mapped[int] = mapped_column(Integer)
    city_id: Mapped[int] = mapped_column(ForeignKey("city.id"), index=True)
    issue_date: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date, index=True)
    resolution_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), index=True)
    resolution_text: Mapped[str | None] = mapped_column(String(500))  # as it read when issued
    state: Mapped[str] = mapped_column(String(20), default="issued", index=True)
    reprints: Mapped[int] = mapped_column(Integer, default=0)
    state_changed_on: Mapped[date | None] = mapped_column(Date)
    state_reason: Mapped[str | None] = mapped_column(Text)
    successor_id: Mapped[int | None] = mapped_column(ForeignKey("certificate.id"), index=True)
    verification_code: Mapped[str] = mapped_column(String(16), index=True)
    signed_qr: Mapped[str | None] = mapped_column(Text)  # the Ed25519-signed QR text (SCTH2); none before 0008
    note: Mapped[str | None] = mapped_column(Text)

    city: Mapped[City] = relationship()
    resolution_item: Mapped[AgendaItem | None] = relationship()
    successor: Mapped[Certificate | None] = relationship(remote_side="Certificate.id")
    events: Mapped[list[CertificateEvent]] = relationship(
        back_populates="certificate", foreign_keys="CertificateEvent.certificate_id", order_by="CertificateEvent.id")


class CertificateCounter(Base):
    """The last running number given in a B.E. year; its row is locked while numbering."""

    __tablename__ = "certificate_counter"

    year_be: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_run: Mapped[int] = mapped_column(Integer, default=0)


class CertificateEvent(Base):
    """One step in a certificate's life: issued, reprinted, replaced, revoked, renewed."""

    __tablename__ = "certificate_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    certificate_id: Mapped[int] = mapped_column(ForeignKey("certificate.id"), index=True)
    action: Mapped[str] = mapped_column(String(20))
    happened_on: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    reason: Mapped[str | None] = mapped_column(Text)
    related_id: Mapped[int | None] = mapped_column(ForeignKey("certificate.id"))

    certificate: Mapped[Certificate] = relationship(back_populates="events", foreign_keys=[certificate_id])
