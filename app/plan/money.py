"""Baht as the plan shows and stores it: Decimal with two places (never float), Thai thousands separators,
words for documents (PyThaiNLP's bahttext)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from app.core.thaidate import to_thai_digits

ZERO = Decimal("0.00")


def total(amounts: Iterable[Decimal | None]) -> Decimal:
    """The exact sum (empty amounts count as nothing)."""
    return sum((a for a in amounts if a is not None), ZERO)


def baht(amount: Decimal | None, thai_digits: bool = False) -> str:
    """1,234,567.50 (with Thai digits on request); empty for no amount."""
    if amount is None:
        return ""
    text = f"{amount:,.2f}"
    return to_thai_digits(text) if thai_digits else text


def baht_words(amount: Decimal) -> str:
    """หนึ่งล้านสองแสนบาทถ้วน / ห้าสิบสตางค์: the amount in words, exactly (no float on the way)."""
    from pythainlp.util import num_to_thaiword

    whole, satang = divmod(int(amount.quantize(ZERO) * 100), 100)
    if satang == 0:
        return f"{num_to_thaiword(whole)}บาทถ้วน"
    baht_part = f"{num_to_thaiword(whole)}บาท" if whole else ""
    return f"{baht_part}{num_to_thaiword(satang)}สตางค์"


def millions(amount: Decimal) -> str:
    """An amount in millions of baht with two places (charts and the map): 12.35."""
    return f"{amount / 1_000_000:,.2f}"
