"""Render the main window on every pane, and the forms, offscreen into PNG files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSize, QTimer
from PySide6.QtWidgets import QWidget

from app.registers.catalog import REGISTERS
from app.views.audit import menu as audit_menu
from app.views.main_window import MainWindow
from app.views.registers.register_pane import RegisterPane
from app.views.registers.table_model import RECORD_ID_ROLE
from app.views.shared.row_table_model import ID_ROLE


def _settle(ms: int = 150) -> None:
    # processEvents(flags, maxtime) crashes PySide6 6.12 (none_dealloc): let a timer end a local loop
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _wait_loaded(pane: RegisterPane, timeout_ms: int = 30000) -> None:
    loop = QEventLoop()
    pane.loaded.connect(loop.quit)
    if hasattr(pane, "load_failed"):
        pane.load_failed.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    if getattr(pane, "_loading", False):
        loop.exec()
    _settle()


def _wait_features(window: MainWindow, timeout_ms: int = 30000) -> None:
    """The features' tool buttons and menu entries (installed once the first rows are painted) are in every picture."""
    loop = QEventLoop()
    window.features_ready.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    if not window.features_installed:
        loop.exec()


_screen = QSize(1366, 768)
_inspect: Callable[[QWidget, str], None] | None = None  # tests look at each screen before it is saved


def _grab(widget: QWidget, path: Path) -> Path:
    _settle()
    if _inspect is not None:
        _inspect(widget, path.stem)
    widget.grab().save(str(path))
    return path


def _resize(widget: QWidget, width: int, height: int) -> None:
    """A window's size for its screenshot, never larger than the screen it is drawn for."""
    widget.resize(min(width, _screen.width()), min(height, _screen.height()))


def render_all(db, outdir: Path, lang: str = "th", screen: QSize | None = None,
               inspect: Callable[[QWidget, str], None] | None = None) -> list[Path]:
    """Every pane and the main dialogs as PNGs; ``screen`` sizes the main window (1366×768), ``inspect`` is
    called with each widget and its name before it is grabbed."""
    global _screen, _inspect
    _screen, _inspect = screen or QSize(1366, 768), inspect
    try:
        return _render_all(db, outdir, lang)
    finally:
        _inspect = None


def _render_all(db, outdir: Path, lang: str) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    window = MainWindow(db, lang)
    window.resize(_screen)
    window.show()
    _wait_features(window)
    written = []
    for key in REGISTERS:
        pane = window.show_pane(key)
        _wait_loaded(pane)
        if pane.model.rowCount():
            pane.select_ids([pane.model.record_id(0)])
        written.append(_grab(window, outdir / f"pane-{key}.png"))
    for key in REGISTERS:
        pane = window.show_pane(key)
        if pane.model.rowCount():
            pane.select_ids([pane.proxy.data(pane.proxy.index(0, 0), RECORD_ID_ROLE)])
            form = pane.edit_selected()
            _resize(form, 760, 900)
            written.append(_grab(form, outdir / f"form-{key}.png"))
            form.reject()
    pane = window.show_pane("zones")
    form = pane.add_record()
    _resize(form, 760, 760)
    form.editors["declared_on"].set_value("31/2/2564")
    form.editors["status"].set_value("certified")
    form.save()  # refused: the form shows its Thai messages beside the fields
    written.append(_grab(form, outdir / "form-zones-errors.png"))
    form.reject()
    written += _meetings(window, outdir)
    written += _certificates(window, outdir)
    written += _plan(window, outdir)
    written.extend(_import_preview(window, outdir))
    for name, widget in audit_menu.screenshot_windows(window):
        written.append(_grab(widget, outdir / f"{name}.png"))
        widget.close()
    window.close()
    return written


def _meetings(window: MainWindow, outdir: Path) -> list[Path]:
    """The Meetings pane, each tab of the first meeting's window, and the Action items pane."""
    written = []
    pane = window.show_pane("meetings")
    _wait_loaded(pane)
    written.append(_grab(window, outdir / "pane-meetings.png"))
    if pane.table.rowCount():
        meeting = pane.open_selected()
        _resize(meeting, 1200, 820)
        for index, name in enumerate(("details", "attendance", "agenda", "preview")):
            meeting.tabs.setCurrentIndex(index)
            if name == "agenda":
                section = meeting.agenda.tree.topLevelItem(3)
                if section is not None and section.childCount() > 1:
                    meeting.agenda.tree.setCurrentItem(section.child(1))
            written.append(_grab(meeting, outdir / f"meeting-{name}.png"))
        menu = meeting.documents_button.menu()  # PDF and Word: minutes, agenda, invitation letters
        menu.popup(meeting.documents_button.mapToGlobal(meeting.documents_button.rect().bottomLeft()))
        _settle()
        written.append(_grab(menu, outdir / "meeting-documents-menu.png"))
        menu.hide()
        meeting.close()
    actions = window.show_pane("actions")
    _wait_loaded(actions)
    written.append(_grab(window, outdir / "pane-actions.png"))
    return written


def _plan(window: MainWindow, outdir: Path) -> list[Path]:
    """The plan's budget, duplicates and summary dialogs, and the dashboard with its map."""
    pane = window.show_pane("plan")
    _wait_loaded(pane)
    written = []
    if pane.model.rowCount():
        pane.select_ids([pane.proxy.data(pane.proxy.index(0, 0), RECORD_ID_ROLE)])
        pane.budget_action.trigger()
        written.append(_grab(pane.budget_dialog, outdir / "plan-budget.png"))
        pane.budget_dialog.reject()
    pane.duplicates_action.trigger()
    dialog = pane.duplicates_dialog
    loop = QEventLoop()
    dialog.checked.connect(loop.quit)
    QTimer.singleShot(30000, loop.quit)
    loop.exec()
    written.append(_grab(dialog, outdir / "plan-duplicates.png"))
    dialog.close()
    pane.summary_action.trigger()
    if pane.summary_dialog.summary is None:
        loop = QEventLoop()
        pane.summary_dialog.refreshed.connect(loop.quit)
        QTimer.singleShot(30000, loop.quit)
        loop.exec()
    written.append(_grab(pane.summary_dialog, outdir / "plan-summary.png"))
    pane.summary_dialog.close()
    dashboard = window.show_pane("dashboard")
    _wait_loaded(dashboard)
    written.append(_grab(window, outdir / "pane-dashboard.png"))
    return written


def _import_preview(window: MainWindow, outdir: Path) -> list[Path]:
    """The Excel import of an agency's promotion-zone sheet: its mapping step, then the preview with rows to add,
    conversions and rows with problems."""
    import tempfile

    from openpyxl import Workbook

    from app.views.excel.import_dialog import ImportDialog

    with tempfile.TemporaryDirectory() as folder:
        wb = Workbook()
        wb.active.title = "เขตส่งเสริม"
        wb.active.append(["บัญชีเขตส่งเสริมเมืองอัจฉริยะ (ฉบับส่ง depa)"])
        wb.active.append(["ลำดับ", "ชื่อเขตส่งเสริมเมืองอัจฉริยะ", "จังหวัด", "สถานะ", "วันที่ได้รับประกาศ", "รอบที่",
                          "หมายเหตุจากจังหวัด"])
        for row in ([1, "เขตส่งเสริมเมืองอัจฉริยะน่าน", "น่าน", "ประกาศเป็นเขตส่งเสริม", "5 พ.ย. 67", "๖", "ส่งแล้ว"],
                    [2, "เขตส่งเสริมเมืองอัจฉริยะแพร่", "แพร่", "ประกาศเป็นเขตส่งเสริม", "31/2/2568", 6, None],
                    [3, "เขตส่งเสริมเมืองอัจฉริยะลำปาง", "ลำปางใหม่", "declared", "1 ม.ค. 68", 6, None],
                    [None, "ภาคตะวันออกเฉียงเหนือ", None, None, None, None, None],
                    [4, None, "ตาก", "declared", "1/1/2568", "หก", None]):
            wb.active.append(row)
        wb.save(Path(folder) / "เขตส่งเสริม.xlsx")
        dialog = ImportDialog(window.db, "zones", window.lang, window)
        _resize(dialog, 1100, 640)
        dialog.show()
        shots = []

        for signal, then in ((dialog.mapping_proposed, lambda: dialog.load(Path(folder) / "เขตส่งเสริม.xlsx")),
                             (dialog.plan_read, dialog.mapping.confirm_button.click)):
            loop = QEventLoop()
            signal.connect(loop.quit)
            dialog.import_failed.connect(loop.quit)
            QTimer.singleShot(30000, loop.quit)
            then()
            loop.exec()
            shots.append(_grab(dialog, outdir / ("import-mapping.png" if not shots else "import-preview.png")))
        dialog.close()
    return shots


def _certificates(window: MainWindow, outdir: Path) -> list[Path]:
    """The Certificates pane, the preview of the first certificate and the Verify dialog on a valid number."""
    pane = window.show_pane("certificates")
    _wait_loaded(pane)
    if not pane.model.rowCount():
        return [_grab(window, outdir / "pane-certificates.png")]
    pane.select_ids([pane.proxy.index(0, 0).data(ID_ROLE)])
    written = [_grab(window, outdir / "pane-certificates.png")]
    preview = pane.preview_selected()
    _resize(preview, 1200, 900)
    written.append(_grab(preview, outdir / "certificate-preview.png"))
    preview.reject()
    verify = pane.open_verify()
    verify.input.setText(pane.model.row_at(pane.model.row_of(pane.selected_ids()[0])).number)
    verify.check()
    written.append(_grab(verify, outdir / "certificate-verify.png"))
    verify.close()
    return written
