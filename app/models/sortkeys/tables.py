"""Every register's key table and indexes (``app.models.sortkeys``), for the migrations and ``load_all``."""

from __future__ import annotations

import sqlalchemy as sa

from app.models.ambassador import AMBASSADOR_FIELDS, Ambassador
from app.models.city import CITY_FIELDS, City
from app.models.partnership import PARTNERSHIP_FIELDS, AscnPartnership
from app.models.plan import PLAN_FIELDS, PlanProject
from app.models.sortkeys import key_table, order_indexes, snapshot_index
from app.models.zone import ZONE_FIELDS, PromotionZone

_REGISTERS = ((City, CITY_FIELDS), (PromotionZone, ZONE_FIELDS), (Ambassador, AMBASSADOR_FIELDS),
              (AscnPartnership, PARTNERSHIP_FIELDS), (PlanProject, PLAN_FIELDS))

KEY_TABLES: dict[str, sa.Table] = {model.__tablename__: key_table(model, fields) for model, fields in _REGISTERS}
ORDER_INDEXES: list[sa.Index] = [i for model, fields in _REGISTERS for i in order_indexes(model, fields)]
SNAPSHOT_INDEXES: list[sa.Index] = [snapshot_index(model) for model, _ in _REGISTERS]
