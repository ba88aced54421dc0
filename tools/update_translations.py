"""Refresh resources/translations/*.ts from the sources (pyside6-lupdate) and compile them
to .qm (pyside6-lrelease).

Source strings are English: the GUI's (`tr`, .ui files) and those the other layers mark with
`N_(context, text)`, `Text(context, text, ...)` or `tr(context, text, lang, ...)`
(ocpizza_desk/domain/texts.py), which this tool finds itself and hands to lupdate as
QT_TRANSLATE_NOOP calls, so one catalogue serves the GUI, the services' errors and the
command line. ocpizza_fr.ts carries the French, edited
with Qt Linguist (`pyside6-linguist resources/translations/ocpizza_fr.ts`). `--check` fails
when a source string is missing from the .ts or not translated, without touching anything.
`--fill FILE.json` ({"Context": {"English source": "French"}}) writes translations for strings
still unfinished, for work done away from Linguist. Runs hold a lock, so two at once do not
clobber the file.
"""

from __future__ import annotations

import argparse
import ast
import fcntl
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("fr",)


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install the project first (make install)")
    return found


def sources() -> list[str]:
    files = sorted((ROOT / "ocpizza_desk" / "gui").rglob("*.py"))
    files = [f for f in files if "forms" not in f.parts]  # the .ui files carry those strings
    return [str(f) for f in files] + [str(f) for f in sorted((ROOT / "ui").glob("*.ui"))]


MARKERS = ("N_", "Text", "tr")  # ocpizza_desk.domain.texts: (context, text, ...)


def marked_texts(files: list[Path] | None = None) -> list[tuple[str, str]]:
    """(context, English) of every `N_("Context", "text")` / `Text("Context", "text", ...)`
    call with literal arguments, in the order found."""
    if files is None:
        files = [f for f in sorted((ROOT / "ocpizza_desk").rglob("*.py")) if "forms" not in f.parts]
    found: list[tuple[str, str]] = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name == "tr" and not isinstance(func, ast.Name):
                continue  # QObject.tr(text, disambiguation): lupdate's own
            context, text = node.args[0], node.args[1]
            if (
                name in MARKERS
                and isinstance(context, ast.Constant)
                and isinstance(context.value, str)
                and isinstance(text, ast.Constant)
                and isinstance(text.value, str)
            ):
                found.append((context.value, text.value))
    return found


def lupdate(ts: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        marked = Path(tmp) / "marked_texts.py"
        marked.write_text(
            "".join(
                f"QT_TRANSLATE_NOOP({json.dumps(c, ensure_ascii=False)}, "
                f"{json.dumps(t, ensure_ascii=False)})\n"
                for c, t in dict.fromkeys(marked_texts())
            ),
            encoding="utf-8",
        )
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                *sources(),
                str(marked),
                "-ts",
                str(ts),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )


def untranslated(ts: Path) -> list[str]:
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") in ("unfinished", "vanished", "obsolete")
                or not (
                    translation.text
                    or "".join(t.text or "" for t in translation.iter("numerusform"))
                )
            ):
                missing.append(f"{name}: {message.findtext('source')!r}")
    return missing


def fill(ts: Path, translations: dict[str, dict[str, str]]) -> None:
    """Write the given French for messages that have none yet; keeps everything else."""
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        wanted = translations.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if (
                source in wanted
                and translation is not None
                and (translation.get("type") == "unfinished" or not translation.text)
            ):
                translation.text = wanted[source]
                translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--fill", type=Path, action="append", default=[])
    args = parser.parse_args()
    with (TS_DIR / ".update.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        return run(args.check, [json.loads(f.read_text(encoding="utf-8")) for f in args.fill])


def run(check: bool, fills: list[dict[str, dict[str, str]]]) -> int:
    problems = []
    for lang in LANGUAGES:
        ts = TS_DIR / f"ocpizza_{lang}.ts"
        if check:
            with tempfile.TemporaryDirectory() as tmp:
                copy = Path(tmp) / ts.name
                shutil.copy(ts, copy)
                lupdate(copy)
                problems += [f"{lang} {m}" for m in untranslated(copy)]
        else:
            lupdate(ts)
            for translations in fills:
                fill(ts, translations)
            if fills:
                lupdate(ts)  # back to lupdate's own layout (ElementTree drops the DOCTYPE)
            subprocess.run(
                [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm.new"))],
                check=True,
                stdout=subprocess.DEVNULL,
            )
            # Renamed into place: a running app maps the .qm, and must never see it half-written.
            ts.with_suffix(".qm.new").replace(ts.with_suffix(".qm"))
            problems += [f"{lang} {m}" for m in untranslated(ts)]
    for problem in problems:
        print("untranslated:", problem)
    return 1 if problems and check else 0


if __name__ == "__main__":
    sys.exit(main())
