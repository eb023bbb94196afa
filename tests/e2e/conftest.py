"""Fixtures for the end-to-end tests: a real desktop (Xvfb, openbox, a tray host, a
private session bus, dunst) shared by the session, private app folders, screenshots.

The desktop is parametrised by its tray host: ``xembed`` (trayer) and ``sni``
(``gtk-sni-tray-standalone --watcher`` from Debian's haskell-gtk-sni-tray-utils; skipped,
with the reason, where it is not installed). Every program comes from a Debian package
that ``scripts/test.sh`` installs; a missing one skips the tests that need it.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.desktop import Desktop, DesktopUnavailable, apt_candidate, start_desktop
from tests.e2e.notify_server import NotificationBus

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
def app_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A short path for ``CREEPGUARD_HOME`` (the control socket's path must stay under
    the 108 bytes a Unix socket address allows)."""
    return tmp_path_factory.mktemp("cg")


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


class Shots:
    """Screenshots of one test's steps, numbered, in a folder named by the test.

    Set ``CREEPGUARD_E2E_SHOTS=DIR`` to also copy them to ``DIR/<test>/`` (that is how
    ``docs/screenshots/e2e/`` is refreshed).
    """

    def __init__(self, desktop: Desktop, folder: Path) -> None:
        self.desktop = desktop
        self.folder = folder
        self.taken: list[Path] = []

    def take(self, step: str) -> Path | None:
        path = self.desktop.screenshot(self.folder / f"{len(self.taken) + 1:02d}-{step}.png")
        if path is not None:
            self.taken.append(path)
            keep = os.environ.get("CREEPGUARD_E2E_SHOTS")
            if keep:
                target = Path(keep) / self.folder.name
                target.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, target / path.name)
        return path


@pytest.fixture
def shots(
    request: pytest.FixtureRequest, desktop: Desktop, tmp_path_factory: pytest.TempPathFactory
) -> Shots:
    name = re.sub(r"[^A-Za-z0-9_.-]+", "-", request.node.name).strip("-")
    folder = tmp_path_factory.getbasetemp() / "screenshots" / name
    folder.mkdir(parents=True, exist_ok=True)
    return Shots(desktop, folder)
