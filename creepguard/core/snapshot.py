"""What the engine saves so that a sit survives a restart or a crash."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
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


_FIELDS = tuple(field.name for field in fields(EngineSnapshot))
_EPISODE_FIELDS = tuple(field.name for field in fields(EpisodeSnapshot))
