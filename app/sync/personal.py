"""Personal data on an offline copy (PDPA). A checkout that copies the registers' personal fields is a disclosure,
recorded like an export (who, when, which fields, how many people, the copy's path). A copy taken without them
holds those fields empty (an empty text where the column must not be empty).

Such a copy never had those values, so its edit of one of them on a record the server already had would write over
a value nobody on the laptop saw. The safer way is taken: the edit is not applied; it is set aside (kept in the
set-aside package beside the file, for a person who can see the value to settle) and the import reports it.
Records made on that laptop keep the personal fields typed there: they are the laptop's own.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from app.audit import disclosure
from app.registers.catalog import REGISTERS
from app.sync.journal import Change

KIND = "offline_copy"  # the disclosure's kind


def withheld() -> dict[str, list[str]]:
    """The personal columns of each table: {table: [column]}."""
    out: dict[str, list[str]] = {}
    for register in REGISTERS.values():
        names = disclosure.personal_fields(register.key)
        if names:
            out[register.model.__tablename__] = names
    return out


def blank(table, rows: list[dict]) -> None:
    """Empty the personal fields of a table's rows (for a copy taken without them)."""
    for name in withheld().get(table.name, ()):
        empty = None if table.c[name].nullable else ""
        for row in rows:
            row[name] = empty


def record_checkout(session: Session, target: Path) -> None:
    """The copy's personal data as a disclosure (the people counted are all the registers' people)."""
    keys = [r.key for r in REGISTERS.values() if disclosure.personal_fields(r.key)]
    disclosure.record_register_export(session, keys, Path(target).resolve(), kind=KIND)


def set_aside_withheld(changes: list[Change], made_offline) -> tuple[list[Change], list[Change]]:
    """(the changes without edits of withheld fields, those edits) for a package from a copy without personal
    data; ``made_offline(table, id)`` tells a record the laptop made (its personal fields are its own)."""
    hidden = withheld()
    kept, aside = [], []
    for change in changes:
        names = [n for n in hidden.get(change.table, ()) if n in change.fields]
        if change.op != "update" or not names or made_offline(change.table, change.id):
            kept.append(change)
            continue
        aside.append(Change("update", change.table, change.id, {n: change.fields.pop(n) for n in names},
                            change.who, change.at, change.seq))
        if change.fields:
            kept.append(change)
    return kept, aside
