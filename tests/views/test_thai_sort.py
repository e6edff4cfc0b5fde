"""Thai dictionary order (THAI_DOCUMENTS.md §5) with Qt's ICU collator, and the ranks the proxy sorts by."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from app.views.shared.thai_sort import thai_collator, thai_ranks, thai_sorted

CANONICAL = ["กา", "เกม", "ไก่", "ขอนแก่น", "เชียงใหม่", "ภูเก็ต", "แม่เมาะ", "ยะลา"]
THAI = st.text(alphabet=st.characters(min_codepoint=0x0E01, max_codepoint=0x0E5B), max_size=12)


def test_plain_code_point_order_is_not_thai_order():
    assert sorted(CANONICAL) != CANONICAL


def test_thai_sorted_gives_dictionary_order():
    shuffled = CANONICAL[:]
    random.Random(2564).shuffle(shuffled)
    assert thai_sorted(shuffled) == CANONICAL


def test_numbers_inside_names_sort_by_value():
    assert thai_sorted(["ครั้งที่ 10", "ครั้งที่ 2", "ครั้งที่ 1"]) == ["ครั้งที่ 1", "ครั้งที่ 2", "ครั้งที่ 10"]


@given(st.lists(THAI, max_size=30))
def test_ranks_order_rows_as_the_collator_does(texts):
    collator = thai_collator()
    ranks = thai_ranks(texts)
    for a, ra in zip(texts, ranks, strict=True):
        for b, rb in zip(texts, ranks, strict=True):
            assert (ra == rb) == (a == b)
            if ra < rb:
                assert collator.compare(a, b) <= 0


@given(st.lists(THAI, max_size=40), st.lists(THAI, max_size=5))
def test_rank_table_on_a_worker_and_new_texts_between_neighbours(texts, new_texts):
    import app.views.registers.table_index as table_index

    original = table_index.CHUNK
    table_index.CHUNK = 3  # the background path even for short lists
    try:
        table = table_index.RankTable.of(texts, background=True)
    finally:
        table_index.CHUNK = original
    collator = thai_collator()
    assert sorted(table.texts) == sorted(set(texts))
    assert all(collator.compare(a, b) <= 0 for a, b in zip(table.texts, table.texts[1:], strict=False))
    for text in new_texts:
        table.rank(text)
    ranked = sorted(table.ranks, key=table.ranks.get)
    assert all(collator.compare(a, b) <= 0 for a, b in zip(ranked, ranked[1:], strict=False))
