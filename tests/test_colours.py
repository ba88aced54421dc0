"""Colours come from ocpizza_desk/gui/style.py only, named by what they mean: a screen, a
model or a printed document never writes a colour of its own."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "ocpizza_desk"
STYLE = PACKAGE / "gui" / "style.py"

COLOUR_LITERALS = re.compile(
    r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b"  # "#c0392b", "#fff"
    r"|QColor\(\s*[\"'\d]"  # QColor("white"), QColor(0, 0, 0, 60)
    r"|\brgba?\("  # rgba(255,255,255,235) in a stylesheet
    r"|Qt\.GlobalColor\."
    r"|(?:color|background)[\w-]*\s*:\s*(?:white|black|red|green|blue|gr[ae]y|orange|yellow)\b"
)


def colour_literals(path: Path) -> list[str]:
    return [
        f"{number}: {line.strip()}"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if COLOUR_LITERALS.search(line)
    ]


def test_no_colour_literal_outside_the_style_module():
    found = {
        str(path.relative_to(PACKAGE)): lines
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != STYLE and "forms" not in path.parts and (lines := colour_literals(path))
    }
    assert found == {}


def test_the_check_sees_each_kind_of_colour(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        'A = QColor("#1a73e8")\n'
        "B = QColor(0, 0, 0, 60)\n"
        'C = "QLabel { background: white; }"\n'
        'D = "border: 1px solid rgba(0,0,0,40)"\n'
        "E = Qt.GlobalColor.red\n"
        "F = QColor(style.MAP_ROUTE)\n"
        'G = "issue #12 of the tracker"\n',
        encoding="utf-8",
    )
    assert [line.split(":")[0] for line in colour_literals(sample)] == ["1", "2", "3", "4", "5"]


def test_the_style_module_names_the_colours_the_screens_use():
    from ocpizza_desk.gui import style

    assert style.MAP_ROUTE == "#1a73e8" and style.LATE == style.BRAND
    assert len(style.CHART_PALETTE) == len(set(style.CHART_PALETTE)) == 10
