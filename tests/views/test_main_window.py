"""The main window: navigation, status bar counts, undo across panes, remembered state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from app.views.main_window import MainWindow
from app.views.shared import settings
from tests.views.conftest import press_ok, with_features


@pytest.fixture
def window(qtbot, db):
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.current_pane().model.rowCount() > 0, timeout=10000)
    return with_features(qtbot, win)  # the demo mark in the title comes with them


def menu_entry(window, name: str):
    from PySide6.QtGui import QAction

    return window.findChild(QAction, name)


def test_the_title_says_the_database_holds_sample_data(qtbot, window, tmp_path):
    assert window.windowTitle().endswith("ฐานข้อมูลสาธิต: ข้อมูลตัวอย่าง")
    from app.core import migrate
    from app.core.db import Database
    from app.views.main_window import MainWindow

    own_db = Database(tmp_path / "own.sqlite")  # a database of one's own: no mark
    migrate.upgrade(own_db)
    own = MainWindow(own_db)
    qtbot.addWidget(own)
    with_features(qtbot, own)
    assert "สาธิต" not in own.windowTitle() and own.windowTitle().endswith("own.sqlite")
    own.close()
    own_db.dispose()


def test_navigation_lists_the_four_registers_and_counts_rows(qtbot, window):
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels == ["พื้นที่เมืองอัจฉริยะ", "เขตส่งเสริมเมืองอัจฉริยะ", "นักส่งเสริมดิจิทัลพัฒนาเมืองรุ่นใหม่",
                      "ความร่วมมือ ASCN", "แผนงานบูรณาการเมืองอัจฉริยะ", "การประชุม", "ติดตามมติที่ประชุม",
                      "เกียรติบัตรตราสัญลักษณ์", "ภาพรวมและแผนที่"]
    assert window.count_label.text() == "15 รายการ"
    pane = window.show_pane("zones")
    qtbot.waitUntil(lambda: window.count_label.text() == "8 รายการ", timeout=10000)
    pane.search.setText("ขอนแก่น")
    qtbot.waitUntil(lambda: window.count_label.text() == "แสดง 1 จาก 8 รายการ", timeout=10000)


def test_undo_follows_the_current_pane(qtbot, window):
    pane = window.show_pane("partnerships")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 6, timeout=10000)
    pane.confirm = lambda *a: True
    pane.select_ids([pane.model.record_id(0)])
    menu_entry(window, "deleteMenu").trigger()  # แก้ไข → ลบรายการ
    assert pane.model.rowCount() == 5 and window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert pane.model.rowCount() == 6
    window.show_pane("cities")
    assert not window.undo_action.isEnabled()  # the cities pane has nothing to undo


def test_window_state_is_remembered(qtbot, db, window):
    window.resize(window.width(), 520)  # the offscreen screen is only 800 px wide: vary the height
    pane = window.show_pane("ambassadors")
    pane.table.horizontalHeader().resizeSection(1, 321)
    window.close()
    assert settings.LAST_PANE.get() == "ambassadors"
    assert not QSettings().value(settings.header_key("ambassadors").name).isEmpty()
    again = MainWindow(db)
    qtbot.addWidget(again)
    assert again.current_pane().register.key == "ambassadors"
    assert again.size().height() == 520
    assert again.current_pane().table.horizontalHeader().sectionSize(1) == 321


def test_stale_panes_reload_when_shown(qtbot, db, window):
    cities = window.current_pane()
    cities.confirm = lambda *a: True
    zones = window.show_pane("zones")
    qtbot.waitUntil(lambda: zones.model.rowCount() == 8, timeout=10000)
    window.show_pane("cities")
    row = next(r for r in range(cities.model.rowCount()) if cities.model.value(r, "name_th") == "ขอนแก่นเมืองอัจฉริยะ")
    cities.select_ids([cities.model.record_id(row)])
    menu_entry(window, "editMenu").trigger()  # แก้ไข → แก้ไขรายการ
    form = cities.form
    form.editors["name_th"].setText("ขอนแก่นเมืองอัจฉริยะใหม่")
    press_ok(qtbot, form)
    with qtbot.waitSignal(zones.loaded, timeout=10000):
        window.show_pane("zones")
    column = [f.name for f in zones.model.fields].index("city_id")
    labels = {zones.model.text(r, column) for r in range(zones.model.rowCount())}
    assert "ขอนแก่นเมืองอัจฉริยะใหม่" in labels


def test_unexpected_error_dialog_saves_a_report(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from app.views import error_hook

    seen = {}

    def fake_exec(box):
        seen["text"] = box.text()
        seen["title"] = box.windowTitle()
        next(b for b in box.buttons() if b.text() == "บันทึกรายงาน…").click()
        return 0

    target = tmp_path / "report.txt"
    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    try:
        raise RuntimeError("ทดสอบข้อผิดพลาด")
    except RuntimeError as exc:
        error_hook.show_error(type(exc), exc, exc.__traceback__)
    assert seen["title"] == "เกิดข้อผิดพลาดที่ไม่คาดคิด"
    assert "ข้อมูลที่บันทึกแล้วยังอยู่ครบ" in seen["text"]
    report = target.read_text(encoding="utf-8")
    assert "RuntimeError: ทดสอบข้อผิดพลาด" in report and "Traceback" in report


def test_user_errors_reaching_the_hook_are_plain_thai_messages(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.core.errors import RecordMissing
    from app.views import error_hook

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    error = RecordMissing()
    error_hook.show_error(type(error), error, None)
    assert shown == ["ไม่พบข้อมูลนี้แล้ว อาจถูกลบจากหน้าต่างหรือเครื่องอื่น"]


def test_only_panes_that_show_the_changed_register_reload(qtbot, window):
    for key in ("zones", "ambassadors", "partnerships"):
        pane = window.show_pane(key)
        qtbot.waitUntil(lambda p=pane: p.model.rowCount() > 0, timeout=10000)
    cities = window.show_pane("cities")
    cities.select_ids([cities.model.record_id(0)])
    menu_entry(window, "editMenu").trigger()  # แก้ไข → แก้ไขรายการ
    form = cities.form
    form.editors["notes"].set_value("บันทึกเพิ่มเติม")
    press_ok(qtbot, form)
    # zones, ambassadors, plan projects and certificates show city names, meetings and action items cite cities;
    # partnerships do not
    assert window._stale == {"zones", "ambassadors", "plan", "meetings", "actions", "certificates", "dashboard"}


def test_the_cities_pane_reloads_after_the_certificates_pane_changed(qtbot, window):
    window.show_pane("cities")
    pane = window.show_pane("certificates")
    qtbot.waitUntil(lambda: "cities" in window._stale, timeout=10000)
    assert pane.model.rowCount() > 0


def test_the_features_come_once_the_first_rows_are_painted_and_quit_stays_last(qtbot, db):
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtWidgets import QApplication, QToolButton

    from app.views.audit.history_window import HistoryWindow

    events: list[str] = []

    class Painted(QObject):
        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint and "loaded" in events:
                events.append("rows painted")
            return False

    win = MainWindow(db)
    qtbot.addWidget(win)
    pane = win.current_pane()
    names = [a.objectName() for a in win.file_menu.actions()]
    assert not win.features_installed and "history" not in names and names[-1] == ""  # Quit: no name
    assert win.file_menu.actions()[-1] is win.quit_action
    watcher = Painted(pane)
    pane.table.viewport().installEventFilter(watcher)
    pane.loaded.connect(lambda: events.append("loaded"))
    win.features_ready.connect(lambda: events.append("features"))
    win.show()
    qtbot.waitUntil(lambda: win.features_installed, timeout=10000)
    assert events.index("loaded") < events.index("rows painted") < events.index("features"), events
    actions = win.file_menu.actions()
    assert actions[-1] is win.quit_action and actions[-2].isSeparator()
    assert {"history", "backupNow", "verifyCertificate", "takeOffline"} <= {a.objectName() for a in actions}
    # the pane made before the features has their actions too: Excel's button, the record's history
    assert pane.findChild(QToolButton, "excelButton") is not None
    assert any(a.objectName() == "recordHistory" for a in pane.extra_actions)
    win.activateWindow()
    qtbot.waitActive(win)
    qtbot.keyClick(win, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: any(isinstance(w, HistoryWindow) and w.isVisible()  # the shortcut works once it is in
                                for w in QApplication.topLevelWidgets()), timeout=10000)
    for w in QApplication.topLevelWidgets():
        if isinstance(w, HistoryWindow):
            w.close()
    win.install_features()  # once only
    assert sum(1 for a in win.file_menu.actions() if a.objectName() == "history") == 1


def test_a_first_pane_that_cannot_read_says_so_once_and_the_features_still_come(qtbot, tmp_path, monkeypatch):
    from app.core import migrate
    from app.core.db import Database
    from app.views.registers.register_pane import RegisterPane

    broken = Database(tmp_path / "broken.sqlite")
    migrate.upgrade(broken)
    with broken.engine.begin() as conn:  # what another program might leave: no keys, no settings
        conn.exec_driver_sql("DROP TABLE city_keys")
        conn.exec_driver_sql("DROP TABLE app_setting")
    told = []
    monkeypatch.setattr(RegisterPane, "notify_error", lambda self, error: told.append(error.message("th")))
    win = MainWindow(broken)
    qtbot.addWidget(win)
    win.show()
    with_features(qtbot, win)  # no exception escapes the start's later steps (pytest-qt fails the test if one did)
    assert len(told) == 1 and told[0].startswith("ฐานข้อมูล")  # one Thai message (the detail for the admin)
    assert win.windowTitle().endswith("broken.sqlite")
    assert any(a.objectName() == "history" for a in win.file_menu.actions())
    win.close()
    broken.dispose()
