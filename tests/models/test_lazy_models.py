"""``app.models`` imports a model's module when its names are first asked for (a quicker start), yet nothing ever
sees part of the schema: ``Base`` taken from the package, the ORM's mapper set-up and the delete check load every
model first. Each case runs in a fresh process: this one has long imported every model."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import insert

from app.core import migrate
from app.core.db import Database
from app.models import CERTIFICATE_LABEL, Base, Certificate
from app.registers import records
from app.registers.catalog import REGISTERS
from app.registers.records import dependants
from tests.conftest import valid_values

ROOT = Path(__file__).resolve().parents[2]
LATER = ["app.models.agenda", "app.models.certificate", "app.models.committee", "app.models.meeting"]


def child(code: str, *args: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


LOADED = "sorted(m for m in sys.modules if m in " + json.dumps(LATER) + ")"


def test_the_registers_load_only_their_own_models_and_base_from_the_package_names_every_table():
    out = child(f"""
import json, sys
from app.registers.catalog import REGISTERS
from app.models.base import Base as bare
before = {LOADED}
from app.models import Base
print(json.dumps({{"before": before, "after": {LOADED}, "tables": sorted(Base.metadata.tables)}}))
""")
    assert out["before"] == []
    assert out["after"] == LATER
    assert out["tables"] == sorted(Base.metadata.tables)  # this process: every model imported


def test_setting_up_the_mappers_loads_every_model_first():
    out = child(f"""
import json, sys
from sqlalchemy.orm import configure_mappers
from app.models import City
before = {LOADED}
configure_mappers()
print(json.dumps({{"before": before, "after": {LOADED}, "targets": sorted(
    r.mapper.class_.__name__ for r in City.__mapper__.relationships)}}))
""")
    assert out["before"] == []
    assert out["after"] == LATER
    assert out["targets"] == ["EmblemRenewal", "Province", "SmartDimension"]


def test_the_delete_check_counts_certificates_though_no_certificate_model_was_loaded(tmp_path):
    path = tmp_path / "kept.sqlite"
    db = Database(path)
    migrate.upgrade(db)
    with db.session() as s:
        city_id = records.create(s, REGISTERS["cities"], valid_values("cities")).id
        s.execute(insert(Certificate).values(
            number="1/2569", number_key="1/2569", year_be=2569, run=1, city_id=city_id, issue_date=date(2026, 1, 5),
            valid_until=date(2028, 1, 4), verification_code="ABCD", version=1))
    with db.session() as s:
        assert dependants(s, REGISTERS["cities"], city_id) == [(*CERTIFICATE_LABEL, 1)]
    db.dispose()
    out = child(f"""
import json, sys
from app.core.db import Database
from app.registers.catalog import REGISTERS
from app.registers.records import dependants
before = {LOADED}
db = Database(sys.argv[1])
with db.session() as s:
    found = dependants(s, REGISTERS["cities"], int(sys.argv[2]))
print(json.dumps({{"before": before, "found": found}}))
""", str(path), str(city_id))
    assert out["before"] == []
    assert out["found"] == [[*CERTIFICATE_LABEL, 1]]


REGISTER_MODULES = ["app.models.ambassador", "app.models.city", "app.models.partnership", "app.models.plan",
                    "app.models.setting", "app.models.sortkeys.tables", "app.models.zone"]


def test_a_register_builds_only_its_own_classes_and_key_table_the_same_as_the_migrations_see():
    loaded = "sorted(m for m in sys.modules if m in " + json.dumps(REGISTER_MODULES) + ")"
    out = child(f"""
import json, sys
from app.registers.catalog import REGISTERS
at_first = {loaded}
from app.registers import keys
zones = REGISTERS["zones"]
table = keys.key_table(zones)
own = {loaded}
indexes = sorted(i.name for i in zones.model.__table__.indexes)
from app.models.sortkeys.tables import KEY_TABLES, ORDER_INDEXES, SNAPSHOT_INDEXES
print(json.dumps({{"at_first": at_first, "own": own, "same": KEY_TABLES["promotion_zone"] is table,
                  "indexes_after": sorted(i.name for i in zones.model.__table__.indexes), "indexes": indexes,
                  "order": sorted(i.name for i in ORDER_INDEXES), "snapshot": sorted(i.name for i in SNAPSHOT_INDEXES),
                  "keys": sorted(t.name for t in KEY_TABLES.values())}}))
""")
    assert out["at_first"] == []  # the catalog names the registers' classes without building them
    assert out["own"] == ["app.models.city", "app.models.zone"]  # the cities' emblem states are read with every table
    assert out["same"]  # one table in the metadata, made once, whichever way it was first asked for
    assert out["indexes_after"] == out["indexes"]  # and the register's indexes once each
    assert "ix_promotion_zone_id_version" in out["indexes"]
    assert out["keys"] == sorted(f"{r.model.__tablename__}_keys" for r in REGISTERS.values())
    assert len(out["snapshot"]) == len(REGISTERS) and len(set(out["order"])) == len(out["order"]) > len(REGISTERS)
