"""Apply a change package on the server, in one transaction.

Checked first, before anything is written: the package is
whole and from this server's copies, it was not applied before (the ids of applied packages are kept), it follows
its copy's last package applied (app.sync.copies: a copy sends package after package, records it made offline reach
their server ids), its base is within the server's audit retention. Then each change is compared with what the
server did since the base; with any conflict left unsettled nothing is written and the conflicts come back.
Otherwise new records are written first (parents first, each with the server's next id; references to them follow),
then edits, then deletions (children first). A certificate made offline gets its number here, from the server's
counter: a laptop never gives one."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.core import audit_context
from app.core.db import Database
from app.models import SyncPackage
from app.sync import conflicts as cf
from app.sync import copies, identity, package, personal, rules
from app.sync.identity import SyncError
from app.sync.journal import Change
from app.sync.tables import sent_tables, to_python
from app.sync.writer import Writer, current_rows

Progress = Callable[[int, int], None]


@dataclass
class ImportReport:
    package: str
    already: bool = False
    written: int = 0
    new_records: int = 0
    conflicts: list[cf.Conflict] = field(default_factory=list)
    set_aside: list[Change] = field(default_factory=list)
    aside_file: Path | None = None
    numbers: list[str] = field(default_factory=list)
    withheld: list[Change] = field(default_factory=list)  # edits of personal fields the copy never had: set aside

    @property
    def clean(self) -> bool:
        return not self.conflicts


@dataclass
class _Plan:
    inserts: list[Change] = field(default_factory=list)
    updates: list[tuple[Change, dict]] = field(default_factory=list)
    deletes: list[Change] = field(default_factory=list)
    recreate: list[tuple[Change, dict]] = field(default_factory=list)


def parse_resolutions(items: list[str] | None) -> dict[str, str]:
    """``REGISTER:ID:FIELD=laptop|server`` (repeatable) as {key: choice}; a malformed one is refused."""
    out = {}
    for item in items or ():
        key, sep, choice = item.rpartition("=")
        if not sep or key.count(":") < 2 or choice not in cf.CHOICES:
            raise SyncError("การตัดสินข้อขัดแย้ง '{item}' ไม่ถูกต้อง (เขียนเป็น ทะเบียน:รหัส:ช่อง=laptop หรือ server)",
                            item=item)
        out[key] = choice
    return out


def preview(server: Database, path: Path) -> ImportReport:
    """The conflicts a package meets, nothing written."""
    return import_package(server, path, {}, dry_run=True)


def import_package(server: Database, path: Path, resolutions: dict[str, str] | None = None,
                   progress: Progress | None = None, dry_run: bool = False) -> ImportReport:
    pkg = package.read(path)
    with server.session() as s:
        report = _import(s, pkg, resolutions or {}, progress, dry_run)
        if not report.clean or dry_run:
            s.rollback()
    if report.set_aside and not dry_run and report.clean:
        report.aside_file = _write_aside(pkg, report.set_aside, Path(path))
    return report


def _check(session: Session, pkg: package.Package) -> bool:
    """False when the package was applied before; SyncError when it may not be applied here."""
    if pkg.server != identity.server_identity(session, create=False):
        raise SyncError("ชุดการเปลี่ยนแปลงนี้มาจากสำเนาของฐานข้อมูลอื่น ไม่ใช่ของฐานข้อมูลนี้ จึงไม่ได้นำเข้า")
    if session.get(SyncPackage, pkg.id) is not None:
        return False
    if pkg.copy:
        copies.check_order(session, pkg.copy, pkg.seq, pkg.previous)
    if pkg.base < identity.retained_from(session):
        raise SyncError("สำเนานี้นำออกไปนานเกินกว่าที่เซิร์ฟเวอร์เก็บประวัติการแก้ไขไว้ (ตำแหน่ง {base} "
                        "เก่ากว่า {kept}) จึงเทียบการเปลี่ยนแปลงไม่ได้และไม่ได้นำเข้า ให้นำข้อมูลออกไปใหม่",
                        base=pkg.base, kept=identity.retained_from(session))
    if pkg.base > identity.position(session):
        raise SyncError("ฐานข้อมูลนี้เก่ากว่าสำเนาที่ส่งมา (อาจกู้คืนจากไฟล์สำรอง) จึงไม่ได้นำเข้า")
    return True


def _import(session: Session, pkg: package.Package, resolutions: dict[str, str], progress: Progress | None,
            dry_run: bool) -> ImportReport:
    report = ImportReport(pkg.id)
    if not _check(session, pkg):
        report.already = True
        return report
    tables = sent_tables()
    _known(pkg, tables)
    state = copies.CopyState.load(session, pkg.copy)
    state.translate(pkg.changes)
    if not pkg.personal:
        pkg.changes, withheld = personal.set_aside_withheld(pkg.changes, state.made_offline)
        report.set_aside += withheld
        report.withheld = withheld
    rules.check_values(session, pkg.changes)
    seen = identity.position_and_pending(session)  # what the comparison below sees (about: _unseen)
    side = cf.history(session, pkg.base, {c.table for c in pkg.changes}, pkg.pending)
    plan = _plan(session, pkg.changes, side, resolutions, report, state.since)
    if report.conflicts or dry_run:
        return report
    audit_context.set_reason(session, cf.REASON.format(laptop=pkg.laptop or "-", package=pkg.id))
    new_ids = _write(session, plan, report, progress, state.ids)
    session.flush()
    _check_written(session, plan, new_ids)
    at, unseen = _unseen(session, *seen)
    session.add(SyncPackage(id=pkg.id, actor=None, laptop=pkg.laptop[:300], base=pkg.base,
                            changes=len(pkg.changes), set_aside=len(report.set_aside),
                            copy_id=pkg.copy or None, seq=pkg.seq, position=at, pending=json.dumps(unseen)))
    if pkg.copy:
        state.remember(session, new_ids, pkg.changes, at)
    session.flush()
    return report


def _unseen(session: Session, seen: int, pending: list[int]) -> tuple[int, list[int]]:
    """The position recorded for the import (its own last audit entry) and the transactions whose entries below it
    the comparison may not have seen (PostgreSQL, read committed: another writer's audit id is handed out when it
    writes, its change is seen when it commits): those in progress when the comparison began (ids up to ``seen``),
    and those with entries between ``seen`` and the position, committed meanwhile or still in progress. A later
    package from the copy counts their entries as the server's changes (``copies.CopyState.since``), as the
    checkout's pending transactions are counted for the first (``identity.in_progress``)."""
    at, still = identity.position_and_pending(session)
    return at, sorted(set(pending) | set(still) | set(identity.writers_between(session, seen, at)))


def _known(pkg: package.Package, tables: dict[str, sa.Table]) -> None:
    for c in pkg.changes:
        table = tables.get(c.table)
        if table is None or c.op not in ("insert", "update", "delete") or any(f not in table.c for f in c.fields) \
                or (c.op == "update" and not all(isinstance(v, list) and len(v) == 2 for v in c.fields.values())):
            raise SyncError("ชุดการเปลี่ยนแปลงมีข้อมูลที่ฐานข้อมูลนี้ไม่รู้จัก ({table}) จึงไม่ได้นำเข้า",
                            table=c.table)


# --------------------------------------------------------------------------- planning


def _plan(session: Session, changes: list[Change], side: dict, resolutions: dict[str, str],
          report: ImportReport, unseen: Callable[[Change, cf.ServerSide], cf.ServerSide]) -> _Plan:
    plan, tables = _Plan(), sent_tables()
    rows = _rows(session, changes)
    for change in changes:
        table = tables[change.table]
        if change.op == "insert":
            plan.inserts.append(change)
            continue
        row = rows.get((change.table, change.id))
        here = unseen(change, side.get((change.table, change.id), cf.ServerSide()))
        if change.op == "update":
            _plan_update(table, change, row, here, resolutions, plan, report)
        elif row is not None:
            _plan_delete(table, change, here, resolutions, plan, report)
    return plan


def _rows(session: Session, changes: list[Change]) -> dict[tuple[str, str], dict]:
    """The server's current rows of the records the package edits or deletes."""
    wanted: dict[str, list[str]] = {}
    for change in changes:
        if change.op != "insert":
            wanted.setdefault(change.table, []).append(change.id)
    tables = sent_tables()
    return {(name, record): row for name, ids in wanted.items()
            for record, row in current_rows(session, tables[name], ids).items()}


def _settle(conflict: cf.Conflict, resolutions: dict[str, str], report: ImportReport, change: Change,
            aside: Change) -> str | None:
    choice = resolutions.get(conflict.key)
    if choice is None:
        report.conflicts.append(conflict)
    elif choice == "aside":
        report.set_aside.append(aside)
    return choice


def _plan_update(table, change, row, here, resolutions, plan: _Plan, report) -> None:
    if row is None:  # deleted on the server
        conflict = cf.record_conflict(table, change, here, server_deleted=True)
        if _settle(conflict, resolutions, report, change, change) == "laptop":
            plan.recreate.append((change, here.removed))
        return
    values = {}
    for name, (_old, new) in change.fields.items():
        column = table.c[name]
        if to_python(column, new) == row[name]:
            continue
        if name in here.fields:
            aside = Change("update", change.table, change.id, {name: change.fields[name]}, change.who, change.at)
            conflict = cf.field_conflict(table, change, name, row[name], here)
            if _settle(conflict, resolutions, report, change, aside) != "laptop":
                continue
        values[name] = new
    if values:
        plan.updates.append((change, values))


def _plan_delete(table, change, here, resolutions, plan: _Plan, report) -> None:
    if here.fields:
        conflict = cf.record_conflict(table, change, here, server_deleted=False)
        if _settle(conflict, resolutions, report, change, change) != "laptop":
            return
    plan.deletes.append(change)


# --------------------------------------------------------------------------- writing


def _write(session: Session, plan: _Plan, report: ImportReport, progress: Progress | None,
           known: dict[tuple[str, str], int]) -> dict[tuple[str, str], int]:
    """Write the plan; the laptop ids of records made offline (by this package and earlier ones) → server ids."""
    steps = len(plan.inserts) + len(plan.updates) + len(plan.deletes) + len(plan.recreate)
    writer = Writer(session, progress, steps)
    writer.ids.update(known)
    for change, removed in plan.recreate:
        writer.recreate(change, removed)
    writer.insert_all(plan.inserts)
    writer.update_all(plan.updates)
    writer.delete_all(plan.deletes)
    report.numbers = writer.numbering.numbers
    report.new_records = len(plan.inserts)
    report.written = steps
    return writer.ids


def _check_written(session: Session, plan: _Plan, new_ids: dict[tuple[str, str], int]) -> None:
    """The register records the package made or changed, as they now stand, by their registers' rules."""
    written = plan.inserts + [c for c, _ in plan.updates] + [c for c, _ in plan.recreate] + plan.deletes
    made = {(c.table, int(new_ids[(c.table, c.id)])) for c in plan.inserts if (c.table, c.id) in new_ids}
    rules.check_records(session, rules.touched_records(written, new_ids), made)


def _write_aside(pkg: package.Package, changes: list[Change], path: Path) -> Path:
    aside = package.Package(str(uuid.uuid4()), pkg.server, pkg.base, pkg.laptop, pkg.made_at, changes, pkg.upto, "",
                            pending=pkg.pending)
    target = path.with_name(f"{path.stem}.set-aside-{aside.id[:8]}.zip")
    return package.write(aside, target)
