"""Dialogs of the Certificates pane: issue certificates for cities, a reason (and date) for a change, the preview."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.certificates import certificates
from app.certificates.content import CertificateContent
from app.core.db import Database
from app.core.errors import UserError
from app.core.thaidate import format_date
from app.meetings import agenda
from app.registers import tables
from app.registers.catalog import CITIES
from app.views.shared import settings
from app.views.shared.field_widgets import DateEdit
from app.views.shared.fields_editor import ERROR_STYLE
from app.views.shared.screen import fit_to_screen
from app.views.shared.tasks import run_task
from app.views.shared.thai_sort import thai_collator


@dataclass(frozen=True)
class CityChoice:
    id: int
    name: str
    certified: bool  # certified on a date or by a resolution
    current_number: str | None  # the number of its certificate in force (issued or reprinted), if any
    expired: bool  # that certificate's validity has ended: renew it rather than issue another
    resolution: str  # the resolution that certified it (the default one)


def issue_choices(db: Database, today: date) -> tuple[list[CityChoice], list[tuple[int, str]]]:
    """On a worker thread: every city in Thai order, and the resolutions that certified any of them."""
    with db.session() as session:
        table = tables.load_table(session, CITIES, today)
        current = {r.city_id: r for r in certificates.list_rows(session) if r.current}
        resolutions: dict[int, str] = {}
        choices = []
        for city_id, name, certified_on in zip(table.ids, table.columns["name_th"], table.columns["certified_on"],
                                               strict=True):
            items = agenda.certifying_items(session, city_id)
            for item in items:
                if item.id not in resolutions:
                    resolutions[item.id] = agenda.certification_text(session, item.id)
            held = current.get(city_id)
            choices.append(CityChoice(city_id, name, bool(certified_on or items), held.number if held else None,
                                      held is not None and held.valid_until < today,
                                      resolutions[items[-1].id] if items else ""))
    key = thai_collator().sortKey
    return sorted(choices, key=lambda c: key(c.name)), sorted(resolutions.items(), key=lambda r: key(r[1]))


class IssueDialog(QDialog):
    """Choose cities, the issue date and the resolution; all certificates are numbered in one transaction."""

    loaded = Signal()
    issued = Signal(list)  # the new certificates' ids

    def __init__(self, db: Database, lang: str, city_ids: list[int] | None = None, today: date | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.lang, self._wanted = db, lang, city_ids
        self.setObjectName("issue_certificates")
        self.setWindowTitle(self.tr("ออกเกียรติบัตร"))
        self.cities = QListWidget(self)
        self.cities.setObjectName("cities")
        self.issue_date = DateEdit(self)
        self.issue_date.set_value(today or date.today())
        self.resolution = QComboBox(self)
        self.resolution.setObjectName("resolution")
        self.resolution.addItem(self.tr("ตามมติที่รับรองแต่ละเมือง"), None)
        self.resolution.setMinimumContentsLength(40)
        self.resolution.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.banner = QLabel(self.tr("กำลังโหลดรายชื่อเมือง…"), self)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("ออกเกียรติบัตร"))
        self.ok.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("ให้ไว้ ณ วันที่"), self.issue_date)
        form.addRow(self.tr("มติที่รับรอง"), self.resolution)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("เมืองที่จะออกเกียรติบัตร (เลขที่เรียงตามลำดับในรายการ)"), self))
        layout.addWidget(self.cities, 1)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        self._geometry = settings.dialog_geometry_key(self.objectName())
        if not self.restoreGeometry(self._geometry.get()):
            fit_to_screen(self, 760, 640)
        run_task(issue_choices, db, today or date.today(), on_done=self._fill, on_error=self._failed)

    def _fill(self, result: tuple[list[CityChoice], list[tuple[int, str]]]) -> None:
        choices, resolutions = result
        for item_id, text in resolutions:
            self.resolution.addItem(text, item_id)
        for choice in choices:
            text = choice.name
            if choice.expired:
                text += self.tr("  (เกียรติบัตรเลขที่ {number} หมดอายุแล้ว: ต่ออายุได้ในรายการเกียรติบัตร)").format(
                    number=choice.current_number)
            elif choice.current_number:
                text += self.tr("  (มีเกียรติบัตรเลขที่ {number} อยู่แล้ว)").format(number=choice.current_number)
            elif not choice.certified:
                text += self.tr("  (ยังไม่ได้รับการประกาศรับรอง)")
            item = QListWidgetItem(text, self.cities)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setToolTip(choice.resolution or self.tr("ไม่พบมติที่รับรองเมืองนี้"))
            wanted = (choice.id in self._wanted if self._wanted is not None
                      else choice.certified and not choice.current_number)
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        self.banner.hide()
        self.ok.setEnabled(True)
        self.loaded.emit()

    def _failed(self, error: Exception) -> None:
        if not isinstance(error, UserError):
            raise error
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.setText(error.message(self.lang))

    def checked_ids(self) -> list[int]:
        items = (self.cities.item(i) for i in range(self.cities.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked]

    def _refuse(self, text: str) -> None:
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.setText(text)
        self.banner.show()

    @Slot()
    def save(self) -> list[int]:
        """Issue for the checked cities; a refusal keeps the dialog open with the reason and writes nothing."""
        ids, day = self.checked_ids(), self.issue_date.value()
        if not ids:
            self._refuse(self.tr("กรุณาเลือกเมืองอย่างน้อยหนึ่งเมือง"))
            return []
        if not isinstance(day, date):
            self._refuse(self.tr("กรุณากรอกวันที่ให้ไว้เป็นวัน/เดือน/ปี พ.ศ. เช่น 24/12/2564"))
            return []
        try:
            with self.db.session() as session:
                issued = [c.id for c in certificates.issue(session, ids, issue_date=day,
                                                           resolution_item_id=self.resolution.currentData())]
        except UserError as error:
            self._refuse(error.message(self.lang))
            return []
        self.accept()
        self.issued.emit(issued)
        return issued

    def done(self, result: int) -> None:
        self._geometry.set(self.saveGeometry())
        super().done(result)


class ReasonDialog(QDialog):
    """The reason for a change (required) and/or a new issue date; ``values()`` gives (reason, date)."""

    def __init__(self, title: str, lang: str, *, reason: bool = True, issue_date: bool = False,
                 today: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(title)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setVisible(reason)
        self.date = DateEdit(self)
        self.date.set_value(today or date.today())
        self.date.setVisible(issue_date)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("ตกลง"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        if issue_date:
            form.addRow(self.tr("ให้ไว้ ณ วันที่"), self.date)
        if reason:
            form.addRow(self.tr("เหตุผล *"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{title}</b>", self))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_to_screen(self, 560, 300 if reason else 160)

    def values(self) -> tuple[str, date | None]:
        day = self.date.value() if self.date.isVisibleTo(self) else None
        return self.reason.toPlainText().strip(), day if isinstance(day, date) else None

    @Slot()
    def check(self) -> None:
        reason, day = self.values()
        if self.reason.isVisibleTo(self) and not reason:
            self.error.setText(self.tr("กรุณากรอกเหตุผล"))
        elif self.date.isVisibleTo(self) and day is None:
            self.error.setText(self.tr("กรุณากรอกวันที่ให้ไว้เป็นวัน/เดือน/ปี พ.ศ. เช่น 24/12/2564"))
        else:
            self.accept()
            return
        self.error.show()


class PageView(QWidget):
    """One certificate page drawn to fit the widget, on a grey desk."""

    WIDTH_PX = 1600  # rendered once per page, then scaled

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.image = QImage()
        self.setMinimumSize(QSize(480, 340))

    def set_image(self, image: QImage) -> None:
        self.image = image
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#80868b"))
        if not self.image.isNull():
            size = self.image.size().scaled(self.size() * 0.96, Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF((self.width() - size.width()) / 2, (self.height() - size.height()) / 2,
                            size.width(), size.height())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, self.image)
        painter.end()


class PreviewDialog(QDialog):
    """The pages as they will print, one at a time, with page navigation and a Print button."""

    print_requested = Signal()

    def __init__(self, contents: list[CertificateContent], lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.contents, self.lang, self.page = list(contents), lang, 0
        self._images: dict[int, QImage] = {}
        self.setObjectName("certificate_preview")
        self.setWindowTitle(self.tr("ตัวอย่างเกียรติบัตร"))
        self.view = PageView(self)
        self.previous = QPushButton(self.tr("◀ ก่อนหน้า"), self)
        self.next = QPushButton(self.tr("ถัดไป ▶"), self)
        self.label = QLabel(self)
        self.label.setObjectName("pageLabel")
        printing = QPushButton(self.tr("พิมพ์…"), self)
        close = QPushButton(self.tr("ปิด"), self)
        self.previous.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next.clicked.connect(lambda: self.show_page(self.page + 1))
        printing.clicked.connect(self.print_requested)
        close.clicked.connect(self.reject)
        bar = QHBoxLayout()
        for widget in (self.previous, self.label, self.next):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(printing)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self._geometry = settings.dialog_geometry_key(self.objectName())
        if not self.restoreGeometry(self._geometry.get()):
            fit_to_screen(self, 1100, 840)
        self.show_page(0)

    def image(self, page: int) -> QImage:
        from app.views.certificates.paint import render_image

        if page not in self._images:
            self._images[page] = render_image(self.contents[page], PageView.WIDTH_PX)
        return self._images[page]

    def show_page(self, page: int) -> None:
        if not self.contents:
            return
        self.page = max(0, min(page, len(self.contents) - 1))
        content = self.contents[self.page]
        self.view.set_image(self.image(self.page))
        self.label.setText(self.tr("หน้า {page} / {pages}: {number} {city} (ให้ไว้ {day})").format(
            page=self.page + 1, pages=len(self.contents), number=content.number, city=content.city_name,
            day=format_date(content.issue_date, self.lang)))
        self.previous.setEnabled(self.page > 0)
        self.next.setEnabled(self.page < len(self.contents) - 1)

    def done(self, result: int) -> None:
        self._geometry.set(self.saveGeometry())
        super().done(result)
