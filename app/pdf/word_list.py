"""The line breaker's dictionary: PyThaiNLP's Thai words and ours as one sorted list, kept on disk between runs.

newmm asks its dictionary only ``prefixes(text, start)`` (and whether it is empty). PyThaiNLP's ``Trie`` of its
62,000 words takes about 0.6 s to build; reading its word file and sorting the words took 0.06–0.08 s of each
``minutes`` command. The sorted list is therefore written once to the user's cache folder
(``$XDG_CACHE_HOME/smartcity-secretariat``, ``%LOCALAPPDATA%`` on Windows) under a name made of a hash of the
word file's bytes and of our own words: a changed PyThaiNLP word file or another word gives another name, so a
stale list is never read. The file (UTF-16: it decodes faster than UTF-8) is written whole to a temporary name and
renamed; one that does not hold the count of words its first line promises is ignored and rewritten. Without a
writable cache folder the list is built in memory as before. The file holds dictionary words and the words given
to ``add_words`` (the programme's terms), readable by its owner only (``mkstemp``: 0600).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import tempfile
from bisect import bisect_left
from collections.abc import Iterable
from pathlib import Path

APP_CACHE = "smartcity-secretariat"
PREFIX = "thai-words-"
FORMAT = b"sorted-words-utf16-1"  # part of the key: a change of the file's layout gives new names
ENCODING = "utf-16-le"  # decodes to Python's 2-byte strings about 4× faster than UTF-8


class WordList:
    """Sorted words answering ``prefixes`` (like ``Trie.prefixes``) and ``in`` with a few ``bisect`` calls."""

    def __init__(self, words: Iterable[str], presorted: bool = False) -> None:
        self._sorted = words if presorted else sorted(words)

    def __len__(self) -> int:
        return len(self._sorted)

    def __contains__(self, word: str) -> bool:
        k = bisect_left(self._sorted, word)
        return k < len(self._sorted) and self._sorted[k] == word

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        """The words that ``text[start:]`` starts with, shortest first (like ``Trie.prefixes``)."""
        words, found, k = self._sorted, [], 0
        for end in range(start + 1, len(text) + 1):
            piece = text[start:end]
            k = bisect_left(words, piece, k)  # a longer piece sorts after the shorter one
            if k == len(words) or not words[k].startswith(piece):
                break  # no word goes on with this piece
            if words[k] == piece:
                found.append(piece)
        return found


def cache_dir() -> Path:
    """The user's cache folder for this application (not created here)."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / APP_CACHE


def thai_words_file() -> Path | None:
    """PyThaiNLP's word file, the one ``pythainlp.corpus.thai_words()`` reads (None if it is not a plain file)."""
    from importlib.resources import files

    path = files("pythainlp.corpus").joinpath("words_th.txt")
    return Path(str(path)) if isinstance(path, Path) and path.is_file() else None


def load(extra: frozenset[str]) -> WordList:
    """PyThaiNLP's words plus ``extra``, sorted: from the cache when it holds this very list, else built (and
    written to the cache for the next run)."""
    source = thai_words_file()
    if source is None:
        return _build(extra)
    target = cache_dir() / f"{PREFIX}{_key(source.read_bytes(), extra)}.txt"
    words = _read(target)
    if words is None:
        words = _build(extra)._sorted
        _write(target, words)
    return WordList(words, presorted=True)


def _build(extra: frozenset[str]) -> WordList:
    from pythainlp.corpus import thai_words

    return WordList(thai_words() | extra)


def _key(source: bytes, extra: frozenset[str]) -> str:
    digest = hashlib.blake2b(FORMAT, digest_size=16)
    digest.update(hashlib.blake2b(source).digest())
    digest.update("\n".join(sorted(extra)).encode())
    return digest.hexdigest()


def _read(path: Path) -> list[str] | None:
    """The words of a cache file, or None when it is missing, unreadable or not whole."""
    try:
        head, _, body = path.read_bytes().decode(ENCODING).partition("\n")
        words = body.split("\n")
        return words if head.isdigit() and int(head) == len(words) else None
    except (OSError, UnicodeError):
        return None


def _write(path: Path, words: list[str]) -> None:
    """Write the list whole (temporary file, then rename) and drop older lists; a failure only costs speed."""
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=PREFIX, suffix=".part", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as file:
                file.write((f"{len(words)}\n" + "\n".join(words)).encode(ENCODING))
            os.replace(temp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(temp)
        for old in path.parent.glob(f"{PREFIX}*.txt"):
            if old != path:
                with contextlib.suppress(OSError):
                    old.unlink()
