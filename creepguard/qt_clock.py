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


class _Slot:
    """A single-shot timer with one permanent connection; it runs whatever call it was
    lent for. Connecting and disconnecting a signal for every call would cost more than
    the timer itself (the tracker re-arms every few seconds while the person works)."""

    def __init__(self, clock: QtClock) -> None:
        self.clock = clock
        self.timer = QTimer(clock.owner)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.callback: Callable[[], None] | None = None
        self.lent = 0  # which lending the running call belongs to
        self.timer.timeout.connect(self.fire)

    def fire(self) -> None:
        callback, self.callback = self.callback, None
        self.clock.free.append(self)
        if callback is not None:
            callback()


class _Call:
    """One pending ``call_later``; ``cancel`` stops it unless it ran already."""

    __slots__ = ("_lent", "_slot")

    def __init__(self, slot: _Slot) -> None:
        self._slot = slot
        self._lent = slot.lent

    def cancel(self) -> None:
        slot = self._slot
        if slot.lent == self._lent and slot.callback is not None:
            slot.timer.stop()
            slot.callback = None
            slot.clock.free.append(slot)


class QtClock(SystemClock):
    """``SystemClock`` (optionally ``rate`` times faster) that calls back on Qt's loop.

    Delays are in clock seconds and become ``delay_s / rate`` real seconds. Timers are
    precise: a coarse one may fire 5 % early or late, which stretches the loss bound of a
    checkpoint every 10 s, and one timer every 10-30 s gains nothing from coalescing.
    """

    def __init__(
        self, rate: float = 1.0, tz: tzinfo | None = None, origin: float | None = None
    ) -> None:
        super().__init__(rate, tz, origin)
        self.owner = QObject()
        self.free: list[_Slot] = []
        self._slots: list[_Slot] = []  # every slot, so none is collected while lent

    def call_later(self, delay_s: float, callback: Callable[[], None]) -> _Call:
        if self.free:
            slot = self.free.pop()
        else:
            slot = _Slot(self)
            self._slots.append(slot)
        slot.lent += 1
        slot.callback = callback
        slot.timer.start(max(1, round(self.real_seconds(max(0.0, delay_s)) * 1000)))
        return _Call(slot)
