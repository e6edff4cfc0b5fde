"""Certificates no one can forge: the QR is signed with Ed25519 by a key outside the database; the public key
that verifies ships with the application; a forged or altered QR is refused."""

from __future__ import annotations

import base64
from datetime import date

import pytest

from app.certificates import certificates, signing
from app.models import Certificate
from tests.certificates.certificate_builders import issue

DURING = date(2022, 6, 1)


@pytest.fixture
def signed(db, make_record) -> tuple[int, str]:
    [(cert_id, _number)] = issue(db, [make_record("cities").id])
    with db.session() as s:
        return cert_id, s.get(Certificate, cert_id).signed_qr


def check(db, text: str, today: date = DURING) -> certificates.Verification:
    with db.session() as s:
        return certificates.verify(s, text, today=today)


def test_a_signed_qr_verifies_and_is_what_the_page_prints(db, signed):
    cert_id, qr = signed
    assert qr.startswith("SCTH2|") and "เมืองทดสอบ 1" in qr
    result = check(db, qr)
    assert (result.status, result.ok, result.checked, result.row.id) == ("valid", True, True, cert_id)
    with db.session() as s:
        [page] = certificates.content(s, [cert_id]) if _has_signatories(s) else [None]
    if page is not None:
        assert page.qr_text == qr


def _has_signatories(session) -> bool:
    from app.certificates import settings

    return bool(settings.load(session).signatories)


@pytest.mark.parametrize("tamper", ["city", "until", "number", "signature", "key"])
def test_a_forged_qr_is_refused(db, signed, tamper):
    _, qr = signed
    parts = qr.split("|")
    if tamper == "city":
        parts[5] = "เมืองปลอม"
    elif tamper == "until":
        parts[4] = "2099-12-24"
    elif tamper == "number":
        parts[2] = "สมอ. 002/2564"
    elif tamper == "signature":
        parts[6] = ("B" if parts[6][0] != "B" else "C") + parts[6][1:]
    else:  # signed with a key of the forger's own: not one the application trusts
        forger = signing.Signer(signing.ephemeral().private)
        parts = forger.qr_text(parts[2], date.fromisoformat(parts[3]), date(2099, 1, 1), parts[5]).split("|")
    result = check(db, "|".join(parts))
    assert (result.status, result.ok) == ("bad_check", False)
    assert "ปลอม" in result.message_th and "forged" in result.message_en


def test_a_qr_signed_by_the_key_but_unknown_here_says_so(db, signing_key):
    qr = signing_key.qr_text("สมอ. 777/2564", date(2021, 12, 24), date(2023, 12, 24), "เมืองที่อื่น")
    result = check(db, qr)
    assert result.status == "valid" and result.row is None
    assert "ไม่พบในทะเบียน" in result.message_th and "not in this workstation's register" in result.message_en


def test_the_database_secret_cannot_make_a_signed_qr(db, signed):
    """An attacker who reads the whole database (the HMAC secret included) still cannot sign."""
    _, qr = signed
    with db.session() as s:
        from app.certificates import settings as certificate_settings

        secret = certificate_settings.secret(s)
    parts = qr.split("|")
    parts[4] = "2099-12-24"
    import hashlib
    import hmac

    parts[6] = base64.urlsafe_b64encode(hmac.new(secret, "|".join(parts[:6]).encode(), hashlib.sha512).digest()
                                        ).decode().rstrip("=")
    assert check(db, "|".join(parts)).status == "bad_check"


def test_issuing_needs_the_unlocked_key(db, make_record):
    signing.use(None)
    with pytest.raises(signing.SigningKeyError) as error:
        issue(db, [make_record("cities").id])
    assert "กุญแจลงนาม" in error.value.message("th")
    with db.session() as s:
        assert s.query(Certificate).count() == 0  # no number was taken


def test_the_key_file_is_private_and_needs_its_passphrase(tmp_path):
    path = tmp_path / "keys" / "secretariat.pem"
    signer = signing.generate(path, "a long passphrase")
    assert path.stat().st_mode & 0o777 == 0o600
    assert b"ENCRYPTED PRIVATE KEY" in path.read_bytes()
    assert signing.key_id(signing.load(path, "a long passphrase").public) == signing.key_id(signer.public)
    with pytest.raises(signing.SigningKeyError):
        signing.load(path, "wrong passphrase")
    with pytest.raises(signing.SigningKeyError):
        signing.generate(path, "a long passphrase")  # never overwrites a key
    with pytest.raises(signing.SigningKeyError):
        signing.generate(tmp_path / "short.pem", "short")


def test_the_shipped_public_key_is_in_the_readme():
    from pathlib import Path

    keys = signing.shipped_keys()
    assert keys, "resources/keys/*.pub ships the secretariat's public key"
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for key in keys:
        assert signing.public_text(key) in readme and signing.key_id(key) in readme


def test_old_hmac_certificates_keep_verifying(db, signed):
    cert_id, _ = signed
    from app.certificates.numbers import qr_text

    with db.session() as s:
        cert = s.get(Certificate, cert_id)
        legacy = qr_text(cert.number, cert.verification_code)
    result = check(db, legacy)
    assert (result.status, result.checked) == ("valid", True)
