"""Fixtures for the real-desktop tier: one headless compositor per test, in its own
D-Bus session and runtime folder, and a short ``CREEPGUARD_HOME`` for the app.

A compositor that cannot start skips its tests with the reason (the Debian package to
install, or its own last words); ``scripts/test.sh`` installs them all, so in CI a skip
here is a set-up bug.
"""

from __future__ import annotations

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
def weston(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WaylandSession]:
    yield from _session("weston", tmp_path_factory)


@pytest.fixture
def app_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A short path: the control socket's address must stay under 108 bytes."""
    return tmp_path_factory.mktemp("cg")
