"""Test doubles for the UI: a recording Controller and view-model builders.

Also used by ``scripts/ui_preview.py`` to show the widgets without the real app.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from creepguard.core.exercises import Exercise
from creepguard.core.history import DaySummary
from creepguard.core.model import Posture, PromptKind, State
from creepguard.paths import resource_dir
from creepguard.ui.port import CardView, Controller, PauseLength, StatusView, end_pose_path


def make_view(**changes: Any) -> StatusView:
    """A StatusView of someone 10 minutes into a sit; keyword arguments override."""
    base = StatusView(
        state=State.SITTING,
        posture=Posture.SITTING,
        sitting_s=600.0,
        next_prompt_s=1200.0,
        creep_threshold_s=1200.0,
        posture_change_s=1800.0,
        paused_until=None,
        paused=False,
        recovery_until=None,
        prompt_held=False,
        today=DaySummary(
            date(2026, 11, 23),
            sitting_s=3 * 3600 + 12 * 60,
            standing_s=45 * 60,
            breaks_done=2,
            breaks_unprompted=2,
        ),
        backend="X11 (XScreenSaver)",
        backend_works=True,
    )
    return replace(base, **changes)


def make_card(exercise: Exercise, **changes: Any) -> CardView:
    """A CardView for ``exercise`` with its real illustration; keyword arguments override."""
    base = CardView(
        kind=PromptKind.POSTURE_CHANGE,
        exercise=exercise,
        illustration_path=str(resource_dir() / "illustrations" / exercise.illustration),
        illustration_end_path=end_pose_path(exercise.illustration),
        headline="Time to stand up and move",
        sit_s=32 * 60,
        can_snooze=True,
        can_skip=True,
        takes_focus=False,
    )
    return replace(base, **changes)


@dataclass
class FakeController:
    """Implements :class:`~creepguard.ui.port.Controller` and records every call.

    Attributes:
        calls: ``(method name, arguments)`` in call order.
        view: what :meth:`status` returns.
        next_cards: what successive :meth:`card_another` calls return (then None).
    """

    view: StatusView = field(default_factory=make_view)
    next_cards: list[CardView] = field(default_factory=list)
    calls: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)
    idle_s: float | None = 0.0  # what input_idle_s returns

    def _record(self, name: str, *args: Any) -> None:
        self.calls.append((name, args))

    def names(self) -> list[str]:
        """The called method names, in order."""
        return [name for name, _ in self.calls]

    def status(self) -> StatusView:
        return self.view

    def take_break(self) -> None:
        self._record("take_break")

    def set_posture(self, posture: Posture) -> None:
        self._record("set_posture", posture)

    def set_seated_only_today(self, seated_only: bool) -> None:
        self._record("set_seated_only_today", seated_only)

    def fix_last_gap(self, *, was_away: bool) -> None:
        self._record("fix_last_gap", was_away)

    def pause(self, length: PauseLength) -> None:
        self._record("pause", length)

    def resume(self) -> None:
        self._record("resume")

    def open_settings(self) -> None:
        self._record("open_settings")

    def open_history(self) -> None:
        self._record("open_history")

    def quit(self) -> None:
        self._record("quit")

    def problems_seen(self) -> None:
        self._record("problems_seen")

    # Not in the Protocol yet: the lead is asked to add it (the engine has mark_away).
    def mark_away(self) -> None:
        self._record("mark_away")

    def card_shown(self, exercise_id: str) -> None:
        self._record("card_shown", exercise_id)

    def card_done(self) -> None:
        self._record("card_done")

    def card_snooze(self) -> None:
        self._record("card_snooze")

    def card_skip(self) -> None:
        self._record("card_skip")

    def card_another(self, current_id: str) -> CardView | None:
        self._record("card_another", current_id)
        return self.next_cards.pop(0) if self.next_cards else None

    def card_hurts(self, exercise_id: str) -> None:
        self._record("card_hurts", exercise_id)

    def card_dismissed(self) -> None:
        self._record("card_dismissed")

    def card_hurts_undo(self, exercise_id: str) -> None:
        self._record("card_hurts_undo", exercise_id)

    def input_idle_s(self) -> float | None:
        return self.idle_s


class FakeHost(QObject):
    """Stands in for TrayHostWatcher: says whether a tray exists; emits on change."""

    changed = Signal()

    def __init__(self, present: bool) -> None:
        super().__init__()
        self.is_present = present

    def present(self) -> bool:
        return self.is_present

    def set(self, present: bool) -> None:
        self.is_present = present
        self.changed.emit()


def _conforms(fake: FakeController) -> Controller:
    """mypy checks here that FakeController satisfies the Protocol."""
    return fake


def at(hour: int, minute: int) -> datetime:
    """Today at ``hour:minute`` in the local time zone."""
    return datetime.now().astimezone().replace(hour=hour, minute=minute, second=0, microsecond=0)
