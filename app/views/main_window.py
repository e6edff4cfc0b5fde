"""The main window: a navigation list of registers, the current pane, menus and the status bar."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
)
from sqlalchemy import column, select, table

from app import __version__
from app.core.db import Database, sqlite_path
from app.core.errors import UserError
from app.models.base import SAMPLE_DATA
from app.registers.catalog import REGISTERS
from app.views.audit.limits import current_role, hide_for_role
from app.views.registers.register_pane import RegisterPane
from app.views.shared import settings
from app.views.shared.screen import fit_to_screen
from app.views.shared.tasks import after_paint

PANE_KEYS = [*REGISTERS, "meetings", "actions", "certificates", "dashboard"]
FEATURES_AT_MOST_MS = 1500  # the features' menus come by then even if the first rows have not


def with_key(text: str, key) -> str:
    """A menu entry that shows the key of the pane's own action: the pane holds the shortcut (one per pane,
    active where the pane is), the menu only says it, so the two never make an ambiguous shortcut."""
    return f"{text}\t{QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)}"


class MainWindow(QMainWindow):
    pane_changed = Signal(str)
    pane_created = Signal(str, object)  # key, pane: features that add actions to a pane connect here
    features_ready = Signal()  # the features' menus and pane actions are in (``install_features``)
    closing = Signal()  # the window is about to close (the scheduled backup runs then)

    def __init__(self, db: Database, lang: str = "th"):
        super().__init__()
        self.db, self.lang = db, lang
        self.setObjectName("mainWindow")
        self.role = current_role(db)  # what the panes hide (app.views.audit.limits), set as each is made
        self.undo_group = QUndoGroup(self)
        self.panes: dict[str, RegisterPane] = {}  # built when first shown: a quicker start
        self._stale: set[str] = set(PANE_KEYS)
        self.features_installed = False
        self._build()
        self._restore()  # the first pane asks for its rows now: the worker reads them while the window is built
        self._build_menus()
        self._set_title(sample=False)  # the demo mark is read with the features, as are the recent databases
        self._install_after_first_rows()

    def _install_after_first_rows(self) -> None:
        """The features' menus and pane actions come once the first pane's rows are painted: the rows show sooner,
        and the entries are in before a person can reach for them. A pane that fails to load, or has no rows to
        wait for, does not hold them back."""
        pane = self.current_pane()
        loaded = getattr(pane, "loaded", None)
        if loaded is None:
            QTimer.singleShot(0, self, self.install_features)
            return
        table = getattr(pane, "table", None)
        target = table.viewport() if table is not None else pane
        loaded.connect(lambda: after_paint(target, self.install_features), Qt.ConnectionType.SingleShotConnection)
        failed = getattr(pane, "load_failed", None)
        if failed is not None:
            failed.connect(self.install_features, Qt.ConnectionType.SingleShotConnection)
        QTimer.singleShot(FEATURES_AT_MOST_MS, self, self.install_features)  # a slow server

    def install_features(self, *_args) -> None:
        """Excel, certificates, accountability and backups, the plan, offline copies: each adds its own entries to
        the menus and its actions to the panes (those made before, by ``pane_created`` once more). With them the
        rest of the start: the database among the recent ones, the demo mark in the title. Once."""
        if self.features_installed:
            return
        self.features_installed = True
        from app.views import database_menu

        database_menu.remember(self.db)
        self._set_title()
        from app.views.audit import menu as audit_menu
        from app.views.certificates import menu as certificates_menu
        from app.views.excel import menu as excel_menu
        from app.views.plan import menu as plan_menu
        from app.views.sync import menu as sync_menu

        for action in (self._quit_separator, self.quit_action):  # Quit stays the File menu's last entry
            self.file_menu.removeAction(action)
        for feature in (excel_menu, certificates_menu, audit_menu, plan_menu, sync_menu):
            feature.install(self)
        self.file_menu.addAction(self._quit_separator)
        self.file_menu.addAction(self.quit_action)
        for key, pane in self.panes.items():
            self.pane_created.emit(key, pane)
        self.features_ready.emit()

    def _set_title(self, sample: bool = True) -> None:
        """The application, the open database (its file name, or the server's URL without password), demo or not
        (``sample``: ask the database)."""
        title = self.tr("ระบบงานเลขานุการคณะกรรมการขับเคลื่อนการพัฒนาเมืองอัจฉริยะ")
        path = sqlite_path(self.db.url)
        key = column("key")  # the settings' table by name: its classes (app.models.setting) load when first needed
        if sample:
            try:
                with self.db.session() as session:  # the demo database says so (app.sample.demo marks it)
                    found = select(key).select_from(table("app_setting", key)).where(key == SAMPLE_DATA)
                    sample = session.connection().execute(found).first() is not None
            except UserError:  # a database that cannot answer: the first pane has said so already
                sample = False
        self.setWindowTitle(f"{title} — {path.name if path else self.db.display_name}"
                            + (self.tr(" — ฐานข้อมูลสาธิต: ข้อมูลตัวอย่าง") if sample else ""))
        self.setWindowFilePath(str(path or ""))

    def _build(self) -> None:
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setMinimumWidth(220)
        self.stack = QStackedWidget(self)
        for key in PANE_KEYS:
            item = QListWidgetItem(self._pane_label(key), self.nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(200, 40))
        self.nav.currentRowChanged.connect(self._switch)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.db_label = QLabel(self.tr("ฐานข้อมูล: {name}").format(name=self.db.display_name), self)
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.db_label)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("แฟ้ม"))
        from app.views import database_menu

        database_menu.install(self, file_menu)
        sample_action = QAction(self.tr("เติมข้อมูลตัวอย่าง"), self)
        sample_action.triggered.connect(self._fill_sample)
        file_menu.addAction(sample_action)
        file_menu.addSeparator()
        self.file_menu = file_menu  # the features add theirs here (install_features)
        self._quit_separator = file_menu.addSeparator()
        self.quit_action = QAction(self.tr("ออกจากโปรแกรม"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("แก้ไข"))
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("เลิกทำ"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("ทำซ้ำ"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        keys = QKeySequence.StandardKey
        for name, text, key in (("add", self.tr("เพิ่มรายการ"), keys.New),
                                ("edit", self.tr("แก้ไขรายการ"), Qt.Key.Key_Return),
                                ("delete", self.tr("ลบรายการ"), keys.Delete), ("find", self.tr("ค้นหา"), keys.Find)):
            action = QAction(with_key(text, key), self)
            action.setObjectName(f"{name}Menu")
            action.triggered.connect(lambda _checked=False, n=name: self._pane_action(n))
            edit_menu.addAction(action)

        view_menu = bar.addMenu(self.tr("มุมมอง"))
        refresh = QAction(with_key(self.tr("โหลดข้อมูลใหม่"), Qt.Key.Key_F5), self)
        refresh.triggered.connect(lambda: self.current_pane().reload())
        view_menu.addAction(refresh)
        language_menu = view_menu.addMenu(self.tr("ภาษา"))
        for code, label in (("th", "ไทย"), ("en", "English")):
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(code == self.lang)
            action.triggered.connect(lambda _checked=False, c=code: self._set_language(c))
            language_menu.addAction(action)

        help_menu = bar.addMenu(self.tr("ช่วยเหลือ"))
        from app.views import help_menu as guide_menu

        guide_menu.install(self, help_menu, PANE_KEYS)
        about = QAction(self.tr("เกี่ยวกับโปรแกรม"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _restore(self) -> None:
        geometry = settings.MAIN_GEOMETRY.get()
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            fit_to_screen(self, 1280, 760)
        splitter = settings.MAIN_SPLITTER.get()
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([240, 1040])
        keys = list(PANE_KEYS)
        last = settings.LAST_PANE.get()
        self.nav.setCurrentRow(keys.index(last) if last in keys else 0)

    # -- panes -----------------------------------------------------------------------------------
    def current_pane(self) -> RegisterPane:
        return self.stack.currentWidget()

    def pane(self, key: str) -> RegisterPane:
        pane = self.panes.get(key)
        if pane is None:
            pane = self.panes[key] = self._make_pane(key)
            self.stack.addWidget(pane)
            self.undo_group.addStack(pane.undo_stack)
            hide_for_role(self.role, key, pane)
            pane.counts_changed.connect(self._show_counts)
            pane.undo_stack.indexChanged.connect(lambda _i, k=key: self._mark_others_stale(k))
            if key == "certificates":  # issuing and renewing move the cities' emblem dates (no undo stack there)
                pane.loaded.connect(lambda: self._stale.add("cities"))
            self.pane_created.emit(key, pane)
        return pane

    def _pane_label(self, key: str) -> str:
        if key in REGISTERS:
            return REGISTERS[key].label(self.lang)
        return {"meetings": self.tr("การประชุม"), "actions": self.tr("ติดตามมติที่ประชุม"),
                "certificates": self.tr("เกียรติบัตรตราสัญลักษณ์"), "dashboard": self.tr("ภาพรวมและแผนที่")}[key]

    def _make_pane(self, key: str):
        if key in REGISTERS:
            return RegisterPane(self.db, REGISTERS[key], self.lang, self)
        if key == "meetings":
            from app.views.meetings.meetings_pane import MeetingsPane

            return MeetingsPane(self.db, self.lang, self)
        if key == "certificates":
            from app.views.certificates.certificates_pane import CertificatesPane

            return CertificatesPane(self.db, self.lang, self)
        if key == "dashboard":  # QtCharts is loaded here, when the dashboard is first shown
            from app.views.dashboard.dashboard_pane import DashboardPane

            pane = DashboardPane(self.db, self.lang, self)
            pane.open_requested.connect(self.open_filtered)
            return pane
        from app.views.meetings.actions_pane import ActionsPane

        return ActionsPane(self.db, self.lang, self)

    def show_pane(self, key: str) -> RegisterPane:
        self.nav.setCurrentRow(PANE_KEYS.index(key))
        return self.panes[key]

    def open_filtered(self, key: str, chosen: dict) -> RegisterPane:
        """Show a register with only the rows a figure of the dashboard counts (its other filters cleared)."""
        pane = self.show_pane(key)

        def apply() -> None:
            pane.filters.reset()
            for name, value in chosen.items():
                pane.filters.choose(name, value)

        if getattr(pane, "_loading", False) or getattr(pane, "options_pending", False):  # its filters' values first
            getattr(pane, "options_loaded", pane.loaded).connect(apply, Qt.ConnectionType.SingleShotConnection)
        else:
            apply()
        return pane

    @Slot(int)
    def _switch(self, row: int) -> None:
        if row < 0:
            return
        key = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
        pane = self.pane(key)
        self.stack.setCurrentWidget(pane)
        self.undo_group.setActiveStack(pane.undo_stack)
        if key in self._stale or key == "dashboard":  # the dashboard counts every register: fresh on each visit
            self._stale.discard(key)
            pane.reload()
        self.count_label.clear()
        pane.emit_counts()
        self.pane_changed.emit(key)

    def _mark_others_stale(self, key: str) -> None:
        """Panes that show titles of the changed register (a zone shows its city) reload when shown."""
        self._stale |= {k for k, register in REGISTERS.items()
                        if k != key and any(f.ref == key for f in register.fields)}
        if key in ("meetings", "actions", "cities"):  # minutes, follow-ups and certified cities show each other
            self._stale |= {"meetings", "actions", "cities"} - {key}
        if key in ("meetings", "cities"):  # certificates show city names and the granting resolution
            self._stale.add("certificates")

    def _pane_action(self, name: str) -> None:
        action = getattr(self.current_pane(), f"{name}_action", None)
        if action is not None:
            action.trigger()

    @Slot(int, int)
    def _show_counts(self, shown: int, total: int) -> None:
        if self.sender() is not self.current_pane():
            return
        if shown == total:
            self.count_label.setText(self.tr("{n} รายการ").format(n=f"{total:,}"))
        else:
            self.count_label.setText(self.tr("แสดง {shown} จาก {total} รายการ").format(shown=f"{shown:,}",
                                                                                   total=f"{total:,}"))

    def _fill_sample(self) -> None:
        from app.sample import demo as sample  # only when asked for: keeps start-up light

        try:
            with self.db.session() as session:
                added = sample.fill(session)
        except UserError as error:
            QMessageBox.warning(self, self.tr("ทำรายการไม่สำเร็จ"), error.message(self.lang))
            return
        self.reload_all()
        self._set_title()
        self.statusBar().showMessage(self.tr("เพิ่มข้อมูลตัวอย่าง {n} รายการ").format(n=sum(added.values())), 5000)

    def reload_all(self) -> None:
        """Every pane reloads when next shown, the current one now (after a restore, sample data…)."""
        self._stale |= set(PANE_KEYS)
        self._switch(self.nav.currentRow())

    def _set_language(self, code: str) -> None:
        settings.LANGUAGE.set(code)
        QMessageBox.information(self, self.tr("ภาษา"),
                                self.tr("ภาษาที่เลือกจะมีผลเมื่อเปิดโปรแกรมครั้งถัดไป"))

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("เกี่ยวกับโปรแกรม"), self.tr(
            "ระบบงานเลขานุการคณะกรรมการขับเคลื่อนการพัฒนาเมืองอัจฉริยะ รุ่น {version}\n"
            "สำนักงานเมืองอัจฉริยะประเทศไทย สำนักงานส่งเสริมเศรษฐกิจดิจิทัล").format(version=__version__))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self.closing.emit()
        settings.MAIN_GEOMETRY.set(self.saveGeometry())
        settings.MAIN_SPLITTER.set(self.splitter.saveState())
        settings.LAST_PANE.set(self.current_pane().key)
        for pane in self.panes.values():
            pane.save_state()
        super().closeEvent(event)
