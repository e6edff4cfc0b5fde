"""One meeting as an immutable snapshot, loaded once: everything its documents print, as plain values.

The minutes, the agenda and the invitation letters (PDF and DOCX) are pure functions of a
:class:`MeetingSnapshot` (``app.documents``). It is read with a handful of plain SQL queries through a
``fetch(sql, params) -> rows`` callable, so that the document commands can read a SQLite file with the
standard library's ``sqlite3`` and never import SQLAlchemy (:func:`session_fetch` gives the same callable
for a SQLAlchemy session, PostgreSQL included). Values come back as the driver gives them (SQLite: ISO
strings for dates and times) and are normalised here. The rules are the services' own: members serving on the
meeting date in list order (``committees.members_on``), the quorum (``attendance.quorum``), the follow-ups of
earlier resolutions (``actions.follow_ups``), the previous meeting (``meetings.previous_meeting``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, time

from app.core.thaidate import to_arabic_digits
from app.meetings import wording

Fetch = Callable[[str, dict], Sequence[Sequence]]
SAMPLE_KEY = "sample_data"  # app.models.base.SAMPLE_DATA (held equal by a test): printed in every page's footer

MEETING_SQL = (
    "SELECT m.id, m.committee_id, c.name, c.short_name, m.number, m.year_be, m.held_on, m.start_time, m.end_time, "
    "m.place, m.mode, m.chair_id, m.recording_style, m.minute_taker_name, m.minute_taker_position, m.checker_name, "
    "m.checker_position, c.quorum_numerator, c.quorum_denominator, c.quorum_rule "
    "FROM meeting m JOIN committee c ON c.id = m.committee_id WHERE m.id = :id")
FIND_SQL = ("SELECT m.id, c.name, c.short_name FROM meeting m JOIN committee c ON c.id = m.committee_id "
            "WHERE m.number = :number AND m.year_be = :year ORDER BY m.id")
MEMBERS_SQL = ("SELECT id, seq, position, person_name, job_title, ex_officio_office, from_on, to_on "
               "FROM committee_member WHERE committee_id = :committee")
ATTENDANCE_SQL = ("SELECT member_id, status, absence_reason, substitute_name, substitute_position "
                  "FROM meeting_attendance WHERE meeting_id = :meeting")
GUESTS_SQL = "SELECT seq, id, name, position, organisation FROM meeting_guest WHERE meeting_id = :meeting"
ITEMS_SQL = ("SELECT id, parent_id, section, title, item_type, background, proposal, documents, resolution "
             "FROM agenda_item WHERE meeting_id = :meeting ORDER BY position, id")
MEETINGS_SQL = "SELECT id, number, year_be, held_on, start_time FROM meeting WHERE committee_id = :committee"
ACTIONS_SQL = (
    "SELECT a.id, a.agenda_item_id, a.description, a.agency, a.progress, a.status, a.closed_on, i.meeting_id "
    "FROM action_item a JOIN agenda_item i ON i.id = a.agenda_item_id JOIN meeting m ON m.id = i.meeting_id "
    "WHERE m.committee_id = :committee AND m.id <> :meeting ORDER BY a.id")
TREE_SQL = ("SELECT i.id, i.parent_id, i.meeting_id FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id "
            "WHERE m.committee_id = :committee ORDER BY i.position, i.id")
SETTING_SQL = "SELECT value FROM app_setting WHERE key = :key"
CLOSED = frozenset({"done", "cancelled"})  # app.models.agenda.CLOSED_STATUSES
NUMBER = re.compile(r"(\d{1,4})\s*/\s*(\d{2}|\d{4})")
POSITION_ORDER = {code: k for k, code in enumerate(wording.POSITION_WORDS)}


@dataclass(frozen=True)
class Member:
    name: str  # the person, or the seat when no person is named (ผู้แทนสำนักงบประมาณ)
    job_title: str
    position: str  # code: chair, member, secretary …
    status: str | None  # present / substitute / absent; None: not recorded
    reason: str = ""
    substitute_name: str = ""
    substitute_position: str = ""
    seat: str = ""  # the ex-officio office or agency seat

    @property
    def position_text(self) -> str:
        return wording.POSITION_WORDS.get(self.position, "")


@dataclass(frozen=True)
class Guest:
    name: str
    position: str
    organisation: str


@dataclass(frozen=True)
class Item:
    number: str
    section: int | None
    title: str
    item_type: str | None
    background: str
    proposal: str
    documents: tuple[str, ...]
    resolution: str
    children: tuple[Item, ...] = ()


@dataclass(frozen=True)
class FollowUp:
    reference: str  # ตามมติ… ระเบียบวาระที่ 4.2
    description: str
    agency: str
    progress: str


@dataclass(frozen=True)
class MeetingSnapshot:
    meeting_id: int
    committee: str
    committee_short: str
    number: int
    year_be: int
    held_on: date
    start_time: time | None
    end_time: time | None
    place: str
    mode: str
    recording_style: str
    chair: str
    minute_taker: tuple[str, str]  # name, position ("" where unknown)
    checker: tuple[str, str]
    members: tuple[Member, ...]
    guests: tuple[Guest, ...]
    agenda: tuple[Item, ...]
    previous: str  # the text of ระเบียบวาระที่ 2 (รับรองรายงานการประชุม ครั้งที่ … or ไม่มี)
    follow_ups: tuple[FollowUp, ...]
    quorum_met: bool
    sample: bool  # the demo database: every page says so

    @property
    def label(self) -> str:
        return f"{self.number}/{self.year_be}"


# --------------------------------------------------------------------------- values as drivers give them


def as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def as_time(value) -> time | None:
    if value is None or isinstance(value, time):
        return value
    return time.fromisoformat(str(value))


def _text(value) -> str:
    return (value or "").strip()


def quorum_required(members: int, numerator: int, denominator: int, rule: str) -> int:
    """The fewest present members that satisfy the rule: at_least → ⌈m·n/d⌉, more_than → ⌊m·n/d⌋ + 1."""
    share = members * numerator
    if rule == "more_than":
        return share // denominator + 1
    return -(-share // denominator)


def held_order(held_on, start_time, row_id) -> tuple:
    """The order meetings were held in (as ``meetings.held_order``)."""
    start = as_time(start_time)
    return (as_date(held_on), start is not None, start or time(), row_id or 0)


# --------------------------------------------------------------------------- loading


def parse_number(text: str) -> tuple[int, int]:
    """"1/2564", "ครั้งที่ ๑/๒๕๖๔" or "1/64" → (1, 2564). Raise ValueError with a Thai template."""
    m = NUMBER.fullmatch(to_arabic_digits(str(text or "")).replace(wording.NUMBER_WORD, "").strip())
    if m:
        number, year = int(m[1]), int(m[2]) + (2500 if len(m[2]) == 2 else 0)
        if number >= 1 and year >= 2400:
            return number, year
    raise ValueError("ครั้งที่ประชุมต้องเขียนเป็น ครั้งที่/ปี พ.ศ. เช่น 1/2564")


def session_fetch(session) -> Fetch:
    """A ``fetch`` for a SQLAlchemy session (any database the app supports)."""
    from sqlalchemy import text

    return lambda sql, params: session.execute(text(sql), params).all()


def find(fetch: Fetch, label: str, committee: str | None = None) -> int:
    """The id of meeting ``label`` (1/2564); ``committee``: part of its name or its short name. UserError if none."""
    from app.core.errors import UserError

    try:
        number, year = parse_number(label)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    found = fetch(FIND_SQL, {"number": number, "year": year})
    if committee:
        wanted = committee.strip().casefold()
        found = [r for r in found if wanted in r[1].casefold() or wanted == (r[2] or "").casefold()]
    if not found:
        raise UserError("ไม่พบการประชุมครั้งที่ {label}", label=label)
    if len(found) > 1:
        names = " / ".join(r[1] for r in found)
        raise UserError("มีการประชุมครั้งที่ {label} หลายคณะ กรุณาระบุ --committee: {names}", label=label, names=names)
    return found[0][0]


def load(fetch: Fetch, meeting_id: int) -> MeetingSnapshot:
    """The snapshot of one meeting (UserError when it does not exist)."""
    rows = fetch(MEETING_SQL, {"id": meeting_id})
    if not rows:
        from app.core.errors import UserError

        raise UserError("ไม่พบการประชุมครั้งที่ {label}", label=str(meeting_id))
    (mid, committee_id, committee, short, number, year_be, held_on, start, end, place, mode, chair_id, style,
     taker, taker_position, checker, checker_position, q_num, q_den, q_rule) = rows[0]
    held_on = as_date(held_on)
    serving = _serving(fetch, committee_id, held_on)
    attendance = {r[0]: r[1:] for r in fetch(ATTENDANCE_SQL, {"meeting": mid})}
    members = tuple(_member(row, attendance.get(row[0])) for row in serving)
    counted = [row[0] for row in serving if row[2] not in wording.NOT_MEMBERS]
    present = sum(1 for m in counted if attendance.get(m, ("",))[0] in ("present", "substitute"))
    needed = quorum_required(len(counted), q_num or 1, q_den or 2, q_rule or "at_least")
    meetings = fetch(MEETINGS_SQL, {"committee": committee_id})
    this = held_order(held_on, start, mid)
    chair = next((_name(r) for r in serving if r[0] == chair_id), "")
    return MeetingSnapshot(
        mid, committee, _text(short), number, year_be, held_on, as_time(start), as_time(end), _text(place),
        mode or "onsite", style or "summary", chair, (_text(taker), _text(taker_position)),
        (_text(checker), _text(checker_position)), members, _guests(fetch, mid), _agenda(fetch, mid),
        _previous(meetings, this), _follow_ups(fetch, committee, committee_id, mid, held_on, meetings, this),
        bool(counted) and present >= needed, is_sample(fetch))


def is_sample(fetch: Fetch) -> bool:
    """Whether this database holds the demo data (``app.sample.demo`` marks it)."""
    return any(r[0] == "true" for r in fetch(SETTING_SQL, {"key": SAMPLE_KEY}))


def _serving(fetch: Fetch, committee_id: int, day: date) -> list:
    rows = [r for r in fetch(MEMBERS_SQL, {"committee": committee_id})
            if (r[6] is None or as_date(r[6]) <= day) and (r[7] is None or day <= as_date(r[7]))]
    return sorted(rows, key=lambda r: (r[1] is None, r[1] or 0, POSITION_ORDER.get(r[2], 99), r[0]))


def _name(row) -> str:
    return _text(row[3] or row[5] or row[4])


def _member(row, attendance) -> Member:
    status, reason, sub_name, sub_position = attendance or (None, None, None, None)
    return Member(_name(row), _text(row[4]), row[2], status, _text(reason), _text(sub_name), _text(sub_position),
                  _text(row[5]))


def _guests(fetch: Fetch, meeting_id: int) -> tuple[Guest, ...]:
    rows = sorted(fetch(GUESTS_SQL, {"meeting": meeting_id}), key=lambda r: (r[0] is None, r[0] or 0, r[1]))
    return tuple(Guest(_text(r[2]), _text(r[3]), _text(r[4])) for r in rows)


def _agenda(fetch: Fetch, meeting_id: int) -> tuple[Item, ...]:
    children: dict = {}
    for row in fetch(ITEMS_SQL, {"meeting": meeting_id}):
        children.setdefault(row[1], []).append(row)

    def build(parent_id, prefix: str) -> tuple[Item, ...]:
        items = []
        for k, r in enumerate(children.get(parent_id, []), start=1):
            number = f"{prefix}{k}"
            documents = tuple(d.strip() for d in (r[7] or "").splitlines() if d.strip())
            items.append(Item(number, r[2], _text(r[3]), r[4], (r[5] or "").strip(), (r[6] or "").strip(), documents,
                              (r[8] or "").strip(), build(r[0], number + ".")))
        return tuple(items)

    return build(None, "")


def _previous(meetings, this: tuple) -> str:
    earlier = sorted((held_order(r[3], r[4], r[0]), r) for r in meetings if held_order(r[3], r[4], r[0]) < this)
    if not earlier:
        return wording.NOTHING
    row = earlier[-1][1]
    return wording.certify_previous_text(f"{row[1]}/{row[2]}", as_date(row[3]))


def _follow_ups(fetch: Fetch, committee: str, committee_id: int, meeting_id: int, held_on: date, meetings,
                this: tuple) -> tuple[FollowUp, ...]:
    """Action items of the committee's earlier meetings still open on this meeting's date (``actions.follow_ups``)."""
    by_id = {r[0]: r for r in meetings}
    order = {r[0]: held_order(r[3], r[4], r[0]) for r in meetings}
    rows = [r for r in fetch(ACTIONS_SQL, {"committee": committee_id, "meeting": meeting_id})
            if order[r[7]] < this and as_date(by_id[r[7]][3]) <= held_on
            and (r[5] not in CLOSED or (r[6] is not None and as_date(r[6]) >= held_on))]
    if not rows:
        return ()
    numbers = _item_numbers(fetch, committee_id)
    rows.sort(key=lambda r: (order[r[7]], r[1], r[0]))
    out = []
    for r in rows:
        source = by_id[r[7]]
        meeting = wording.reference_text(committee, f"{source[1]}/{source[2]}", as_date(source[3]))
        reference = wording.ITEM_REFERENCE.format(meeting=meeting, number=numbers.get(r[1], ""))
        out.append(FollowUp(reference, _text(r[2]), _text(r[3]), _text(r[4])))
    return tuple(out)


def _item_numbers(fetch: Fetch, committee_id: int) -> dict[int, str]:
    children: dict = {}
    for item_id, parent_id, meeting_id in fetch(TREE_SQL, {"committee": committee_id}):
        children.setdefault(parent_id if parent_id is not None else ("meeting", meeting_id), []).append(item_id)
    numbers: dict[int, str] = {}
    pending = [(key, "") for key in children if isinstance(key, tuple)]
    while pending:
        parent_id, prefix = pending.pop()
        for k, item_id in enumerate(children.get(parent_id, []), start=1):
            numbers[item_id] = f"{prefix}{k}"
            pending.append((item_id, f"{prefix}{k}."))
    return numbers


def _agency_key(text: str) -> str:
    return text.strip().removeprefix(wording.REPRESENTATIVE).strip().casefold()


def agencies_in_both(snap: MeetingSnapshot) -> list[str]:
    """Agencies that sit on the committee and also appear among the other attendees (a warning in the meeting
    window: the same agency is printed twice, once as ผู้มาประชุม and once as ผู้เข้าร่วมประชุม)."""
    members = {_agency_key(m.seat or m.name): m.seat or m.name for m in snap.members if m.seat or m.name}
    found: list[str] = []
    for guest in snap.guests:
        for text in (guest.organisation, guest.name):
            name = members.get(_agency_key(text)) if text else None
            if name and name not in found:
                found.append(name)
    return found
