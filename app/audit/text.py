"""How an audit entry reads: local date and time in B.E., the register and field labels, old → new."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from app.audit.tables import choice_label, field_label, table_label
from app.audit.trail import Change, Entry
from app.core.thaidate import format_date

EMPTY = {"th": "(ว่าง)", "en": "(empty)"}
ERASED = {"th": "(ข้อมูลส่วนบุคคลถูกลบแล้ว)", "en": "(personal data erased)"}
ACTIONS = {"insert": ("เพิ่ม", "added"), "update": ("แก้ไข", "changed"), "delete": ("ลบ", "deleted")}


def local(at: datetime) -> datetime:
    return at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def when(at: datetime, lang: str = "th") -> str:
    moment = local(at)
    return f"{format_date(moment.date(), lang)} {moment:%H:%M:%S}"


def value(v: object, lang: str = "th") -> str:
    if v is None or v == "":
        return EMPTY[lang]
    if isinstance(v, str):
        return v
    return json.dumps(v, ensure_ascii=False)


def change(entry: Entry, c: Change, lang: str = "th") -> str:
    label = field_label(entry.table, c.field, lang)
    if c.erased:
        return f"{label}: {ERASED[lang]}"
    old, new = (value(choice_label(entry.table, c.field, v, lang), lang) for v in (c.old, c.new))
    return f"{label}: {old} → {new}"


def action(entry: Entry, lang: str = "th") -> str:
    th, en = ACTIONS.get(entry.action, (entry.action, entry.action))
    return en if lang == "en" else th


def record(entry: Entry, lang: str = "th") -> str:
    return f"{table_label(entry.table, lang)} #{entry.record_id}"


def lines(entry: Entry, lang: str = "th") -> list[str]:
    """One line per field: when, who (workstation), record, action, field old → new, and the reason."""
    head = "\t".join((when(entry.at, lang), f"{entry.actor}@{entry.workstation}", record(entry, lang),
                      action(entry, lang)))
    why = f"\t{'reason' if lang == 'en' else 'เหตุผล'}: {entry.reason}" if entry.reason else ""
    found = [f"{head}\t{change(entry, c, lang)}{why}" for c in entry.changes] or [head + why]
    return [line.replace("\r", "").replace("\n", "\\n") for line in found]  # one line per field, always
