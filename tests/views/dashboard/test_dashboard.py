"""The dashboard: its figures open the registers filtered to the rows they count; the map is coloured, tells the
figures under the pointer and filters by a clicked province; PNG and PDF come out with B.E. dates and Thai labels."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QToolTip

from app.views.dashboard.province_map import EMPTY, shapes
from app.views.main_window import MainWindow
from tests.views.conftest import rows_arrived, with_features


@pytest.fixture
def window(qtbot, db):
    win = MainWindow(db)
    qtbot.addWidget(win)
    with_features(qtbot, win)
    win.resize(1366, 768)
    win.show()
    return win


@pytest.fixture
def dashboard(qtbot, window):
    pane = window.pane("dashboard")
    with qtbot.waitSignal(pane.loaded, timeout=20000):
        window.show_pane("dashboard")
    return pane


def test_a_figure_opens_its_register_filtered_to_the_rows_it_counts(qtbot, window, dashboard):
    expired = dashboard.tiles["expired"]
    count = int(expired.number.text())
    assert count > 0
    qtbot.mouseClick(expired, Qt.MouseButton.LeftButton)
    cities = window.current_pane()
    qtbot.waitUntil(lambda: cities.key == "cities" and cities.model.total_count() == 15, timeout=20000)
    qtbot.waitUntil(lambda: cities.status_filter.currentData() == "expired", timeout=10000)  # once its filters load
    qtbot.waitUntil(lambda: cities.proxy.rowCount() == count, timeout=10000)
    window.show_pane("dashboard")
    qtbot.waitUntil(lambda: not dashboard._loading, timeout=20000)
    qtbot.mouseClick(dashboard.tiles["projects"], Qt.MouseButton.LeftButton)
    plan = window.current_pane()
    qtbot.waitUntil(lambda: plan.key == "plan" and plan.model.total_count() > 300, timeout=20000)
    rows_arrived(qtbot, plan)
    assert plan.proxy.rowCount() == int(dashboard.tiles["projects"].number.text().replace(",", ""))


def test_the_year_narrows_the_plans_figures_and_their_click_through(qtbot, window, dashboard):
    with qtbot.waitSignal(dashboard.loaded, timeout=20000):
        dashboard.year.setCurrentIndex(dashboard.year.findData(2568))
    assert "ปีงบประมาณ 2568" in dashboard.as_of.text()
    assert str(date.today().year + 543) in dashboard.as_of.text()  # today in B.E.
    projects = int(dashboard.tiles["projects"].number.text().replace(",", ""))
    dashboard.tiles["projects"].click()
    plan = window.current_pane()
    qtbot.waitUntil(lambda: plan.key == "plan" and plan.model.total_count() > 300, timeout=20000)
    qtbot.waitUntil(lambda: plan.proxy.rowCount() == projects, timeout=5000)
    assert plan.filters.value("fiscal_year") == 2568


def test_the_map_is_coloured_tells_the_figures_and_filters_by_province(qtbot, window, dashboard):
    shown = dashboard.map
    assert len(shapes()) == 77
    image = shown.grab().toImage()
    point = shown.centre_of("TH-65").toPoint()  # Phitsanulok: it has sample projects
    assert shown.colour("TH-65") != EMPTY and QColor(image.pixel(point)) == shown.colour("TH-65")
    assert shown.colour("TH-10") == EMPTY  # Bangkok: no sample project of the plan
    qtbot.mouseMove(shown, point)
    qtbot.waitUntil(lambda: QToolTip.isVisible() or shown.hovered == "TH-65", timeout=3000)
    assert shown.hovered == "TH-65" and "พิษณุโลก" in shown.tooltips["TH-65"]
    assert "ล้านบาท" in shown.tooltips["TH-65"] and "เขตส่งเสริม 1" in shown.tooltips["TH-65"]
    qtbot.mouseClick(shown, Qt.MouseButton.LeftButton, pos=point)
    plan = window.current_pane()
    qtbot.waitUntil(lambda: plan.key == "plan" and plan.model.total_count() > 300, timeout=20000)
    qtbot.waitUntil(lambda: plan.province_filter.currentData() == "TH-65", timeout=5000)
    rows_arrived(qtbot, plan)
    rows = range(plan.model.rowCount())
    assert rows and all("TH-65" in plan.model.provinces_of(r) for r in rows)


def test_the_zone_layer_leads_to_the_zones(qtbot, window, dashboard):
    dashboard.layer.setCurrentIndex(dashboard.layer.findData("zones"))
    assert dashboard.map.colour("TH-40") != EMPTY  # Khon Kaen's zone
    qtbot.mouseClick(dashboard.map, Qt.MouseButton.LeftButton, pos=dashboard.map.centre_of("TH-40").toPoint())
    zones = window.current_pane()
    qtbot.waitUntil(lambda: zones.key == "zones" and zones.proxy.rowCount() == 1, timeout=20000)


def test_png_and_pdf_through_the_buttons(qtbot, dashboard, tmp_path):
    dashboard.ask_save_path = lambda suggested, flt: str(tmp_path / ("ภาพรวม" + suggested[-4:]))
    qtbot.mouseClick(dashboard.png_button, Qt.MouseButton.LeftButton)
    image = QImage(str(tmp_path / "ภาพรวม.png"))
    assert image.width() == 2 * dashboard.content.width()
    qtbot.mouseClick(dashboard.pdf_button, Qt.MouseButton.LeftButton)
    pdf = tmp_path / "ภาพรวม.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "841.89 x 595.276" in info or "842 x 595" in info  # A4 landscape
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "ภาพรวมเมืองอัจฉริยะและแผนงานบูรณาการ" in text  # Thai labels as text, not pictures
    assert str(date.today().year + 543) in text  # the date in B.E.
    assert not list(tmp_path.glob("*.part"))


def test_the_pdf_text_has_its_tone_marks_and_looks_as_qt_drew_it(qtbot, dashboard, tmp_path, monkeypatch):
    """The font draws tone marks with alternate glyphs (lowered, shifted left): the text layer names them by
    the Thai letters, and the page renders exactly as before that correction."""
    from app.views.dashboard import export

    fixed = export.write_pdf(dashboard, tmp_path / "fixed.pdf")
    monkeypatch.setattr(export, "fix_file", lambda path: None)
    raw = export.write_pdf(dashboard, tmp_path / "raw.pdf")
    text = subprocess.run(["pdftotext", str(fixed), "-"], capture_output=True, text=True, check=True).stdout
    assert "ข้อมูล ณ วันที่" in text and "ล้านบาท" in text
    assert not [c for c in text if 0xF700 <= ord(c) <= 0xF8FF]
    assert "\uf70b" in subprocess.run(["pdftotext", str(raw), "-"], capture_output=True, text=True).stdout
    for pdf in (fixed, raw):
        subprocess.run(["pdftoppm", "-r", "75", "-png", "-singlefile", str(pdf), str(pdf.with_suffix(""))],
                       check=True)
    assert QImage(str(tmp_path / "fixed.png")) == QImage(str(tmp_path / "raw.png"))


def test_the_command_line_writes_the_pdf(qapp, db, tmp_path, capsys):
    from app.cli import main as cli

    code = cli.main(["--db", str(db.url), "dashboard", "--pdf", str(tmp_path / "d.pdf"), "--png",
                     str(tmp_path / "d.png")])
    assert code == 0 and capsys.readouterr().out.split() == [str(tmp_path / "d.pdf"), str(tmp_path / "d.png")]
    assert QImage(str(tmp_path / "d.png")).width() > 2000
    text = subprocess.run(["pdftotext", str(tmp_path / "d.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "โครงการในแผนงาน" in text and "341" in text


def test_small_counts_have_a_tick_per_whole_number(dashboard):
    """With no zone at all the axis read 1, 1, 1, 0, 0, 0: a tick per whole number, each label once."""
    from PySide6.QtCharts import QChartView, QValueAxis

    axes = [a for v in dashboard.findChildren(QChartView) for a in v.chart().axes(Qt.Orientation.Vertical)
            if isinstance(a, QValueAxis) and a.max() <= 10]
    assert axes
    for axis in axes:
        assert axis.max() == int(axis.max()) and axis.tickCount() == int(axis.max()) + 1
