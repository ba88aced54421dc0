"""One translation catalogue for every text a user reads, whatever layer writes it.

Source texts are English, in the code, marked with `N_(context, text)` (a plain string, for
tables such as error messages), `Text(context, text, **params)` (a text rendered later in
the reader's language, for parameters of an error or a phrase) or `tr(context, text, lang,
**params)` (translated and formatted at once, for the command line's output).
tools/update_translations.py extracts the three forms into
resources/translations/ocpizza_<lang>.ts next to the GUI's strings, so a translation is
written once, in Qt Linguist or a fill file, and a new language is one more .ts file.

`translate(context, text, lang)` reads that same .ts: pure Python, no QApplication, so the
domain, the services and the command line share the GUI's catalogue (and the bundle ships
the .ts with the other resources). Untranslated or unfinished entries give the English back,
as Qt does.
"""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from importlib.resources import files
from typing import Any

RESOURCES = "ocpizza_desk.resources"
SOURCE_LANGUAGE = "en"

_catalogues: dict[str, dict[tuple[str, str], str]] = {}
_lock = threading.Lock()


def N_(context: str, text: str) -> str:
    """Mark `text` for extraction into the catalogue; returns it unchanged (English)."""
    return text


def tr(context: str, text: str, lang: str, /, **params: Any) -> str:
    """`text` (marked, English) translated into `lang`, then formatted with `params` (texts
    among them translated too): the command line's way to say something."""
    return translate(context, text, lang).format(
        **{key: localize(value, lang) for key, value in params.items()}
    )


def catalogue(lang: str) -> dict[tuple[str, str], str]:
    """(context, English) -> text in `lang`, read once from resources/translations."""
    found = _catalogues.get(lang)
    if found is not None:
        return found
    with _lock:
        if lang not in _catalogues:
            _catalogues[lang] = _read(lang)
        return _catalogues[lang]


def _read(lang: str) -> dict[tuple[str, str], str]:
    if lang == SOURCE_LANGUAGE:
        return {}
    ts = files(RESOURCES).joinpath("translations", f"ocpizza_{lang}.ts")
    if not ts.is_file():
        return {}
    entries: dict[tuple[str, str], str] = {}
    for context in ET.fromstring(ts.read_bytes()).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                "unfinished",
                "vanished",
                "obsolete",
            ):
                continue
            if translation.text:
                entries[(name, message.findtext("source") or "")] = translation.text
    return entries


def translate(context: str, text: str, lang: str) -> str:
    """`text` (English, as marked in the code) in `lang`; English when not translated."""
    return catalogue(lang).get((context, text), text)


def localize(value: Any, lang: str) -> Any:
    """A parameter as the reader sees it: texts in `lang`, anything else unchanged."""
    if isinstance(value, Localized):
        return value.text(lang)
    return value


class Localized:
    """Something shown in the reader's language, chosen only when it is shown."""

    __slots__ = ()

    def text(self, lang: str) -> str:
        raise NotImplementedError

    def __str__(self) -> str:
        return self.text(SOURCE_LANGUAGE)


class Text(Localized):
    """A marked English text with parameters (themselves texts or plain values)."""

    __slots__ = ("context", "params", "source")

    def __init__(self, context: str, source: str, **params: Any) -> None:
        self.context = context
        self.source = source
        self.params = params

    def text(self, lang: str) -> str:
        template = translate(self.context, self.source, lang)
        if not self.params:
            return template
        return template.format(**{key: localize(v, lang) for key, v in self.params.items()})

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Text) and (self.context, self.source, self.params) == (
            other.context,
            other.source,
            other.params,
        )

    def __hash__(self) -> int:
        return hash((self.context, self.source))

    def __repr__(self) -> str:
        return f"Text({self.context!r}, {self.source!r}, **{self.params!r})"

    def __reduce__(self):
        return (_text, (self.context, self.source, self.params))


def _text(context: str, source: str, params: dict[str, Any]) -> Text:
    return Text(context, source, **params)


class Joined(Localized):
    """Texts (or plain values) joined by a separator, each in the reader's language."""

    __slots__ = ("items", "separator")

    def __init__(self, separator: str, items: list[Any]) -> None:
        self.separator = separator
        self.items = list(items)

    def text(self, lang: str) -> str:
        return self.separator.join(str(localize(item, lang)) for item in self.items)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Joined) and (self.separator, self.items) == (
            other.separator,
            other.items,
        )

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self):
        return (Joined, (self.separator, self.items))
