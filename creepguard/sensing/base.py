"""The activity-source Protocol every backend implements."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from creepguard.core.model import ActivitySample


class ActivityListener(Protocol):
    """Callbacks a source makes. All are called on the thread running the Qt event loop
    (the main thread), never from a worker thread, and must return quickly."""

    def on_activity_changed(self) -> None:
        """Something changed that a poll would only see later: the person became active
        again, the screen was locked or unlocked, an inhibitor came or went. The app
        answers by calling ``read()`` at once."""

    def on_suspend(self) -> None:
        """The machine is about to sleep (or, detected after the fact, has slept)."""

    def on_resume(self) -> None:
        """The machine woke up."""


class ActivitySource(Protocol):
    """A backend that reads the person's activity.

    Contract:
        * ``read()`` is cheap (well under 5 ms), never blocks on I/O for long, and never
          raises: on a transient failure it returns the last good reading.
        * ``idle_s`` is cumulative (seconds since the last input), so a slow poll loses
          nothing while the person is active.
        * ``has_activity_events`` is True when the source calls ``on_activity_changed``
          as soon as the person returns; the app can then poll slowly while away.
        * ``start`` is called once, on the main thread, after a Qt application exists;
          ``stop`` releases watches and connections and may be called more than once.
    """

    name: str
    has_activity_events: bool

    def start(self, listener: ActivityListener) -> None: ...

    def read(self) -> ActivitySample: ...

    def stop(self) -> None: ...


@dataclass(frozen=True, slots=True)
class BackendReport:
    """One line of ``creepguard diagnose``: a backend the factory tried."""

    name: str
    chosen: bool
    reason: str
