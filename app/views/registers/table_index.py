"""Search text and sort keys of a register table, built in one pass per column.

These run on the loading thread (they use only QtCore's collator), so a pane opens with its search
text and the ranks of its sort column ready, and a keystroke or a sort on the GUI thread is a single
list pass. Ranks can take a new text without re-sorting everything (an edit or an undo).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter

from app.models import Field, Kind
from app.registers.display import display
from app.registers.reference import province_index
from app.registers.tables import TableData
from app.views.shared.thai_sort import thai_collator

NUMERIC = {Kind.INT, Kind.FLOAT, Kind.MONEY}
CHUNK = 8192  # below this many distinct texts a plain sort is quick enough anywhere


def column_texts(data: TableData, f: Field, lang: str) -> list[str]:
    """How each row's value of one field reads, with one lookup per distinct value."""
    refs = data.ref_labels.get(f.ref or "")
    cache: dict = {}
    out = []
    for value in data.columns[f.name]:
        key = tuple(value) if isinstance(value, list) else value
        text = cache.get(key)
        if text is None:
            text = cache[key] = display(f, value, lang, refs)
        out.append(text)
    return out


def build_haystack(data: TableData, fields: tuple[Field, ...], lang: str) -> list[str]:
    """Lower-cased text of each row that search looks in (English province names included)."""
    parts = [column_texts(data, f, lang) for f in fields if f.searchable or f.kind is Kind.CHOICE]
    province = data.register.province_field
    index = province_index()
    english: dict = {}
    extra = []
    for value in data.columns.get(province, []):
        codes = tuple(value) if isinstance(value, list) else (value,)
        text = english.get(codes)
        if text is None:
            text = english[codes] = " ".join(index.get(c, {}).get("name_en", "") for c in codes if c)
        extra.append(text)
    parts.append(extra)
    return ["\x1f".join(row).casefold() for row in zip(*parts, strict=True)] if parts and data.ids else []


@dataclass
class RankTable:
    """Thai collation ranks of a text column; a new text gets a rank between its neighbours."""

    texts: list[str] = field(default_factory=list)  # distinct texts in Thai order
    ranks: dict[str, float] = field(default_factory=dict)

    @classmethod
    def of(cls, texts: list[str], background: bool = False) -> RankTable:
        """Distinct texts in Thai order. On a background thread (``background``) the collation keys are made
        in a Python loop first, so the GIL is released between them and only the final sort holds it."""
        key = thai_collator().sortKey
        unique = list(set(texts))
        if background and len(unique) > CHUNK:
            pairs = [(key(t), t) for t in unique]
            pairs.sort(key=itemgetter(0))
            ordered = [t for _k, t in pairs]
        else:
            ordered = sorted(unique, key=key)
        return cls(ordered, {t: float(i) for i, t in enumerate(ordered)})

    def rank(self, text: str) -> float:
        found = self.ranks.get(text)
        if found is not None:
            return found
        key = thai_collator().sortKey
        pos = bisect_left(self.texts, key(text), key=key)
        below = self.ranks[self.texts[pos - 1]] if pos > 0 else -1.0
        above = self.ranks[self.texts[pos]] if pos < len(self.texts) else below + 2.0
        self.texts.insert(pos, text)
        self.ranks[text] = (below + above) / 2
        return self.ranks[text]


def is_text(f: Field) -> bool:
    return f.kind not in NUMERIC and f.kind is not Kind.DATE


def native_keys(data: TableData, f: Field) -> list:
    raw = data.columns[f.name]
    if f.kind is Kind.DATE:
        return [v.toordinal() if isinstance(v, date) else -1 for v in raw]
    return [float("-inf") if v is None else v for v in raw]


def native_key(f: Field, value) -> float:
    if f.kind is Kind.DATE:
        return value.toordinal() if isinstance(value, date) else -1
    return float("-inf") if value is None else value


@dataclass
class Prepared:
    """What the loading thread hands to the model besides the rows."""

    data: TableData
    haystack: list[str]
    rank_tables: dict[int, RankTable]
    sort_keys: dict[int, list] = field(default_factory=dict)
    orders: dict[int, list[int]] = field(default_factory=dict)


def keys_for(data: TableData, f: Field, lang: str, table: RankTable | None) -> list:
    if not is_text(f):
        return native_keys(data, f)
    texts = column_texts(data, f, lang)
    ranks = table.ranks
    return [ranks[t] if t in ranks else table.rank(t) for t in texts]


def prepare(data: TableData, fields: tuple[Field, ...], lang: str, sort_column: int) -> Prepared:
    """Search text, and ranks, keys and ascending order of the column the pane sorts by."""
    prepared = Prepared(data, build_haystack(data, fields, lang), {})
    for column, f in enumerate(fields):
        if column != sort_column and is_text(f):
            continue  # other text columns are ranked on their first sort (Thai collation is the costly part)
        table = RankTable.of(column_texts(data, f, lang), background=True) if is_text(f) else None
        if table is not None:
            prepared.rank_tables[column] = table
        keys = prepared.sort_keys[column] = keys_for(data, f, lang, table)
        prepared.orders[column] = sorted(range(len(keys)), key=keys.__getitem__)
    return prepared
