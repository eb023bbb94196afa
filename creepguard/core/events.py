"""What the engine reports. The edge (store, UI) acts on these; the engine never reaches out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from creepguard.core.model import Episode, PromptKind, Span, State


@dataclass(frozen=True, slots=True)
class StateChanged:
    old: State
    new: State
    at: datetime


@dataclass(frozen=True, slots=True)
class SpanClosed:
    span: Span


@dataclass(frozen=True, slots=True)
class SpansRelabelled:
    """The person corrected the record: spans inside [start, end) now have ``state``."""

    start: datetime
    end: datetime
    state: State


@dataclass(frozen=True, slots=True)
class CreepReached:
    sit_s: float


@dataclass(frozen=True, slots=True)
class PromptDue:
    """Show a card now (the UI may hold it while a full-screen window is up)."""

    kind: PromptKind
    reprompt: int  # 0 for the first prompt of the episode, then 1, 2 after snoozes
    can_snooze: bool
    sit_s: float


@dataclass(frozen=True, slots=True)
class PromptWithdrawn:
    """Close the card: the moment passed (the person left, locked or went to sleep)."""

    reason: str


@dataclass(frozen=True, slots=True)
class EpisodeEnded:
    episode: Episode


@dataclass(frozen=True, slots=True)
class SitReset:
    """The sit went back to zero after ``sit_s`` seconds."""

    sit_s: float
    natural: bool  # no prompt led to it
    recovery_until: datetime | None  # set when the sit passed the creep threshold


@dataclass(frozen=True, slots=True)
class PauseEnded:
    pass


Event = (
    StateChanged
    | SpanClosed
    | SpansRelabelled
    | CreepReached
    | PromptDue
    | PromptWithdrawn
    | EpisodeEnded
    | SitReset
    | PauseEnded
)
