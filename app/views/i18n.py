"""Thai by default; English through Qt's translator (resources/i18n/app_en.qm).

Qt ships no Thai for its own strings (buttons, file/print/input dialogs, text fields' context menus): the
project's translation is resources/i18n/qtbase_th.qm (source resources/i18n/qtbase_th.ts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.views.shared import settings
from resources import ROOT

I18N = ROOT / "i18n"
_installed: list[QTranslator] = []


def current_language() -> str:
    lang = settings.LANGUAGE.get()
    return lang if lang in ("th", "en") else "th"


def install_translators(app: QCoreApplication, lang: str) -> bool:
    """Install the app's English catalogue (and Qt's own dialogs' catalogue) when lang is 'en'."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    locale = QLocale(QLocale.Language.English if lang == "en" else QLocale.Language.Thai,
                     QLocale.Country.UnitedStates if lang == "en" else QLocale.Country.Thailand)
    QLocale.setDefault(locale)
    _install(app, _qt_base(app, locale, lang))
    if lang != "en":
        return True
    translator = QTranslator(app)
    ok = translator.load(str(I18N / "app_en.qm"))
    _install(app, translator if ok else None)
    return ok


def _qt_base(app: QCoreApplication, locale: QLocale, lang: str) -> QTranslator | None:
    """Qt's own strings: our Thai catalogue, or the one Qt ships for the locale (none for English)."""
    qt_base = QTranslator(app)
    if lang == "th":
        return qt_base if qt_base.load(str(I18N / "qtbase_th.qm")) else None
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return qt_base if qt_base.load(locale, "qtbase", "_", folder) else None


def _install(app: QCoreApplication, translator: QTranslator | None) -> None:
    if translator is not None:
        app.installTranslator(translator)
        _installed.append(translator)
