"""Certificate settings in the database: defaults, a round trip, refusals that write nothing, the secret."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.certificates import certificates
from app.certificates import settings as cs
from app.certificates.content import Signatory
from app.core.errors import ValidationFailed
from tests.certificates.certificate_builders import SIGNERS, issue, save_settings

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 20


def test_defaults_until_saved_and_a_round_trip(db, make_record):
    with db.session() as s:
        defaults = cs.load(s)
    assert defaults.number_pattern == "สมอ. {run:03d}/{year}" and defaults.valid_years == 2
    assert defaults.signatories == ()
    wanted = cs.CertificateSettings(
        number_pattern="ทสม. {run}/{year}", issuing_body="สำนักงานทดสอบ", lead_line="ขอมอบให้ {city}",
        reason_line="พื้นที่ {province} โดย {developer}", valid_years=3,
        signatories=(Signatory("นาย ก", "ตำแหน่ง\nบรรทัดสอง", PNG), SIGNERS[1]))
    with db.session() as s:
        cs.save(s, wanted)
    with db.session() as s:
        assert cs.load(s) == wanted
    [(cert_id, number)] = issue(db, [make_record("cities").id])
    with db.session() as s:
        [page] = certificates.content(s, [cert_id])
    assert number == "ทสม. 1/2564" and page.issuing_body == "สำนักงานทดสอบ"
    assert page.lead_line == "ขอมอบให้ เมืองทดสอบ 1"
    assert page.reason_line == "พื้นที่ กรุงเทพมหานคร, เชียงใหม่ โดย เทศบาลนครทดสอบ"
    assert page.signatories == wanted.signatories and page.valid_until.year == page.issue_date.year + 3


@pytest.mark.parametrize(("field", "change"), [
    ("number_pattern", {"number_pattern": "สมอ. {run:03d}"}),
    ("number_pattern", {"number_pattern": "{year}"}),
    ("number_pattern", {"number_pattern": "{run}/{year}/{city}"}),
    ("number_pattern", {"number_pattern": "{run:xyz}/{year}"}),
    ("number_pattern", {"number_pattern": "{run/{year}"}),
    ("issuing_body", {"issuing_body": "  "}),
    ("lead_line", {"lead_line": "ให้ {name}"}),
    ("reason_line", {"reason_line": "เปิด {"}),
    ("valid_years", {"valid_years": 0}),
    ("signatories", {"signatories": SIGNERS + SIGNERS}),
    ("signatories", {"signatories": (Signatory("", "ตำแหน่ง"),)}),
    ("signatories", {"signatories": (Signatory("นาย ก", "ตำแหน่ง", b"GIF89a"),)}),
])
def test_bad_settings_are_refused_and_nothing_is_saved(db, field, change):
    bad = replace(cs.CertificateSettings(signatories=SIGNERS), **change)
    with db.session() as s, pytest.raises(ValidationFailed) as info:
        cs.save(s, bad)
    assert set(info.value.errors) == {field}
    assert info.value.field_message(field, "en").isascii()
    with db.session() as s:
        assert cs.load(s) == cs.CertificateSettings()


@given(pieces=st.lists(st.sampled_from(["{run}", "{run:03d}", "{year}", "สมอ.", " ", "/", "-", "{", "}", "{x}"]),
                       max_size=6))
def test_an_accepted_pattern_always_tells_runs_apart(pieces):
    pattern = "".join(pieces)
    settings = cs.CertificateSettings(number_pattern=pattern, signatories=SIGNERS)
    if "number_pattern" not in cs.problems(settings):
        numbers = {cs.format_number(pattern, run, 2564) for run in (1, 2, 10, 999)}
        assert len(numbers) == 4 and all(numbers)


def test_the_secret_is_made_once_and_kept(db):
    with db.session() as s:
        key = cs.secret(s)
    with db.session() as s:
        assert cs.secret(s) == key and len(key) == 32
    save_settings(db)  # saving the settings leaves the secret alone
    with db.session() as s:
        assert cs.secret(s) == key
