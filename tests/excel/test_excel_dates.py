"""The date rules of the import (issue 10), over the whole input space: every B.E. / C.E. / two-digit / serial form of
a date in a field's plausible years reads back as that date, with the conversion said; years are never serials."""

from __future__ import annotations

import calendar
from datetime import date, datetime

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from openpyxl.utils.datetime import to_excel

from app.core.thaidate import MONTHS_EN, MONTHS_TH_ABBR, to_thai_digits
from app.excel.imports.dates import CellError, read_date, read_year
from app.models import Field, Kind
from app.registers.catalog import REGISTERS

DECLARED = REGISTERS["zones"].field("declared_on")  # plausible years 2017-2040
START = REGISTERS["partnerships"].field("start_on")  # 2000-2049


def days(f: Field):
    low, high = f.years
    return st.dates(min_value=date(low, 1, 1), max_value=date(high, 12, 31))


def forms(day: date) -> dict[str, object]:
    be = day.year + 543
    return {
        "date cell (C.E.)": datetime(day.year, day.month, day.day),
        "text B.E.": f"{day.day}/{day.month}/{be}",
        "text ISO": day.isoformat(),
        "two-digit B.E.": f"{day.day:02d}/{day.month:02d}/{be % 100:02d}",
        "two-digit C.E.": f"{day.day}/{day.month}/{day.year % 100:02d}",
        "Thai month, two-digit B.E.": f"{day.day} {MONTHS_TH_ABBR[day.month - 1]} {be % 100:02d}",
        "English month, two-digit C.E.": f"{day.day} {MONTHS_EN[day.month - 1][:3]} {day.year % 100:02d}",
        "Thai digits": to_thai_digits(f"{day.day}/{day.month}/{be % 100:02d}"),
        "serial": to_excel(day),
        "serial text": str(int(to_excel(day))),
    }


@given(days(DECLARED), st.sampled_from(list(forms(date(2021, 1, 1)))))
def test_every_form_reads_back_as_the_date(day, form):
    value = forms(day)[form]
    found, note = read_date(DECLARED, value)
    assert found == day
    said = form.startswith(("two-digit", "Thai month", "English month", "Thai digits", "serial"))
    assert (note is not None) == said, (form, note)


@given(days(DECLARED))
def test_a_be_year_typed_into_a_date_cell_is_converted_and_said(day):
    try:
        typed = datetime(day.year + 543, day.month, day.day)
    except ValueError:  # 29 February of a C.E. leap year does not exist in its B.E. number: Excel refuses it too
        assume(False)
    found, (template, params) = read_date(DECLARED, typed)
    assert found == day and params["year"] == day.year + 543
    assert template.startswith("ช่องวันที่ของ Excel มีปี")


@given(st.integers(2401, 2700))
def test_29_february_of_a_be_year_that_is_no_ce_leap_year_is_reported(year):
    assume(calendar.isleap(year) and not calendar.isleap(year - 543))
    with pytest.raises(CellError) as caught:
        read_date(DECLARED, datetime(year, 2, 29))
    assert "29 กุมภาพันธ์" in caught.value.problem[0]


@given(st.one_of(st.integers(1900, 2100), st.integers(2400, 2700)), st.booleans())
def test_a_year_typed_as_a_number_is_never_a_serial(year, as_text):
    with pytest.raises(CellError) as caught:
        read_date(DECLARED, str(year) if as_text else year)
    assert caught.value.problem[0].startswith("{value} เป็นปี ไม่ใช่วันที่")


@given(st.one_of(st.integers(1900, 2100), st.integers(2400, 2700)))
def test_a_field_that_holds_a_year_alone_takes_either_era(year):
    fiscal = Field("fiscal_year", "ปีงบประมาณ", "Fiscal year", Kind.INT, year_alone=True)
    from app.excel.imports.values import read_cell

    stored, note = read_cell(fiscal, year)
    assert stored == (year if year >= 2400 else year + 543)
    assert (note is None) == (year >= 2400)
    assert read_year(datetime(year, 1, 1))[0] == (year if year > 2400 else year + 543)


@given(st.integers(0, 99), st.integers(1, 28), st.integers(1, 12))
def test_two_digit_years_both_or_neither_plausible_are_reported(yy, day, month):
    be, ce = 2500 + yy - 543, 2000 + yy
    low, high = START.years
    plausible = [y for y in (be, ce) if low <= y <= high]
    text = f"{day}/{month}/{yy:02d}"
    if len(plausible) == 1:
        assert read_date(START, text)[0] == date(plausible[0], month, day)
    else:
        with pytest.raises(CellError) as caught:
            read_date(START, text)
        assert "4 หลัก" in caught.value.problem[0]


def test_the_issue_examples():
    assert read_date(DECLARED, datetime(2564, 10, 31))[0] == date(2021, 10, 31)  # was kept as 2564 C.E.
    assert read_date(DECLARED, "05/11/21")[0] == date(2021, 11, 5)  # was 1978
    with pytest.raises(CellError):
        read_date(DECLARED, 2564)  # was the serial of 1907
    with pytest.raises(CellError):  # พ.ศ. 2521 is outside the plausible years of a declaration
        read_date(DECLARED, "5/11/21 พ.ศ.")
