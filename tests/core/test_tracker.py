"""The tracker's loop on a FakeClock: one wake chain, and a suspend found after the fact."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from creepguard.core.clock import FakeClock
from creepguard.core.engine import SittingEngine
from creepguard.core.events import Event, SitReset
from creepguard.core.model import ActivitySample, State
from creepguard.core.policy import EngineConfig
from creepguard.core.ports import ActivityListener
from creepguard.core.tracker import Tracker
from tests.core.sim import MemoryStore


class Owner:
    def __init__(self) -> None:
        self.events: list[Event] = []

    def act_on(self, events: Sequence[Event]) -> None:
        self.events += events

    def settled(self) -> None:
        return None

    def extra_wake_s(self) -> float | None:
        return None

    def store_failed(self, problem: str) -> None:
        raise AssertionError(problem)


class SleepySource:
    """Idle in real seconds; a suspend it finds when the tracker's timer fires late."""

    name = "sleepy"
    has_activity_events = True

    def __init__(self, clock: FakeClock, rate: float) -> None:
        self.clock = clock
        self.rate = rate
        self.last_input = clock.monotonic()
        self.listener: ActivityListener | None = None
        self.slept_s: float | None = None  # real seconds, reported at the next check
        self.armed: list[float] = []

    def start(self, listener: ActivityListener) -> None:
        self.listener = listener

    def read(self) -> ActivitySample:
        return ActivitySample((self.clock.monotonic() - self.last_input) / self.rate)

    def stop(self) -> None:
        self.listener = None

    def check_suspend(self) -> object:
        slept, self.slept_s = self.slept_s, None
        if slept is not None and self.listener is not None:
            self.listener.on_suspend(slept)
            self.listener.on_resume()
        return slept

    def timer_armed(self, delay_s: float) -> None:
        self.armed.append(delay_s)


def _tracker(rate: float) -> tuple[FakeClock, SleepySource, Tracker, Owner]:
    clock = FakeClock()
    source = SleepySource(clock, rate)
    owner = Owner()
    engine = SittingEngine(clock, EngineConfig())
    tracker = Tracker(engine, source, MemoryStore(), clock, owner, rate=rate)
    tracker.start()
    return clock, source, tracker, owner


def _type(clock: FakeClock, source: SleepySource, seconds: float) -> None:
    for _ in range(int(seconds)):
        clock.advance(1)
        source.last_input = clock.monotonic()


def test_events_between_wakes_never_leave_a_second_wake_chain() -> None:
    clock, source, tracker, _owner = _tracker(1.0)
    for _ in range(20):  # returns, locks, inhibitors: each wakes the tracker at once
        clock.advance(0.5)
        source.last_input = clock.monotonic()
        tracker.on_activity_changed()
    assert clock.pending() == 1
    reads_before = len(source.armed)
    clock.advance(60)
    assert clock.pending() == 1
    assert len(source.armed) - reads_before <= 7  # the 10 s wakes of one chain, no more


@pytest.mark.parametrize("rate", [1.0, 60.0])
def test_a_suspend_found_late_is_away_from_when_the_sleep_began(rate: float) -> None:
    clock, source, tracker, owner = _tracker(rate)
    _type(clock, source, 25 * 60)
    assert tracker.engine.state is State.SITTING
    # The machine sleeps an hour (the boot-time clock counts it); the process does not run.
    clock.advance(3600, run_due=False)
    source.slept_s = 3600 / rate  # what the two clocks show, in real seconds
    source.last_input = clock.monotonic()
    clock.advance(0.001)  # the late timer fires: the tracker checks for a suspend first
    _type(clock, source, 30)  # back at the keyboard
    resets = [e for e in owner.events if isinstance(e, SitReset)]
    assert resets and resets[-1].sit_s == pytest.approx(25 * 60, abs=11)
    assert isinstance(tracker.store, MemoryStore)
    away = [s for s in tracker.store.spans if s.state is State.AWAY]
    assert away and away[-1].duration_s == pytest.approx(3600, abs=11)
    assert tracker.engine.state is State.SITTING
