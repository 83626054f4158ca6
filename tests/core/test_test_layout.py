"""The test tree shows the architecture: tests/core and tests/integrity need no display, and test modules share
only tests.support."""
from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
QT_ROOTS = {"PySide6", "pytestqt", "ui"}
QT_FIXTURES = {"qtbot", "qapp", "qtmodeltester", "qapp_args", "qapp_cls"}
NO_QT_FOLDERS = ("core", "integrity")     # integrity: kills, malformed files, direct edits (issue 12)


def _imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every import in the file, nested ones included; relative imports resolved to tests.*"""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = ".".join(path.relative_to(TESTS.parent).with_suffix("").parts[:-1])
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.append((node.lineno, module))
            # `from tests import test_x` imports a module too
            found += [(node.lineno, f"{module}.{alias.name}") for alias in node.names]
    return found


def _modules(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def test_the_folders_exist_and_hold_tests():
    for name in ("core", "ui", "support", "integrity"):
        assert (TESTS / name / "__init__.py").is_file()
    for name in ("core", "ui", "integrity"):
        assert list((TESTS / name).glob("test_*.py")), name
    assert not list(TESTS.glob("test_*.py")), "a test module belongs in tests/core, tests/integrity or tests/ui"
    assert not list((TESTS / "support").glob("test_*.py")), "tests/support holds helpers, not tests"


def test_core_and_integrity_tests_need_no_display():
    no_qt = [path for folder in NO_QT_FOLDERS for path in _modules(TESTS / folder)]
    offenders = [f"{path.relative_to(TESTS.parent)}:{line}: {module}"
                 for path in no_qt for line, module in _imports(path)
                 if module.split(".")[0] in QT_ROOTS]
    offenders += [f"{path.relative_to(TESTS.parent)}:{node.lineno}: fixture {arg.arg}"
                  for path in no_qt
                  for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                  if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
                  for arg in node.args.args if arg.arg in QT_FIXTURES]
    assert offenders == [], ("tests/core and tests/integrity must not import PySide6, pytest-qt or ui "
                             "(move the test to tests/ui)")


def test_no_test_module_imports_another():
    offenders = []
    for path in _modules(TESTS):
        for line, module in _imports(path):
            parts = module.split(".")
            if parts[0] == "tests" and any(p.startswith("test_") or p == "conftest" for p in parts[1:]):
                offenders.append(f"{path.relative_to(TESTS.parent)}:{line}: {module}")
    assert offenders == [], "share fixtures through conftest.py and helpers through tests.support"
