"""The certificate register: numbering, issuing in one transaction, reprint, replace, revoke, renew, rows."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.certificates import certificates
from app.core.errors import RecordMissing, UserError
from app.models import Certificate, CertificateEvent
from tests.certificates.certificate_builders import CEREMONY, certifying_meeting, issue


@pytest.fixture
def cities(make_record) -> list[int]:
    return [make_record("cities", n=i).id for i in range(1, 5)]


def row(db, cert_id: int) -> certificates.CertificateRow:
    with db.session() as s:
        return certificates.list_rows(s, ids=[cert_id])[0]


def count(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Certificate))


def test_numbers_run_per_be_year_in_the_order_given(db, cities):
    c1, c2, c3, c4 = cities
    first = issue(db, [c3, c1])
    assert [n for _, n in first] == ["สมอ. 001/2564", "สมอ. 002/2564"]
    assert [n for _, n in issue(db, [c2], date(2022, 1, 5))] == ["สมอ. 001/2565"]  # a new B.E. year starts at 1
    assert [n for _, n in issue(db, [c4], date(2021, 12, 30))] == ["สมอ. 003/2564"]
    got = row(db, first[0][0])
    assert (got.city_id, got.issue_date, got.valid_until) == (c3, CEREMONY, date(2023, 12, 24))
    assert (got.state, got.state_label_th, got.state_label_en) == ("issued", "ออกแล้ว", "Issued")
    assert got.city_name == "เมืองทดสอบ 3" and got.developer == "เทศบาลนครทดสอบ"
    assert got.provinces == "กรุงเทพมหานคร, เชียงใหม่"
    assert got.resolution == "ครั้งที่ 1/2564"  # no agenda link: the city's approving meeting as typed
    assert len(got.verification_code) == 8 and got.reprints == 0 and got.replaced_by is None
    with db.session() as s:
        assert certificates.years(s) == [2565, 2564]


def test_a_city_holding_a_valid_certificate_stops_the_whole_batch(db, cities):
    c1, c2, *_ = cities
    issue(db, [c1])
    with pytest.raises(UserError) as info:
        issue(db, [c2, c1], date(2022, 6, 1))
    assert "เมืองทดสอบ 1" in info.value.message("th") and "สมอ. 001/2564" in info.value.message("th")
    assert "24 December 2023" in info.value.message("en")
    assert count(db) == 1  # nothing of the batch was written, no number was used up
    assert [n for _, n in issue(db, [c2])] == ["สมอ. 002/2564"]
    assert [n for _, n in issue(db, [c1], date(2024, 1, 2))] == ["สมอ. 001/2567"]  # once expired, a new one


def test_bad_requests_are_refused(db, cities):
    with pytest.raises(UserError, match="กรุณาเลือกเมือง"):
        issue(db, [])
    with pytest.raises(RecordMissing):
        issue(db, [cities[0], 999_999])
    with pytest.raises(RecordMissing):
        issue(db, [cities[0]], resolution_item_id=999_999)
    assert count(db) == 0


def test_the_granting_resolution_comes_from_the_agenda_links(db, cities):
    meeting_id, item_id = certifying_meeting(db, cities[:2])
    with db.session() as s:
        issued = certificates.issue_for_meeting(s, meeting_id, issue_date=CEREMONY)
        assert [c.city_id for c in issued] == cities[:2]
        assert [c.resolution_item_id for c in issued] == [item_id, item_id]
    assert row(db, issued[0].id).resolution == "ครั้งที่ 1/2564 วาระ 4.1"
    with pytest.raises(UserError) as info:  # the date of the resolution is not the issue date, but comes first
        issue(db, [cities[2]], date(2021, 11, 1), resolution_item_id=item_id)
    assert "5 November 2021" in info.value.message("en")
    empty_meeting, _ = certifying_meeting(db, [], body="คณะที่ไม่ได้รับรองเมืองใด")
    with db.session() as s, pytest.raises(UserError, match="ไม่มีวาระที่ประกาศรับรองเมือง"):
        certificates.issue_for_meeting(s, empty_meeting, issue_date=CEREMONY)


def test_a_reprint_keeps_its_number(db, cities):
    [(cert_id, number)] = issue(db, cities[:1])
    code = row(db, cert_id).verification_code
    with db.session() as s:
        certificates.reprint(s, cert_id, on=date(2022, 2, 1))
        certificates.reprint(s, cert_id, on=date(2022, 3, 1))
    got = row(db, cert_id)
    assert (got.number, got.verification_code, got.state, got.reprints) == (number, code, "reprinted", 2)
    assert count(db) == 1
    with db.session() as s:
        assert [(e.action, e.happened_on) for e in certificates.history(s, cert_id)] == [
            ("issued", CEREMONY), ("reprinted", date(2022, 2, 1)), ("reprinted", date(2022, 3, 1))]
        assert certificates.verify(s, number, today=date(2022, 4, 1)).ok


def test_replace_gives_a_new_number_and_keeps_the_old_one(db, cities):
    [(old_id, old_number)] = issue(db, cities[:1])
    with db.session() as s, pytest.raises(UserError, match="กรุณาระบุเหตุผล"):
        certificates.replace(s, old_id, issue_date=date(2022, 1, 10), reason="  ")
    with db.session() as s:
        new = certificates.replace(s, old_id, issue_date=date(2022, 1, 10), reason="แก้ชื่อผู้พัฒนาเมือง")
        new_id, new_number = new.id, new.number
    old, replacement = row(db, old_id), row(db, new_id)
    assert (old.number, old.state, old.replaced_by, old.state_reason) == (
        old_number, "replaced", "สมอ. 001/2565", "แก้ชื่อผู้พัฒนาเมือง")
    assert new_number == "สมอ. 001/2565" and replacement.valid_until == old.valid_until
    assert replacement.resolution == old.resolution and replacement.state == "issued"
    with db.session() as s:
        with pytest.raises(UserError) as info:
            certificates.replace(s, old_id, issue_date=date(2022, 2, 1), reason="อีกครั้ง")
        assert "Replaced" in info.value.message("en")
        assert [e.action for e in certificates.history(s, old_id)] == ["issued", "replaced"]


def test_a_revoked_certificate_is_kept_but_no_longer_valid(db, cities):
    [(cert_id, number)] = issue(db, cities[:1])
    with db.session() as s:
        certificates.revoke(s, cert_id, reason="ไม่ดำเนินการตามแผน", on=date(2022, 5, 1))
    with db.session() as s:
        result = certificates.verify(s, number, today=date(2022, 6, 1))
        assert (result.status, result.ok) == ("revoked", False)
        assert "ไม่ดำเนินการตามแผน" in result.message_th and "1 May 2022" in result.message_en
        for action in (certificates.reprint, certificates.content):
            with pytest.raises(UserError):
                action(s, cert_id) if action is certificates.reprint else action(s, [cert_id])
        with pytest.raises(UserError):
            certificates.renew(s, cert_id, issue_date=date(2023, 1, 1))
        with pytest.raises(UserError):
            certificates.revoke(s, cert_id, reason="ซ้ำ")
    assert count(db) == 1 and row(db, cert_id).state == "revoked"


@pytest.mark.parametrize(("renewed_on", "until"), [
    (date(2023, 12, 1), date(2025, 12, 24)),  # before expiry: two years from the old expiry
    (date(2024, 3, 1), date(2026, 3, 1)),  # after expiry: two years from the new issue date
])
def test_renewal_continues_the_validity(db, cities, renewed_on, until):
    [(old_id, _)] = issue(db, cities[:1])
    with db.session() as s:
        new = certificates.renew(s, old_id, issue_date=renewed_on)
        new_id, new_number = new.id, new.number
    assert new_number == f"สมอ. 001/{renewed_on.year + 543}"
    assert (row(db, new_id).valid_until, row(db, new_id).state) == (until, "issued")
    assert (row(db, old_id).state, row(db, old_id).replaced_by) == ("renewed", new_number)
    with db.session() as s:
        events = s.scalars(select(CertificateEvent).where(CertificateEvent.certificate_id == old_id)).all()
        assert [(e.action, e.related_id) for e in events] == [("issued", None), ("renewed", new_id)]


def test_list_rows_filters(db, cities):
    c1, c2, c3, c4 = cities
    (a, _), (b, _) = issue(db, [c1, c2])
    [(c, _)] = issue(db, [c3], date(2022, 6, 1))
    [(d, _)] = issue(db, [c4], date(2022, 7, 1))
    with db.session() as s:
        certificates.revoke(s, d, reason="ตัวอย่าง")
        ids = lambda **kw: [r.id for r in certificates.list_rows(s, **kw)]  # noqa: E731
        assert ids() == [a, b, c, d]
        assert ids(year_be=2565) == [c, d]
        assert ids(state="revoked") == [d]
        assert ids(expiring_within_days=30, today=date(2023, 12, 1)) == [a, b]
        assert ids(expiring_within_days=30, today=date(2023, 12, 25)) == []  # already expired
        assert ids(expiring_within_days=365, today=date(2023, 12, 1)) == [a, b, c]  # the revoked one is not listed
        assert ids(ids=[c, 999, a]) == [c, a]


def test_the_city_emblem_dates_follow_its_certificates(db, cities):
    from app.models import City
    from app.registers import records

    with db.session() as s:  # a city not yet holding the emblem
        city = s.get(City, cities[0])
        city.emblem_issued_on = city.emblem_valid_until = None
    [(old_id, number)] = issue(db, cities[:1])
    with db.session() as s:
        city = s.get(City, cities[0])
        assert (city.emblem_issued_on, city.emblem_valid_until) == (date(2021, 12, 24), date(2023, 12, 24))
        assert records.renewal_history(s, city.id) == []
        new = certificates.renew(s, old_id, issue_date=date(2023, 12, 1))
        renewed_id, renewed_number = new.id, new.number
    with db.session() as s:
        city = s.get(City, cities[0])
        assert (city.emblem_issued_on, city.emblem_valid_until) == (date(2021, 12, 24), date(2025, 12, 24))
        [renewal] = records.renewal_history(s, city.id)
        assert (renewal.renewed_on, renewal.previous_valid_until, renewal.valid_until, renewal.note) == (
            date(2023, 12, 1), date(2023, 12, 24), date(2025, 12, 24), renewed_number)
        certificates.reprint(s, renewed_id)
    with db.session() as s:  # a reprint changes nothing on the city
        assert len(records.renewal_history(s, cities[0])) == 1
