"""Drives the real engine through a reference-model trace: it reads activity when the
engine itself asks (its next due moment or its poll interval) and at every change the
person makes, and shows each card the moment it is due.

These are the fewest readings the app ever makes. Its tracker (creepguard.core.tracker)
adds a wake every 10 s to write while someone is seen, which only reads more often; the
engine's answers must not depend on how often it is read (idle time is cumulative). The
loop itself is tested on the app (tests/test_app.py) and in tests/core/sim.py."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta, tzinfo

from creepguard.core.clock import FakeClock
from creepguard.core.engine import SittingEngine
from creepguard.core.events import (
    CreepReached,
    EpisodeEnded,
    Event,
    PromptDue,
    SitReset,
    SpanClosed,
    SpansRelabelled,
)
from creepguard.core.model import ActivitySample, Posture, Span
from creepguard.core.peers import SKEW_TOLERANCE_S, Presence
from creepguard.core.policy import EngineConfig
from tests.core.reference_model import RETURN_AFTER_S, Check, Rules, Step, start_time


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


class OtherClock:
    """The other computer's clock in a pair: the same passing time as ``base`` (steady
    clocks of their own), its wall clock ``apart_s`` ahead and never set by hand."""

    def __init__(self, base: FakeClock, apart_s: float) -> None:
        self._base = base
        self._mono0 = base.monotonic()
        self._wall0 = start_time() + timedelta(seconds=apart_s)

    @property
    def tz(self) -> tzinfo:
        return self._base.tz

    def monotonic(self) -> float:
        return self._base.monotonic() - self._mono0 + 5000.0

    def now(self) -> datetime:
        return self._wall0 + timedelta(seconds=self._base.monotonic() - self._mono0)


class EngineDriver:
    def __init__(self, rules: Rules, clock: FakeClock | OtherClock | None = None) -> None:
        self.clock: FakeClock | OtherClock = clock or FakeClock(start_time(), tz=UTC)
        self.t0 = self.clock.monotonic()
        self.engine = SittingEngine(self.clock, engine_config(rules))
        self.last_input = self.t0
        self.locked = False
        self.seen = Observed()
        self.pair: PairDriver | None = None
        self.warned = False  # a creep warning came for the sit now running

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
            if self.pair is not None:
                self.pair.run_for(n, typing=())  # the other computer's wakes go on
            else:
                assert isinstance(self.clock, FakeClock)
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
            assert isinstance(self.clock, FakeClock)
            self.clock.jump_wall(n)
            self.feed(engine.tick())
        else:
            raise ValueError(what)

    def read(self) -> None:
        if self.pair is not None:
            # Only this side looks now (its person acted), with the word it read last;
            # the other side reads at its own wakes and after the step, as the model's
            # computers do.
            self.observe([self.pair.words[id(self.pair.other(self))]])
            return
        self.observe(None)

    def observe(self, peers: list[Presence] | None) -> None:
        idle = self.clock.monotonic() - self.last_input
        sample = ActivitySample(idle_s=idle, locked=self.locked)
        self.feed(self.engine.observe(sample, peers))

    def run_for(self, seconds: float, *, typing: bool) -> None:
        if self.pair is not None:
            self.pair.run_for(seconds, typing=(self,) if typing else ())
            return
        assert isinstance(self.clock, FakeClock)
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
                    self.warned = True
                case SitReset():
                    self.warned = False
                case PromptDue():
                    self.seen.prompts.append((self.x, event.kind.value))
                    self.feed(self.engine.card_shown())
                case _:
                    pass


def joined(
    spans: list[tuple[str, datetime, datetime]], apart_s: int = 0
) -> list[tuple[str, int, int]]:
    """Spans to whole seconds since the start (on a clock ``apart_s`` ahead), joined
    where one continues the other."""
    origin = start_time() + timedelta(seconds=apart_s)
    out: list[tuple[str, int, int]] = []
    for state, begin, end in spans:
        b = round((begin - origin).total_seconds())
        e = round((end - origin).total_seconds())
        if e <= b:
            continue
        midnight_between = begin.date() != (end - timedelta(microseconds=1)).date()
        if out and out[-1][0] == state and out[-1][2] == b and not _is_midnight(b, apart_s):
            out[-1] = (state, out[-1][1], e)
        else:
            out.append((state, b, e))
        assert not midnight_between, "a span crosses midnight"
    return out


def _is_midnight(offset: int, apart_s: int = 0) -> bool:
    moment = start_time() + timedelta(seconds=offset + apart_s)
    return moment.hour == moment.minute == moment.second == 0


class PairDriver:
    """Two real engines, one person (README rule 11), driven as the app drives one: at
    every wake of either, each reads the other's word (both taken before either reads,
    as a folder gives them) and its own activity; after every step too.

    Steps as in :class:`tests.core.reference_model.Pair`.
    """

    def __init__(self, rules: Rules, apart_s: int = 0) -> None:
        self.apart_s = apart_s
        self.here = EngineDriver(rules)
        assert isinstance(self.here.clock, FakeClock)
        self.base: FakeClock = self.here.clock
        self.there = EngineDriver(rules, OtherClock(self.base, apart_s))
        self.here.pair = self.there.pair = self
        self.changed = False
        self.typing_since = self.base.monotonic()
        self.words = {id(side): side.engine.presence() for side in (self.here, self.there)}

    def run(self, trace: list[Step]) -> tuple[Observed, Observed]:
        self.read_all()
        for step in trace:
            self.step(step)
            self.read_all()
            for side in (self.here, self.there):
                status = side.engine.status()
                side.seen.checks.append(
                    Check(side.x, status.state.value, round(status.sitting_s), status.card_open)
                )
        for side in (self.here, self.there):
            side.seen.spans.append(side.engine.open_span())
        return self.here.seen, self.there.seen

    def step(self, step: Step) -> None:
        what, n = step.what, step.seconds
        if what == "there":
            self.there.step(Step("work", n))
        elif what == "both":
            self.here.last_input = self.here.clock.monotonic()
            self.there.last_input = self.there.clock.monotonic()
            # Both start at once, each with the word it read last.
            before = {id(side): side.engine.presence() for side in (self.here, self.there)}
            for side in (self.here, self.there):
                side.observe([self.words[id(self.other(side))]])
            self.changed = any(
                _gist(before[id(side)]) != _gist(side.engine.presence())
                for side in (self.here, self.there)
            )
            self.run_for(n, typing=(self.here, self.there))
        elif what.startswith("there_"):
            self.there.step(Step(what.removeprefix("there_"), n))
        else:
            self.here.step(step)

    def run_for(self, seconds: float, *, typing: tuple[EngineDriver, ...]) -> None:
        end = self.base.monotonic() + seconds
        self.typing_since = self.base.monotonic()
        while self.base.monotonic() < end - 1e-6:
            candidates = [end - self.base.monotonic()]
            for side in (self.here, self.there):
                due = side.engine.next_due_s()
                poll = side.engine.poll_interval_s(source_has_events=False)
                candidates += [c for c in (due, poll) if c is not None]
            if self.changed:
                # The model reads the other's word every second: what changed at a wake
                # is read by the other computer one second later, as there.
                candidates.append(1.0)
            for side in (self.here, self.there):
                # A word whose last input lies more than a minute ahead is not used
                # until it no longer does (rule 11): the model reads it that second.
                ahead = (self.other(side).engine.presence().seen - side.clock.now()).total_seconds()
                if ahead > SKEW_TOLERANCE_S + 1e-6:
                    candidates.append(ahead - SKEW_TOLERANCE_S)
            if any(self.held_by_other(side) for side in (self.here, self.there)):
                # A card or warning held back because the other side was touched last
                # comes as soon as that is no longer so: the model looks every second.
                candidates.append(1.0)
            for side in typing:
                if side.engine.status().away_cause is not None:
                    # Returning: read at the 8th second of input, where the model (and
                    # the single-computer driver's 2 s readings) confirm a return.
                    confirm = self.typing_since + RETURN_AFTER_S - self.base.monotonic()
                    if confirm > 1e-6:
                        candidates.append(confirm)
            self.base.advance(max(min(candidates), 0.001))
            for side in typing:
                side.last_input = side.clock.monotonic()
            self.read_all(typing)

    def read_all(self, typing: tuple[EngineDriver, ...] = ()) -> None:
        """Each side reads the other's word and its own activity, both words written
        before either reads; a side being typed on has its input up to now in its word
        (as the model's word of a second: input up to now, decisions up to before)."""
        sides = (self.here, self.there)
        before = {id(side): side.engine.presence() for side in sides}
        words = dict(before)
        for side in typing:
            words[id(side)] = _with_input(before[id(side)], side.clock.now())
        for side in sides:
            side.observe([words[id(self.other(side))]])
        self.words = words
        self.changed = any(
            _gist(before[id(side)]) != _gist(side.engine.presence()) for side in sides
        )

    def held_by_other(self, side: EngineDriver) -> bool:
        status = side.engine.status()
        sitting = status.state.value == "sitting"
        creep_due = sitting and status.sitting_s >= status.creep_threshold_s and not side.warned
        if not (status.prompt_held or creep_due):
            return False
        now = side.clock.now()
        last_input = now - timedelta(seconds=side.clock.monotonic() - side.last_input)
        return self.other(side).engine.presence().seen > last_input

    def other(self, side: EngineDriver) -> EngineDriver:
        return self.there if side is self.here else self.here


def _with_input(word: Presence, now: datetime) -> Presence:
    """``word`` as if its computer had seen input until ``now`` (and nothing else new)."""
    quiet = (now - word.seen).total_seconds()
    sitting = word.sit_paused_since is None
    return replace(word, seen=now, sit_s=word.sit_s + quiet if sitting else word.sit_s)


def _gist(word: Presence) -> tuple[object, ...]:
    """A word without its last input (which moves with every reading of input)."""
    return (word.state, word.sit_paused_since, word.zero_at, word.creep_warned, word.next_prompt_s)
