"""Create, read, update and delete register records, with validation and optimistic locking.

Values travel as plain dicts keyed by field name: text, ``date``, numbers, lists of codes for
multi-valued fields and ids for references. A Session is passed in by the caller (one per action).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from app.core.errors import RecordInUse, RecordMissing, StaleRecord, ValidationFailed
from app.core.thaidate import add_years
from app.models import City, EmblemRenewal, Kind, Province, SmartDimension, load_all
from app.models.base import utcnow
from app.models.city import EMBLEM_YEARS
from app.registers import keys
from app.registers.catalog import PLAN, REGISTERS, Register, register_for_table
from app.registers.validation import normalise, validate

RELATION_ATTR = {Kind.PROVINCES: ("province_rows", Province), Kind.DIMENSIONS: ("dimension_rows", SmartDimension)}


@dataclass
class Saved:
    id: int
    version: int
    values: dict[str, Any]


def values_of(obj, reg: Register) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for f in reg.stored_fields:
        if f.kind in RELATION_ATTR:
            values[f.name] = [row.code for row in getattr(obj, RELATION_ATTR[f.kind][0])]
        else:
            value = getattr(obj, f.name)
            values[f.name] = list(value) if f.is_list else value
    return values


def _get(session: Session, reg: Register, record_id: int):
    obj = session.get(reg.model, record_id)
    if obj is None:
        raise RecordMissing()
    return obj


def load(session: Session, reg: Register, record_id: int) -> Saved:
    obj = _get(session, reg, record_id)
    return Saved(obj.id, obj.version, values_of(obj, reg))


def _assign(session: Session, obj, reg: Register, values: dict[str, Any]) -> None:
    with session.no_autoflush:  # one UPDATE per save, not a flush of a half-assigned record per list lookup
        for f in reg.stored_fields:
            if f.name not in values:
                continue
            value = values[f.name]
            if f.kind in RELATION_ATTR:
                attr, model = RELATION_ATTR[f.kind]
                rows = [session.get(model, code) for code in value or []]
                setattr(obj, attr, [r for r in rows if r is not None])
            else:
                setattr(obj, f.name, value)


def with_defaults(reg: Register, clean: dict[str, Any]) -> dict[str, Any]:
    """What a save adds to normalised values: an emblem without its expiry is valid for EMBLEM_YEARS."""
    if reg is REGISTERS["cities"] and clean.get("emblem_issued_on") and not clean.get("emblem_valid_until"):
        clean["emblem_valid_until"] = add_years(clean["emblem_issued_on"], EMBLEM_YEARS)
    return clean


def _prepare(session: Session, reg: Register, values: dict[str, Any], record_id: int | None) -> dict[str, Any]:
    clean = with_defaults(reg, normalise(reg, values))
    problems = validate(session, reg, clean, record_id)
    if problems:
        raise ValidationFailed(problems)
    return clean


def create(session: Session, reg: Register, values: dict[str, Any], record_id: int | None = None) -> Saved:
    """Add a record; ``record_id`` restores a deleted one under its old id (undo)."""
    clean = _prepare(session, reg, values, None)
    obj = reg.model()
    if record_id is not None:
        if session.get(reg.model, record_id) is not None:
            raise StaleRecord()
        obj.id = record_id
    _assign(session, obj, reg, clean)
    for name, amount in values.get("_totals", {}).items():
        setattr(obj, name, amount)
    session.add(obj)
    if reg.model is City:
        for r in values.get("_renewals", []):
            obj.renewals.append(EmblemRenewal(**r))
    session.flush()
    if reg is PLAN:  # undo of a delete: the budget lines come back too (their sums came with _totals)
        from app.models.plan import PlanBudgetLine  # the plan's module: loaded when the plan is first written

        session.add_all(PlanBudgetLine(project_id=obj.id, **line) for line in values.get("_budget", []))
        session.flush()
    keys.save(session, reg, [obj.id])
    return Saved(obj.id, obj.version, values_of(obj, reg))


def update(session: Session, reg: Register, record_id: int, values: dict[str, Any], expected_version: int) -> Saved:
    """Save changes, refusing when someone else saved first (the form keeps the user's input)."""
    obj = _get(session, reg, record_id)
    if obj.version != expected_version:
        raise StaleRecord()
    clean = _prepare(session, reg, values, record_id)
    _assign(session, obj, reg, clean)
    obj.updated_at = utcnow()
    flag_modified(obj, "updated_at")  # always an UPDATE, so the version moves even for list-only changes
    try:
        session.flush()
    except StaleDataError as exc:
        raise StaleRecord() from exc
    keys.save(session, reg, [obj.id])
    return Saved(obj.id, obj.version, values_of(obj, reg))


def dependants(session: Session, reg: Register, record_id: int) -> list[tuple[str, str, int]]:
    """(Thai name, English name, count) of the records that point at this one (they block a delete)."""
    load_all()  # every table that may point here, the meetings' and certificates' too
    from app.models import CERTIFICATE_LABEL, CERTIFIED_MINUTES_LABEL, AgendaItem, Meeting, agenda_item_city

    # Tables outside the registers whose rows must outlive nothing: a city with certificates is never deleted
    # (the certificate history is kept), so they block a delete like a register's records do.
    kept_history = {"certificate": CERTIFICATE_LABEL}
    found = []
    if reg.model is City:  # certified minutes name the cities they certified; the link must not vanish
        certified = session.scalar(
            select(func.count(distinct(Meeting.id))).select_from(agenda_item_city)
            .join(AgendaItem, AgendaItem.id == agenda_item_city.c.agenda_item_id)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(agenda_item_city.c.city_id == record_id, Meeting.state == "certified"))
        if certified:
            found.append((*CERTIFIED_MINUTES_LABEL, certified))
    for table in reg.model.metadata.sorted_tables:
        other = register_for_table(table.name)
        names = (other.th, other.en) if other is not None else kept_history.get(table.name)
        if names is None:
            continue
        for fk in table.foreign_keys:
            if fk.column.table is reg.model.__table__:
                count = session.scalar(select(func.count()).select_from(table).where(fk.parent == record_id))
                if count:
                    found.append((*names, count))
    return found


def delete(session: Session, reg: Register, record_id: int, expected_version: int | None = None) -> dict:
    """Delete and return a snapshot that ``create(..., record_id=...)`` can restore."""
    obj = _get(session, reg, record_id)
    if expected_version is not None and obj.version != expected_version:
        raise StaleRecord()
    uses = dependants(session, reg, record_id)
    if uses:
        raise RecordInUse(uses)
    snapshot = values_of(obj, reg)
    if reg.model is City:
        snapshot["_renewals"] = [
            {"renewed_on": r.renewed_on, "previous_valid_until": r.previous_valid_until,
             "valid_until": r.valid_until, "note": r.note}
            for r in obj.renewals
        ]
    if reg is PLAN:
        from app.models.plan import MONEY_COLUMNS, PlanBudgetLine

        snapshot["_totals"] = {name: getattr(obj, name) for name in MONEY_COLUMNS}
        snapshot["_budget"] = [{"fiscal_year": line.fiscal_year, "source": line.source, "requested": line.requested,
                                "allocated": line.allocated}
                               for line in session.scalars(select(PlanBudgetLine).where(
                                   PlanBudgetLine.project_id == record_id).order_by(PlanBudgetLine.id))]
    session.delete(obj)
    session.flush()
    keys.forget(session, reg, record_id)
    return snapshot


def renew_emblem(session: Session, city_id: int, renewed_on: date, expected_version: int,
                 note: str | None = None) -> Saved:
    """Renew a city's emblem for another two years, keeping the history."""
    reg = REGISTERS["cities"]
    city = _get(session, reg, city_id)
    if city.version != expected_version:
        raise StaleRecord()
    start = max(renewed_on, city.emblem_valid_until or renewed_on)
    valid_until = add_years(start, EMBLEM_YEARS)
    city.renewals.append(EmblemRenewal(renewed_on=renewed_on, previous_valid_until=city.emblem_valid_until,
                                       valid_until=valid_until, note=note))
    city.emblem_valid_until = valid_until
    session.flush()
    keys.save(session, reg, [city.id])
    return Saved(city.id, city.version, values_of(city, reg))


def renewal_history(session: Session, city_id: int) -> list[EmblemRenewal]:
    return list(session.scalars(select(EmblemRenewal).where(EmblemRenewal.city_id == city_id)
                                .order_by(EmblemRenewal.renewed_on)))

