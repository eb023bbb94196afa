"""Fixtures for the real-desktop tier: one headless compositor per test, in its own
D-Bus session and runtime folder, and a short ``CREEPGUARD_HOME`` for the app.

A compositor that cannot start skips its tests with the reason (the Debian package to
install, or its own last words); ``scripts/test.sh`` installs them all, so in CI a skip
here is a set-up bug.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.desktops.sessions import STARTERS, WaylandSession
from tests.e2e.desktop import DesktopUnavailable


def _session(kind: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WaylandSession]:
    try:
        session = STARTERS[kind](tmp_path_factory.mktemp(kind))
    except DesktopUnavailable as error:
        pytest.skip(f"{kind} cannot start here: {error}")
    try:
        yield session
    finally:
        session.stop()


@pytest.fixture
def mutter(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WaylandSession]:
    yield from _session("mutter", tmp_path_factory)


@pytest.fixture
def gnome_shell(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WaylandSession]:
    yield from _session("gnome-shell", tmp_path_factory)


@pytest.fixture
def kwin(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WaylandSession]:
    yield from _session("kwin", tmp_path_factory)


@pytest.fixture
def kwin_logind(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WaylandSession]:
    """kwin with a stand-in logind on a private system bus: its lock screen can be
    unlocked as ``loginctl unlock-session`` does."""
    yield from _session("kwin-logind", tmp_path_factory)


@pytest.fixture
def plasma(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WaylandSession]:
    """kwin with Plasma's tray: kded5's StatusNotifierWatcher and plasmashell's panel."""
    yield from _session("plasma", tmp_path_factory)


@pytest.fixture
def sway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WaylandSession]:
    """sway 1.7 (as the user creepguard-sway when the tests run as root), with a stand-in
    logind on a private system bus."""
    yield from _session("sway", tmp_path_factory)


@pytest.fixture
def weston(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WaylandSession]:
    yield from _session("weston", tmp_path_factory)


@pytest.fixture
def app_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A short path: the control socket's address must stay under 108 bytes."""
    return tmp_path_factory.mktemp("cg")


class Shots:
    """Screenshots of one test's steps, numbered, in a folder named by the test (where the
    compositor allows them). ``CREEPGUARD_E2E_SHOTS=DIR`` also copies them to
    ``DIR/<test>/`` (how ``docs/screenshots/desktops/`` is refreshed)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.taken: list[Path] = []

    def take(self, session: WaylandSession, step: str) -> Path | None:
        path = session.screenshot(self.folder / f"{len(self.taken) + 1:02d}-{step}.png")
        if path is not None:
            self.taken.append(path)
            keep = os.environ.get("CREEPGUARD_E2E_SHOTS")
            if keep:
                target = Path(keep) / self.folder.name
                target.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, target / path.name)
        return path


@pytest.fixture
def shots(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Shots:
    name = re.sub(r"[^A-Za-z0-9_.-]+", "-", request.node.name).strip("-")
    folder = tmp_path_factory.getbasetemp() / "screenshots" / name
    folder.mkdir(parents=True, exist_ok=True)
    return Shots(folder)
