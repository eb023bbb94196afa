"""The ports of the tracker, declared in one place.

The core names what it needs from the outside as Protocols here; the edges implement
them: ``creepguard.sensing`` the activity source, ``creepguard.storage`` the span store,
``creepguard.qt_clock`` the timers on Qt's event loop, and the tests their fakes (a
``FakeClock``, a scripted idle reading). ``creepguard.bootstrap`` is the one place that
picks the real implementations.

Threading, for every port: all calls and callbacks happen on the thread running the event
loop (Qt's main thread), never from a worker thread, and return quickly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Protocol, runtime_checkable

from creepguard.core.clock import Clock
from creepguard.core.events import Event
from creepguard.core.model import ActivitySample, Posture, Span
from creepguard.core.peers import Presence
from creepguard.core.snapshot import EngineSnapshot

__all__ = [
    "ActivityListener",
    "ActivitySource",
    "Cancellable",
    "Desktop",
    "DetectsSuspend",
    "PeerExchange",
    "PlainDesktop",
    "SchedulingClock",
    "SpanStore",
    "WantsTimerArmed",
]


class ActivityListener(Protocol):
    """Callbacks a source makes (to the tracker)."""

    def on_activity_changed(self) -> None:
        """Something changed that a poll would only see later: the person became active
        again, the screen was locked or unlocked, an inhibitor came or went. The tracker
        answers by calling ``read()`` at once."""

    def on_suspend(self, slept_s: float | None = None) -> None:
        """The machine is about to sleep; or, with ``slept_s`` (real seconds), it was
        found after the fact to have slept that long, ending now."""

    def on_resume(self) -> None:
        """The machine woke up."""


class ActivitySource(Protocol):
    """A backend that reads the person's activity.

    Contract:
        * ``read()`` is cheap (well under 5 ms), never blocks on I/O for long, and never
          raises: on a transient failure it returns the last good reading.
        * ``idle_s`` is cumulative (seconds since the last input, in real seconds), so a
          slow poll loses nothing while the person is active.
        * ``has_activity_events`` is True when the source calls ``on_activity_changed``
          as soon as the person returns; the tracker can then poll slowly while away.
        * ``start`` is called once, after the event loop exists; ``stop`` releases
          watches and connections and may be called more than once.

    A source may also have the optional capabilities below (:class:`DetectsSuspend`,
    :class:`WantsTimerArmed`); the tracker asks for them once, by type.
    """

    name: str
    has_activity_events: bool

    def start(self, listener: ActivityListener) -> None: ...

    def read(self) -> ActivitySample: ...

    def stop(self) -> None: ...


@runtime_checkable
class DetectsSuspend(Protocol):
    """A source that finds a suspend the process slept through (a timer that fired far
    later than armed, by two clocks), where no service (logind) reports it."""

    def check_suspend(self) -> object:
        """Called when the tracker's timer fires, before reading. A newly found suspend
        is reported to the listener as ``on_suspend(slept_s)`` then ``on_resume()``,
        before this returns. What it returns (the source's own record) is not used."""


@runtime_checkable
class WantsTimerArmed(Protocol):
    """A source that wants to know how long the tracker will sleep: to spot a late timer
    (suspend detection), or to make sure its "person is back" event is armed when the
    tracker counts on it (a long sleep while away)."""

    def timer_armed(self, delay_s: float) -> None:
        """The tracker armed its wake-up to fire in ``delay_s`` real seconds."""


class Desktop(Protocol):
    """What the desktop says about the moment of a card
    (``creepguard.sensing.desktop_state.DesktopState``)."""

    def should_hold_card(self, wait_fullscreen: bool, wait_dnd: bool) -> str | None:
        """Why a due card waits (a full-screen window, do-not-disturb), in a word; None
        to show it now (also when unknown)."""
        ...

    def motion_reduced(self) -> bool:
        """The person asked their desktop for less motion: the card's picture stays still."""
        ...

    def close(self) -> None: ...


class PlainDesktop:
    """No desktop to ask (headless, tests): a due card never waits, pictures move."""

    def should_hold_card(self, wait_fullscreen: bool, wait_dnd: bool) -> str | None:
        del wait_fullscreen, wait_dnd
        return None

    def motion_reduced(self) -> bool:
        return False

    def close(self) -> None:
        return None


class PeerExchange(Protocol):
    """The person's other computers (README rule 11): their latest word at each wake,
    this computer's after it (``creepguard.sync.port.PeerLink``, a shared folder).
    Never asked on a timer of its own: only at the wakes the tracker has anyway."""

    def peers(self) -> Sequence[Presence]: ...

    def publish(self, presence: Presence, posture: Posture, open_span: Span | None) -> None: ...

    def checkpointed(self, generation: int) -> None:
        """The store wrote; ``generation`` is the store's count of written records."""
        ...


class Cancellable(Protocol):
    def cancel(self) -> None:
        """The callback will not run (a no-op once it ran)."""


class SchedulingClock(Clock, Protocol):
    """A clock that can also call back later: ``FakeClock`` in tests (its ``advance``
    runs what falls due), ``creepguard.qt_clock.QtClock`` on Qt's event loop."""

    def call_later(self, delay_s: float, callback: Callable[[], None]) -> Cancellable:
        """Run ``callback()`` once, ``delay_s`` seconds of this clock from now."""
        ...


class SpanStore(Protocol):
    """Where the tracker writes what the engine decided (``creepguard.storage.Store``).

    ``record`` keeps events in memory until the next ``checkpoint``; ``checkpoint``
    writes them with the open span and the engine's snapshot, and returns False when the
    disk refused (``problem`` then says why; the records wait for the next try).
    """

    @property
    def problem(self) -> str | None: ...

    @property
    def generation(self) -> int:
        """Goes up whenever records other than the open span reach the file."""
        ...

    def record(self, events: Sequence[Event]) -> None: ...

    def checkpoint(self, open_span: Span, snapshot: EngineSnapshot) -> bool: ...

    def recover(self) -> tuple[datetime | None, EngineSnapshot | None]: ...

    def record_untracked(self, start: datetime, end: datetime) -> None: ...
