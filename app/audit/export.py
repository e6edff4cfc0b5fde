"""The audit trail (as filtered) to an Excel workbook: one row per field changed, through the one sheet writer."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.orm import Session

from app.audit import text
from app.audit.tables import field_label
from app.audit.trail import Entry, Filter, entries
from app.excel.sheet import Cells, Column, Progress, Sheet, write_workbook

HEADERS = {
    "th": ("ลำดับ", "วันเวลา", "ผู้แก้ไข", "เครื่อง", "ข้อมูล", "การกระทำ", "ช่องข้อมูล", "ค่าเดิม", "ค่าใหม่", "เหตุผล"),
    "en": ("No.", "When", "Who", "Workstation", "Record", "Action", "Field", "Old", "New", "Reason"),
}
WIDTHS = (10, 20, 16, 22, 30, 10, 24, 30, 30, 30)


def _rows(found: list[Entry], lang: str) -> Iterator[list]:
    for e in found:
        for c in e.changes or (None,):
            old = new = ""
            if c is not None:
                old, new = (text.ERASED[lang],) * 2 if c.erased else (text.value(c.old, lang), text.value(c.new, lang))
            yield [e.id, text.when(e.at, lang), e.actor, e.workstation, text.record(e, lang), text.action(e, lang),
                   field_label(e.table, c.field, lang) if c else "", old, new, e.reason]


def export(session: Session, path: str | os.PathLike, flt: Filter | None = None, lang: str = "th",
           progress: Progress | None = None) -> Path:
    found = list(entries(session, flt or Filter()))
    columns = [Column(h, Cells.INT if i == 0 else Cells.TEXT, w) for i, (h, w) in
               enumerate(zip(HEADERS[lang], WIDTHS, strict=True))]
    label = "ประวัติการแก้ไขข้อมูล" if lang == "th" else "Audit trail"
    count = sum(max(1, len(e.changes)) for e in found)
    sheet = Sheet(label, label, columns, count, _rows(found, lang), personal=True)
    return write_workbook(path, [sheet], lang, progress)
