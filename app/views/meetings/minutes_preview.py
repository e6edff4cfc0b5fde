"""The minutes inside the app: the same blocks the PDF prints, shown as rich text."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.documents.blocks import DOTS, Document, Field, Label, Line, Numbered, Para, People, Signatures, Title
from app.views.shared.fonts import DOCUMENT_FAMILY


def _lines(text: str) -> str:
    return "<br>".join(escape(line) for line in text.splitlines())


def to_html(doc: Document) -> str:
    parts = []
    for b in doc.blocks:
        if isinstance(b, Title):
            parts.append(f"<p align='center'><b>{escape(b.text)}</b></p>")
        elif isinstance(b, Label):
            parts.append(f"<p style='margin-left:{b.indent * 36}px'><b>{escape(b.text)}</b></p>")
        elif isinstance(b, Numbered):
            weight = ("<b>", "</b>") if b.bold else ("", "")
            parts.append(f"<p style='margin-left:{(b.indent + 1) * 36}px; text-indent:-36px'>{weight[0]}"
                         f"{escape(b.number)} {escape(b.text)}{weight[1]}</p>")
        elif isinstance(b, Para):
            for line in b.text.splitlines():
                parts.append(f"<p style='text-indent:{(b.indent + 1) * 36}px'>{escape(line)}</p>")
        elif isinstance(b, Field | Line):
            parts.append(f"<p>{escape(b.text if isinstance(b, Line) else f'{b.label} {b.text}')}</p>")
        elif isinstance(b, People):
            rows = "".join(f"<tr><td width='36'>{p.number}.</td><td>{_lines(p.name)}</td>"
                           f"<td style='padding-left:24px'>{escape(p.role)}</td>"
                           f"<td style='padding-left:24px'>{escape(p.note)}</td></tr>" for p in b.rows)
            parts.append(f"<table cellspacing='0' cellpadding='1'>{rows}</table>")
        elif isinstance(b, Signatures):
            cells = "".join(f"<td align='center' style='padding:24px'>ลงชื่อ ..............................<br>"
                            f"({escape(s.name or DOTS)})<br>{_lines(s.position or DOTS)}<br>{escape(s.role)}</td>"
                            for s in b.blocks)
            parts.append(f"<table width='100%'><tr>{cells}</tr></table>")
    return "\n".join(parts)


class MinutesPreview(QTextBrowser):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("minutesPreview")
        font = QFont(DOCUMENT_FAMILY)
        font.setPointSizeF(16)
        self.document().setDefaultFont(font)

    def show_document(self, doc: Document) -> None:
        self.setHtml(to_html(doc))
