"""How a day is counted: the one definition behind every number CreepGuard shows.

The today popup, the tray tooltip, ``creepguard status``, ``creepguard history``, the
history window and ``creepguard export`` all show what :func:`count_day` computes from a
day's spans and prompt episodes; none of them counts anything itself. README's "What
the counts mean" says the same in plain words; keep the two in step.

Time (from the day's spans; spans never cross local midnight):

- ``sitting_s``, ``standing_s``, ``away_s``, ``on_break_s``: the day's spans of that
  state, added up. Time the app was not running (``untracked``) is in none of them.
- ``over_creep_s``: sitting past the creep threshold, added up over every sit. A sit is
  what the engine counts as one (short pauses do not end it); a sitting span carries the
  sit's length at its start in ``sit_before_s``.
- ``longest_sit_s``: the longest sit that reached into the day (a sit that began the day
  before counts with its whole length).

Prompts (a prompt and its re-prompts are one episode, counted on the day it started):

- ``breaks_done``: prompts answered with Done. Always a break, however short.
- ``breaks_natural``: prompts that ended because you took the break yourself while they
  waited: got up, changed posture, left, locked the screen or went quiet on the card
  (for the minimum break), without pressing Done.
- ``breaks_skipped``: prompts answered with Skip.
- ``breaks_ignored``: prompts that went away unanswered.
- ``breaks_snoozed``: times Snooze was pressed (a prompt snoozed twice counts twice).
- ``prompts`` = done + natural + skipped + ignored; ``prompts_ended_by_break`` = done +
  natural.

Breaks without a prompt:

- ``breaks_unprompted``: a stretch of not sitting (standing, away, on a break) that
  follows sitting, lasts at least the minimum break (``min_break_s``, the time that
  starts a new sit), began with no prompt waiting, and ends with you sitting down again
  or has you standing in it. Leaving the desk for the rest of the day (away until the
  record ends, or until the app stopped running) is not a break. A stretch that began
  while a prompt waited is that prompt's, counted by how the prompt ended.

``breaks_taken`` = done + natural + unprompted: every break, prompted or not.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from creepguard.core.history import DaySummary
from creepguard.core.model import Episode, Outcome, Span, State

__all__ = [
    "Break",
    "BreakKind",
    "by_day",
    "count_day",
    "count_days",
    "day_breaks",
    "status_today",
]

# Spans and episodes are written from the same clock but go through epoch floats: moments
# this close are the same moment.
_SAME_MOMENT_S = 1.0


class BreakKind(enum.Enum):
    DONE = "done"  # a prompt answered with Done
    NATURAL = "natural"  # a prompt ended by a break taken while it waited, without Done
    UNPROMPTED = "unprompted"  # a break from sitting with no prompt waiting


@dataclass(frozen=True, slots=True)
class Break:
    """One break taken: a prompt's episode (Done or natural), or a stretch without one."""

    kind: BreakKind
    start: datetime
    end: datetime

    @property
    def duration_s(self) -> float:
        return (self.end - self.start).total_seconds()


def _ended(episode: Episode) -> datetime:
    return episode.ended if episode.ended is not None else episode.started


def _waiting(episodes: Sequence[Episode]) -> list[tuple[datetime, datetime]]:
    """When each prompt waited (from its start to its end), widened by the same moment."""
    slack = timedelta(seconds=_SAME_MOMENT_S)
    return [(episode.started - slack, _ended(episode) + slack) for episode in episodes]


def _unprompted(
    spans: Sequence[Span], episodes: Sequence[Episode], min_break_s: float
) -> list[Break]:
    """Stretches of not sitting that count as breaks taken without a prompt."""
    found: list[Break] = []
    waiting = _waiting(episodes)
    run: list[Span] = []  # the stretch of not sitting since the last sitting span
    after_sitting = False
    previous_end: datetime | None = None

    def close(sat_down_again: bool) -> None:
        if not run:
            return
        length = sum(span.duration_s for span in run)
        standing = any(span.state is State.STANDING for span in run)
        if (
            length >= min_break_s - 1e-6
            and (sat_down_again or standing)
            and not any(start <= run[0].start <= end for start, end in waiting)
        ):
            found.append(Break(BreakKind.UNPROMPTED, run[0].start, run[-1].end))
        run.clear()

    for span in sorted(spans, key=lambda span: span.start):
        if span.end <= span.start:
            continue
        if (
            previous_end is not None
            and span.start != previous_end
            and (span.start - previous_end).total_seconds() > _SAME_MOMENT_S
        ):
            close(sat_down_again=False)  # a hole in the record: nothing known across it
            after_sitting = False
        previous_end = span.end
        state = span.state
        if state is State.SITTING:
            if run:
                close(sat_down_again=True)
            after_sitting = True
        elif state is State.UNTRACKED:
            close(sat_down_again=False)
            after_sitting = False
        elif after_sitting:
            run.append(span)
    close(sat_down_again=False)
    return found


def day_breaks(
    spans: Sequence[Span], episodes: Sequence[Episode], *, min_break_s: float
) -> list[Break]:
    """Every break taken in one day's record, in time order.

    Args:
        spans: the day's spans (any order).
        episodes: the prompt episodes that started that day.
        min_break_s: the engine's minimum break (a stretch this long starts a new sit).
    """
    prompted = [
        Break(
            BreakKind.DONE if episode.outcome is Outcome.DONE else BreakKind.NATURAL,
            episode.started,
            _ended(episode),
        )
        for episode in episodes
        if episode.outcome in (Outcome.DONE, Outcome.NATURAL)
    ]
    return sorted([*prompted, *_unprompted(spans, episodes, min_break_s)], key=lambda b: b.start)


def _over(sit_s: float, creep_s: float) -> float:
    return max(0.0, sit_s - creep_s)


def count_day(
    day: date,
    spans: Sequence[Span],
    episodes: Sequence[Episode],
    *,
    creep_s: float,
    min_break_s: float,
) -> DaySummary:
    """The numbers of one day (see the module's docstring for what each one means).

    Args:
        day: the local date.
        spans: that day's spans.
        episodes: the prompt episodes that started that day (ended ones, with outcomes;
            an episode still waiting has no outcome and counts nowhere yet).
        creep_s: the creep threshold.
        min_break_s: the engine's minimum break.
    """
    totals = {state: 0.0 for state in State}
    over_creep = longest = 0.0
    for span in spans:
        length = (span.end - span.start).total_seconds()
        if length <= 0:
            continue
        totals[span.state] += length
        if span.state is State.SITTING:
            before = span.sit_before_s
            over_creep += _over(before + length, creep_s) - _over(before, creep_s)
            longest = max(longest, before + length)
    outcomes = {outcome: 0 for outcome in Outcome}
    for episode in episodes:
        if episode.outcome is not None:
            outcomes[episode.outcome] += 1
    unprompted = _unprompted(spans, episodes, min_break_s)
    return DaySummary(
        date=day,
        sitting_s=totals[State.SITTING],
        standing_s=totals[State.STANDING],
        away_s=totals[State.AWAY],
        on_break_s=totals[State.ON_BREAK],
        over_creep_s=over_creep,
        longest_sit_s=longest,
        breaks_done=outcomes[Outcome.DONE],
        breaks_natural=outcomes[Outcome.NATURAL],
        breaks_unprompted=len(unprompted),
        breaks_snoozed=sum(episode.snoozes for episode in episodes if episode.outcome),
        breaks_skipped=outcomes[Outcome.SKIPPED],
        breaks_ignored=outcomes[Outcome.IGNORED],
    )


def by_day(
    spans: Iterable[Span], episodes: Iterable[Episode]
) -> dict[date, tuple[list[Span], list[Episode]]]:
    """Spans and episodes grouped by the local date they belong to (a span's start, an
    episode's start: they carry local times), for every date that has either, in order."""
    days: dict[date, tuple[list[Span], list[Episode]]] = {}
    for span in spans:
        days.setdefault(span.start.date(), ([], []))[0].append(span)
    for episode in episodes:
        days.setdefault(episode.started.date(), ([], []))[1].append(episode)
    return dict(sorted(days.items()))


def count_days(
    spans: Iterable[Span],
    episodes: Iterable[Episode],
    *,
    creep_s: float,
    min_break_s: float,
) -> list[DaySummary]:
    """:func:`count_day` for every local date that has a span or an episode, in order."""
    return [
        count_day(day, day_spans, day_episodes, creep_s=creep_s, min_break_s=min_break_s)
        for day, (day_spans, day_episodes) in by_day(spans, episodes).items()
    ]


def status_today(day: DaySummary) -> dict[str, int]:
    """The ``today`` object of ``creepguard status --json``, from the tracker or the store.

    ``sitting_s``, ``standing_s``, ``breaks_taken`` and ``breaks_skipped`` are the
    original contract; the rest were added beside them (never renamed).
    """
    return {
        "sitting_s": round(day.sitting_s),
        "standing_s": round(day.standing_s),
        "breaks_taken": day.breaks_taken,
        "breaks_skipped": day.breaks_skipped,
        "away_s": round(day.away_s),
        "on_break_s": round(day.on_break_s),
        "over_creep_s": round(day.over_creep_s),
        "longest_sit_s": round(day.longest_sit_s),
        "breaks_done": day.breaks_done,
        "breaks_natural": day.breaks_natural,
        "breaks_unprompted": day.breaks_unprompted,
        "breaks_snoozed": day.breaks_snoozed,
        "breaks_ignored": day.breaks_ignored,
        "prompts": day.prompts,
        "prompts_ended_by_break": day.prompts_ended_by_break,
    }
