"""Suspend detection from clock readings, and counting one suspend once (fake times)."""

from __future__ import annotations

import sys
from dataclasses import dataclass

import pytest

from creepguard.core.model import ActivitySample
from creepguard.sensing.composite import CompositeSource
from creepguard.sensing.null import NullIdleReader
from creepguard.sensing.suspend import (
    ClockSample,
    SuspendDeduper,
    SuspendDetector,
    sample_clocks,
)
from tests.sensing.conftest import RecordingListener


@dataclass
class FakeClocks:
    """Wall, monotonic and boot-time clocks moved by hand.

    ``boot=None`` models Windows, where the monotonic clock itself counts sleep.
    """

    wall: float = 1_800_000_000.0
    mono: float = 5_000.0
    boot: float | None = 5_100.0

    def __call__(self) -> ClockSample:
        return ClockSample(wall_s=self.wall, mono_s=self.mono, boot_s=self.boot)

    def run(self, seconds: float) -> None:
        self.wall += seconds
        self.mono += seconds
        if self.boot is not None:
            self.boot += seconds

    def suspend(self, seconds: float) -> None:
        """Sleep as Linux and macOS do: the monotonic clock stands still."""
        self.wall += seconds
        if self.boot is None:
            self.mono += seconds  # Windows: monotonic counts sleep
        else:
            self.boot += seconds


# -- Linux and macOS: a clock that counts sleep and one that does not ---------------------------


def test_a_suspend_shows_as_the_boot_clock_running_ahead() -> None:
    clocks = FakeClocks()
    detector = SuspendDetector(clocks=clocks)
    clocks.run(60)
    assert detector.check() is None
    clocks.run(10)
    clocks.suspend(3600)
    clocks.run(5)
    found = detector.check()
    assert found is not None
    assert found.slept_s == pytest.approx(3600)
    assert found.woke_wall_s == clocks.wall
    assert found.slept_since_wall_s == pytest.approx(clocks.wall - 3600)
    assert "boot-time" in found.evidence
    assert detector.check() is None  # reported once


def test_short_suspends_and_late_timers_are_not_suspends() -> None:
    clocks = FakeClocks()
    detector = SuspendDetector(clocks=clocks, threshold_s=30)
    clocks.suspend(10)
    assert detector.check() is None
    # A timer due in 60 s that fires 5 minutes late on a busy machine: no sleep.
    detector.arm(60)
    clocks.run(360)
    assert detector.check() is None


def test_setting_the_wall_clock_is_not_a_suspend() -> None:
    clocks = FakeClocks()
    detector = SuspendDetector(clocks=clocks)
    detector.arm(60)
    clocks.run(60)
    clocks.wall += 7200
    assert detector.check() is None


# -- Windows: only the timer's lateness, on both clocks ---------------------------------------


def test_windows_suspend_is_a_timer_late_by_both_clocks() -> None:
    clocks = FakeClocks(boot=None)
    detector = SuspendDetector(clocks=clocks)
    detector.arm(60)
    clocks.run(20)
    clocks.suspend(1800)
    clocks.run(40)
    found = detector.check()
    assert found is not None
    assert found.slept_s == pytest.approx(1800)
    assert "late" in found.evidence


def test_windows_without_an_armed_timer_cannot_tell() -> None:
    clocks = FakeClocks(boot=None)
    detector = SuspendDetector(clocks=clocks)
    clocks.suspend(1800)
    assert detector.check() is None


def test_windows_wall_jump_alone_is_a_clock_change() -> None:
    clocks = FakeClocks(boot=None)
    detector = SuspendDetector(clocks=clocks)
    detector.arm(60)
    clocks.run(60)
    clocks.wall += 3600
    assert detector.check() is None


def test_windows_clocks_disagreeing_is_not_a_suspend() -> None:
    clocks = FakeClocks(boot=None)
    detector = SuspendDetector(clocks=clocks)
    detector.arm(60)
    clocks.run(60)
    clocks.mono += 600  # monotonic late, wall on time
    assert detector.check() is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="CLOCK_BOOTTIME is Linux's")
def test_real_clocks_on_linux_include_a_boot_clock() -> None:
    sample = sample_clocks()
    assert sample.boot_s is not None
    assert sample.continuous_s == sample.boot_s
    assert SuspendDetector().check() is None


# -- One suspend, reported by logind and by the detector, counts once ---------------------------


def test_logind_then_detector_counts_once() -> None:
    dedupe = SuspendDeduper()
    assert dedupe.suspending(100.0)
    assert dedupe.resumed(3700.0)
    # The app's timer fires 40 s after waking and the clocks show the same hour asleep.
    assert dedupe.detected(3740.0, 3600.0) == (False, False)


def test_detector_before_logind_resume_counts_once() -> None:
    dedupe = SuspendDeduper()
    assert dedupe.suspending(100.0)
    assert dedupe.detected(3700.5, 3600.0) == (False, True)
    assert not dedupe.resumed(3701.0)


def test_detector_alone_reports_both_and_a_late_logind_resume_is_dropped() -> None:
    dedupe = SuspendDeduper()
    assert dedupe.detected(3700.0, 3600.0) == (True, True)
    assert not dedupe.resumed(3700.2)


def test_separate_suspends_each_count() -> None:
    dedupe = SuspendDeduper()
    assert dedupe.suspending(100.0)
    assert dedupe.resumed(3700.0)
    assert dedupe.detected(20_000.0, 1000.0) == (True, True)
    assert dedupe.suspending(30_000.0)
    assert not dedupe.suspending(30_000.5)  # the same announcement twice
    assert dedupe.resumed(31_000.0)


class _FakeLogind:
    """A watcher that reports suspend and resume like logind's PrepareForSleep."""

    name = "fake-logind"
    provides = frozenset({"suspend"})

    def __init__(self) -> None:
        self.listener: object = None

    def probe(self) -> str:
        return "fake"

    def start(self, listener: object) -> None:
        self.listener = listener

    def prepare_for_sleep(self, going: bool) -> None:
        if going:
            self.listener.on_suspend()  # type: ignore[attr-defined]
        else:
            self.listener.on_resume()  # type: ignore[attr-defined]

    def locked(self) -> bool | None:
        return None

    def inhibited(self) -> bool | None:
        return None

    def poll(self) -> None:
        return None

    def stop(self) -> None:
        return None


def test_composite_counts_a_suspend_seen_by_logind_and_detector_once() -> None:
    clocks = FakeClocks()
    logind = _FakeLogind()
    source = CompositeSource(
        NullIdleReader(), [logind], clocks=clocks, detector=SuspendDetector(clocks=clocks)
    )
    listener = RecordingListener()
    source.start(listener)
    source.timer_armed(60)
    clocks.run(10)
    logind.prepare_for_sleep(True)
    clocks.suspend(3600)
    logind.prepare_for_sleep(False)
    clocks.run(50)
    assert source.check_suspend() is None
    assert listener.events == ["suspend", "resume"]
    assert source.last_suspend is None


def test_composite_reports_a_suspend_only_the_detector_saw() -> None:
    clocks = FakeClocks()
    source = CompositeSource(
        NullIdleReader(), clocks=clocks, detector=SuspendDetector(clocks=clocks)
    )
    listener = RecordingListener()
    source.start(listener)
    source.timer_armed(60)
    clocks.suspend(900)
    clocks.run(60)
    found = source.check_suspend()
    assert found is not None
    assert found.slept_s == pytest.approx(900)
    assert listener.events == ["suspend", "resume"]
    assert source.last_suspend == found
    assert source.read() == ActivitySample(idle_s=0.0)
    source.stop()
