"""Fixtures for the end-to-end tests: a real desktop (Xvfb, openbox, a tray host, a
private session bus, dunst) shared by the session, private app folders, screenshots.

The desktop is parametrised by its tray host: ``xembed`` (trayer) and ``sni``
(``gtk-sni-tray-standalone --watcher`` from Debian's haskell-gtk-sni-tray-utils; skipped,
with the reason, where it is not installed). Every program comes from a Debian package
that ``scripts/test.sh`` installs; a missing one skips the tests that need it.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from tests.e2e.desktop import Desktop, apt_candidate, start_desktop
from tests.e2e.notify_server import NotificationBus
from tests.harness.fixtures import app_home  # noqa: F401 (a fixture, used by name)
from tests.harness.processes import DesktopUnavailable
from tests.harness.shots import Shots, shots_folder

TRAYS = ("xembed", "sni")


@pytest.fixture(scope="session", params=TRAYS)
def desktop(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Desktop]:
    """A whole desktop for the session, once per tray host."""
    tray: str = request.param
    if tray == "sni" and shutil.which("gtk-sni-tray-standalone") is None:
        candidate = apt_candidate("haskell-gtk-sni-tray-utils")
        where = (
            f"installable here ({candidate}): add it to scripts/test.sh"
            if candidate
            else "not installable here (no apt candidate)"
        )
        pytest.skip(f"no StatusNotifierItem host: haskell-gtk-sni-tray-utils is {where}")
    try:
        running = start_desktop(tmp_path_factory.mktemp(f"desktop-{tray}"), tray)
    except DesktopUnavailable as error:
        pytest.skip(f"cannot assemble the {tray} desktop: {error}")
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def notification_bus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NotificationBus]:
    """A private session bus with a recording notification server (no display needed)."""
    try:
        bus = NotificationBus(tmp_path_factory.mktemp("bus"))
    except DesktopUnavailable as error:
        pytest.skip(str(error))
    try:
        yield bus
    finally:
        bus.close()


@pytest.fixture
def shots(
    request: pytest.FixtureRequest, desktop: Desktop, tmp_path_factory: pytest.TempPathFactory
) -> Shots:
    """Screenshots of the test's steps (``CREEPGUARD_E2E_SHOTS=DIR`` keeps them: that is
    how ``docs/screenshots/e2e/`` is refreshed)."""
    return Shots(shots_folder(tmp_path_factory.getbasetemp(), request.node.name), desktop)
