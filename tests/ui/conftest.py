"""Fixtures for the UI tests (pytest-qt): the offscreen platform, fakes, private buses."""

from __future__ import annotations

import os

# Before anything imports Qt: widgets render offscreen unless a test run chooses xcb.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import pytest

from creepguard.core.exercises import Exercise, load_library
from creepguard.paths import resource_dir
from tests.harness.bus import start_bus
from tests.harness.processes import DesktopUnavailable, stop_process
from tests.ui.fakes import FakeController


@pytest.fixture
def controller() -> FakeController:
    return FakeController()


@pytest.fixture(scope="session")
def library() -> list[Exercise]:
    return load_library(resource_dir() / "exercises")


@pytest.fixture
def private_bus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The address of a fresh, empty session-type bus (no activatable services)."""
    try:
        process, address = start_bus(tmp_path_factory.mktemp("bus"))
    except DesktopUnavailable as error:
        pytest.skip(str(error))
    try:
        yield address
    finally:
        stop_process(process, 5)
