"""`main.py certificates issue|pdf|verify|list`: numbers printed, exit 0 only for a valid certificate,
one-line Thai errors, a PDF whose pages and QR codes match the register."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from app.certificates import certificates, signing
from app.cli.main import main
from app.core.db import Database
from app.core.thaidate import format_date
from app.models import Certificate

MODULE_KEY = signing.ephemeral()  # signs the module's shared demo database; each test trusts it

RENEWALS = {"สามย่านสมาร์ทซิตี้": 1, "ขอนแก่นเมืองอัจฉริยะ": 2, "ภูเก็ตเมืองอัจฉริยะ": 2}  # made here: none is public


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A demo database (its 15 certificates of 24 Dec 2564, expired) with renewals made by the test."""
    path = tmp_path_factory.mktemp("certs") / "demo.sqlite"
    with signing.using(MODULE_KEY):
        assert main(["--db", str(path), "demo"]) == 0
    db = Database(path)
    with signing.using(MODULE_KEY), db.session() as s:
        by_city = {r.city_name: r.id for r in certificates.list_rows(s)}
        for city, times in RENEWALS.items():
            cert_id = by_city[city]
            for n in range(times):
                cert_id = certificates.renew(s, cert_id, issue_date=date(2023 + 2 * n, 12, 1)).id
    db.dispose()
    return str(path)


@pytest.fixture(autouse=True)
def trust_module_key(signing_key):
    signing.trust(MODULE_KEY.public)


def cli(capsys, db: str, *args: str) -> tuple[int, str, str]:
    code = main(["--db", db, "certificates", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_issue_by_city_and_by_meeting(capsys, tmp_path):
    fresh = str(tmp_path / "fresh.sqlite")
    assert main(["--db", fresh, "demo"]) == 0
    capsys.readouterr()
    code, out, err = cli(capsys, fresh, "issue", "--meeting", "1/2564", "--committee", "คณะกรรมการขับเคลื่อน",
                         "--date", "24/12/2564")
    assert code == 1 and err.startswith("ข้อผิดพลาด: ภูเก็ตเมืองอัจฉริยะ มีเกียรติบัตรเลขที่") and out == ""
    code, out, err = cli(capsys, fresh, "issue", "--city", "แม่เมาะ", "ยะลา", "--date", "2024-01-05")
    assert (code, err) == (0, "")
    assert out.splitlines() == ["สมอ. 001/2567\tแม่เมาะเมืองน่าอยู่",
                                "สมอ. 002/2567\tยะลาเมืองอัจฉริยะเพื่อการมีส่วนร่วมของประชาชน"]
    for bad, message in ((["--city", "เมือง"], "ตรงกับหลายเมือง"), (["--city", "ไม่มีจริง"], "ไม่พบเมือง"),
                         (["--city", "ยะลา", "--date", "32/1/2567"], "วันที่ไม่ถูกต้อง")):
        code, out, err = cli(capsys, fresh, "issue", *bad)
        assert code == 1 and message in err and len(err.strip().splitlines()) == 1
    code, out, _ = cli(capsys, fresh, "list", "--year", "2567")
    assert [line.split("\t")[0] for line in out.splitlines()] == ["สมอ. 001/2567", "สมอ. 002/2567"]


def test_verify_exits_zero_only_for_a_valid_certificate(capsys, demo):
    code, out, _ = cli(capsys, demo, "verify", "สมอ. ๐๐๑/๒๕๖๘")
    assert code == 0 and out.startswith("เกียรติบัตรเลขที่ สมอ. 001/2568 ถูกต้อง")
    assert "ขอนแก่นเมืองอัจฉริยะ" in out
    code, out, _ = cli(capsys, demo, "verify", "สมอ. 001/2564")  # renewed, expired on 24 Dec 2566
    assert code == 1 and "หมดอายุแล้ว" in out
    code, out, _ = cli(capsys, demo, "verify", "SCTH1|สมอ. 001/2568|AAAAAAAA")
    assert code == 1 and "ปลอมแปลง" in out
    code, out, _ = cli(capsys, demo, "verify", "สมอ. 777/2599")
    assert code == 1 and out.strip() == 'ไม่พบเกียรติบัตร "สมอ. 777/2599" ในทะเบียน'


def test_a_revoked_certificate_fails_verification(capsys, tmp_path):
    path = str(tmp_path / "revoked.sqlite")
    assert main(["--db", path, "demo"]) == 0
    db = Database(path)
    with db.session() as s:
        row = next(r for r in certificates.list_rows(s) if r.city_name == "เมืองศรีตรัง")
        certificates.revoke(s, row.id, reason="ตัวอย่างการเพิกถอน", on=date(2022, 1, 1))
    db.dispose()
    capsys.readouterr()
    code, out, _ = cli(capsys, path, "verify", row.number)
    assert code == 1 and "ถูกเพิกถอนแล้ว" in out and "ตัวอย่างการเพิกถอน" in out
    code, out, err = cli(capsys, path, "pdf", "--number", row.number, "--pdf", str(tmp_path / "x.pdf"))
    assert code == 1 and "จึงพิมพ์ไม่ได้" in err and not (tmp_path / "x.pdf").exists()


def test_pdf_pages_hold_the_register_rows_and_their_qr_codes(capsys, demo, tmp_path):
    target = tmp_path / "batch.pdf"
    code, out, err = cli(capsys, demo, "pdf", "--number", "สมอ. 002/2568", "สมอ.๐๐๓/๒๕๖๔", "--pdf", str(target))
    assert (code, err) == (0, "") and out.strip() == str(target)
    db = Database(demo)
    with db.session() as s:
        rows = {r.number: r for r in certificates.list_rows(s)}
    pages = PdfReader(target).pages
    assert len(pages) == 2
    for page_no, number in enumerate(("สมอ. 002/2568", "สมอ. 003/2564"), start=1):
        row = rows[number]
        text = subprocess.run(["pdftotext", "-f", str(page_no), "-l", str(page_no), str(target), "-"],
                              capture_output=True, text=True, check=True).stdout
        flat = " ".join(text.split())
        assert row.number in flat and row.city_name in flat and (row.developer or "") in flat
        assert ("หมดอายุแล้ว" in flat) == (number == "สมอ. 003/2564")  # an expired one printed on request says so
        assert f"ให้ไว้ ณ วันที่ {format_date(row.issue_date, style='formal')}" in flat  # 24 ธันวาคม พ.ศ. 2564
        prefix = tmp_path / f"page{page_no}"
        subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", str(page_no), "-l", str(page_no), "-singlefile",
                        str(target), str(prefix)], check=True)
        found = zxingcpp.read_barcodes(Image.open(f"{prefix}.png"))
        with db.session() as s:
            signed = s.get(Certificate, row.id).signed_qr
        assert signed.startswith(f"SCTH2|{signing.key_id(MODULE_KEY.public)}|{number}|")
        assert [b.text for b in found] == [signed]
        code, out, _ = cli(capsys, demo, "verify", found[0].text)
        assert code == (0 if number == "สมอ. 002/2568" else 1)  # 003/2564 expired on 24 Dec 2566
    db.dispose()


def test_a_repeated_number_prints_every_certificate_named(capsys, demo, tmp_path):
    """`--number A --number B` prints both (issue 12: only the last was kept)."""
    target = tmp_path / "two.pdf"
    code, _out, err = cli(capsys, demo, "pdf", "--number", "สมอ. 002/2568", "--pdf", str(target),
                          "--number", "สมอ. 003/2564")
    assert (code, err) == (0, "") and len(PdfReader(target).pages) == 2


def test_pdf_of_all_certificates_in_force(capsys, demo, tmp_path):
    target = tmp_path / "all.pdf"
    code, _, err = cli(capsys, demo, "pdf", "--all", "--pdf", str(target))
    assert (code, err) == (0, "") and len(PdfReader(target).pages) == 2  # the renewals of 2568; the rest expired
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "หมดอายุแล้ว" not in text
    code, _, err = cli(capsys, demo, "pdf", "--all", "--include-expired", "--pdf", str(target))
    pages = PdfReader(target).pages
    assert (code, err) == (0, "") and len(pages) == 15 + 5
    marked = [p.extract_text() for p in pages if "หมดอายุแล้ว" in p.extract_text()]
    assert len(marked) == 18  # all but the two in force
    code, _, err = cli(capsys, demo, "pdf", "--number", "สมอ. 999/2564", "--pdf", str(target))
    assert code == 1 and err.strip() == "ข้อผิดพลาด: ไม่พบเกียรติบัตรเลขที่ สมอ. 999/2564"


def test_keygen_and_issue_with_the_key_file(capsys, tmp_path, monkeypatch):
    import io

    key = tmp_path / "secretary" / "key.pem"
    monkeypatch.setattr("sys.stdin", io.StringIO("correct horse battery\n"))
    assert main(["--db", str(tmp_path / "k.sqlite"), "certificates", "keygen", "--key", str(key),
                 "--passphrase-stdin"]) == 0
    kid, public = capsys.readouterr().out.split()
    assert key.stat().st_mode & 0o777 == 0o600 and len(kid) == 8
    fresh = str(tmp_path / "fresh.sqlite")
    assert main(["--db", fresh, "demo"]) == 0
    signing.use(None)
    monkeypatch.setattr("sys.stdin", io.StringIO("wrong passphrase\n"))
    code, out, err = cli(capsys, fresh, "issue", "--city", "แม่เมาะ", "--date", "2030-01-05", "--key", str(key),
                         "--passphrase-stdin")
    assert code == 1 and "ปลดล็อกกุญแจลงนามไม่ได้" in err
    monkeypatch.setenv("SMARTCITY_KEY_PASSPHRASE", "correct horse battery")
    code, out, err = cli(capsys, fresh, "issue", "--city", "แม่เมาะ", "--date", "2030-01-05", "--key", str(key))
    assert (code, err) == (0, "")
    db = Database(fresh)
    with db.session() as s:
        signed = s.query(Certificate).order_by(Certificate.id.desc()).first().signed_qr
    db.dispose()
    assert signed.split("|")[1] == kid
