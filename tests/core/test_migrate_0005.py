"""Revision 0005 on a database that holds dash values: dashes and placeholders become empty, a city's developer and
type may be empty, a partnership gets its kind of partner, and a city with zones, certificates and links keeps them
(SQLite copies the city table to change its columns: nothing may cascade)."""

from __future__ import annotations

from datetime import date

from alembic import command
from sqlalchemy import text

from app.core import migrate
from app.core.db import Database
from app.registers import records
from app.registers.catalog import REGISTERS

NOW = "2021-12-24 10:00:00"


def upgrade_to(database: Database, revision: str) -> None:
    cfg = migrate.alembic_config()
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def fill_0004(database: Database) -> None:
    """Records as the program before revision 0005 let clerks type them: "-" for what nobody knew."""
    with database.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO city (id, name_th, name_en, developer, city_type, website, notes, created_at, updated_at, "
            "version) VALUES (901, 'เมืองขีด', '-', '-', 'livable', ' – ', 'ไม่ระบุ', :now, :now, 1),"
            " (902, 'เมืองจริง', 'Real City', 'เทศบาลนครจริง', 'new', NULL, 'หมายเหตุ - มีขีดกลางประโยค', :now, :now, 1)"),
            {"now": NOW})
        conn.execute(text("INSERT INTO city_province (city_id, province_code) VALUES (901, 'TH-50'), (902, 'TH-10')"))
        conn.execute(text(
            "INSERT INTO promotion_zone (id, name, province, status, city_id, receiving_org, progress_notes, "
            "created_at, updated_at, version) VALUES"
            " (901, 'เขตขีด', 'TH-50', 'certified', 901, '--', '—', :now, :now, 1)"),
            {"now": NOW})
        conn.execute(text(
            "INSERT INTO ascn_partnership (id, partner, partner_country, province, kind, focus_areas, lead_agency, "
            "status, created_at, updated_at, version) VALUES"
            " (901, 'US-ASEAN Smart Cities Partnership', 'สหรัฐอเมริกา', 'TH-10', 'programme', '', 'N/A', 'active',"
            " :now, :now, 1),"
            " (902, 'Yokohama', 'ญี่ปุ่น', 'TH-10', 'twinning', 'civic', '-', 'active', :now, :now, 1)"), {"now": NOW})


def test_the_dash_migration(db_target, tmp_path):
    database = Database(db_target)
    upgrade_to(database, "0004")
    fill_0004(database)
    assert migrate.upgrade(database, backup_folder=tmp_path / "backups") is not None  # backed up first
    assert migrate.current_revision(database) == migrate.HEAD
    with database.session() as s:
        dashed = records.load(s, REGISTERS["cities"], 901).values
        real = records.load(s, REGISTERS["cities"], 902).values
        zone = records.load(s, REGISTERS["zones"], 901).values
        programme = records.load(s, REGISTERS["partnerships"], 901).values
        city = records.load(s, REGISTERS["partnerships"], 902).values
    assert (dashed["name_en"], dashed["developer"], dashed["website"], dashed["notes"]) == (None, None, None, None)
    assert dashed["provinces"] == ["TH-50"] and dashed["city_type"] == "livable"  # links kept, real values kept
    assert (real["developer"], real["notes"]) == ("เทศบาลนครจริง", "หมายเหตุ - มีขีดกลางประโยค")
    assert (zone["city_id"], zone["receiving_org"], zone["progress_notes"]) == (901, None, None)
    assert (programme["partner_kind"], programme["lead_agency"]) == ("programme", None)
    assert (city["partner_kind"], city["lead_agency"], city["partner_country"]) == ("city", None, "ญี่ปุ่น")
    with database.session() as s:  # the upgraded schema takes what the real world does not know
        saved = records.create(s, REGISTERS["cities"], {"name_th": "เมืองใหม่", "provinces": ["TH-10"],
                                                        "certified_on": date(2021, 6, 17)})
        partner = records.create(s, REGISTERS["partnerships"], {
            "partner": "ASEAN-Australia Smart Cities", "partner_kind": "programme", "kind": "programme",
            "status": "active"})
    assert saved.values["developer"] is None and saved.values["city_type"] is None
    assert partner.values["province"] is None and partner.values["partner_country"] is None
    database.dispose()
