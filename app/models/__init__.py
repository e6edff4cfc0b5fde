"""SQLAlchemy models and their field descriptions. Nothing here imports Qt."""

from .ambassador import AMBASSADOR_FIELDS, Ambassador
from .base import Base
from .city import CITY_FIELDS, City, EmblemRenewal
from .fields import Choice, Field, Kind
from .partnership import PARTNERSHIP_FIELDS, AscnPartnership
from .reference import Province, SmartDimension
from .zone import ZONE_FIELDS, PromotionZone

__all__ = [
    "AMBASSADOR_FIELDS", "CITY_FIELDS", "PARTNERSHIP_FIELDS", "ZONE_FIELDS",
    "Ambassador", "AscnPartnership", "Base", "Choice", "City", "EmblemRenewal", "Field", "Kind",
    "PromotionZone", "Province", "SmartDimension",
]
