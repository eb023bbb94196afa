"""Value types of the domain: states, postures, spans, prompt episodes, activity samples."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime


class State(enum.Enum):
    """What the person is doing; every moment belongs to exactly one state."""

    SITTING = "sitting"
    STANDING = "standing"
    ON_BREAK = "on_break"
    AWAY = "away"
    UNTRACKED = "untracked"  # the app was not running


class Posture(enum.Enum):
    SITTING = "sitting"
    STANDING = "standing"


class PromptKind(enum.Enum):
    """Why a card is shown."""

    POSTURE_CHANGE = "posture_change"  # sat for the posture-change interval
    STANDING_TOO_LONG = "standing_too_long"  # stood for the interval: sit or move
    MANUAL = "manual"  # the person asked for a break


class Outcome(enum.Enum):
    """How a prompt episode (a prompt and its re-prompts) ended."""

    DONE = "done"
    SKIPPED = "skipped"
    NATURAL = "natural"  # went away or changed posture for a minimum break while pending
    IGNORED = "ignored"


@dataclass(frozen=True, slots=True)
class ActivitySample:
    """One reading of the activity source.

    Attributes:
        idle_s: seconds since the last keyboard or mouse input.
        locked: the screen is locked.
        inhibited: something holds the session awake (a call, a playing video).
    """

    idle_s: float
    locked: bool = False
    inhibited: bool = False


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of one state. Spans never overlap and never cross local midnight."""

    state: State
    start: datetime
    end: datetime
    sit_before_s: float = 0.0  # for sitting spans: the sit already accumulated at ``start``

    @property
    def duration_s(self) -> float:
        return (self.end - self.start).total_seconds()


@dataclass(frozen=True, slots=True)
class Episode:
    """A prompt and its re-prompts, until the person acts or the moment passes."""

    kind: PromptKind
    started: datetime
    ended: datetime | None
    outcome: Outcome | None
    snoozes: int = 0
    exercise_id: str | None = None
