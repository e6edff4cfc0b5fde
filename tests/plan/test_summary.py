"""Summary tables for the agenda: exact sums, an Excel sheet read back, a PDF read back, attached to an agenda item."""

from __future__ import annotations

import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.core.errors import UserError
from app.models import AgendaItem
from app.plan import budget, summary, summary_files
from app.plan.summary import cell_text
from app.sample import demo

D = Decimal


@pytest.fixture
def plan_db(db, make_record):
    one = make_record("plan", n=1, provinces=["TH-65"], dimensions=["MOB"], fiscal_year=2568, end_year=None)
    two = make_record("plan", n=2, provinces=["TH-65", "TH-64"], dimensions=["MOB", "ENV"], fiscal_year=2568,
                      end_year=2569, agency="จังหวัดพิษณุโลก", agency_kind="province")
    gone = make_record("plan", n=3, provinces=["TH-50"], fiscal_year=2568, end_year=None, status="withdrawn")
    with db.session() as session:
        budget.save_lines(session, one.id, [{"fiscal_year": 2568, "source": "gov", "requested": "100.10",
                                             "allocated": "50.05"}], one.version)
        budget.save_lines(session, two.id, [{"fiscal_year": 2568, "source": "local", "requested": "0.20"},
                                            {"fiscal_year": 2569, "source": "gov", "requested": "1000000.00"}],
                          two.version)
        budget.save_lines(session, gone.id, [{"fiscal_year": 2568, "source": "gov", "requested": "999"}],
                          gone.version)
    return db


def test_the_tables_add_up_exactly(plan_db):
    with plan_db.session() as session:
        whole, year = summary.summarise(session), summary.summarise(session, 2568)
    assert whole.requested == D("1000100.30") and whole.allocated == D("50.05")  # the withdrawn one left out
    assert year.requested == D("100.30")
    grand = whole.table("year_source").total
    assert grand[2:] == [D("1000100.30"), D("50.05")]
    province = whole.table("province")
    labels = [cell_text(r[0]) for r in province.rows]
    assert labels == ["พิษณุโลก", "หลายจังหวัด"]  # the two-province project in one row: the rows add up
    assert sum(r[2] for r in province.rows) == province.total[2] == whole.requested
    dims = {cell_text(r[0]): r for r in whole.table("dimension").rows}
    assert dims["การเดินทางและขนส่งอัจฉริยะ"][1:3] == [2, D("1000100.30")] and whole.table("dimension").total is None
    agencies = {r[0]: r for r in whole.table("agency").rows}
    assert agencies["จังหวัดพิษณุโลก"][3] == D("1000000.20")


def test_the_workbook_reads_back(plan_db, tmp_path):
    with plan_db.session() as session:
        path = summary_files.write_xlsx(summary.summarise(session), tmp_path / "สรุป.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames[0] == "งบประมาณตามปีงบประมาณและแหล่งงบ"  # 31 characters at most
    ws = wb["งบประมาณตามจังหวัด"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=4)]
    assert rows[-1][0] == "รวม" and Decimal(str(rows[-1][2])) == D("1000100.30")
    assert ws.cell(4, 3).number_format == "#,##0.00"


def test_the_pdf_reads_back_with_totals_in_words(plan_db, tmp_path):
    with plan_db.session() as session:
        path = summary_files.write_pdf(summary.summarise(session, 2568), tmp_path / "สรุป.pdf")
    words = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                           check=True).stdout
    assert "สรุปแผนงานบูรณาการเมืองอัจฉริยะ ปีงบประมาณ พ.ศ. 2568" in words
    assert "100.30" in words and "หนึ่งร้อยบาทสามสิบสตางค์" in words
    assert "งบประมาณตามจังหวัด" in words and "พิษณุโลก" in words
    assert "ข้อมูล ณ วันที่" in words and " 25" in words  # the date in B.E.


def test_the_pdf_is_attached_to_an_agenda_item_once(db, tmp_path):
    with db.session() as session:
        demo.fill(session)
    with db.session() as session:
        choices = summary_files.agenda_choices(session)
        result = summary.summarise(session)
    assert choices and all("ครั้งที่" in text for _id, text in choices)
    item_id = choices[-1][0]
    path = summary_files.write_pdf(result, tmp_path / "plan.pdf")
    for _ in range(2):
        with db.session() as session:
            summary_files.attach(session, item_id, path, result)
    with db.session() as session:
        documents = session.get(AgendaItem, item_id).document_list
    assert documents.count("สรุปแผนงานบูรณาการเมืองอัจฉริยะ ทุกปีงบประมาณ (plan.pdf)") == 1


def test_certified_minutes_refuse_the_attachment(db, tmp_path):
    with db.session() as session:
        demo.fill(session)
    from app.models import Meeting

    with db.session() as session:
        item_id = summary_files.agenda_choices(session)[-1][0]
        meeting = session.get(Meeting, session.get(AgendaItem, item_id).meeting_id)
        meeting.state = "certified"
        result = summary.summarise(session)
    with db.session() as session, pytest.raises(UserError):
        summary_files.attach(session, item_id, Path(tmp_path / "plan.pdf"), result)
