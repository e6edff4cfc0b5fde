"""Offline verification: a typed number or a scanned QR text checked against the register."""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.certificates.numbers import number_key, parse_qr
from app.certificates.rows import CertificateRow, find, to_row
from app.certificates.wording import VERIFY_MESSAGES
from app.core.thaidate import format_date, to_arabic_digits
from app.models import Certificate

STATUSES = ("valid", "expired", "revoked", "replaced", "not_found", "bad_check")


@dataclass(frozen=True)
class Verification:
    status: str  # one of STATUSES
    row: CertificateRow | None
    message_th: str
    message_en: str

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


def verify(session: Session, text: str, *, today: date | None = None) -> Verification:
    """Check a QR text (SCTH1|number|code), a typed number (spaces, Thai or Arabic digits) or a check value."""
    today = today or date.today()
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
    return _status(to_row(cert), today)
