"""Helpers for the certificate tests: cities, a certifying meeting, saved settings, issuing in one session."""

from __future__ import annotations

from datetime import date

from app.certificates import certificates
from app.certificates import settings as certificate_settings
from app.certificates.content import Signatory
from app.meetings import agenda
from tests.meetings.meeting_builders import committee, meeting

CEREMONY = date(2021, 12, 24)
SIGNERS = (Signatory("นายทดสอบ ลงนาม", "ประธานคณะอนุกรรมการ"), Signatory("นางสาวตัวอย่าง ลงนาม", "ผู้อำนวยการใหญ่"))


def issue(db, city_ids, day: date = CEREMONY, **kw) -> list[tuple[int, str]]:
    """Issue in a session of its own; (id, number) of each new certificate."""
    with db.session() as s:
        return [(c.id, c.number) for c in certificates.issue(s, city_ids, issue_date=day, **kw)]


def save_settings(db, **values) -> certificate_settings.CertificateSettings:
    settings = certificate_settings.CertificateSettings(signatories=SIGNERS, **values)
    with db.session() as s:
        certificate_settings.save(s, settings)
    return settings


def certifying_meeting(db, city_ids: list[int], day: date = date(2021, 11, 5), body: str = "คณะทดสอบ"):
    """A meeting (1/B.E. year of ``day``) of committee ``body`` whose item 4.1 certifies ``city_ids``:
    (meeting id, item id)."""
    with db.session() as s:
        m = meeting(s, committee(s, body), day)
        item = agenda.add_item(s, agenda.section(s, m.id, 4).id, {"title": "ประกาศรับรองพื้นที่เมืองอัจฉริยะ"})
        agenda.link_cities(s, item.id, city_ids)
        return m.id, item.id
