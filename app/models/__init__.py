"""SQLAlchemy models and their field descriptions. Nothing here imports Qt."""

from .agenda import ACTION_ITEM_FIELDS, AGENDA_ITEM_FIELDS, ActionItem, AgendaItem, agenda_item_city
from .ambassador import AMBASSADOR_FIELDS, Ambassador
from .base import Base
from .certificate import CERTIFICATE_FIELDS, CERTIFICATE_LABEL, Certificate, CertificateCounter, CertificateEvent
from .city import CITY_FIELDS, City, EmblemRenewal
from .committee import COMMITTEE_FIELDS, MEMBER_FIELDS, Committee, CommitteeMember
from .fields import Choice, Field, Kind
from .meeting import (
    ATTENDANCE_FIELDS,
    CERTIFIED_MINUTES_LABEL,
    GUEST_FIELDS,
    MEETING_FIELDS,
    Attendance,
    Guest,
    Meeting,
)
from .partnership import PARTNERSHIP_FIELDS, AscnPartnership
from .reference import Province, SmartDimension
from .setting import Setting
from .zone import ZONE_FIELDS, PromotionZone

__all__ = [
    "ACTION_ITEM_FIELDS", "AGENDA_ITEM_FIELDS", "AMBASSADOR_FIELDS", "ATTENDANCE_FIELDS", "CERTIFICATE_FIELDS",
    "CERTIFICATE_LABEL", "CERTIFIED_MINUTES_LABEL", "CITY_FIELDS", "Certificate", "CertificateCounter",
    "CertificateEvent", "Setting",
    "COMMITTEE_FIELDS", "GUEST_FIELDS", "MEETING_FIELDS", "MEMBER_FIELDS", "PARTNERSHIP_FIELDS", "ZONE_FIELDS",
    "ActionItem", "AgendaItem", "Ambassador", "AscnPartnership", "Attendance", "Base", "Choice", "City", "Committee",
    "CommitteeMember", "EmblemRenewal", "Field", "Guest", "Kind", "Meeting", "PromotionZone", "Province",
    "SmartDimension", "agenda_item_city",
]
