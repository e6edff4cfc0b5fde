"""A pane's filters show their first entry whole ("ทุกจังหวัด", "ปีงบประมาณ (พ.ศ.): ทั้งหมด") once the pane has
loaded: the second row of the plan's own filters is as wide as the first row leaves it, which cut them at 1366 px."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

from app.views.main_window import MainWindow
from tests.views.conftest import with_features


def shown_room(combo: QComboBox) -> int:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    return combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo).width()


def test_every_filter_shows_its_first_entry_whole_on_a_1366_screen(qtbot, db):
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    with_features(qtbot, window)
    for key in ("cities", "zones", "ambassadors", "partnerships", "plan"):
        pane = window.show_pane(key)
        qtbot.waitUntil(lambda p=pane: not p._loading and not p.options_pending, timeout=20000)
        combos = [pane.filters.province, pane.filters.region, pane.filters.status, *pane.filters.fields.values()]
        for combo in combos:
            assert combo.currentIndex() == 0
            need = combo.fontMetrics().horizontalAdvance(combo.currentText())
            assert need <= shown_room(combo) + 2, f"{key}: “{combo.currentText()}” {need} px in {shown_room(combo)}"
