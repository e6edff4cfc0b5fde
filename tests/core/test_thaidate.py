"""Buddhist Era dates: formatting, parsing as staff type them, fiscal years. Property tests with hypothesis."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.core.thaidate import (
    add_years,
    fiscal_year_be,
    format_date,
    format_numeric,
    format_time,
    parse_date,
    parse_time,
    to_arabic_digits,
    to_thai_digits,
)

PROPERTY = settings(deadline=None)  # pure functions: a slow CI machine must not turn a pause into a failure
DATES = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))
MEETING = date(2021, 11, 5)  # meeting 1/2564, a Friday


@pytest.mark.parametrize("text", [
    "5/11/2564", "05/11/2564", " 5 / 11 / 2564 ", "5-11-2564", "5.11.2564", "5/11/2021", "5-11-2021",
    "5/11/64",  # two-digit years are Buddhist Era: 64 is 2564
    "2021-11-05", "2564-11-05",
    "5 พ.ย. 2564", "5 พ.ย. 64", "5 พ.ย.2564", "5 พย 2564", "5 พฤศจิกายน 2564", "5พฤศจิกายน2564",
    "5 พฤศจิกายน พ.ศ. 2564", "๕ พฤศจิกายน ๒๕๖๔", "๕/๑๑/๒๕๖๔",
    "วันศุกร์ที่ 5 พฤศจิกายน 2564", "วันศุกร์ที่ ๕ พฤศจิกายน พ.ศ. ๒๕๖๔",
    "5 November 2021", "5 nov 2021", "5 NOV 2021",
])
def test_parse_the_forms_staff_type(text):
    assert parse_date(text) == MEETING


@pytest.mark.parametrize("text, expected", [
    ("05/11/21", date(1978, 11, 5)),  # B.E. 2521, not A.D. 2021: two-digit years are read as B.E.
    ("1/1/00", date(1957, 1, 1)),
    ("29/2/2563", date(2020, 2, 29)),
    ("31/12/2400", date(2400, 12, 31)),  # 2400 and below are taken as A.D.
    ("1/1/2401", date(1858, 1, 1)),
])
def test_year_rules(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("empty", [None, "", "   "])
def test_empty_is_no_date(empty):
    assert parse_date(empty) is None


def test_a_date_passes_through():
    assert parse_date(MEETING) is MEETING


@pytest.mark.parametrize("bad", [
    "29/2/2564",  # 2021 is not a leap year
    "31/4/2564", "0/1/2564", "1/13/2564", "5/11", "5/11/2", "5/11/564", "2564/11/05", "5 Brumaire 2564",
    "5 พฤศจิ 2564", "ศุกร์", "พรุ่งนี้", "5 พ.ย.", "5/11/2564 10.00 น.", "1e3",
])
def test_bad_text_raises_value_error(bad):
    with pytest.raises(ValueError):
        parse_date(bad)


def test_format_styles():
    assert format_date(MEETING, "th", "weekday") == "วันศุกร์ที่ 5 พฤศจิกายน 2564"
    assert format_date(MEETING, "th", "long") == "5 พฤศจิกายน 2564"
    assert format_date(MEETING, "th", "formal") == "5 พฤศจิกายน พ.ศ. 2564"
    assert format_date(MEETING, "th", "short") == "5 พ.ย. 2564"
    assert format_date(MEETING) == "5 พ.ย. 2564"
    assert format_date(MEETING, "en", "long") == "5 November 2021"
    assert format_date(MEETING, "en") == "5 Nov 2021"
    assert format_date(None) == ""
    assert format_numeric(MEETING) == "5/11/2564"
    assert format_numeric(None) == ""


@pytest.mark.parametrize("day, be", [
    (date(2021, 11, 5), 2565),
    (date(2021, 9, 30), 2564),
    (date(2021, 10, 1), 2565),
    (date(2022, 1, 1), 2565),
    (date(2022, 12, 31), 2566),
])
def test_fiscal_year_is_named_by_the_later_year(day, be):
    assert fiscal_year_be(day) == be


def test_digits():
    assert to_thai_digits("5/11/2564") == "๕/๑๑/๒๕๖๔"
    assert to_arabic_digits("๐๑๒๓๔๕๖๗๘๙") == "0123456789"


@pytest.mark.parametrize("day, years, expected", [
    (date(2021, 12, 24), 2, date(2023, 12, 24)),
    (date(2020, 2, 29), 2, date(2022, 2, 28)),
    (date(2020, 2, 29), 4, date(2024, 2, 29)),
])
def test_add_years(day, years, expected):
    assert add_years(day, years) == expected


# --------------------------------------------------------------------------- properties


@PROPERTY
@given(DATES)
@example(date(1900, 1, 1))
@example(date(2200, 12, 31))
@example(date(2000, 2, 29))
def test_numeric_round_trip(day):
    assert parse_date(format_numeric(day)) == day
    assert parse_date(to_thai_digits(format_numeric(day))) == day


@PROPERTY
@given(DATES, st.sampled_from(["short", "long", "weekday"]), st.sampled_from(["th", "en"]))
def test_formatted_dates_parse_back(day, style, lang):
    text = format_date(day, lang, style)
    assert parse_date(text) == day
    if lang == "th":
        assert parse_date(to_thai_digits(text)) == day


@PROPERTY
@given(DATES)
def test_fiscal_year_contains_the_day(day):
    be = fiscal_year_be(day)
    start, end = date(be - 544, 10, 1), date(be - 543, 9, 30)
    assert start <= day <= end


@PROPERTY
@given(DATES, st.integers(min_value=1, max_value=10))
def test_add_years_keeps_the_day_except_29_february(day, years):
    later = add_years(day, years)
    assert later.year == day.year + years
    assert later.month == day.month
    assert later.day == day.day or (day.month, day.day, later.day) == (2, 29, 28)


DATE_LIKE = st.one_of(
    st.text(max_size=40),
    st.text(alphabet="0123456789๐๑๒๓๔๕๖๗๘๙/-. ", max_size=14),
    st.builds(lambda d, m, y, sep: f"{d}{sep}{m}{sep}{y}", st.integers(-5, 40), st.integers(-5, 15),
              st.integers(-10, 12000), st.sampled_from(["/", "-", ".", " "])),
    st.builds(lambda d, m, y: f"{d} {m} {y}", st.integers(0, 40),
              st.sampled_from(["พ.ย.", "พฤศจิกายน", "ก.พ.", "กุมภาพันธ์", "Feb", "xyz", "วันที่"]),
              st.integers(0, 9999)),
)


@settings(max_examples=400, deadline=None)
@given(DATE_LIKE)
@example("๕ พฤศจิกายน ๒๕๖๔")
@example("31/2/2564")
@example("1/1/0")
@example("99/99/9999")
def test_any_text_gives_a_date_none_or_value_error(text):
    try:
        result = parse_date(text)
    except ValueError:
        return
    assert result is None or isinstance(result, date)
    if result is None:
        assert not text.strip()


@pytest.mark.parametrize("text, expected", [
    ("10.00", time(10)), ("10:00", time(10)), ("10:00:00", time(10)), ("9.30 น.", time(9, 30)),
    ("๑๐.๓๐ น.", time(10, 30)), ("1000", time(10)), ("13", time(13)), ("13.30 นาฬิกา", time(13, 30)),
    (time(8, 45), time(8, 45)), ("", None), (None, None),
])
def test_parse_time(text, expected):
    assert parse_time(text) == expected


@pytest.mark.parametrize("bad", ["25.00", "10.75", "สิบโมง", "10.5", "1.2.3"])
def test_bad_time_raises_value_error(bad):
    with pytest.raises(ValueError):
        parse_time(bad)


@PROPERTY
@given(st.times().map(lambda t: t.replace(second=0, microsecond=0)))
def test_formatted_times_parse_back(value):
    assert format_time(value) == f"{value.hour:02d}.{value.minute:02d}"
    assert parse_time(format_time(value)) == value
    assert parse_time(format_time(value) + " น.") == value
