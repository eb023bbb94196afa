"""pyproject.toml builds without a warning: the license as an SPDX expression, and every
folder that ships listed as a package (setuptools warns about the ones it finds unlisted)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def shipped_folders() -> set[str]:
    """Every package folder of the code, and every folder of resources/ that holds files."""
    names = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "creepguard").rglob("__init__.py")
    }
    names.add("creepguard.resources")  # the locator's package (resource_dir)
    for folder in (p for p in (ROOT / "resources").rglob("*") if p.is_dir()):
        if any(child.is_file() for child in folder.iterdir()):
            names.add(".".join(("creepguard", *folder.relative_to(ROOT).parts)))
    return names


def test_every_shipped_folder_is_a_listed_package() -> None:
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    assert shipped_folders() == listed


def test_every_resource_file_kind_is_package_data() -> None:
    data = PYPROJECT["tool"]["setuptools"]["package-data"]
    resources = ROOT / "resources"
    for path in resources.rglob("*"):
        if path.is_file():
            package = ".".join(("creepguard", *path.parent.relative_to(ROOT).parts))
            assert any(path.match(pattern) for pattern in data.get(package, [])), path


def test_the_license_is_an_spdx_expression() -> None:
    assert PYPROJECT["project"]["license"] == "GPL-3.0-or-later"
    assert not any("License ::" in c for c in PYPROJECT["project"].get("classifiers", []))


@pytest.mark.e2e
def test_building_the_wheel_warns_about_nothing(tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    for part in ("pyproject.toml", "README.md", "creepguard", "resources"):
        if (ROOT / part).is_dir():
            shutil.copytree(ROOT / part, source / part, ignore=shutil.ignore_patterns("__py*"))
        else:
            shutil.copy2(ROOT / part, source / part)
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-v", "--no-deps", "-w", str(tmp_path), "."],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    output = result.stdout + result.stderr
    noise = [
        line
        for line in output.splitlines()
        if "Warning" in line or "deprecated" in line.lower() or "!!" in line
    ]
    assert noise == []
