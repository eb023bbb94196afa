"""The composition root: builds the real parts, wires them, and runs the loop.

Data flows one way: the activity source and the person's actions feed the engine; the
engine's events go to the store and the shell (the UI). The loop wakes only when something
is due: the engine says when (``next_due_s``) and how often to read activity
(``poll_interval_s``), the checkpoint policy when the open span must next be written;
one single-shot timer covers them all.

Checkpoints (what a crash can lose): every wake while the person is not away writes the
open span once the last write is ``CHECKPOINT_EVERY_S`` (10 s) old, and state changes
write at once. While input comes (or a call or a video holds the session awake), the
timer comes back ``CHECKPOINT_EVERY_S`` after each write, so at most that much time
with the person at the keyboard is unsaved. Once a reading shows them quiet long enough
for the source to have armed its "person is back" event, and nothing they did is
unsaved, no extra wake is armed: their return wakes the app at once, and until then
the engine's own 30 s polls (which read idle time for the away threshold) write the
quiet time, which is sitting only provisionally (if the person turns out to have left,
it becomes away time from the last input). So a crash loses at most 10 s of sitting
with input and at most 30 s of quiet reading, and idle minutes cost what they cost
before: the polls the engine needs anyway. Away, nothing is written periodically: time
lost in a crash then only becomes "not tracked".
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer

from creepguard import __version__
from creepguard import settings as settings_mod
from creepguard.core.counts import count_day, status_today
from creepguard.core.engine import SittingEngine, Status
from creepguard.core.events import (
    CreepReached,
    EpisodeEnded,
    Event,
    PauseEnded,
    PromptDue,
    PromptWithdrawn,
    SitReset,
    StateChanged,
)
from creepguard.core.exercises import Exercise
from creepguard.core.history import DaySummary
from creepguard.core.model import ActivitySample, Episode, Posture, PromptKind, Span, State
from creepguard.core.picker import ExerciseChoice, ExercisePicker
from creepguard.paths import AppPaths, resource_dir
from creepguard.ui.port import CardView, PauseLength, StatusView, end_pose_path

if TYPE_CHECKING:
    from creepguard.core.clock import Clock
    from creepguard.sensing.base import ActivitySource, BackendReport
    from creepguard.storage.store import Store

log = logging.getLogger(__name__)

# While someone is seen (input, or an inhibitor: a call or a video) the open span is
# written at least this often, in clock seconds: what a crash can lose of it.
CHECKPOINT_EVERY_S = 10.0
# A wake that comes this much before the checkpoint is due still writes: otherwise a
# timer rounded a millisecond early skips a checkpoint and a crash loses two intervals.
_CHECKPOINT_SLACK_S = 1.0
# A reading at least this idle (real seconds) means a source with activity events has
# armed its "person is back" event: the X11 and Mutter readers arm theirs from 5 s,
# ext-idle-notify reports idle only from its 10 s timeout.
_RETURN_EVENT_ARMED_AFTER_S = 10.0
_HELD_CARD_RECHECK_S = 15.0
_MS = timedelta(milliseconds=1)  # a span's start as the file gives it back, give or take
_MAX_SLEEP_S = 3600.0


class Shell(Protocol):
    """What the app asks of the UI (the real one is ``creepguard.ui.shell.QtShell``)."""

    def update(self, view: StatusView) -> None: ...

    def present_card(self, card: CardView) -> None: ...

    def withdraw_card(self) -> None: ...

    def notify(self, title: str, body: str, action: tuple[str, str] | None = None) -> None: ...

    def hold_reason(self, *, wait_fullscreen: bool, wait_dnd: bool) -> str | None: ...

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
        self.hold: str | None = None

    def update(self, view: StatusView) -> None:
        self.views.append(view)
        del self.views[:-5]

    def present_card(self, card: CardView) -> None:
        self.cards.append(card)

    def withdraw_card(self) -> None:
        self.withdrawn += 1

    def notify(self, title: str, body: str, action: tuple[str, str] | None = None) -> None:
        self.notices.append((title, body))

    def hold_reason(self, *, wait_fullscreen: bool, wait_dnd: bool) -> str | None:
        return self.hold

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

    clock: Clock
    rate: float
    paths: AppPaths
    settings: settings_mod.Settings
    settings_problems: tuple[str, ...]
    store: Store
    source: ActivitySource
    reports: Sequence[BackendReport]
    exercises: Sequence[Exercise]
    rng: random.Random = field(default_factory=random.Random)


class CreepGuardApp(QObject):
    """The running tracker. Implements the UI's Controller and the source's listener."""

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
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # Precise: a coarse timer may fire 5% early or late, which stretches the loss
        # bound of a checkpoint every 10 s; one timer every 10-30 s gains nothing from
        # coalescing.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.wake)
        self._last_checkpoint = float("-inf")  # clock monotonic seconds
        self._last_seen = float("-inf")  # the latest input (or inhibitor) a reading showed
        self._idle_s = 0.0  # the latest reading's idle time, in clock seconds
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
        self._detecting_suspend = False
        self.on_quit: Callable[[], None] | None = None
        self.settings_changed: list[Callable[[], None]] = []
        self.engine = self._build_engine()
        self.shell = shell

    # ------------------------------------------------------------------ start and stop

    def _build_engine(self) -> SittingEngine:
        last_end, snapshot = self.store.recover()
        now = self.clock.now()
        if last_end is not None and now > last_end:
            self.store.record_untracked(last_end, now)
        engine = SittingEngine(self.clock, self.settings.engine_config(), snapshot)
        if not self.store.checkpoint(engine.open_span(), engine.snapshot()):
            log.warning("history is kept in memory: %s", self.store.problem)
        self.store.sync_exercises(list(self._exercises.values()))
        return engine

    def start(self) -> None:
        """Begin tracking: listen to the source, take a first reading, arm the timer."""
        self._source.start(self)
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
        self.wake()

    def quit(self) -> None:
        """Write everything down and stop."""
        if self._quitting:
            return
        self._quitting = True
        self._timer.stop()
        if not self._flush():
            self._say_what_was_not_saved()
        self._source.stop()
        self.shell.close()
        self.store.close()
        if self.on_quit is not None:
            self.on_quit()

    # ------------------------------------------------------------------ the loop

    def wake(self) -> None:
        """Read activity (when the engine wants it), advance the engine, act, re-arm."""
        if self._quitting:
            return
        # A timer that fired far later than armed means the machine slept; the source
        # reports it through on_suspend/on_resume unless logind already did.
        check_suspend = getattr(self._source, "check_suspend", None)
        if check_suspend is not None:
            self._detecting_suspend = True
            try:
                check_suspend()
            finally:
                self._detecting_suspend = False
        sample = self._read()
        if sample is None:
            self._handle(self.engine.tick())
            return
        self._idle_s = 0.0 if sample.inhibited else sample.idle_s
        self._last_seen = max(self._last_seen, self.clock.monotonic() - self._idle_s)
        self._handle(self.engine.observe(sample))

    def _read(self) -> ActivitySample | None:
        sample = self._source.read()
        if self.parts.rate != 1.0:
            # The OS counts idle time in real seconds; the app's clock may run faster.
            sample = ActivitySample(
                sample.idle_s * self.parts.rate, sample.locked, sample.inhibited
            )
        return sample

    def _handle(self, events: Sequence[Event]) -> None:
        self.store.record(events)
        changed = False
        for event in events:
            match event:
                case StateChanged():
                    changed = True
                case CreepReached():
                    self._on_creep(event)
                case PromptDue():
                    self._on_prompt(event)
                case PromptWithdrawn():
                    self._card = None
                    self.shell.withdraw_card()
                case SitReset():
                    self._on_reset(event)
                case EpisodeEnded() | PauseEnded():
                    changed = True
                case _:
                    pass
        if self._held is not None and self._card is None:
            self._try_show_held()
        now = self.clock.monotonic()
        # Away time lost in a crash only becomes "not tracked": no periodic writes then.
        running = self.engine.state is not State.AWAY
        due = now - self._last_checkpoint >= CHECKPOINT_EVERY_S - _CHECKPOINT_SLACK_S
        if changed or (running and due):
            self._flush()
        view = self.status_view()
        if view != self._last_view:  # an away minute changes nothing on screen
            self._last_view = view
            self.shell.update(view)
        self._arm()

    def _flush(self) -> bool:
        """Write what waits and the open span; False when the disk refused."""
        had_problem = self.store.problem is not None
        saved = self.store.checkpoint(self.engine.open_span(), self.engine.snapshot())
        if not saved and not had_problem and self.store.problem is not None:
            # Said once when it starts; the tray keeps showing it until writing works.
            self.shell.notify(
                QCoreApplication.translate("App", "CreepGuard cannot save your history"),
                QCoreApplication.translate(
                    "App",
                    "%1. Tracking goes on and will be saved once the disk accepts it again.",
                ).replace("%1", self.store.problem),
            )
        self._last_checkpoint = self.clock.monotonic()
        return saved

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

    def _checkpoint_wake_s(self, now: float) -> float | None:
        """Clock seconds until the timer must come back to write what the person may be
        adding; None when their next input (or nothing) will wake the app anyway."""
        if self.engine.state is State.AWAY:
            return None
        events = self._source.has_activity_events and self.parts.rate == 1.0
        quiet = self._idle_s >= _RETURN_EVENT_ARMED_AFTER_S
        if events and quiet and self._last_seen <= self._last_checkpoint:
            return None
        return self._last_checkpoint + CHECKPOINT_EVERY_S - now

    def _arm(self) -> None:
        candidates = [_MAX_SLEEP_S]
        due = self.engine.next_due_s()
        if due is not None:
            candidates.append(due)
        # Sources arm their "person is back" events after a few real seconds of idle; at
        # --time-scale the person can be away before that, so a sped-up clock polls.
        events = self._source.has_activity_events and self.parts.rate == 1.0
        poll = self.engine.poll_interval_s(source_has_events=events)
        if poll is not None:
            candidates.append(poll)
        checkpoint = self._checkpoint_wake_s(self.clock.monotonic())
        if checkpoint is not None:
            candidates.append(checkpoint)
        if self._held is not None:
            candidates.append(_HELD_CARD_RECHECK_S)
        delay_s = max(min(candidates), 0.05)
        real_ms = max(1, round(delay_s / self.parts.rate * 1000))
        self._timer.start(real_ms)
        timer_armed = getattr(self._source, "timer_armed", None)
        if timer_armed is not None:
            timer_armed(real_ms / 1000)

    @property
    def next_wake_ms(self) -> int:
        return self._timer.remainingTime()

    # ------------------------------------------------------------------ moments

    def _on_creep(self, event: CreepReached) -> None:
        minutes = round(event.sit_s / 60)
        self.shell.notify(
            QCoreApplication.translate("App", "You have sat for %1 minutes").replace(
                "%1", str(minutes)
            ),
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
        reason = self.shell.hold_reason(
            wait_fullscreen=self.settings["wait_fullscreen"], wait_dnd=self.settings["wait_dnd"]
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
            from creepguard.ui import texts

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
        style = self.settings["reminder_style"]
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
        )

    def _headline(self, kind: PromptKind) -> str:
        from creepguard.ui import texts

        return texts.headline(kind, standing_desk=bool(self.settings["standing_desk"]))

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
        self._handle(self.engine.request_break(by_person=False))

    def new_day(self) -> None:
        """Midnight: today's totals start again; "I can't stand today" ends."""
        self._today = None
        self.wake()

    # ------------------------------------------------------------------ status

    @property
    def seated_only(self) -> bool:
        today = self.clock.now().date()
        return bool(self.settings["cant_stand"]) or self._seated_only_day == today

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
            standing_desk=bool(self.settings["standing_desk"]),
        )

    def problems(self) -> tuple[str, ...]:
        """What ``status`` lists as problems, one plain sentence each (README): the history
        file cannot be written, while that lasts; the settings file's problems, until the
        person saves Settings; start-up notices (a history file kept aside, a saved sit
        that could not be read) until the person has seen them (``problems_seen``)."""
        self._unseen_notices.extend(self.store.notices)
        self.store.notices.clear()
        store = (self.store.problem,) if self.store.problem else ()
        return (*store, *self.parts.settings_problems, *self._unseen_notices)

    def problems_seen(self) -> None:
        """The person has seen the problems: the today popup or the status window opened,
        or ``creepguard status`` printed them. Start-up notices are not listed again."""
        self._unseen_notices.clear()

    def _backend_works(self) -> bool:
        return self._source.name != "none"

    def status_json(self) -> dict[str, Any]:
        status: Status = self.engine.status()
        today = self.today()
        return {
            "running": True,
            "state": status.state.value,
            "posture": status.posture.value,
            "paused": status.paused,
            "paused_until": status.paused_until.isoformat() if status.paused_until else None,
            "sitting_s": round(status.sitting_s),
            "next_prompt_s": None if status.next_prompt_s is None else round(status.next_prompt_s),
            "creep_threshold_s": round(status.creep_threshold_s),
            "posture_change_s": round(status.posture_change_s),
            "recovery_until": status.recovery_until.isoformat() if status.recovery_until else None,
            "prompt_held": status.prompt_held or self._held is not None,
            "card_open": status.card_open,
            "today": status_today(today),
            "backend": self._source.name,
            "problems": list(self.problems()),
            "version": __version__,
        }

    # ------------------------------------------------------------------ ActivityListener

    def on_activity_changed(self) -> None:
        self.wake()

    def on_suspend(self) -> None:
        at = None
        found = getattr(self._source, "last_suspend", None)
        if self._detecting_suspend and found is not None:
            # Found after the fact: the sleep began that long ago (real seconds).
            at = self.clock.monotonic() - found.slept_s * self.parts.rate
        self._handle(self.engine.suspend(at=at))

    def on_resume(self) -> None:
        self._handle(self.engine.resume())

    # ------------------------------------------------------------------ Controller

    def status(self) -> StatusView:
        return self.status_view()

    def take_break(self) -> None:
        self._handle(self.engine.request_break())

    def set_posture(self, posture: Posture) -> None:
        self._handle(self.engine.set_posture(posture))

    def mark_away(self) -> None:
        self._handle(self.engine.mark_away())

    def set_seated_only_today(self, seated_only: bool) -> None:
        self._seated_only_day = self.clock.now().date() if seated_only else None
        self.shell.update(self.status_view())

    def fix_last_gap(self, *, was_away: bool) -> None:
        self._handle(self.engine.fix_last_gap(was_away=was_away))

    def pause(self, length: PauseLength) -> None:
        self.pause_for(pause_until(length, self.clock.now(), self.settings))

    def pause_for(self, until: datetime | None) -> None:
        self._handle(self.engine.pause(until))

    def resume(self) -> None:
        self._handle(self.engine.resume_prompts())

    def open_settings(self) -> None:
        self.shell.open_settings()

    def open_history(self) -> None:
        self.shell.open_history()

    def card_shown(self, exercise_id: str) -> None:
        self._last_exercise = exercise_id
        self.store.record_shown(exercise_id, self.clock.now())
        self._handle(self.engine.card_shown(exercise_id))

    def card_done(self) -> None:
        self._card = None
        self._handle(self.engine.break_done())

    def card_snooze(self) -> None:
        self._card = None
        self._handle(self.engine.snooze())

    def card_skip(self) -> None:
        self._card = None
        self._handle(self.engine.skip())

    def card_dismissed(self) -> None:
        self._card = None
        self._handle(self.engine.dismiss())

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
        if new["start_at_login"] != self.settings["start_at_login"]:
            from creepguard.autostart import default_command, for_platform

            autostart = for_platform()
            if new["start_at_login"]:
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
        self._handle(self.engine.reconfigure(new.engine_config()))
        for listener in self.settings_changed:
            listener()

    def set_exercise_choice(self, exercise_id: str, values: dict[str, bool]) -> None:
        self.store.set_choice(exercise_id, **values)

    def exercise_library(self) -> list[Exercise]:
        return list(self._exercises.values())

    def exercise_choices(self) -> dict[str, ExerciseChoice]:
        return self.store.choices(self._defaults)

    def export_history(self, path: Path) -> None:
        """Write every span and prompt to ``path`` (CSV, or JSON for a .json name)."""
        from creepguard.export import write_export

        self._flush()
        config = self.engine.config
        write_export(
            self.store,
            path,
            "json" if path.suffix.lower() == ".json" else "csv",
            creep_s=config.creep_s,
            min_break_s=config.min_break_s,
        )

    def delete_history(self) -> None:
        """The person confirmed: remove every span and prompt (settings stay)."""
        self.store.delete_history()
        self._today = None
        self._flush()
        self.shell.update(self.status_view())

    def history_source(self) -> Any:
        from creepguard.ui.history_source import StoreHistorySource

        return StoreHistorySource(
            self.store,
            lambda: self.engine.config.creep_s,
            min_break_s=lambda: self.engine.config.min_break_s,
            today=lambda: self.clock.now().date(),
            tz=self.clock.tz,
        )

    # ------------------------------------------------------------------ control socket

    def handle_command(self, message: dict[str, Any]) -> dict[str, Any]:
        """One command from ``creepguard`` on the control socket."""
        command = message.get("command")
        match command:
            case "ping":
                return {"ok": True}
            case "status":
                status = self.status_json()
                if message.get("seen") is True:  # printed for a person, not a status bar
                    self.problems_seen()
                return status
            case "show":
                self.shell.show_today()
            case "sit":
                self.set_posture(Posture.SITTING)
            case "stand":
                self.set_posture(Posture.STANDING)
            case "away":
                self.mark_away()
            case "break":
                self.take_break()
            case "pause":
                if message.get("tomorrow"):
                    until = pause_until(PauseLength.TOMORROW, self.clock.now(), self.settings)
                elif message.get("seconds") is not None:
                    from creepguard.control import pause_seconds

                    seconds = pause_seconds(message["seconds"])  # ValueError: a bad request
                    until = self.clock.now() + timedelta(seconds=seconds)
                else:
                    until = None
                self.pause_for(until)
            case "resume":
                self.resume()
            case "fix":
                self.fix_last_gap(was_away=bool(message.get("was_away")))
            case "checkpoint":
                self._flush()
            case "quit":
                QTimer.singleShot(0, self.quit)
            case _:
                return {"ok": False, "error": f"unknown command {command!r}"}
        return {"ok": True, **self.status_json()}


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


def pause_until(
    length: PauseLength, now: datetime, settings: settings_mod.Settings
) -> datetime | None:
    match length:
        case PauseLength.MINUTES_30:
            return now + timedelta(minutes=30)
        case PauseLength.HOUR:
            return now + timedelta(hours=1)
        case PauseLength.TOMORROW:
            return settings.active_hours().next_start(now) or now + timedelta(days=1)
        case PauseLength.UNTIL_RESUMED:
            return None


def load_exercises(directory: Path | None = None, language: str | None = None) -> list[Exercise]:
    """The exercise library in ``language`` (None: the one in use, creepguard.i18n). A
    broken translation is logged and the exercises stay English; a broken English library
    still raises LibraryError."""
    from creepguard.core.exercises import LibraryError, load_library
    from creepguard.i18n import current_language

    folder = directory or resource_dir() / "exercises"
    try:
        return load_library(folder, language if language is not None else current_language())
    except LibraryError as error:
        english = load_library(folder)  # raises on its own if the English files are broken
        log.warning("%s; the exercises are shown in English", error)
        return english


__all__ = ["AppParts", "CreepGuardApp", "ExerciseChoice", "NullShell", "Shell", "pause_until"]
