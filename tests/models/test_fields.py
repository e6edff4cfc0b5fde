"""Field descriptions are the one description of each record type: they must agree with the ORM columns."""

from __future__ import annotations

import pytest
from sqlalchemy import Date, Float, Integer, String, Text

from app.models import Base, Choice, City, Field, Kind
from app.models.base import CodeList, Money
from app.registers.catalog import REGISTERS, register_for_table
from app.registers.records import RELATION_ATTR

BOOKKEEPING = {"id", "created_at", "updated_at", "version"}
REG_KEYS = list(REGISTERS)


def has_thai(text: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" for ch in text)


def columns(reg):
    return reg.model.__table__.c


@pytest.mark.parametrize("key", REG_KEYS)
def test_every_field_is_stored_and_every_column_is_described(key):
    reg = REGISTERS[key]
    names = [f.name for f in reg.fields]
    assert len(names) == len(set(names))
    described = set()
    for f in reg.stored_fields:
        if f.kind in RELATION_ATTR:
            attr, model = RELATION_ATTR[f.kind]
            relationship = reg.model.__mapper__.relationships[attr]
            assert relationship.mapper.class_ is model
        else:
            assert f.name in columns(reg), f"{key}.{f.name} has no column"
            described.add(f.name)
    kept = {f.name for f in reg.fields if f.computed and f.name in columns(reg)}  # sums kept as columns (plan)
    assert all(isinstance(columns(reg)[name].type, Money) for name in kept)
    assert set(columns(reg).keys()) - BOOKKEEPING == described | kept


@pytest.mark.parametrize("key", REG_KEYS)
def test_column_types_follow_the_field_kind(key):
    reg = REGISTERS[key]
    expected = {Kind.DATE: Date, Kind.INT: Integer, Kind.REF: Integer, Kind.FLOAT: Float, Kind.LONGTEXT: Text,
                Kind.MULTICHOICE: CodeList}
    for f in reg.stored_fields:
        if f.kind in RELATION_ATTR:
            continue
        column = columns(reg)[f.name]
        wanted = expected.get(f.kind, String)
        assert isinstance(column.type, wanted), f"{key}.{f.name}: {column.type!r} for {f.kind}"
        if f.kind in (Kind.TEXT, Kind.URL, Kind.EMAIL, Kind.PHONE):  # typed text: the form limit is the column's
            assert f.max_length == column.type.length, f"{key}.{f.name}: form and column lengths differ"


@pytest.mark.parametrize("key", REG_KEYS)
def test_required_fields_are_not_null_and_optional_ones_may_be(key):
    reg = REGISTERS[key]
    for f in reg.stored_fields:
        if f.kind in RELATION_ATTR or f.is_list:
            continue
        assert columns(reg)[f.name].nullable is (not f.required), f"{key}.{f.name}"


@pytest.mark.parametrize("key", REG_KEYS)
def test_references_point_at_the_right_tables(key):
    reg = REGISTERS[key]
    for f in reg.stored_fields:
        if f.kind is Kind.REF:
            assert f.ref in REGISTERS
            (fk,) = columns(reg)[f.name].foreign_keys
            assert fk.column.table is REGISTERS[f.ref].model.__table__
        elif f.kind is Kind.PROVINCE:
            (fk,) = columns(reg)[f.name].foreign_keys
            assert fk.target_fullname == "province.code"
        else:
            assert f.ref is None


@pytest.mark.parametrize("key", REG_KEYS)
def test_choices_are_complete_and_fit_their_columns(key):
    reg = REGISTERS[key]
    for f in reg.fields:
        if f.kind in (Kind.CHOICE, Kind.MULTICHOICE):
            assert f.choices, f"{key}.{f.name} has no choices"
            values = [c.value for c in f.choices]
            assert len(values) == len(set(values))
            assert all(has_thai(c.th) and c.en and not has_thai(c.en) for c in f.choices)
            if not f.computed and f.kind is Kind.CHOICE:
                assert max(map(len, values)) <= columns(reg)[f.name].type.length
            if f.kind is Kind.MULTICHOICE:
                assert all(";" not in v for v in values)  # the CodeList separator
        else:
            assert f.choices == ()


@pytest.mark.parametrize("key", REG_KEYS)
def test_labels_and_register_roles(key):
    reg = REGISTERS[key]
    for f in reg.fields:
        assert has_thai(f.th) and f.en and not has_thai(f.en), f.name
        assert f.label("th") == f.th and f.label("en") == f.en
    assert reg.field(reg.title_field).required
    assert reg.field(reg.province_field).kind in (Kind.PROVINCE, Kind.PROVINCES)
    assert reg.field(reg.status_field).kind is Kind.CHOICE
    assert register_for_table(reg.model.__tablename__) is reg
    assert has_thai(reg.label("th")) and reg.label("en") == reg.en
    assert reg.singular("en") == reg.singular_en


def test_register_views_of_the_fields():
    cities = REGISTERS["cities"]
    assert "emblem_state" not in {f.name for f in cities.stored_fields}
    assert "emblem_state" not in {f.name for f in cities.form_fields}
    assert "emblem_state" in {f.name for f in cities.table_fields}
    assert "notes" not in {f.name for f in cities.table_fields}
    assert "notes" in {f.name for f in cities.form_fields}
    with pytest.raises(KeyError):
        cities.field("no_such_field")
    assert register_for_table("province") is None


def test_personal_data_is_marked():
    personal = {(key, f.name) for key, reg in REGISTERS.items() for f in reg.fields if f.personal}
    assert personal == {("ambassadors", "full_name"), ("ambassadors", "phone"), ("ambassadors", "email")}


def test_field_helpers():
    f = Field("status", "สถานะ", "Status", Kind.CHOICE, choices=(Choice("a", "ก", "A"),))
    assert f.choice("a").label("en") == "A" and f.choice("a").label() == "ก"
    assert f.choice("b") is None and f.choice(None) is None
    assert not f.is_list and not f.searchable
    assert Field("x", "ก", "X", Kind.PROVINCES).is_list
    assert Field("x", "ก", "X", Kind.REF).searchable
    assert Field("x", "ก", "X").searchable


@pytest.mark.parametrize("value, stored", [(["civic", "safety"], "civic;safety"), ([], ""), (None, "")])
def test_code_list_round_trip(value, stored):
    codes = CodeList()
    assert codes.process_bind_param(value, None) == stored
    assert codes.process_result_value(stored, None) == (value or [])
    assert codes.process_result_value(None, None) == []


def test_versioning_is_on_for_every_register():
    for reg in REGISTERS.values():
        assert reg.model.__mapper__.version_id_col is columns(reg)["version"]
    assert City.__table__.metadata is Base.metadata
