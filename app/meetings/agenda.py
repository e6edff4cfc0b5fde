"""The agenda tree of a meeting: the standard skeleton, items and sub-items, numbers derived from the tree.

Numbers are never stored: an item's number is its path of 1-based places among its siblings
(4.2, 4.2.1). The six sections of the skeleton (``section`` 1–6) cannot be deleted or moved, and
nothing else becomes a section. Places are kept as ``position`` 0…n-1 under each parent. A move
rewrites positions without touching the other items' version counters: reordering is not an edit
of their content, so it does not make someone else's open form stale. Once the minutes are certified
the agenda is refused every change (meeting_records.ensure_editable); the action items hanging on
its items are follow-up, not minutes, and stay editable (see actions).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from app.core.errors import Bilingual, RecordInUse, ValidationFailed
from app.meetings import wording
from app.meetings.records import assign, check, ensure_editable, fail_if, get, remove, save
from app.meetings.types import ACTION_ITEMS, AGENDA_ITEMS
from app.models import ActionItem, AgendaItem, City, Meeting, agenda_item_city
from app.models.agenda import SKELETON
from app.registers.catalog import CITIES

ITEMS = AgendaItem.__table__


@dataclass
class Node:
    """One item of the tree with its number and its sub-items, for the GUI tree and the minutes."""

    item: AgendaItem
    number: str
    children: list[Node] = field(default_factory=list)


# --------------------------------------------------------------------------- reading the tree


def items_of(session: Session, meeting_id: int) -> list[AgendaItem]:
    return list(session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                                .order_by(AgendaItem.position, AgendaItem.id)))


def _by_parent(items: list[AgendaItem]) -> dict[int | None, list[AgendaItem]]:
    out: dict[int | None, list[AgendaItem]] = {}
    for item in items:  # already in (position, id) order
        out.setdefault(item.parent_id, []).append(item)
    return out


def tree(session: Session, meeting_id: int) -> list[Node]:
    """The agenda as nested nodes in order, each with its number."""
    children = _by_parent(items_of(session, meeting_id))

    def build(parent_id: int | None, prefix: str) -> list[Node]:
        nodes = []
        for i, item in enumerate(children.get(parent_id, []), start=1):
            number = f"{prefix}{i}"
            nodes.append(Node(item, number, build(item.id, number + ".")))
        return nodes

    return build(None, "")


def numbers(session: Session, meeting_id: int) -> dict[int, str]:
    """Item id → number ("4.2") for every item of the meeting."""
    out: dict[int, str] = {}

    def walk(nodes: list[Node]) -> None:
        for node in nodes:
            out[node.item.id] = node.number
            walk(node.children)

    walk(tree(session, meeting_id))
    return out


def item_number(session: Session, item_id: int) -> str:
    """The number of one item, e.g. "4.2"."""
    item = get(session, AGENDA_ITEMS, item_id)
    return numbers(session, item.meeting_id)[item.id]


def section(session: Session, meeting_id: int, number: int) -> AgendaItem:
    """One of the six fixed sections (ระเบียบวาระที่ 1–6) of the meeting."""
    item = session.scalar(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id,
                                                   AgendaItem.section == number))
    return get(session, AGENDA_ITEMS, item.id if item else None)


def heading(session: Session, item_id: int) -> str:
    """ระเบียบวาระที่ 4 เรื่องที่เสนอให้ที่ประชุมทราบ, or 4.2 and the title for an item under it."""
    item = get(session, AGENDA_ITEMS, item_id)
    number = item_number(session, item_id)
    return wording.section_heading(number, item.title) if item.fixed else f"{number} {item.title}"


def _children(session: Session, meeting_id: int, parent_id: int | None) -> list[AgendaItem]:
    return list(session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id,
                                                         AgendaItem.parent_id == parent_id)
                                .order_by(AgendaItem.position, AgendaItem.id)))


def _descendant_ids(session: Session, item: AgendaItem) -> set[int]:
    children = _by_parent(items_of(session, item.meeting_id))
    found: set[int] = set()
    stack = [item.id]
    while stack:
        for child in children.get(stack.pop(), []):
            found.add(child.id)
            stack.append(child.id)
    return found


# --------------------------------------------------------------------------- places


def _place(session: Session, siblings: list[AgendaItem], parent_id: int | None) -> None:
    """Give ``siblings`` the positions 0…n-1 under ``parent_id``, without an ORM update (no version bump)."""
    session.flush()
    for position, item in enumerate(siblings):
        if item.position != position or item.parent_id != parent_id:
            session.execute(update(ITEMS).where(ITEMS.c.id == item.id).values(position=position,
                                                                              parent_id=parent_id))
            if item.parent_id != parent_id:
                set_committed_value(item, "parent_id", parent_id)
                session.expire(item, ["parent"])
            set_committed_value(item, "position", position)


def _expire_children(session: Session, *parent_ids: int | None) -> None:
    for parent_id in parent_ids:
        parent = session.get(AgendaItem, parent_id) if parent_id is not None else None
        if parent is not None:
            session.expire(parent, ["children"])


def add_skeleton(session: Session, meeting: Meeting) -> list[AgendaItem]:
    """The six sections of a new meeting, with 1.1 ประธานแจ้ง and 1.2 เลขานุการแจ้ง under the first."""
    sections = []
    for number, title, item_type, subs in SKELETON:
        top = AgendaItem(meeting_id=meeting.id, section=number, position=number - 1, title=title,
                         item_type=item_type)
        top.children = [AgendaItem(meeting_id=meeting.id, position=i, title=sub, item_type=item_type)
                        for i, sub in enumerate(subs)]
        session.add(top)
        sections.append(top)
    session.flush()
    return sections


# --------------------------------------------------------------------------- editing


def add_item(session: Session, parent_id: int, values: dict[str, Any], index: int | None = None) -> AgendaItem:
    """A new item under ``parent_id``, last or at ``index``; its type defaults to the parent's."""
    parent = get(session, AGENDA_ITEMS, parent_id)
    ensure_editable(session, parent.meeting_id)
    clean, problems = check(session, AGENDA_ITEMS, values)
    fail_if(problems)
    siblings = _children(session, parent.meeting_id, parent.id)
    item = AgendaItem(meeting_id=parent.meeting_id, parent_id=parent.id, position=len(siblings))
    assign(item, clean)
    if item.item_type is None:
        item.item_type = parent.item_type
    save(session, item)
    if index is not None:
        siblings.insert(max(0, min(index, len(siblings))), item)
        _place(session, siblings, parent.id)
    _expire_children(session, parent.id)
    return item


def update_item(session: Session, item_id: int, values: dict[str, Any], expected_version: int) -> AgendaItem:
    """Save changes to an item's content; a section's title stays as the regulation words it."""
    item = get(session, AGENDA_ITEMS, item_id, expected_version)
    ensure_editable(session, item.meeting_id)
    clean, problems = check(session, AGENDA_ITEMS, values, partial=True)
    if item.fixed and clean.get("title", item.title) != item.title and "title" not in problems:
        problems["title"] = ("ชื่อระเบียบวาระหลักเป็นไปตามแบบรายงานการประชุม แก้ไขไม่ได้", {})
    fail_if(problems)
    assign(item, clean)
    save(session, item)
    return item


def delete_item(session: Session, item_id: int, expected_version: int | None = None) -> None:
    """Delete an item and its sub-items; refused for the six sections and while action items hang on them."""
    item = get(session, AGENDA_ITEMS, item_id, expected_version)
    ensure_editable(session, item.meeting_id)
    if item.fixed:
        raise ValidationFailed({"title": ("ระเบียบวาระหลักทั้ง 6 วาระลบหรือย้ายไม่ได้", {})})
    subtree = _descendant_ids(session, item) | {item.id}
    actions = session.scalars(select(ActionItem.id).where(ActionItem.agenda_item_id.in_(subtree))).all()
    if actions:
        raise RecordInUse([ACTION_ITEMS.uses(len(actions))])
    meeting_id, parent_id = item.meeting_id, item.parent_id
    remove(session, item)
    _place(session, _children(session, meeting_id, parent_id), parent_id)
    _expire_children(session, parent_id)


def move_item(session: Session, item_id: int, new_parent_id: int, new_index: int,
              expected_version: int | None = None) -> AgendaItem:
    """Move an item (with its sub-items) to place ``new_index`` (from 0) under ``new_parent_id``.

    Both the old and the new siblings are renumbered. An index past the end puts the item last.
    """
    item = get(session, AGENDA_ITEMS, item_id, expected_version)
    ensure_editable(session, item.meeting_id)
    if item.fixed:
        raise ValidationFailed({"parent_id": ("ระเบียบวาระหลักทั้ง 6 วาระลบหรือย้ายไม่ได้", {})})
    if new_parent_id is None:
        raise ValidationFailed({"parent_id": ("เรื่องต้องอยู่ภายใต้ระเบียบวาระใดวาระหนึ่ง", {})})
    parent = get(session, AGENDA_ITEMS, new_parent_id)
    if parent.meeting_id != item.meeting_id:
        raise ValidationFailed({"parent_id": ("ย้ายเรื่องไปยังการประชุมอื่นไม่ได้", {})})
    if parent.id == item.id or parent.id in _descendant_ids(session, item):
        raise ValidationFailed({"parent_id": ("ย้ายเรื่องไปไว้ใต้เรื่องของตัวเองไม่ได้", {})})
    old_parent_id = item.parent_id
    if old_parent_id != parent.id:
        _place(session, [s for s in _children(session, item.meeting_id, old_parent_id) if s.id != item.id],
               old_parent_id)
    siblings = [s for s in _children(session, item.meeting_id, parent.id) if s.id != item.id]
    siblings.insert(max(0, min(new_index, len(siblings))), item)
    _place(session, siblings, parent.id)
    _expire_children(session, old_parent_id, parent.id)
    return item


def move_up(session: Session, item_id: int) -> AgendaItem:
    """One place up among its siblings (nothing happens to the first)."""
    item = get(session, AGENDA_ITEMS, item_id)
    return move_item(session, item_id, item.parent_id, max(0, _index(session, item) - 1))


def move_down(session: Session, item_id: int) -> AgendaItem:
    """One place down among its siblings (nothing happens to the last)."""
    item = get(session, AGENDA_ITEMS, item_id)
    return move_item(session, item_id, item.parent_id, _index(session, item) + 1)


def _index(session: Session, item: AgendaItem) -> int:
    return [s.id for s in _children(session, item.meeting_id, item.parent_id)].index(item.id)


# --------------------------------------------------------------------------- cities certified by an item


def link_cities(session: Session, item_id: int, city_ids: list[int], expected_version: int | None = None) -> AgendaItem:
    """The cities this item certifies (replaces the list)."""
    item = get(session, AGENDA_ITEMS, item_id, expected_version)
    ensure_editable(session, item.meeting_id)
    cities = [session.get(City, cid) for cid in dict.fromkeys(city_ids)]
    if any(c is None for c in cities):
        label = Bilingual(CITIES.singular_th, CITIES.singular_en)
        raise ValidationFailed({"cities": ("ไม่พบ{label}ที่เลือก", {"label": label})})
    item.cities = cities
    save(session, item)
    return item


def certifying_items(session: Session, city_id: int) -> list[AgendaItem]:
    """The agenda items that certified a city, earliest meeting first (``item.meeting`` gives the meeting)."""
    query = (select(AgendaItem).join(agenda_item_city, agenda_item_city.c.agenda_item_id == AgendaItem.id)
             .join(Meeting, Meeting.id == AgendaItem.meeting_id)
             .where(agenda_item_city.c.city_id == city_id).order_by(Meeting.held_on, AgendaItem.id))
    return list(session.scalars(query))


def certification_text(session: Session, item_id: int) -> str:
    """คณะกรรมการ… ครั้งที่ 1/2564 เมื่อวันศุกร์ที่ 5 พฤศจิกายน 2564 ระเบียบวาระที่ 4.2"""
    item = get(session, AGENDA_ITEMS, item_id)
    return wording.item_reference(item.meeting, item_number(session, item_id))
