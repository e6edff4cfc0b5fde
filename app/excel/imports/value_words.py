"""The words an import tolerates besides the labels: header variants, province aliases, ignored marks.

Kept apart from the modules that raise messages (their Thai constants are all message templates,
which tests/services/test_messages.py checks); nothing here is shown to the user.
"""

from __future__ import annotations

import re

from app.models import Kind

# characters a lookup key ignores: spaces, punctuation, ฯ (กรุงเทพฯ) and zero-width characters
IGNORED = re.compile(r"[\s_.()\[\]\-–—/*:'\"ฯ\u200b\u200c\u200d\u2060\ufeff]+")
SARA_AM = ("\u0e4d\u0e32", "\u0e33")  # ํ + า typed for ำ
PROVINCE_PREFIX = re.compile(r"^\s*(จังหวัด|จ\.|changwat|province\s+of)\s*", re.IGNORECASE)
PROVINCE_ALIASES = {"TH-10": ("กรุงเทพ", "กทม", "กรุงเทพฯ", "Bangkok Metropolis", "BKK", "Krung Thep")}
SMART_EN, SMART_TH = "smart", "อัจฉริยะ"  # "Smart Mobility" / "การเดินทางและขนส่งอัจฉริยะ" also read without it
DATE_WORD = "วันที่"  # "วันที่ 5 พ.ย. 2564"

HEADER_VARIANTS_BY_KIND = {
    Kind.EMAIL: ("อีเมล", "อีเมล์", "e-mail", "email", "mail"),
    Kind.PHONE: ("โทรศัพท์", "เบอร์โทร", "เบอร์โทรศัพท์", "โทร", "tel", "telephone", "phone", "mobile"),
    Kind.URL: ("เว็บไซต์", "เว็บ", "website", "web", "url"),
    Kind.PROVINCE: ("จังหวัด", "จ.", "province"),
    Kind.PROVINCES: ("จังหวัด", "จ.", "province", "provinces"),
    Kind.DIMENSIONS: ("ด้าน", "dimensions"),
}
HEADER_VARIANTS_BY_NAME = {
    "name_th": ("ชื่อ", "ชื่อเมือง", "ชื่อโครงการ", "name"),
    "name": ("ชื่อ", "ชื่อเขต", "name"),
    "full_name": ("ชื่อ", "ชื่อสกุล", "ชื่อและนามสกุล", "name"),
    "partner": ("คู่ความร่วมมือ", "partner"),
    "notes": ("note", "remarks"),
}

# headers of a running-number column (ignored without asking), as lookup keys
RUNNING_NUMBER = frozenset({"ลำดับ", "ลำดับที่", "ที่", "no", "number", "#", "item", "seq", "ลำดับรายการ", "รายการที่",
                            "sequence", "order"})
TITLE_PREFIXES = ("ชื่อ", "โครงการ")  # "ชื่อเขตส่งเสริม", "โครงการนครสวรรค์สมาร์ทซิตี้": also read without them
# a row of totals: its first filled cell, as a key, is one of these, or starts with one of them then a number
TOTAL_WORDS = ("รวมทั้งสิ้น", "รวมทั้งหมด", "รวม", "ทั้งหมด", "grandtotal", "total", "sum")
CLEAR_MARKERS = ("[ลบ]", "[clear]")  # typed in a cell of an update row: empty that field
ERA_BE, ERA_CE = "พ.ศ.", "ค.ศ."  # written beside a year, they say which era it is
DAY_PREFIX = r"^วัน\S*ที่\s*"  # "วันที่ 5", "วันศุกร์ที่ 5"
