"""The shape of app/ and ui/: no import cycles, the stages layered, imports at module top.

The graph is built from the source with ast (nothing is imported): one node per module in app/
and ui/, one edge per import wherever it stands -- module level, inside a function, under
`if TYPE_CHECKING:` (a package's __init__ re-exports count). `from app.x import y` points at
app.x.y when y is a module, else at app.x. Importing app.x.y runs app/x/__init__.py first, so it
also points at app.x (unless the importer is inside app.x, which is then already running).
A cycle hidden in a function or behind TYPE_CHECKING is still a cycle: a module that needs its
importer's types only to annotate has the dependency the wrong way round (name the contract in a
module below both, as ui/wizards/import_session.py does).
"""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("app", "ui")

# Layering: a lower stage never imports a higher one, and the core never imports the GUI.
FORBIDDEN = {
    "app": ("ui",),
    "app.draw": ("app.match", "app.docs", "app.campaign"),
    "app.registers": ("app.draw", "app.match"),
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for package in PACKAGES for p in sorted((ROOT / package).rglob("*.py"))}


MODULES = _modules()


def _is_package(name: str) -> bool:
    return MODULES.get(name, Path()).name == "__init__.py"


def _absolute(module: str | None, level: int, importer: str) -> str:
    if not level:
        return module or ""
    base = importer if _is_package(importer) else importer.rpartition(".")[0]
    for _ in range(level - 1):
        base = base.rpartition(".")[0]
    return f"{base}.{module}" if module else base


def _targets(node: ast.Import | ast.ImportFrom, importer: str) -> list[str]:
    if isinstance(node, ast.Import):
        return [a.name for a in node.names if a.name in MODULES]
    base = _absolute(node.module, node.level, importer)
    out = []
    for alias in node.names:
        sub = f"{base}.{alias.name}"
        if sub in MODULES:
            out.append(sub)
        elif base in MODULES:
            out.append(base)
    return out


def _trees() -> dict[str, ast.Module]:
    return {name: ast.parse(path.read_text(encoding="utf-8"), str(path)) for name, path in MODULES.items()}


def _packages_run_first(target: str, importer: str) -> list[str]:
    """The packages whose __init__ runs when `target` is imported from `importer`."""
    parts = target.split(".")
    own = {".".join(importer.split(".")[:i]) for i in range(1, importer.count(".") + 2)}
    return [p for p in (".".join(parts[:i]) for i in range(2, len(parts))) if p in MODULES and p not in own]


def _all_imports(tree: ast.Module):
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node


def import_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for name, tree in _trees().items():
        edges = graph.setdefault(name, set())
        for node in _all_imports(tree):
            for target in _targets(node, name):
                edges.update(t for t in [target, *_packages_run_first(target, name)] if t != name)
    return graph


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected component of more than one module (Tarjan), as a sorted list."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return cycles


def test_no_import_cycles_in_app_or_ui():
    cycles = find_cycles(import_graph())
    assert not cycles, "import cycles: " + "; ".join(" <-> ".join(c) for c in cycles)


def test_lower_stages_never_import_higher_ones():
    bad = []
    for name, tree in _trees().items():
        for low, highs in FORBIDDEN.items():
            if name != low and not name.startswith(low + "."):
                continue
            for node in _all_imports(tree):   # function-level imports count here too
                for target in _targets(node, name):
                    if any(target == h or target.startswith(h + ".") for h in highs):
                        bad.append(f"{name} imports {target} (line {node.lineno})")
    assert not bad, "\n".join(bad)


def _function_level_imports(tree: ast.Module):
    for func in ast.walk(tree):
        if isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for node in ast.walk(func):
                if isinstance(node, (ast.Import, ast.ImportFrom)):
                    yield node


def test_function_level_imports_say_why():
    """An import inside a function is allowed only with a comment saying why (on its line or the
    line above); a block of imports directly under a commented one shares that comment."""
    bad = []
    for name, path in MODULES.items():
        lines = path.read_text(encoding="utf-8").splitlines()
        nodes = sorted(_function_level_imports(ast.parse("\n".join(lines))), key=lambda n: n.lineno)
        justified_end = None
        for node in nodes:
            line = lines[node.lineno - 1]
            previous = lines[node.lineno - 2].strip() if node.lineno > 1 else ""
            if "#" in line or previous.startswith("#") or justified_end == node.lineno - 1:
                justified_end = node.end_lineno
            else:
                bad.append(f"{name}:{node.lineno}: {line.strip()}")
    assert not bad, "function-level imports without a comment saying why:\n" + "\n".join(bad)


def test_the_graph_sees_known_edges():
    """Guard against a test that passes because it reads nothing."""
    graph = import_graph()
    assert "app.audit.log" in graph["app.audit"]
    assert "app.db.base" in graph["app.db"]
    assert "app.settings" in graph["app.audit.log"]       # app/settings/__init__.py runs first
    assert "app.settings" not in graph["app.settings.service"]
    assert "ui.operations" in graph["ui.operations.draw"]
    assert "app.campaign.changes" in graph["ui.operations.draw"]
    assert len([m for m in graph if m.startswith("app")]) > 50 and len([m for m in graph if m.startswith("ui")]) > 40


def test_a_cycle_is_found_and_named():
    assert find_cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
