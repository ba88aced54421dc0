"""Which strings did the screens ask to translate, and does the French file have them?

A translator installed last is asked first for every tr() and translate() call: it notes
the (context, source) pair and answers from the same French catalogues the application
loads. A string built at run time that pyside6-lupdate could not extract (a tr() hidden in
an f-string, an aliased tr) therefore shows up here as missing, which a check of the .ts
file alone cannot see. (It answers with text, never "no answer": returning None from this
virtual unbalances None's reference count in PySide6 6.11 and aborts the process.)
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from ocpizza_desk.assets import resource_path

TS_FILE = Path(__file__).resolve().parents[2] / "resources" / "translations" / "ocpizza_fr.ts"


def translated_pairs() -> set[tuple[str, str]]:
    pairs = set()
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and not translation.get("type"):
                pairs.add((name, message.findtext("source") or ""))
    return pairs


# Our base classes that PySide's tr() walks through on its way up.
BASE_CLASSES = {"AccessibleDialog"}  # (it has no strings of its own)


class RecordingTranslator(QTranslator):
    def __init__(self) -> None:
        super().__init__()
        self.seen: set[tuple[str, str]] = set()
        self._catalogues = []
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, directory in (
            ("ocpizza", str(resource_path("translations"))),
            ("qtbase", qt_dir),
        ):
            catalogue = QTranslator()
            if catalogue.load(f"{name}_fr", directory):
                self._catalogues.append(catalogue)

    def translate(self, context, source, disambiguation=None, n=-1):
        if context and source:
            self.seen.add((context, source))
        for catalogue in self._catalogues:
            found = catalogue.translate(context, source, disambiguation, n)
            if found:
                return found
        return source or ""

    def isEmpty(self) -> bool:
        return False

    def install(self) -> RecordingTranslator:
        QCoreApplication.installTranslator(self)
        return self

    def remove(self) -> None:
        QCoreApplication.removeTranslator(self)

    def untranslated(self) -> list[tuple[str, str]]:
        """Our strings (Qt's own contexts start with Q) that have no French translation. A
        French text equal to its English source ("{formula} — {slot}") makes PySide's tr()
        ask the base classes' contexts too: those asks are not strings of their own."""
        known = translated_pairs()
        return sorted(
            (context, source)
            for context, source in self.seen
            if not context.startswith("Q")
            and context not in BASE_CLASSES
            and (context, source) not in known
        )
