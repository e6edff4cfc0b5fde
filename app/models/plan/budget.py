"""Child rows of a plan project: its budget by fiscal year and source, and the secretary's decisions on pairs
of projects the duplicate check suspected."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Money, utcnow
from app.models.fields import choices

PAIR_DECISIONS = choices(
    ("duplicate", "ซ้ำ: รวมโครงการ", "Duplicate: merge"),
    ("related", "เกี่ยวข้อง: เชื่อมโยง", "Related: link"),
    ("distinct", "ไม่ซ้ำ", "Distinct"),
)


class PlanBudgetLine(Base):
    """Money of one project in one fiscal year from one source: requested, and allocated once it is known."""

    __tablename__ = "plan_budget_line"
    # the dashboard's sums by year and source read this index alone (it covers them), and a year's lines too
    __table_args__ = (UniqueConstraint("project_id", "fiscal_year", "source"),
                      Index("ix_plan_budget_line_sums", "fiscal_year", "source", "requested", "allocated"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("plan_project.id", ondelete="CASCADE"), index=True)
    fiscal_year: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(20))
    requested: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    allocated: Mapped[Decimal | None] = mapped_column(Money)


class PlanPairDecision(Base):
    """The secretary's word on a suspected pair (``first_id`` < ``second_id``): who decided, and when."""

    __tablename__ = "plan_pair_decision"
    __table_args__ = (UniqueConstraint("first_id", "second_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_id: Mapped[int] = mapped_column(ForeignKey("plan_project.id", ondelete="CASCADE"), index=True)
    second_id: Mapped[int] = mapped_column(ForeignKey("plan_project.id", ondelete="CASCADE"), index=True)
    decision: Mapped[str] = mapped_column(String(20))
    kept_id: Mapped[int | None] = mapped_column(Integer)  # duplicate: the project that stays in the plan
    score: Mapped[int | None] = mapped_column(Integer)  # the check's score when the pair was decided
    decided_by: Mapped[str] = mapped_column(String(100))
    decided_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    note: Mapped[str | None] = mapped_column(Text)
