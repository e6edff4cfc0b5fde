"""A certificate carries the signatories who held office on its issue date (the signatory history)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.certificates import certificates
from app.certificates import settings as certificate_settings
from app.certificates.content import Signatory
from app.sample import demo as sample

OLD = Signatory("นายเก่า สมมุตินาม", "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", to_on=date(2023, 8, 31))
NEW = Signatory("นายใหม่ สมมุตินาม", "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", from_on=date(2023, 9, 1))
HEAD = Signatory("นายประธาน สมมุตินาม", "ผู้อำนวยการใหญ่")


def test_signatories_follow_their_dates_of_office(db):
    with db.session() as s:
        sample.fill(s)
        certificate_settings.save(s, replace(certificate_settings.load(s), signatories=(OLD, NEW, HEAD)))
    with db.session() as s:
        first = certificates.list_rows(s)[0]
        renewed = certificates.renew(s, first.id, issue_date=date(2023, 12, 1))
        old_page, new_page = certificates.content(s, [first.id, renewed.id], include_expired=True)
    assert [x.name for x in old_page.signatories] == [OLD.name, HEAD.name]
    assert [x.name for x in new_page.signatories] == [NEW.name, HEAD.name]


def test_the_history_may_hold_more_than_three_but_not_four_at_once():
    four = (OLD, NEW, HEAD, replace(HEAD, name="นายสอง สมมุตินาม"), replace(HEAD, name="นายสาม สมมุตินาม"))
    settings = certificate_settings.CertificateSettings(signatories=four[:4])
    assert "signatories" not in certificate_settings.problems(settings)  # at most three on any one day
    assert "signatories" in certificate_settings.problems(replace(settings, signatories=four))
