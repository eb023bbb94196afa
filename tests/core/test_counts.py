"""The one definition of every count (creepguard.core.counts), rule by rule."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from creepguard.core.counts import BreakKind, count_day, count_days, day_breaks, status_today
from creepguard.core.events import EpisodeEnded, SitReset
from creepguard.core.model import Episode, Outcome, PromptKind, Span, State
from tests.core.sim import Sim

TZ = ZoneInfo("Europe/Berlin")
DAY = date(2026, 11, 23)
CREEP_S = 20 * 60
MIN_BREAK_S = 2 * 60


def at(minute: float) -> datetime:
    """``minute`` minutes after 09:00 on DAY."""
    return datetime(2026, 11, 23, 9, 0, tzinfo=TZ) + timedelta(minutes=minute)


def day_of(*parts: tuple[State, float]) -> list[Span]:
    """Contiguous spans from 09:00, each (state, minutes); sits carry their length so far,
    as the engine writes them (a stretch of at least the minimum break starts a new sit)."""
    spans = []
    moment, sit, pause = 0.0, 0.0, 0.0
    for state, minutes in parts:
        if state is State.SITTING:
            if pause >= 2:
                sit = 0.0
            spans.append(Span(state, at(moment), at(moment + minutes), sit * 60))
            sit += minutes
            pause = 0.0
        else:
            spans.append(Span(state, at(moment), at(moment + minutes)))
            pause += minutes
        moment += minutes
    return spans


def prompt(start: float, end: float, outcome: Outcome, snoozes: int = 0) -> Episode:
    return Episode(PromptKind.POSTURE_CHANGE, at(start), at(end), outcome, snoozes)


def count(spans: list[Span], episodes: list[Episode] | None = None) -> dict[str, int]:
    summary = count_day(DAY, spans, episodes or [], creep_s=CREEP_S, min_break_s=MIN_BREAK_S)
    return status_today(summary)


def taken(*parts: tuple[State, float]) -> int:
    return count(day_of(*parts))["breaks_taken"]


def test_a_stretch_of_not_sitting_between_sits_is_a_break_once_it_lasts_the_minimum() -> None:
    for state in (State.AWAY, State.STANDING, State.ON_BREAK):
        spans = day_of((State.SITTING, 10), (state, 2), (State.SITTING, 10))
        assert count(spans)["breaks_unprompted"] == 1, state
        assert taken((State.SITTING, 10), (state, 1.9), (State.SITTING, 10)) == 0, state
    # Short pieces add up: standing, then away, then on a break, 2 min in all.
    spans = day_of(
        (State.SITTING, 10),
        (State.STANDING, 0.5),
        (State.AWAY, 1),
        (State.ON_BREAK, 0.5),
        (State.SITTING, 5),
    )
    assert count(spans)["breaks_unprompted"] == 1


def test_leaving_for_the_rest_of_the_day_is_not_a_break_but_standing_is() -> None:
    assert taken((State.SITTING, 30), (State.AWAY, 300)) == 0
    assert taken((State.SITTING, 30), (State.STANDING, 60)) == 1
    assert taken((State.SITTING, 30), (State.STANDING, 5), (State.AWAY, 60)) == 1
    # Arriving (away or not running, then a first sit or stand) is no break either.
    assert taken((State.UNTRACKED, 60), (State.STANDING, 30), (State.SITTING, 30)) == 0
    # Nor is time the app did not see: away, then the app stopped, then a sit.
    assert (
        taken((State.SITTING, 30), (State.AWAY, 5), (State.UNTRACKED, 60), (State.SITTING, 9)) == 0
    )


def test_a_stretch_that_began_while_a_prompt_waited_is_the_prompts() -> None:
    spans = day_of((State.SITTING, 30), (State.ON_BREAK, 3), (State.SITTING, 10))
    # Done after 3 min on the card: one break, Done, not also one without a prompt.
    done = count(spans, [prompt(30, 33, Outcome.DONE)])
    assert (done["breaks_taken"], done["breaks_done"], done["breaks_unprompted"]) == (1, 1, 0)
    # Skipped after 3 min on the card: no break at all.
    skipped = count(spans, [prompt(30, 33, Outcome.SKIPPED)])
    assert (skipped["breaks_taken"], skipped["breaks_skipped"]) == (0, 1)
    # Snoozed at 30 min, then the person walked off at 34: natural, once.
    walked = day_of((State.SITTING, 30), (State.ON_BREAK, 0.2), (State.SITTING, 4), (State.AWAY, 9))
    natural = count(walked, [prompt(30, 36.2, Outcome.NATURAL, snoozes=1)])
    assert (natural["breaks_taken"], natural["breaks_natural"]) == (1, 1)
    assert natural["breaks_snoozed"] == 1
    # Done is a break however short the stretch on the card.
    quick = day_of((State.SITTING, 30), (State.ON_BREAK, 0.5), (State.SITTING, 10))
    assert count(quick, [prompt(30, 30.5, Outcome.DONE)])["breaks_taken"] == 1


def test_a_prompt_that_came_while_standing_does_not_claim_the_stand() -> None:
    # Sat 30, stood 40 (a standing prompt at 30 min of standing, skipped), sat again.
    spans = day_of(
        (State.SITTING, 30),
        (State.STANDING, 30),
        (State.ON_BREAK, 0.2),
        (State.STANDING, 10),
        (State.SITTING, 10),
    )
    standing = Episode(PromptKind.STANDING_TOO_LONG, at(60), at(60.2), Outcome.SKIPPED)
    counts = count(spans, [standing])
    assert (counts["breaks_unprompted"], counts["breaks_skipped"]) == (1, 1)
    assert counts["breaks_taken"] == 1


def test_times_past_creep_and_the_longest_sit() -> None:
    spans = day_of(
        (State.SITTING, 25),
        (State.STANDING, 1),  # too short: the sit goes on
        (State.SITTING, 10),
        (State.AWAY, 5),
        (State.SITTING, 15),
    )
    counts = count(spans)
    assert counts["sitting_s"] == 50 * 60
    assert counts["standing_s"] == 60 and counts["away_s"] == 5 * 60
    assert counts["longest_sit_s"] == 35 * 60
    assert counts["over_creep_s"] == 15 * 60  # 5 of the first 25 min, then all 10
    assert counts["breaks_unprompted"] == 1


def test_outcomes_and_prompts_add_up() -> None:
    episodes = [
        prompt(10, 11, Outcome.DONE, 2),
        prompt(20, 21, Outcome.NATURAL),
        prompt(30, 31, Outcome.SKIPPED, 1),
        prompt(40, 41, Outcome.IGNORED),
    ]
    summary = count_day(DAY, [], episodes, creep_s=CREEP_S, min_break_s=MIN_BREAK_S)
    assert summary.prompts == 4 and summary.prompts_ended_by_break == 2
    assert summary.breaks_taken == 2 and summary.breaks_snoozed == 3
    json = summary.to_json()
    assert json["breaks_taken"] == 2 and json["prompts"] == 4
    assert set(status_today(summary)) <= set(json)
    kinds = [b.kind for b in day_breaks([], episodes, min_break_s=MIN_BREAK_S)]
    assert kinds == [BreakKind.DONE, BreakKind.NATURAL]


def test_count_days_groups_by_local_date() -> None:
    late = datetime(2026, 11, 23, 23, 0, tzinfo=TZ)
    spans = [
        Span(State.SITTING, late, late + timedelta(hours=1)),
        Span(State.SITTING, late + timedelta(hours=1), late + timedelta(hours=1, minutes=30), 3600),
    ]
    first, second = count_days(spans, [], creep_s=CREEP_S, min_break_s=MIN_BREAK_S)
    assert (first.date, second.date) == (DAY, DAY + timedelta(days=1))
    assert second.longest_sit_s == 90 * 60 and second.over_creep_s == 30 * 60


@pytest.mark.parametrize("events_source", [False, True])
def test_the_engines_own_resets_are_the_breaks_counted(events_source: bool) -> None:
    """A simulated morning: every sit the engine ends is a counted break, no more."""
    sim = Sim(start=at(0), tz=TZ, events_source=events_source)
    sim.work(25)
    sim.idle(6)  # away: a break without a prompt
    sim.work(10)
    sim.stand()
    sim.work(5)  # standing 5 min: a break without a prompt
    sim.sit()
    sim.work(31)  # the prompt at 30 min; the card opens
    sim.act("break_done")
    sim.work(12)
    sim.idle(1)  # too short
    sim.work(5)
    sim.act("request_break")
    sim.act("skip")
    sim.work(1)
    episodes = [e.episode for _, e in sim.events if isinstance(e, EpisodeEnded)]
    resets = [e for _, e in sim.events if isinstance(e, SitReset)]
    summary = count_day(DAY, sim.all_spans(), episodes, creep_s=CREEP_S, min_break_s=MIN_BREAK_S)
    assert (summary.breaks_unprompted, summary.breaks_done, summary.breaks_skipped) == (2, 1, 1)
    assert summary.breaks_taken == len(resets) == 3
