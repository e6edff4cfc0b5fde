"""Thai by default; English through Qt's translator (resources/i18n/app_en.qm)."""

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
    qt_base = QTranslator(app)
    if qt_base.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    if lang != "en":
        return True
    translator = QTranslator(app)
    ok = translator.load(str(I18N / "app_en.qm"))
    if ok:
        app.installTranslator(translator)
        _installed.append(translator)
    return ok
