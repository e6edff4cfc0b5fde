"""Shared steps of the offline-laptop tests: a server, laptops checked out from it, edits on either side."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app.core.db import Database
from app.models import AuditEntry
from app.registers import records
from app.registers.catalog import REGISTERS
from app.sync import apply, checkout, package


def take(server: Database, folder: Path, name: str, meetings=None) -> Database:
    path = folder / f"{name}.sqlite"
    checkout.checkout(server, path, meetings)
    return Database(path)


def edit(db: Database, key: str, record_id: int, **values: Any) -> None:
    with db.session() as s:
        saved = records.load(s, REGISTERS[key], record_id)
        records.update(s, REGISTERS[key], record_id, {**saved.values, **values}, saved.version)


def create(db: Database, key: str, values: dict) -> int:
    with db.session() as s:
        return records.create(s, REGISTERS[key], values).id


def remove(db: Database, key: str, record_id: int) -> None:
    with db.session() as s:
        records.delete(s, REGISTERS[key], record_id)


def load(db: Database, key: str, record_id: int) -> dict:
    with db.session() as s:
        return records.load(s, REGISTERS[key], record_id).values


def send(laptop: Database, server: Database, folder: Path, resolve: dict | None = None,
         name: str = "changes.zip") -> apply.ImportReport:
    target = folder / name
    package.export_changes(laptop, target)
    return apply.import_package(server, target, resolve)


def audit_count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry))
