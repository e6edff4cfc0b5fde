"""The conflicts of a change package side by side: the server's value, the laptop's, who changed each and when, and
a choice per field (keep the server's, take the laptop's, set it aside). Nothing is written until every conflict
has a choice: the OK button waits for them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.sync.conflicts import Conflict
from app.sync.tables import RECORD, register_name

CHOICES = ("server", "laptop", "aside")
CHOICE_TEXT = {"server": QT_TRANSLATE_NOOP("ConflictDialog", "ใช้ค่าบนเซิร์ฟเวอร์"),
               "laptop": QT_TRANSLATE_NOOP("ConflictDialog", "ใช้ค่าจากเครื่องพกพา"),
               "aside": QT_TRANSLATE_NOOP("ConflictDialog", "พักไว้ก่อน")}
HEADERS = (QT_TRANSLATE_NOOP("ConflictDialog", "รายการ"), QT_TRANSLATE_NOOP("ConflictDialog", "ช่อง"),
           QT_TRANSLATE_NOOP("ConflictDialog", "ค่าบนเซิร์ฟเวอร์"), QT_TRANSLATE_NOOP("ConflictDialog", "ค่าจากเครื่องพกพา"),
           QT_TRANSLATE_NOOP("ConflictDialog", "ผู้แก้ไขและเวลา"), QT_TRANSLATE_NOOP("ConflictDialog", "เลือก"))


class ConflictDialog(QDialog):
    def __init__(self, conflicts: list[Conflict], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(Q.translate("ConflictDialog", "ข้อขัดแย้งของการเปลี่ยนแปลง"))
        self.conflicts = conflicts
        self.groups: list[QButtonGroup] = []
        self.table = QTableWidget(len(conflicts), len(HEADERS), self)
        self.table.setObjectName("conflicts")
        self.table.setHorizontalHeaderLabels([Q.translate("ConflictDialog", h) for h in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for row, conflict in enumerate(conflicts):
            self._fill(row, conflict)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(Q.translate("ConflictDialog", "นำเข้าตามที่เลือก"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self._update()

    def _layout(self) -> None:
        info = QLabel(Q.translate("ConflictDialog", "ข้อมูลต่อไปนี้ถูกแก้ไขทั้งบนเซิร์ฟเวอร์และบนเครื่องพกพา เลือกค่าที่จะใช้ทีละช่อง "
                         "ระบบยังไม่บันทึกสิ่งใดจนกว่าจะเลือกครบทุกช่อง"), self)
        info.setWordWrap(True)
        self.all_server = QPushButton(Q.translate("ConflictDialog", "ใช้ค่าบนเซิร์ฟเวอร์ทั้งหมด"), self)
        self.all_server.setObjectName("allServer")
        self.all_laptop = QPushButton(Q.translate("ConflictDialog", "ใช้ค่าจากเครื่องพกพาทั้งหมด"), self)
        self.all_laptop.setObjectName("allLaptop")
        self.all_server.clicked.connect(lambda: self._choose_all("server"))
        self.all_laptop.clicked.connect(lambda: self._choose_all("laptop"))
        row = QHBoxLayout()
        row.addWidget(self.all_server)
        row.addWidget(self.all_laptop)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.resize(1000, 420)

    def _fill(self, row: int, conflict: Conflict) -> None:
        field = conflict.field
        if field == RECORD:
            field = Q.translate("ConflictDialog", "ทั้งรายการ (ลบที่ฝั่งหนึ่ง แก้ไขที่อีกฝั่ง)")
        who = Q.translate("ConflictDialog", "เซิร์ฟเวอร์: {sw} {sa}\nเครื่องพกพา: {lw} {la}").format(
            sw=conflict.server_who, sa=conflict.server_at, lw=conflict.laptop_who, la=conflict.laptop_at)
        texts = (f"{register_name(conflict.table)} {conflict.record}", field, conflict.server_value,
                 conflict.laptop_value, who)
        for column, text in enumerate(texts):
            self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setCellWidget(row, len(HEADERS) - 1, self._choice(row))

    def _choice(self, row: int) -> QWidget:
        box = QWidget(self.table)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(4, 0, 4, 0)
        group = QButtonGroup(box)
        for n, choice in enumerate(CHOICES):
            button = QRadioButton(Q.translate("ConflictDialog", CHOICE_TEXT[choice]), box)
            button.setObjectName(f"{choice}_{row}")
            group.addButton(button, n)
            layout.addWidget(button)
        group.idClicked.connect(lambda _id: self._update())
        self.groups.append(group)
        return box

    def button(self, row: int, choice: str) -> QRadioButton:
        return self.groups[row].button(CHOICES.index(choice))

    def _choose_all(self, choice: str) -> None:
        for group in self.groups:
            group.button(CHOICES.index(choice)).setChecked(True)
        self._update()

    def _update(self) -> None:
        left = sum(1 for g in self.groups if g.checkedId() < 0)
        self.ok.setEnabled(left == 0)
        self.ok.setToolTip(Q.translate("ConflictDialog", "ยังไม่ได้เลือกอีก {n} ช่อง").format(n=left) if left else "")

    def resolutions(self) -> dict[str, str]:
        return {c.key: CHOICES[g.checkedId()] for c, g in zip(self.conflicts, self.groups, strict=True)
                if g.checkedId() >= 0}
