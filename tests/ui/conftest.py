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
from tests.ui.fakes import FakeController

# A bus with no service files at all: nothing is activated on demand, so "no notification
# server" really means none (the stock session config would start dunst by activation).
_BARE_BUS = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={tmp}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


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
        config.write_text(_BARE_BUS.format(tmp=tmp))
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
