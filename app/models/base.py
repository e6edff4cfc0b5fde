"""Declarative base and the columns every register record carries."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, DateTime, Integer, MetaData, String, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# The settings' key the demo data writes (app.models.setting): the window title and every printed page say so. Here,
# not beside the settings' classes, so that the window's title can ask without building them.
SAMPLE_DATA = "sample_data"


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class CodeList(TypeDecorator):
    """A list of short codes stored as one ``;``-separated string."""

    impl = String(500)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if not value:
            return ""
        return ";".join(value)

    def process_result_value(self, value, dialect):
        return [v for v in (value or "").split(";") if v]


class Money(TypeDecorator):
    """Baht with two decimals, stored exactly as integer satang; a ``Decimal`` in Python (never a float)."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        satang = Decimal(value) * 100
        if satang != satang.to_integral_value():
            raise ValueError(f"more than two decimals: {value}")
        return int(satang)

    def process_result_value(self, value, dialect):
        return None if value is None else Decimal(int(value)).scaleb(-2)


class RecordMixin:
    """Id, timestamps and the optimistic-lock version counter."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls):  # noqa: N805
        return {"version_id_col": cls.__table__.c.version}
