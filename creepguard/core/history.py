"""Sitting history as the person sees it: days, weeks and their summaries.

What each number means is defined once, in :mod:`creepguard.core.counts` (which fills a
:class:`DaySummary` from a day's spans and prompt episodes) and in README's "What the
counts mean"; every surface shows these numbers and nothing it counted itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date, timedelta


@dataclass(frozen=True, slots=True)
class DaySummary:
    """One day's numbers, in seconds and counts (the ``history --json`` day object).

    Filled by :func:`creepguard.core.counts.count_day`; see there for the definitions.
    ``breaks_taken`` is not stored but always the sum of its three kinds.
    """

    date: date
    sitting_s: float = 0.0
    standing_s: float = 0.0
    away_s: float = 0.0
    on_break_s: float = 0.0
    over_creep_s: float = 0.0  # sitting past the creep threshold, summed over sits
    longest_sit_s: float = 0.0
    breaks_done: int = 0  # prompts answered with Done
    breaks_natural: int = 0  # prompts ended by a break taken while they waited
    breaks_unprompted: int = 0  # breaks from sitting with no prompt waiting
    breaks_snoozed: int = 0  # times Snooze was pressed
    breaks_skipped: int = 0  # prompts answered with Skip
    breaks_ignored: int = 0  # prompts that went away unanswered

    @property
    def breaks_taken(self) -> int:
        """Every break: prompts ended by Done or naturally, and breaks without a prompt."""
        return self.breaks_done + self.breaks_natural + self.breaks_unprompted

    @property
    def has_record(self) -> bool:
        """Any time was recorded this day (sitting, standing, away or on a break)."""
        return self.sitting_s + self.standing_s + self.away_s + self.on_break_s > 0

    @property
    def prompts(self) -> int:
        """Prompt episodes that started this day, however they ended."""
        return self.breaks_done + self.breaks_natural + self.breaks_skipped + self.breaks_ignored

    @property
    def prompts_ended_by_break(self) -> int:
        """Prompt episodes that ended with a break (Done or natural)."""
        return self.breaks_done + self.breaks_natural

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {}
        for item in fields(self):
            value = getattr(self, item.name)
            if isinstance(value, date):
                data[item.name] = value.isoformat()
            elif isinstance(value, float):
                data[item.name] = round(value)
            else:
                data[item.name] = value
            if item.name == "longest_sit_s":
                data["breaks_taken"] = self.breaks_taken
        data["prompts"] = self.prompts
        data["prompts_ended_by_break"] = self.prompts_ended_by_break
        return data


def week_start(day: date) -> date:
    """Monday of the ISO week holding ``day``."""
    return day - timedelta(days=day.weekday())


def iso_week(text: str) -> date:
    """``2026-W48`` -> the Monday of that week; raises ValueError with a readable message."""
    try:
        year, week = text.upper().split("-W")
        return date.fromisocalendar(int(year), int(week), 1)
    except ValueError as error:
        raise ValueError(f"{text!r} is not an ISO week like 2026-W48") from error


@dataclass(frozen=True, slots=True)
class WeekSummary:
    """A week at a glance, with the change from the week before."""

    days: tuple[DaySummary, ...]
    total_sitting_s: float
    average_sitting_s: float  # over days with any record
    longest_sit_s: float
    over_creep_s: float
    prompts: int
    prompts_ended_by_break: int
    break_rate: float | None  # prompts ended by a break (Done or natural), 0..1
    change: dict[str, float | None] = field(default_factory=dict)

    def totals_json(self) -> dict[str, object]:
        keys = (
            "sitting_s",
            "standing_s",
            "away_s",
            "on_break_s",
            "over_creep_s",
            "breaks_taken",
            "breaks_done",
            "breaks_natural",
            "breaks_unprompted",
            "breaks_snoozed",
            "breaks_skipped",
            "breaks_ignored",
            "prompts",
            "prompts_ended_by_break",
        )
        totals: dict[str, object] = {
            key: round(sum(getattr(day, key) for day in self.days)) for key in keys
        }
        totals["longest_sit_s"] = round(self.longest_sit_s)
        totals["average_sitting_s"] = round(self.average_sitting_s)
        totals["break_rate"] = None if self.break_rate is None else round(self.break_rate, 3)
        return totals


def summarise(days: tuple[DaySummary, ...], previous: tuple[DaySummary, ...] = ()) -> WeekSummary:
    summary = _summarise(days)
    if not previous:
        return summary
    before = _summarise(previous)

    def delta(now: float | None, then: float | None) -> float | None:
        return None if now is None or then is None else now - then

    change = {
        "total_sitting_s": delta(summary.total_sitting_s, before.total_sitting_s),
        "average_sitting_s": delta(summary.average_sitting_s, before.average_sitting_s),
        "longest_sit_s": delta(summary.longest_sit_s, before.longest_sit_s),
        "over_creep_s": delta(summary.over_creep_s, before.over_creep_s),
        "break_rate": delta(summary.break_rate, before.break_rate),
    }
    return replace(summary, change=change)


def _summarise(days: tuple[DaySummary, ...]) -> WeekSummary:
    recorded = [day for day in days if day.has_record]
    total = sum(day.sitting_s for day in days)
    ended = sum(day.prompts_ended_by_break for day in days)
    prompts = sum(day.prompts for day in days)
    return WeekSummary(
        days=days,
        total_sitting_s=total,
        average_sitting_s=total / len(recorded) if recorded else 0.0,
        longest_sit_s=max((day.longest_sit_s for day in days), default=0.0),
        over_creep_s=sum(day.over_creep_s for day in days),
        prompts=prompts,
        prompts_ended_by_break=ended,
        break_rate=ended / prompts if prompts else None,
    )
