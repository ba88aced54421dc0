"""Compile ui/*.ui (Qt Designer) into ocpizza_desk/gui/forms/ui_*.py with pyside6-uic.

Compiled at build time, not loaded at run time: PyInstaller cannot see .ui files loaded
dynamically, and loadUiType would need uic on every shop PC. `--check` fails when a
compiled form is out of date (CI runs it through the test suite).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "ocpizza_desk" / "gui" / "forms"


def uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-uic"
    )
    if not found:
        sys.exit("pyside6-uic not found: install the project first (make install)")
    return found


def compile_form(source: Path, target: Path) -> None:
    subprocess.run([uic(), "--from-imports", str(source), "-o", str(target)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only report stale forms")
    args = parser.parse_args()
    stale = []
    expected = set()
    for source in sorted(UI_DIR.glob("*.ui")):
        target = FORMS_DIR / f"ui_{source.stem}.py"
        expected.add(target.name)
        if args.check:
            with tempfile.TemporaryDirectory() as tmp:
                fresh = Path(tmp) / target.name
                compile_form(source, fresh)
                if not target.exists() or fresh.read_text() != target.read_text():
                    stale.append(source.name)
        else:
            compile_form(source, target)
    orphans = sorted(p.name for p in FORMS_DIR.glob("ui_*.py") if p.name not in expected)
    if args.check and (stale or orphans):
        print(f"stale forms: {stale}; compiled forms without a .ui: {orphans}")
        print("run: make forms")
        return 1
    for name in orphans if not args.check else []:
        (FORMS_DIR / name).unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
