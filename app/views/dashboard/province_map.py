"""A map of Thailand by province (Natural Earth's shapes, simplified: resources/map), coloured by one figure,
with a legend, the figures of a province under the pointer, and a click that asks to filter by that province."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import QToolTip, QWidget

from resources import ROOT

SHAPES = ROOT / "map" / "provinces.json"
EMPTY = QColor("#e4e7eb")
PALETTES = {"budget": ("#c6dbef", "#6baed6", "#2171b5", "#08306b"),
            "cities": ("#c7e9c0", "#74c476", "#238b45", "#00441b"),
            "zones": ("#fdd0a2", "#fd8d3c", "#d94801", "#7f2704")}


@cache
def shapes() -> dict[str, tuple[QPolygonF, ...]]:
    """Province code → its outlines, y pointing down (latitude upwards in the file)."""
    data = json.loads(SHAPES.read_text(encoding="utf-8"))["provinces"]
    return {code: tuple(QPolygonF([QPointF(r[i], -r[i + 1]) for i in range(0, len(r), 2)]) for r in rings)
            for code, rings in data.items()}


@dataclass(frozen=True)
class Bin:
    low: float
    high: float
    colour: QColor


def bins(values: list[float], palette: tuple[str, ...]) -> list[Bin]:
    """Classes of the non-zero values: one per value when there are few, else by quantiles."""
    found = sorted({v for v in values if v > 0})
    if not found:
        return []
    if len(found) <= len(palette):
        colours = palette[len(palette) - len(found):] if len(found) < len(palette) else palette
        return [Bin(v, v, QColor(c)) for v, c in zip(found, colours, strict=True)]
    n = len(palette)
    edges = [found[min(len(found) - 1, round(i * (len(found) - 1) / n))] for i in range(n + 1)]
    return [Bin(edges[i], edges[i + 1], QColor(palette[i])) for i in range(n)]


class ProvinceMap(QWidget):
    province_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("provinceMap")
        self.setMouseTracking(True)
        self.setMinimumSize(260, 420)
        self.values: dict[str, float] = {}
        self.tooltips: dict[str, str] = {}
        self.legend_title = ""
        self.legend_format = str
        self.classes: list[Bin] = []
        self.hovered: str | None = None
        self._paths: dict[str, QPainterPath] = {}
        self._size = None

    def set_values(self, values: dict[str, float], tooltips: dict[str, str], title: str, layer: str,
                   legend_format=str) -> None:
        self.values, self.tooltips, self.legend_title, self.legend_format = values, tooltips, title, legend_format
        self.classes = bins(list(values.values()), PALETTES[layer])
        self.update()

    def colour(self, code: str) -> QColor:
        value = self.values.get(code, 0)
        for b in self.classes:
            if value <= b.high:
                return b.colour if value > 0 else EMPTY
        return EMPTY

    # -- geometry ------------------------------------------------------------------------------
    def _transform(self) -> QTransform:
        box = QRectF()
        for polygons in shapes().values():
            for polygon in polygons:
                box = box.united(polygon.boundingRect())
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        scale = min(area.width() / box.width(), area.height() / box.height())
        dx = area.left() + (area.width() - box.width() * scale) / 2 - box.left() * scale
        dy = area.top() + (area.height() - box.height() * scale) / 2 - box.top() * scale
        return QTransform(scale, 0, 0, scale, dx, dy)

    def paths(self) -> dict[str, QPainterPath]:
        """Province outlines in the widget's coordinates (rebuilt when the widget changes size)."""
        if self._size != self.size():
            transform = self._transform()
            self._paths = {}
            for code, polygons in shapes().items():
                path = QPainterPath()
                for polygon in polygons:
                    path.addPolygon(transform.map(polygon))
                    path.closeSubpath()
                self._paths[code] = path
            self._size = self.size()
        return self._paths

    def province_at(self, point: QPointF) -> str | None:
        return next((code for code, path in self.paths().items() if path.contains(point)), None)

    def centre_of(self, code: str) -> QPointF:
        """A point inside the province (for tests and for the label of the hovered province)."""
        path = self.paths()[code]
        centre = path.boundingRect().center()
        if path.contains(centre):
            return centre
        polygon = path.toFillPolygons()[0]
        return polygon.boundingRect().center() if path.contains(polygon.boundingRect().center()) else polygon[0]

    # -- painting --------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = QPen(QColor("#ffffff"), 0.8)
        for code, path in self.paths().items():
            painter.setPen(QPen(QColor("#202020"), 1.6) if code == self.hovered else border)
            painter.setBrush(self.colour(code))
            painter.drawPath(path)
        self._legend(painter)
        painter.end()

    def _legend(self, painter: QPainter) -> None:
        rows = [(EMPTY, self.tr("ไม่มี"))] + [
            (b.colour, self.legend_format(b.low) if b.low == b.high
             else f"{self.legend_format(b.low)} – {self.legend_format(b.high)}") for b in self.classes]
        metrics = painter.fontMetrics()
        line = metrics.height() + 2
        width = max([metrics.horizontalAdvance(self.legend_title)] + [metrics.horizontalAdvance(t) + 22
                                                                        for _c, t in rows]) + 12
        top = self.height() - line * (len(rows) + 1) - 10
        left = self.width() - width - 8  # bottom right: the Gulf of Thailand, where no province is
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 220))
        painter.drawRect(QRectF(left - 6, top - 4, width, line * (len(rows) + 1) + 8))
        painter.setPen(QColor("#202020"))
        painter.drawText(QPointF(left, top + metrics.ascent()), self.legend_title)
        for n, (colour, text) in enumerate(rows, start=1):
            y = top + n * line
            painter.fillRect(QRectF(left, y + 2, 14, line - 6), colour)
            painter.drawText(QPointF(left + 20, y + metrics.ascent()), text)

    # -- pointer ---------------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        code = self.province_at(event.position())
        if code != self.hovered:
            self.hovered = code
            self.update()
        if code is not None:
            QToolTip.showText(event.globalPosition().toPoint(), self.tooltips.get(code, code), self)
        else:
            QToolTip.hideText()

    def leaveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.hovered = None
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        code = self.province_at(event.position())
        if code is not None and event.button() == Qt.MouseButton.LeftButton:
            self.province_clicked.emit(code)
