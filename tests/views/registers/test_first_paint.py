"""The first rows are painted before the pane's background work starts: the filters' values and the check of the
stored keys wait for the paint, since the worker holding Python's lock meanwhile would delay the rows."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, QObject

from app.views.main_window import MainWindow
from app.views.registers import register_pane


class PaintLog(QObject):
    def __init__(self, widget, log: list[str]):
        super().__init__(widget)
        self.log = log
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.log.append("paint")
        return False


def test_the_filters_values_are_read_after_the_first_rows_are_painted(qtbot, db, monkeypatch):
    log: list[str] = []
    lock = threading.Lock()
    real = register_pane.filter_data

    def filter_data(*args):
        with lock:
            log.append("filter data")
        return real(*args)

    monkeypatch.setattr(register_pane, "filter_data", filter_data)
    window = MainWindow(db)
    qtbot.addWidget(window)
    pane = window.current_pane()
    PaintLog(pane.table.viewport(), log)
    pane.loaded.connect(lambda: log.append("loaded"))
    window.show()
    qtbot.waitUntil(lambda: "filter data" in log, timeout=10000)
    with qtbot.waitSignal(pane.options_loaded, timeout=10000, raising=False):
        pass
    after = log[log.index("loaded"):]
    assert after.index("paint") < after.index("filter data"), log
    assert pane.filters.province.count() > 1  # and the values came: the province filter offers the provinces


def test_a_hidden_pane_reads_its_filters_values_at_once(qtbot, db):
    window = MainWindow(db)  # never shown: nothing is painted, nothing waits for it
    qtbot.addWidget(window)
    pane = window.current_pane()
    qtbot.waitUntil(lambda: not pane.options_pending, timeout=10000)
    assert pane.filters.province.count() > 1
