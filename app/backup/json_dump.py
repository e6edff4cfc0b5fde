"""The application's own full dump of a server database (when pg_dump is not installed): every table's rows as
JSON, read in one REPEATABLE READ snapshot, written 0600, read back and counted before it is reported good.
Restoring it needs an empty database (a new one after a loss): the audit trail refuses to be emptied."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import MetaData, func, insert, select, text

from app.backup.report import BackupFailed, BackupReport, check_counts
from app.core.audit_schema import AUDIT_TABLES
from app.core.db import Database
from app.core.private_files import private_file, private_folder, touch_private

REFERENCE = {"alembic_version", "province", "smart_dimension"}
DERIVED = {"plan_province_summary"}  # rebuilt by the database's triggers as the plan's rows come back


def _default(value):
    if isinstance(value, date | datetime | time):
        return value.isoformat()
    return str(value)


def backup(db: Database, target: Path) -> BackupReport:
    meta = MetaData()
    meta.reflect(db.engine)
    with db.engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn, conn.begin():
        dump = {name: [dict(r._mapping) for r in conn.execute(select(t))] for name, t in meta.tables.items()}
    private_folder(target.parent)
    touch_private(target)
    target.write_text(json.dumps({"format": "smartcity-json-1", "tables": dump}, ensure_ascii=False,
                                 default=_default), encoding="utf-8")
    counts = {t: len(rows) for t, rows in dump.items()}
    check_counts(counts, {t: len(rows) for t, rows in load(target).items()}, target)
    private_file(target)
    return BackupReport(target, "json-dump", counts, target.stat().st_size)


def load(path: Path) -> dict[str, list[dict]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BackupFailed("อ่านสำเนาสำรอง {path} ไม่ได้ ({detail})", path=str(path), detail=exc) from exc
    if not isinstance(data, dict) or data.get("format") != "smartcity-json-1":
        raise BackupFailed("ไฟล์ {path} ไม่ใช่สำเนาสำรองของโปรแกรมนี้", path=str(path))
    return data["tables"]


def restore(db: Database, source: Path) -> None:
    tables = load(source)
    meta = MetaData()
    meta.reflect(db.engine)
    with db.engine.begin() as conn:
        used = [t for t in meta.tables if t not in REFERENCE and conn.scalar(select(func.count()).select_from(
            meta.tables[t]))]
        if used:
            raise BackupFailed("กู้คืนจากสำเนาแบบ JSON ได้เฉพาะฐานข้อมูลว่าง (ฐานข้อมูลนี้มีข้อมูลใน {tables})",
                               tables=", ".join(sorted(used)))
        trail_first = sorted(meta.sorted_tables, key=lambda t: t.name not in AUDIT_TABLES)  # stable: FK order kept
        for table in trail_first:  # the trail first: what the triggers write while the rest comes back follows it
            rows = tables.get(table.name) or []
            if table.name in REFERENCE | DERIVED or not rows:
                continue
            conn.execute(insert(table), [_typed(table, row) for row in rows])
            if "id" in table.c:
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                  f"(SELECT max(id) FROM {table.name}))"))


def _kind(column) -> type:
    try:
        return column.type.python_type
    except NotImplementedError:
        return str


def _typed(table, row: dict) -> dict:
    out = {}
    for name, value in row.items():
        kind = _kind(table.c[name])
        if value is not None and kind in (date, datetime, time) and isinstance(value, str):
            value = kind.fromisoformat(value)
        out[name] = value
    return out
