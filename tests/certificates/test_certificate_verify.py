"""Offline verification against the register: QR text or typed number; forged, revoked, replaced, expired."""

from __future__ import annotations

from datetime import date

import pytest

from app.certificates import certificates
from app.certificates.numbers import qr_text
from app.core.thaidate import to_thai_digits
from app.models import Certificate
from app.sample import demo as sample
from app.sample import public_record
from tests.certificates.certificate_builders import issue

DURING, AFTER = date(2022, 6, 1), date(2024, 1, 1)


@pytest.fixture
def cert(db, make_record) -> tuple[int, str, str]:
    """(id, number, QR text) of a certificate issued 24 Dec 2564, valid until 24 Dec 2566."""
    [(cert_id, number)] = issue(db, [make_record("cities").id])
    with db.session() as s:
        code = s.get(Certificate, cert_id).verification_code
    return cert_id, number, qr_text(number, code)


def check(db, text: str, today: date = DURING) -> certificates.Verification:
    with db.session() as s:
        return certificates.verify(s, text, today=today)


@pytest.mark.parametrize("typed", ["{qr}", "{number}", "  สมอ.001/2564 ", "สมอ. ๐๐๑/๒๕๖๔", "{code}", "{lower}"])
def test_a_valid_certificate_is_found_however_it_comes(db, cert, typed):
    cert_id, number, qr = cert
    code = qr.rsplit("|", 1)[1]
    result = check(db, typed.format(qr=qr, number=number, code=code, lower=to_thai_digits(code.lower())))
    assert (result.status, result.ok, result.row.id) == ("valid", True, cert_id)
    assert result.message_th.startswith("เกียรติบัตรเลขที่ สมอ. 001/2564 ถูกต้อง ออกให้ เมืองทดสอบ 1 "
                                        "ใช้ได้ถึงวันที่ 24 ธันวาคม 2566")
    assert result.message("en").startswith("Certificate สมอ. 001/2564 is valid: issued to เมืองทดสอบ 1, "
                                           "valid until 24 December 2023")
    typed_in = typed != "{qr}"  # a typed number or check value only says what the register says
    assert result.checked is not typed_in
    assert ("not checked against the printed certificate" in result.message_en) is typed_in
    assert ("ยังไม่ได้ตรวจกับเกียรติบัตรฉบับพิมพ์" in result.message_th) is typed_in


def test_a_forged_or_unknown_code_is_not_valid(db, cert):
    _, number, qr = cert
    forged = check(db, qr[:-8] + ("A" * 8 if not qr.endswith("A" * 8) else "B" * 8))
    assert (forged.status, forged.ok, forged.row.number) == ("bad_check", False, number)
    assert "ปลอมแปลง" in forged.message_th
    for text in ("SCTH1|สมอ. 999/2564|ABCDEFGH", "สมอ. 002/2564", "", "   ", "ZZZZZZZZ"):
        missing = check(db, text)
        assert (missing.status, missing.ok, missing.row) == ("not_found", False, None)
        assert missing.message_en.startswith("No certificate")


def test_states_and_dates_decide(db, cert, make_record):
    cert_id, number, qr = cert
    expired = check(db, qr, AFTER)
    assert (expired.status, expired.ok) == ("expired", False) and "24 ธันวาคม 2566" in expired.message_th
    with db.session() as s:
        new = certificates.renew(s, cert_id, issue_date=date(2023, 12, 1))
        new_number = new.number
    before_expiry = check(db, number, date(2023, 12, 10))
    assert before_expiry.ok and before_expiry.row.state == "renewed" and new_number in before_expiry.message_th
    after = check(db, number, AFTER)
    assert after.status == "expired" and new_number in after.message_en
    assert check(db, new_number, AFTER).ok
    with db.session() as s:
        newer = certificates.replace(s, new.id, issue_date=date(2024, 2, 1), reason="ชื่อเมืองเปลี่ยน")
        newest = newer.number
        certificates.revoke(s, newer.id, reason="ถอนตามมติ", on=date(2024, 6, 1))
    replaced = check(db, new_number, AFTER)
    assert (replaced.status, replaced.ok) == ("replaced", False) and newest in replaced.message_th
    revoked = check(db, newest, date(2024, 7, 1))
    assert (revoked.status, revoked.ok) == ("revoked", False) and "ถอนตามมติ" in revoked.message_th


def test_the_sample_register(db):
    """The emblems of 24 December 2564, in the order of the public table; no reprint or renewal is public."""
    with db.session() as s:
        sample.fill(s)
    with db.session() as s:
        rows = certificates.list_rows(s)
        assert [r.number for r in rows] == [f"สมอ. {n:03d}/2564" for n in range(1, 16)]
        assert [r.city_name for r in rows] == [row[0] for row in public_record.CERTIFIED]
        assert {r.resolution for r in rows} == {"ครั้งที่ 1/2564 วาระ 4.2"}
        assert {(r.state, r.issue_date, r.valid_until, r.reprints) for r in rows} == {
            ("issued", date(2021, 12, 24), date(2023, 12, 24), 0)}
        assert not certificates.verify(s, rows[0].number, today=date(2026, 1, 1)).ok  # expired
        pages = certificates.content(s, [r.id for r in rows], include_expired=True, today=date(2026, 1, 1))
        assert len(pages) == 15 and {p.mark for p in pages} == {"หมดอายุแล้ว"}
        assert {p.signatories[0].name for p in pages} == {"นายชัยวุฒิ ธนาคมานุสรณ์"}
        assert pages[2].developer == "การไฟฟ้าฝ่ายผลิตแห่งประเทศไทย (กฟผ. / EGAT)" and pages[0].developer == ""
    with db.session() as s:
        sample.fill(s)
    with db.session() as s:
        assert len(certificates.list_rows(s)) == len(rows)
