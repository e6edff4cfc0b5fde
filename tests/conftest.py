"""Shared, Qt-free fixtures: a fresh database per test on SQLite (a temp file) and on PostgreSQL.

PostgreSQL: every test gets its own schema in the ``test`` database (CREATE SCHEMA t_<uuid> through
an AUTOCOMMIT connection; the test's URL sets ``search_path`` to it), dropped afterwards. The server is taken from
``SMARTCITY_TEST_PG`` (default ``postgresql+psycopg://postgres@127.0.0.1:5432/test``). When the server
cannot be reached the PostgreSQL tests are skipped, unless the environment variable ``CI`` is set:
then they fail, so a CI run never passes without having run them.

Run only one backend with ``-m "not postgresql"`` or ``-m postgresql``.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError

from app.certificates import signing
from app.core import migrate
from app.core.db import Database
from app.models import City
from app.registers import records
from app.registers.catalog import REGISTERS

PG_ADMIN_URL = os.environ.get("SMARTCITY_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgresql),
]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "postgresql: needs the PostgreSQL test server (SMARTCITY_TEST_PG)")


# --------------------------------------------------------------------------- PostgreSQL server


@pytest.fixture(scope="session")
def pg_admin() -> Iterator[Engine]:
    """An AUTOCOMMIT engine on the ``test`` database, used to create and drop per-test schemas."""
    engine = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        engine.dispose()
        detail = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        reason = f"PostgreSQL test server unreachable at {make_url(PG_ADMIN_URL)!r}: {detail}"
        if "CI" in os.environ:
            pytest.fail(f"{reason} (CI is set, so PostgreSQL tests must run)", pytrace=False)
        pytest.skip(reason)
    yield engine
    engine.dispose()


@pytest.fixture
def pg_url(pg_admin: Engine) -> Iterator[str]:
    """The URL of a new, empty PostgreSQL schema that lives for one test.

    The URL sets ``search_path`` to that schema only (libpq ``options``), so everything the
    application and Alembic create lands there; the schema is dropped with CASCADE afterwards.
    A schema costs milliseconds where a CREATE DATABASE costs up to half a second.
    """
    schema = f"t_{uuid.uuid4().hex[:16]}"
    with pg_admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(PG_ADMIN_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with pg_admin.connect() as conn:
            conn.execute(text("SET lock_timeout = '10s'"))  # a leaked transaction fails the test, never hangs it
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))


# --------------------------------------------------------------------------- the certificate signing key


@pytest.fixture(autouse=True)
def signing_key() -> Iterator[signing.Signer]:
    """Every test runs with a signing key unlocked and trusted for that test only (a new Ed25519 key)."""
    signer = signing.ephemeral()
    signing.use(signer)
    signing.trust(signer.public)
    yield signer
    signing.use(None)
    signing.untrust_all()


# --------------------------------------------------------------------------- databases


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def db_target(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """Where an empty database lives: a SQLite file path, or a PostgreSQL URL."""
    if backend == "sqlite":
        return str(tmp_path / "registers.sqlite")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def empty_db(db_target: str) -> Iterator[Database]:
    """An empty database (no schema), on each backend."""
    database = Database(db_target)
    yield database
    database.dispose()


@pytest.fixture
def db(empty_db: Database) -> Database:
    """A database with the schema built by the migrations (not create_all), on each backend."""
    assert migrate.upgrade(empty_db) is None  # an empty database needs no backup
    assert migrate.current_revision(empty_db) == migrate.head_revision()
    return empty_db


# --------------------------------------------------------------------------- valid records


def valid_values(key: str, n: int = 1, **overrides: Any) -> dict[str, Any]:
    """A complete, valid record of register ``key``; ``n`` makes the name unique."""
    if key == "cities":
        values = {
            "name_th": f"เมืองทดสอบ {n}", "other_name": f"เมืองทดสอบชื่อเดิม {n}", "name_en": f"Test City {n}",
            "provinces": ["TH-50", "TH-10"],
            "developer": "เทศบาลนครทดสอบ", "developer_kind": "local_government", "city_type": "livable",
            "dimensions": ["ENV", "GOV"], "certified_on": date(2021, 6, 17), "approved_by": "คณะอนุกรรมการ",
            "approved_meeting": "ครั้งที่ 1/2564", "emblem_issued_on": date(2021, 12, 24),
            "emblem_valid_until": date(2023, 12, 24), "boi_area": "none", "boi_system": "applied",
            "area_km2": 12.5, "website": "https://example.org/city", "notes": "บรรทัดแรก\nบรรทัดที่สอง",
        }
    elif key == "zones":
        values = {
            "name": f"เขตส่งเสริมทดสอบ {n}", "province": "TH-40", "declared_on": date(2020, 10, 15), "batch": 2,
            "receiving_org": "เทศบาลนครขอนแก่น", "status": "declared", "city_id": None,
            "progress_notes": "กำลังจัดทำข้อเสนอ",
        }
    elif key == "ambassadors":
        values = {
            "cohort": 1, "full_name": f"นางสาวทดสอบ ที่{n}", "province": "TH-95", "zone_id": None, "city_id": None,
            "organisation": "มหาวิทยาลัยตัวอย่าง", "phone": "02 123 4567", "email": f"sca{n}@example.com",
            "consent_on": date(2021, 9, 1), "consent_scope": "ติดต่อประสานงานโครงการ", "retain_until": date(2027, 9, 30),
            "status": "selected", "notes": None,
        }
    elif key == "partnerships":
        values = {
            "partner": f"Partner City {n}", "partner_kind": "city", "partner_country": "ญี่ปุ่น", "province": "TH-83",
            "kind": "mou",
            "focus_areas": ["safety", "health"], "lead_agency": "depa", "start_on": date(2022, 1, 1),
            "end_on": date(2024, 12, 31), "status": "active", "notes": None,
        }
    elif key == "plan":
        values = {
            "code": f"ทดสอบ-{n}", "name": f"ระบบไฟจราจรอัจฉริยะทดสอบ {n}", "agency": "เทศบาลนครทดสอบ",
            "agency_kind": "local", "provinces": ["TH-65"], "city_id": None, "zone_id": None,
            "dimensions": ["MOB", "GOV"], "fiscal_year": 2568, "end_year": 2569, "status": "proposed",
            "submitted_on": date(2024, 11, 5),
            "resolution": None, "kpis": "ลดเวลาเดินทางในเขตเมืองร้อยละ 10", "notes": None,
        }
    else:  # pragma: no cover - a new register needs sample values here
        raise KeyError(key)
    values.update(overrides)
    return values


@pytest.fixture
def make_record(db: Database) -> Callable[..., records.Saved]:
    """Create a valid record in its own session: ``make_record("cities", n=2, name_th=...)``."""

    def make(key: str, n: int = 1, **overrides: Any) -> records.Saved:
        with db.session() as s:
            return records.create(s, REGISTERS[key], valid_values(key, n, **overrides))

    return make


@pytest.fixture
def valid() -> Callable[..., dict[str, Any]]:
    """The ``valid_values`` builder, for tests that need a fresh dict to tweak."""
    return valid_values


def fill_sample_and_test_rows(session) -> None:
    """The sample data (the public record only: no promotion zone, few filled fields) and, for the tests of
    exports and imports that need every kind of value, a test city and three test zones."""
    from app.sample import demo as sample

    sample.fill(session)
    names = set(session.scalars(select(City.name_th)))
    if valid_values("cities")["name_th"] not in names:
        city = records.create(session, REGISTERS["cities"], valid_values("cities"))
        for n, place in enumerate(("เกาะทดสอบ", "ขอนทดสอบ", "คลองทดสอบ"), start=1):  # Thai order ≠ code points
            records.create(session, REGISTERS["zones"], valid_values(
                "zones", n, name=f"เขตส่งเสริมเมืองอัจฉริยะ{place}", city_id=city.id if n == 1 else None))
