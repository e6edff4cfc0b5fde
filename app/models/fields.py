"""Field descriptions: declared once beside each model, read by tables, forms and (later) Excel.

A ``Field`` says what a value is (kind), how it is labelled in Thai and English, whether it is
required, which choices it takes and how it is shown. Nothing here knows Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    TEXT = "text"
    LONGTEXT = "longtext"
    DATE = "date"
    TIME = "time"  # a time of day (10.00 น.)
    INT = "int"
    FLOAT = "float"
    MONEY = "money"  # baht with two decimals, exact: a Decimal in Python, integer satang in the database
    CHOICE = "choice"
    MULTICHOICE = "multichoice"  # list of choice codes
    PROVINCE = "province"  # one province code (TH-xx)
    PROVINCES = "provinces"  # list of province codes
    DIMENSIONS = "dimensions"  # list of smart-dimension codes
    REF = "ref"  # id of a record in another register
    URL = "url"
    EMAIL = "email"
    PHONE = "phone"


UNKNOWN = ("ไม่ระบุ", "Not stated")  # how an empty ``unknown`` field reads
# what people type for "not known": read as empty, never stored as a value
PLACEHOLDERS = frozenset({"ไม่ระบุ", "ไม่ทราบ", "ไม่มีข้อมูล", "n/a", "tbd", "-"})
DASHES = frozenset("-–—−‐‑‒―_.")


def is_placeholder(value: object) -> bool:
    """A dash (or a row of dashes), or a word such as ไม่ระบุ / N/A, standing for an unknown value."""
    if value.__class__ is not str or len(value) > 24:  # the words are short; most cells are not them
        return False
    text = "".join(value.split()).casefold()
    return bool(text) and (all(ch in DASHES for ch in text) or text in PLACEHOLDERS)


TEXT_KINDS = {Kind.TEXT, Kind.LONGTEXT, Kind.URL, Kind.EMAIL, Kind.PHONE}
LIST_KINDS = {Kind.MULTICHOICE, Kind.PROVINCES, Kind.DIMENSIONS}


@dataclass(frozen=True)
class Choice:
    value: str
    th: str
    en: str

    def label(self, lang: str = "th") -> str:
        return self.en if lang == "en" else self.th


@dataclass(frozen=True)
class Field:
    name: str
    th: str
    en: str
    kind: Kind = Kind.TEXT
    required: bool = False
    choices: tuple[Choice, ...] = ()
    max_length: int | None = None
    minimum: float | None = None
    ref: str | None = None  # register key, for Kind.REF
    personal: bool = False  # PDPA personal data: left out of exports unless asked for
    in_table: bool = True
    in_form: bool = True
    computed: bool = False  # derived, read-only (shown, never written)
    width: int = 140  # default column width in pixels
    help_th: str = ""
    help_en: str = ""
    # other headers an agency's workbook may give this column (Thai and English; the labels and the name count too)
    synonyms: tuple[str, ...] = ()
    unknown: bool = False  # often not known: an empty value reads "ไม่ระบุ" (never stored as a dash or a placeholder)
    years: tuple[int, int] = (2010, 2049)  # DATE: the plausible C.E. years (a two-digit year must fall in them)
    year_alone: bool = False  # INT: a year (B.E. stored; a C.E. year or a date cell is converted on import)
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def label(self, lang: str = "th") -> str:
        return self.en if lang == "en" else self.th

    def choice(self, value: str | None) -> Choice | None:
        return next((c for c in self.choices if c.value == value), None)

    @property
    def searchable(self) -> bool:
        return self.kind in TEXT_KINDS or self.kind in (Kind.PROVINCE, Kind.PROVINCES, Kind.REF)

    @property
    def is_list(self) -> bool:
        return self.kind in LIST_KINDS


def choices(*triples: tuple[str, str, str]) -> tuple[Choice, ...]:
    """Build choices from (value, thai, english) triples."""
    return tuple(Choice(*t) for t in triples)
