"""The emblem certificate register: issue (numbered in one transaction), reprint, replace, revoke, renew,
and the page contents. Nothing is deleted: every change is a state, a link to the successor and an event.

Rows, verification and numbering live beside this module (certificate_rows, certificate_verify,
certificate_numbers); their public names are re-exported here for the GUI and the command line.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.certificates import settings as certificate_settings
from app.certificates import signing
from app.certificates.content import CertificateContent
from app.certificates.numbers import check_value, is_provisional, next_number, number_key, qr_text, year_be
from app.certificates.rows import STATES, CertificateRow, list_rows, province_names, years
from app.certificates.verify import Verification, verify
from app.certificates.wording import MARKS, RESOLUTION_SHORT
from app.core import audit_context
from app.core.errors import Bilingual, RecordMissing, UserError
from app.core.thaidate import add_years, format_date
from app.meetings import agenda
from app.models import AgendaItem, Certificate, CertificateEvent, City, EmblemRenewal, Meeting, agenda_item_city
from app.models.certificate import CERTIFICATE_STATES, CURRENT_STATES

__all__ = ["STATES", "CertificateRow", "Verification", "content", "history", "issue", "issue_for_meeting",
           "list_rows", "renew", "replace", "reprint", "revoke", "verify", "years"]


def _get(session: Session, cert_id: int) -> Certificate:
    cert = session.get(Certificate, cert_id)
    if cert is None:
        raise RecordMissing()
    return cert


def _state(cert: Certificate) -> Bilingual:
    choice = next(c for c in CERTIFICATE_STATES if c.value == cert.state)
    return Bilingual(choice.th, choice.en)


def _date(day: date) -> Bilingual:
    return Bilingual(format_date(day, "th", "long"), format_date(day, "en", "long"))


def _reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise UserError("กรุณาระบุเหตุผล")
    return reason


def _event(session: Session, cert: Certificate, action: str, on: date, reason: str | None = None,
           related: Certificate | None = None) -> None:
    session.add(CertificateEvent(certificate_id=cert.id, action=action, happened_on=on, reason=reason,
                                 related_id=related.id if related is not None else None))


def _resolution_item(session: Session, city_id: int, issue_date: date) -> AgendaItem | None:
    """The latest agenda item, at a meeting on or before the issue date, that certified the city."""
    items = [i for i in agenda.certifying_items(session, city_id) if i.meeting.held_on <= issue_date]
    return items[-1] if items else None


def _resolution_text(session: Session, item: AgendaItem | None, city: City) -> str | None:
    if item is None:
        return city.approved_meeting
    return RESOLUTION_SHORT.format(label=item.meeting.label, number=agenda.item_number(session, item.id))


def _current(session: Session, city_id: int) -> Certificate | None:
    query = select(Certificate).where(Certificate.city_id == city_id, Certificate.state.in_(CURRENT_STATES))
    return session.scalars(query.order_by(Certificate.valid_until.desc())).first()


def _check_issue(session: Session, city: City, issue_date: date, item: AgendaItem | None) -> None:
    held = _current(session, city.id)
    if held is not None and held.valid_until >= issue_date:
        raise UserError("{city} มีเกียรติบัตรเลขที่ {number} ที่ยังใช้ได้ถึงวันที่ {until} อยู่แล้ว "
                        "ให้ต่ออายุหรือออกฉบับใหม่แทนฉบับนั้น", city=city.name_th, number=held.number,
                        until=_date(held.valid_until))
    if item is not None and issue_date < item.meeting.held_on:
        raise UserError("วันที่ให้ไว้ต้องไม่ก่อนวันประชุมที่มีมติ ({date})", date=_date(item.meeting.held_on))


def _create(session: Session, city: City, issue_date: date, valid_until: date, item: AgendaItem | None,
            settings: certificate_settings.CertificateSettings, key: bytes) -> Certificate:
    run, number = next_number(session, year_be(issue_date), settings.number_pattern)
    cert = Certificate(number=number, number_key=number_key(number), year_be=year_be(issue_date), run=run,
                       city=city, issue_date=issue_date, valid_until=valid_until, resolution_item=item,
                       resolution_text=_resolution_text(session, item, city), state="issued", reprints=0,
                       verification_code=check_value(key, number, city.id, issue_date),
                       signed_qr=None if is_provisional(number) else
                       signing.require().qr_text(number, issue_date, valid_until, city.name_th))
    session.add(cert)
    session.flush()
    _event(session, cert, "issued", issue_date)
    _carry_to_city(city, cert)
    return cert


def _carry_to_city(city: City, cert: Certificate) -> None:
    """The city's emblem dates (shown in the Cities pane) follow the certificates issued for it; a certificate that
    extends the emblem is kept in the city's renewal history, as a renewal made in the city form is."""
    if city.emblem_issued_on is None:
        city.emblem_issued_on = cert.issue_date
    if city.emblem_valid_until is not None and cert.valid_until <= city.emblem_valid_until:
        return
    if city.emblem_valid_until is not None:
        city.renewals.append(EmblemRenewal(renewed_on=cert.issue_date, previous_valid_until=city.emblem_valid_until,
                                           valid_until=cert.valid_until, note=cert.number))
    city.emblem_valid_until = cert.valid_until


def _issue(session: Session, pairs: list[tuple[City, AgendaItem | None]], issue_date: date) -> list[Certificate]:
    for city, item in pairs:  # everything is checked before the first number is taken
        _check_issue(session, city, issue_date, item)
    settings = certificate_settings.load(session)
    key = certificate_settings.secret(session)
    until = add_years(issue_date, settings.valid_years)
    created = [_create(session, city, issue_date, until, item, settings, key) for city, item in pairs]
    session.flush()
    return created


def issue(session: Session, city_ids: Iterable[int], *, issue_date: date,
          resolution_item_id: int | None = None) -> list[Certificate]:
    """New certificates for the cities, numbered in the order given, in the caller's transaction.

    ``resolution_item_id``: the granting agenda item for all of them; by default each city's own
    (the latest item that certified it, at a meeting on or before ``issue_date``).
    """
    ids = list(dict.fromkeys(city_ids))
    if not ids:
        raise UserError("กรุณาเลือกเมืองอย่างน้อยหนึ่งเมือง")
    cities = [session.get(City, cid) for cid in ids]
    if any(city is None for city in cities):
        raise RecordMissing()
    given = session.get(AgendaItem, resolution_item_id) if resolution_item_id is not None else None
    if resolution_item_id is not None and given is None:
        raise RecordMissing()
    pairs = [(city, given or _resolution_item(session, city.id, issue_date)) for city in cities]
    return _issue(session, pairs, issue_date)


def issue_for_meeting(session: Session, meeting_id: int, *, issue_date: date) -> list[Certificate]:
    """Certificates for every city the meeting certified, in agenda order, each with its own item."""
    if session.get(Meeting, meeting_id) is None:
        raise RecordMissing()
    order = agenda.numbers(session, meeting_id)
    rows = session.execute(select(AgendaItem, agenda_item_city.c.city_id)
                           .join(agenda_item_city, agenda_item_city.c.agenda_item_id == AgendaItem.id)
                           .where(AgendaItem.meeting_id == meeting_id)).all()
    rows.sort(key=lambda r: (tuple(int(p) for p in order[r[0].id].split(".")), r[1]))
    first: dict[int, AgendaItem] = {}
    for item, city_id in rows:
        first.setdefault(city_id, item)
    pairs = [(session.get(City, city_id), item) for city_id, item in first.items()]
    if not pairs:
        raise UserError("การประชุมนี้ไม่มีวาระที่ประกาศรับรองเมือง จึงไม่มีเกียรติบัตรที่จะออก")
    return _issue(session, pairs, issue_date)


def reprint(session: Session, cert_id: int, *, on: date | None = None) -> Certificate:
    """Print again with the same number (a lost or damaged copy): counts the reprints."""
    cert = _get(session, cert_id)
    if cert.state not in CURRENT_STATES:
        raise UserError("พิมพ์ซ้ำไม่ได้ เพราะเกียรติบัตรเลขที่ {number} มีสถานะ{state}", number=cert.number,
                        state=_state(cert))
    cert.reprints += 1
    cert.state = "reprinted"
    cert.state_changed_on = on or date.today()
    _event(session, cert, "reprinted", cert.state_changed_on)
    session.flush()
    return cert


def _succeed(session: Session, old: Certificate, new: Certificate, state: str, on: date, reason: str | None):
    old.state, old.state_changed_on, old.state_reason, old.successor = state, on, reason, new
    _event(session, old, state, on, reason, new)
    session.flush()


def replace(session: Session, cert_id: int, *, issue_date: date, reason: str) -> Certificate:
    """A new number for the same grant and validity (e.g. a corrected name); the old one becomes "replaced"."""
    old = _get(session, cert_id)
    if old.state not in CURRENT_STATES:
        raise UserError("ออกฉบับใหม่แทนไม่ได้ เพราะเกียรติบัตรเลขที่ {number} มีสถานะ{state}", number=old.number,
                        state=_state(old))
    reason = _reason(reason)
    if issue_date < old.issue_date:
        raise UserError("วันที่ให้ไว้ต้องไม่ก่อนวันที่ของฉบับเดิม ({date})", date=_date(old.issue_date))
    audit_context.set_reason(session, reason)  # the audit trail's entries of this change carry it
    settings = certificate_settings.load(session)
    new = _create(session, old.city, issue_date, old.valid_until, old.resolution_item, settings,
                  certificate_settings.secret(session))
    _succeed(session, old, new, "replaced", issue_date, reason)
    return new


def revoke(session: Session, cert_id: int, *, reason: str, on: date | None = None) -> Certificate:
    cert = _get(session, cert_id)
    if cert.state not in CURRENT_STATES:
        raise UserError("เพิกถอนไม่ได้ เพราะเกียรติบัตรเลขที่ {number} มีสถานะ{state}", number=cert.number,
                        state=_state(cert))
    audit_context.set_reason(session, _reason(reason))
    cert.state, cert.state_changed_on, cert.state_reason = "revoked", on or date.today(), _reason(reason)
    _event(session, cert, "revoked", cert.state_changed_on, cert.state_reason)
    session.flush()
    return cert


def renew(session: Session, cert_id: int, *, issue_date: date, resolution_item_id: int | None = None) -> Certificate:
    """A new certificate valid for another term from the old expiry (or from ``issue_date`` if later)."""
    old = _get(session, cert_id)
    if old.state not in CURRENT_STATES:
        raise UserError("ต่ออายุไม่ได้ เพราะเกียรติบัตรเลขที่ {number} มีสถานะ{state}", number=old.number,
                        state=_state(old))
    if issue_date < old.issue_date:
        raise UserError("วันที่ให้ไว้ต้องไม่ก่อนวันที่ของฉบับเดิม ({date})", date=_date(old.issue_date))
    item = session.get(AgendaItem, resolution_item_id) if resolution_item_id is not None else None
    if resolution_item_id is not None and item is None:
        raise RecordMissing()
    item = item or _resolution_item(session, old.city_id, issue_date) or old.resolution_item
    settings = certificate_settings.load(session)
    until = add_years(max(issue_date, old.valid_until), settings.valid_years)
    new = _create(session, old.city, issue_date, until, item, settings, certificate_settings.secret(session))
    _succeed(session, old, new, "renewed", issue_date, None)
    return new


def history(session: Session, cert_id: int) -> list[CertificateEvent]:
    """What happened to a certificate, in order."""
    return list(_get(session, cert_id).events)


def mark_of(cert: Certificate, today: date) -> str:
    """What a certificate no longer in force prints in red when printed on request (empty when in force)."""
    if cert.state in MARKS:
        return MARKS[cert.state]
    return MARKS["expired"] if cert.valid_until < today else ""


def content(session: Session, cert_ids: Iterable[int], include_expired: bool = False,
            today: date | None = None) -> list[CertificateContent]:
    """What each page shows, in the order given, with the wording of the settings and the signatories in office
    on each certificate's issue date. Revoked or replaced certificates are refused unless ``include_expired``;
    then they carry their mark, as expired ones do."""
    settings = certificate_settings.load(session)
    if not settings.signatories:
        raise UserError("ยังไม่ได้กำหนดผู้ลงนามในเกียรติบัตร กรุณากำหนดในการตั้งค่าเกียรติบัตรก่อน")
    today = today or date.today()
    cert_ids = list(cert_ids)
    loaded = {c.id: c for chunk in range(0, len(cert_ids), 500)  # one query per 500, cities and provinces with them
              for c in session.scalars(select(Certificate).where(Certificate.id.in_(cert_ids[chunk:chunk + 500]))
                                       .options(selectinload(Certificate.city)))}
    return [_page(loaded.get(cert_id), settings, include_expired, today) for cert_id in cert_ids]


def _page(cert: Certificate | None, settings, include_expired: bool, today: date) -> CertificateContent:
    if cert is None:
        raise RecordMissing()
    if is_provisional(cert.number):
        raise UserError("เกียรติบัตรนี้เตรียมไว้ในสำเนาที่นำออกไปทำงานนอกสถานที่ จะได้เลขที่และพิมพ์ได้เมื่อส่ง"
                        "การเปลี่ยนแปลงเข้าเซิร์ฟเวอร์แล้ว")
    if cert.state in ("revoked", "replaced") and not include_expired:
        raise UserError("เกียรติบัตรเลขที่ {number} มีสถานะ{state} จึงพิมพ์ไม่ได้", number=cert.number,
                        state=_state(cert))
    signatories = certificate_settings.signatories_on(settings, cert.issue_date)
    if not signatories:
        raise UserError("ไม่มีผู้ลงนามที่ดำรงตำแหน่งในวันที่ {date} (วันที่ออกเกียรติบัตรเลขที่ {number})",
                        date=_date(cert.issue_date), number=cert.number)
    city = cert.city
    developer = city.developer or ""
    words = {"city": city.name_th, "province": province_names(city), "developer": developer}
    return CertificateContent(
        number=cert.number, issuing_body=settings.issuing_body, lead_line=settings.lead_line.format(**words),
        city_name=city.name_th, developer=developer, reason_line=settings.reason_line.format(**words),
        issue_date=cert.issue_date, valid_until=cert.valid_until, signatories=signatories,
        qr_text=cert.signed_qr or qr_text(cert.number, cert.verification_code), mark=mark_of(cert, today))
