"""Other computers' word about the person (README "How time is counted", rule 11).

A computer publishes a :class:`Presence` on its own wall clock; another one reads it back
as a :class:`PeerFact` on its own steady clock. The conversion is the one place where two
clocks meet, so the skew rule lives here: a moment ahead of this clock is taken as now,
and a last input more than ``SKEW_TOLERANCE_S`` ahead means the other clock is wrong and
its word is not used.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from creepguard.core.model import State
from creepguard.core.policy import EngineConfig

# Clocks set by hand or by a stuck NTP drift apart by minutes; clocks kept by NTP agree
# within a second. A minute keeps the error of a carried sit small while tolerating a
# machine whose clock is set by hand with some care.
SKEW_TOLERANCE_S = 60.0
# Two computers' word for the same break (its moment, carried from one clock to the other
# and back) agrees within this; a later one is a new break.
SAME_BREAK_S = 1.0
# Moments read from another computer went through two wall clocks (microseconds) and
# float sums: this close, they are the same moment.
SAME_MOMENT_S = 0.01


@dataclass(frozen=True, slots=True)
class Presence:
    """What one computer tells the others about the person, on its wall clock.

    Attributes:
        seen: the last moment it saw the person (input, a click, a call on screen).
        state: what it counts the person as doing now.
        sit_s: the sit at ``seen`` while it counts sitting; the sit it holds otherwise.
        sit_paused_since: when the sit stopped running there (standing, away, a break);
            None while it runs.
        zero_at: the latest moment a break ended a sit, as known there (None: never).
        creep_warned: the creep warning was given for this sit.
        next_prompt_s: the sit at which the next card is due (later after a snooze).
    """

    seen: datetime
    state: State
    sit_s: float
    sit_paused_since: datetime | None
    zero_at: datetime | None
    creep_warned: bool
    next_prompt_s: float


@dataclass(frozen=True, slots=True)
class PeerFact:
    """A :class:`Presence` on this computer's steady clock (seconds, like the engine)."""

    seen: float
    sit_s: float
    paused_since: float | None
    zero_at: float | None
    creep_warned: bool
    next_prompt_s: float


def to_local(
    presence: Presence, now_t: float, now_wall: datetime, tolerance_s: float = SKEW_TOLERANCE_S
) -> PeerFact | None:
    """``presence`` on the steady clock whose ``now_t`` is ``now_wall``; None when its last
    input lies more than ``tolerance_s`` in this clock's future (the other clock is wrong)."""
    if (presence.seen - now_wall).total_seconds() > tolerance_s:
        return None

    def local(moment: datetime) -> float:
        # A moment ahead of this clock (by less than the tolerance) is taken as now.
        return now_t - max(0.0, (now_wall - moment).total_seconds())

    paused = presence.sit_paused_since
    zero = presence.zero_at
    return PeerFact(
        seen=local(presence.seen),
        sit_s=max(0.0, presence.sit_s),
        paused_since=None if paused is None else local(paused),
        # Not taken as now: a break's moment names the break, and the same break read
        # again later must be known as the same one.
        zero_at=None if zero is None else now_t - (now_wall - zero).total_seconds(),
        creep_warned=presence.creep_warned,
        next_prompt_s=presence.next_prompt_s,
    )


def carried_sit(fact: PeerFact, at: float, config: EngineConfig) -> tuple[float, float | None]:
    """The sit ``fact`` leads to at ``at``, and when the time between ended it (None if not).

    The time from the last input there to ``at`` is a quiet stretch on one computer (rules
    3 and 4): sitting while shorter than the away limit (or the minimum break, once the sit
    with the quiet reached the creep threshold), else away from that input, and a break. A
    sit that was paused there (standing, away, a break) stays paused until ``at``: held
    while shorter than the minimum break, ended after.
    """
    if fact.paused_since is None:
        quiet = max(0.0, at - fact.seen)
        # Away once the quiet reaches the away limit, or the minimum break once the sit
        # with the quiet in it has reached the creep threshold.
        limit = min(config.away_after_s, max(config.min_break_s, config.creep_s - fact.sit_s))
        if quiet >= limit:
            return 0.0, fact.seen + config.min_break_s
        return fact.sit_s + quiet, None
    if at - fact.paused_since >= config.min_break_s:
        return 0.0, fact.paused_since + config.min_break_s
    return fact.sit_s, None


def same_break(a: float | None, b: float | None) -> bool:
    """``a`` and ``b`` name the same break (or both: none yet)."""
    if a is None or b is None:
        return a is b
    return abs(a - b) <= SAME_BREAK_S


@dataclass
class OtherComputers:
    """What this computer knows of the others, on its steady clock.

    Attributes:
        facts: their latest word.
        facts_at_return: their word when the person's latest return here began (the
            return is confirmed seconds later; where the person came from is decided by
            what was known when they arrived).
        zero_at: the latest break known here, seen here or heard of (None: none yet). A
            sit is "the same" on two computers that know the same latest break.
    """

    facts: tuple[PeerFact, ...] = ()
    facts_at_return: tuple[PeerFact, ...] = ()
    zero_at: float | None = None

    def take(self, presences: Sequence[Presence], now_t: float, now_wall: datetime) -> float | None:
        """Read their word; the newest break they know of, if it is newer than the one
        known here (this computer then learns of it)."""
        facts = [f for p in presences if (f := to_local(p, now_t, now_wall)) is not None]
        self.facts = tuple(facts)
        newest = max((f.zero_at for f in facts if f.zero_at is not None), default=None)
        if newest is not None and (self.zero_at is None or newest > self.zero_at + SAME_BREAK_S):
            return newest
        return None

    def seen_after(self, t: float) -> bool:
        """Another computer saw the person after ``t``."""
        return any(fact.seen > t + SAME_MOMENT_S for fact in self.facts)

    def break_here(self, ended: float) -> None:
        """A break ended the sit here at ``ended``. Other computers learn of it by its
        moment, so one taken later than one heard from them is still newer."""
        known = self.zero_at
        self.zero_at = ended if known is None else max(ended, known + 2 * SAME_BREAK_S)

    def in_this_sit(self) -> list[PeerFact]:
        """The words of computers that know the same latest break: the same sit."""
        return [fact for fact in self.facts if same_break(fact.zero_at, self.zero_at)]

    @staticmethod
    def came_from(facts: Sequence[PeerFact], previous: float, at: float) -> PeerFact | None:
        """The computer the person came from, arriving here at ``at`` after the input at
        ``previous``: the last one that saw them in between (None: they were not seen)."""
        source: PeerFact | None = None
        for fact in facts:
            came = previous + SAME_MOMENT_S < fact.seen <= at + SAME_MOMENT_S
            # A word whose pause began after the start here tells of later times (its
            # held sit grew after the person left): not of the way here.
            paused = fact.paused_since
            came = came and (paused is None or paused <= at + SAME_MOMENT_S)
            if came and (source is None or fact.seen > source.seen):
                source = fact
        return source
