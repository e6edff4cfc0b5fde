"""100 emblem certificates into one PDF: in-process time, and the command against LibreOffice.

Run from the project root:  .venv/bin/python bench/bench_certificates.py [--reps 5] [--lo-reps 5] [--keep DIR]

It prints figures (markdown tables), it is not a test. Goals (issue 4): ``certificate_pdf.render`` of 100 certificates
≤ 2 s in-process, and the whole command (a fresh ``python -c`` calling ``certificate_pdf.write``) at least 3× faster
than LibreOffice headless converting an equivalent 100-page DOCX (the same text on A4 landscape pages, TH SarabunPSK,
the QR code as a picture) to PDF, both timed in the same run as fresh processes. The app's own command
(``main.py --db DB certificates pdf --all``) on a database with 100 certificates is timed beside them for
information: it also opens the database, imports SQLAlchemy and the models, and reads the register. The runs
alternate (command, app command, LibreOffice) after one warm-up each. The DOCX is written with python-docx and
LibreOffice is found as in ``bench_minutes.py``, whose helpers this bench imports.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from app.certificates.content import CertificateContent, Signatory

N = 100
GOAL_INPROCESS_S = 2.0
GOAL_RATIO = 3.0
NAMES = ("แม่เมาะเมืองน่าอยู่", "ภูเก็ตเมืองอัจฉริยะ", "ขอนแก่นสมาร์ทซิตี้", "เมืองอัจฉริยะเชียงใหม่เมืองเก่า",
         "เมืองอัจฉริยะมักกะสันเพื่อสนับสนุนบริการรถไฟของโครงการรถไฟความเร็วสูงเชื่อมสามสนามบิน",
         "นครสวรรค์เมืองน่าอยู่", "ระยองเมืองใหม่ทันสมัย", "เมืองอัจฉริยะมหาวิทยาลัยเชียงใหม่")
DEVELOPERS = ("การไฟฟ้าฝ่ายผลิตแห่งประเทศไทย", "เทศบาลนครภูเก็ต", "บริษัท ขอนแก่น พัฒนาเมือง จำกัด",
              "มหาวิทยาลัยเชียงใหม่", "บริษัท ปตท. จำกัด (มหาชน)")
SIGNATORIES = (
    Signatory("นายชัยวุฒิ ธนาคมานุสรณ์", "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"),
    Signatory("นายณัฐพล นิมมานพัชรินทร์", "ผู้อำนวยการใหญ่\nสำนักงานส่งเสริมเศรษฐกิจดิจิทัล"),
    Signatory("นางสาวพิมพ์ชนก ศรีสุวรรณ", "ผู้อำนวยการสำนักงานเมืองอัจฉริยะประเทศไทย"),
)
CHILD = ("import sys; from pathlib import Path; sys.path.insert(0, 'bench'); from bench_certificates import contents; "
         "from app.documents.certificate.pdf import write; write(contents(), Path(sys.argv[1]))")


def contents(n: int = N) -> list[CertificateContent]:
    """``n`` certificates of the December 2021 ceremony kind: cycling names, 3 signatories each."""
    return [CertificateContent(
        number=f"สอจ. {k + 1:03d}/2564", issuing_body="คณะกรรมการขับเคลื่อนการพัฒนาเมืองอัจฉริยะ",
        lead_line="ขอมอบเกียรติบัตรฉบับนี้ให้ไว้เพื่อแสดงว่า", city_name=NAMES[k % len(NAMES)],
        developer=DEVELOPERS[k % len(DEVELOPERS)],
        reason_line="ได้รับการประกาศรับรองเป็นพื้นที่เมืองอัจฉริยะ (Smart City) และได้รับตราสัญลักษณ์เมืองอัจฉริยะประเทศไทย",
        issue_date=date(2021, 12, 24), valid_until=date(2023, 12, 23), signatories=SIGNATORIES,
        qr_text=f"SCTH1|สอจ. {k + 1:03d}/2564|{k * 7919 % 10**8:08d}") for k in range(n)]


def page_lines(content: CertificateContent) -> list[tuple[str, float, bool]]:
    """(text, size, bold) of each centred paragraph of the DOCX page: the same wording as the PDF page."""
    from app.core.thaidate import format_date

    signatures = "\t".join(f"({s.name})" for s in content.signatories)
    return [(f"เลขที่ {content.number}", 16, False), (content.issuing_body, 20, True), (content.title, 40, True),
            (content.lead_line, 20, False), (content.city_name, 40, True), (content.developer, 22, False),
            (content.reason_line, 20, False),
            (f"{content.date_prefix} {format_date(content.issue_date, style='long')}", 20, False),
            (f"{content.validity_prefix} {format_date(content.valid_until, style='long')}", 16, False),
            (signatures, 16, False)]


def write_docx(items: list[CertificateContent], path: Path, workdir: Path) -> None:
    """The equivalent Word file: one A4 landscape page per certificate, its text centred, its QR code a picture."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    from PIL import Image

    from app.documents.certificate.qr import modules

    out = Document()
    section = out.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    for number, content in enumerate(items):
        for text, size, bold in page_lines(content):
            paragraph = out.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = paragraph.add_run(text)
            run.font.name, run.font.size, run.font.bold = "TH SarabunPSK", Pt(size), bold
            run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:cs"), "TH SarabunPSK")
        grid = modules(content.qr_text)
        image = Image.new("1", (len(grid) + 8, len(grid) + 8), 1)
        for r, row in enumerate(grid):
            for c, dark in enumerate(row):
                if dark:
                    image.putpixel((c + 4, r + 4), 0)
        qr = workdir / f"qr-{number}.png"
        image.resize((image.width * 8, image.height * 8), Image.Resampling.NEAREST).save(qr)
        out.add_paragraph().add_run().add_picture(str(qr), width=Cm(2.4))
        if number < len(items) - 1:
            out.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    out.save(str(path))


def build_database(path: Path) -> int:
    """The sample database and 85 more cities, each with a new certificate: 100 printable (the app's own wording,
    the sample's two signatories). Returns the number of certificates ``certificates pdf --all`` prints."""
    from sqlalchemy import select

    from app.certificates import certificates
    from app.certificates import rows as certificate_rows
    from app.core import migrate
    from app.core.db import Database
    from app.models import City
    from app.registers import records
    from app.registers.catalog import CITIES
    from app.sample import demo as sample

    path.unlink(missing_ok=True)
    db = Database(str(path))
    migrate.upgrade(db)
    with db.session() as session:
        sample.fill(session)
        cities = list(session.scalars(select(City).order_by(City.id)))
        added = []
        for k in range(N - len(certificate_rows.printable_ids(session))):
            values = records.values_of(cities[k % len(cities)], CITIES)
            values["name_th"] = f"{values['name_th']} แห่งที่ {k // len(cities) + 2}"
            added.append(records.create(session, CITIES, values).id)
        certificates.issue(session, added, issue_date=date(2024, 2, 1))
        count = len(certificate_rows.printable_ids(session))
    db.dispose()
    return count


def inprocess(reps: int) -> dict:
    from app.documents.certificate import pdf as certificate_pdf

    items = contents()
    start = time.perf_counter()
    certificate_pdf.render(items)
    cold = time.perf_counter() - start
    warm = []
    for _ in range(reps):
        start = time.perf_counter()
        data = certificate_pdf.render(items)
        warm.append(time.perf_counter() - start)
    return {"cold": cold, "warm": statistics.median(warm), "min": min(warm), "max": max(warm), "bytes": len(data)}


def main(argv: list[str] | None = None) -> int:
    import bench_minutes as bm

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=5, help="warm in-process runs and command runs (default 5)")
    parser.add_argument("--lo-reps", type=int, default=5, help="LibreOffice conversions after 1 warm-up (default 5)")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="write the PDFs and the DOCX into DIR and keep them")
    parser.add_argument("--no-libreoffice", action="store_true", help="skip the LibreOffice comparison")
    args = parser.parse_args(argv)
    reps = max(1, args.reps)
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="bench-certificates-"))
    workdir.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="bench-certificates-lo-"))
    soffice = None if args.no_libreoffice else bm.find_soffice()
    lo_env, font_found = bm.lo_font_env(scratch) if soffice else (None, False)
    print(f"## Certificates benchmark: {N} certificates into one PDF\n")
    print(bm.header_line(bm.lo_version(soffice, lo_env) if soffice else "LibreOffice: not used"), flush=True)
    try:
        res = inprocess(reps)
        verdict = "PASS" if res["warm"] <= GOAL_INPROCESS_S else "MISS"
        rows = [["in process, first call (PyThaiNLP dictionary, fonts)", f"{res['cold']:.2f}", ""],
                [f"in process, again (median of {reps})", f"{res['warm']:.2f} ({res['min']:.2f}–{res['max']:.2f})",
                 f"≤ {GOAL_INPROCESS_S:.0f} s {verdict}"]]
        pdf, app_pdf = workdir / "certificates.pdf", workdir / "certificates-app.pdf"
        database = workdir / "certificates.sqlite"
        printable = build_database(database)
        commands = {"command": [sys.executable, "-c", CHILD, str(pdf)],
                    "app": [sys.executable, "main.py", "--db", str(database), "certificates", "pdf", "--all", "--pdf",
                            str(app_pdf)]}
        if soffice:
            docx = workdir / "certificates.docx"
            write_docx(contents(), docx, scratch)
            profile, outdir = scratch / "lo-profile", scratch / "lo-out"
            commands["lo"] = bm.lo_command(soffice, profile, outdir, docx)
        runs: dict[str, list[dict]] = {name: [] for name in commands}
        for name, command in commands.items():  # warm-up: caches, LibreOffice's user profile
            bm.run_timed(command, env=lo_env if name == "lo" else None)
        for k in range(max(reps, args.lo_reps)):
            for name, command in commands.items():
                if k < (args.lo_reps if name == "lo" else reps):
                    runs[name].append(bm.run_timed(command, env=lo_env if name == "lo" else None))
        ours, app = bm.summary(runs["command"]), bm.summary(runs["app"])
        rows.append([f"command `python -c … write(…)` (median of {reps})", f"{ours['median']:.2f} "
                     f"({bm.rng_s(ours)})", f"{bm.page_count(pdf)} pages, {pdf.stat().st_size // 1024} KiB; "
                     f"CPU {ours['cpu']:.2f} s"])
        rows.append([f"app command `main.py --db … certificates pdf --all` (median of {reps})",
                     f"{app['median']:.2f} ({bm.rng_s(app)})",
                     f"{bm.page_count(app_pdf)} pages of {printable} certificates; CPU {app['cpu']:.2f} s"])
        if soffice:
            lo = bm.summary(runs["lo"])
            ratio = lo["median"] / ours["median"]
            lo_pdf = outdir / "certificates.pdf"
            rows.append([f"LibreOffice DOCX → PDF (median of {args.lo_reps}; TH SarabunPSK "
                         f"{'found' if font_found else 'MISSING'})", f"{lo['median']:.2f} ({bm.rng_s(lo)})",
                         f"{bm.page_count(lo_pdf)} pages; CPU {lo['cpu']:.2f} s"])
            rows.append(["ratio LibreOffice / command", f"{ratio:.2f}×",
                         f"≥ {GOAL_RATIO:.0f}× {'PASS' if ratio >= GOAL_RATIO else 'MISS'}"])
            rows.append(["ratio LibreOffice / app command", f"{lo['median'] / app['median']:.2f}×", "information"])
        print()
        print(bm.md_table(["figure", "seconds", "note"], rows))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    raise SystemExit(main())
