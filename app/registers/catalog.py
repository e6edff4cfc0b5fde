"""The five registers: which model, which fields, which field names the record."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import app.models as models

if TYPE_CHECKING:
    from app.models import Field


@dataclass(frozen=True)
class Register:
    key: str
    th: str
    en: str
    singular_th: str
    singular_en: str
    model_name: str  # the model's class and its fields, named in app.models: a register's module is imported
    fields_name: str  # when it is first used, so the first pane does not build the other registers' classes
    title_field: str
    province_field: str
    status_field: str | None
    filters: tuple[str, ...] = ()  # fields the pane filters by besides province, region and status

    @property
    def model(self) -> type:
        return getattr(models, self.model_name)

    @property
    def fields(self) -> tuple[Field, ...]:
        return getattr(models, self.fields_name)

    def label(self, lang: str = "th") -> str:
        return self.en if lang == "en" else self.th

    def singular(self, lang: str = "th") -> str:
        return self.singular_en if lang == "en" else self.singular_th

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    @property
    def table_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.in_table)

    @property
    def form_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.in_form and not f.computed)

    @property
    def stored_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if not f.computed)


CITIES = Register("cities", "พื้นที่เมืองอัจฉริยะ", "Smart city areas", "พื้นที่เมืองอัจฉริยะ", "smart city area",
                  "City", "CITY_FIELDS", "name_th", "provinces", "emblem_state")
ZONES = Register("zones", "เขตส่งเสริมเมืองอัจฉริยะ", "Promotion zones", "เขตส่งเสริม", "promotion zone",
                 "PromotionZone", "ZONE_FIELDS", "name", "province", "status")
AMBASSADORS = Register("ambassadors", "นักส่งเสริมดิจิทัลพัฒนาเมืองรุ่นใหม่", "Smart City Ambassadors",
                       "นักส่งเสริมฯ", "ambassador", "Ambassador", "AMBASSADOR_FIELDS", "full_name", "province", "status",
                       ("cohort",))
PARTNERSHIPS = Register("partnerships", "ความร่วมมือ ASCN", "ASCN partnerships", "ความร่วมมือ", "partnership",
                        "AscnPartnership", "PARTNERSHIP_FIELDS", "partner", "province", "status")

PLAN = Register("plan", "แผนงานบูรณาการเมืองอัจฉริยะ", "Integrated smart city plan", "โครงการ", "project",
                "PlanProject", "PLAN_FIELDS", "name", "provinces", "status", ("fiscal_year", "dimensions", "agency"))

REGISTERS: dict[str, Register] = {r.key: r for r in (CITIES, ZONES, AMBASSADORS, PARTNERSHIPS, PLAN)}


def register_for_table(table_name: str) -> Register | None:
    return next((r for r in REGISTERS.values() if r.model.__tablename__ == table_name), None)
