"""Fixtures for the UI tests (pytest-qt): the offscreen platform, fakes, private buses."""

from __future__ import annotations

import os

# Before anything imports Qt: widgets render offscreen unless a test run chooses xcb.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from creepguard.core.exercises import Exercise, load_library
from creepguard.paths import resource_dir
from tests.e2e.desktop import BARE_BUS_CONFIG
from tests.ui.fakes import FakeController


@pytest.fixture
def controller() -> FakeController:
    return FakeController()


@pytest.fixture(scope="session")
def library() -> list[Exercise]:
    return load_library(resource_dir() / "exercises")


@pytest.fixture
def private_bus() -> Iterator[str]:
    """The address of a fresh, empty session-type bus (no activatable services)."""
    binary = shutil.which("dbus-daemon")
    if binary is None:
        pytest.skip("dbus-daemon is not installed (Debian: dbus)")
    with tempfile.TemporaryDirectory(prefix="creepguard-ui-bus-") as tmp:
        config = Path(tmp) / "bus.conf"
        config.write_text(BARE_BUS_CONFIG.format(folder=tmp))
        proc = subprocess.Popen(
            [binary, f"--config-file={config}", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert proc.stdout is not None
        address = proc.stdout.readline().decode().strip()
        try:
            if not address:
                pytest.fail("dbus-daemon did not start")
            yield address
        finally:
            proc.terminate()
            proc.wait(timeout=5)
            proc.stdout.close()
