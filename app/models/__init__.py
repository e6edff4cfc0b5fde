"""SQLAlchemy models and their field descriptions. Nothing here imports Qt."""

from app.models.agenda import ACTION_ITEM_FIELDS, AGENDA_ITEM_FIELDS, ActionItem, AgendaItem, agenda_item_city
from app.models.ambassador import AMBASSADOR_FIELDS, Ambassador
from app.models.base import Base
from app.models.certificate import (
    CERTIFICATE_FIELDS,
    CERTIFICATE_LABEL,
    Certificate,
    CertificateCounter,
    CertificateEvent,
)
from app.models.city import CITY_FIELDS, City, EmblemRenewal
from app.models.committee import COMMITTEE_FIELDS, MEMBER_FIELDS, Committee, CommitteeMember
from app.models.fields import Choice, Field, Kind
from app.models.meeting import (
    ATTENDANCE_FIELDS,
    CERTIFIED_MINUTES_LABEL,
    GUEST_FIELDS,
    MEETING_FIELDS,
    Attendance,
    Guest,
    Meeting,
)
from app.models.partnership import PARTNERSHIP_FIELDS, AscnPartnership
from app.models.plan import PLAN_FIELDS, PlanBudgetLine, PlanPairDecision, PlanProject
from app.models.reference import Province, SmartDimension
from app.models.setting import AuditEntry, AuditPersonal, Disclosure, Setting, SyncPackage, SyncRecord
from app.models.sortkeys import KEY_TABLES
from app.models.zone import ZONE_FIELDS, PromotionZone

__all__ = [
    "ACTION_ITEM_FIELDS", "AGENDA_ITEM_FIELDS", "AMBASSADOR_FIELDS", "ATTENDANCE_FIELDS", "CERTIFICATE_FIELDS",
    "CERTIFICATE_LABEL", "CERTIFIED_MINUTES_LABEL", "CITY_FIELDS", "Certificate", "CertificateCounter",
    "CertificateEvent", "Setting", "SyncPackage", "SyncRecord", "AuditEntry", "AuditPersonal", "Disclosure",
    "COMMITTEE_FIELDS", "GUEST_FIELDS", "MEETING_FIELDS", "MEMBER_FIELDS", "PARTNERSHIP_FIELDS", "ZONE_FIELDS",
    "ActionItem", "AgendaItem", "Ambassador", "AscnPartnership", "Attendance", "Base", "Choice", "City", "Committee",
    "CommitteeMember", "EmblemRenewal", "Field", "Guest", "Kind", "Meeting", "PLAN_FIELDS", "PlanBudgetLine",
    "PlanPairDecision", "PlanProject", "PromotionZone", "Province",
    "SmartDimension", "agenda_item_city", "KEY_TABLES",
]
