"""What the engine saves so that a sit survives a restart or a crash."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
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
        return json.dumps(asdict(self), sort_keys=True)

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
