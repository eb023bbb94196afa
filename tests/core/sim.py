"""A simulated person at a desk, for engine scenarios at simulated speed.

The engine runs inside the app's own loop (:class:`creepguard.core.tracker.Tracker`) on a
``FakeClock``: it wakes when the tracker's ``call_later`` falls due, reading a scripted
idle source, and writes to a store in memory. Every event is logged with the minute it
happened, so a scenario reads as an expected event log.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo

from creepguard.core.clock import FakeClock
from creepguard.core.engine import SittingEngine
from creepguard.core.events import (
    CreepReached,
    EpisodeEnded,
    Event,
    PromptDue,
    PromptWithdrawn,
    SitReset,
    SpanClosed,
    SpansRelabelled,
    StateChanged,
)
from creepguard.core.model import ActivitySample, Posture, Span, State
from creepguard.core.policy import EngineConfig
from creepguard.core.ports import ActivityListener
from creepguard.core.snapshot import EngineSnapshot
from creepguard.core.tracker import Tracker

RETURN_EVENT_ARMED_S = 5.0


def fmt(seconds: float) -> str:
    seconds = round(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"


class MemoryStore:
    """The tracker's SpanStore in memory: keeps the closed spans, never fails."""

    problem: str | None = None
    generation = 0

    def __init__(self) -> None:
        self.spans: list[Span] = []
        self.checkpoints = 0

    def record(self, events: Sequence[Event]) -> None:
        self.spans += [event.span for event in events if isinstance(event, SpanClosed)]

    def checkpoint(self, open_span: Span, snapshot: EngineSnapshot) -> bool:
        del open_span, snapshot
        self.checkpoints += 1
        return True

    def recover(self) -> tuple[datetime | None, EngineSnapshot | None]:
        return None, None

    def record_untracked(self, start: datetime, end: datetime) -> None:
        del start, end


class ScriptedSource:
    """The idle reading of the simulated person (clock seconds, as at rate 1)."""

    name = "scripted"

    def __init__(self, sim: Sim, *, has_activity_events: bool) -> None:
        self.sim = sim
        self.has_activity_events = has_activity_events
        self.listener: ActivityListener | None = None
        self.last_reading: ActivitySample | None = None

    def start(self, listener: ActivityListener) -> None:
        self.listener = listener

    def read(self) -> ActivitySample:
        sim = self.sim
        if sim.typing:
            sim.last_input = sim.clock.monotonic()
        self.last_reading = ActivitySample(
            idle_s=sim.clock.monotonic() - sim.last_input,
            locked=sim.locked,
            inhibited=sim.inhibited,
        )
        return self.last_reading

    def stop(self) -> None:
        self.listener = None


@dataclass
class Sim:
    config: EngineConfig = field(default_factory=EngineConfig)
    start: datetime | None = None
    tz: tzinfo | None = None
    card_auto_show: bool = True
    events_source: bool = False

    def __post_init__(self) -> None:
        self.clock = FakeClock(self.start, tz=self.tz)
        self.t0 = self.clock.monotonic()
        self.engine = SittingEngine(self.clock, self.config)
        self.last_input = self.clock.monotonic()
        self.typing = False
        self.locked = False
        self.inhibited = False
        self.events: list[tuple[float, Event]] = []
        self.store = MemoryStore()
        self.source = ScriptedSource(self, has_activity_events=self.events_source)
        self.tracker = Tracker(self.engine, self.source, self.store, self.clock, owner=self)
        self.tracker.start()

    @property
    def spans(self) -> list[Span]:
        return self.store.spans

    # --- what the person does ---------------------------------------------------
    def work(self, minutes: float) -> None:
        """Type and move the mouse continuously."""
        self._run(minutes * 60, typing=True)

    def idle(self, minutes: float) -> None:
        """No input (reading, or gone)."""
        self._run(minutes * 60, typing=False)

    def bump(self) -> None:
        """A single input, like a bumped mouse."""
        self.last_input = self.clock.monotonic()

    def lock(self) -> None:
        self.locked = True
        self.tracker.on_activity_changed()  # the session watcher reports it at once

    def unlock(self) -> None:
        self.locked = False
        self.last_input = self.clock.monotonic()
        self.tracker.on_activity_changed()

    def act(self, name: str, *args: object, **kwargs: object) -> list[Event]:
        events: list[Event] = getattr(self.engine, name)(*args, **kwargs)
        self.tracker.handle(events)
        return events

    def stand(self) -> None:
        self.last_input = self.clock.monotonic()
        self.act("set_posture", Posture.STANDING)

    def sit(self) -> None:
        self.last_input = self.clock.monotonic()
        self.act("set_posture", Posture.SITTING)

    # --- reading the results ------------------------------------------------------
    @property
    def minute(self) -> float:
        return (self.clock.monotonic() - self.t0) / 60

    def log(self, *kinds: type) -> list[str]:
        """The event log as "m:ss what" lines, optionally only some kinds."""
        lines = []
        for at, event in self.events:
            if kinds and not isinstance(event, kinds):
                continue
            lines.append(f"{fmt(at)} {describe(event)}")
        return lines

    def all_spans(self) -> list[Span]:
        return [*self.spans, self.engine.open_span()]

    def span_log(self) -> list[str]:
        start = self.clock.now() - timedelta(seconds=self.clock.monotonic() - self.t0)
        return [
            f"{s.state.value} {fmt((s.start - start).total_seconds())}"
            f"-{fmt((s.end - start).total_seconds())}"
            for s in self.all_spans()
            if s.duration_s > 0
        ]

    # --- TrackerOwner --------------------------------------------------------------
    def act_on(self, events: Sequence[Event]) -> None:
        now = self.clock.monotonic() - self.t0
        self.events += [(now, event) for event in events]
        for event in events:
            if isinstance(event, PromptDue) and self.card_auto_show:
                self.tracker.handle(self.engine.card_shown())

    def settled(self) -> None:
        return None

    def extra_wake_s(self) -> float | None:
        return None

    def store_failed(self, problem: str) -> None:
        raise AssertionError(problem)

    # --- machinery ----------------------------------------------------------------
    def _return_armed(self) -> bool:
        # Away, the tracker sleeps long and asks the source to arm its event
        # (WantsTimerArmed); otherwise the source arms it once it has seen the idle.
        if self.engine.state is State.AWAY:
            return True
        reading = self.source.last_reading
        return reading is not None and reading.idle_s >= RETURN_EVENT_ARMED_S

    def _run(self, seconds: float, *, typing: bool) -> None:
        if typing and not self.typing and self.events_source and self._return_armed():
            # An event source tells the tracker at the first input once its return event
            # is armed: away, or after a reading that showed the person quiet long enough
            # (the X11 and Mutter readers arm theirs from 5 s of idle, in any state).
            self.last_input = self.clock.monotonic()
            self.tracker.on_activity_changed()
        self.typing = typing
        self.clock.advance(seconds)
        if typing:
            self.last_input = self.clock.monotonic()
        self.typing = False


def describe(event: Event) -> str:
    match event:
        case CreepReached():
            return f"creep at {fmt(event.sit_s)}"
        case PromptDue():
            return f"prompt {event.kind.value} #{event.reprompt}"
        case PromptWithdrawn():
            return "card closed"
        case EpisodeEnded():
            return f"episode {event.episode.outcome.value if event.episode.outcome else '?'}"
        case SitReset():
            kind = "natural" if event.natural else "prompted"
            return f"reset after {fmt(event.sit_s)} ({kind})"
        case StateChanged():
            return f"{event.old.value} -> {event.new.value}"
        case SpanClosed():
            return f"span {event.span.state.value}"
        case SpansRelabelled():
            return f"relabel {event.state.value}"
        case _:
            return type(event).__name__


def covered(spans: list[Span]) -> float:
    return sum(s.duration_s for s in spans)


def state_total(spans: list[Span], state: State) -> float:
    return sum(s.duration_s for s in spans if s.state is state)
