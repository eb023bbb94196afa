"""Properties that hold for any trace of inputs: spans never overlap, are never negative,
cover the elapsed time, and the sit never exceeds the sitting recorded since the start."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from creepguard.core.events import PromptDue, SitReset
from creepguard.core.model import Posture, State
from tests.core.sim import Sim, state_total

ACTIONS = st.one_of(
    st.tuples(st.just("work"), st.floats(0.05, 40)),
    st.tuples(st.just("idle"), st.floats(0.05, 40)),
    st.tuples(st.just("lock"), st.floats(0.05, 20)),
    st.tuples(st.just("suspend"), st.floats(0.05, 120)),
    st.tuples(st.just("stand"), st.just(0.0)),
    st.tuples(st.just("sit"), st.just(0.0)),
    st.tuples(st.just("snooze"), st.just(0.0)),
    st.tuples(st.just("skip"), st.just(0.0)),
    st.tuples(st.just("done"), st.just(0.0)),
    st.tuples(st.just("inhibit"), st.booleans()),
    st.tuples(st.just("jump"), st.floats(-3600, 3600)),
    st.tuples(st.just("fix"), st.booleans()),
    st.tuples(st.just("pause"), st.floats(0, 90)),
)


def play(sim: Sim, action: str, arg: object) -> None:
    match action:
        case "work":
            sim.work(float(arg))  # type: ignore[arg-type]
        case "idle":
            sim.idle(float(arg))  # type: ignore[arg-type]
        case "lock":
            sim.lock()
            sim.idle(float(arg))  # type: ignore[arg-type]
            sim.unlock()
        case "suspend":
            sim.act("suspend")
            sim.clock.advance(float(arg) * 60, run_due=False)  # type: ignore[arg-type]
            sim.act("resume")
        case "stand":
            sim.stand()
        case "sit":
            sim.sit()
        case "snooze":
            sim.act("snooze")
        case "skip":
            sim.act("skip")
        case "done":
            sim.act("break_done")
        case "inhibit":
            sim.inhibited = bool(arg)
        case "jump":
            sim.clock.jump_wall(float(arg))  # type: ignore[arg-type]
        case "fix":
            sim.act("fix_last_gap", was_away=bool(arg))
        case "pause":
            if arg:
                sim.act("pause", sim.clock.now() + timedelta(minutes=float(arg)))  # type: ignore[arg-type]
            else:
                sim.act("resume_prompts")


def check(sim: Sim) -> None:
    spans = [s for s in sim.all_spans() if s.duration_s > 0]
    for span in spans:
        assert span.end >= span.start
        assert (
            span.start.date()
            == (span.end - timedelta(microseconds=1)).astimezone(span.start.tzinfo).date()
        ), "a span crosses local midnight"
    ordered = sorted(spans, key=lambda s: s.start)
    for before, after in itertools.pairwise(ordered):
        assert before.end <= after.start + timedelta(microseconds=1), "spans overlap"
    elapsed = sim.clock.monotonic() - sim.t0
    # Relabelled closed spans keep their total; a forward wall jump leaves a calendar hole
    # but no elapsed time uncovered.
    assert abs(sum(s.duration_s for s in spans) - elapsed) < 1e-3
    status = sim.engine.status()
    assert status.sitting_s >= 0
    assert status.standing_s >= 0
    assert status.sitting_s <= elapsed + 1e-6
    if status.next_prompt_s is not None:
        assert status.next_prompt_s >= 0


@settings(max_examples=120, deadline=None)
@given(st.lists(ACTIONS, min_size=1, max_size=25))
def test_any_trace_keeps_the_span_invariants(trace: list[tuple[str, object]]) -> None:
    sim = Sim(
        start=datetime(2026, 3, 28, 22, 0, tzinfo=ZoneInfo("Europe/London")),
        tz=ZoneInfo("Europe/London"),
    )
    for action, arg in trace:
        play(sim, action, arg)
        check(sim)


@settings(max_examples=60, deadline=None)
@given(st.lists(ACTIONS, min_size=1, max_size=20))
def test_the_sit_never_exceeds_the_sitting_recorded_since_its_last_reset(
    trace: list[tuple[str, object]],
) -> None:
    sim = Sim()
    for action, arg in trace:
        if action in ("fix", "jump"):
            continue  # corrections rewrite history on purpose
        play(sim, action, arg)
    sitting = state_total([s for s in sim.all_spans()], State.SITTING)
    assert sim.engine.status().sitting_s <= sitting + 1e-6


def test_an_eight_hour_workday_at_simulated_speed() -> None:
    # Its speed is measured by benchmarks/bench.py (simulated hours per real second).
    sim = Sim(events_source=True)
    for _ in range(16):
        sim.work(27)
        sim.idle(3)
    assert sim.minute == 8 * 60
    assert sim.log(SitReset) == [f"{29 + 30 * n}:00 reset after 27:00 (natural)" for n in range(16)]
    assert sim.log(PromptDue) == []
    assert state_total(sim.all_spans(), State.SITTING) == 16 * 27 * 60
    assert sim.engine.posture is Posture.SITTING


def test_a_wall_clock_jump_during_a_sit_neither_adds_nor_removes_sitting() -> None:
    for jump in (-2 * 3600, -30, 45 * 60, 6 * 3600):
        sim = Sim()
        sim.work(10)
        sim.clock.jump_wall(jump)
        sim.work(10)
        assert sim.engine.status().sitting_s == 20 * 60, jump
        assert state_total(sim.all_spans(), State.SITTING) == 20 * 60, jump
        check(sim)
