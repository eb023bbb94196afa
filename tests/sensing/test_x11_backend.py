"""The X11 backend against a real Xvfb, driven by xdotool."""

from __future__ import annotations

import time

import pytest

from creepguard.sensing.composite import BackendUnavailable
from creepguard.sensing.factory import create_activity_source
from creepguard.sensing.x11 import XScreenSaverReader
from tests.sensing.helpers import xdotool

pytestmark = pytest.mark.display


@pytest.fixture
def reader(x_display: str) -> XScreenSaverReader:
    reader = XScreenSaverReader(x_display)
    reader.probe()
    yield reader
    reader.stop()


def test_idle_grows_while_nothing_happens(reader: XScreenSaverReader, x_display: str) -> None:
    xdotool(x_display, "mousemove", "10", "10")
    first = reader.idle_s()
    time.sleep(0.6)
    second = reader.idle_s()
    assert second >= first + 0.5


def _input_resets_idle(reader: XScreenSaverReader, display: str, *action: str) -> bool:
    """Whether ``xdotool *action`` counted as input, robust to a slow machine.

    Idle is first let grow past 0.6 s. Without a reset the reading afterwards is at least
    that plus the time the action took; with one it is at most the time the action took.
    """
    time.sleep(0.6)
    before = reader.idle_s()
    assert before >= 0.5
    began = time.monotonic()
    xdotool(display, *action)
    after = reader.idle_s()
    took = time.monotonic() - began
    return after <= took + 0.05


def test_mouse_move_resets_idle(reader: XScreenSaverReader, x_display: str) -> None:
    assert _input_resets_idle(reader, x_display, "mousemove", "100", "100")


def test_zero_relative_move_is_no_input(reader: XScreenSaverReader, x_display: str) -> None:
    # Moving the pointer to where it already is, is no input: idle keeps growing.
    assert not _input_resets_idle(reader, x_display, "mousemove_relative", "0", "0")


def test_key_press_resets_idle(reader: XScreenSaverReader, x_display: str) -> None:
    assert _input_resets_idle(reader, x_display, "key", "shift")


def test_read_is_cheap(reader: XScreenSaverReader) -> None:
    began = time.perf_counter()
    for _ in range(100):
        reader.idle_s()
    per_read_ms = (time.perf_counter() - began) * 1000 / 100
    assert per_read_ms < 5


def test_unknown_display_is_passed_over() -> None:
    with pytest.raises(BackendUnavailable, match="cannot open X display"):
        XScreenSaverReader(":4321").probe()


def test_factory_picks_x11_in_an_x11_session(x_display: str) -> None:
    env = {"XDG_SESSION_TYPE": "x11", "DISPLAY": x_display, "XDG_CURRENT_DESKTOP": "XFCE"}
    source, reports = create_activity_source(env, session_bus="", system_bus="")
    try:
        assert source.name == "x11"
        chosen = [r for r in reports if r.chosen]
        assert [r.name for r in chosen] == ["x11"]
        by_name = {r.name: r for r in reports}
        assert "no session bus" in by_name["mutter"].reason
        assert by_name["ext-idle-notify"].reason == "not a Wayland session"
        assert by_name["freedesktop-screensaver"].reason.startswith("not needed")
        assert source.notice is None
        xdotool(x_display, "mousemove", "300", "300")
        sample = source.read()
        assert sample.idle_s < 1
        assert not sample.locked
    finally:
        source.stop()


@pytest.mark.parametrize(
    "env",
    [
        {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "KDE"},
        {"XDG_SESSION_TYPE": "tty", "WAYLAND_DISPLAY": "wayland-0", "XDG_CURRENT_DESKTOP": "sway"},
    ],
)
def test_factory_never_uses_x11_in_a_wayland_session(x_display: str, env: dict[str, str]) -> None:
    # XWayland's DISPLAY works (Xvfb stands in for it) and still must not be used.
    env = {**env, "DISPLAY": x_display}
    source, reports = create_activity_source(env, session_bus="", system_bus="")
    try:
        assert source.name == "none"
        by_name = {r.name: r for r in reports}
        assert not by_name["x11"].chosen
        assert "Wayland session" in by_name["x11"].reason
    finally:
        source.stop()
