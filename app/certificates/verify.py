"""Offline verification: a typed number or a scanned QR text checked against the register."""

from __future__ import annotations

import hmac
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.certificates import signing
from app.certificates.numbers import number_key, parse_qr
from app.certificates.rows import CertificateRow, find, to_row
from app.certificates.wording import UNCHECKED, VERIFY_MESSAGES
from app.core.thaidate import format_date, to_arabic_digits
from app.models import Certificate

STATUSES = ("valid", "expired", "revoked", "replaced", "not_found", "bad_check")
# bad_check: the QR's check value or signature is wrong. ``checked`` is False for a typed number or check value:
# what the register says, not checked against the printed certificate.


@dataclass(frozen=True)
class Verification:
    status: str  # one of STATUSES
    row: CertificateRow | None
    message_th: str
    message_en: str
    checked: bool = True

    @property
    def ok(self) -> bool:
        return self.status == "valid"

    def message(self, lang: str = "th") -> str:
        return self.message_en if lang == "en" else self.message_th


def _answer(status: str, row: CertificateRow | None, key: str | None = None, **params) -> Verification:
    th, en = VERIFY_MESSAGES[key or status]
    values = {"number": "", "city": "", "successor": row.replaced_by if row else "", "text": "", **params}
    if row is not None:
        values.update(number=row.number, city=row.city_name, reason=row.state_reason or "-")

    def fill(template: str, lang: str) -> str:
        dates = {} if row is None else {"until": format_date(row.valid_until, lang, "long"),
                                        "changed": format_date(row.state_changed_on, lang, "long")}
        return template.format(**values, **dates)

    return Verification(status, row, fill(th, "th"), fill(en, "en"))


def _status(row: CertificateRow, today: date) -> Verification:
    if row.state == "revoked":
        return _answer("revoked", row)
    if row.state == "replaced":
        return _answer("replaced", row)
    status = "expired" if today > row.valid_until else "valid"
    return _answer(status, row, f"{status}_renewed" if row.state == "renewed" else None)


def _unchecked(answer: Verification) -> Verification:
    th, en = UNCHECKED
    return replace(answer, message_th=answer.message_th + th, message_en=answer.message_en + en, checked=False)


def _signed(session: Session, facts: signing.SignedFacts, today: date) -> Verification:
    """A signed QR (SCTH2): the signature first, then the register's latest state of that certificate."""
    if not facts.genuine:
        return _answer("bad_check", None, "bad_signature")
    cert = find(session, number_key(facts.number))
    if cert is None:
        status = "expired" if today > facts.valid_until else "valid"
        answer = _answer(status, None, "signed_not_found", number=facts.number, city=facts.city,
                         until=format_date(facts.valid_until, "th", "long"))
        en = VERIFY_MESSAGES["signed_not_found"][1].format(number=facts.number, city=facts.city,
                                                            until=format_date(facts.valid_until, "en", "long"))
        return replace(answer, message_en=en)
    row = to_row(cert)
    if (cert.issue_date, cert.valid_until) != (facts.issue_date, facts.valid_until):
        return _answer("bad_check", row, "signed_mismatch")
    return _status(row, today)


def verify(session: Session, text: str, *, today: date | None = None) -> Verification:
    """Check a QR text (SCTH2 signed, SCTH1 with a check value), a typed number (spaces, Thai or Arabic digits)
    or a check value; the last two only say what the register says (``checked`` False)."""
    today = today or date.today()
    facts = signing.parse(text)
    if facts is not None:
        return _signed(session, facts, today)
    return _legacy_or_typed(session, text, today)


def _legacy_or_typed(session: Session, text: str, today: date) -> Verification:
    typed = " ".join(text.split())
    scanned = parse_qr(text)
    if scanned is not None:
        cert = find(session, number_key(scanned[0]))
        if cert is None:
            return _answer("not_found", None, text=scanned[0])
        row = to_row(cert)
        if not hmac.compare_digest(scanned[1].encode(), cert.verification_code.encode()):
            return _answer("bad_check", row)
        return _status(row, today)
    cert = find(session, number_key(typed)) if typed else None
    if cert is None and typed:  # the 8-character check value printed beside the QR code
        code = to_arabic_digits(typed).replace(" ", "").upper()
        cert = session.scalars(select(Certificate).where(Certificate.verification_code == code)).first()
    if cert is None:
        return _answer("not_found", None, text=typed)
    return _unchecked(_status(to_row(cert), today))
