"""The mapping step of the Excel import: each column of the file, a few of its values, the field it fills.

One row per source column: its header, sample values, a combo box with the register's fields (and "ไม่นำเข้า" to
leave the column out on purpose) and the confidence of the proposal. Guesses are marked for a look; a column
matched to nothing starts at "ยังไม่ได้เลือก". The confirm button stays disabled while a column has no choice or
two columns fill one field: nothing is dropped silently.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.excel.imports.mapping import CONFIDENT, IGNORE, ColumnMatch, fields_of
from app.registers.catalog import Register
from app.views.excel.export_dialog import WARNING_STYLE

UNSET = object()  # the combo's "not chosen yet"
GUESS_COLOUR = QColor("#fff4ce")


class MappingPage(QWidget):
    confirmed = Signal(object)  # the list of ColumnMatch, every column settled

    def __init__(self, register: Register, lang: str = "th", parent: QWidget | None = None):
        super().__init__(parent)
        self.register, self.lang = register, lang
        self.proposed: list[ColumnMatch] = []
        heading = QLabel(self.tr("ขั้นที่ 1 จับคู่คอลัมน์ของไฟล์กับข้อมูลในทะเบียน: ตรวจดูช่องที่ระบายสี "
                                 "แล้วเลือกข้อมูล หรือเลือก “ไม่นำเข้าคอลัมน์นี้”"), self)
        heading.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("mappingTable")
        self.table.setHorizontalHeaderLabels([self.tr("หัวคอลัมน์ในไฟล์"), self.tr("ตัวอย่างข้อมูล"),
                                              self.tr("ข้อมูลในทะเบียน"), self.tr("ความมั่นใจ")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.status = QLabel(self)
        self.status.setObjectName("mappingStatus")
        self.status.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("ยืนยันการจับคู่และดูตัวอย่าง"), self)
        self.confirm_button.setObjectName("confirmMapping")
        self.confirm_button.clicked.connect(self._confirm)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def show_matches(self, matches: list[ColumnMatch]) -> None:
        self.proposed = list(matches)
        self.table.setRowCount(len(matches))
        for row, m in enumerate(matches):
            self._row(row, m)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        self._check()

    def _row(self, row: int, m: ColumnMatch) -> None:
        header = QTableWidgetItem(m.header)
        samples = QTableWidgetItem(" · ".join(m.samples))
        samples.setToolTip("\n".join(m.samples))
        confidence = QTableWidgetItem(self._confidence(m))
        for column, item in ((0, header), (1, samples), (3, confidence)):
            if not m.settled:
                item.setBackground(GUESS_COLOUR)
            self.table.setItem(row, column, item)
        combo = QComboBox(self.table)
        combo.setObjectName(f"field_{row}")
        combo.addItem(self.tr("— ยังไม่ได้เลือก —"), UNSET)
        combo.addItem(self.tr("ไม่นำเข้าคอลัมน์นี้"), IGNORE)
        for f in fields_of(self.register):
            combo.addItem(f.label(self.lang), f.name)
        chosen = IGNORE if m.how == "computed" else m.field
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
        combo.currentIndexChanged.connect(self._check)
        self.table.setCellWidget(row, 2, combo)

    def _confidence(self, m: ColumnMatch) -> str:
        words = {"exact": self.tr("ตรงกัน"), "similar": self.tr("ใกล้เคียง"), "guess": self.tr("ไม่แน่ใจ โปรดตรวจ"),
                 "running": self.tr("เลขลำดับ ไม่นำเข้า"), "computed": self.tr("โปรแกรมคำนวณเอง ไม่นำเข้า"),
                 "remembered": self.tr("จำไว้จากครั้งก่อน"), "user": self.tr("เลือกเอง"),
                 "none": self.tr("ไม่พบข้อมูลที่ตรงกัน")}
        return f"{words[m.how]} ({m.confidence}%)" if m.field is not None else words[m.how]

    def combo(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, 2)

    def matches(self) -> list[ColumnMatch]:
        """The mapping as it stands: the proposal, with the user's choices (a changed row counts as the user's)."""
        out = []
        for row, m in enumerate(self.proposed):
            data = self.combo(row).currentData()
            field = None if data is UNSET else data
            original = IGNORE if m.how == "computed" else m.field
            if field != original or (m.how == "guess" and field is not None):
                m = replace(m, field=field, how="user" if field is not None else "none",
                            confidence=100 if field is not None else 0)
            out.append(m)
        return out

    @Slot()
    def _check(self) -> None:
        matches = self.matches()
        unset = [m.header for m in matches if m.field is None]
        seen: dict[str, str] = {}
        doubled = []
        for m in matches:
            if m.field and m.field in seen:
                doubled.append(f"{seen[m.field]} / {m.header}")
            elif m.field:
                seen[m.field] = m.header
        missing = self.register.field(self.register.title_field).label(self.lang) \
            if self.register.title_field not in seen else None
        texts = []
        if unset:
            texts.append(self.tr("ยังไม่ได้เลือก {n} คอลัมน์: {names}").format(n=len(unset), names=", ".join(unset)))
        if doubled:
            texts.append(self.tr("สองคอลัมน์เป็นข้อมูลเดียวกัน: {names}").format(names=", ".join(doubled)))
        if missing:
            texts.append(self.tr("ยังไม่มีคอลัมน์ {label}").format(label=missing))
        guessed = any(m.how == "guess" or (m.field is not None and m.confidence < CONFIDENT) for m in self.proposed)
        if not texts and guessed:
            texts.append(self.tr("ตรวจคอลัมน์ที่ระบายสีแล้วกดยืนยัน"))
        self.status.setText(" · ".join(texts))
        self.status.setStyleSheet(WARNING_STYLE if unset or doubled or missing else "")
        self.confirm_button.setEnabled(not (unset or doubled or missing))

    @Slot()
    def _confirm(self) -> None:
        self.confirmed.emit(self.matches())


def needs_confirmation(matches: list[ColumnMatch]) -> bool:
    """Whether the mapping step is shown: anything but exact, remembered, running-number and computed matches,
    or two columns for one field."""
    fields = [m.field for m in matches if m.field]
    return any(m.how not in ("exact", "remembered", "running", "computed") for m in matches) or \
        len(fields) != len(set(fields))
