"""The architecture rules, checked on the import statements of every module."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "ocpizza_desk"

FORBIDDEN = {
    "gui": ("sqlalchemy", "pymysql", "alembic", "ocpizza_desk.db"),
    "services": ("PySide6", "shiboken6", "ocpizza_desk.gui"),
    "domain": ("PySide6", "shiboken6", "sqlalchemy", "pymysql", "alembic", "ocpizza_desk."),
    "db": ("PySide6", "ocpizza_desk.gui", "ocpizza_desk.services"),
}


def imports_of(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_downward(layer):
    offences = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in imports_of(path):
            for banned in FORBIDDEN[layer]:
                allowed_self = layer == "domain" and name.startswith("ocpizza_desk.domain")
                if (
                    name == banned.rstrip(".")
                    or name.startswith(banned.rstrip(".") + ".")
                    or (banned.endswith(".") and name.startswith(banned))
                ) and not allowed_self:
                    offences.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offences == []


def test_the_checker_sees_a_violation(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from sqlalchemy import select\nimport ocpizza_desk.db.models\n")
    assert {"sqlalchemy", "ocpizza_desk.db.models"} <= imports_of(bad)
