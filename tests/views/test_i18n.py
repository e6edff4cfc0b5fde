"""Thai by default, English through the .ts/.qm catalogue: complete, current and applied."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from app.views import i18n
from app.views.main_window import MainWindow
from resources import ROOT as RESOURCES

ROOT = Path(__file__).resolve().parents[2]
TS = RESOURCES / "i18n" / "app_en.ts"


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot():
        name = context.find("name").text
        for message in context.findall("message"):
            found[(name, message.find("source").text)] = message.find("translation")
    return found


def test_every_string_in_the_catalogue_is_translated():
    unfinished = [src for (ctx, src), tr in messages(TS).items() if tr.get("type") or not (tr.text or "").strip()]
    assert unfinished == []


def test_catalogue_covers_every_tr_string_in_the_sources(tmp_path):
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = [str(ROOT / "app" / "gui.py"), *sorted(str(p) for p in (ROOT / "app" / "views").rglob("*.py"))]
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    missing = set(messages(fresh)) - set(messages(TS))
    assert not missing, f"run tools/update_translations.py and translate: {sorted(missing)}"


def test_compiled_catalogue_matches_the_ts_file():
    translator = QTranslator()
    assert translator.load(str(TS.with_suffix(".qm")))
    for (context, source), translation in messages(TS).items():
        assert translator.translate(context, source) == translation.text, (context, source)


@pytest.fixture
def english(qapp):
    assert i18n.install_translators(qapp, "en")
    yield
    i18n.install_translators(qapp, "th")


def test_main_window_in_english(qtbot, db, english):
    window = MainWindow(db, "en")
    qtbot.addWidget(window)
    assert window.nav.item(0).text() == "Smart city areas"
    pane = window.current_pane()
    assert pane.search.placeholderText() == "Search (Ctrl+F)"
    assert pane.model.headerData(0, Qt.Orientation.Horizontal) == "City / project name"
    assert QCoreApplication.translate("RecordForm", "บันทึก") == "Save"
    assert [a.text() for a in window.menuBar().actions()][:2] == ["&File", "Edit"]


def test_thai_is_the_default(qtbot, db):
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert i18n.current_language() == "th"
    assert window.current_pane().search.placeholderText() == "ค้นหา (Ctrl+F)"
