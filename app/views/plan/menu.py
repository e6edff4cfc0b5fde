"""The plan's actions on its register pane: the budget of the selected project (Ctrl+B), the duplicate check
(Ctrl+D) and the summary for the agenda; and its Excel import, which reads the budget columns too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolButton

from app.core.errors import UserError
from app.views.shared.pane_actions import connect_plain

translate = QCoreApplication.translate


def install(window) -> None:
    window.import_dialogs = {**getattr(window, "import_dialogs", {}), "plan": _import_dialog}
    window.pane_created.connect(lambda key, pane: attach(window, pane) if key == "plan" else None)


def _import_dialog(*args):
    """The plan's import dialog, loaded on first use (it brings openpyxl and the column matching)."""
    from app.views.plan.import_dialog import PlanImportDialog

    return PlanImportDialog(*args)


def attach(window, pane) -> None:
    """Tool buttons beside the pane's add/edit/delete, the same actions in its context menu."""
    budget = _action(pane, translate("PlanMenu", "งบประมาณ…"), "Ctrl+B", lambda: open_budget(window, pane), "budget")
    duplicates = _action(pane, translate("PlanMenu", "ตรวจโครงการซ้ำ…"), "Ctrl+D", lambda: open_duplicates(window, pane),
                         "duplicates")
    summary = _action(pane, translate("PlanMenu", "สรุปงบประมาณ…"), None, lambda: open_summary(window, pane), "summary")
    for action in (budget, duplicates, summary):
        button = QToolButton(pane)
        button.setObjectName(f"{action.objectName()}Button")
        button.setDefaultAction(action)
        pane.bar.addWidget(button)
        pane.add_extra_action(action)
    pane.budget_action, pane.duplicates_action, pane.summary_action = budget, duplicates, summary
    selection = pane.table.selectionModel()
    for signal in (selection.selectionChanged, pane.proxy.layoutChanged, pane.proxy.modelReset):  # visible rows only
        signal.connect(lambda *_a: budget.setEnabled(pane.selected_id() is not None))
    budget.setEnabled(False)


def _action(pane, text: str, shortcut: str | None, slot, name: str) -> QAction:
    action = QAction(text, pane)
    action.setObjectName(f"{name}Action")
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutVisibleInContextMenu(True)
    connect_plain(action.triggered, slot)
    return action


def _years(pane) -> list[int]:
    from app.registers import filters

    f = pane.register.field("fiscal_year")
    return sorted((value for value, _label in filters.options(pane.model.table_data, f)), reverse=True)


def open_budget(window, pane):
    from app.views.plan.budget_dialog import BudgetDialog

    record_id = pane.selected_id()
    if record_id is None:
        return None
    try:
        dialog = BudgetDialog(pane.db, record_id, pane.lang, pane)
    except UserError as error:
        pane.notify_error(error)
        return None

    def saved(result) -> None:
        pane.model.upsert(result.id, result.version, result.values)
        pane.select_ids([result.id])

    dialog.saved.connect(saved)
    pane.budget_dialog = dialog
    dialog.open()
    return dialog


def open_duplicates(window, pane):
    from app.views.plan.duplicates_dialog import DuplicatesDialog

    dialog = DuplicatesDialog(pane.db, _years(pane), pane.lang, pane)
    dialog.decided.connect(pane.reload)  # a merge withdraws a project
    pane.duplicates_dialog = dialog
    dialog.open()
    dialog.run_check()
    return dialog


def open_summary(window, pane):
    from app.views.plan.summary_dialog import SummaryDialog

    dialog = SummaryDialog(pane.db, _years(pane), pane.lang, pane)
    dialog.attached.connect(lambda _item: window._stale.add("meetings"))
    pane.summary_dialog = dialog
    dialog.open()
    return dialog
