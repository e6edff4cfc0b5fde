"""The agenda of a meeting as a tree: drag and drop to reorder (numbers follow), an editor for the item,
the cities it certifies and the work its resolution assigns.

Certified minutes are shown read-only (``set_read_only``): no editing, moving, adding or deleting of
items; the work a resolution assigns is follow-up, so it can still be added and removed.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.db import Database
from app.core.errors import UserError, ValidationFailed
from app.core.thaidate import format_date
from app.meetings import actions, agenda
from app.models import AGENDA_ITEM_FIELDS, AgendaItem
from app.models.agenda import ACTION_STATUSES
from app.registers import tables
from app.registers.catalog import CITIES
from app.views.shared.field_widgets import CheckListEdit
from app.views.shared.fields_editor import ERROR_STYLE, FieldsEditor, show_refusal
from app.views.shared.pane_actions import connect_plain, size_columns
from app.views.shared.thai_sort import thai_collator

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS = {c.value: c for c in ACTION_STATUSES}


def set_editors_read_only(editors: Iterable[QWidget], read_only: bool) -> None:
    """Field editors still shown in full but not editable: texts read-only (they can be selected and
    copied), the calendar button, choices and lists disabled."""
    for editor in editors:
        if isinstance(editor, QLineEdit | QPlainTextEdit):
            _set_read_only(editor, read_only)
        elif isinstance(getattr(editor, "line", None), QLineEdit) and hasattr(editor, "button"):  # DateEdit
            _set_read_only(editor.line, read_only)
            editor.button.setEnabled(not read_only)
        else:
            editor.setEnabled(not read_only)


def _set_read_only(editor: QLineEdit | QPlainTextEdit, read_only: bool) -> None:
    editor.setReadOnly(read_only)
    editor.style().unpolish(editor)  # a style sheet that greys read-only texts sees the change
    editor.style().polish(editor)


class AgendaTree(QTreeWidget):
    """Reorder by drag and drop; ``item_moved(id, new_parent_id, index)`` tells where an item landed."""

    item_moved = Signal(int, object, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt API)
        moving = self.currentItem()
        super().dropEvent(event)
        if moving is not None:
            self.report_position(moving)

    def report_position(self, item: QTreeWidgetItem) -> None:
        parent = item.parent()
        index = parent.indexOfChild(item) if parent else self.indexOfTopLevelItem(item)
        parent_id = parent.data(0, ID_ROLE) if parent else None
        self.item_moved.emit(item.data(0, ID_ROLE), parent_id, index)


class AgendaTab(QWidget):
    changed = Signal()

    def __init__(self, db: Database, meeting_id: int, lang: str = "th", parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.meeting_id, self.lang = db, meeting_id, lang
        self.current_id: int | None = None
        self.current_version: int | None = None
        self.read_only = False
        self._section: int | None = None
        self._dirty = False
        self._build()
        self.reload()

    # -- construction ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.tree = AgendaTree(self)
        self.tree.setObjectName("agendaTree")
        self.tree.item_moved.connect(self.move)
        self.tree.currentItemChanged.connect(self._selected)
        buttons = QHBoxLayout()
        self.add_button = self._button(self.tr("เพิ่มเรื่อง"), self.add_item, buttons)
        self.delete_button = self._button(self.tr("ลบ"), self.delete_item, buttons)
        self.up_button = self._button(self.tr("ขึ้น"), lambda: self._step(-1), buttons)
        self.down_button = self._button(self.tr("ลง"), lambda: self._step(1), buttons)
        left = QWidget(self)
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.tree)
        box.addLayout(buttons)

        self.editor = FieldsEditor(tuple(f for f in AGENDA_ITEM_FIELDS if f.in_form), self.lang, parent=self)
        self.editor.changed.connect(self._mark_dirty)
        self.banner = QLabel(self)
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.cities_label = QLabel(self.tr("เมืองที่รับรองในเรื่องนี้"), self)
        self.cities = CheckListEdit(self._city_items(), self)
        self.cities.list.itemChanged.connect(self._mark_dirty)
        self.actions_label = QLabel(self.tr("งานที่มอบหมายตามมติ"), self)
        self.actions = QTableWidget(0, 4, self)
        self.actions.setObjectName("actions")
        self.actions.setHorizontalHeaderLabels([self.tr("งานที่มอบหมาย"), self.tr("หน่วยงานที่รับผิดชอบ"),
                                                self.tr("กำหนดเสร็จ"), self.tr("สถานะ")])
        self.actions.horizontalHeader().setStretchLastSection(True)
        size_columns(self.actions.horizontalHeader(), (240, 0, 0))  # the agency's heading in full
        self.actions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actions.setMaximumHeight(140)
        self.actions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        action_buttons = QHBoxLayout()
        self.add_action_button = self._button(self.tr("เพิ่มงานที่มอบหมาย"), self.add_action, action_buttons)
        self.remove_action_button = self._button(self.tr("ลบงานที่เลือก"), self.remove_action, action_buttons)
        action_buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("บันทึกเรื่องนี้"), self)
        self.save_button.clicked.connect(self.save)
        right = QWidget(self)
        form = QVBoxLayout(right)
        for widget in (self.banner, self.editor, self.cities_label, self.cities, self.actions_label, self.actions):
            form.addWidget(widget)
        form.addLayout(action_buttons)
        form.addWidget(self.save_button)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(right)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setSizes([420, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _button(self, text: str, slot, layout: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        connect_plain(button.clicked, slot)
        layout.addWidget(button)
        return button

    def _city_items(self) -> list[tuple[int, str]]:
        with self.db.session() as session:
            labels = tables.ref_labels(session, CITIES)
        key = thai_collator().sortKey
        return sorted(labels.items(), key=lambda kv: key(kv[1]))

    def _mark_dirty(self, *_args) -> None:
        if self.current_id is not None:
            self._dirty = True
            self.changed.emit()

    # -- loading ---------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        select_id = select_id if select_id is not None else self.current_id
        self.tree.blockSignals(True)
        self.tree.clear()
        with self.db.session() as session:
            nodes = agenda.tree(session, self.meeting_id)
            self._add_nodes(self.tree.invisibleRootItem(), nodes)
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self.current_id = None
        target = self._find(select_id) if select_id is not None else self.tree.topLevelItem(0)
        if target is not None:
            self.tree.setCurrentItem(target)

    def _add_nodes(self, parent: QTreeWidgetItem, nodes) -> None:
        for node in nodes:
            prefix = self.tr("ระเบียบวาระที่ {n}").format(n=node.number) if node.item.section else node.number
            item = QTreeWidgetItem(parent, [f"{prefix} {node.item.title}"])
            item.setData(0, ID_ROLE, node.item.id)
            flags = item.flags()
            if node.item.section:  # the six sections stay where the regulation puts them
                flags &= ~Qt.ItemFlag.ItemIsDragEnabled
            item.setFlags(flags)
            self._add_nodes(item, node.children)

    def _find(self, item_id: int) -> QTreeWidgetItem | None:
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item.data(0, ID_ROLE) == item_id:
                return item
            stack += [item.child(i) for i in range(item.childCount())]
        return None

    def _selected(self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        if previous is not None and self._dirty and not self.save():
            self.tree.blockSignals(True)
            self.tree.setCurrentItem(previous)  # keep the user on the item that did not save
            self.tree.blockSignals(False)
            return
        self._show(current.data(0, ID_ROLE) if current else None)

    def _show(self, item_id: int | None) -> None:
        self.banner.hide()
        self.editor.clear_errors()
        self.current_id = None
        if item_id is None:
            return
        with self.db.session() as session:
            item = session.get(AgendaItem, item_id)
            values = {f.name: getattr(item, f.name) for f in AGENDA_ITEM_FIELDS if f.in_form}
            city_ids = [c.id for c in item.cities]
            found = actions.actions_of(session, item_id)
            rows = [(a.description, a.agency, format_date(a.due_on, self.lang), STATUS[a.status].label(self.lang))
                    for a in found]
            self._action_ids = [a.id for a in found]
            version, section = item.version, item.section
        self.editor.set_values(values)
        self.cities.set_value(city_ids)
        for widget in (self.cities_label, self.cities):
            widget.setVisible(section is None)
        self.actions.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.actions.setItem(r, c, QTableWidgetItem(text))
        self.current_id, self.current_version, self._dirty, self._section = item_id, version, False, section
        self._update_controls()

    def set_read_only(self, read_only: bool) -> None:
        """Certified minutes: the tree stays browsable, nothing in it can be changed (the work assigned can)."""
        self.read_only = read_only
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop if read_only
                                  else QAbstractItemView.DragDropMode.InternalMove)
        set_editors_read_only(self.editor.editors.values(), read_only)
        self.cities.setEnabled(not read_only)
        for button in (self.add_button, self.up_button, self.down_button, self.save_button):
            button.setEnabled(not read_only)
        self._update_controls()

    def _update_controls(self) -> None:
        """What the shown item allows: the six sections keep their titles and places."""
        fixed = self._section is not None
        self.delete_button.setEnabled(not self.read_only and not fixed)
        _set_read_only(self.editor.editors["title"], self.read_only or fixed)

    # -- changes ---------------------------------------------------------------------------------
    def notify_error(self, error: UserError) -> None:
        QMessageBox.warning(self, self.tr("ทำรายการไม่สำเร็จ"), error.message(self.lang))

    def confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def save(self) -> bool:
        """Write the shown item; on a problem the input stays and the message shows beside the field."""
        if self.current_id is None or self.read_only:  # read-only: nothing can have been typed
            return True
        values = self.editor.values()
        try:
            with self.db.session() as session:
                item = agenda.update_item(session, self.current_id, values, self.current_version)
                if item.section is None:
                    item = agenda.link_cities(session, self.current_id, self.cities.value())
                session.flush()
                self.current_version = item.version
        except UserError as error:
            show_refusal(error, self.banner, self.editor, self.lang)
            if not isinstance(error, ValidationFailed):  # stale or locked: say so, not only above the fields
                self.notify_error(error)
            return False
        self._dirty = False
        self.banner.hide()
        self._retitle()
        return True

    def _retitle(self) -> None:
        self.reload(self.current_id)

    def add_item(self) -> int | None:
        """A new item under the selected section (or beside the selected item)."""
        if not self.save():
            return None
        current = self.tree.currentItem()
        if current is None:
            return None
        with self.db.session() as session:
            selected = session.get(AgendaItem, current.data(0, ID_ROLE))
            parent_id = selected.id if selected.section else selected.parent_id
            try:
                item = agenda.add_item(session, parent_id, {"title": self.tr("เรื่องใหม่")})
                session.flush()
                new_id = item.id
            except UserError as error:
                self.notify_error(error)
                return None
        self.reload(new_id)
        self.editor.editors["title"].setFocus()
        self.editor.editors["title"].selectAll()
        self.changed.emit()
        return new_id

    def delete_item(self) -> bool:
        if self.current_id is None:
            return False
        title = self.editor.values().get("title") or ""
        if not self.confirm(self.tr("ยืนยันการลบ"), self.tr("ลบเรื่อง “{title}” และเรื่องย่อยใช่หรือไม่?").format(title=title)):
            return False
        try:
            with self.db.session() as session:
                parent_id = session.get(AgendaItem, self.current_id).parent_id
                agenda.delete_item(session, self.current_id)
        except UserError as error:
            self.notify_error(error)
            return False
        self.current_id = None
        self.reload(parent_id)
        self.changed.emit()
        return True

    def move(self, item_id: int, parent_id: int | None, index: int) -> bool:
        """Where a dragged item landed; the tree is rebuilt from the database, so numbers follow."""
        if self._dirty and not self.save():
            self.reload(item_id)
            return False
        try:
            with self.db.session() as session:
                agenda.move_item(session, item_id, parent_id, index)
        except ValidationFailed as failure:  # e.g. dropped beside the six sections instead of under one
            template, params = next(iter(failure.errors.values()))
            self.notify_error(UserError(template, **params))
            self.reload(item_id)
            return False
        except UserError as error:
            self.notify_error(error)
            self.reload(item_id)
            return False
        self.reload(item_id)
        self.changed.emit()
        return True

    def add_action(self):
        """Work this item's resolution assigns; it comes back under ระเบียบวาระที่ 3 of the next meeting."""
        from app.views.meetings.action_dialog import NewActionDialog

        if self.current_id is None or not self.save():
            return None
        dialog = NewActionDialog(self.db, self.current_id, self.lang, self)
        dialog.created.connect(lambda _id: (self._show(self.current_id), self.changed.emit()))
        dialog.open()
        return dialog

    def remove_action(self) -> bool:
        row = self.actions.currentRow()
        if self.current_id is None or row < 0:
            return False
        text = self.tr("ลบงานที่มอบหมาย “{work}” ใช่หรือไม่?").format(work=self.actions.item(row, 0).text())
        if not self.confirm(self.tr("ยืนยันการลบ"), text):
            return False
        try:
            with self.db.session() as session:
                actions.delete_action(session, self._action_ids[row])
        except UserError as error:
            self.notify_error(error)
            return False
        self._show(self.current_id)
        self.changed.emit()
        return True

    def _step(self, delta: int) -> None:
        if self.current_id is None or not self.save():
            return
        try:
            with self.db.session() as session:
                (agenda.move_up if delta < 0 else agenda.move_down)(session, self.current_id)
        except UserError as error:
            self.notify_error(error)
        self.reload(self.current_id)
        self.changed.emit()
