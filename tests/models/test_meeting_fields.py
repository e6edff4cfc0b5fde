"""The meeting record types' field descriptions agree with their ORM columns, as the registers' do."""

from __future__ import annotations

import pytest
from sqlalchemy import Date, Integer, String, Text, Time

from app.meetings.types import RECORD_TYPES
from app.models import Kind
from app.models.agenda import SKELETON

BOOKKEEPING = {"id", "created_at", "updated_at", "version"}
# columns that place a record (set by the services, never typed into a form)
STRUCTURE = {"committee_members": {"committee_id"}, "attendance": {"meeting_id"}, "guests": {"meeting_id"},
             "agenda_items": {"meeting_id", "parent_id", "position", "section"},
             "action_items": {"agenda_item_id"}}
KEYS = list(RECORD_TYPES)


def has_thai(text: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" for ch in text)


@pytest.mark.parametrize("key", KEYS)
def test_every_column_is_described_or_structural(key):
    rtype = RECORD_TYPES[key]
    columns = rtype.model.__table__.c
    stored = {f.name for f in rtype.stored_fields}
    assert stored <= set(columns.keys())
    assert set(columns.keys()) - BOOKKEEPING - STRUCTURE.get(key, set()) == stored
    assert all(f.computed and not f.in_form for f in rtype.fields if f.name not in columns)


@pytest.mark.parametrize("key", KEYS)
def test_columns_follow_the_field_kinds(key):
    rtype = RECORD_TYPES[key]
    expected = {Kind.DATE: Date, Kind.TIME: Time, Kind.INT: Integer, Kind.REF: Integer, Kind.LONGTEXT: Text}
    for f in rtype.stored_fields:
        column = rtype.model.__table__.c[f.name]
        assert isinstance(column.type, expected.get(f.kind, String)), f"{key}.{f.name}"
        assert column.nullable is (not f.required), f"{key}.{f.name}"
        if f.kind is Kind.TEXT:
            assert f.max_length == column.type.length, f"{key}.{f.name}"
        if f.kind is Kind.REF:
            (fk,) = column.foreign_keys
            assert fk.column.table is RECORD_TYPES[f.ref].model.__table__
        if f.kind is Kind.CHOICE:
            values = [c.value for c in f.choices]
            assert values and len(values) == len(set(values)) and max(map(len, values)) <= column.type.length
            assert all(has_thai(c.th) and c.en and not has_thai(c.en) for c in f.choices)
        assert has_thai(f.th) and f.en and not has_thai(f.en)
    assert rtype.model.__mapper__.version_id_col is rtype.model.__table__.c.version
    assert has_thai(rtype.th) and not has_thai(rtype.en + rtype.en_plural)


def test_form_and_table_views():
    meetings = RECORD_TYPES["meetings"]
    assert "state" in {f.name for f in meetings.table_fields}
    assert not {"state", "certified_by_id", "certified_on"} & {f.name for f in meetings.form_fields}
    items = RECORD_TYPES["agenda_items"]
    assert "number" in {f.name for f in items.table_fields} and "number" not in {f.name for f in items.form_fields}
    assert items.field("documents").kind is Kind.LONGTEXT


def test_the_skeleton_is_the_regulation_form():
    assert [n for n, *_ in SKELETON] == [1, 2, 3, 4, 5, 6]
    assert all(title.startswith("เรื่อง") for _, title, *_ in SKELETON)
    assert SKELETON[0][3] == ("ประธานแจ้ง", "เลขานุการแจ้ง")
