"""What the engine saves so that a sit survives a restart or a crash, and what of it
still holds when the tracker starts again."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any


class SnapshotError(ValueError):
    """A saved engine state that cannot be read."""


@dataclass(frozen=True, slots=True)
class EpisodeSnapshot:
    kind: str
    started: str
    snoozes: int
    exercise_id: str | None


@dataclass(frozen=True, slots=True)
class EngineSnapshot:
    saved_at: str  # ISO 8601, aware
    posture: str
    sit_s: float
    stand_s: float
    sit_next_prompt_s: float
    stand_next_prompt_s: float
    creep_warned: bool
    paused: bool
    paused_until: str | None
    recovery_until: str | None
    episode: EpisodeSnapshot | None

    def to_json(self) -> str:
        # By hand rather than dataclasses.asdict, whose deep copy was a fifth of every
        # 30-second checkpoint.
        data: dict[str, Any] = {name: getattr(self, name) for name in _FIELDS}
        if self.episode is not None:
            data["episode"] = {name: getattr(self.episode, name) for name in _EPISODE_FIELDS}
        return json.dumps(data, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> EngineSnapshot:
        try:
            data: dict[str, Any] = json.loads(text)
            episode = data.pop("episode", None)
            return cls(
                **data,
                episode=EpisodeSnapshot(**episode) if episode is not None else None,
            )
        except (ValueError, TypeError, AttributeError) as error:
            raise SnapshotError(f"unreadable engine state: {error}") from error


@dataclass(frozen=True, slots=True)
class StillHolds:
    """What a saved state still holds at a new start (README rule 10).

    A pause that has not run out and a "go easy on lifting" time still ahead hold after
    any gap; the sit, the posture, the prompt times and an open card's episode only after
    a gap shorter than the away limit (longer, and the person was away: a fresh start).

    Attributes:
        paused: prompts are still held (``paused_until``: until when; None: until resumed).
        recovery_until: the end of "go easy on lifting", if still ahead.
        sit: the saved sit, when it carries over (None: start fresh).
        episode_started: when the open card's episode began, if one carries over.
    """

    paused: bool
    paused_until: datetime | None
    recovery_until: datetime | None
    sit: EngineSnapshot | None
    episode_started: datetime | None


def still_holds(snap: EngineSnapshot, now: datetime, away_after_s: float) -> StillHolds | None:
    """What of ``snap`` holds at ``now``; None when its moment cannot be read (nothing
    does)."""
    try:
        saved_at = datetime.fromisoformat(snap.saved_at)
    except ValueError:
        return None
    paused, paused_until = False, None
    if snap.paused:
        until = datetime.fromisoformat(snap.paused_until) if snap.paused_until else None
        if until is None or until > now:
            paused, paused_until = True, until
    recovery = datetime.fromisoformat(snap.recovery_until) if snap.recovery_until else None
    gap_s = (now - saved_at).total_seconds()
    carries = 0 <= gap_s < away_after_s  # a clock set back: not carried either
    episode = snap.episode if carries else None
    return StillHolds(
        paused=paused,
        paused_until=paused_until,
        recovery_until=recovery if recovery is not None and recovery > now else None,
        sit=snap if carries else None,
        episode_started=datetime.fromisoformat(episode.started) if episode else None,
    )


_FIELDS = tuple(field.name for field in fields(EngineSnapshot))
_EPISODE_FIELDS = tuple(field.name for field in fields(EpisodeSnapshot))
