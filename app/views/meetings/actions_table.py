"""The rows of the follow-up pane (ติดตามมติที่ประชุม): the action items as a table model, and the filters on it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from app.core.thaidate import format_date
from app.meetings.action_rows import ActionRow, number_key
from app.meetings.types import ACTION_ITEMS
from app.models.agenda import ACTION_STATUSES
from app.views.shared.row_table_model import SORT_ROLE, RowTableModel

OVERDUE_COLOUR = "#b3261e"
UNFINISHED = "unfinished"  # the status filter's "open or in progress"
COLUMNS = ("meeting", "item", "description", "agency", "due_on", "status", "overdue", "progress")
WIDTHS = (205, 230, 270, 200, 105, 150, 140, 220)
TEXT_COLUMNS = {"description", "agency", "progress"}  # sorted in Thai dictionary order
STATUS_ORDER = {c.value: i for i, c in enumerate(ACTION_STATUSES)}


class ActionTableModel(RowTableModel):
    """Rows are ActionRow values; sort keys are integer ranks (Thai collation for the text columns)."""

    columns = COLUMNS
    text_columns = frozenset(TEXT_COLUMNS)

    def __init__(self, lang: str = "th", parent=None):
        super().__init__(lang, (self.tr("การประชุม"), self.tr("ระเบียบวาระ"),
                                *(ACTION_ITEMS.field(n).label(lang)
                                  for n in ("description", "agency", "due_on", "status")),
                                self.tr("เกินกำหนด / ปิดงาน"), ACTION_ITEMS.field("progress").label(lang)), parent)

    def key(self, row: ActionRow, column: str) -> Any:
        if column in ("meeting", "item"):
            return (row.held_on, row.meeting_id, number_key(row.item_number) if column == "item" else ())
        if column == "due_on":
            return (row.due_on is None, row.due_on or date.min)
        if column == "status":
            return STATUS_ORDER.get(row.status, 99)
        days = row.days_overdue(self.today)  # overdue: most days first; then closed by date; then the rest
        return (0, -days, date.min) if days else ((1, 0, row.closed_on) if row.closed_on else (2, 0, date.min))

    def action(self, action_id: int) -> ActionRow | None:
        found = self.row_of(action_id)
        return None if found is None else self._rows[found]

    def text(self, row: ActionRow, column: str) -> str:
        if column == "meeting":
            return self.tr("{committee} ครั้งที่ {label}").format(committee=row.committee, label=row.meeting_label)
        if column == "item":
            return f"{row.item_number} {row.item_title}".strip()
        if column == "due_on":
            return format_date(row.due_on, self.lang)
        if column == "status":
            choice = ACTION_ITEMS.field("status").choice(row.status)
            return choice.label(self.lang) if choice else row.status
        if column == "overdue":
            days = row.days_overdue(self.today)
            if days:
                return self.tr("เกินกำหนด {n} วัน").format(n=days)
            return format_date(row.closed_on, self.lang)
        value = getattr(row, column)
        return " ".join(str(value).split()) if value else ""

    def tooltip(self, row: ActionRow, column: str) -> str | None:
        if column in ("description", "progress"):
            return getattr(row, column)
        return self.text(row, column) if column in ("item", "meeting") else None

    def colour(self, row: ActionRow) -> str | None:
        return OVERDUE_COLOUR if row.days_overdue(self.today) else None


class ActionFilterProxy(QSortFilterProxyModel):
    """Filters by agency (part of the name), status, overdue and committee; sorts by the model's ranks."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.agency, self.status, self.overdue, self.committee_id = "", "", False, None

    def set_filter(self, agency: str | None = None, status: str | None = None, overdue: bool | None = None,
                   committee_id: int | None | bool = False) -> None:
        """``committee_id``: False leaves it as it is, None shows every committee."""
        self.beginFilterChange()
        if agency is not None:
            self.agency = agency.strip().casefold()
        if status is not None:
            self.status = status
        if overdue is not None:
            self.overdue = overdue
        if committee_id is not False:
            self.committee_id = committee_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        model: ActionTableModel = self.sourceModel()
        row = model.row_at(source_row)
        if self.agency and self.agency not in row.agency.casefold():
            return False
        if self.status == UNFINISHED and not row.is_open:
            return False
        if self.status and self.status != UNFINISHED and row.status != self.status:
            return False
        if self.overdue and not row.days_overdue(model.today):
            return False
        return self.committee_id is None or row.committee_id == self.committee_id
