"""One activity source built from an idle reader and any number of session watchers.

Each desktop answers a different part of the question: the compositor or X server knows
how long ago the last input was, logind knows about suspend and the session lock, GNOME
and KDE know who holds the session awake. The factory picks one :class:`IdleReader` and
every :class:`SessionWatcher` that answers; :class:`CompositeSource` folds them into one
:class:`~creepguard.core.model.ActivitySample` and one stream of listener callbacks.

Threading: everything here runs on the thread running the Qt event loop. Watchers get their
D-Bus signals there (QtDBus delivers them to the main thread) and call the listener at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from creepguard.core.model import ActivitySample
from creepguard.sensing.suspend import (
    ClockSample,
    DetectedSuspend,
    SuspendDeduper,
    SuspendDetector,
    sample_clocks,
)

if TYPE_CHECKING:
    from creepguard.core.ports import ActivityListener

_log = logging.getLogger(__name__)


class BackendUnavailable(Exception):
    """A backend cannot work here; the message says why, in words for ``diagnose``."""


class SensingError(Exception):
    """A reading failed this time (the service went away, a call timed out)."""


class IdleReader(Protocol):
    """Reads seconds since the last keyboard or mouse input.

    Contract:
        * ``probe()`` is called once by the factory; it raises :class:`BackendUnavailable`
          with a plain reason when the reader cannot work here, else returns a short
          description of what answered.
        * ``idle_s()`` is cheap and raises :class:`SensingError` on a failed reading.
        * When ``has_activity_events`` is True, ``start`` arranges for ``on_active`` to be
          called (on the main thread) when the person comes back after being idle.
    """

    name: str
    has_activity_events: bool

    def probe(self) -> str: ...

    def start(self, on_active: Callable[[], None]) -> None: ...

    def idle_s(self) -> float: ...

    def stop(self) -> None: ...


class SessionWatcher(Protocol):
    """Watches one session service: screen lock, idle inhibitors and/or suspend.

    ``locked()`` and ``inhibited()`` return None for what the watcher does not know.
    ``poll()`` is called from every ``read()``; it must not block (it may start an
    asynchronous refresh). Changes are reported through the listener given to ``start``.
    """

    name: str
    provides: frozenset[str]  # a subset of {"lock", "inhibit", "suspend"}

    def probe(self) -> str: ...

    def start(self, listener: ActivityListener) -> None: ...

    def locked(self) -> bool | None: ...

    def inhibited(self) -> bool | None: ...

    def poll(self) -> None: ...

    def stop(self) -> None: ...


class Closeable(Protocol):
    def close(self) -> None: ...


class _Relay:
    """The listener the parts see: counts one suspend once, then forwards."""

    def __init__(self, owner: CompositeSource) -> None:
        self._owner = owner

    def on_activity_changed(self) -> None:
        listener = self._owner._listener
        if listener is not None:
            listener.on_activity_changed()

    def on_suspend(self, slept_s: float | None = None) -> None:
        owner = self._owner
        del slept_s  # the watchers (logind) report a sleep as it begins
        if owner._dedupe.suspending(owner._clocks().continuous_s) and owner._listener:
            owner._listener.on_suspend()

    def on_resume(self) -> None:
        owner = self._owner
        if owner._dedupe.resumed(owner._clocks().continuous_s) and owner._listener:
            owner._listener.on_resume()


#: A wake-up timer longer than this (real seconds) is no poll: the app waits for events.
#: The engine polls at most every 30 s while the person is at the desk.
RELIES_ON_EVENTS_S = 45.0


class CompositeSource:
    """An :class:`~creepguard.sensing.base.ActivitySource` made of a reader and watchers.

    Beyond the Protocol it offers what the app needs to sleep well:

    * ``has_lock_events``: lock and unlock arrive as ``on_activity_changed`` calls, so the
      app may stop polling while ``read().locked`` is True.
    * ``timer_armed(delay_s)`` and ``check_suspend()``: the suspend detector for machines
      without logind. Call ``timer_armed`` whenever the app arms its wake-up timer and
      ``check_suspend`` first thing when any timer fires.
    * ``notice``: a plain sentence when no backend can read input (show it once, and in
      the tooltip), else None.
    """

    def __init__(
        self,
        reader: IdleReader,
        watchers: Sequence[SessionWatcher] = (),
        *,
        resources: Sequence[Closeable] = (),
        detector: SuspendDetector | None = None,
        dedupe: SuspendDeduper | None = None,
        clocks: Callable[[], ClockSample] = sample_clocks,
        notice: str | None = None,
    ) -> None:
        self.reader = reader
        self.watchers: tuple[SessionWatcher, ...] = tuple(watchers)
        self.name = reader.name
        self.has_activity_events = reader.has_activity_events
        self.notice = notice
        self._resources = tuple(resources)
        self._clocks = clocks
        self._detector = detector or SuspendDetector(clocks=clocks)
        self._dedupe = dedupe or SuspendDeduper()
        self._listener: ActivityListener | None = None
        self._relay = _Relay(self)
        self._last_idle_s = 0.0
        self._failing = False
        self._started = False
        self._stopped = False
        self.last_suspend: DetectedSuspend | None = None

    @property
    def has_lock_events(self) -> bool:
        """True when some watcher reports lock and unlock as they happen."""
        return any("lock" in w.provides for w in self.watchers)

    def start(self, listener: ActivityListener) -> None:
        """Begin watching; callbacks go to ``listener`` on the main thread."""
        if self._started:
            return
        self._started = True
        self._listener = listener
        try:
            self.reader.start(self._relay.on_activity_changed)
        except Exception:  # a backend bug must not stop the app from starting
            _log.exception("idle reader %s failed to start", self.reader.name)
        # A reader may find at start that it cannot deliver events after all (x11).
        self.has_activity_events = self.reader.has_activity_events
        alive: list[SessionWatcher] = []
        for watcher in self.watchers:
            try:
                watcher.start(self._relay)
            except Exception:
                _log.exception("session watcher %s failed to start", watcher.name)
            else:
                alive.append(watcher)
        self.watchers = tuple(alive)

    def read(self) -> ActivitySample:
        """Return the current sample; never raises, keeps the last idle on failure."""
        try:
            idle_s = max(0.0, float(self.reader.idle_s()))
        except Exception as exc:
            if not self._failing:
                _log.warning("%s: idle reading failed (%s); keeping the last one", self.name, exc)
            self._failing = True
            idle_s = self._last_idle_s
        else:
            self._failing = False
            self._last_idle_s = idle_s
        locked = inhibited = False
        for watcher in self.watchers:
            try:
                watcher.poll()
                locked = locked or watcher.locked() is True
                inhibited = inhibited or watcher.inhibited() is True
            except Exception:
                _log.exception("session watcher %s failed", watcher.name)
        return ActivitySample(idle_s=idle_s, locked=locked, inhibited=inhibited)

    def timer_armed(self, delay_s: float) -> None:
        """The app armed its wake-up timer to fire in ``delay_s`` seconds.

        A sleep longer than any poll means the app counts on the reader's event for the
        person's return (away, at real speed): the reader is asked to make sure one is
        armed (``expect_return``, where it has one). Mutter arms its user-active watch
        only once a reading shows the person idle, and a person who said
        ``creepguard away`` was never seen idle: without this, their return went unseen
        until the next hourly wake-up.
        """
        self._detector.arm(delay_s)
        if delay_s > RELIES_ON_EVENTS_S and self.has_activity_events:
            expect_return = getattr(self.reader, "expect_return", None)
            if expect_return is not None:
                try:
                    expect_return()
                except Exception:
                    _log.exception("%s: arming the return event failed", self.name)

    def check_suspend(self) -> DetectedSuspend | None:
        """Look for a suspend the app slept through; call when any app timer fires.

        When one is found and nobody (logind) reported it already, ``on_suspend`` and
        ``on_resume`` are called on the listener, in that order, before this returns.

        Returns:
            The newly reported suspend (also kept in ``last_suspend``), else None.
        """
        found = self._detector.check()
        if found is None:
            return None
        announce_suspend, announce_resume = self._dedupe.detected(found.at_s, found.slept_s)
        if not (announce_suspend or announce_resume):
            return None
        self.last_suspend = found
        if self._listener is not None:
            if announce_suspend:
                self._listener.on_suspend(found.slept_s)
            if announce_resume:
                self._listener.on_resume()
        return found

    def stop(self) -> None:
        """Release watches and connections; safe to call more than once."""
        if self._stopped:
            return
        self._stopped = True
        self._listener = None
        parts: list[IdleReader | SessionWatcher] = [self.reader, *self.watchers]
        for part in parts:
            try:
                part.stop()
            except Exception:
                _log.exception("stopping %s failed", part.name)
        for resource in self._resources:
            try:
                resource.close()
            except Exception:
                _log.exception("closing %r failed", resource)
