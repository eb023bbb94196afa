""".github/workflows/other-os.yml, the Windows and macOS workflow, read here since it cannot
run here: it parses, pins its actions to a major version, and every file, extra, marker
and command line it relies on exists in this repository as it names them."""

from __future__ import annotations

import argparse
import re
import shlex
import tomllib
from pathlib import Path
from typing import Any

import pytest

from creepguard import cli

yaml = pytest.importorskip("yaml", reason="PyYAML (the test extra) is not installed")

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "other-os.yml"
SMOKE = ROOT / "packaging" / "pyinstaller" / "smoke_status.py"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def workflow() -> dict[Any, Any]:
    loaded: dict[Any, Any] = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    return loaded


def steps(workflow: dict[Any, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job["steps"]]


def commands(workflow: dict[Any, Any]) -> list[str]:
    """Every ``run:`` of every step (YAML folds ``>-`` blocks into one line)."""
    return [step["run"] for step in steps(workflow) if "run" in step]


def test_it_runs_on_windows_and_macos_on_every_push(workflow: dict[Any, Any]) -> None:
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as True
    assert {"push", "pull_request", "workflow_dispatch"} <= set(triggers)
    for job in workflow["jobs"].values():
        matrix = job["strategy"]["matrix"]
        systems = matrix.get("os") or [entry["os"] for entry in matrix["include"]]
        assert sorted(systems) == ["macos-latest", "windows-latest"]
        assert job["runs-on"] == "${{ matrix.os }}"
        assert job["strategy"]["fail-fast"] is False  # one system's failure hides nothing
    assert workflow["permissions"] == {"contents": "read"}


def test_every_action_is_pinned_to_a_major_version(workflow: dict[Any, Any]) -> None:
    used = [step["uses"] for step in steps(workflow) if "uses" in step]
    assert used
    for action in used:
        assert re.fullmatch(r"actions/[a-z-]+@v\d+", action), action


def test_the_python_it_sets_up_is_one_the_project_supports(workflow: dict[Any, Any]) -> None:
    version = workflow["env"]["PYTHON_VERSION"]
    minimum = PYPROJECT["project"]["requires-python"].removeprefix(">=")
    assert tuple(map(int, version.split("."))) >= tuple(map(int, minimum.split(".")))
    for step in steps(workflow):
        if step.get("uses", "").startswith("actions/setup-python@"):
            assert step["with"]["python-version"] == "${{ env.PYTHON_VERSION }}"


def test_qt_runs_offscreen(workflow: dict[Any, Any]) -> None:
    assert workflow["env"]["QT_QPA_PLATFORM"] == "offscreen"


def test_the_extra_it_installs_exists(workflow: dict[Any, Any]) -> None:
    extras = set(PYPROJECT["project"]["optional-dependencies"])
    installed = [
        extra for command in commands(workflow) for extra in re.findall(r"\.\[(\w+)\]", command)
    ]
    assert installed == ["test"]
    assert set(installed) <= extras


def test_the_markers_it_leaves_out_are_the_projects(workflow: dict[Any, Any]) -> None:
    declared = {
        line.split(":")[0] for line in PYPROJECT["tool"]["pytest"]["ini_options"]["markers"]
    }
    (pytest_run,) = [c for c in commands(workflow) if "-m pytest" in c]
    expression = shlex.split(pytest_run)[shlex.split(pytest_run).index("-m", 3) + 1]
    named = set(re.findall(r"\w+", expression)) - {"and", "or", "not"}
    # Every tier that needs a Linux desktop or D-Bus is left out, by its real name.
    assert named == declared
    assert expression.count("not ") == len(declared)


def test_the_spec_and_the_smoke_script_it_runs_exist(workflow: dict[Any, Any]) -> None:
    mentioned = [
        path
        for command in commands(workflow)
        for path in re.findall(r"\{\{ github\.workspace \}\}/([\w./-]+)", command)
    ]
    assert sorted(mentioned) == [
        "packaging/pyinstaller/creepguard.spec",
        "packaging/pyinstaller/smoke_status.py",
    ]
    for path in mentioned:
        assert (ROOT / path).is_file(), path


def test_it_builds_with_the_pyinstaller_build_sh_uses(workflow: dict[Any, Any]) -> None:
    build_sh = (ROOT / "packaging" / "pyinstaller" / "build.sh").read_text(encoding="utf-8")
    (wanted,) = re.findall(r'"(pyinstaller[^"]*)"', build_sh)
    assert any(f'"{wanted}"' in command for command in commands(workflow))


def test_the_bundle_it_smoke_tests_is_the_one_the_spec_makes(workflow: dict[Any, Any]) -> None:
    spec = (ROOT / "packaging" / "pyinstaller" / "creepguard.spec").read_text(encoding="utf-8")
    assert re.search(r'COLLECT\([^)]*name="creepguard"', spec, re.S)  # dist/creepguard/
    assert re.search(r'EXE\([^)]*name="creepguard"', spec, re.S)  # .../creepguard[.exe]
    (job,) = [job for job in workflow["jobs"].values() if "include" in job["strategy"]["matrix"]]
    programs = {entry["os"]: entry["program"] for entry in job["strategy"]["matrix"]["include"]}
    assert programs == {"windows-latest": "creepguard.exe", "macos-latest": "creepguard"}
    assert any('"dist/creepguard/${{ matrix.program }}"' in c for c in commands(workflow))


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:  # argparse has no public way to list subcommands
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _options(parser: argparse.ArgumentParser) -> set[str]:
    return {option for action in parser._actions for option in action.option_strings}


def test_the_smoke_script_asks_only_what_the_command_line_offers() -> None:
    """The command lines smoke_status.py runs, checked against creepguard's own parser
    (there is no --headless: Qt's offscreen platform stands in for a display)."""
    source = SMOKE.read_text(encoding="utf-8")
    asked = [
        [word.strip('"') for word in call.split(", ")]
        for call in re.findall(r"command\(program, ((?:\"[^\"]+\", )*\"[^\"]+\")", source)
    ]
    asked.append(["run"])  # the tracker itself: [program, "run"]
    assert ["status", "--json"] in asked and ["diagnose"] in asked and ["run"] in asked
    parser = cli.build_parser()
    subcommands = _subcommands(parser)
    for words in asked:
        name, *options = words
        assert name in subcommands, name
        assert set(options) <= _options(subcommands[name]), words
        subcommands[name].parse_args(options)  # accepted as written
    assert "--headless" not in {o for p in subcommands.values() for o in _options(p)}
    assert 'QT_QPA_PLATFORM": "offscreen"' in source
