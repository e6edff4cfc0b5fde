"""Undo/redo of adds, edits and deletes in a register pane (one QUndoStack per pane).

Undo and redo save with the version the pane's own last save of that record produced (``own_version``),
never the version a refresh brought in: after F5 shows another workstation's change, an undo or redo is
refused as stale (and dropped) instead of writing the old values over that change.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from app.core.errors import UserError


class RecordPane(Protocol):
    """What a command asks of the pane that pushed it (the register pane): redo and undo go through its saves."""

    def apply_create(self, values: dict[str, Any], record_id: int | None = None) -> Any: ...

    def apply_update(self, record_id: int, values: dict[str, Any], version: int | None = None) -> Any: ...

    def apply_delete(self, record_id: int, version: int | None = None) -> dict[str, Any]: ...

    def own_version(self, record_id: int) -> int: ...

    def notify_error(self, error: UserError) -> None: ...


class RecordCommand(QUndoCommand):
    """The first redo() is skipped: the pane has already done the work when it pushes the command."""

    def __init__(self, pane: RecordPane, text: str):
        super().__init__(text)
        self.pane = pane
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._guard(self.do_redo)

    def undo(self) -> None:
        self._guard(self.do_undo)

    def _guard(self, action) -> None:
        try:
            action()
        except UserError as error:  # someone else changed the record meanwhile: say so, drop the step
            self.setObsolete(True)
            self.pane.notify_error(error)

    def do_redo(self) -> None:
        raise NotImplementedError

    def do_undo(self) -> None:
        raise NotImplementedError


class AddCommand(RecordCommand):
    def __init__(self, pane: RecordPane, record_id: int, values: dict[str, Any], text: str):
        super().__init__(pane, text)
        self.record_id, self.values = record_id, values

    def do_undo(self) -> None:
        self.values = self.pane.apply_delete(self.record_id, self.pane.own_version(self.record_id))

    def do_redo(self) -> None:
        self.pane.apply_create(self.values, self.record_id)


class EditCommand(RecordCommand):
    def __init__(self, pane: RecordPane, record_id: int, before: dict[str, Any], after: dict[str, Any], text: str):
        super().__init__(pane, text)
        self.record_id, self.before, self.after = record_id, before, after

    def do_undo(self) -> None:
        self.pane.apply_update(self.record_id, self.before, self.pane.own_version(self.record_id))

    def do_redo(self) -> None:
        self.pane.apply_update(self.record_id, self.after, self.pane.own_version(self.record_id))


class DeleteCommand(RecordCommand):
    def __init__(self, pane: RecordPane, record_id: int, snapshot: dict[str, Any], text: str):
        super().__init__(pane, text)
        self.record_id, self.snapshot = record_id, snapshot

    def do_undo(self) -> None:
        self.pane.apply_create(self.snapshot, self.record_id)

    def do_redo(self) -> None:
        self.snapshot = self.pane.apply_delete(self.record_id, self.pane.own_version(self.record_id))
