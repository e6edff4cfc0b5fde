"""Sample emblem certificates: the 15 areas of meeting 1/2564 received theirs at the ceremony of
24 December 2564 (ให้ไว้ ณ วันที่ 24 ธันวาคม 2564). The renewals follow the sample's emblem renewals;
one reprint is an example. The signatories are the office holders the news item names. Running it
again adds nothing; an area that comes back without a certificate gets one.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.certificates import certificates, signing
from app.certificates import settings as certificate_settings
from app.certificates.content import Signatory
from app.models import Certificate, City, Setting
from app.sample.meetings import CHAIWUT, DEPA_HEAD, DES_MINISTER, NUTTAPON, SUBCOMMITTEE

CEREMONY = date(2021, 12, 24)
REPRINTED = {"แม่เมาะเมืองน่าอยู่": date(2022, 3, 1)}
SIGNATORIES = (
    Signatory(CHAIWUT, f"{DES_MINISTER}\nประธาน{SUBCOMMITTEE}"),
    Signatory(NUTTAPON, DEPA_HEAD),
)


def _settings(session: Session) -> None:
    if session.get(Setting, certificate_settings.SETTINGS_KEY) is None:
        certificate_settings.save(session, certificate_settings.CertificateSettings(signatories=SIGNATORIES))


def fill(session: Session, city_ids: list[int], renewed: dict[str, int]) -> dict[str, int]:
    """Certificates for the sample cities that have none; ``renewed``: city name → renewals (sample.RENEWED)."""
    _settings(session)
    holders = set(session.scalars(select(Certificate.city_id).where(Certificate.city_id.in_(city_ids))))
    missing = [cid for cid in city_ids if cid not in holders]
    if not missing:
        return {"certificates": 0}
    with signing.using(signing.active() or signing.ephemeral()):  # sample data: not signed by the secretariat
        return {"certificates": _issue(session, missing, renewed)}


def _issue(session: Session, missing: list[int], renewed: dict[str, int]) -> int:
    issued = certificates.issue(session, missing, issue_date=CEREMONY)
    count = len(issued)
    for cert in issued:
        name = session.get(City, cert.city_id).name_th
        if name in REPRINTED:
            certificates.reprint(session, cert.id, on=REPRINTED[name])
        for n in range(renewed.get(name, 0)):
            cert = certificates.renew(session, cert.id, issue_date=date(2023 + 2 * n, 12, 1))
            count += 1
    return count
