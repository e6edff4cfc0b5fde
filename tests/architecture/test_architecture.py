"""The house as ARCHITECTURE.md describes it: packages by capability, imports only downwards, no cycles, small rooms.

The table "Packages and what each may import" in ARCHITECTURE.md is the rule: this test reads it, so the
document and the code cannot drift apart.
"""

from __future__ import annotations

import ast
import re
import statistics

import pytest

from tests.architecture.imports import APP, ROOT, cycles, graph, module_name, modules, source_files

DOC = ROOT / "ARCHITECTURE.md"
QT_FREE_EXCEPT = ("app.views", "app.gui", "app.paths", "app.__main__")  # app.cli reaches Qt only through app.gui


def declared() -> dict[str, set[str]]:
    """package -> the packages it may import, from the table in ARCHITECTURE.md."""
    text = DOC.read_text(encoding="utf-8")
    table = text.split("## Packages and what each may import", 1)[1].split("\n## ", 1)[0]
    rules: dict[str, set[str]] = {}
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0].startswith("`app"):
            allowed = set(re.findall(r"`([\w.]+)`", cells[2]))
            rules[cells[0].strip("`")] = {a if a.startswith("app") else f"app.{a}" for a in allowed}
    return rules


def unit_of(module: str, units) -> str:
    return max((u for u in units if module == u or module.startswith(u + ".")), key=len)


def test_the_table_names_every_package_and_only_real_ones():
    rules = declared()
    packages = {module_name(p.parent) for p in APP.rglob("__init__.py") if "versions" not in p.parts}
    packages |= {m for m in modules() if m.count(".") == 1 and not modules()[m].name == "__init__.py"}
    assert len(rules) >= 15
    assert set(rules) <= set(modules()), "ARCHITECTURE.md names packages that do not exist"
    unlisted = {p for p in packages if unit_of(p, rules | {"app": set()}) == "app" and p != "app"}
    assert not unlisted, f"packages or top-level modules missing from ARCHITECTURE.md: {sorted(unlisted)}"


def test_no_import_cycles_anywhere_in_app():
    assert cycles() == []


def test_every_import_between_packages_is_one_the_table_allows():
    rules = declared()
    units = set(rules) | {"app"}
    wrong = []
    for importer, targets in graph().items():
        source = unit_of(importer, units)
        for target in targets:
            goal = unit_of(target, units)
            if goal not in (source, "app") and goal not in rules.get(source, set()):
                wrong.append(f"{importer} -> {target} ({source} may not import {goal})")
    assert wrong == []


def test_the_cycle_finder_finds_a_cycle(monkeypatch):
    import tests.architecture.imports as imports

    monkeypatch.setattr(imports, "graph", lambda: {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}})
    assert imports.cycles() == [["a", "b", "c"]]


def _imports_qt(path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
            [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
        if any(n.split(".")[0] in ("PySide6", "shiboken6") for n in names):
            return True
    return False


def test_only_the_views_and_the_gui_start_import_qt():
    offenders = [module_name(p) for p in source_files()
                 if not module_name(p).startswith(QT_FREE_EXCEPT) and _imports_qt(p)]
    assert offenders == []


@pytest.mark.parametrize("path", source_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_over_400_lines(path):
    assert sum(1 for _ in path.open(encoding="utf-8")) <= 400


def test_no_package_over_twelve_modules():
    by_folder: dict = {}
    for path in source_files():
        if path.name != "__init__.py":
            by_folder.setdefault(path.parent, []).append(path.name)
    crowded = {str(folder.relative_to(ROOT)): len(names) for folder, names in by_folder.items() if len(names) > 12}
    assert crowded == {}


def test_the_median_function_is_short():
    lengths = [node.end_lineno - node.lineno + 1 for path in source_files()
               for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
               if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)]
    assert statistics.median(lengths) <= 10


def test_every_path_in_the_newcomers_map_exists():
    text = DOC.read_text(encoding="utf-8")
    named = set(re.findall(r"`((?:app|resources|tests|bench|scripts|tools)/[\w/.-]+)`", text))
    assert len(named) >= 30
    missing = sorted(p for p in named if not (ROOT / p).exists())
    assert missing == []


def test_the_table_is_read_as_written():
    rules = declared()
    assert rules["app.registers"] == {"app.core", "app.models"}
    assert rules["app.core"] == set()
    assert "app.views.shared" in rules["app.views.excel"]
