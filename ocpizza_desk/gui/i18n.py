"""The UI language: French by default, English available; switched live.

Source strings are English; resources/translations/ocpizza_fr.qm holds the French. Qt's own
dialogs (buttons of message boxes...) are translated with Qt's qtbase catalogue.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ocpizza_desk.assets import resource_path

LANGUAGES = {"fr": "Français", "en": "English"}
DEFAULT_LANGUAGE = "fr"
SETTINGS_KEY = "ui/language"

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def language() -> str:
    return _current


def saved_language() -> str:
    value = QSettings().value(SETTINGS_KEY, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def install(lang: str, *, remember: bool = True) -> None:
    """Load the catalogues for `lang`; open widgets get a LanguageChange event."""
    global _current
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, directory in (
            ("qtbase", qt_dir),
            ("ocpizza", str(resource_path("translations"))),
        ):
            translator = QTranslator(app)
            if translator.load(f"{name}_{lang}", directory):
                app.installTranslator(translator)
                _installed.append(translator)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.French if lang == "fr" else QLocale.Language.English,
            QLocale.Country.France,
        )
    )
    _current = lang
    if remember:
        QSettings().setValue(SETTINGS_KEY, lang)
