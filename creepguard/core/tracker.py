"""The tracker: the wake loop and the checkpoint policy around the sitting engine.

Data flows one way: the activity source and the person's actions feed the engine; its
events go to the store and to the owner (the app, which turns them into notifications
and cards). The loop wakes only when something is due: the engine says when
(``next_due_s``) and how often to read activity (``poll_interval_s``), the checkpoint
policy when the open span must next be written; one pending ``call_later`` covers them
all. The real app and the engine simulation of the tests run this same loop.

Checkpoints (what a crash can lose): every wake while the person is not away writes the
open span once the last write is ``CHECKPOINT_EVERY_S`` (10 s) old, and state changes
write at once. While input comes (or a call or a video holds the session awake), the
tracker comes back ``CHECKPOINT_EVERY_S`` after each write, so at most that much time
with the person at the keyboard is unsaved. Once a reading shows them quiet long enough
for the source to have armed its "person is back" event, and nothing they did is
unsaved, no extra wake is armed: their return wakes the tracker at once, and until then
the engine's own 30 s polls (which read idle time for the away threshold) write the
quiet time, which is sitting only provisionally (if the person turns out to have left,
it becomes away time from the last input). So a crash loses at most 10 s of sitting
with input and at most 30 s of quiet reading, and idle minutes cost what they cost
before: the polls the engine needs anyway. Away, nothing is written periodically: time
lost in a crash then only becomes "not tracked".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from creepguard.core.engine import SittingEngine
from creepguard.core.events import EpisodeEnded, Event, PauseEnded, StateChanged
from creepguard.core.model import ActivitySample, State
from creepguard.core.ports import DetectsSuspend, WantsTimerArmed

if TYPE_CHECKING:
    from creepguard.core.policy import EngineConfig
    from creepguard.core.ports import (
        ActivitySource,
        Cancellable,
        PeerExchange,
        SchedulingClock,
        SpanStore,
    )

__all__ = ["CHECKPOINT_EVERY_S", "Tracker", "TrackerOwner", "resume_engine"]

# While someone is seen (input, or an inhibitor: a call or a video) the open span is
# written at least this often, in clock seconds: what a crash can lose of it.
CHECKPOINT_EVERY_S = 10.0
# A wake that comes this much before the checkpoint is due still writes: otherwise a
# timer rounded a millisecond early skips a checkpoint and a crash loses two intervals.
_CHECKPOINT_SLACK_S = 1.0
# A reading at least this idle (real seconds) means a source with activity events has
# armed its "person is back" event: the X11 and Mutter readers arm theirs from 5 s,
# ext-idle-notify reports idle only from its 10 s timeout.
_RETURN_EVENT_ARMED_AFTER_S = 10.0
_MAX_SLEEP_S = 3600.0
# The shortest sleep, in clock seconds: a due moment already passed is handled on the
# next turn of the loop, not in a tight recursion.
_MIN_SLEEP_S = 0.05


class TrackerOwner(Protocol):
    """What the tracker tells the one who runs it (the app, a test's simulation)."""

    def act_on(self, events: Sequence[Event]) -> None:
        """The effects of the engine's events: notifications, cards (already recorded)."""

    def settled(self) -> None:
        """After every step, once written: the owner may refresh what it shows."""

    def extra_wake_s(self) -> float | None:
        """Clock seconds within which the owner needs a wake (a held card), or None."""

    def store_failed(self, problem: str) -> None:
        """Writing to the store has just started to fail, for ``problem``."""


def resume_engine(store: SpanStore, clock: SchedulingClock, config: EngineConfig) -> SittingEngine:
    """The engine as the store left it: the span a crash left open is closed, the time
    the tracker did not run is recorded as not tracked, the saved state restored."""
    last_end, snapshot = store.recover()
    now = clock.now()
    if last_end is not None and now > last_end:
        store.record_untracked(last_end, now)
    return SittingEngine(clock, config, snapshot)


class Tracker:
    """Runs the engine: reads the source when due, records, checkpoints, re-arms.

    Implements the source's ``ActivityListener``. ``rate`` is the clock's speed over real
    time (``--time-scale``): the OS counts idle and timers in real seconds.
    """

    def __init__(
        self,
        engine: SittingEngine,
        source: ActivitySource,
        store: SpanStore,
        clock: SchedulingClock,
        owner: TrackerOwner,
        *,
        rate: float = 1.0,
        peers: PeerExchange | None = None,
    ) -> None:
        self.engine = engine
        self.source = source
        self.store = store
        self.clock = clock
        self.owner = owner
        self.rate = rate
        self.peers = peers  # the other computers (README rule 11), if any
        # Optional capabilities, asked for once by type (creepguard.core.ports).
        self._suspends = source if isinstance(source, DetectsSuspend) else None
        self._timer_aware = source if isinstance(source, WantsTimerArmed) else None
        self._pending: Cancellable | None = None
        self.next_wake_s: float | None = None  # clock seconds the last arming asked for
        self._last_checkpoint = float("-inf")  # clock monotonic seconds
        self._last_seen = float("-inf")  # the latest input (or inhibitor) a reading showed
        self._idle_s = 0.0  # the latest reading's idle time, in clock seconds
        self._stopped = False

    # ------------------------------------------------------------------ start and stop

    def start(self) -> None:
        """Listen to the source, take a first reading, arm the wake."""
        self.source.start(self)
        self.wake()

    def stop(self) -> bool:
        """Write everything down and stop listening; False when the disk refused."""
        self._stopped = True
        self._disarm()
        saved = self.flush()
        self.source.stop()
        return saved

    # ------------------------------------------------------------------ the loop

    def wake(self) -> None:
        """Read activity (when the engine wants it), advance the engine, act, re-arm."""
        if self._stopped:
            return
        # The pending call stays armed until _arm replaces it: a wake that comes from an
        # event (not the timer) must not leave it running beside the new one.
        # A timer that fired far later than armed means the machine slept; the source
        # reports it through on_suspend/on_resume unless logind already did.
        if self._suspends is not None:
            self._suspends.check_suspend()
        sample = self._read()
        self._idle_s = 0.0 if sample.inhibited else sample.idle_s
        self._last_seen = max(self._last_seen, self.clock.monotonic() - self._idle_s)
        # The other computers' word, read at this wake (never on a timer of its own).
        peers = None if self.peers is None else self.peers.peers()
        self.handle(self.engine.observe(sample, peers))

    def handle(self, events: Sequence[Event]) -> None:
        """Record what the engine decided, let the owner act, checkpoint, re-arm."""
        self.store.record(events)
        self.owner.act_on(events)
        changed = any(isinstance(e, StateChanged | EpisodeEnded | PauseEnded) for e in events)
        now = self.clock.monotonic()
        # Away time lost in a crash only becomes "not tracked": no periodic writes then.
        running = self.engine.state is not State.AWAY
        due = now - self._last_checkpoint >= CHECKPOINT_EVERY_S - _CHECKPOINT_SLACK_S
        if changed or (running and due):
            self.flush()
        self.owner.settled()
        if self.peers is not None:
            engine = self.engine
            self.peers.publish(engine.presence(), engine.posture, engine.open_span())
        if not self._stopped:
            self._arm()

    def flush(self) -> bool:
        """Write what waits and the open span; False when the disk refused."""
        had_problem = self.store.problem is not None
        saved = self.store.checkpoint(self.engine.open_span(), self.engine.snapshot())
        if self.peers is not None:
            self.peers.checkpointed(self.store.generation)
        problem = self.store.problem
        if not saved and not had_problem and problem is not None:
            self.owner.store_failed(problem)
        self._last_checkpoint = self.clock.monotonic()
        return saved

    def _read(self) -> ActivitySample:
        sample = self.source.read()
        if self.rate != 1.0:
            # The OS counts idle time in real seconds; the clock may run faster.
            sample = ActivitySample(sample.idle_s * self.rate, sample.locked, sample.inhibited)
        return sample

    def _checkpoint_wake_s(self, now: float) -> float | None:
        """Clock seconds until the tracker must come back to write what the person may
        be adding; None when their next input (or nothing) will wake it anyway."""
        if self.engine.state is State.AWAY:
            return None
        events = self.source.has_activity_events and self.rate == 1.0
        quiet = self._idle_s >= _RETURN_EVENT_ARMED_AFTER_S
        if events and quiet and self._last_seen <= self._last_checkpoint:
            return None
        return self._last_checkpoint + CHECKPOINT_EVERY_S - now

    def _arm(self) -> None:
        candidates = [_MAX_SLEEP_S]
        due = self.engine.next_due_s()
        if due is not None:
            candidates.append(due)
        # Sources arm their "person is back" events after a few real seconds of idle; at
        # --time-scale the person can be away before that, so a sped-up clock polls.
        events = self.source.has_activity_events and self.rate == 1.0
        poll = self.engine.poll_interval_s(source_has_events=events)
        if poll is not None:
            candidates.append(poll)
        checkpoint = self._checkpoint_wake_s(self.clock.monotonic())
        if checkpoint is not None:
            candidates.append(checkpoint)
        extra = self.owner.extra_wake_s()
        if extra is not None:
            candidates.append(extra)
        delay_s = max(min(candidates), _MIN_SLEEP_S)
        self._disarm()
        self.next_wake_s = delay_s
        self._pending = self.clock.call_later(delay_s, self.wake)
        if self._timer_aware is not None:
            self._timer_aware.timer_armed(delay_s / self.rate)

    def _disarm(self) -> None:
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None

    # ------------------------------------------------------------------ ActivityListener

    def on_activity_changed(self) -> None:
        self.wake()

    def on_suspend(self, slept_s: float | None = None) -> None:
        # Found after the fact: the sleep began that long ago (real seconds).
        at = None if slept_s is None else self.clock.monotonic() - slept_s * self.rate
        self.handle(self.engine.suspend(at=at))

    def on_resume(self) -> None:
        self.handle(self.engine.resume())
