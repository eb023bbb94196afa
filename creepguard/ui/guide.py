"""The guided stretch: the hold of an exercise as a plan of timed phases (no Qt).

A plan is a list of :class:`Phase`: each repetition's hold (and its short return), each
breath, a seconds countdown, and a "change sides" pause at the half of a two-sided
exercise. The card walks through it with a monotonic clock, so a busy event loop cannot
stretch a hold, and a test can walk through it by giving the elapsed time.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from creepguard.core.exercises import Exercise

from creepguard.core.exercises import HoldKind

SIDE_CHANGE_S = 5.0  # time to change sides (or legs) between the halves
BREATH_S = 6.0  # one slow breath, in and out
RETURN_S = 2.0  # coming back between two repetitions
REP_S = 3.0  # one repetition without a hold
AUTO_START_IDLE_S = 3.0  # no input this long while the card is open: the person left
AUTO_START_READ_S = 12.0  # otherwise the countdown starts after this short read

_REP_HOLD = re.compile(r"\bhold (?:about |for )?(\d+) (?:seconds|s)\b", re.IGNORECASE)


class PhaseKind(enum.Enum):
    HOLD = "hold"  # a seconds hold, or the hold inside a repetition
    RETURN = "return"  # the return between repetitions
    REP = "rep"  # one repetition with no hold
    BREATH = "breath"
    CHANGE_SIDES = "change-sides"


@dataclass(frozen=True, slots=True)
class Phase:
    """One timed step of the guided hold.

    Attributes:
        kind: what the person does now.
        seconds: how long it lasts.
        number: the repetition or breath (1-based; 0 for a seconds hold or a side change).
        of: how many repetitions or breaths per side (0 where it does not apply).
        side: 1 or 2 for a two-sided exercise, 0 otherwise.
    """

    kind: PhaseKind
    seconds: float
    number: int = 0
    of: int = 0
    side: int = 0


def rep_hold_s(exercise: Exercise) -> int:
    """The hold inside each repetition, from the steps ("Hold about 5 seconds"), or 0."""
    for step in exercise.steps:
        found = _REP_HOLD.search(step)
        if found:
            return int(found.group(1))
    return 0


def plan(exercise: Exercise) -> list[Phase]:
    """The phases of ``exercise``'s hold, both sides included."""
    sides = (1, 2) if exercise.sides else (0,)
    hold = exercise.hold
    phases: list[Phase] = []
    for side in sides:
        if side == 2:
            phases.append(Phase(PhaseKind.CHANGE_SIDES, SIDE_CHANGE_S, side=2))
        match hold.kind:
            case HoldKind.SECONDS:
                phases.append(Phase(PhaseKind.HOLD, float(hold.count), side=side))
            case HoldKind.BREATHS:
                phases += [
                    Phase(PhaseKind.BREATH, BREATH_S, n, hold.count, side)
                    for n in range(1, hold.count + 1)
                ]
            case HoldKind.REPS:
                inner = rep_hold_s(exercise)
                for n in range(1, hold.count + 1):
                    if inner:
                        phases.append(Phase(PhaseKind.HOLD, float(inner), n, hold.count, side))
                        if n < hold.count:
                            phases.append(Phase(PhaseKind.RETURN, RETURN_S, n, hold.count, side))
                    else:
                        phases.append(Phase(PhaseKind.REP, REP_S, n, hold.count, side))
    return phases


def total_s(phases: list[Phase]) -> float:
    return sum(phase.seconds for phase in phases)


@dataclass(frozen=True, slots=True)
class Position:
    """Where the guide is after some seconds: the phase (None once complete), the
    seconds left in it, and the fraction of the whole plan done (0..1)."""

    phase: Phase | None
    index: int
    left_s: float
    done: float

    @property
    def complete(self) -> bool:
        return self.phase is None


def position(phases: list[Phase], elapsed_s: float) -> Position:
    """The phase running ``elapsed_s`` seconds after the start."""
    whole = total_s(phases)
    at = 0.0
    for index, phase in enumerate(phases):
        if elapsed_s < at + phase.seconds:
            done = elapsed_s / whole if whole > 0 else 1.0
            return Position(phase, index, at + phase.seconds - elapsed_s, done)
        at += phase.seconds
    return Position(None, len(phases), 0.0, 1.0)


def should_auto_start(*, shown_s: float, idle_s: float | None) -> bool:
    """Start the countdown by itself: the person left the keyboard, or has had a read."""
    if shown_s >= AUTO_START_READ_S:
        return True
    return idle_s is not None and idle_s >= AUTO_START_IDLE_S and shown_s >= AUTO_START_IDLE_S
