"""The dashboard as a picture for a meeting's slides (PNG) or a page for its agenda (PDF, A4 landscape): what the
pane shows under its title, with the date in B.E. and the plan's year, in the application's Thai font."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPoint, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QPixmap
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.errors import FileNotWritable
from app.pdf.to_unicode import fix_file
from app.views.shared.settings import EXPORT_FOLDER

translate = QCoreApplication.translate
SCALE = 2  # the PNG at twice the screen's pixels: sharp on a projector


def write_png(pane, path: str | Path) -> Path:
    target = Path(path)
    widget: QWidget = pane.content
    pixmap = QPixmap(widget.size() * SCALE)
    pixmap.setDevicePixelRatio(SCALE)
    pixmap.fill()
    widget.render(pixmap)
    partial = target.with_name(target.name + ".part")
    if not pixmap.save(str(partial), "PNG"):
        partial.unlink(missing_ok=True)
        raise FileNotWritable(str(target), "PNG")
    partial.replace(target)
    return target


def write_pdf(pane, path: str | Path) -> Path:
    """One A4 landscape page: the pane's content scaled to fit the margins (vector: text stays text, and copies
    and searches as the Thai it shows)."""
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    writer = QPdfWriter(str(partial))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    writer.setResolution(144)
    writer.setTitle(pane.title.text())
    writer.setCreator("smartcity-secretariat")
    widget: QWidget = pane.content
    painter = QPainter()
    if not painter.begin(writer):
        raise FileNotWritable(str(target), "PDF")
    area: QSize = QSize(writer.width(), writer.height())
    scale = min(area.width() / widget.width(), area.height() / widget.height())
    painter.scale(scale, scale)
    widget.render(painter, QPoint(0, 0))
    ok = painter.end()
    if not ok or not partial.exists():
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise FileNotWritable(str(target), "PDF")
    fix_file(partial)  # the text layer names the font's alternate tone marks by the Thai letters they stand for
    partial.replace(target)
    return target


def ask_and_save(pane, kind: str) -> Path | None:
    """Ask where (the last export folder), then write; a failure is a message and leaves no file."""
    if kind == "png":
        suffix, flt = ".png", translate("DashboardPane", "ภาพ PNG (*.png)")
    else:
        suffix, flt = ".pdf", translate("DashboardPane", "PDF (*.pdf)")
    suggested = str(Path(EXPORT_FOLDER.get() or Path.home()) / (translate("DashboardPane", "ภาพรวม") + suffix))
    path = pane.ask_save_path(suggested, flt)
    if not path:
        return None
    path = Path(path).with_suffix(suffix)
    try:
        written = write_png(pane, path) if kind == "png" else write_pdf(pane, path)
    except FileNotWritable as error:
        QMessageBox.warning(pane, translate("DashboardPane", "ทำรายการไม่สำเร็จ"), error.message(pane.lang))
        return None
    EXPORT_FOLDER.set(str(path.parent))
    pane.saved_to = written
    return written

