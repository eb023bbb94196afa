"""The wheel, installed into a fresh virtual environment, works away from the source tree.

Builds the wheel from a copy of what an sdist holds (so a stale ``build/`` folder or the
editable install cannot leak in), builds a wheelhouse of its dependencies once per session
(from PyPI or pip's cache), installs with ``--no-index`` into a venv without system site
packages, runs the commands from an empty folder and starts the tracker under Xvfb.
Takes about 40 s, most of it copying and unpacking PySide6.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tomllib
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
# What an sdist carries: everything setuptools needs to build the wheel, nothing else.
SDIST_PARTS = ("pyproject.toml", "README.md", "creepguard", "resources")


@dataclass(frozen=True)
class Installed:
    wheel: Path
    venv: Path
    site_packages: Path
    home: Path  # CREEPGUARD_HOME: the data, settings, runtime and log folders
    cwd: Path  # an empty working folder, so nothing is found relative to the checkout

    def run(self, *arguments: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
        env.update(
            CREEPGUARD_HOME=str(self.home),
            QT_QPA_PLATFORM="offscreen",
            PATH=f"{self.venv / 'bin'}{os.pathsep}{env.get('PATH', '')}",
        )
        return subprocess.run(
            [str(self.venv / "bin" / arguments[0]), *arguments[1:]],
            check=False,
            capture_output=True,
            text=True,
            cwd=self.cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            timeout=timeout,
        )


def _pip(python: Path | str, arguments: Sequence[str], cwd: Path) -> None:
    result = subprocess.run(
        [str(python), "-m", "pip", "--disable-pip-version-check", *arguments],
        check=False,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=600,
    )
    if result.returncode != 0:
        pytest.fail(f"pip {' '.join(arguments)} failed:\n{result.stdout}\n{result.stderr}")


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for part in SDIST_PARTS:
        path = ROOT / part
        if path.is_dir():
            shutil.copytree(path, source / part, ignore=ignore)
        else:
            source.mkdir(exist_ok=True)
            shutil.copy2(path, source / part)
    _pip(sys.executable, ["wheel", "--no-deps", "-q", "-w", str(work / "dist"), str(source)], work)
    (wheel,) = (work / "dist").glob("creepguard-*.whl")
    wheelhouse = work / "wheelhouse"
    _pip(sys.executable, ["wheel", "-q", "-w", str(wheelhouse), str(wheel)], work)
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    _pip(
        venv / "bin" / "python",
        ["install", "-q", "--no-index", "--find-links", str(wheelhouse), str(wheel)],
        work,
    )
    (site_packages,) = (venv / "lib").glob("python3*/site-packages")
    (work / "cwd").mkdir()
    return Installed(wheel, venv, site_packages, work / "home", work / "cwd")


def test_the_venv_is_clean(installed: Installed) -> None:
    """Neither the checkout nor the development environment is visible."""
    probe = installed.run(
        "python", "-c", "import creepguard, importlib.util as u; print(creepguard.__file__); "
        "print(u.find_spec('pytest') is None)",
    )  # fmt: skip
    assert probe.returncode == 0, probe.stderr
    location, no_pytest = probe.stdout.split()
    assert Path(location).is_relative_to(installed.site_packages)
    assert no_pytest == "True"


def test_the_wheel_depends_on_the_qt_parts_only(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as archive:
        metadata = archive.read("creepguard-0.1.0.dist-info/METADATA").decode()
    requires = [line for line in metadata.splitlines() if line.startswith("Requires-Dist:")]
    names = {re.split(r"[^\w.-]", line.split()[1])[0].lower() for line in requires}
    assert {"pyside6-essentials", "pyside6-addons"} <= names
    assert "pyside6" not in names, "the meta-package pulls in QtWebEngine (~265 MiB)"
    qt_lib = installed.site_packages / "PySide6" / "Qt" / "lib"
    assert not list(qt_lib.glob("libQt6WebEngineCore*"))


def test_version(installed: Installed) -> None:
    result = installed.run("creepguard", "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"creepguard {PROJECT['version']}"
    assert (installed.venv / "bin" / "creepguard-tray").is_file()


def test_exercises_and_their_illustrations_come_from_the_installed_package(
    installed: Installed,
) -> None:
    result = installed.run("creepguard", "exercises", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) == len(list((ROOT / "resources" / "exercises").glob("*.toml")))
    for row in rows:
        illustration = Path(row["illustration"])
        assert illustration.is_file(), row
        assert illustration.resolve().is_relative_to(installed.site_packages.resolve()), row
        # The end frame and the cross-fade travel beside the start frame.
        for suffix in ("-end", "-anim"):
            assert illustration.with_stem(illustration.stem + suffix).is_file(), row
    icon = installed.site_packages / "creepguard" / "resources" / "icons" / "creepguard.svg"
    assert icon.is_file()


def test_migrations_are_installed_and_history_creates_the_database(installed: Installed) -> None:
    versions = ROOT / "creepguard" / "storage" / "migrations" / "versions"
    installed_versions = installed.site_packages / "creepguard/storage/migrations/versions"
    assert (installed_versions / "0001_initial.py").is_file()
    for migration in versions.glob("*.py"):
        assert (installed_versions / migration.name).is_file(), migration.name
    assert (installed_versions.parent / "env.py").is_file()

    result = installed.run("creepguard", "history", "--json")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["days"]) == 7
    database = installed.home / "data" / "creepguard.sqlite3"
    assert database.is_file()
    with sqlite3.connect(database) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    newest = sorted(versions.glob("[0-9]*.py"))[-1].name.split("_")[0]
    assert revision == newest


def test_the_installed_tracker_starts_and_shows_a_card(installed: Installed) -> None:
    """``run`` under a private Xvfb: up for 5 s, answers ``status``, shows a stretch card."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (Debian: xvfb)")
    smoke = ROOT / "packaging" / "pyinstaller" / "smoke_run.sh"
    result = subprocess.run(
        ["bash", str(smoke), str(installed.venv / "bin" / "creepguard")],
        check=False,
        capture_output=True,
        text=True,
        cwd=installed.cwd,
        stdin=subprocess.DEVNULL,
        timeout=90,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_diagnose_runs(installed: Installed) -> None:
    result = installed.run("creepguard", "diagnose")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"CreepGuard {PROJECT['version']}" in result.stdout
    assert f"Data folder: {installed.home / 'data'}" in result.stdout
