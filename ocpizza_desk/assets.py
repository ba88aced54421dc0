"""Files shipped with the app (resources/), found the same way everywhere.

The top-level resources/ folder is installed as the package `ocpizza_desk.resources`
(pyproject's package-dir), and PyInstaller collects it under the same name (build.spec), so
one importlib.resources lookup works from a checkout, an installed wheel and a bundle.
"""

from __future__ import annotations

import json
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

PACKAGE = "ocpizza_desk.resources"


def resource(*parts: str) -> Traversable:
    return files(PACKAGE).joinpath(*parts)


def resource_path(*parts: str) -> Path:
    """A real filesystem path, for APIs such as Qt's that cannot read a Traversable."""
    return Path(str(resource(*parts)))


def load_json(*parts: str) -> Any:
    return json.loads(resource(*parts).read_text(encoding="utf-8"))
