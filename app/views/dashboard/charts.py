"""Bar charts of the dashboard with QtCharts (PySide6's add-ons), in the application's Thai font.

QtCharts is imported when the dashboard is first shown (this module is imported by the dashboard pane only), so
the GUI's start does not pay for it. A bar is a button: clicking it asks to open the register it counts.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QApplication, QWidget

COLOURS = ("#1f4e79", "#2e86c1", "#76b7e5", "#f39c12", "#7f8c8d", "#27ae60", "#8e44ad")


def _font(size_delta: float = 0, bold: bool = False) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(max(7.0, font.pointSizeF() + size_delta))
    font.setBold(bold)
    return font


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setTitleFont(_font(0, bold=True))
    chart.legend().setFont(_font(-1))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(4)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def _axes(chart: QChart, series, categories: Sequence[str], label: str = "") -> None:
    x = QBarCategoryAxis()
    x.append(list(categories))
    x.setLabelsFont(_font(-1))
    x.setTruncateLabels(False)  # short labels: better a little overlap than "ประกา..."
    y = QValueAxis()
    y.setLabelsFont(_font(-2))
    y.setLabelFormat("%.0f")
    if label:
        y.setTitleText(label)
        y.setTitleFont(_font(-2))
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)
    top = max([s.at(i) for s in series.barSets() for i in range(s.count())] or [0])
    if isinstance(series, QStackedBarSeries):
        top = max([sum(s.at(i) for s in series.barSets()) for i in range(len(categories))] or [0])
    y.setRange(0, max(1.0, top * 1.15))
    y.applyNiceNumbers()
    if y.max() <= 10:  # small counts: a tick per whole number (fractions printed "%.0f" read 0, 0, 1, 1)
        whole = math.ceil(y.max())
        y.setRange(0, whole)
        y.setTickCount(whole + 1)


def view(chart: QChart, parent: QWidget | None, name: str) -> QChartView:
    widget = QChartView(chart, parent)
    widget.setObjectName(name)
    widget.setRenderHint(QPainter.RenderHint.Antialiasing)
    widget.setMinimumHeight(200)
    return widget


def counts(title: str, categories: Sequence[str], values: Sequence[float], on_click: Callable[[int], None],
           parent: QWidget | None = None, name: str = "chart", colour: str = COLOURS[1]) -> QChartView:
    """One bar per category (zones by status, ambassadors by cohort); clicking bar i calls ``on_click(i)``."""
    chart = _chart(title)
    bars = QBarSet(title)
    bars.append([float(v) for v in values])
    bars.setColor(QColor(colour))
    bars.setLabelFont(_font(-1))
    series = QBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value")
    series.clicked.connect(lambda index, _set: on_click(index))
    chart.addSeries(series)
    _axes(chart, series, categories)
    chart.legend().hide()
    return view(chart, parent, name)


def stacked(title: str, categories: Sequence[str], sets: Sequence[tuple[str, Sequence[float]]],
            on_click: Callable[[int], None], parent: QWidget | None = None, name: str = "chart",
            unit: str = "") -> QChartView:
    """Stacked bars (the plan's budget by fiscal year, one colour per source); clicking a year calls on_click(i)."""
    chart = _chart(title)
    series = QStackedBarSeries()
    for n, (label, values) in enumerate(sets):
        bars = QBarSet(label)
        bars.append([float(v) for v in values])
        bars.setColor(QColor(COLOURS[n % len(COLOURS)]))
        series.append(bars)
    series.clicked.connect(lambda index, _set: on_click(index))
    chart.addSeries(series)
    _axes(chart, series, categories, unit)
    return view(chart, parent, name)
