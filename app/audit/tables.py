"""What the audit trail calls each table: the register or part of the work it belongs to, in Thai and English,
and the labels of its fields (from the models' field descriptions)."""

from __future__ import annotations

import app.models

# table → (key used on the command line, Thai, English, the name in app.models of its field descriptions): the
# names, so that the menus can ask which tables have a history without building every model at start
TABLES: dict[str, tuple[str, str, str, str]] = {
    "city": ("cities", "พื้นที่เมืองอัจฉริยะ", "Smart city areas", "CITY_FIELDS"),
    "city_province": ("city_provinces", "จังหวัดของเมือง", "Provinces of a city", ""),
    "city_dimension": ("city_dimensions", "ด้านของเมือง", "Dimensions of a city", ""),
    "emblem_renewal": ("renewals", "การต่ออายุตราสัญลักษณ์", "Emblem renewals", ""),
    "promotion_zone": ("zones", "เขตส่งเสริมเมืองอัจฉริยะ", "Promotion zones", "ZONE_FIELDS"),
    "ambassador": ("ambassadors", "นักส่งเสริมดิจิทัลพัฒนาเมือง", "Smart city ambassadors", "AMBASSADOR_FIELDS"),
    "ascn_partnership": ("partnerships", "ความร่วมมือ ASCN", "ASCN partnerships", "PARTNERSHIP_FIELDS"),
    "committee": ("committees", "คณะกรรมการ", "Committees", "COMMITTEE_FIELDS"),
    "committee_member": ("members", "กรรมการ", "Committee members", "MEMBER_FIELDS"),
    "meeting": ("meetings", "การประชุม", "Meetings", "MEETING_FIELDS"),
    "meeting_attendance": ("attendance", "การเข้าประชุม", "Attendance", "ATTENDANCE_FIELDS"),
    "meeting_guest": ("guests", "ผู้เข้าร่วมประชุม", "Meeting guests", "GUEST_FIELDS"),
    "agenda_item": ("agenda", "ระเบียบวาระ", "Agenda items", "AGENDA_ITEM_FIELDS"),
    "agenda_item_city": ("agenda_cities", "เมืองในวาระ", "Cities of an agenda item", ""),
    "action_item": ("actions", "งานที่ต้องติดตาม", "Action items", "ACTION_ITEM_FIELDS"),
    "certificate": ("certificates", "เกียรติบัตร", "Certificates", "CERTIFICATE_FIELDS"),
    "certificate_event": ("certificate_events", "ประวัติเกียรติบัตร", "Certificate history", ""),
    "certificate_counter": ("certificate_counters", "เลขลำดับเกียรติบัตร", "Certificate counters", ""),
    "app_setting": ("settings", "การตั้งค่า", "Settings", ""),
    "province": ("provinces", "จังหวัด", "Provinces", ""),
    "smart_dimension": ("dimensions", "ด้านเมืองอัจฉริยะ", "Smart city dimensions", ""),
}
BY_KEY = {key: table for table, (key, *_rest) in TABLES.items()}


def table_of(name: str) -> str | None:
    """A table from a command-line key ("cities") or a table name ("city"); None when neither."""
    name = name.strip().lower()
    if name in TABLES:
        return name
    return BY_KEY.get(name)


def table_label(table: str, lang: str = "th") -> str:
    entry = TABLES.get(table)
    if entry is None:
        return table
    return entry[2] if lang == "en" else entry[1]


def _field(table: str, name: str):
    entry = TABLES.get(table)
    fields = getattr(app.models, entry[3]) if entry and entry[3] else ()
    return next((f for f in fields if f.name == name), None)


def field_label(table: str, field: str, lang: str = "th") -> str:
    f = _field(table, field)
    return f.label(lang) if f is not None else field


def choice_label(table: str, field: str, value: object, lang: str = "th") -> object:
    """A choice field's value as its label (``issued`` → ออกแล้ว); anything else as it is."""
    f = _field(table, field)
    choice = f.choice(value) if f is not None and f.choices and isinstance(value, str) else None
    return choice.label(lang) if choice is not None else value
