"""Engine settings in the engine's own units, and the active-hours policy."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

ALL_DAYS = frozenset(range(7))  # Monday = 0, as datetime.weekday()


@dataclass(frozen=True, slots=True)
class ActiveHours:
    """When prompts may fire. ``end`` before ``start`` means the hours run past midnight;
    ``start == end`` means the whole day."""

    start: time = time(0, 0)
    end: time = time(0, 0)
    days: frozenset[int] = ALL_DAYS

    def is_active(self, moment: datetime) -> bool:
        """True when ``moment`` (local, aware) falls inside the active hours."""
        clock = moment.timetz().replace(tzinfo=None)
        if self.start == self.end:
            return moment.weekday() in self.days
        if self.start < self.end:
            return moment.weekday() in self.days and self.start <= clock < self.end
        # Overnight hours belong to the day on which they started.
        if clock >= self.start:
            return moment.weekday() in self.days
        return (moment.weekday() - 1) % 7 in self.days and clock < self.end

    def next_start(self, moment: datetime) -> datetime | None:
        """The next moment after ``moment`` at which active hours begin; None if never."""
        if not self.days:
            return None
        tz = moment.tzinfo
        day = moment.date()
        for offset in range(8):
            candidate_day = day + timedelta(days=offset)
            if candidate_day.weekday() not in self.days:
                continue
            candidate = datetime.combine(candidate_day, self.start, tzinfo=tz)
            if candidate > moment:
                return candidate
        return None


@dataclass(frozen=True, slots=True)
class ConfigRule:
    """A rule between the engine's numbers (in seconds, by EngineConfig field name).

    The one home of these rules: EngineConfig refuses a config that breaks one, and the
    settings (creepguard.settings) say which setting to fix, in the person's words.
    """

    name: str
    fields: tuple[str, ...]
    holds: Callable[[Mapping[str, float]], bool]


CONFIG_RULES: tuple[ConfigRule, ...] = (
    ConfigRule(
        "creep-before-posture-change",
        ("creep_s", "posture_change_s"),
        lambda c: 0 < c["creep_s"] < c["posture_change_s"],
    ),
    ConfigRule(
        "break-within-away",
        ("min_break_s", "away_after_s"),
        lambda c: c["min_break_s"] <= c["away_after_s"],
    ),
    ConfigRule(
        "break-before-posture-change",
        ("min_break_s", "posture_change_s"),
        lambda c: c["min_break_s"] < c["posture_change_s"],
    ),
)
RULED_FIELDS = ("creep_s", "posture_change_s", "min_break_s", "away_after_s")


@dataclass(frozen=True, slots=True)
class EngineConfig:
    """The numbers the engine follows, in seconds.

    Defaults follow the source texts: creep begins after about 20 minutes of sitting,
    posture should change about every 30 minutes.
    """

    creep_s: float = 20 * 60
    posture_change_s: float = 30 * 60
    min_break_s: float = 2 * 60
    away_after_s: float = 5 * 60
    snooze_s: float = 5 * 60
    max_snoozes: int = 2
    return_confirm_s: float = 10.0  # activity this long ends an away; a bumped mouse doesn't
    recent_input_s: float = 60.0  # a prompt needs input this recent: never onto an empty chair
    posture_reset_after_away_s: float = 30 * 60
    # A card left this long without an answer or a break is ignored and closes (unless
    # the persistent style keeps it until answered).
    card_ignored_after_s: float = 5 * 60
    close_ignored_cards: bool = True
    active_hours: ActiveHours = field(default_factory=ActiveHours)

    def __post_init__(self) -> None:
        numbers = {name: float(getattr(self, name)) for name in RULED_FIELDS}
        for rule in CONFIG_RULES:
            if not rule.holds(numbers):
                raise ValueError(f"{rule.name}: {', '.join(rule.fields)}")
        if (
            self.min_break_s <= 0
            or self.away_after_s <= 0
            or self.snooze_s <= 0
            or self.card_ignored_after_s <= 0
        ):
            raise ValueError("break, away and snooze lengths must be positive")
        if self.max_snoozes < 0:
            raise ValueError("the snooze limit cannot be negative")
