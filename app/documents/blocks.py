"""The building blocks of an official document, independent of how it is drawn (PDF or preview)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Title:
    """A centred bold line of the heading (รายงานการประชุม…, ครั้งที่…, เมื่อ…, ณ…)."""

    text: str


@dataclass(frozen=True)
class Label:
    """A bold line at the left margin (ผู้มาประชุม, มติที่ประชุม, ระเบียบวาระที่ 1 …)."""

    text: str
    indent: int = 0  # steps of 1.25 cm


@dataclass(frozen=True)
class Para:
    """A body paragraph with the usual first-line indent (2.5 cm)."""

    text: str
    indent: int = 0


@dataclass(frozen=True)
class Person:
    number: int
    name: str  # may hold several lines (a substitute and whom they stand for)
    role: str = ""


@dataclass(frozen=True)
class People:
    """A numbered list of names with their role in the right-hand column."""

    rows: tuple[Person, ...]


@dataclass(frozen=True)
class Signature:
    role: str  # ผู้จดรายงานการประชุม / ผู้ตรวจรายงานการประชุม
    name: str
    position: str


@dataclass(frozen=True)
class Signatures:
    blocks: tuple[Signature, ...]


Block = Title | Label | Para | People | Signatures


@dataclass
class Document:
    title: str  # for the PDF's metadata and the window title
    blocks: list[Block] = field(default_factory=list)

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)

    def text(self) -> str:
        """Plain text of the whole document, in order (tests and search)."""
        out = []
        for b in self.blocks:
            if isinstance(b, People):
                out += [f"{p.number}. {p.name} {p.role}".strip() for p in b.rows]
            elif isinstance(b, Signatures):
                out += [f"{s.role} ({s.name}) {s.position}" for s in b.blocks]
            else:
                out.append(b.text)
        return "\n".join(out)
