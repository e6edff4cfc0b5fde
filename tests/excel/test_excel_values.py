"""Cell values as people type them: dates, numbers, choices, provinces, dimensions, references. No database."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.errors import render
from app.core.thaidate import MONTHS_EN, MONTHS_TH, MONTHS_TH_ABBR, to_thai_digits
from app.excel.imports.values import MAX_CELL, CellError, RefIndex, key, parse_cell
from app.models import Field, Kind
from app.registers.catalog import REGISTERS

DATE = Field("d", "วันที่", "Date", Kind.DATE)
INT = Field("n", "จำนวน", "Count", Kind.INT)
FLOAT = Field("x", "พื้นที่", "Area", Kind.FLOAT)
TEXT = Field("t", "ชื่อ", "Name")
LONG = Field("l", "หมายเหตุ", "Notes", Kind.LONGTEXT)
TIME = Field("h", "เวลา", "Time", Kind.TIME)
PROVINCE = REGISTERS["zones"].field("province")
PROVINCES = REGISTERS["cities"].field("provinces")
DIMENSIONS = REGISTERS["cities"].field("dimensions")
CITY_TYPE = REGISTERS["cities"].field("city_type")
FOCUS = REGISTERS["partnerships"].field("focus_areas")


def problem(f: Field, value, lang: str = "th") -> str:
    with pytest.raises(CellError) as caught:
        parse_cell(f, value)
    template, params = caught.value.problem
    return render(template, params, lang)


@pytest.mark.parametrize("text, expected", [
    ("5/11/2564", date(2021, 11, 5)),
    ("5/11/2021", date(2021, 11, 5)),
    ("05-11-2021", date(2021, 11, 5)),
    ("2021-11-05", date(2021, 11, 5)),
    ("2564-11-05", date(2021, 11, 5)),
    ("2021-11-05 00:00:00", date(2021, 11, 5)),
    ("5 พ.ย. 2564", date(2021, 11, 5)),
    ("5 ก.พ. 68", date(2025, 2, 5)),
    ("5 กพ 68", date(2025, 2, 5)),
    ("5ก.พ.2568", date(2025, 2, 5)),
    ("๕ พฤศจิกายน ๒๕๖๔", date(2021, 11, 5)),
    ("วันที่ 17 มิถุนายน พ.ศ. 2564", date(2021, 6, 17)),
    ("วันที่17 มิ.ย. 2564", date(2021, 6, 17)),
    ("1 มกราคม 2500", date(1957, 1, 1)),
    ("5 Nov 2021", date(2021, 11, 5)),
    ("  5   November   2021 ", date(2021, 11, 5)),
    ("5\u200b/11/2564", date(2021, 11, 5)),
])
def test_dates_as_typed(text, expected):
    assert parse_cell(DATE, text) == expected


def test_real_dates_and_serial_numbers():
    assert parse_cell(DATE, datetime(2021, 11, 5, 13, 30)) == date(2021, 11, 5)
    assert parse_cell(DATE, date(1800, 1, 1)) == date(1800, 1, 1)
    assert parse_cell(DATE, 44505) == date(2021, 11, 5)  # a date cell that lost its number format
    assert parse_cell(DATE, 44505.0) == date(2021, 11, 5)


@pytest.mark.parametrize("value", ["31/2/2564", "5/13/2564", "พรุ่งนี้", "5 ธันวา 2564x", "0", -5, 10**9])
def test_bad_dates_say_so_in_thai_and_english(value):
    assert problem(DATE, value).startswith("วันที่ไม่ถูกต้อง")
    assert problem(DATE, value, "en").startswith("Invalid date")


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1000, 1, 1), max_value=date(2400, 12, 31)), st.integers(0, 4), st.booleans())
def test_any_date_in_any_written_form(day, form, thai_digits):
    """Years above 2400 are B.E., so a year is written in B.E. whenever that is above 2400 (from 1858 C.E.)."""
    year = day.year + 543 if day.year + 543 > 2400 else day.year
    text = [
        f"{day.day}/{day.month}/{year}",
        f"{day.day} {MONTHS_TH[day.month - 1]} {year}",
        f"{day.day} {MONTHS_TH_ABBR[day.month - 1]} {year}",
        f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}",
        f"{day.year:04d}-{day.month:02d}-{day.day:02d}",
    ][form]
    assert parse_cell(DATE, to_thai_digits(text) if thai_digits else text) == day


def test_numbers():
    assert parse_cell(INT, 7) == 7
    assert parse_cell(INT, 7.0) == 7 and isinstance(parse_cell(INT, 7.0), int)
    assert parse_cell(INT, "๑,๒๓๔") == 1234
    assert parse_cell(INT, " 12 ") == 12
    assert parse_cell(FLOAT, "1,234.50") == 1234.5
    assert parse_cell(FLOAT, "๑๒.๕") == 12.5
    assert parse_cell(FLOAT, 3) == 3.0
    assert problem(INT, 2.5) == "ต้องเป็นจำนวนเต็ม: 2.5"
    assert problem(INT, "สิบ") == "ต้องเป็นตัวเลข: สิบ"
    assert problem(FLOAT, "nan") == "ต้องเป็นตัวเลข: nan"
    assert problem(FLOAT, datetime(2021, 1, 1)) == "เป็นวันที่ ไม่ใช่ตัวเลข"
    assert problem(INT, True).startswith("เป็นค่าจริง/เท็จ")


def test_text_and_empty_cells():
    assert parse_cell(TEXT, "  เมืองอัจฉริยะ  ") == "เมืองอัจฉริยะ"
    assert parse_cell(TEXT, 21234567.0) == "21234567"
    assert parse_cell(TEXT, "=1+1") == "=1+1"  # text that looks like a formula stays text
    assert parse_cell(LONG, "บรรทัดแรก\r\nบรรทัดที่สอง\n") == "บรรทัดแรก\nบรรทัดที่สอง"
    for empty in (None, "", "   ", "\u200b"):
        assert parse_cell(TEXT, empty) is None
        assert parse_cell(PROVINCES, empty) == []
    assert problem(TEXT, datetime(2021, 1, 1)) == "เป็นวันที่ ไม่ใช่ข้อความ"
    assert problem(TEXT, "ก" * (MAX_CELL + 1)) == "ข้อความยาวเกิน 32,767 ตัวอักษร ซึ่งเป็นขีดจำกัดของ Excel"
    assert parse_cell(TIME, "10.30 น.") == time(10, 30)
    assert parse_cell(TIME, time(9, 0)) == time(9, 0)
    assert problem(TIME, "25.00").startswith("เวลาไม่ถูกต้อง")


@pytest.mark.parametrize("text", ["เชียงใหม่", "Chiang Mai", "chiangmai", "CHIANG  MAI", "TH-50", "th50", "50",
                                  "จ.เชียงใหม่", "จังหวัดเชียงใหม่", "จังหวัด เชียงใหม่", "๕๐"])
def test_a_province_by_name_or_code(text):
    assert parse_cell(PROVINCE, text) == "TH-50"


def test_bangkok_aliases_and_unknown_provinces():
    for text in ("กรุงเทพฯ", "กทม.", "กรุงเทพมหานคร", "Bangkok"):
        assert parse_cell(PROVINCE, text) == "TH-10"
    assert problem(PROVINCE, "เชียงใหม") == "ไม่พบจังหวัด เชียงใหม"
    assert problem(PROVINCE, "Atlantis", "en") == "Unknown province: Atlantis"


def test_province_lists_split_on_commas_slashes_semicolons_and_lines():
    assert parse_cell(PROVINCES, "เชียงใหม่, Lamphun;TH-10\nขอนแก่น / ภูเก็ต") == \
        ["TH-10", "TH-40", "TH-50", "TH-51", "TH-83"]
    assert parse_cell(PROVINCES, "เชียงใหม่, เชียงใหม่") == ["TH-50"]
    assert problem(PROVINCES, "เชียงใหม่, นอกโลก, ดาวอังคาร") == "ไม่พบจังหวัด นอกโลก, ดาวอังคาร"


def test_dimensions_by_code_or_name_with_or_without_smart():
    assert parse_cell(DIMENSIONS, "สิ่งแวดล้อมอัจฉริยะ, Smart Mobility, gov, การดำรงชีวิต, Energy") == \
        ["ENE", "ENV", "GOV", "LIV", "MOB"]
    assert problem(DIMENSIONS, "ความงาม") == "ไม่พบด้านเมืองอัจฉริยะ ความงาม"


def test_choices_by_code_or_either_label():
    assert parse_cell(CITY_TYPE, "เมืองใหม่ทันสมัย") == "new"
    assert parse_cell(CITY_TYPE, "new city") == "new"
    assert parse_cell(CITY_TYPE, "LIVABLE") == "livable"
    developer = REGISTERS["cities"].field("developer_kind")
    assert parse_cell(developer, "บริษัทพัฒนาเมือง/เอกชน") == "company"  # one label with a slash in it
    assert parse_cell(FOCUS, "Civic and social, สุขภาพและความเป็นอยู่") == ["civic", "health"]
    assert problem(CITY_TYPE, "เมืองเก่า") == \
        "ไม่มีตัวเลือก เมืองเก่า ในประเภทเมือง (เลือกได้: เมืองน่าอยู่, เมืองใหม่ทันสมัย)"
    assert problem(CITY_TYPE, "old", "en") == \
        "old is not one of the choices for city type (choose from: Livable City, New City)"


def test_keys_ignore_case_spacing_punctuation_and_zero_width():
    assert key("Province(s)") == key("provinces") == key(" PROVINCE_S ")
    assert key("ชื่อ-นามสกุล") == key("ชื่อ นามสกุล") == key("ชื่อ\u200bนามสกุล")
    assert key("E-mail") == key("email")
    assert key("น\u0e4d\u0e32") == key("นำ")


def test_references_without_a_session_find_nothing():
    zone_city = REGISTERS["zones"].field("city_id")
    assert problem(zone_city, "ภูเก็ตเมืองอัจฉริยะ") == "ไม่พบพื้นที่เมืองอัจฉริยะชื่อ ภูเก็ตเมืองอัจฉริยะ"
    assert parse_cell(zone_city, None, RefIndex(None)) is None
