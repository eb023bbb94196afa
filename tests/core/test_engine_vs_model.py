"""The engine judged by the reference model on random days (README "How time is counted").

Every span, every state and sit at the end of each step, every prompt, creep warning and
prompt outcome must agree. A failure prints the shortest trace Hypothesis found.
"""

from __future__ import annotations

import random
from collections import Counter

from hypothesis import HealthCheck, event, given, settings, target
from hypothesis import strategies as st

from tests.core.model_driver import EngineDriver, joined
from tests.core.reference_model import Model, Rules, Step, spans_of, start_time

# Weighted so that long sits, cards and their answers are common: a day of short pieces
# would never reach a card.
_timed = {
    "work": st.integers(15, 1800),
    "quiet": st.one_of(st.integers(1, 150), st.integers(150, 900)),
    "lock": st.integers(10, 900),
    "suspend": st.integers(10, 3600),
    "pause": st.sampled_from([0, 60, 600, 3600, 7200]),
    "jump": st.sampled_from([-3600, -90, -1, 2, 3, 600, 86400]),
}
_answers = ["done", "snooze", "skip", "dismiss"]
_others = ["stand", "sit", "break", "resume", "lock", "suspend", "pause", "jump", "away"]
_choices = ["work"] * 10 + ["quiet"] * 5 + _answers * 2 + _others


@st.composite
def steps(draw: st.DrawFn) -> list[Step]:
    what = draw(st.sampled_from(_choices))
    if what == "away":
        # Gone at once; input in the same moment as leaving is not a return.
        return [Step("away"), Step("quiet", draw(st.integers(5, 600)))]
    if what in _timed:
        return [Step(what, draw(_timed[what]))]
    return [Step(what)]


traces = st.lists(steps(), min_size=3, max_size=40).map(lambda xs: [s for x in xs for s in x])


def random_trace(rng: random.Random) -> list[Step]:
    """The same kind of day as ``traces``, from a seeded generator (for coverage)."""
    trace: list[Step] = []
    for _ in range(rng.randint(3, 40)):
        what = rng.choice(_choices)
        if what == "work":
            trace.append(Step("work", rng.randint(15, 1800)))
        elif what == "quiet":
            short = rng.random() < 0.6
            trace.append(Step("quiet", rng.randint(1, 150) if short else rng.randint(150, 900)))
        elif what == "away":
            trace += [Step("away"), Step("quiet", rng.randint(5, 600))]
        elif what in ("lock", "suspend"):
            trace.append(Step(what, rng.randint(10, 900 if what == "lock" else 3600)))
        elif what == "pause":
            trace.append(Step("pause", rng.choice([0, 60, 600, 3600, 7200])))
        elif what == "jump":
            trace.append(Step("jump", rng.choice([-3600, -90, -1, 2, 3, 600, 86400])))
        else:
            trace.append(Step(what))
    return trace


def compare(trace: list[Step], rules: Rules) -> list[str]:
    """Run both; fail on any difference. Returns the outcomes seen, for coverage."""
    expected = Model(rules).run(trace)
    seen = EngineDriver(rules).run(trace)
    assert seen.relabels == 0
    assert [(c.at, c.state, c.sitting_s, c.card_open) for c in seen.checks] == [
        (c.at, c.state, c.sitting_s, c.card_open) for c in expected.checks
    ]
    assert seen.prompts == expected.prompts
    assert seen.creep_warnings == expected.creep_warnings
    assert seen.episodes == [(e.kind, e.ended, e.outcome, e.snoozes) for e in expected.episodes]
    engine_spans = joined([(s.state.value, s.start, s.end) for s in seen.spans])
    assert engine_spans == joined(spans_of(expected, start_time()))
    return [e.outcome or "?" for e in expected.episodes]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(traces)
def test_the_engine_follows_the_rules_on_random_days(trace: list[Step]) -> None:
    outcomes = compare(trace, Rules())
    for outcome in outcomes:
        event(outcome)
    target(float(len(outcomes)), label="prompt outcomes")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(traces)
def test_the_persistent_style_keeps_cards_until_answered(trace: list[Step]) -> None:
    compare(trace, Rules(persistent=True))


def test_five_hundred_seeded_days_reach_every_outcome_and_agree() -> None:
    """Random days from a fixed seed: they must agree, and they must reach every kind of
    ending, so the comparison above is known to test cards and not just empty days."""
    rng = random.Random(20261203)
    seen: Counter[str] = Counter()
    for _ in range(500):
        trace = random_trace(rng)
        rules = Rules(persistent=rng.random() < 0.2)
        try:
            seen.update(compare(trace, rules))
        except AssertionError as error:
            raise AssertionError(f"{rules}\n{trace}") from error
    for outcome in ("done", "natural", "skipped", "ignored"):
        assert seen[outcome] >= 20, seen


def test_typing_through_an_open_card_is_sitting_and_the_card_is_ignored() -> None:
    """The bug this model was written for: a card open while input keeps coming."""
    trace = [Step("work", 48 * 60)]
    model = Model(Rules()).run(trace)
    seen = EngineDriver(Rules()).run(trace)
    assert seen.checks[-1].state == model.checks[-1].state == "sitting"
    assert seen.checks[-1].sitting_s == model.checks[-1].sitting_s == 48 * 60
    # Prompt at 30:00, ignored at 35:00, again at 40:00 (one snooze of sitting later)...
    assert seen.prompts == model.prompts == [(1800, "posture_change"), (2400, "posture_change")]
    assert [e[2] for e in seen.episodes] == ["ignored", "ignored"]
