"""The schema the migrations build is the schema the models describe, on both backends."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from app.models import Base
from app.registers.search_index import in_models


def test_migrations_match_the_models(db):
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": in_models})
        assert compare_metadata(context, Base.metadata) == []


def test_constraints_are_named_by_the_convention(db):
    inspector = inspect(db.engine)
    assert inspector.get_pk_constraint("city")["name"] == "pk_city"
    fks = {fk["name"] for fk in inspector.get_foreign_keys("ambassador")}
    assert fks == {"fk_ambassador_city_id_city", "fk_ambassador_province_province",
                   "fk_ambassador_zone_id_promotion_zone"}
    cascades = {fk["referred_table"]: fk["options"].get("ondelete")
                for fk in inspector.get_foreign_keys("city_province")}
    assert cascades == {"city": "CASCADE", "province": None}
