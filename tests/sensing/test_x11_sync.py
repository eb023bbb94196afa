"""X11 returns as events: the XSync IDLETIME alarm, against a real Xvfb driven by xdotool.

The Qt event loop (pytest-qt) delivers the alarm through the reader's socket notifier. A
test that something does *not* happen watches the event loop for a quiet window
(``QUIET_MS``); everything that must happen is waited for with ``waitUntil``.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator

import pytest
from PySide6 import QtCore
from pytestqt.qtbot import QtBot

from creepguard.sensing import x11_sync
from creepguard.sensing.composite import CompositeSource, SensingError
from creepguard.sensing.factory import create_activity_source
from creepguard.sensing.x11 import XScreenSaverReader
from creepguard.sensing.x11_sync import SyncUnavailable
from tests.sensing.conftest import RecordingListener
from tests.sensing.helpers import need_binary, xdotool

pytestmark = pytest.mark.display

ARM_S = 0.3
QUIET_MS = 400  # long enough for an alarm event to reach the event loop (they take ~1 ms)


class Calls:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> None:
        self.count += 1


@pytest.fixture
def calls() -> Calls:
    return Calls()


@pytest.fixture
def reader(qtbot: QtBot, x_display: str, calls: Calls) -> Iterator[XScreenSaverReader]:
    del qtbot  # the QApplication must exist before start()
    reader = XScreenSaverReader(x_display, arm_after_idle_s=ARM_S)
    assert "XSync IDLETIME alarms report returns" in reader.probe()
    assert reader.has_activity_events
    reader.start(calls)
    yield reader
    reader.stop()


_positions = iter(range(10, 10_000, 7))


def move(display: str) -> None:
    """A real pointer motion (to a place the pointer is not)."""
    xy = str(next(_positions) % 700 + 10)
    xdotool(display, "mousemove", xy, xy)


def wait_until_armed(qtbot: QtBot, reader: XScreenSaverReader) -> None:
    """Read, as the app's poll does, until a reading shows enough idle to arm."""
    qtbot.waitUntil(lambda: reader.idle_s() >= ARM_S and reader.alarm_armed, timeout=3000)


def test_a_return_after_idle_calls_on_active_once(
    qtbot: QtBot, reader: XScreenSaverReader, x_display: str, calls: Calls
) -> None:
    move(x_display)
    assert reader.idle_s() < ARM_S
    assert not reader.alarm_armed  # an active person: nothing armed
    wait_until_armed(qtbot, reader)
    assert calls.count == 0
    move(x_display)
    qtbot.waitUntil(lambda: calls.count == 1, timeout=2000)
    assert not reader.alarm_armed
    move(x_display)  # more input, nothing armed: no more calls
    qtbot.wait(QUIET_MS)
    assert calls.count == 1


def test_input_that_keeps_coming_arms_nothing_and_calls_nothing(
    qtbot: QtBot, x_display: str, calls: Calls
) -> None:
    reader = XScreenSaverReader(x_display, arm_after_idle_s=1.0)
    reader.probe()
    reader.start(calls)
    try:
        # One xdotool run moving the pointer every 50 ms for about 1.5 s, while the test
        # reads as the app would: idle never reaches the threshold, so nothing is armed.
        script: list[str] = []
        for i in range(30):
            script += ["mousemove", str(20 + i * 3), str(20 + i * 3), "sleep", "0.05"]
        binary = need_binary("xdotool", "xdotool")
        proc = subprocess.Popen([binary, *script], env={**os.environ, "DISPLAY": x_display})
        try:
            readings = 0
            while proc.poll() is None:
                assert reader.idle_s() < 1.0
                assert not reader.alarm_armed
                readings += 1
                qtbot.wait(20)
        finally:
            proc.wait(timeout=10)
        assert proc.returncode == 0
        assert readings > 10
        qtbot.wait(QUIET_MS)
        assert calls.count == 0
    finally:
        reader.stop()


def test_after_a_return_the_next_idle_reading_rearms(
    qtbot: QtBot, reader: XScreenSaverReader, x_display: str, calls: Calls
) -> None:
    wait_until_armed(qtbot, reader)
    move(x_display)
    qtbot.waitUntil(lambda: calls.count == 1, timeout=2000)
    # Fired and not re-armed: a second return without an idle reading in between is
    # not reported (the app has just read anyway, because of the first).
    move(x_display)
    qtbot.wait(QUIET_MS)
    assert calls.count == 1
    wait_until_armed(qtbot, reader)
    move(x_display)
    qtbot.waitUntil(lambda: calls.count == 2, timeout=2000)
    qtbot.wait(QUIET_MS)
    assert calls.count == 2


def test_an_alarm_read_along_with_a_reply_is_not_stuck_in_xlib(
    qtbot: QtBot, reader: XScreenSaverReader, x_display: str, calls: Calls
) -> None:
    # The notifier sees only the socket. When the alarm event arrives while a reading
    # waits for its reply, Xlib reads it into its own queue and the socket is empty.
    wait_until_armed(qtbot, reader)
    move(x_display)
    xlib, display = reader._xlib, reader._display
    assert xlib is not None
    deadline = QtCore.QDeadlineTimer(2000)
    while not xlib.XEventsQueued(display, 0):  # no event loop runs in here
        assert not deadline.hasExpired(), "the alarm event never arrived"
        reader.idle_s()
    assert calls.count == 0
    qtbot.waitUntil(lambda: calls.count == 1, timeout=2000)


def test_stop_twice_is_safe_and_nothing_is_called_after_it(
    qtbot: QtBot, reader: XScreenSaverReader, x_display: str, calls: Calls
) -> None:
    wait_until_armed(qtbot, reader)
    reader.stop()
    reader.stop()
    assert not reader.alarm_armed
    move(x_display)
    qtbot.wait(QUIET_MS)
    assert calls.count == 0
    with pytest.raises(SensingError):
        reader.idle_s()


def test_without_idletime_the_reader_is_polled(
    qtbot: QtBot, x_display: str, calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unavailable(display: int) -> x11_sync.IdleTimeAlarm:
        raise SyncUnavailable("the X server has no IDLETIME counter")

    monkeypatch.setattr(x11_sync.IdleTimeAlarm, "open", unavailable)
    reader = XScreenSaverReader(x_display, arm_after_idle_s=ARM_S)
    description = reader.probe()
    try:
        assert "no XSync IDLETIME alarms (the X server has no IDLETIME counter)" in description
        assert not reader.has_activity_events
        reader.start(calls)
        qtbot.waitUntil(lambda: reader.idle_s() >= ARM_S, timeout=3000)
        assert not reader.alarm_armed
    finally:
        reader.stop()


def test_factory_reports_events_and_they_reach_the_listener(
    qtbot: QtBot, x_display: str, listener: RecordingListener
) -> None:
    env = {"XDG_SESSION_TYPE": "x11", "DISPLAY": x_display, "XDG_CURRENT_DESKTOP": "XFCE"}
    source, reports = create_activity_source(env, session_bus="", system_bus="")
    try:
        assert source.name == "x11"
        assert source.has_activity_events
        assert "IDLETIME" in next(r.reason for r in reports if r.chosen)
        reader = source.reader
        assert isinstance(reader, XScreenSaverReader)
        reader.arm_after_idle_s = ARM_S
        source.start(listener)
        assert source.has_activity_events
        qtbot.waitUntil(lambda: source.read().idle_s >= ARM_S and reader.alarm_armed, timeout=3000)
        move(x_display)
        qtbot.waitUntil(lambda: listener.events == ["changed"], timeout=2000)
    finally:
        source.stop()


def test_a_reader_that_cannot_watch_its_connection_falls_back_to_polling(
    qtbot: QtBot, x_display: str, listener: RecordingListener, monkeypatch: pytest.MonkeyPatch
) -> None:
    del qtbot

    def no_notifier(*args: object) -> None:
        raise RuntimeError("no socket notifiers here")

    reader = XScreenSaverReader(x_display, arm_after_idle_s=ARM_S)
    reader.probe()
    source = CompositeSource(reader)
    assert source.has_activity_events
    monkeypatch.setattr(QtCore, "QSocketNotifier", no_notifier)
    source.start(listener)
    try:
        assert not source.has_activity_events
        assert "cannot watch the X connection" in reader.sync_problem
    finally:
        source.stop()


class CountingQueries:
    """Stands in for libXss and counts the round trips to the X server."""

    def __init__(self, library: object) -> None:
        self._library = library
        self.queries = 0

    def __getattr__(self, name: str) -> object:
        found = getattr(self._library, name)
        if name != "XScreenSaverQueryInfo":
            return found

        def counted(*arguments: object) -> object:
            self.queries += 1
            return found(*arguments)

        return counted


def test_while_the_alarm_waits_readings_need_no_round_trip(
    qtbot: QtBot, reader: XScreenSaverReader, x_display: str
) -> None:
    move(x_display)
    wait_until_armed(qtbot, reader)
    counting = CountingQueries(reader._xss)
    reader._xss = counting  # type: ignore[assignment]
    first = reader.idle_s()
    qtbot.wait(50)
    second = reader.idle_s()
    assert counting.queries == 0
    assert second >= first + 0.04  # idle keeps growing with the clock
    # The person comes back: the alarm's event makes the next reading a real one, even
    # before the event loop has handled it.
    move(x_display)
    qtbot.waitUntil(lambda: reader.idle_s() < ARM_S, timeout=2000)
    assert counting.queries >= 1
