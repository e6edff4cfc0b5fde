"""Reference data: the 77 provinces and the 7 smart dimensions."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class Province(Base):
    __tablename__ = "province"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)  # ISO 3166-2:TH
    name_th: Mapped[str] = mapped_column(String(80))
    name_en: Mapped[str] = mapped_column(String(80))
    region_en: Mapped[str] = mapped_column(String(40))
    region_th: Mapped[str] = mapped_column(String(40))

    def label(self, lang: str = "th") -> str:
        return self.name_en if lang == "en" else self.name_th


class SmartDimension(Base):
    __tablename__ = "smart_dimension"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    name_en: Mapped[str] = mapped_column(String(80))
    name_th: Mapped[str] = mapped_column(String(80))

    def label(self, lang: str = "th") -> str:
        return self.name_en if lang == "en" else self.name_th
