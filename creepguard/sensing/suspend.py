"""Suspend detection without logind, and counting one suspend once.

Two clocks tell a suspend apart from a busy machine:

* Linux: ``CLOCK_BOOTTIME`` keeps counting while suspended, ``time.monotonic()``
  (``CLOCK_MONOTONIC``) stops. Their difference grows by exactly the time slept.
* macOS: ``CLOCK_MONOTONIC`` keeps counting while asleep, ``time.monotonic()``
  (``mach_absolute_time``) stops; same idea.
* Windows: ``time.monotonic()`` already counts sleep, so there is no second clock. There a
  timer that fires much later than it was due, late by the same amount on the monotonic
  AND the wall clock, is taken as a suspend. Late on the wall clock alone means someone
  set the clock; that is not a suspend.

Logind (``PrepareForSleep``) and this detector may both see the same suspend; the
:class:`SuspendDeduper` makes sure the app hears of it once.

Everything here is pure logic over injected clock samples, so tests fake time freely.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ClockSample:
    """The clocks read at one moment, in seconds.

    Attributes:
        wall_s: ``time.time()``; can jump either way when the clock is set.
        mono_s: ``time.monotonic()``; stops during suspend on Linux and macOS.
        boot_s: a clock that keeps counting through suspend where it differs from
            ``mono_s`` (Linux ``CLOCK_BOOTTIME``, macOS ``CLOCK_MONOTONIC``), else None.
    """

    wall_s: float
    mono_s: float
    boot_s: float | None = None

    @property
    def continuous_s(self) -> float:
        """A clock that never stops, for time windows that span a suspend."""
        return self.boot_s if self.boot_s is not None else self.mono_s


def _sleep_counting_clock_id(platform: str = sys.platform) -> int | None:
    if platform.startswith("linux"):
        return getattr(time, "CLOCK_BOOTTIME", None)
    if platform == "darwin":
        # Apple's CLOCK_MONOTONIC continues while asleep (unlike mach_absolute_time,
        # which is what time.monotonic() uses there).
        return getattr(time, "CLOCK_MONOTONIC", None)
    return None


_BOOT_CLOCK = _sleep_counting_clock_id()


def sample_clocks() -> ClockSample:
    """Read the wall, monotonic and (where there is one) sleep-counting clocks."""
    boot: float | None = None
    if _BOOT_CLOCK is not None:
        try:
            boot = time.clock_gettime(_BOOT_CLOCK)
        except OSError:
            boot = None
    return ClockSample(wall_s=time.time(), mono_s=time.monotonic(), boot_s=boot)


@dataclass(frozen=True, slots=True)
class DetectedSuspend:
    """A suspend found after the fact.

    Attributes:
        slept_s: how long the machine was asleep (an estimate on Windows).
        at_s: when it was noticed, on :attr:`ClockSample.continuous_s`.
        woke_wall_s: when it was noticed, on the wall clock (``time.time()`` scale).
        evidence: which clocks said so, for logs and ``diagnose``.
    """

    slept_s: float
    at_s: float
    woke_wall_s: float
    evidence: str

    @property
    def slept_since_wall_s(self) -> float:
        """Roughly when the machine went to sleep, on the wall clock."""
        return self.woke_wall_s - self.slept_s


class SuspendDetector:
    """Decides, from clock readings at timer wake-ups, whether the machine slept.

    Feed it from the app's timer: ``arm(delay_s)`` when a timer is armed (optional where
    there is a sleep-counting clock, required for Windows), ``check()`` when any timer
    fires. Suspends shorter than ``threshold_s`` are ignored: they cannot matter to a
    sitting count and timers do run a little late.

    Args:
        threshold_s: the shortest sleep worth reporting.
        clocks: reads the clocks; tests pass a fake.
        tolerance_s: how far the wall and monotonic lateness may disagree (Windows rule).
    """

    def __init__(
        self,
        *,
        threshold_s: float = 30.0,
        clocks: Callable[[], ClockSample] = sample_clocks,
        tolerance_s: float = 5.0,
    ) -> None:
        self.threshold_s = threshold_s
        self.tolerance_s = tolerance_s
        self._clocks = clocks
        self._last: ClockSample = clocks()
        self._armed: tuple[ClockSample, float] | None = None

    def arm(self, delay_s: float) -> None:
        """A timer was armed to fire ``delay_s`` seconds from now."""
        self._armed = (self._clocks(), max(0.0, delay_s))

    def check(self) -> DetectedSuspend | None:
        """Compare the clocks now with the last check and the armed timer."""
        now = self._clocks()
        last, self._last = self._last, now
        armed, self._armed = self._armed, None
        return self.judge(last, now, armed)

    def judge(
        self,
        last: ClockSample,
        now: ClockSample,
        armed: tuple[ClockSample, float] | None = None,
    ) -> DetectedSuspend | None:
        """The decision itself, from explicit samples (pure; exposed for tests)."""
        if now.boot_s is not None and last.boot_s is not None:
            # The gap between the two clocks only grows while suspended: exact, and
            # independent of when any timer was due.
            slept = (now.boot_s - now.mono_s) - (last.boot_s - last.mono_s)
            if slept >= self.threshold_s:
                return DetectedSuspend(
                    slept_s=slept,
                    at_s=now.continuous_s,
                    woke_wall_s=now.wall_s,
                    evidence=f"the boot-time clock ran {slept:.0f} s ahead of the monotonic one",
                )
            return None
        if armed is None:
            return None
        since, delay_s = armed
        late_mono = (now.mono_s - since.mono_s) - delay_s
        late_wall = (now.wall_s - since.wall_s) - delay_s
        agree = abs(late_mono - late_wall) <= max(self.tolerance_s, 0.1 * late_mono)
        if late_mono >= self.threshold_s and late_wall >= self.threshold_s and agree:
            return DetectedSuspend(
                slept_s=late_mono,
                at_s=now.continuous_s,
                woke_wall_s=now.wall_s,
                evidence=f"the timer fired {late_mono:.0f} s late by the monotonic and wall clocks",
            )
        return None


class SuspendDeduper:
    """Makes one suspend reach the app once, whoever reports it and in whatever order.

    Logind says ``suspending`` before the sleep and ``resumed`` after it; the detector
    says ``detected`` some time after it (when the app's next timer fires, which can be a
    poll interval after waking: Qt's timers run on a clock that stops while suspended).
    Each report becomes an interval on :attr:`ClockSample.continuous_s`; a detection whose
    interval overlaps, within ``margin_s``, one already announced is the same suspend.
    """

    def __init__(self, margin_s: float = 60.0) -> None:
        self.margin_s = margin_s
        self._asleep_since: float | None = None
        self._last: tuple[float, float] | None = None

    def suspending(self, at_s: float) -> bool:
        """A suspend is announced. Returns whether to tell the app."""
        if self._asleep_since is not None:
            return False
        self._asleep_since = at_s
        return True

    def resumed(self, at_s: float) -> bool:
        """A resume is announced. Returns whether to tell the app."""
        if self._asleep_since is None:
            return False  # the detector got there first, or a stray resume
        self._last = (self._asleep_since, at_s)
        self._asleep_since = None
        return True

    def detected(self, at_s: float, slept_s: float) -> tuple[bool, bool]:
        """A suspend of ``slept_s`` was found at ``at_s``.

        Returns:
            Whether to tell the app of the suspend, and of the resume.
        """
        if self._asleep_since is not None:
            # Logind announced the sleep but its resume has not arrived yet.
            self._last = (self._asleep_since, at_s)
            self._asleep_since = None
            return False, True
        start = at_s - slept_s
        if self._last is not None:
            last_start, last_end = self._last
            if start <= last_end + self.margin_s and at_s >= last_start - self.margin_s:
                return False, False
        self._last = (start, at_s)
        return True, True
