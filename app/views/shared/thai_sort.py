"""Thai dictionary order with Qt's ICU collator (leading vowels are skipped: กา < เกม < ไก่ < ขอนแก่น)."""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale, Qt


def thai_collator() -> QCollator:
    collator = QCollator(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))
    collator.setNumericMode(True)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return collator


def thai_sorted(texts: list[str]) -> list[str]:
    return sorted(texts, key=thai_collator().sortKey)


def thai_ranks(texts: list[str]) -> list[int]:
    """The rank of each text in Thai order; equal texts share a rank, empty text ranks first."""
    unique = sorted(set(texts), key=thai_collator().sortKey)
    rank = {text: i for i, text in enumerate(unique)}
    return [rank[t] for t in texts]
