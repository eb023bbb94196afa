"""``scripts/run.sh`` as a newcomer meets it: the first run installs without packaging
noise and puts ``creepguard`` on PATH; later runs start at once.

The tracker it starts finds a running one (a fake control socket that answers ``show``)
and exits, so the script's own cost is what is measured. Installs PySide6 into a fresh
venv (from pip's cache or PyPI): about a minute.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_quick_status import FakeTracker

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[1]


class Newcomer:
    def __init__(self, root: Path) -> None:
        self.home = root / "home"
        self.venv = root / "venv"
        self.data = root / "creepguard"
        self.home.mkdir()
        path = [p for p in os.environ["PATH"].split(os.pathsep) if ".local/bin" not in p]
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL"))},
            "HOME": str(self.home),
            "CREEPGUARD_VENV": str(self.venv),
            "CREEPGUARD_HOME": str(self.data),
            "PATH": os.pathsep.join(path),
            "QT_QPA_PLATFORM": "offscreen",
        }

    def run(self, *command: str) -> tuple[subprocess.CompletedProcess[str], float]:
        started = time.perf_counter()
        result = subprocess.run(
            command, env=self.env, capture_output=True, text=True, timeout=900, check=False
        )
        return result, time.perf_counter() - started


@pytest.fixture
def newcomer(tmp_path: Path) -> Iterator[Newcomer]:
    if shutil.which("dpkg") is None:
        pytest.skip("run.sh installs Debian packages")
    person = Newcomer(tmp_path)
    tracker = FakeTracker(person.data / "run" / "control.sock", {"ok": True})
    yield person
    tracker.close()


def a_fresh_clone(folder: Path) -> Path:
    """The parts of the checkout run.sh needs, copied: its editable install writes an
    egg-info folder into the project it installs, which must not be this checkout."""
    for part in ("scripts", "pyproject.toml", "README.md", "creepguard", "resources"):
        if (ROOT / part).is_dir():
            shutil.copytree(ROOT / part, folder / part, ignore=shutil.ignore_patterns("__py*"))
        else:
            folder.mkdir(exist_ok=True)
            shutil.copy2(ROOT / part, folder / part)
    return folder


def test_installs_once_quietly_links_the_command_and_then_starts_at_once(
    newcomer: Newcomer, tmp_path: Path
) -> None:
    script = str(a_fresh_clone(tmp_path / "clone") / "scripts" / "run.sh")
    first, _ = newcomer.run(script)
    assert first.returncode == 0, first.stdout + first.stderr
    said = (first.stdout + first.stderr).splitlines()
    assert [line for line in said if re.search(r"warn|deprecat|error", line, re.I)] == []
    assert sum("Installing CreepGuard" in line for line in said) == 1
    link = newcomer.home / ".local" / "bin" / "creepguard"
    assert link.resolve() == (newcomer.venv / "bin" / "creepguard").resolve()
    assert any(f"now in {link.parent}" in line for line in said)
    assert said[-1] == "CreepGuard is already running; it has been asked to show itself."
    assert len(said) <= 6, said

    again, with_script = newcomer.run(script)
    assert again.returncode == 0
    assert again.stdout.splitlines() == [said[-1]] and again.stderr == ""
    _, alone = newcomer.run(str(newcomer.venv / "bin" / "creepguard"), "run")
    assert with_script - alone < 1.0
    via_path, _ = newcomer.run(str(link), "--version")
    assert via_path.stdout.startswith("creepguard ")
