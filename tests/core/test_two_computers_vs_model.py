"""Two computers, one person: both real engines judged by the reference model's Pair on
random days (README "How time is counted", rule 11).

Each engine reads the other's published presence at every wake of either, as the app
reads a shared folder; the model reads the other computer's word each second. Every span,
state and sit after each step, every prompt, creep warning and prompt outcome, on both
computers, must agree.
"""

from __future__ import annotations

import random
from collections import Counter

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.core.model_driver import PairDriver, joined
from tests.core.reference_model import Pair, Rules, Step, spans_of, start_time
from tests.core.test_engine_vs_model import _answers, _timed

_there = ["there_stand", "there_sit", "there_away", "there_break", "there_done", "there_snooze"]
_here = ["stand", "sit", "break", "resume", "lock", "suspend", "pause", "away"]
_choices = ["work"] * 6 + ["quiet"] * 4 + ["there"] * 6 + ["both"] * 2 + _answers + _here + _there


@st.composite
def steps(draw: st.DrawFn) -> list[Step]:
    what = draw(st.sampled_from(_choices))
    if what in ("away", "there_away"):
        return [Step(what), Step("quiet", draw(st.integers(5, 600)))]
    if what == "there":
        return [Step("there", draw(st.integers(15, 1800)))]
    if what == "both":
        return [Step("both", draw(st.integers(15, 900)))]
    if what in _timed:
        return [Step(what, draw(_timed[what]))]
    return [Step(what)]


traces = st.lists(steps(), min_size=3, max_size=40).map(lambda xs: [s for x in xs for s in x])


def random_trace(rng: random.Random) -> list[Step]:
    trace: list[Step] = []
    for _ in range(rng.randint(3, 40)):
        what = rng.choice(_choices)
        if what in ("work", "there"):
            trace.append(Step(what, rng.randint(15, 1800)))
        elif what == "both":
            trace.append(Step("both", rng.randint(15, 900)))
        elif what == "quiet":
            short = rng.random() < 0.6
            trace.append(Step("quiet", rng.randint(1, 150) if short else rng.randint(150, 900)))
        elif what in ("away", "there_away"):
            trace += [Step(what), Step("quiet", rng.randint(5, 600))]
        elif what in ("lock", "suspend"):
            trace.append(Step(what, rng.randint(10, 900 if what == "lock" else 3600)))
        elif what == "pause":
            trace.append(Step("pause", rng.choice([0, 60, 600, 3600, 7200])))
        else:
            trace.append(Step(what))
    return trace


def compare(trace: list[Step], rules: Rules, apart: int = 0) -> list[str]:
    """Run both pairs; fail on any difference. Returns the outcomes seen, for coverage."""
    expected = Pair(rules, apart).run(trace)
    seen = PairDriver(rules, apart).run(trace)
    for name, model, engine in zip(("here", "there"), expected, seen, strict=True):
        assert engine.relabels == 0, name
        assert [(c.at, c.state, c.sitting_s, c.card_open) for c in engine.checks] == [
            (c.at, c.state, c.sitting_s, c.card_open) for c in model.checks
        ], name
        assert engine.prompts == model.prompts, name
        assert engine.creep_warnings == model.creep_warnings, name
        assert engine.episodes == [
            (e.kind, e.ended, e.outcome, e.snoozes) for e in model.episodes
        ], name
        engine_spans = joined([(s.state.value, s.start, s.end) for s in engine.spans])
        assert engine_spans == joined(spans_of(model, start_time())), name
    return [e.outcome or "?" for result in expected for e in result.episodes]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(traces)
def test_two_computers_follow_the_rules_on_random_days(trace: list[Step]) -> None:
    for outcome in compare(trace, Rules()):
        event(outcome)


# The other computer's clock minus this one's: in step, a few seconds off (as NTP leaves
# them), tens of seconds off, and more than the tolerated minute ahead or behind.
_apart = st.sampled_from([0, 0, 3, -5, 30, -45, 59, 90, -90])


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(traces, _apart)
def test_clocks_apart_are_read_across(trace: list[Step], apart: int) -> None:
    compare(trace, Rules(), apart)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(traces)
def test_the_persistent_style_on_two_computers(trace: list[Step]) -> None:
    compare(trace, Rules(persistent=True))


def test_three_hundred_seeded_days_on_two_computers_reach_every_outcome_and_agree() -> None:
    """Random days from a fixed seed: they must agree, and reach every kind of ending on
    both computers, and the rule-11 moments (a sit carried, a break heard of), so the
    comparison is known to test the two computers together and not each alone."""
    rng = random.Random(20261204)
    seen: Counter[str] = Counter()
    for _ in range(300):
        trace = random_trace(rng)
        rules = Rules(persistent=rng.random() < 0.2)
        apart = rng.choice([0, 0, 0, 2, -3, 40, -40, 75])
        try:
            seen.update(compare(trace, rules, apart))
        except AssertionError as error:
            raise AssertionError(f"{rules} apart={apart}\n{trace}") from error
    for outcome in ("done", "natural", "skipped", "ignored"):
        assert seen[outcome] >= 20, seen
