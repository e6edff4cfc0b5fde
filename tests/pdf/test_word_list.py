"""The line breaker's word list kept in the user's cache folder: the same words as PyThaiNLP's and ours, a file per
word set (named by a hash of both), and a damaged or stale file never read."""

from __future__ import annotations

import pytest
from pythainlp.corpus import thai_words

from app.pdf import word_list

EXTRA = frozenset({"เมืองอัจฉริยะ", "ทดสอบวงศ์ศรีสุข"})


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setattr(word_list, "cache_dir", lambda: tmp_path / word_list.APP_CACHE)
    return tmp_path / word_list.APP_CACHE


def files(folder):
    return sorted(folder.glob(f"{word_list.PREFIX}*.txt"))


def test_the_list_is_pythainlps_words_and_ours_sorted_and_read_back_the_same(cache) -> None:
    expected = sorted(thai_words() | EXTRA)
    built = word_list.load(EXTRA)
    assert built._sorted == expected and len(files(cache)) == 1
    again = word_list.load(EXTRA)
    assert again._sorted == expected
    assert "ทดสอบวงศ์ศรีสุข" in again and again.prefixes("เมืองอัจฉริยะ") == word_list.WordList(expected).prefixes(
        "เมืองอัจฉริยะ")


def test_other_words_give_another_file_and_the_old_one_is_dropped(cache) -> None:
    word_list.load(EXTRA)
    first = files(cache)
    assert "ผู้พัฒนาเมือง" in word_list.load(EXTRA | {"ผู้พัฒนาเมือง"})
    assert len(files(cache)) == 1 and files(cache) != first


def test_a_damaged_file_is_ignored_and_written_again(cache) -> None:
    word_list.load(EXTRA)
    (path,) = files(cache)
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])  # cut short, as by a full disk
    assert word_list.load(EXTRA)._sorted == sorted(thai_words() | EXTRA)
    assert path.read_bytes() == whole
    path.write_bytes(b"\xff\xfe garbage")
    assert word_list.load(EXTRA)._sorted == sorted(thai_words() | EXTRA)


def test_without_a_writable_cache_folder_the_list_is_built_in_memory(tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(word_list, "cache_dir", lambda: blocker / word_list.APP_CACHE)
    assert word_list.load(EXTRA)._sorted == sorted(thai_words() | EXTRA)
