"""Fixtures for the sensing tests: Xvfb, private D-Bus buses and mocks, a recording listener."""

from __future__ import annotations

import os

# Before anything imports Qt: tests that need no display run on the offscreen platform.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import pytest

from tests.sensing.helpers import (
    MockSpawner,
    TestBus,
    mock_spawner,
    run_dbus_daemon,
    run_xvfb,
)


class RecordingListener:
    """An ActivityListener that writes down every callback, in order."""

    def __init__(self) -> None:
        self.events: list[str] = []

    def on_activity_changed(self) -> None:
        self.events.append("changed")

    def on_suspend(self, slept_s: float | None = None) -> None:
        self.events.append("suspend")

    def on_resume(self) -> None:
        self.events.append("resume")

    def count(self, event: str) -> int:
        return self.events.count(event)


@pytest.fixture
def listener() -> RecordingListener:
    return RecordingListener()


@pytest.fixture(scope="module")
def xvfb_server() -> Iterator[str]:
    with run_xvfb() as display:
        yield display


@pytest.fixture
def x_display(xvfb_server: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """An Xvfb display of this test run, also set as DISPLAY for the test."""
    monkeypatch.setenv("DISPLAY", xvfb_server)
    return xvfb_server


@pytest.fixture(scope="module")
def session_bus() -> Iterator[TestBus]:
    with run_dbus_daemon("session") as bus:
        yield bus


@pytest.fixture(scope="module")
def system_bus() -> Iterator[TestBus]:
    with run_dbus_daemon("system") as bus:
        yield bus


@pytest.fixture
def spawn_mock() -> Iterator[MockSpawner]:
    """Start python-dbusmock services; all are stopped after the test."""
    with mock_spawner() as spawn:
        yield spawn
