"""Thai dictionary order (THAI_DOCUMENTS.md section 5).

The service layer has no Thai sort key yet: the GUI sorts with a Thai QCollator in its proxy model
(tested under tests/views). This test looks for a Qt-free key in app.services and checks it against
the canonical order as soon as one exists; until then it is skipped and says why.
"""

from __future__ import annotations

import importlib
import pkgutil
import random

import pytest

import app.services

CANONICAL = ["กา", "เกม", "ไก่", "ขอนแก่น", "เชียงใหม่", "ภูเก็ต", "แม่เมาะ", "ยะลา"]
KEY_NAMES = ("thai_sort_key", "sort_key", "thai_key", "collation_key")


def find_sort_key():
    for info in pkgutil.iter_modules(app.services.__path__):
        module = importlib.import_module(f"app.services.{info.name}")
        for name in KEY_NAMES:
            if callable(getattr(module, name, None)):
                return getattr(module, name)
    return None


def test_plain_code_point_order_is_not_thai_order():
    """Why a Thai key is needed at all: sorted() puts every leading vowel after the consonants."""
    assert sorted(CANONICAL) != CANONICAL


def test_thai_sort_key_gives_dictionary_order():
    key = find_sort_key()
    if key is None:
        pytest.skip("app.services has no Thai sort key (the GUI sorts with QCollator); nothing Qt-free to test")
    shuffled = CANONICAL[:]
    random.Random(2564).shuffle(shuffled)
    assert sorted(shuffled, key=key) == CANONICAL
