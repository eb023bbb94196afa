"""The real SchedulingClock: ``call_later`` on Qt's event loop, scaled by the clock's rate."""

from __future__ import annotations

import time

from pytestqt.qtbot import QtBot

from creepguard.qt_clock import QtClock


def test_a_call_runs_once_after_its_delay_in_real_time_scaled_by_the_rate(qtbot: QtBot) -> None:
    clock = QtClock(rate=600.0)  # 60 clock seconds are 100 real milliseconds
    fired: list[float] = []
    started = time.monotonic()
    clock.call_later(60.0, lambda: fired.append(time.monotonic() - started))
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)
    assert 0.09 <= fired[0] < 1.0
    qtbot.wait(150)  # long enough for a second firing, were the timer not single-shot
    assert len(fired) == 1


def test_a_cancelled_call_never_runs_and_its_timer_is_reused(qtbot: QtBot) -> None:
    clock = QtClock(rate=1000.0)
    fired: list[str] = []
    for _ in range(500):  # the tracker re-arms on every wake
        clock.call_later(3600.0, lambda: fired.append("stale")).cancel()
    clock.call_later(50.0, lambda: fired.append("kept"))  # 50 ms
    qtbot.waitUntil(lambda: fired == ["kept"], timeout=2000)
    qtbot.wait(100)
    assert fired == ["kept"]
    assert len(clock.owner.children()) == 1  # one timer lent out and given back, again


def test_cancel_after_the_call_ran_changes_nothing(qtbot: QtBot) -> None:
    clock = QtClock(rate=1000.0)
    fired: list[int] = []
    call = clock.call_later(10.0, lambda: fired.append(1))
    qtbot.waitUntil(lambda: fired == [1], timeout=2000)
    call.cancel()
    follow = clock.call_later(10.0, lambda: fired.append(2))
    qtbot.waitUntil(lambda: fired == [1, 2], timeout=2000)
    follow.cancel()
    assert fired == [1, 2]
