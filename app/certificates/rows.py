"""The certificate register as plain rows for tables, dialogs and the command line."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.certificates.numbers import number_key
from app.core.errors import UserError
from app.models import Certificate, City
from app.models.certificate import CERTIFICATE_STATES, CURRENT_STATES
from app.registers.reference import province_index

STATES: dict[str, tuple[str, str]] = {c.value: (c.th, c.en) for c in CERTIFICATE_STATES}


@dataclass(frozen=True)
class CertificateRow:
    id: int
    number: str
    city_id: int
    city_name: str
    developer: str
    provinces: str  # Thai province names
    issue_date: date
    valid_until: date
    state: str
    state_label_th: str
    state_label_en: str
    resolution: str  # ครั้งที่ 1/2564 วาระ 4.2
    reprints: int
    replaced_by: str | None  # the number of the certificate that replaced or renewed this one
    verification_code: str
    note: str
    state_changed_on: date | None = None
    state_reason: str = ""

    @property
    def current(self) -> bool:
        """The certificate in force for its city (issued or reprinted), whatever its date."""
        return self.state in CURRENT_STATES


def province_names(city: City, lang: str = "th") -> str:
    index = province_index()
    key = "name_en" if lang == "en" else "name_th"
    return ", ".join(index[p.code][key] if p.code in index else p.code for p in city.province_rows)


def to_row(cert: Certificate) -> CertificateRow:
    th, en = STATES.get(cert.state, (cert.state, cert.state))
    return CertificateRow(
        id=cert.id, number=cert.number, city_id=cert.city_id, city_name=cert.city.name_th,
        developer=cert.city.developer or "", provinces=province_names(cert.city), issue_date=cert.issue_date,
        valid_until=cert.valid_until, state=cert.state, state_label_th=th, state_label_en=en,
        resolution=cert.resolution_text or "", reprints=cert.reprints,
        replaced_by=cert.successor.number if cert.successor is not None else None,
        verification_code=cert.verification_code, note=cert.note or "", state_changed_on=cert.state_changed_on,
        state_reason=cert.state_reason or "")


def _query():
    return select(Certificate).options(selectinload(Certificate.city), selectinload(Certificate.successor))


def list_rows(session: Session, *, state: str | None = None, year_be: int | None = None,
              expiring_within_days: int | None = None, today: date | None = None,
              ids: Iterable[int] | None = None) -> list[CertificateRow]:
    """The register, oldest year first and by running number; ``ids`` keeps the order given.

    ``expiring_within_days``: certificates in force whose validity ends between today and N days from now.
    """
    query = _query().order_by(Certificate.year_be, Certificate.run, Certificate.id)
    if state:
        query = query.where(Certificate.state == state)
    if year_be:
        query = query.where(Certificate.year_be == year_be)
    if expiring_within_days is not None:
        today = today or date.today()
        query = query.where(Certificate.state.in_(CURRENT_STATES), Certificate.valid_until >= today,
                            Certificate.valid_until <= today + timedelta(days=expiring_within_days))
    if ids is not None:
        wanted = list(dict.fromkeys(ids))
        found = {c.id: c for c in session.scalars(query.where(Certificate.id.in_(wanted)))}
        return [to_row(found[i]) for i in wanted if i in found]
    return [to_row(c) for c in session.scalars(query)]


def years(session: Session) -> list[int]:
    """The B.E. years of the register, newest first (for the year filter)."""
    query = select(Certificate.year_be).distinct().order_by(Certificate.year_be.desc())
    return list(session.scalars(query))


def find(session: Session, key: str) -> Certificate | None:
    """The certificate whose number reads as ``key`` (a number_key)."""
    return session.scalars(_query().where(Certificate.number_key == key)).first()


def ids_by_number(session: Session, numbers: Iterable[str]) -> list[int]:
    """The certificates with these numbers as typed (spaces, Thai digits), in order; UserError for one not found."""
    ids = []
    for number in numbers:
        cert = find(session, number_key(number))
        if cert is None:
            raise UserError("ไม่พบเกียรติบัตรเลขที่ {number}", number=number)
        ids.append(cert.id)
    return ids


def printable_ids(session: Session, include_expired: bool = False, today: date | None = None) -> list[int]:
    """Every certificate in force (issued or reprinted, not expired), in register order; with ``include_expired``
    every certificate of the register (expired, revoked and replaced ones are marked on the page)."""
    today = today or date.today()
    ids = [row.id for row in list_rows(session) if include_expired or (row.current and row.valid_until >= today)]
    if not ids:
        raise UserError("ยังไม่มีเกียรติบัตรที่ใช้อยู่ให้พิมพ์")
    return ids


def city_ids_by_name(session: Session, names: Iterable[str]) -> list[int]:
    """Cities as people type them: the whole Thai or English name, or a part that only one name contains."""
    cities = session.execute(select(City.id, City.name_th, City.name_en)).all()
    ids = []
    for name in names:
        wanted = " ".join(name.split()).casefold()
        exact = [cid for cid, th, en in cities if wanted in (th.casefold(), (en or "").casefold())]
        found = exact or [cid for cid, th, en in cities if wanted in th.casefold() or wanted in (en or "").casefold()]
        if not found:
            raise UserError("ไม่พบเมือง/โครงการชื่อ {name}", name=name)
        if len(found) > 1:
            raise UserError("ชื่อ {name} ตรงกับหลายเมือง/โครงการ กรุณาพิมพ์ชื่อให้ครบ", name=name)
        ids.append(found[0])
    return ids
