"""The running tracker's glue: the engine's events in, effects out.

:class:`creepguard.core.tracker.Tracker` runs the loop (reading, checkpoints, the next
wake); this object is its owner. It turns the engine's events into notifications and
stretch cards on the shell (the UI), answers the person's actions from the tray, the card
and the control socket, and shows the status. It is built by ``creepguard.bootstrap``.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from creepguard import settings as settings_mod
from creepguard.autostart import default_command, for_platform
from creepguard.commands import handle_command, pause_until
from creepguard.core.counts import count_day
from creepguard.core.engine import SittingEngine
from creepguard.core.events import CreepReached, Event, PromptDue, PromptWithdrawn, SitReset
from creepguard.core.exercises import Exercise, LibraryError, load_library
from creepguard.core.history import DaySummary
from creepguard.core.model import Episode, Posture, PromptKind, Span, State
from creepguard.core.picker import ExerciseChoice, ExercisePicker
from creepguard.core.ports import Desktop, PlainDesktop
from creepguard.core.status_doc import status_document
from creepguard.core.tracker import Tracker, resume_engine
from creepguard.export import write_export
from creepguard.i18n import current_language
from creepguard.paths import AppPaths, resource_dir
from creepguard.storage.history_source import StoreHistorySource
from creepguard.sync.port import THIS, NullLink, PeerLink
from creepguard.sync.setup import describe
from creepguard.ui import texts
from creepguard.ui.port import CardView, PauseLength, StatusView, end_pose_path

if TYPE_CHECKING:
    from creepguard.core.ports import ActivitySource, SchedulingClock
    from creepguard.sensing.base import BackendReport
    from creepguard.storage.history_source import HistorySource
    from creepguard.storage.store import Store

log = logging.getLogger(__name__)

_HELD_CARD_RECHECK_S = 15.0
_MS = timedelta(milliseconds=1)  # a span's start as the file gives it back, give or take


class Shell(Protocol):
    """What the app asks of the UI (the real one is ``creepguard.ui.shell.QtShell``)."""

    def update(self, view: StatusView) -> None: ...

    def present_card(self, card: CardView) -> None: ...

    def withdraw_card(self) -> None: ...

    def notify(self, title: str, body: str, action: tuple[str, str] | None = None) -> None: ...

    def show_today(self) -> None: ...

    def open_settings(self) -> None: ...

    def open_history(self) -> None: ...

    def close(self) -> None: ...


class NullShell:
    """No UI at all (``--headless``, tests of the wiring): records what it was asked."""

    def __init__(self) -> None:
        self.views: list[StatusView] = []
        self.cards: list[CardView] = []
        self.notices: list[tuple[str, str]] = []
        self.withdrawn = 0

    def update(self, view: StatusView) -> None:
        self.views.append(view)
        del self.views[:-5]

    def present_card(self, card: CardView) -> None:
        self.cards.append(card)

    def withdraw_card(self) -> None:
        self.withdrawn += 1

    def notify(self, title: str, body: str, action: tuple[str, str] | None = None) -> None:
        self.notices.append((title, body))

    def show_today(self) -> None:
        pass

    def open_settings(self) -> None:
        pass

    def open_history(self) -> None:
        pass

    def close(self) -> None:
        pass


@dataclass
class AppParts:
    """Everything the app is built from; tests pass fakes for clock and source only."""

    clock: SchedulingClock
    rate: float
    paths: AppPaths
    settings: settings_mod.Settings
    settings_problems: tuple[str, ...]
    store: Store
    source: ActivitySource
    reports: Sequence[BackendReport]
    exercises: Sequence[Exercise]
    rng: random.Random = field(default_factory=random.Random)
    desktop: Desktop = field(default_factory=PlainDesktop)  # full screen, DND, motion
    link: PeerLink = field(default_factory=NullLink)  # other computers (README rule 11)


class CreepGuardApp(QObject):
    """The running tracker's owner. Implements the UI's Controller."""

    def __init__(self, parts: AppParts, shell: Shell) -> None:
        super().__init__()
        self.parts = parts
        self.clock = parts.clock
        self.store = parts.store
        self.settings = parts.settings
        self._source = parts.source
        self._exercises = {exercise.id: exercise for exercise in parts.exercises}
        self._defaults = {e.id: e.enabled_by_default for e in parts.exercises}
        self._picker = ExercisePicker(parts.rng)
        self._held: PromptDue | None = None
        self._card: CardView | None = None
        self._last_exercise: str | None = None
        self._seated_only_day: date | None = None
        # Today's closed spans and episodes as the file holds them (its open row left
        # out), with the store's generation they were read at: read again once records
        # other than the open row have reached the file.
        self._today: tuple[date, int, list[Span], list[Episode]] | None = None
        self._last_view: StatusView | None = None
        self._drill_pending = False  # the next manual card is the scheduled posture drill
        self._unseen_notices: list[str] = []  # a history file kept aside...: until seen
        self._quitting = False
        self.on_quit: Callable[[], None] | None = None
        self.settings_changed: list[Callable[[], None]] = []
        self.shell = shell
        engine = resume_engine(self.store, self.clock, self.settings.engine_config())
        self.tracker = Tracker(
            engine,
            parts.source,
            parts.store,
            parts.clock,
            owner=self,
            rate=parts.rate,
            peers=parts.link,
        )
        if not self.store.checkpoint(engine.open_span(), engine.snapshot()):
            log.warning("history is kept in memory: %s", self.store.problem)
        self.store.sync_exercises(list(self._exercises.values()))

    @property
    def engine(self) -> SittingEngine:
        return self.tracker.engine

    # ------------------------------------------------------------------ start and stop

    def start(self) -> None:
        """Begin tracking: say what went wrong while loading, then start the tracker."""
        for notice in [*self.parts.settings_problems, *self.store.notices]:
            log.warning("%s", notice)
            self.shell.notify(QCoreApplication.translate("App", "CreepGuard"), notice)
        self._unseen_notices.extend(self.store.notices)
        self.store.notices.clear()
        if not self._backend_works():
            self.shell.notify(
                QCoreApplication.translate(
                    "App", "CreepGuard cannot see keyboard and mouse activity"
                ),
                QCoreApplication.translate(
                    "App",
                    "Time counts as sitting while the screen is unlocked. Use I'm standing, "
                    "I'm away and Take a break from the menu; `creepguard diagnose` says why.",
                ),
            )
        self.tracker.start()

    def quit(self) -> None:
        """Write everything down and stop."""
        if self._quitting:
            return
        self._quitting = True
        if not self.tracker.stop():
            self._say_what_was_not_saved()
        self.parts.link.close()  # this computer's last word reaches the folder
        self.shell.close()  # closing an open card may still ask the desktop
        self.parts.desktop.close()
        self.store.close()
        if self.on_quit is not None:
            self.on_quit()

    # ------------------------------------------------------------------ TrackerOwner

    def wake(self) -> None:
        """Read activity and act on it now (midnight, tests)."""
        self.tracker.wake()

    def act_on(self, events: Sequence[Event]) -> None:
        for event in events:
            match event:
                case CreepReached():
                    self._on_creep(event)
                case PromptDue():
                    self._on_prompt(event)
                case PromptWithdrawn():
                    self._card = None
                    self.shell.withdraw_card()
                case SitReset():
                    self._on_reset(event)
                case _:
                    pass
        if self._held is not None and self._card is None:
            self._try_show_held()

    def settled(self) -> None:
        view = self.status_view()
        if view != self._last_view:  # an away minute changes nothing on screen
            self._last_view = view
            self.shell.update(view)

    def extra_wake_s(self) -> float | None:
        return _HELD_CARD_RECHECK_S if self._held is not None else None

    def store_failed(self, problem: str) -> None:
        # Said once when it starts; the tray keeps showing it until writing works.
        self.shell.notify(
            QCoreApplication.translate("App", "CreepGuard cannot save your history"),
            QCoreApplication.translate(
                "App",
                "%1. Tracking goes on and will be saved once the disk accepts it again.",
            ).replace("%1", problem),
        )

    def _say_what_was_not_saved(self) -> None:
        """At quit, with the disk still refusing: how much history goes with the process."""
        seconds, others = self.store.unsaved()
        reason = self.store.problem or "the history file cannot be written"
        if seconds < 1 and not others:
            log.warning("CreepGuard could not save the running sit's state: %s", reason)
            return
        what = f"{spoken_duration(seconds)} of history"
        if others:
            what += f" and {others} other record{'' if others == 1 else 's'}"
        # The log file, and stderr (the log's console handler, or logging's last resort).
        log.error("CreepGuard could not save %s: %s", what, reason)

    # ------------------------------------------------------------------ moments

    def _on_creep(self, event: CreepReached) -> None:
        self.shell.notify(
            texts.sat_for(event.sit_s),  # "You have sat for 20 min."
            QCoreApplication.translate(
                "App",
                "A short stretch or a change of posture soon lets your back recover.",
            ),
            ("stretch", QCoreApplication.translate("App", "Stretch now")),
        )

    def _on_prompt(self, event: PromptDue) -> None:
        self._held = event
        self._try_show_held()

    def _try_show_held(self) -> None:
        event = self._held
        if event is None:
            return
        reason = self.parts.desktop.should_hold_card(
            self.settings.typed.wait_fullscreen, self.settings.typed.wait_dnd
        )
        if reason is not None and event.kind is not PromptKind.MANUAL:
            log.info("card held: %s", reason)
            return
        card = self._card_for(event.kind, event.can_snooze, exclude=())
        if card is None:
            self._held = None
            return
        self._held = None
        self._card = card
        self.shell.present_card(card)

    def _on_reset(self, event: SitReset) -> None:
        if event.recovery_until is not None and not event.natural:
            until = event.recovery_until.astimezone(self.clock.tz)
            self.shell.notify(
                QCoreApplication.translate("App", "Well done"),
                texts.recovery_note(event.sit_s, until),
            )

    def _card_for(
        self, kind: PromptKind, can_snooze: bool, exclude: Sequence[str]
    ) -> CardView | None:
        exercise = self._pick(kind, exclude)
        if exercise is None:
            return None
        style = self.settings.typed.reminder_style
        return CardView(
            kind=kind,
            exercise=exercise,
            illustration_path=str(resource_dir() / "illustrations" / exercise.illustration),
            illustration_end_path=end_pose_path(exercise.illustration),
            headline=self._headline(kind),
            sit_s=self.engine.status().sitting_s,
            can_snooze=can_snooze,
            can_skip=style != "persistent",
            takes_focus=style == "focused",
            still=self.parts.desktop.motion_reduced(),
        )

    def _headline(self, kind: PromptKind) -> str:
        return texts.headline(kind, standing_desk=self.settings.typed.standing_desk)

    def _pick(self, kind: PromptKind, exclude: Sequence[str]) -> Exercise | None:
        wanted_drill = kind is PromptKind.MANUAL and self._drill_pending
        self._drill_pending = False
        if wanted_drill and "up-and-over" in self._exercises:
            return self._exercises["up-and-over"]
        return self._picker.pick(
            list(self._exercises.values()),
            self.store.choices(self._defaults),
            for_standing_prompt=kind is PromptKind.STANDING_TOO_LONG,
            seated_only=self.seated_only,
            last_shown=self.store.last_shown(),
            previous_id=self._last_exercise,
            exclude=exclude,
        )

    def posture_drill(self) -> None:
        """The scheduled "up and over" drill: offered like a break the person asked for."""
        if self.engine.status().paused or self.engine.state is not State.SITTING:
            return
        self._drill_pending = True
        self.tracker.handle(self.engine.request_break(by_person=False))

    def new_day(self) -> None:
        """Midnight: today's totals start again; "I can't stand today" ends."""
        self._today = None
        self.wake()

    # ------------------------------------------------------------------ status

    @property
    def seated_only(self) -> bool:
        today = self.clock.now().date()
        return self.settings.typed.cant_stand or self._seated_only_day == today

    def today(self) -> DaySummary:
        """Today's numbers, counted by :func:`creepguard.core.counts.count_day` from the
        file's record of today, with what waits in memory to be written (while the disk
        refuses writes) and the open span as it is now (in place of the file's open row).

        The file is read again only when records other than its open row reached it (the
        store's ``generation``), or the day changed.
        """
        store = self.store
        day = self.clock.now().date()
        cached = self._today
        if cached is None or cached[0] != day or cached[1] != store.generation:
            day_spans, day_episodes = store.day_records(day, day)
            row = store.stored_open  # replaced by the span it stands for, waiting or open
            spans = [
                s
                for s in day_spans[day]
                if row is None or s.state is not row.state or abs(s.start - row.start) > _MS
            ]
            self._today = cached = (day, store.generation, spans, day_episodes[day])
        _day, _generation, stored_spans, stored_episodes = cached
        spans, episodes = store.as_written(day, stored_spans, stored_episodes)
        span = self.engine.open_span()
        if span.start.date() == day and span.duration_s > 0:
            saved_row = span.start - _MS
            spans = [*(s for s in spans if s.start < saved_row), span]
        spans, episodes = self.parts.link.merged_today(day, spans, episodes)
        config = self.engine.config
        return count_day(
            day, spans, episodes, creep_s=config.creep_s, min_break_s=config.min_break_s
        )

    def status_view(self) -> StatusView:
        status = self.engine.status()
        problems = self.problems()
        return StatusView(
            state=status.state,
            posture=status.posture,
            sitting_s=status.sitting_s,
            next_prompt_s=status.next_prompt_s,
            creep_threshold_s=status.creep_threshold_s,
            posture_change_s=status.posture_change_s,
            paused_until=status.paused_until,
            paused=status.paused,
            recovery_until=status.recovery_until,
            prompt_held=status.prompt_held or self._held is not None,
            today=self.today(),
            backend=self._source.name,
            backend_works=self._backend_works(),
            problems=problems,
            seated_only=self.seated_only,
            standing_desk=self.settings.typed.standing_desk,
        )

    def problems(self) -> tuple[str, ...]:
        """What ``status`` lists as problems, one plain sentence each (README): the history
        file cannot be written, while that lasts; the settings file's problems, until the
        person saves Settings; start-up notices (a history file kept aside, a saved sit
        that could not be read) until the person has seen them (``problems_seen``)."""
        self._unseen_notices.extend(self.store.notices)
        self.store.notices.clear()
        store = (self.store.problem,) if self.store.problem else ()
        link = self.parts.link.problems()
        return (*store, *link, *self.parts.settings_problems, *self._unseen_notices)

    def problems_seen(self) -> None:
        """The person has seen the problems: the today popup or the status window opened,
        or ``creepguard status`` printed them. Start-up notices are not listed again."""
        self._unseen_notices.clear()

    def _backend_works(self) -> bool:
        return self._source.name != "none"

    def status_json(self) -> dict[str, Any]:
        """The ``status --json`` document (:mod:`creepguard.core.status_doc`)."""
        status = self.engine.status()
        return status_document(
            status,
            self.today(),
            creep_threshold_s=status.creep_threshold_s,
            posture_change_s=status.posture_change_s,
            recovery_until=status.recovery_until,
            prompt_held=self._held is not None,
            backend=self._source.name,
            problems=self.problems(),
        )

    # ------------------------------------------------------------------ Controller

    def status(self) -> StatusView:
        return self.status_view()

    def take_break(self) -> None:
        self.tracker.handle(self.engine.request_break())

    def set_posture(self, posture: Posture) -> None:
        self.tracker.handle(self.engine.set_posture(posture))

    def mark_away(self) -> None:
        self.tracker.handle(self.engine.mark_away())

    def set_seated_only_today(self, seated_only: bool) -> None:
        self._seated_only_day = self.clock.now().date() if seated_only else None
        self.shell.update(self.status_view())

    def fix_last_gap(self, *, was_away: bool) -> None:
        self.tracker.handle(self.engine.fix_last_gap(was_away=was_away))

    def pause(self, length: PauseLength) -> None:
        self.pause_for(pause_until(length, self.clock.now(), self.settings))

    def pause_for(self, until: datetime | None) -> None:
        self.tracker.handle(self.engine.pause(until))

    def resume(self) -> None:
        self.tracker.handle(self.engine.resume_prompts())

    def open_settings(self) -> None:
        self.shell.open_settings()

    def open_history(self) -> None:
        self.shell.open_history()

    def card_shown(self, exercise_id: str) -> None:
        self._last_exercise = exercise_id
        self.store.record_shown(exercise_id, self.clock.now())
        self.tracker.handle(self.engine.card_shown(exercise_id))

    def card_done(self) -> None:
        self._card = None
        self.tracker.handle(self.engine.break_done())

    def card_snooze(self) -> None:
        self._card = None
        self.tracker.handle(self.engine.snooze())

    def card_skip(self) -> None:
        self._card = None
        self.tracker.handle(self.engine.skip())

    def card_dismissed(self) -> None:
        self._card = None
        self.tracker.handle(self.engine.dismiss())

    def card_another(self, current_id: str) -> CardView | None:
        kind = self._card.kind if self._card else PromptKind.MANUAL
        card = self._card_for(kind, self.engine.status().can_snooze, exclude=(current_id,))
        if card is not None:
            self._card = card
        return card

    def card_hurts(self, exercise_id: str) -> None:
        self.store.set_choice(exercise_id, hurts=True)

    def card_hurts_undo(self, exercise_id: str) -> None:
        self.store.set_choice(exercise_id, hurts=False)

    def input_idle_s(self) -> float | None:
        if not self._backend_works():
            return None
        return self._source.read().idle_s

    # ------------------------------------------------------------------ settings

    def apply_settings(self, new: settings_mod.Settings) -> None:
        """Save and apply at once: the running engine follows without a restart."""
        if new.typed.start_at_login != self.settings.typed.start_at_login:
            autostart = for_platform()
            if new.typed.start_at_login:
                autostart.enable(default_command())  # AutostartError is an OSError
            else:
                autostart.disable()
        # A file that could not be read (or had unknown keys) holds the person's hand
        # edits: keep it aside as settings.toml.broken-<time> rather than overwrite it.
        settings_mod.save(
            self.parts.paths.settings_file, new, keep_aside=self.parts.settings_problems
        )
        self.parts.settings_problems = ()
        self.settings = new
        self.tracker.handle(self.engine.reconfigure(new.engine_config()))
        for listener in self.settings_changed:
            listener()

    def set_exercise_choice(self, exercise_id: str, values: dict[str, bool]) -> None:
        self.store.set_choice(exercise_id, **values)

    def device_lines(self) -> list[str]:
        """The computers sharing the folder, a line each (Settings > Devices)."""
        return describe(self.parts.link.devices(), self.clock.now())

    def exercise_library(self) -> list[Exercise]:
        return list(self._exercises.values())

    def exercise_choices(self) -> dict[str, ExerciseChoice]:
        return self.store.choices(self._defaults)

    def export_history(self, path: Path) -> None:
        """Write every span and prompt to ``path`` (CSV, or JSON for a .json name)."""
        self.tracker.flush()
        config = self.engine.config
        write_export(
            self.parts.link.history(self.store),
            path,
            "json" if path.suffix.lower() == ".json" else "csv",
            creep_s=config.creep_s,
            min_break_s=config.min_break_s,
        )

    def delete_history(self) -> None:
        """The person confirmed: remove every span and prompt (settings stay)."""
        self.store.delete_history()
        self.parts.link.forget()
        self._today = None
        self.tracker.flush()
        self.shell.update(self.status_view())

    def history_source(self) -> HistorySource:
        link = self.parts.link

        def computers() -> list[tuple[str, str]]:
            # This computer's own records are read from its store, under THIS.
            return [(THIS if row.this_one else row.device, row.name) for row in link.devices()]

        return StoreHistorySource(
            link.history(self.store),
            lambda: self.engine.config.creep_s,
            min_break_s=lambda: self.engine.config.min_break_s,
            today=lambda: self.clock.now().date(),
            tz=self.clock.tz,
            computers=computers,
            history_of=lambda device: link.history(self.store, only=device),
        )

    # ------------------------------------------------------------------ control socket

    def show_today(self) -> None:
        self.shell.show_today()

    def checkpoint(self) -> None:
        self.tracker.flush()

    def quit_soon(self) -> None:
        QTimer.singleShot(0, self.quit)

    def handle_command(self, message: dict[str, Any]) -> dict[str, Any]:
        """One command from ``creepguard`` on the control socket (creepguard.commands)."""
        return handle_command(self, message)


def spoken_duration(seconds: float) -> str:
    """``4 min 10 s``, ``1 h 5 min 0 s``, ``12 s``: for messages in the log."""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes} min {secs} s"
    if minutes:
        return f"{minutes} min {secs} s"
    return f"{secs} s"


def load_exercises(directory: Path | None = None, language: str | None = None) -> list[Exercise]:
    """The exercise library in ``language`` (None: the one in use, creepguard.i18n). A
    broken translation is logged and the exercises stay English; a broken English library
    still raises LibraryError."""
    folder = directory or resource_dir() / "exercises"
    try:
        return load_library(folder, language if language is not None else current_language())
    except LibraryError as error:
        english = load_library(folder)  # raises on its own if the English files are broken
        log.warning("%s; the exercises are shown in English", error)
        return english


__all__ = ["AppParts", "CreepGuardApp", "ExerciseChoice", "NullShell", "Shell"]
