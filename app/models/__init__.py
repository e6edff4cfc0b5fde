"""SQLAlchemy models and their field descriptions. Nothing here imports Qt.

A model's module is imported when one of its names is first asked for (``from app.models import City``): the first
register pane reads its rows with the registers' own classes, and building the meetings', agenda's and
certificates' classes would cost tens of milliseconds more at start. ``load_all()`` imports every module. Both
``Base`` taken from here (its metadata then names every table: migrations, backups, sync) and the ORM's set-up of
the mappers (``before_configured``, hooked below) call it first, so neither sees part of the schema.
"""

from __future__ import annotations

from importlib import import_module

from sqlalchemy import event
from sqlalchemy.orm import Mapper

_NAMES = {
    "agenda": ("ACTION_ITEM_FIELDS", "AGENDA_ITEM_FIELDS", "ActionItem", "AgendaItem", "agenda_item_city"),
    "ambassador": ("AMBASSADOR_FIELDS", "Ambassador"),
    "certificate": ("CERTIFICATE_FIELDS", "CERTIFICATE_LABEL", "Certificate", "CertificateCounter",
                    "CertificateEvent"),
    "city": ("CITY_FIELDS", "City", "EmblemRenewal"),
    "committee": ("COMMITTEE_FIELDS", "MEMBER_FIELDS", "Committee", "CommitteeMember"),
    "fields": ("Choice", "Field", "Kind"),
    "meeting": ("ATTENDANCE_FIELDS", "CERTIFIED_MINUTES_LABEL", "GUEST_FIELDS", "MEETING_FIELDS", "Attendance",
                "Guest", "Meeting"),
    "partnership": ("PARTNERSHIP_FIELDS", "AscnPartnership"),
    "plan": ("PLAN_FIELDS", "PlanBudgetLine", "PlanPairDecision", "PlanProject"),
    "reference": ("Province", "SmartDimension"),
    "setting": ("AuditEntry", "AuditPersonal", "Disclosure", "Setting", "SyncPackage", "SyncRecord"),
    "sortkeys.tables": ("KEY_TABLES",),
    "zone": ("ZONE_FIELDS", "PromotionZone"),
}
_MODULE_OF = {name: module for module, names in _NAMES.items() for name in names}
MODEL_MODULES = tuple(m for m in _NAMES if m != "fields")

__all__ = ["Base", *sorted(_MODULE_OF)]


def load_all() -> None:
    """Import every model module (each once): the metadata and the ORM's registry then hold the whole schema."""
    for module in MODEL_MODULES:
        import_module(f"{__name__}.{module}")


# Before the ORM first sets its mappers up (a form opens, a record is saved): every model's class, so that each
# relationship finds its target.
event.listen(Mapper, "before_configured", load_all)


def __getattr__(name: str):
    if name == "Base":
        load_all()
        from app.models.base import Base

        value = Base
    elif name in _MODULE_OF:
        value = getattr(import_module(f"{__name__}.{_MODULE_OF[name]}"), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
