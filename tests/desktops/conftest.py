"""Fixtures for the real-desktop tier: one headless compositor per test, in its own
D-Bus session and runtime folder, and a short ``CREEPGUARD_HOME`` for the app.

A compositor that cannot start skips its tests with the reason (the Debian package to
install, or its own last words); ``scripts/test.sh`` installs them all, so in CI a skip
here is a set-up bug.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.desktops.sessions import STARTERS, WaylandSession
from tests.harness.fixtures import app_home  # noqa: F401 (a fixture, used by name)
from tests.harness.processes import DesktopUnavailable
from tests.harness.shots import Shots, shots_folder


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
def shots(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Shots:
    """Screenshots of the test's steps, where the compositor allows them: each shot names
    its session. ``CREEPGUARD_E2E_SHOTS=DIR`` keeps them (that is how
    ``docs/screenshots/desktops/`` is refreshed)."""
    return Shots(shots_folder(tmp_path_factory.getbasetemp(), request.node.name))
