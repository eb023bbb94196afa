"""What the UI needs from the app, and what it shows: a Protocol and plain view models."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from creepguard.core.exercises import Exercise
    from creepguard.core.history import DaySummary
    from creepguard.core.model import Posture, PromptKind, State
    from creepguard.core.picker import ExerciseChoice
    from creepguard.settings import Settings
    from creepguard.storage.history_source import HistorySource


class PauseLength(enum.Enum):
    MINUTES_30 = "30m"
    HOUR = "1h"
    TOMORROW = "tomorrow"
    UNTIL_RESUMED = "forever"


@dataclass(frozen=True, slots=True)
class StatusView:
    """Everything the tray icon, tooltip, menu, today popup and status window show."""

    state: State
    posture: Posture
    sitting_s: float
    next_prompt_s: float | None
    creep_threshold_s: float
    posture_change_s: float
    paused_until: datetime | None
    paused: bool
    recovery_until: datetime | None
    prompt_held: bool  # a card is due but waits (full screen, do-not-disturb, lock)
    today: DaySummary  # today's numbers, as creepguard.core.counts counts them
    backend: str  # the activity backend in use, e.g. "X11 (XScreenSaver)" or "none"
    backend_works: bool
    problems: tuple[str, ...] = ()  # e.g. "cannot write to ...", shown plainly
    seated_only: bool = False  # "I can't stand today"
    standing_desk: bool = False


@dataclass(frozen=True, slots=True)
class CardView:
    """One stretch card to show."""

    kind: PromptKind
    exercise: Exercise
    illustration_path: str
    headline: str  # e.g. "Time to stand up and move" / "Switch to standing"
    sit_s: float
    can_snooze: bool
    can_skip: bool  # False in the persistent style
    takes_focus: bool  # the focused style
    safety_note: str = "Stop any exercise that hurts."
    # The end pose, where the library has one (``<id>-end.svg``): the card moves
    # between the two; without it, the one picture shows.
    illustration_end_path: str = ""
    # The person asked their desktop for reduced motion: the two poses stand side by
    # side, still, instead of moving.
    still: bool = False
    extra: dict[str, str] = field(default_factory=dict)


def end_pose_path(illustration: str) -> str:
    """The end pose of an illustration (``<stem>-end.svg`` beside it in the library's
    illustrations), or "" where there is none."""
    from creepguard.paths import resource_dir

    end = resource_dir() / "illustrations" / f"{Path(illustration).stem}-end.svg"
    return str(end) if end.is_file() else ""


class Controller(Protocol):
    """The app as the UI sees it. Every method returns at once (no blocking I/O)."""

    def status(self) -> StatusView: ...

    def take_break(self) -> None: ...

    def mark_away(self) -> None: ...

    def set_posture(self, posture: Posture) -> None: ...

    def set_seated_only_today(self, seated_only: bool) -> None: ...

    def fix_last_gap(self, *, was_away: bool) -> None: ...

    def pause(self, length: PauseLength) -> None: ...

    def resume(self) -> None: ...

    def open_settings(self) -> None: ...

    def open_history(self) -> None: ...

    def problems_seen(self) -> None:
        """The person has seen ``StatusView.problems`` (the today popup, the status window)."""

    def quit(self) -> None: ...

    # The card reports what the person did.
    def card_shown(self, exercise_id: str) -> None: ...

    def card_done(self) -> None: ...

    def card_snooze(self) -> None: ...

    def card_skip(self) -> None: ...

    def card_another(self, current_id: str) -> CardView | None: ...

    def card_hurts(self, exercise_id: str) -> None: ...

    def card_hurts_undo(self, exercise_id: str) -> None:
        """Undo on the card after "This hurts": the exercise may come again."""

    def input_idle_s(self) -> float | None:
        """Seconds since the last keyboard or mouse input (None when unknown): the card
        starts its countdown when the person leaves the keyboard."""

    def card_dismissed(self) -> None: ...


class AppControls(Controller, Protocol):
    """The rest of the app that the settings, history and welcome windows use."""

    @property
    def settings(self) -> Settings: ...

    def apply_settings(self, new: Settings) -> None:
        """Save and apply at once; raises OSError with a readable message on failure."""

    def set_exercise_choice(self, exercise_id: str, values: dict[str, bool]) -> None: ...

    def exercise_library(self) -> Sequence[Exercise]: ...

    def exercise_choices(self) -> Mapping[str, ExerciseChoice]: ...

    def export_history(self, path: Path) -> None: ...

    def delete_history(self) -> None: ...

    def device_lines(self) -> Sequence[str]:
        """The computers sharing the folder, one line each, this one first (none: no
        shared folder)."""
        ...

    def history_source(self) -> HistorySource: ...
