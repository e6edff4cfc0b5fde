"""Certificate numbers: the running number per B.E. year, the number's search key, the check value, the QR text.

The counter row of a year is locked (SELECT … FOR UPDATE) while a batch is numbered, so two workstations
issuing at once on a server wait for each other instead of taking the same number; SQLite lets one writer
in at a time anyway. The UNIQUE constraints on the number are the last guard.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import uuid
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.certificates.settings import format_number
from app.core.thaidate import BE_OFFSET, to_arabic_digits
from app.models import Certificate, CertificateCounter, Setting

QR_PREFIX = "SCTH1"
# an offline copy (app.sync marks it with this setting) never gives a number: what it prepares carries a
# provisional one, replaced by the server's when the changes arrive
OFFLINE_COPY_SETTING = "sync.checkout"
PROVISIONAL = "ร่าง-"
CODE_LENGTH = 8


def year_be(day: date) -> int:
    return day.year + BE_OFFSET


def number_key(text: str) -> str:
    """How a number is looked up: Thai digits as Arabic, no spaces, case folded ("สมอ. ๐๐๑/๒๕๖๔" = "สมอ.001/2564")."""
    return re.sub(r"\s+", "", to_arabic_digits(text)).casefold()


def _counter(session: Session, year: int) -> CertificateCounter:
    query = (select(CertificateCounter).where(CertificateCounter.year_be == year).with_for_update()
             .execution_options(populate_existing=True))  # the value after the lock, not one read before
    counter = session.scalars(query).first()
    if counter is not None:
        return counter
    start = session.scalar(select(func.max(Certificate.run)).where(Certificate.year_be == year)) or 0
    if session.get_bind().dialect.name != "postgresql":  # SQLite: one writer at a time
        counter = CertificateCounter(year_be=year, last_run=start)
        session.add(counter)
        session.flush()
        return counter
    try:  # another session may be creating the same year's row: the loser waits, then reads the winner's
        with session.begin_nested():
            session.add(CertificateCounter(year_be=year, last_run=start))
    except IntegrityError:
        pass
    return session.scalars(query).one()


def _taken(session: Session, key: str) -> bool:
    return session.scalar(select(Certificate.id).where(Certificate.number_key == key)) is not None


def next_number(session: Session, year: int, pattern: str) -> tuple[int, str]:
    """The next free (running number, formatted number) of a B.E. year; the counter stays locked until commit.

    A number already in the register (typed in by hand, or made by an older pattern) is skipped.
    """
    if is_offline_copy(session):
        return 0, f"{PROVISIONAL}{uuid.uuid4().hex[:10]}"
    counter = _counter(session, year)
    run = counter.last_run + 1
    while _taken(session, number_key(format_number(pattern, run, year))):
        run += 1
    counter.last_run = run
    session.flush()
    return run, format_number(pattern, run, year)


def is_offline_copy(session: Session) -> bool:
    return session.get(Setting, OFFLINE_COPY_SETTING) is not None


def is_provisional(number: str) -> bool:
    return number.startswith(PROVISIONAL)


def check_value(key: bytes, number: str, city_id: int, issue_date: date) -> str:
    """HMAC-SHA256 of the number, the city and the issue date, as 8 Base32 characters (40 bits)."""
    message = f"{number_key(number)}|{city_id}|{issue_date.isoformat()}".encode()
    digest = hmac.new(key, message, hashlib.sha256).digest()
    return base64.b32encode(digest).decode()[:CODE_LENGTH]


def qr_text(number: str, code: str) -> str:
    return f"{QR_PREFIX}|{number}|{code}"


def parse_qr(text: str) -> tuple[str, str] | None:
    """(number, check value) from a scanned QR text, or None when ``text`` is not one of ours."""
    parts = text.strip().split("|")
    if len(parts) != 3 or parts[0].strip().upper() != QR_PREFIX:
        return None
    return parts[1].strip(), parts[2].strip().upper()
