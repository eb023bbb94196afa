"""The clock port and its implementations.

The engine measures durations on ``monotonic()`` and places spans on the calendar with
``now()``. On Linux the system clock used for ``monotonic()`` is ``CLOCK_BOOTTIME``, which
keeps counting through suspend, so a suspend shows up as a long gap between readings
rather than as vanished time; ``time.monotonic()`` stops while suspended.
"""

from __future__ import annotations

import heapq
import itertools
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class Clock(Protocol):
    """What the core knows of time.

    ``monotonic()`` never goes backwards and includes time spent suspended where the OS
    allows it. ``now()`` is the aware wall-clock time in ``tz``; it can jump either way.
    """

    @property
    def tz(self) -> tzinfo: ...

    def monotonic(self) -> float: ...

    def now(self) -> datetime: ...


def system_timezone() -> tzinfo:
    """The local time zone with its DST rules (not just today's fixed offset)."""
    name = os.environ.get("TZ", "").lstrip(":")
    try:
        if name:
            return ZoneInfo(name)
        if os.path.exists("/etc/localtime"):  # noqa: PTH110 (the status path: no pathlib)
            with open("/etc/localtime", "rb") as handle:  # noqa: PTH123
                return ZoneInfo.from_file(handle, key="localtime")
    except (ZoneInfoNotFoundError, ValueError, OSError):
        pass
    # Windows and odd systems: a fixed offset is the best the standard library offers.
    local = datetime.now().astimezone().tzinfo
    return local if local is not None else UTC


def _boottime() -> float:
    try:
        return time.clock_gettime(time.CLOCK_BOOTTIME)  # type: ignore[attr-defined,unused-ignore]
    except (AttributeError, OSError):
        # Windows' monotonic clock already counts sleep; macOS' does not, and there the
        # suspend notification from the OS has to tell us.
        return time.monotonic()


class SystemClock:
    """The real clock, optionally running ``rate`` times faster (``--time-scale``).

    A faster clock runs from ``origin`` (a POSIX time; by default when it is made): two
    trackers at the same rate on one machine tell the same time only when they share
    the origin (README rule 11 compares computers' wall clocks).
    """

    def __init__(
        self, rate: float = 1.0, tz: tzinfo | None = None, origin: float | None = None
    ) -> None:
        if rate <= 0:
            raise ValueError("the clock rate must be positive")
        self.rate = rate
        self._tz = tz or system_timezone()
        self._mono0 = _boottime()
        self._wall0 = time.time() if origin is None else origin

    @property
    def tz(self) -> tzinfo:
        return self._tz

    def monotonic(self) -> float:
        return self._mono0 + (_boottime() - self._mono0) * self.rate

    def now(self) -> datetime:
        wall = self._wall0 + (time.time() - self._wall0) * self.rate
        return datetime.fromtimestamp(wall, self._tz)

    def real_seconds(self, clock_seconds: float) -> float:
        """How long ``clock_seconds`` of this clock take in real time (for timers)."""
        return clock_seconds / self.rate


@dataclass(order=True)
class _Call:
    due: float
    seq: int
    callback: Callable[[], None] = field(compare=False)
    cancelled: bool = field(default=False, compare=False)

    def cancel(self) -> None:
        self.cancelled = True


class FakeClock:
    """A clock the tests move by hand; ``advance`` also runs callbacks that fall due.

    ``jump_wall`` moves only the wall clock, as a person setting the time does;
    ``advance`` moves both, which is also what a suspend looks like with a boot-time clock.
    """

    def __init__(self, start: datetime | None = None, tz: tzinfo | None = None) -> None:
        self._tz = tz or UTC
        self._wall = start or datetime(2026, 11, 23, 8, 0, tzinfo=self._tz)
        if self._wall.tzinfo is None:
            raise ValueError("FakeClock needs an aware start time")
        self._mono = 1000.0
        self._calls: list[_Call] = []
        self._seq = itertools.count()

    @property
    def tz(self) -> tzinfo:
        return self._tz

    def monotonic(self) -> float:
        return self._mono

    def now(self) -> datetime:
        return self._wall.astimezone(self._tz)

    def call_later(self, delay_s: float, callback: Callable[[], None]) -> _Call:
        """Run ``callback()`` once the clock has advanced ``delay_s`` seconds."""
        call = _Call(self._mono + max(0.0, delay_s), next(self._seq), callback)
        heapq.heappush(self._calls, call)
        return call

    def pending(self) -> int:
        """How many callbacks wait to run (cancelled ones left out)."""
        return sum(not call.cancelled for call in self._calls)

    def next_call_in(self) -> float | None:
        """Seconds until the next callback runs, or None when none waits."""
        due = [call.due for call in self._calls if not call.cancelled]
        return min(due) - self._mono if due else None

    def advance(self, seconds: float, *, run_due: bool = True) -> None:
        """Move time forward, running due callbacks at their own moment, in order.

        ``run_due=False`` is a process that did not run meanwhile (the machine slept, or
        it was stopped): what fell due runs late, at the start of the next ``advance``,
        as a timer fires late after a suspend.
        """
        if seconds < 0:
            raise ValueError("time does not run backwards; use jump_wall")
        target = self._mono + seconds
        if not run_due:
            self._step(seconds)
            return
        while self._calls and self._calls[0].due <= target:
            call = heapq.heappop(self._calls)
            if call.cancelled:
                continue
            self._step(call.due - self._mono)
            call.callback()
        self._step(target - self._mono)

    def jump_wall(self, seconds: float) -> None:
        self._wall += timedelta(seconds=seconds)

    def _step(self, seconds: float) -> None:
        if seconds > 0:
            self._mono += seconds
            self._wall += timedelta(seconds=seconds)
