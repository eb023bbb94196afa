"""A simulated person at a desk, for engine scenarios at simulated speed.

The simulator wakes the engine the way the app does: at the next due moment or at the
poll interval, whichever is first, reading a fake idle source. Every event is logged with
the minute it happened, so a scenario reads as an expected event log.
"""

from __future__ import annotations

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

POLL_S = 30.0


def fmt(seconds: float) -> str:
    seconds = round(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"


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
        self.locked = False
        self.inhibited = False
        self.events: list[tuple[float, Event]] = []
        self.spans: list[Span] = []

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
        self._feed(self.engine.observe(self._sample()))

    def unlock(self) -> None:
        self.locked = False
        self.last_input = self.clock.monotonic()
        self._feed(self.engine.observe(self._sample()))

    def act(self, name: str, *args: object, **kwargs: object) -> list[Event]:
        events = getattr(self.engine, name)(*args, **kwargs)
        self._feed(events)
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

    # --- machinery ----------------------------------------------------------------
    def _sample(self) -> ActivitySample:
        return ActivitySample(
            idle_s=self.clock.monotonic() - self.last_input,
            locked=self.locked,
            inhibited=self.inhibited,
        )

    def _feed(self, events: list[Event]) -> None:
        now = self.clock.monotonic() - self.t0
        for event in events:
            self.events.append((now, event))
            if isinstance(event, SpanClosed):
                self.spans.append(event.span)
        for event in events:
            if isinstance(event, PromptDue) and self.card_auto_show:
                self._feed(self.engine.card_shown())

    def _run(self, seconds: float, *, typing: bool) -> None:
        end = self.clock.monotonic() + seconds
        if typing and self.engine.state is State.AWAY and self.events_source:
            # An event source tells the app at the first input.
            self.last_input = self.clock.monotonic()
            self._feed(self.engine.observe(self._sample()))
        while self.clock.monotonic() < end - 1e-9:
            due = self.engine.next_due_s()
            poll = self.engine.poll_interval_s(source_has_events=self.events_source)
            step = min(
                poll if poll is not None else 3600.0,
                due if due is not None else 3600.0,
                end - self.clock.monotonic(),
            )
            self.clock.advance(max(step, 0.001))
            if typing:
                self.last_input = self.clock.monotonic()
            self._feed(self.engine.observe(self._sample()))


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
