"""GUI fixtures: offscreen Qt, settings in a temp folder, a migrated temp SQLite file per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer  # noqa: E402

from app.core import migrate  # noqa: E402
from app.core.db import Database  # noqa: E402
from app.sample import demo as sample


@pytest.fixture(scope="session", autouse=True)
def isolated_settings(tmp_path_factory):
    folder = tmp_path_factory.mktemp("settings")
    QCoreApplication.setOrganizationName("smartcity-tests")
    QCoreApplication.setApplicationName("smartcity-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture(scope="session", autouse=True)
def thai_fonts(qapp):
    """As at start-up: the bundled fonts, so grabs show Thai even where the system has no Thai font."""
    from app.views.shared.fonts import apply_ui_font

    apply_ui_font(qapp)


@pytest.fixture(autouse=True)
def clean_settings(isolated_settings, qapp):
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def empty_db(tmp_path):
    db = Database(tmp_path / "registers.sqlite")
    migrate.upgrade(db)
    yield db
    db.dispose()


@pytest.fixture
def db(empty_db):
    with empty_db.session() as session:
        sample.fill(session)
    return empty_db


def _settle(ms: int = 50) -> None:
    """Let queued events run (PySide6 6.12 crashes on processEvents(flags, maxtime))."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


@pytest.fixture
def settle():
    return _settle
