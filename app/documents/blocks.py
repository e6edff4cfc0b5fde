"""The building blocks of an official document, independent of how it is drawn (PDF, DOCX or preview)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

DOTS = "........................................"  # the form's dotted line: an unknown, to fill by hand
SHORT_DOTS = "............"
LIST_ITEM = re.compile(r"^(\(?\d+(?:\.\d+)*[.)]|[-•●])\s+(.*)$")  # "1) …", "2. …", "(3) …", "- …"


def or_dots(value: str | None, dots: str = DOTS) -> str:
    """The value, or the dotted line where it is unknown."""
    return (value or "").strip() or dots


@dataclass(frozen=True)
class Title:
    """A centred bold line of the heading (รายงานการประชุม…, ครั้งที่…, เมื่อ…, ณ…)."""

    text: str


@dataclass(frozen=True)
class Label:
    """A bold line at the left margin (ผู้มาประชุม, มติที่ประชุม, ระเบียบวาระที่ 1 …), kept with what follows."""

    text: str
    indent: int = 0  # steps of 1.25 cm


@dataclass(frozen=True)
class Numbered:
    """A numbered heading or list item with a hanging indent: wrapped lines align with the text, not the number."""

    number: str  # "4.1", "1)", "-"
    text: str
    indent: int = 0
    bold: bool = False


@dataclass(frozen=True)
class Para:
    """A body paragraph with the usual first-line indent (2.5 cm), justified; each typed line is a paragraph and
    a line typed as a list item ("1) …", "- …") is set as a :class:`Numbered` item."""

    text: str
    indent: int = 0


@dataclass(frozen=True)
class Line:
    """A line placed as the letter form places it: ``left``, ``center`` or from the middle (``right``)."""

    text: str
    place: str = "left"


@dataclass(frozen=True)
class Field:
    """A label and its text on one line, the text hanging under itself (เรื่อง / เรียน / สิ่งที่ส่งมาด้วย)."""

    label: str
    text: str


@dataclass(frozen=True)
class Person:
    number: int
    name: str  # may hold several lines (a substitute and whom they stand for)
    role: str = ""
    note: str = ""  # the reason of an absence (ติดราชการ)


@dataclass(frozen=True)
class People:
    """A numbered list in two aligned columns: name, position (and the reason of an absence)."""

    rows: tuple[Person, ...]


@dataclass(frozen=True)
class Signature:
    role: str  # ผู้จดรายงานการประชุม / ผู้ตรวจรายงานการประชุม
    name: str
    position: str


@dataclass(frozen=True)
class Signatures:
    blocks: tuple[Signature, ...]
    closing: str = ""  # ขอแสดงความนับถือ (a letter)


@dataclass(frozen=True)
class PageBreak:
    """The next letter starts on a new page."""


Block = Title | Label | Numbered | Para | Line | Field | People | Signatures | PageBreak


@dataclass
class Document:
    title: str  # for the PDF's metadata and the window title
    blocks: list[Block] = field(default_factory=list)
    footer: str = ""  # printed at the foot of every page (the demo database says it is sample data)

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)

    def text(self) -> str:
        """Plain text of the whole document, in order (tests and search)."""
        out = []
        for b in self.blocks:
            if isinstance(b, People):
                out += [" ".join(x for x in (f"{p.number}.", p.name, p.role, p.note) if x) for p in b.rows]
            elif isinstance(b, Signatures):
                out += [f"{s.role} ({s.name}) {s.position}".strip() for s in b.blocks]
            elif isinstance(b, Numbered):
                out.append(f"{b.number} {b.text}")
            elif isinstance(b, Field):
                out.append(f"{b.label} {b.text}")
            elif not isinstance(b, PageBreak):
                out.append(b.text)
        return "\n".join(out)


def para_lines(block: Para) -> list[Para | Numbered]:
    """The typed lines of a paragraph, list items as :class:`Numbered` items (shared by the PDF and the DOCX)."""
    out: list[Para | Numbered] = []
    for line in block.text.splitlines():
        line = line.strip()
        if not line:
            continue
        item = LIST_ITEM.match(line)
        out.append(Numbered(item[1], item[2], block.indent + 1) if item else Para(line, block.indent))
    return out
