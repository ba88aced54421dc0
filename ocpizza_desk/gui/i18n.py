"""The UI language: French by default, English available; switched live.

Source strings are English; resources/translations/ocpizza_fr.qm holds the French. Qt's own
dialogs (buttons of message boxes...) are translated with Qt's qtbase catalogue.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from ocpizza_desk.assets import resource_path
from ocpizza_desk.domain.money import format_cents
from ocpizza_desk.domain.pricing import format_rate

LANGUAGES = {"fr": "Français", "en": "English"}
DEFAULT_LANGUAGE = "fr"
SETTINGS_KEY = "ui/language"

QT_CATALOGUES = ("qtbase",)  # Qt's own strings: file dialogs, message boxes' buttons
# Strings of Qt's dialogs that Qt 6 reworded and its qtbase_fr.qm still has in the old words
# ("Look in:" for "&Look in:"): translated in our own catalogue, asked before Qt's.
QT_STRINGS_MISSING_IN_QTBASE = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
log = logging.getLogger(__name__)
_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own catalogues may be: Qt's translations path, then PySide6's folders in a
    wheel (Qt/translations on Linux and macOS, translations on Windows) and in a PyInstaller
    bundle (whose Qt prefix may not point at them)."""
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    dirs += [package / "Qt" / "translations", package / "translations"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        dirs += [Path(bundle) / "PySide6" / "Qt" / "translations"]
        dirs += [Path(bundle) / "PySide6" / "translations"]
    return dirs


def qt_catalogues(lang: str) -> list[Path]:
    """Qt's own .qm files for `lang`, the first found of each (none in English)."""
    found = []
    for name in QT_CATALOGUES:
        for directory in qt_translation_dirs():
            path = directory / f"{name}_{lang}.qm"
            if path.is_file():
                found.append(path)
                break
        else:
            log.warning(
                "Qt's %s catalogue for %s not found in %s", name, lang, qt_translation_dirs()
            )
    return found


def language() -> str:
    return _current


def money(cents: int, *, whole: bool = False, plain: bool = False) -> str:
    """Euros in the UI language: `domain.money.format_cents`, the one formatter, bound to
    the language switched live (so a screen never keeps its own copy)."""
    return format_cents(cents, _current, whole=whole, plain=plain)


def rate(rate_bp: int) -> str:
    """A VAT rate or a percentage in the UI language: "5,5 %", "5.5%"."""
    text = format_rate(rate_bp)
    return text if _current == "fr" else text.replace(",", ".").replace(" %", "%")


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
        catalogues = [*qt_catalogues(lang), resource_path("translations") / f"ocpizza_{lang}.qm"]
        for path in catalogues:
            translator = QTranslator(app)
            if translator.load(str(path)):
                app.installTranslator(translator)
                _installed.append(translator)
            else:
                log.warning("translations not loaded: %s", path)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.French if lang == "fr" else QLocale.Language.English,
            QLocale.Country.France,
        )
    )
    _current = lang
    if remember:
        QSettings().setValue(SETTINGS_KEY, lang)
