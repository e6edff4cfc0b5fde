"""Certificate settings kept in the database (every workstation and the command line share them):
the number pattern, the wording, the validity and the signatories; and the secret of the check values.
"""

from __future__ import annotations

import base64
import json
import secrets
import string
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.certificates import wording
from app.certificates.content import Signatory
from app.core.errors import ValidationFailed
from app.models import Setting

SETTINGS_KEY = "certificates.settings"
SECRET_KEY = "certificates.secret"
LINE_FIELDS = {"city", "province", "developer"}
MAX_SIGNATORIES = 3
MAX_YEARS = 10
PNG = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class CertificateSettings:
    number_pattern: str = wording.NUMBER_PATTERN  # {run...}: running number in the year, {year}: B.E. year
    issuing_body: str = wording.ISSUING_BODY
    lead_line: str = wording.LEAD_LINE  # may contain {city}, {province}, {developer}
    reason_line: str = wording.REASON_LINE  # the same
    valid_years: int = 2
    signatories: tuple[Signatory, ...] = field(default_factory=tuple)


def format_number(pattern: str, run: int, year_be: int) -> str:
    return pattern.format(run=run, year=year_be).strip()


def _fields(text: str) -> set[str]:
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _pattern_problem(pattern: str) -> tuple[str, dict] | None:
    try:
        names = _fields(pattern)
        sample = format_number(pattern, 1, 2564)
    except (ValueError, KeyError, IndexError) as exc:
        return "รูปแบบเลขที่ไม่ถูกต้อง ({detail})", {"detail": str(exc) or type(exc).__name__}
    if names != {"run", "year"} or not sample or len(format_number(pattern, 99999, 2599)) > 100:
        return "รูปแบบเลขที่ต้องมี {{run}} (ลำดับที่) และ {{year}} (ปี พ.ศ.) เท่านั้น เช่น สมอ. {{run:03d}}/{{year}}", {}
    return None


def _line_problem(text: str) -> tuple[str, dict] | None:
    try:
        names = _fields(text)
        text.format(city="", province="", developer="")
    except (ValueError, KeyError, IndexError):
        names = {""}
    if not names <= LINE_FIELDS:
        return "ข้อความใช้ตัวแทนได้เฉพาะ {{city}} {{province}} และ {{developer}}", {}
    return None


def problems(settings: CertificateSettings) -> dict[str, tuple[str, dict]]:
    """What is wrong with ``settings``, by field name (empty when they can be saved)."""
    found: dict[str, tuple[str, dict]] = {}
    if problem := _pattern_problem(settings.number_pattern):
        found["number_pattern"] = problem
    if not settings.issuing_body.strip():
        found["issuing_body"] = ("กรุณากรอกชื่อหน่วยงานที่ออกเกียรติบัตร", {})
    for name in ("lead_line", "reason_line"):
        if problem := _line_problem(getattr(settings, name)):
            found[name] = problem
    if not isinstance(settings.valid_years, int) or not 1 <= settings.valid_years <= MAX_YEARS:
        found["valid_years"] = ("อายุเกียรติบัตรต้องเป็น 1 ถึง {n} ปี", {"n": MAX_YEARS})
    signers = settings.signatories
    if any(not isinstance(d, date | None) for s in signers for d in (s.from_on, s.to_on)):
        found["signatories"] = ("วันที่ดำรงตำแหน่งของผู้ลงนามไม่ถูกต้อง (พิมพ์เช่น 24/12/2564)", {})
        return found
    if _most_in_office(signers) > MAX_SIGNATORIES or any(not s.name.strip() or not s.position.strip() for s in signers):
        found["signatories"] = ("ผู้ลงนามมีได้ไม่เกิน {n} คน และทุกคนต้องมีชื่อและตำแหน่ง", {"n": MAX_SIGNATORIES})
    elif any(s.signature_png is not None and not s.signature_png.startswith(PNG) for s in signers):
        found["signatories"] = ("ภาพลายมือชื่อต้องเป็นไฟล์ PNG", {})
    return found


def _most_in_office(signers: tuple[Signatory, ...]) -> int:
    """The most signatories in office on one day (the history may hold their predecessors)."""
    days = {s.from_on for s in signers if s.from_on} | {s.to_on for s in signers if s.to_on} | {date.min}
    return max((sum(1 for s in signers if s.in_office(day)) for day in days), default=0)


def _to_json(settings: CertificateSettings) -> str:
    signers = [{"name": s.name, "position": s.position,
                "signature_png": base64.b64encode(s.signature_png).decode() if s.signature_png else None,
                "from_on": s.from_on.isoformat() if s.from_on else None,
                "to_on": s.to_on.isoformat() if s.to_on else None}
               for s in settings.signatories]
    data = {"number_pattern": settings.number_pattern, "issuing_body": settings.issuing_body,
            "lead_line": settings.lead_line, "reason_line": settings.reason_line,
            "valid_years": settings.valid_years, "signatories": signers}
    return json.dumps(data, ensure_ascii=False)


def _from_json(text: str) -> CertificateSettings:
    data: dict[str, Any] = json.loads(text)
    signers = tuple(Signatory(s["name"], s["position"],
                              base64.b64decode(s["signature_png"]) if s.get("signature_png") else None,
                              _day(s.get("from_on")), _day(s.get("to_on")))
                    for s in data.pop("signatories", []))
    known = {k: v for k, v in data.items() if k in CertificateSettings.__dataclass_fields__}
    return replace(CertificateSettings(), **known, signatories=signers)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def signatories_on(settings: CertificateSettings, day: date) -> tuple[Signatory, ...]:
    """The signatories who held office on ``day`` (a certificate carries those of its issue date), at most three."""
    return tuple(s for s in settings.signatories if s.in_office(day))[:MAX_SIGNATORIES]


def load(session: Session) -> CertificateSettings:
    """The saved settings, or the defaults (no signatories yet) when none were saved."""
    row = session.get(Setting, SETTINGS_KEY)
    return _from_json(row.value) if row is not None else CertificateSettings()


def save(session: Session, settings: CertificateSettings) -> None:
    """Validate, then store; ValidationFailed (nothing written) when something is wrong."""
    if found := problems(settings):
        raise ValidationFailed(found)
    _put(session, SETTINGS_KEY, _to_json(settings))


def _put(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()


def secret(session: Session) -> bytes:
    """The database's own random key for check values, made on first use (once, even from two sessions)."""
    row = session.get(Setting, SECRET_KEY)
    if row is not None:
        return bytes.fromhex(row.value)
    value = secrets.token_hex(32)
    if session.get_bind().dialect.name == "postgresql":  # another session may be making it right now
        try:
            with session.begin_nested():
                session.add(Setting(key=SECRET_KEY, value=value))
        except IntegrityError:
            return bytes.fromhex(session.get(Setting, SECRET_KEY, populate_existing=True).value)
    else:  # SQLite: one writer at a time
        _put(session, SECRET_KEY, value)
    return bytes.fromhex(value)
