"""The system clock with timers on Qt's event loop: the real ``SchedulingClock``.

Tests use ``creepguard.core.clock.FakeClock`` instead, whose ``advance`` runs what falls
due; nothing else in the app knows which of the two it has.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo

from PySide6.QtCore import QObject, Qt, QTimer

from creepguard.core.clock import SystemClock

__all__ = ["QtClock"]


class _Call:
    """One pending ``call_later``: a single-shot timer lent from the clock's pool."""

    def __init__(self, clock: QtClock, timer: QTimer, callback: Callable[[], None]) -> None:
        self._clock = clock
        self._timer: QTimer | None = timer
        self._callback = callback

    def fire(self) -> None:
        if self._timer is None:
            return
        self._give_back()
        self._callback()

    def cancel(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._give_back()

    def _give_back(self) -> None:
        timer, self._timer = self._timer, None
        if timer is not None:
            self._clock.give_back(timer)


class QtClock(SystemClock):
    """``SystemClock`` (optionally ``rate`` times faster) that calls back on Qt's loop.

    Delays are in clock seconds and become ``delay_s / rate`` real seconds. Timers are
    precise: a coarse one may fire 5 % early or late, which stretches the loss bound of a
    checkpoint every 10 s, and one timer every 10-30 s gains nothing from coalescing.
    Timers are reused: the tracker re-arms every few seconds while the person works, and
    a new QObject each time is garbage for nothing.
    """

    def __init__(self, rate: float = 1.0, tz: tzinfo | None = None) -> None:
        super().__init__(rate, tz)
        self._owner = QObject()
        self._free: list[QTimer] = []

    def call_later(self, delay_s: float, callback: Callable[[], None]) -> _Call:
        timer = self._free.pop() if self._free else self._new_timer()
        call = _Call(self, timer, callback)
        # A lambda, not the bound method: the binding holds a bound method's object only
        # weakly, and a call nobody else keeps must still run.
        timer.timeout.connect(lambda: call.fire())  # noqa: PLW0108 - see above
        timer.start(max(1, round(self.real_seconds(max(0.0, delay_s)) * 1000)))
        return call

    def give_back(self, timer: QTimer) -> None:
        timer.timeout.disconnect()
        self._free.append(timer)

    def _new_timer(self) -> QTimer:
        timer = QTimer(self._owner)
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        return timer
