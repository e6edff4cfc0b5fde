"""Sample emblem certificates: the 15 areas of meeting 1/2564 received their emblems at Government House on
24 December 2564 (ให้ไว้ ณ วันที่ 24 ธันวาคม 2564); valid two years, so they have expired. No reprint or renewal
is public, so none is recorded. The signatory is the subcommittee's chair the news item names (the subcommittee
awards the emblem); his dates of office are not in the public record used here, so they are left open.
Running it again adds nothing; an area that comes back without a certificate gets one.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.certificates import certificates, signing
from app.certificates import settings as certificate_settings
from app.certificates.content import Signatory
from app.models import Certificate, Setting
from app.sample.meetings import CHAIWUT, DES_MINISTER, SUBCOMMITTEE
from app.sample.public_record import EMBLEM_DAY

SIGNATORIES = (Signatory(CHAIWUT, f"{DES_MINISTER}\nประธาน{SUBCOMMITTEE}"),)


def _settings(session: Session) -> None:
    if session.get(Setting, certificate_settings.SETTINGS_KEY) is None:
        certificate_settings.save(session, certificate_settings.CertificateSettings(signatories=SIGNATORIES))


def fill(session: Session, city_ids: list[int]) -> dict[str, int]:
    """Certificates for the sample cities that have none."""
    _settings(session)
    holders = set(session.scalars(select(Certificate.city_id).where(Certificate.city_id.in_(city_ids))))
    missing = [cid for cid in city_ids if cid not in holders]
    if not missing:
        return {"certificates": 0}
    with signing.using(signing.active() or signing.ephemeral()):  # sample data: not signed by the secretariat
        return {"certificates": len(certificates.issue(session, missing, issue_date=EMBLEM_DAY))}
