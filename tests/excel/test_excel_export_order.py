"""The Thai order of exports: ``thai_key`` is collate's key, and the database computes the same key (both backends)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pythainlp.util import collate
from sqlalchemy import String, literal, select, union_all

from app.excel.sheet_rows import chunks, thai_key, thai_order

THAI = st.characters(min_codepoint=0x0E01, max_codepoint=0x0E5B) | st.sampled_from(" -.0aZ")
WORDS = st.lists(st.text(THAI, max_size=10), max_size=25)
SAMPLE = ["ไก่", "เกิด", "กาล", "เป็ด", "หมู", "วัว", "วันที่", "น้ำ", "นา", "เเก", "ก่า", "ก้า", "", "โอ่ง"]


@given(WORDS)
def test_thai_key_sorts_as_collate(words):
    assert sorted(words, key=thai_key) == collate(words)


def test_collate_example():
    assert sorted(["ไก่", "เกิด", "กาล", "เป็ด", "หมู", "วัว", "วันที่"], key=thai_key) == \
        ["กาล", "เกิด", "ไก่", "เป็ด", "วันที่", "วัว", "หมู"]


def _database_keys(db, words: list[str]) -> tuple[list[str], list[str]]:
    """The database's key of each word, and the words in the database's order (ties by the word's place)."""
    rows = union_all(*(select(literal(n).label("n"), literal(w, String).label("w"))
                       for n, w in enumerate(words))).subquery()
    with db.session() as s:
        key = thai_order(s, rows.c.w)
        keys = [k for _, k in s.execute(select(rows.c.n, key).order_by(rows.c.n))]
        ordered = list(s.scalars(select(rows.c.w).order_by(key, rows.c.n)))
    return keys, ordered


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=WORDS.filter(bool))
def test_the_database_computes_the_same_key(db, words):
    keys, ordered = _database_keys(db, words)
    assert keys == [thai_key(w) for w in words]
    assert ordered == [w for _, w in sorted(enumerate(words), key=lambda p: (thai_key(p[1]), p[0]))]


def test_the_database_orders_thai_words(db):
    assert _database_keys(db, SAMPLE)[1] == collate(SAMPLE)


def test_chunks():
    assert list(chunks(range(5), 2)) == [[0, 1], [2, 3], [4]]
    assert list(chunks([], 3)) == []
