"""The architecture rules, checked on every import statement of every module.

Each part of the package has a rank; a module imports only from its own part or from a lower
rank. Every import counts, including those inside functions (a lazy import is still a
dependency) and relative ones. Within a part, modules may import each other, but never in a
circle. A module no rank covers fails the test, so a new folder or top-level file must be
placed in the table before it can be imported from.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "ocpizza_desk"

# A part imports only from parts of a lower number; parts of the same number not from each
# other. Inside a part, modules import each other freely, without cycles.
RANKS = {
    "ocpizza_desk": 0,  # the package's name and version only (__init__.py)
    "ocpizza_desk.assets": 1,
    "ocpizza_desk.logs": 1,
    "ocpizza_desk.domain": 1,
    "ocpizza_desk.config": 2,
    "ocpizza_desk.db": 3,
    "ocpizza_desk.integrations": 4,
    "ocpizza_desk.services": 5,
    "ocpizza_desk.ops": 6,
    "ocpizza_desk.gui": 7,
    "ocpizza_desk.accounts_cli": 8,
    "ocpizza_desk.backup_cli": 8,
    "ocpizza_desk.journal_cli": 8,
    "ocpizza_desk.cli": 9,
    "ocpizza_desk.__main__": 10,
}

# What a part never imports, whatever the ranks allow: the screens reach the database only
# through services (or ops) and get dataclasses back; no Qt under the GUI.
FORBIDDEN = {
    "ocpizza_desk.gui": ("sqlalchemy", "pymysql", "alembic", "ocpizza_desk.db"),
    "ocpizza_desk.services": ("PySide6", "shiboken6"),
    "ocpizza_desk.ops": ("PySide6", "shiboken6"),
    "ocpizza_desk.integrations": ("PySide6", "shiboken6", "sqlalchemy", "pymysql"),
    "ocpizza_desk.db": ("PySide6", "shiboken6"),
    "ocpizza_desk.config": ("PySide6", "shiboken6", "sqlalchemy", "pymysql"),
    "ocpizza_desk.domain": ("PySide6", "shiboken6", "sqlalchemy", "pymysql", "alembic"),
}


def module_files(package: Path) -> dict[str, Path]:
    """Dotted module name -> file, for every .py under `package` (a package is its
    __init__)."""
    modules = {}
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(parts)] = path
    return modules


def imports_of(path: Path, module: str) -> list[tuple[str, tuple[str, ...], int]]:
    """(module imported, names taken from it, line) for every import anywhere in the file,
    relative ones made absolute."""
    is_package = path.name == "__init__.py"
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.extend((alias.name, (), node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                here = module.split(".") if is_package else module.split(".")[:-1]
                anchor = here[: len(here) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            found.append((base, tuple(alias.name for alias in node.names), node.lineno))
    return found


def import_graph(package: Path) -> dict[str, dict[str, int]]:
    """Module -> {module of the package it imports: first line}."""
    modules = module_files(package)
    root = package.name
    graph: dict[str, dict[str, int]] = {}
    for module, path in modules.items():
        edges: dict[str, int] = {}
        for base, names, line in imports_of(path, module):
            if base != root and not base.startswith(root + "."):
                continue
            # `from pkg import mod` imports pkg and pkg.mod; `from pkg.mod import Class`, pkg.mod
            for name in (base, *(f"{base}.{n}" for n in names)):
                target = name
                while target not in modules:
                    target = target.rpartition(".")[0]
                if target != module:
                    edges.setdefault(target, line)
        graph[module] = edges
    return graph


def part_of(module: str, ranks: dict[str, int]) -> str | None:
    """The longest entry of `ranks` that is the module or one of its packages."""
    candidates = [p for p in ranks if module == p or module.startswith(p + ".")]
    return max(candidates, key=len) if candidates else None


def unranked(graph: dict[str, dict[str, int]], ranks: dict[str, int]) -> list[str]:
    root = next(iter(graph)).split(".")[0]
    return sorted(m for m in graph if m != root and part_of(m, ranks) in (None, root))


def upward_imports(graph: dict[str, dict[str, int]], ranks: dict[str, int]) -> list[str]:
    offences = []
    for module, edges in sorted(graph.items()):
        mine = part_of(module, ranks)
        for target, line in sorted(edges.items()):
            theirs = part_of(target, ranks)
            if mine is None or theirs is None or theirs == mine:
                continue
            if ranks[theirs] >= ranks[mine]:
                offences.append(f"{module}:{line} imports {target} ({theirs} is not below {mine})")
    return offences


def cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative), each
    sorted, in a stable order."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return sorted(found)


def framework_offences(package: Path, forbidden: dict[str, tuple[str, ...]]) -> list[str]:
    offences = []
    for module, path in module_files(package).items():
        part = part_of(module, dict.fromkeys(forbidden, 0))
        if part is None:
            continue
        for name, _names, line in imports_of(path, module):
            if any(name == b or name.startswith(b + ".") for b in forbidden[part]):
                offences.append(f"{module}:{line} imports {name}")
    return sorted(set(offences))


@pytest.fixture(scope="module")
def graph():
    return import_graph(PACKAGE)


def test_every_module_has_a_rank(graph):
    assert unranked(graph, RANKS) == []


def test_imports_point_downward(graph):
    assert upward_imports(graph, RANKS) == []


def test_no_import_cycle(graph):
    assert cycles(graph) == []


def test_no_forbidden_import():
    assert framework_offences(PACKAGE, FORBIDDEN) == []


# ------------------------------------------------------------------ the checker sees them


@pytest.fixture
def toy(tmp_path):
    """A package `toy` with a low part, a high part and a top-level module."""
    root = tmp_path / "toy"
    for folder in (root, root / "low", root / "high"):
        folder.mkdir()
        (folder / "__init__.py").write_text("")
    (root / "low" / "a.py").write_text("X = 1\n")
    (root / "low" / "b.py").write_text("from toy.low.a import X\n")
    (root / "high" / "c.py").write_text("from ..low import a\n")
    return root


TOY_RANKS = {"toy": 0, "toy.low": 1, "toy.high": 2}


def test_a_clean_toy_passes(toy):
    graph = import_graph(toy)
    assert graph["toy.high.c"] == {"toy.low": 1, "toy.low.a": 1}  # relative, resolved
    assert upward_imports(graph, TOY_RANKS) == []
    assert cycles(graph) == []
    assert unranked(graph, TOY_RANKS) == []


def test_an_import_inside_a_function_is_an_upward_import(toy):
    (toy / "low" / "a.py").write_text("def f():\n    from toy.high import c\n    return c\n")
    assert upward_imports(import_graph(toy), TOY_RANKS) == [
        "toy.low.a:2 imports toy.high (toy.high is not below toy.low)",
        "toy.low.a:2 imports toy.high.c (toy.high is not below toy.low)",
    ]


def test_a_cycle_inside_one_part_is_found(toy):
    (toy / "low" / "d.py").write_text("import toy.low.b\n")
    (toy / "low" / "a.py").write_text("def f():\n    from . import d\n")
    assert cycles(import_graph(toy)) == [["toy.low.a", "toy.low.b", "toy.low.d"]]


def test_a_module_without_rank_is_reported(toy):
    (toy / "extra.py").write_text("")
    assert unranked(import_graph(toy), TOY_RANKS) == ["toy.extra"]


def test_a_forbidden_framework_is_found_even_lazily(toy):
    (toy / "low" / "a.py").write_text("def f():\n    from sqlalchemy.orm import Session\n")
    assert framework_offences(toy, {"toy.low": ("sqlalchemy",)}) == [
        "toy.low.a:2 imports sqlalchemy.orm"
    ]
