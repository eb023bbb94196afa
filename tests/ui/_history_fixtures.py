"""Synthetic history for the history window's tests, preview script and benchmark.

Everything goes through the store's public API (``Store.record`` with the engine's own
events, then ``checkpoint``), so the rows are exactly what the app would have written.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime, timedelta, tzinfo

from creepguard.core.events import EpisodeEnded, Event, SpanClosed
from creepguard.core.model import Episode, Outcome, PromptKind, Span, State
from creepguard.storage.store import Store

POSTURE_CHANGE_S = 30 * 60


def at(day: date, tz: tzinfo, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)


def synthetic_day(
    day: date, tz: tzinfo, rng: random.Random, *, every_day: bool = False
) -> Iterator[Event]:
    """A plausible working day: sits of 15-70 minutes between short stands and walks,
    lunch away, a prompt episode after every sit that reached the posture-change time.
    Most weekends are left empty unless ``every_day``."""
    if day.weekday() >= 5 and not every_day and rng.random() < 0.7:
        return  # most weekends the computer stays off
    start = at(day, tz, 8, 0) + timedelta(minutes=rng.randint(0, 90))
    end_of_day = at(day, tz, 17, 0) + timedelta(minutes=rng.randint(0, 90))
    if day.weekday() >= 5:
        end_of_day = start + timedelta(hours=rng.uniform(1, 3))
    yield SpanClosed(Span(State.UNTRACKED, at(day, tz, 0), start))
    now = start
    lunch_done = False
    while now < end_of_day:
        sit_s = rng.choice((15, 20, 25, 35, 45, 55, 70)) * 60 + rng.randint(0, 300)
        sit_end = min(now + timedelta(seconds=sit_s), end_of_day)
        yield SpanClosed(Span(State.SITTING, now, sit_end, 0.0))
        if (sit_end - now).total_seconds() >= POSTURE_CHANGE_S:
            prompt_at = now + timedelta(seconds=POSTURE_CHANGE_S)
            outcome = rng.choices(
                (Outcome.DONE, Outcome.NATURAL, Outcome.SKIPPED, Outcome.IGNORED),
                (5, 2, 2, 1),
            )[0]
            yield EpisodeEnded(
                Episode(
                    PromptKind.POSTURE_CHANGE,
                    prompt_at,
                    sit_end,
                    outcome,
                    snoozes=rng.choice((0, 0, 0, 1, 2)),
                )
            )
        now = sit_end
        if now >= end_of_day:
            break
        if not lunch_done and now.hour >= 12:
            state, minutes = State.AWAY, rng.randint(30, 55)
            lunch_done = True
        else:
            state, minutes = rng.choices(
                ((State.STANDING, rng.randint(3, 15)), (State.STANDING, rng.randint(20, 45)),
                 (State.ON_BREAK, rng.randint(2, 6)), (State.AWAY, rng.randint(2, 12))),
                (3, 2, 3, 3),
            )[0]  # fmt: skip
        pause_end = min(now + timedelta(minutes=minutes), end_of_day)
        yield SpanClosed(Span(state, now, pause_end))
        now = pause_end
    following = day + timedelta(days=1)
    yield SpanClosed(Span(State.UNTRACKED, now, at(following, tz, 0)))


def seed_days(
    store: Store, first: date, last: date, *, seed: int = 7, every_day: bool = False
) -> None:
    """Fill ``first``..``last`` (inclusive) with synthetic days, in one checkpoint."""
    rng = random.Random(seed)
    day = first
    while day <= last:
        store.record(synthetic_day(day, store.tz, rng, every_day=every_day))
        day += timedelta(days=1)
    assert store.checkpoint(None, None)
