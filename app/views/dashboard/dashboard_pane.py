"""The dashboard pane (ภาพรวม): figures of every register and the plan as buttons, bar charts, and a map of
Thailand by province. Every figure, bar and province opens the register it counts, filtered to those rows."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.db import Database
from app.core.errors import UserError
from app.core.thaidate import format_date
from app.plan import dashboard
from app.views.dashboard import charts, content
from app.views.dashboard.province_map import ProvinceMap
from app.views.dashboard.tiles import Tile
from app.views.shared.tasks import run_task


def load_figures(db: Database, year: int | None, provinces: bool = True) -> dashboard.Figures:
    """On the loading thread: one session, a handful of GROUP BY queries."""
    with db.session() as session:
        return dashboard.figures(session, date.today(), year, provinces)


class DashboardPane(QWidget):
    counts_changed = Signal(int, int)
    loaded = Signal()  # every figure shown, the map's too
    load_failed = Signal(object)
    open_requested = Signal(str, dict)  # register key, filters (province, status, fiscal_year, cohort …)

    def __init__(self, db: Database, lang: str = "th", parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.lang, self.key = db, lang, "dashboard"
        self.setObjectName("pane_dashboard")
        self.undo_stack = QUndoStack(self)
        self.figures: dashboard.Figures | None = None
        self._loading = False
        self.charts: dict[str, QWidget] = {}
        self._build()

    # -- construction ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.content = QWidget(self)
        self.content.setObjectName("dashboardContent")
        self.title = QLabel(self.tr("ภาพรวมเมืองอัจฉริยะและแผนงานบูรณาการ"), self.content)
        self.title.setObjectName("paneTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.as_of = QLabel(self.content)
        self.year = QComboBox(self)
        self.year.setObjectName("dashboardYear")
        self.year.addItem(self.tr("แผนงาน: ทุกปีงบประมาณ"), None)
        self.year.currentIndexChanged.connect(lambda _i: self.reload())
        self.png_button = QPushButton(self.tr("บันทึก PNG…"), self)
        self.pdf_button = QPushButton(self.tr("บันทึก PDF…"), self)
        self.png_button.clicked.connect(self.save_png)
        self.pdf_button.clicked.connect(self.save_pdf)
        bar = QHBoxLayout()
        bar.addWidget(self.year)
        bar.addStretch(1)
        bar.addWidget(self.png_button)
        bar.addWidget(self.pdf_button)
        self.tiles = {key: Tile(caption, target, colour, self.content)
                      for key, caption, target, colour in content.tiles()}
        for tile in self.tiles.values():
            tile.clicked.connect(lambda _c=False, t=tile: self.open_requested.emit(*t.target))
        grid = QGridLayout()
        for n, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, n // 5, n % 5)
        self.chart_grid = QGridLayout()
        for n in (0, 1):
            self.chart_grid.setColumnStretch(n, 1)
            self.chart_grid.setRowStretch(n, 1)
        self.layer = QComboBox(self.content)
        self.layer.setObjectName("mapLayer")
        for value, text in (("budget", self.tr("งบประมาณแผนงานที่เสนอขอ (ล้านบาท)")),
                            ("cities", self.tr("เมืองอัจฉริยะที่ได้รับรอง")), ("zones", self.tr("เขตส่งเสริม"))):
            self.layer.addItem(text, value)
        self.layer.currentIndexChanged.connect(lambda _i: self._show_map())
        self.map = ProvinceMap(self.content)
        self.map.province_clicked.connect(self._province_clicked)
        left = QVBoxLayout()
        left.addLayout(grid)
        left.addLayout(self.chart_grid, 1)
        right = QVBoxLayout()
        right.addWidget(self.layer)
        right.addWidget(self.map, 1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addStretch(1)
        heading.addWidget(self.as_of)
        inner.addLayout(heading)
        inner.addLayout(body, 1)
        scroll = QScrollArea(self)  # on a small screen the dashboard scrolls rather than outgrowing the window
        scroll.setObjectName("dashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.content)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)

    # -- loading ---------------------------------------------------------------------------------
    @Slot()
    def reload(self) -> None:
        if self._loading:
            return
        self._loading = True
        # every figure in one task: the map's come from the plan's per-province summary (no longer a join over
        # every project), so they no longer follow in a second stage
        run_task(load_figures, self.db, self.year.currentData(), on_done=self.show_figures, on_error=self._failed)

    def load_now(self) -> None:
        """Load on this thread (the command line's export)."""
        self.show_figures(load_figures(self.db, self.year.currentData()))

    def _failed(self, error: Exception) -> None:
        self._loading = False
        self.load_failed.emit(error)
        if not isinstance(error, UserError):
            raise error
        QMessageBox.warning(self, self.tr("ทำรายการไม่สำเร็จ"), error.message(self.lang))

    def show_figures(self, figures: dashboard.Figures) -> None:
        self._loading = False
        self.figures = figures
        year = self.tr("ทุกปีงบประมาณ") if figures.year is None else self.tr("ปีงบประมาณ {year}").format(
            year=figures.year)
        self.as_of.setText(self.tr("ข้อมูล ณ วันที่ {day} · แผนงาน: {year}").format(
            day=format_date(figures.today, self.lang, "long"), year=year))
        self._years(figures.years)
        for key, (text, tip) in content.tile_values(figures).items():
            self.tiles[key].set_figure(text, tip)
        plan_filter = {"fiscal_year": figures.year} if figures.year else {}
        for key in ("projects", "requested", "allocated"):
            self.tiles[key].target = ("plan", plan_filter)
        self._show_charts(figures)
        self._show_map()
        self.loaded.emit()

    def _years(self, years: list[int]) -> None:
        chosen = self.year.currentData()
        self.year.blockSignals(True)
        while self.year.count() > 1:
            self.year.removeItem(1)
        for y in years:
            self.year.addItem(self.tr("แผนงาน: ปีงบประมาณ {year}").format(year=y), y)
        self.year.setCurrentIndex(max(0, self.year.findData(chosen)) if chosen else 0)
        self.year.blockSignals(False)

    def _show_charts(self, f: dashboard.Figures) -> None:
        for widget in self.charts.values():
            self.chart_grid.removeWidget(widget)
            widget.deleteLater()
        zones, cohorts, partners = content.zone_bars(f), content.cohort_bars(f), content.partnership_bars(f)
        years, sets, plan_targets = content.budget_bars(f)
        self.charts = {
            "zones": charts.counts(self.tr("เขตส่งเสริมตามสถานะ"), zones[0], zones[1], self._opener(zones[2]),
                                   self.content, "zonesChart", "#d94801"),
            "cohorts": charts.counts(self.tr("นักส่งเสริมฯ ตามรุ่น"), cohorts[0], cohorts[1],
                                     self._opener(cohorts[2]), self.content, "cohortsChart", "#6a51a3"),
            "partnerships": charts.counts(self.tr("ความร่วมมือ ASCN ตามสถานะ"), partners[0], partners[1],
                                          self._opener(partners[2]), self.content, "partnershipsChart", "#2e86c1"),
            "budget": charts.stacked(self.tr("งบประมาณที่เสนอขอตามปีและแหล่ง"), years, sets,
                                     self._opener(plan_targets), self.content, "budgetChart",
                                     self.tr("ล้านบาท")),
        }
        for n, widget in enumerate(self.charts.values()):
            self.chart_grid.addWidget(widget, n // 2, n % 2)

    def _opener(self, targets: list[tuple[str, dict]]):
        return lambda index: self.open_requested.emit(*targets[index]) if 0 <= index < len(targets) else None

    def _show_map(self) -> None:
        if self.figures is None:
            return
        layer = self.layer.currentData()
        values, tips = content.map_values(self.figures, layer, self.lang)
        fmt = (lambda v: f"{v:,.2f}") if layer == "budget" else (lambda v: f"{int(v):,}")
        self.map.set_values(values, tips, self.layer.currentText(), layer, fmt)

    def _province_clicked(self, code: str) -> None:
        layer = self.layer.currentData()
        key = {"cities": "cities", "zones": "zones"}.get(layer, "plan")
        chosen = {"province": code}
        if key == "plan" and self.figures is not None and self.figures.year:
            chosen["fiscal_year"] = self.figures.year
        self.open_requested.emit(key, chosen)

    # -- the main window's pane interface --------------------------------------------------------
    def emit_counts(self) -> None:
        """No row count in the status bar: the dashboard is not a list."""

    def save_state(self) -> None:
        pass

    def ask_save_path(self, suggested: str, file_filter: str) -> str:
        from PySide6.QtWidgets import QFileDialog

        return QFileDialog.getSaveFileName(self, self.tr("บันทึกภาพรวม"), suggested, file_filter)[0]

    @Slot()
    def save_png(self) -> None:
        from app.views.dashboard import export

        export.ask_and_save(self, "png")

    @Slot()
    def save_pdf(self) -> None:
        from app.views.dashboard import export

        export.ask_and_save(self, "pdf")



def settle(ms: int = 200) -> None:
    """Let the layouts and the charts size themselves (a local loop: processEvents with a time limit crashes 6.12)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def render_files(db: Database, pdf, png, lang: str = "th") -> list:
    """The command line's export: the pane built offscreen at a slide's size, its figures loaded, the files written."""
    from app.views.dashboard import export

    pane = DashboardPane(db, lang)
    pane.resize(1500, 940)
    pane.show()
    pane.load_now()
    settle()
    written = [export.write_pdf(pane, pdf)] if pdf else []
    written += [export.write_png(pane, png)] if png else []
    pane.close()
    return written
