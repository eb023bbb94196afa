"""The shape of the house, checked: the rules of docs/architecture.md that import-linter
cannot express (its contracts in pyproject.toml cover the layers)."""

from __future__ import annotations

import ast
from pathlib import Path

import creepguard

PACKAGE = Path(creepguard.__file__).parent


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _runtime_imports(path: Path) -> set[str]:
    """Modules of creepguard that ``path`` imports when it runs: at the top or inside a
    function, but not under ``if TYPE_CHECKING:`` (those never execute)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(child) for child in ast.walk(node))
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.startswith("creepguard"):
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("creepguard"))
    return found


def _graph(prefix: str) -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {
        name: {m for m in _runtime_imports(path) if m in modules and m.startswith(prefix)}
        for name, path in modules.items()
        if name.startswith(prefix)
    }


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return [*stack[stack.index(target) :], target]
            if target not in state and (found := visit(target)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_graph_reader_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_the_ui_has_no_import_cycle() -> None:
    graph = _graph("creepguard.ui")
    assert len(graph) > 10
    assert _cycle(graph) is None


def test_the_core_has_no_import_cycle() -> None:
    assert _cycle(_graph("creepguard.core")) is None


def test_only_the_composition_root_names_the_running_trackers_parts() -> None:
    """bootstrap builds the tracker; everyone else receives its parts through ports."""
    concrete = {
        "creepguard.qt_clock",
        "creepguard.server.ControlServer",
        "creepguard.scheduling.install_jobs",
        "creepguard.sensing.desktop_state.DesktopState",
        "creepguard.app.CreepGuardApp",
    }
    users = {
        name: sorted(imports & concrete)
        for name, imports in _graph("creepguard").items()
        if imports & concrete and name != "creepguard.bootstrap"
    }
    assert users == {}


def test_the_tracker_asks_for_capabilities_by_type_not_by_name() -> None:
    """Optional capabilities of a source are Protocols (creepguard.core.ports), never
    ``getattr(source, "...")``."""
    for path in [
        PACKAGE / "app.py",
        PACKAGE / "core" / "tracker.py",
        PACKAGE / "startup" / "runner.py",
    ]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        calls = [
            ast.unparse(node)
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in {"getattr", "hasattr"}
            and "source" in ast.unparse(node.args[0])
        ]
        assert calls == [], path


# Where an import inside a function is allowed, and why. Everywhere else imports go at
# the top: a lazy import is an import-order trick, and those live in creepguard.startup.
LAZY_IMPORTS_ALLOWED = {
    "creepguard.startup": "the start-up order itself (tray first, status without Qt)",
    "creepguard.cli": "each command loads only what it needs; status is on a status bar's path",
    "creepguard.offline": "the status path without a tracker: no SQLAlchemy, no Qt",
    "creepguard.status_format": "the status path: text for a status bar",
    "creepguard.control": "the status path: the socket request",
    "creepguard.i18n": "the status path: a catalogue only where a language needs one",
    "creepguard.catalogues": "build tooling, run by scripts/build_translations.sh",
    "creepguard.paths": "the status path: platformdirs only where the folders are asked for",
    "creepguard.ui.shell": "the first frame: windows and the card are built when first shown",
    "creepguard.ui.surface": "the first frame: tray or status window, whichever is needed",
    "creepguard.ui.tray": "the first frame: the menu and the popup on first use",
    "creepguard.ui.icons": "the first frame: the drawing code when the ring first changes",
    "creepguard.ui.translation": "the first frame: Qt's catalogues only for another language",
    "creepguard.ui.texts": "the first frame: the tooltip's words, with the rest on demand",
    "creepguard.ui.look": "the first frame: the style helpers a window asks for",
    "creepguard.ui.port": "the first frame: the view models without the library",
    "creepguard.ui.card": "the card: the picture tools only for a mirrored or still picture",
    "creepguard.dbus_client": "jeepney only where QtDBus cannot make a call (unsigned ints, "
    "arrays of structs) or for desktop notifications",
    "creepguard.sensing": "one backend per platform: optional libraries (jeepney, pywayland, "
    "ctypes bindings) load only where that desktop runs",
    "creepguard.native": "ctypes libraries per platform",
    "creepguard.autostart": "per-platform start at login",
    "creepguard.storage": "Alembic only when the file needs a migration",
    "creepguard.sync": "the shared folder's code loads only when a folder is set (off by "
    "default): a computer counting alone pays nothing for it",
}


def _lazy_imports(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            lines += [
                sub.lineno for sub in ast.walk(node) if isinstance(sub, ast.Import | ast.ImportFrom)
            ]
    return sorted(set(lines))


def test_imports_inside_functions_only_where_the_start_up_needs_them() -> None:
    offenders = {}
    for path in PACKAGE.rglob("*.py"):
        name = _module_name(path)
        if any(
            name == allowed or name.startswith(f"{allowed}.") for allowed in LAZY_IMPORTS_ALLOWED
        ):
            continue
        if lines := _lazy_imports(path):
            offenders[name] = lines
    assert offenders == {}, "move these imports to the top, or into creepguard.startup"


def test_the_lazy_import_check_sees_an_import_in_a_function(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("import os\n\ndef f():\n    import json\n    return json\n")
    assert _lazy_imports(module) == [4]
