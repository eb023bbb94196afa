"""Drives the real engine through a reference-model trace: it reads activity when the
engine itself asks (its next due moment or its poll interval) and at every change the
person makes, and shows each card the moment it is due.

These are the fewest readings the app ever makes. Its tracker (creepguard.core.tracker)
adds a wake every 10 s to write while someone is seen, which only reads more often; the
engine's answers must not depend on how often it is read (idle time is cumulative). The
loop itself is tested on the app (tests/test_app.py) and in tests/core/sim.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from creepguard.core.clock import FakeClock
from creepguard.core.engine import SittingEngine
from creepguard.core.events import (
    CreepReached,
    EpisodeEnded,
    Event,
    PromptDue,
    SpanClosed,
    SpansRelabelled,
)
from creepguard.core.model import ActivitySample, Posture, Span
from creepguard.core.policy import EngineConfig
from tests.core.reference_model import Check, Rules, Step, start_time


def engine_config(rules: Rules) -> EngineConfig:
    return EngineConfig(
        creep_s=rules.creep_s,
        posture_change_s=rules.posture_change_s,
        min_break_s=rules.min_break_s,
        away_after_s=rules.away_after_s,
        snooze_s=rules.snooze_s,
        max_snoozes=rules.max_snoozes,
        card_ignored_after_s=rules.card_ignored_after_s,
        close_ignored_cards=not rules.persistent,
    )


@dataclass
class Observed:
    spans: list[Span] = field(default_factory=list)
    episodes: list[tuple[str, int, str, int]] = field(default_factory=list)
    creep_warnings: list[int] = field(default_factory=list)
    prompts: list[tuple[int, str]] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    relabels: int = 0


class EngineDriver:
    def __init__(self, rules: Rules) -> None:
        self.clock = FakeClock(start_time(), tz=UTC)
        self.t0 = self.clock.monotonic()
        self.engine = SittingEngine(self.clock, engine_config(rules))
        self.last_input = self.t0
        self.locked = False
        self.seen = Observed()

    @property
    def x(self) -> int:
        return round(self.clock.monotonic() - self.t0)

    def run(self, trace: list[Step]) -> Observed:
        self.read()
        for step in trace:
            self.step(step)
            status = self.engine.status()
            self.seen.checks.append(
                Check(self.x, status.state.value, round(status.sitting_s), status.card_open)
            )
        self.seen.spans.append(self.engine.open_span())
        return self.seen

    def step(self, step: Step) -> None:
        what, n = step.what, step.seconds
        engine = self.engine
        if what == "work":
            self.last_input = self.clock.monotonic()
            self.read()
            self.run_for(n, typing=True)
        elif what == "quiet":
            self.run_for(n, typing=False)
        elif what == "lock":
            self.locked = True
            self.read()
            self.run_for(n, typing=False)
            self.locked = False
            self.last_input = self.clock.monotonic()
            self.read()
        elif what == "suspend":
            self.feed(engine.suspend())
            self.clock.advance(n)
            self.feed(engine.resume())
            self.read()
        elif what in ("stand", "sit"):
            self.last_input = self.clock.monotonic()
            posture = Posture.STANDING if what == "stand" else Posture.SITTING
            self.feed(engine.set_posture(posture))
        elif what == "away":
            self.feed(engine.mark_away())
        elif what == "break":
            self.last_input = self.clock.monotonic()
            self.feed(engine.request_break())
        elif what in ("done", "snooze", "skip", "dismiss"):
            if engine.status().card_open:
                answer = {
                    "done": engine.break_done,
                    "snooze": engine.snooze,
                    "skip": engine.skip,
                    "dismiss": engine.dismiss,
                }[what]
                self.feed(answer())
                self.last_input = self.clock.monotonic()  # the click, seen at the next read
        elif what == "pause":
            until = self.clock.now() + timedelta(seconds=n) if n else None
            self.feed(engine.pause(until))
        elif what == "resume":
            self.feed(engine.resume_prompts())
        elif what == "jump":
            self.clock.jump_wall(n)
            self.feed(engine.tick())
        else:
            raise ValueError(what)

    def read(self) -> None:
        idle = self.clock.monotonic() - self.last_input
        self.feed(self.engine.observe(ActivitySample(idle_s=idle, locked=self.locked)))

    def run_for(self, seconds: float, *, typing: bool) -> None:
        end = self.clock.monotonic() + seconds
        while self.clock.monotonic() < end - 1e-6:
            due = self.engine.next_due_s()
            poll = self.engine.poll_interval_s(source_has_events=False)
            step = min(
                poll if poll is not None else 3600.0,
                due if due is not None else 3600.0,
                end - self.clock.monotonic(),
            )
            self.clock.advance(max(step, 0.001))
            if typing:
                self.last_input = self.clock.monotonic()
            self.read()

    def feed(self, events: list[Event]) -> None:
        for event in events:
            match event:
                case SpanClosed():
                    self.seen.spans.append(event.span)
                case SpansRelabelled():
                    self.seen.relabels += 1
                case EpisodeEnded():
                    episode = event.episode
                    outcome = episode.outcome.value if episode.outcome else "?"
                    # The episode carries its own end, on the engine's calendar.
                    calendar_now = self.engine.open_span().end
                    assert episode.ended is not None
                    ended = self.x - round((calendar_now - episode.ended).total_seconds())
                    self.seen.episodes.append((episode.kind.value, ended, outcome, episode.snoozes))
                case CreepReached():
                    self.seen.creep_warnings.append(self.x)
                case PromptDue():
                    self.seen.prompts.append((self.x, event.kind.value))
                    self.feed(self.engine.card_shown())
                case _:
                    pass


def joined(spans: list[tuple[str, datetime, datetime]]) -> list[tuple[str, int, int]]:
    """Spans to whole seconds since the start, joined where one continues the other."""
    origin = start_time()
    out: list[tuple[str, int, int]] = []
    for state, begin, end in spans:
        b = round((begin - origin).total_seconds())
        e = round((end - origin).total_seconds())
        if e <= b:
            continue
        midnight_between = begin.date() != (end - timedelta(microseconds=1)).date()
        if out and out[-1][0] == state and out[-1][2] == b and not _is_midnight(b):
            out[-1] = (state, out[-1][1], e)
        else:
            out.append((state, b, e))
        assert not midnight_between, "a span crosses midnight"
    return out


def _is_midnight(offset: int) -> bool:
    moment = start_time() + timedelta(seconds=offset)
    return moment.hour == moment.minute == moment.second == 0
