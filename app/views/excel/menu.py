"""Excel export/import actions in the main window's File menu and in the panes.

What each pane exports is its ``ExportTarget``: the register panes and the Action items pane offer the rows
as shown (the current filter, in the current sort order) or everything; the Meetings pane the selected
meeting, the meetings listed for its committee, or every meeting. The dialogs and services are imported only
when used, so the start-up stays light.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from app.registers.catalog import REGISTERS


def install(window) -> None:
    """Add the Excel actions to ``window.file_menu``; connect ``window.pane_created`` for pane actions."""
    window.excel = ExcelActions(window)


# -- the service calls, one signature for the export dialog ---------------------------------------
def _write_register(key: str, session, path: Path, *, ids, lang, include_personal, progress) -> Path:
    from app.excel import export as excel_export

    return excel_export.export_register(session, key, path, lang=lang, include_personal=include_personal, ids=ids,
                                        progress=progress)


def _shown_ids(reg, view, session) -> list[int]:
    """The records a register pane shows, in its order (its filter and sort as a ``query.View``)."""
    from app.registers import query

    return query.ordered_ids(session, reg, view)


def _write_all(session, path: Path, *, ids, lang, include_personal, progress) -> Path:
    from app.excel import export as excel_export

    return excel_export.export_all(session, path, lang=lang, include_personal=include_personal, progress=progress)


def _write_actions(session, path: Path, *, ids, lang, include_personal, progress) -> Path:
    from app.excel import export_meetings as excel_meetings

    return excel_meetings.export_actions(session, path, ids=ids, lang=lang, progress=progress)


def _write_meetings(session, path: Path, *, ids, lang, include_personal, progress) -> Path:
    from app.excel import export_meetings as excel_meetings

    return excel_meetings.export_meeting_data(session, path, meeting_ids=ids, lang=lang, progress=progress)


def _stamp(lang: str) -> str:
    today = date.today()
    return f"{today.year + (0 if lang == 'en' else 543)}-{today:%m-%d}"


class ExcelActions(QObject):
    """The window's Excel menu and the Excel actions of each pane; opens the export and import dialogs."""

    def __init__(self, window):
        super().__init__(window)
        self.window, self.db, self.lang = window, window.db, window.lang
        self.dialog: QWidget | None = None
        menu = window.file_menu.addMenu(self.tr("Excel"))
        menu.setObjectName("excelMenu")
        self._menu_action(menu, self.tr("ส่งออกทุกทะเบียนเป็นแฟ้มเดียว (ส่งหน่วยงาน)…"), self.export_everything)
        imports = menu.addMenu(self.tr("นำเข้าจาก Excel"))
        for key, reg in REGISTERS.items():
            self._menu_action(imports, reg.label(self.lang) + "…", partial(self.import_register, key))
        window.pane_created.connect(self.attach)

    def _menu_action(self, menu: QMenu, text: str, slot) -> QAction:
        action = QAction(text, menu)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    # -- pane actions ----------------------------------------------------------------------------
    @Slot(str, object)
    def attach(self, key: str, pane) -> None:
        if key in REGISTERS:
            export = QAction(self.tr("ส่งออก Excel…"), pane)
            export.triggered.connect(lambda _c=False: self.export_register(pane))
            load = QAction(self.tr("นำเข้าจาก Excel…"), pane)
            load.triggered.connect(lambda _c=False: self.import_register(key))
            pane.add_extra_action(export)
            pane.add_extra_action(load)
            self._tool_button(pane, pane.bar, [export, load])
        elif key == "actions":
            export = QAction(self.tr("ส่งออก Excel…"), pane)
            export.triggered.connect(lambda _c=False: self.export_actions(pane))
            pane.addAction(export)
            self._tool_button(pane, pane.bar, [export])
        elif key == "meetings":
            export = QAction(self.tr("ส่งออกข้อมูลการประชุมเป็น Excel…"), pane)
            export.triggered.connect(lambda _c=False: self.export_meetings(pane))
            pane.table.addAction(export)
            self._tool_button(pane, pane.buttons, [export])

    def _tool_button(self, pane: QWidget, layout, actions: list[QAction]) -> QToolButton:
        button = QToolButton(pane)
        button.setObjectName("excelButton")
        button.setText(self.tr("Excel") + " ▾")  # the style's own indicator is a tiny corner mark
        button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        menu.addActions(actions)
        button.setMenu(menu)
        layout.addWidget(button)
        return button

    # -- what each pane exports ------------------------------------------------------------------
    def register_target(self, pane):
        from app.views.excel.export_dialog import ExportTarget

        reg, model = pane.register, pane.model
        shown = partial(_shown_ids, reg, model.view())  # read on the export's worker: up to every record, in order
        return ExportTarget(
            self.tr("ส่งออก{name}เป็น Excel").format(name=reg.label(self.lang)),
            f"{reg.label(self.lang)} {_stamp(self.lang)}",
            partial(_write_register, reg.key),
            ((self.tr("รายการที่แสดงอยู่ตามตัวกรองและการเรียงในตาราง ({n} รายการ)").format(n=model.rowCount()), shown),
             (self.tr("ทั้งหมด ({n} รายการ) เรียงตามชื่อ").format(n=model.total_count()), None)),
            tuple(f.label(self.lang) for f in reg.fields if f.personal))

    def actions_target(self, pane):
        from app.views.excel.export_dialog import ExportTarget
        from app.views.shared.row_table_model import ID_ROLE

        proxy = pane.proxy
        shown = [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]
        return ExportTarget(
            self.tr("ส่งออกงานที่ต้องติดตามเป็น Excel"), f"{self.tr('งานที่ต้องติดตาม')} {_stamp(self.lang)}",
            _write_actions,
            ((self.tr("รายการที่แสดงอยู่ตามตัวกรองและการเรียงในตาราง ({n} รายการ)").format(n=len(shown)), shown),
             (self.tr("ทั้งหมด ({n} รายการ)").format(n=pane.model.rowCount()), None)))

    def meetings_target(self, pane):
        from app.views.excel.export_dialog import ExportTarget

        table = pane.table
        listed = [table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(table.rowCount())]
        scopes = []
        selected = pane.selected_id()
        if selected is not None:
            label = table.item(table.currentRow(), 0).text()
            scopes.append((self.tr("การประชุมที่เลือก (ครั้งที่ {label})").format(label=label), [selected]))
        scopes.append((self.tr("การประชุมของ{committee} ({n} ครั้ง)").format(
            committee=pane.committee.currentText(), n=len(listed)), listed))
        scopes.append((self.tr("ทุกการประชุม ({n} ครั้ง)").format(n=len(pane.rows)), None))
        return ExportTarget(self.tr("ส่งออกข้อมูลการประชุมเป็น Excel (มติ งานที่ต้องติดตาม การเข้าประชุม)"),
                            f"{self.tr('ข้อมูลการประชุม')} {_stamp(self.lang)}", _write_meetings, tuple(scopes))

    def everything_target(self):
        from app.views.excel.export_dialog import ExportTarget

        personal = tuple(f"{reg.label(self.lang)}: {f.label(self.lang)}" for reg in REGISTERS.values()
                         for f in reg.fields if f.personal)
        return ExportTarget(self.tr("ส่งออกทุกทะเบียนเป็นแฟ้มเดียว (หนึ่งแผ่นงานต่อทะเบียน)"),
                            f"{self.tr('ทะเบียนทั้งหมด')} {_stamp(self.lang)}", _write_all,
                            ((self.tr("ทุกทะเบียน ทุกรายการ"), None),), personal)

    # -- opening the dialogs ---------------------------------------------------------------------
    def _open(self, dialog: QWidget) -> QWidget:
        if self.dialog is not None and not self.dialog.isVisible():
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()
        return dialog

    def _export(self, target, parent: QWidget):
        from app.views.excel.export_dialog import ExportDialog

        return self._open(ExportDialog(self.db, target, self.lang, parent))

    def export_register(self, pane):
        return self._export(self.register_target(pane), pane)

    def export_actions(self, pane):
        return self._export(self.actions_target(pane), pane)

    def export_meetings(self, pane):
        return self._export(self.meetings_target(pane), pane)

    def export_everything(self):
        return self._export(self.everything_target(), self.window)

    def import_register(self, key: str):
        from app.views.excel.import_dialog import ImportDialog

        dialog_class = getattr(self.window, "import_dialogs", {}).get(key, ImportDialog)  # the plan's adds its budget
        dialog = dialog_class(self.db, key, self.lang, self.window)
        dialog.imported.connect(lambda _result: self._reload_after_import(key))
        return self._open(dialog)

    def _reload_after_import(self, key: str) -> None:
        """The imported register and the registers that show its titles (a zone shows its city)."""
        for k, pane in self.window.panes.items():
            if k == key or (k in REGISTERS and any(f.ref == key for f in REGISTERS[k].fields)):
                pane.reload()
