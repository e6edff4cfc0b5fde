"""Settings kept in the database, shared by every workstation and the command line (JSON values); the audit trail
(written by database triggers, app.core.audit_schema) and the record of personal-data disclosures (exports, prints,
reports), all three append-only."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow


class Setting(Base):
    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

AUDIT_ID = BigInteger().with_variant(Integer(), "sqlite")  # SQLite: INTEGER PRIMARY KEY is the rowid


class AuditEntry(Base):
    """One change of one record: when, who, from where, what record, each field old → new, why."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_record", "table_name", "record_id", "id"),
        Index("ix_audit_log_table", "table_name", "id"),
        Index("ix_audit_log_actor", "actor", "id"),
        Index("ix_audit_log_at", "at"),
        {"sqlite_autoincrement": True},  # ids are never reused: the trail's order is its ids' order
    )

    id: Mapped[int] = mapped_column(AUDIT_ID, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    actor: Mapped[str] = mapped_column(String(128))  # database role (PostgreSQL) or operating-system user
    workstation: Mapped[str | None] = mapped_column(String(300))
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(10))  # insert, update, delete
    changes: Mapped[str] = mapped_column(Text)  # JSON: field → [old, new]; personal fields → "*"
    reason: Mapped[str | None] = mapped_column(Text)


class AuditPersonal(Base):
    """The values of a personal field that an audit entry marks "*": erased with the person's data."""

    __tablename__ = "audit_personal"
    __table_args__ = (Index("ix_audit_personal_record", "table_name", "record_id"),)

    id: Mapped[int] = mapped_column(AUDIT_ID, primary_key=True)
    audit_id: Mapped[int] = mapped_column(ForeignKey("audit_log.id"), index=True)
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(200))
    field: Mapped[str] = mapped_column(String(64))
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)


class Disclosure(Base):
    """An export, print or report that included personal data (PDPA accountability)."""

    __tablename__ = "personal_data_disclosure"

    id: Mapped[int] = mapped_column(AUDIT_ID, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(128))
    workstation: Mapped[str | None] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))  # export, print, report, erase
    registers: Mapped[str] = mapped_column(String(300))
    fields: Mapped[str] = mapped_column(Text)  # comma-separated field names
    people: Mapped[int] = mapped_column(Integer)
    target: Mapped[str | None] = mapped_column(Text)  # the file written, when there is one


class SyncPackage(Base):
    """A change package from an offline laptop that this server applied (app.sync): applied once only."""

    __tablename__ = "sync_package"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the package's UUID
    applied_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str | None] = mapped_column(String(128))
    laptop: Mapped[str | None] = mapped_column(String(300))  # the laptop's name as the package gives it
    base: Mapped[int] = mapped_column(BigInteger)  # the server's audit position the laptop's copy was taken at
    changes: Mapped[int] = mapped_column(Integer)
    set_aside: Mapped[int] = mapped_column(Integer, default=0)
    copy_id: Mapped[str | None] = mapped_column(String(36), index=True)  # the offline copy it came from
    seq: Mapped[int] = mapped_column(Integer, default=1)  # its number among the copy's packages (1, 2, …)
    position: Mapped[int] = mapped_column(BigInteger, default=0)  # the server's audit position once applied
    # PostgreSQL, JSON: the transactions whose audit entries this import may not have compared though their ids are
    # below ``position`` (in progress at its snapshots, or writing between them): a later package counts them
    pending: Mapped[str] = mapped_column(Text, default="[]")


class SyncRecord(Base):
    """A record an offline copy's packages touched on this server: the laptop's id of a record made offline (a
    later package that edits or deletes it, or refers to it, reaches the server's id) and, per field the copy
    sent, the server's audit position when it was applied (a later package's conflicts on it count from there)."""

    __tablename__ = "sync_record"
    __table_args__ = (Index("ix_sync_record_laptop", "copy_id", "table_name", "laptop_id"),)

    copy_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(200), primary_key=True)  # the server's id
    laptop_id: Mapped[str | None] = mapped_column(String(200))  # the laptop's id, for a record made offline
    sent: Mapped[str] = mapped_column(Text, default="{}")  # JSON: field → the position it was applied at
