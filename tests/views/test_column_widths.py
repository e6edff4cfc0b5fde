"""Column widths stay put while the user types in the search field (issue 12): fewer rows must neither take the
scroll bar away nor narrow the row numbers, either of which widened the stretched last column at every key."""

from __future__ import annotations

import pytest

from app.views.main_window import MainWindow
from tests.views.conftest import _settle, type_text


@pytest.mark.parametrize("key", ["cities", "plan", "actions", "certificates"])
def test_widths_do_not_move_while_typing_in_search(qtbot, db, key):
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(2400, 900)  # wider than the columns: the last one stretches
    window.show()
    qtbot.waitExposed(window)
    pane = window.show_pane(key)
    qtbot.waitUntil(lambda: not getattr(pane, "_loading", False) and pane.table.model().rowCount() > 0,
                    timeout=20000)
    _settle(100)
    header = pane.table.horizontalHeader()

    def widths() -> list[int]:
        return [header.sectionSize(i) for i in range(header.count())]

    first, counts = widths(), {pane.table.model().rowCount()}
    pane.search.setFocus()
    for char in "ขอนแก่น":
        type_text(pane.search, char)
        pending = getattr(pane.table.model(), "pending", lambda: False)  # a register pane's rows come from SQL
        qtbot.waitUntil(lambda: not pending(), timeout=10000)  # noqa: B023 (waited for at once)
        _settle(30)
        counts.add(pane.table.model().rowCount())
        assert widths() == first, pane.search.text()
    assert len(counts) > 1  # the search did narrow the rows
