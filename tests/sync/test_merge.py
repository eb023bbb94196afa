"""One history from several computers: each moment once, the most present record; a
prompt that waited on two computers once (README rule 11, "One history")."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from creepguard.core.counts import count_day
from creepguard.core.model import Episode, Outcome, PromptKind, Span, State
from creepguard.sync.merge import Piece, local_days, merge_episodes, merge_spans

TZ = timezone(timedelta(hours=1))
T0 = datetime(2026, 12, 3, 9, 0, tzinfo=TZ)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def span(state: State, start: float, end: float, before: float = 0.0) -> Span:
    return Span(state, at(start), at(end), before)


def shape(pieces: list[Piece]) -> list[tuple[str, str, float, float]]:
    return [
        (p.device, p.span.state.value, (p.span.start - T0).total_seconds() / 60,
         (p.span.end - T0).total_seconds() / 60)
        for p in pieces
    ]  # fmt: skip


def test_two_computers_sitting_at_once_count_each_minute_once() -> None:
    pieces = merge_spans([
        ("desk", [span(State.SITTING, 0, 30)]),
        ("laptop", [span(State.SITTING, 20, 45, before=20 * 60)]),
    ])  # fmt: skip
    assert shape(pieces) == [("desk", "sitting", 0, 30), ("laptop", "sitting", 30, 45)]
    summary = count_day(T0.date(), [p.span for p in pieces], [], creep_s=1200, min_break_s=120)
    assert summary.sitting_s == 45 * 60  # not 55 minutes
    # The laptop's part goes on from the sit it carried, so the sit is seen whole.
    assert pieces[1].span.sit_before_s == 30 * 60
    assert summary.longest_sit_s == 45 * 60


def test_the_most_present_record_stands_for_each_moment() -> None:
    pieces = merge_spans([
        ("desk", [span(State.AWAY, 0, 60)]),
        ("laptop", [span(State.ON_BREAK, 10, 20), span(State.STANDING, 30, 40),
                    span(State.UNTRACKED, 50, 70)]),
    ])  # fmt: skip
    assert shape(pieces) == [
        ("desk", "away", 0, 10),
        ("laptop", "on_break", 10, 20),
        ("desk", "away", 20, 30),
        ("laptop", "standing", 30, 40),
        ("desk", "away", 40, 60),
        ("laptop", "untracked", 60, 70),
    ]


def test_between_two_of_a_kind_the_one_that_began_first_stands() -> None:
    pieces = merge_spans([
        ("desk", [span(State.SITTING, 10, 40)]),
        ("laptop", [span(State.SITTING, 0, 20), span(State.SITTING, 25, 50)]),
    ])  # fmt: skip
    assert shape(pieces) == [
        ("laptop", "sitting", 0, 20),
        ("desk", "sitting", 20, 40),
        ("laptop", "sitting", 40, 50),
    ]


def test_a_prompt_that_waited_on_both_computers_counts_once_with_the_better_answer() -> None:
    left = Episode(PromptKind.POSTURE_CHANGE, at(30), at(33), Outcome.IGNORED)
    met_again = Episode(PromptKind.POSTURE_CHANGE, at(32), at(34), Outcome.DONE)
    later = Episode(PromptKind.POSTURE_CHANGE, at(70), at(71), Outcome.SKIPPED)
    again_here = Episode(PromptKind.POSTURE_CHANGE, at(33), at(35), Outcome.NATURAL)
    kept = merge_episodes([("desk", [left, again_here]), ("laptop", [met_again, later])])
    assert kept == [("laptop", met_again), ("laptop", later)]


def test_prompts_of_one_computer_are_never_merged_with_each_other() -> None:
    first = Episode(PromptKind.POSTURE_CHANGE, at(30), at(35), Outcome.IGNORED)
    second = Episode(PromptKind.POSTURE_CHANGE, at(35), at(36), Outcome.DONE)
    assert merge_episodes([("desk", [first, second])]) == [("desk", first), ("desk", second)]


def test_records_from_another_time_zone_are_cut_at_this_computers_midnight() -> None:
    abroad = timezone(timedelta(hours=-5))
    late = datetime(2026, 12, 3, 17, 30, tzinfo=abroad)  # 23:30 here
    pieces = local_days([Piece("laptop", Span(State.SITTING, late, late + timedelta(hours=1)))], TZ)
    assert [(p.span.start.isoformat(), p.span.end.isoformat()) for p in pieces] == [
        ("2026-12-03T23:30:00+01:00", "2026-12-04T00:00:00+01:00"),
        ("2026-12-04T00:00:00+01:00", "2026-12-04T00:30:00+01:00"),
    ]
    assert pieces[1].span.sit_before_s == 30 * 60


_state = st.sampled_from(list(State))


@st.composite
def records(draw: st.DrawFn) -> list[Span]:
    spans, start = [], draw(st.integers(0, 60))
    for _ in range(draw(st.integers(0, 8))):
        length = draw(st.integers(1, 90))
        spans.append(span(draw(_state), start, start + length))
        start += length + draw(st.integers(0, 30))
    return spans


@settings(max_examples=200, deadline=None)
@given(st.lists(records(), min_size=1, max_size=4))
def test_the_merge_covers_each_recorded_moment_exactly_once(sources: list[list[Span]]) -> None:
    pieces = merge_spans([(f"computer{n}", spans) for n, spans in enumerate(sources)])
    minutes = [(p.span.start - T0).total_seconds() / 60 for p in pieces] + [
        (p.span.end - T0).total_seconds() / 60 for p in pieces
    ]
    # No overlap, in order.
    for a, b in itertools.pairwise(pieces):
        assert a.span.end <= b.span.start
    # Every recorded minute is covered, by the most present record there.
    rank = {State.SITTING: 3, State.STANDING: 3, State.ON_BREAK: 2, State.AWAY: 1,
            State.UNTRACKED: 0}  # fmt: skip
    for minute in range(0, int(max(minutes, default=0)) + 1):
        moment = at(minute + 0.5)
        there = [s for spans in sources for s in spans if s.start <= moment < s.end]
        covering = [p for p in pieces if p.span.start <= moment < p.span.end]
        if not there:
            assert covering == []
            continue
        assert len(covering) == 1
        assert rank[covering[0].span.state] == max(rank[s.state] for s in there)
