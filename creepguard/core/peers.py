"""Other computers' word about the person (README "How time is counted", rule 11).

A computer publishes a :class:`Presence` on its own wall clock; another one reads it back
as a :class:`PeerFact` on its own steady clock. The conversion is the one place where two
clocks meet, so the skew rule lives here: a moment ahead of this clock is taken as now,
and a last input more than ``SKEW_TOLERANCE_S`` ahead means the other clock is wrong and
its word is not used.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from creepguard.core.model import State
from creepguard.core.policy import EngineConfig

# Clocks set by hand or by a stuck NTP drift apart by minutes; clocks kept by NTP agree
# within a second. A minute keeps the error of a carried sit small while tolerating a
# machine whose clock is set by hand with some care.
SKEW_TOLERANCE_S = 60.0


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
