"""The sitting engine: turns activity readings and the person's actions into spans,
sits, prompts and prompt episodes.

The engine is a plain object driven from outside. Every input reads the clock once,
brings the timeline up to that moment (midnights, clock jumps, resets that fell due) and
returns the events that followed. It never schedules anything itself: ``next_due_s()``
says when something will next fall due, and the edge arms one timer for it. Because the
engine recomputes from the clock on every call, a late or missed wake-up is harmless.

Time inside the engine is the clock's monotonic seconds (``t``); wall-clock datetimes are
derived from an anchor and only used to place spans on the calendar.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import assert_never

from creepguard.core.clock import Clock
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
from creepguard.core.loads import Load, SitLoad
from creepguard.core.model import (
    ActivitySample,
    Episode,
    Outcome,
    Posture,
    PromptKind,
    Span,
    State,
)
from creepguard.core.peers import SAME_BREAK_S, OtherComputers, PeerFact, Presence, carried_sit
from creepguard.core.policy import EngineConfig
from creepguard.core.quiet_spell import QuietSpell
from creepguard.core.snapshot import EngineSnapshot, EpisodeSnapshot, still_holds
from creepguard.core.timeline import Timeline

# A gap in the readings at least this long, while idle, counts as one input gap for
# "I was away" (shorter ones are ordinary pauses in typing).
_GAP_WORTH_FIXING_S = 60.0
_ACTIVE_POLL_S = 30.0
# Back at the keyboard this long after a break counted on an open card, without answering
# it: the card has been forgotten, and it goes.
_CARD_FORGOTTEN_AFTER_S = 60.0
_AWAY_POLL_S = 20.0  # a return is seen within this; the reading backdates nothing
# A carried sit this much above the count here is higher (float sums of the same time).
_CARRY_EPSILON_S = 0.5
# Starting here after at least this long without input here, the person may have come
# from another computer (README rule 11). Readings come at least every 30 s while the
# person is here, so input on two computers at once never looks like a move.
_ARRIVAL_QUIET_S = 60.0


class AwayCause(enum.Enum):
    IDLE = "idle"
    LOCKED = "locked"
    SUSPENDED = "suspended"
    MANUAL = "manual"
    BREAK = "break"  # quiet on an open card, or Done: on a break, not away


@dataclass
class _OpenEpisode:
    kind: PromptKind
    started: float
    snoozes: int = 0
    prompts: int = 0
    exercise_id: str | None = None


@dataclass
class Status:
    """A read-only picture of the engine at one moment, for the tray and ``status``."""

    state: State
    posture: Posture
    sitting_s: float
    standing_s: float
    next_prompt_s: float | None
    creep_threshold_s: float
    posture_change_s: float
    paused: bool
    paused_until: datetime | None
    recovery_until: datetime | None
    prompt_held: bool
    card_open: bool
    can_snooze: bool
    away_cause: AwayCause | None
    last_sit_s: float = 0.0


class SittingEngine:
    """Measures the current sit and decides when to warn and prompt.

    Args:
        clock: the only source of time.
        config: thresholds, in seconds.
        snapshot: state saved by a previous run, restored when the gap since it is short.
    """

    def __init__(
        self,
        clock: Clock,
        config: EngineConfig | None = None,
        snapshot: EngineSnapshot | None = None,
    ) -> None:
        self._clock = clock
        self.config = config or EngineConfig()
        self._events: list[Event] = []
        now_t = clock.monotonic()
        now_wall = clock.now()
        self._timeline = Timeline(clock, self._events, self._sit_before, State.SITTING)
        self._posture = Posture.SITTING
        self._away_cause: AwayCause | None = None
        self._away_since: float | None = None
        self._return_candidate: float | None = None
        self._bump_until = float("-inf")  # inputs up to here were bumps, not a return
        self._last_input = now_t
        self._prev_sample_t = now_t
        self._watching_until = now_t
        self._locked = False
        self._card_open = False
        self._card_since: float | None = None
        self._card_break_at: float | None = None  # when quiet on the card counted as the break
        self._card_return_at: float | None = None  # first input after that
        self._awaiting_card = False
        self._episode: _OpenEpisode | None = None
        self._creep_warned = False
        self._paused = False
        self._paused_until: datetime | None = None
        self._recovery_until: datetime | None = None
        self._last_sit_s = 0.0
        self._gap: QuietSpell | None = None
        self._sit = SitLoad(next_prompt_at_s=self.config.posture_change_s, running_since=now_t)
        self._sit.as_one_stretch(now_t, 0.0)
        self._stand = Load(next_prompt_at_s=self.config.posture_change_s, interrupted_since=now_t)
        # Other computers (README rule 11): what is known of them, and the last input
        # before an away (where a walk to another computer began).
        self._others = OtherComputers()
        self._input_before_away = now_t
        if snapshot is not None:
            self._restore(snapshot, now_wall)

    # ----------------------------------------------------------------- inputs

    def observe(
        self, sample: ActivitySample, peers: Sequence[Presence] | None = None
    ) -> list[Event]:
        """Take one activity reading, and the other computers' latest word (``peers``;
        None keeps what was known)."""
        now = self._sync()
        if peers is not None:
            self._take_peers(now, peers)
        if sample.locked and not self._locked:
            self._locked = True
            self._go_away(now, AwayCause.LOCKED)
        elif not sample.locked and self._locked:
            self._locked = False
            # Unlocking takes a password: the person is certainly back.
            self._come_back(now)
        if not self._locked and self._away_cause is not AwayCause.SUSPENDED:
            if sample.inhibited and self._away_cause is None:
                # A call or a video: the person is watching, so the time is sitting, but
                # it is not input: a prompt still waits for a hand on the keyboard.
                self._watching_until = now
            self._take_idle(now, max(0.0, sample.idle_s))
        self._prev_sample_t = now
        self._evaluate(now)
        return self._drain()

    def tick(self, peers: Sequence[Presence] | None = None) -> list[Event]:
        """Bring everything up to now without a new reading (a timer fired)."""
        now = self._sync()
        if peers is not None:
            self._take_peers(now, peers)
        self._evaluate(now)
        return self._drain()

    def suspend(self, at: float | None = None) -> list[Event]:
        """The machine sleeps (``at``: when, on the monotonic clock, if learned late)."""
        now = self._sync()
        start = now if at is None else min(max(at, self._timeline.span_start), now)
        self._go_away(start, AwayCause.SUSPENDED)
        self._evaluate(now)
        return self._drain()

    def resume(self) -> list[Event]:
        """The machine woke. The person is back only once input says so."""
        now = self._sync()
        if self._away_cause is AwayCause.SUSPENDED:
            self._away_cause = AwayCause.IDLE
            self._last_input = min(self._last_input, self._away_since or now)
        self._evaluate(now)
        return self._drain()

    def set_posture(self, posture: Posture) -> list[Event]:
        """The person says they sit or stand (the tray toggle, ``creepguard sit|stand``)."""
        now = self._sync()
        if self._card_open:
            # Acting on the card: the change of posture is the break if it lasts.
            self._close_card_unanswered(now)
        self._posture = posture
        if self._away_cause is not None and not self._locked:
            # A long away assumes sitting, but the person just said otherwise.
            self._come_back(now, keep_posture=True)
        else:
            self._note_input(now)
            self._retarget(now)
        self._evaluate(now)
        return self._drain()

    def mark_away(self) -> list[Event]:
        """The person says they are leaving (manual mode, no activity backend)."""
        now = self._sync()
        self._go_away(now, AwayCause.MANUAL)
        self._evaluate(now)
        return self._drain()

    def request_break(self, *, by_person: bool = True) -> list[Event]:
        """ "Take a break now": prompt at once, whatever the sit.

        ``by_person``: asked from the tray or a key, so the person is here (input). A
        scheduled drill is not input: it must not reset a quiet stretch.
        """
        now = self._sync()
        if self._locked or self._away_cause is AwayCause.SUSPENDED:
            return self._drain()
        if by_person:
            if self._away_cause is not None:
                self._come_back(now)
            else:
                self._note_input(now)
        elif self._away_cause is not None:
            return self._drain()
        if not self._card_open and not self._awaiting_card:
            if self._episode is None:
                self._episode = _OpenEpisode(PromptKind.MANUAL, now)
            self._fire_prompt(now)
        return self._drain()

    def card_shown(self, exercise_id: str | None = None) -> list[Event]:
        """The UI put the card on screen: the break starts now."""
        now = self._sync()
        self._awaiting_card = False
        if self._episode is None:
            self._episode = _OpenEpisode(PromptKind.MANUAL, now)
        self._episode.exercise_id = exercise_id or self._episode.exercise_id
        if not self._card_open:
            # Opening a card changes nothing by itself: typing on is still sitting.
            self._card_open = True
            self._card_since = now
            self._card_break_at = self._card_return_at = None
        self._evaluate(now)
        return self._drain()

    def break_done(self) -> list[Event]:
        """Done on the card (or a break taken without one).

        The break ran from the last input before Done (or the card's opening, if later)
        and the sit ends, unless quiet on the card had already counted the break: then
        Done only answers the card.
        """
        now = self._sync()
        self._awaiting_card = False
        if self._episode is None:
            self._episode = _OpenEpisode(PromptKind.MANUAL, now)
        if self._card_open and self._card_break_at is not None:
            self._end_episode(now, Outcome.DONE)
            self._close_card(now)
        else:
            start = now
            if self._card_open and self._card_since is not None:
                start = min(now, max(self._last_input, self._card_since))
            self._start_break(start, now)
            self._end_episode(now, Outcome.DONE)
            self._close_card(now)
        self._note_input(now)  # the click on Done
        if self._away_cause is AwayCause.BREAK:
            self._come_back(now)
        self._evaluate(now)
        return self._drain()

    def _answered_after_break(self, now: float) -> bool:
        """Any answer once the break was counted on the card only closes it."""
        if not (self._card_open and self._card_break_at is not None):
            return False
        self._end_episode(now, Outcome.NATURAL)
        self._close_card(now)
        if self._away_cause is AwayCause.BREAK:
            self._come_back(now)
        return True

    def snooze(self) -> list[Event]:
        """Snooze the prompt; refused (no change) once the snooze limit is reached."""
        return self._answer(self._snooze)

    def _snooze(self, now: float) -> None:
        episode = self._episode
        if self._answered_after_break(now):
            return
        if episode is None or episode.snoozes >= self.config.max_snoozes:
            return
        episode.snoozes += 1
        self._awaiting_card = False
        self._close_card(now)
        load = self._posture_load()
        load.next_prompt_at_s = load.total(now) + self.config.snooze_s

    def skip(self) -> list[Event]:
        """Skip this break: the next prompt comes one full interval later."""
        return self._answer(self._skip)

    def _skip(self, now: float) -> None:
        if self._answered_after_break(now) or self._episode is None:
            return
        self._awaiting_card = False
        self._end_episode(now, Outcome.SKIPPED)
        self._close_card(now)
        load = self._posture_load()
        load.next_prompt_at_s = load.total(now) + self.config.posture_change_s

    def dismiss(self) -> list[Event]:
        """The card went away unanswered (closed, timed out): the episode is ignored."""
        return self._answer(self._dismiss)

    def _dismiss(self, now: float) -> None:
        if self._answered_after_break(now) or self._episode is None:
            return
        self._awaiting_card = False
        self._ignore_card(now)

    def _answer(self, act: Callable[[float], None]) -> list[Event]:
        """A click or a key on the card: the card's answer first, then the click as
        input (which, coming from another computer, brings the sit along: rule 11)."""
        now = self._sync()
        previous = self._last_input
        self._last_input = max(previous, now)
        act(now)
        if self._away_cause is None and now > previous:
            self._carry(max(previous, self._watching_until), now, self._others.facts)
        self._evaluate(now)
        return self._drain()

    def _ignore_card(self, now: float) -> None:
        """The card went unanswered: it comes again one snooze of sitting later (a card
        the person asked for does not come again)."""
        episode = self._episode
        self._end_episode(now, Outcome.IGNORED)
        self._close_card(now)
        if episode is not None and episode.kind is not PromptKind.MANUAL:
            load = self._posture_load()
            load.next_prompt_at_s = max(
                load.next_prompt_at_s, load.total(now) + self.config.snooze_s
            )

    def pause(self, until: datetime | None) -> list[Event]:
        """Hold prompts until ``until`` (None: until resumed). Tracking goes on."""
        now = self._sync()
        self._paused = True
        self._paused_until = until
        self._evaluate(now)
        return self._drain()

    def resume_prompts(self) -> list[Event]:
        now = self._sync()
        if self._paused:
            self._paused = False
            self._paused_until = None
            self._events.append(PauseEnded())
        self._evaluate(now)
        return self._drain()

    def fix_last_gap(self, *, was_away: bool) -> list[Event]:
        """Correct the most recent input gap: "I was away" or "I was here".

        Returns no events when there is nothing to correct.
        """
        now = self._sync()
        if not was_away and self._away_cause is not None and not self._locked:
            self._come_back(now)
        gap = self._gap
        if gap is None or gap.was_away == was_away or gap.end <= gap.start:
            return self._drain()
        new_total, ended = gap.recount(
            was_away=was_away, sit_now=self._sit.total(now), min_break_s=self.config.min_break_s
        )
        if ended:
            self._sit.next_prompt_at_s = self.config.posture_change_s
            self._events.append(SitReset(gap.sit_before_s, natural=True, recovery_until=None))
        elif not was_away:
            self._sit.next_prompt_at_s = gap.next_prompt_before_s
            self._recovery_until = None
        self._timeline.relabel(gap.start, gap.end, State.AWAY if was_away else State.SITTING)
        self._set_sit_total(now, new_total)
        self._creep_warned = new_total >= self.config.creep_s
        self._evaluate(now)
        return self._drain()

    def _set_sit_total(self, now: float, total: float) -> None:
        self._sit.committed_s = max(0.0, total)
        if self._sit.running_since is not None:
            self._sit.running_since = now
        # Corrected by hand: as if sat without a pause until now.
        self._sit.as_one_stretch(now, self._sit.committed_s)

    def reconfigure(self, config: EngineConfig) -> list[Event]:
        """New settings take effect at once; the current sit is kept."""
        now = self._sync()
        shift = config.posture_change_s - self.config.posture_change_s
        self.config = config
        for load in (self._sit, self._stand):
            # A snooze or skip moved the next prompt past the interval: keep that offset.
            load.next_prompt_at_s = max(config.posture_change_s, load.next_prompt_at_s + shift)
        self._evaluate(now)
        return self._drain()

    # ----------------------------------------------------------------- queries

    @property
    def state(self) -> State:
        return self._timeline.state

    @property
    def posture(self) -> Posture:
        return self._posture

    def status(self) -> Status:
        """What the person would want to know at a glance (reads the clock, no events)."""
        now = self._clock.monotonic()
        load = self._posture_load()
        next_prompt: float | None = None
        if self._timeline.state in (State.SITTING, State.STANDING) and not self._paused:
            next_prompt = max(0.0, load.next_prompt_at_s - load.total(now))
        recovery = self._recovery_until
        if recovery is not None and recovery <= self._clock.now():
            recovery = None
        return Status(
            state=self._timeline.state,
            posture=self._posture,
            sitting_s=self._sit.total(now),
            standing_s=self._stand.total(now),
            next_prompt_s=next_prompt,
            creep_threshold_s=self.config.creep_s,
            posture_change_s=self.config.posture_change_s,
            paused=self._paused,
            paused_until=self._paused_until,
            recovery_until=recovery,
            prompt_held=self._prompt_is_due(now) and not self._may_prompt(now),
            card_open=self._card_open,
            can_snooze=self._episode is not None
            and self._episode.snoozes < self.config.max_snoozes,
            away_cause=self._away_cause,
            last_sit_s=self._last_sit_s,
        )

    def open_span(self) -> Span:
        """The span in progress, up to now (for checkpoints)."""
        return self._timeline.open_span(self._clock.monotonic())

    def next_due_s(self) -> float | None:
        """Seconds until something may next fall due, so the edge can sleep until then."""
        now = self._clock.monotonic()
        cfg = self.config
        candidates: list[float] = []
        load = self._posture_load()
        present = self._away_cause is None
        last_seen = max(self._last_input, self._watching_until)
        if present and not self._card_open:
            total = load.total(now)
            if load is self._sit and not self._creep_warned:
                candidates.append(cfg.creep_s - total)
            if load is self._sit and total < cfg.creep_s:
                # The quiet counts as sitting, so the sit can reach creep during it, and
                # then the away limit drops to a minimum break (whether or not the warning
                # was given: another computer may have given it, rule 11).
                candidates.append(max(last_seen + cfg.min_break_s, now + cfg.creep_s - total) - now)
            candidates.append(load.next_prompt_at_s - total)
            candidates.append(last_seen + self._away_threshold(now) - now)
        if self._card_open and self._card_since is not None:
            if self._card_break_at is None:
                quiet_from = max(last_seen, self._card_since)
                candidates.append(quiet_from + cfg.min_break_s - now)
                if cfg.close_ignored_cards:
                    candidates.append(self._card_since + cfg.card_ignored_after_s - now)
            elif self._card_return_at is not None:
                candidates.append(self._card_return_at + _CARD_FORGOTTEN_AFTER_S - now)
            elif self._away_since is not None:
                candidates.append(self._away_since + cfg.min_break_s + cfg.away_after_s - now)
        for other in (self._sit, self._stand):
            if other.interrupted_since is not None and other.total(now) > 0:
                candidates.append(other.interrupted_since + cfg.min_break_s - now)
        if self._away_since is not None and self._posture is Posture.STANDING:
            candidates.append(self._away_since + cfg.posture_reset_after_away_s - now)
        if self._return_candidate is not None:
            candidates.append(self._return_candidate + cfg.return_confirm_s - now)
        wall = self._clock.now()
        if self._paused and self._paused_until is not None:
            candidates.append((self._paused_until - wall).total_seconds())
        candidates.append((self._timeline.next_midnight(wall) - wall).total_seconds())
        if self._prompt_is_due(now) and not cfg.active_hours.is_active(wall):
            start = cfg.active_hours.next_start(wall)
            if start is not None:
                candidates.append((start - wall).total_seconds())
        future = [c for c in candidates if c > 0]
        return min(future) if future else None

    def poll_interval_s(self, *, source_has_events: bool) -> float | None:
        """How often the edge should read activity; None: wait for the source's events.

        Idle readings are cumulative, so a slow poll loses nothing while the person is
        active. While away, a return must be seen within seconds unless the source says so
        itself; while locked, the unlock arrives as an event.
        """
        if self._locked and source_has_events:
            return None
        if self._return_candidate is not None:
            return 2.0
        if self._away_cause is not None:
            return None if source_has_events else _AWAY_POLL_S
        return _ACTIVE_POLL_S

    def snapshot(self) -> EngineSnapshot:
        """Everything needed to carry the sit over a restart."""
        now = self._clock.monotonic()
        episode = None
        if self._episode is not None:
            episode = EpisodeSnapshot(
                kind=self._episode.kind.value,
                started=self._timeline.wall(self._episode.started).isoformat(),
                snoozes=self._episode.snoozes,
                exercise_id=self._episode.exercise_id,
            )
        return EngineSnapshot(
            saved_at=self._timeline.wall(now).isoformat(),
            posture=self._posture.value,
            sit_s=self._sit.total(now),
            stand_s=self._stand.total(now),
            sit_next_prompt_s=self._sit.next_prompt_at_s,
            stand_next_prompt_s=self._stand.next_prompt_at_s,
            creep_warned=self._creep_warned,
            paused=self._paused,
            paused_until=self._paused_until.isoformat() if self._paused_until else None,
            recovery_until=self._recovery_until.isoformat() if self._recovery_until else None,
            episode=episode,
        )

    # ----------------------------------------------------------------- the timeline

    def _sync(self) -> float:
        """Bring the timeline to now (clock jumps, midnights), and end a pause that ran out."""
        now = self._timeline.sync()
        if (
            self._paused
            and self._paused_until is not None
            and self._clock.now() >= self._paused_until
        ):
            self._paused = False
            self._paused_until = None
            self._events.append(PauseEnded())
        return now

    def _sit_before(self, state: State, t: float) -> float:
        if state is not State.SITTING:
            return 0.0
        running = self._sit.running_since
        if running is None or t < running:
            return self._sit.committed_s
        return self._sit.committed_s + (t - running)

    # ----------------------------------------------------------------- presence

    def _away_threshold(self, now: float) -> float:
        """Reading is sitting: short gaps count as sitting, until the sit is past the
        creep threshold, when a minimum break's gap means the person most likely got up."""
        if self._sit.total(now) >= self.config.creep_s:
            return self.config.min_break_s
        return self.config.away_after_s

    def _take_idle(self, now: float, idle_s: float) -> None:
        """Learn the last input from a reading; a return while away needs input that
        lasts, not a bumped mouse. What the quiet means is decided in ``_check_presence``."""
        last_input = max(now - idle_s, 0.0)
        if self._away_cause is None:
            self._note_gap(last_input)
            self._note_input(last_input)
            return
        away_since = self._away_since if self._away_since is not None else now
        if last_input <= max(away_since, self._bump_until) + 0.5:
            self._return_candidate = None
            return
        if self._return_candidate is None or last_input < self._return_candidate:
            self._return_candidate = last_input
            self._last_input = last_input
            # What the other computers said when this return began decides where the
            # person came from (the return is confirmed a few seconds later).
            self._others.facts_at_return = self._others.facts
            return
        self._last_input = last_input
        if last_input - self._return_candidate >= 0.8 * self.config.return_confirm_s:
            self._come_back(self._return_candidate)
        elif now - last_input > 3 * self.config.return_confirm_s:
            # A lone input (a bumped mouse): forget it for good, so a later reading that
            # still shows it as the last input does not take it up again.
            self._return_candidate = None
            self._bump_until = last_input

    def _check_presence(self, now: float) -> None:
        """What the quiet since the last input means, at ``now`` (README rules 3, 4, 7)."""
        if self._locked or self._away_cause in (AwayCause.LOCKED, AwayCause.SUSPENDED):
            return
        cfg = self.config
        # Watching counts as presence; only the time since both input and watching
        # ended can make the person away.
        last_seen = max(self._last_input, self._watching_until)
        if (
            self._card_open
            and self._card_since is not None
            and self._card_break_at is None
            and cfg.close_ignored_cards
            and now - self._card_since >= cfg.card_ignored_after_s
        ):
            self._ignore_card(now)
        if (
            self._card_open
            and self._card_return_at is not None
            and self._away_cause is None
            and now - self._card_return_at >= _CARD_FORGOTTEN_AFTER_S
        ):
            self._end_episode(now, Outcome.NATURAL)
            self._close_card(now)
        if self._away_cause is None and not self._card_open:
            if now - last_seen >= self._away_threshold(now):
                self._go_away(last_seen, AwayCause.IDLE)
        elif self._away_cause is None and self._card_break_at is None:
            # Quiet on the card is the break (from the card's opening at the earliest).
            quiet_from = max(last_seen, self._card_since or now)
            if now - quiet_from >= cfg.min_break_s:
                if self._others.seen_after(quiet_from):
                    # At another computer meanwhile: no break; the card goes unanswered,
                    # and the quiet is what it is without a card.
                    self._ignore_card(now)
                    if now - last_seen >= self._away_threshold(now):
                        self._go_away(last_seen, AwayCause.IDLE)
                else:
                    self._start_break(quiet_from, now)
        elif (
            self._away_cause is AwayCause.BREAK
            and self._card_open
            and self._return_candidate is None
            and self._away_since is not None
            and now - self._away_since >= cfg.min_break_s + cfg.away_after_s
        ):
            # Gone well past the break: the card goes, and the rest is away.
            self._end_episode(now, Outcome.NATURAL)
            self._close_card(now)
            self._away_cause = AwayCause.IDLE
            self._retarget(self._away_since + cfg.min_break_s + cfg.away_after_s)

    def _start_break(self, at: float, now: float) -> None:
        """On a break from ``at``: the posture held until then ends (prompted by the card)."""
        # As in _go_away: the span changes from its start on (a day already written
        # stays), but the break began at ``at``, and the limits count from there.
        since, at = at, max(at, self._timeline.span_start)
        if self._away_cause is None:
            self._away_since = since
            self._input_before_away = max(self._last_input, self._watching_until)
        self._away_cause = AwayCause.BREAK
        self._return_candidate = None
        self._card_break_at = at
        self._retarget(at)
        self._reset_load(self._posture_load(), at, now, natural=False, keep_episode=True)

    def _close_card_unanswered(self, now: float) -> None:
        """Locked, suspended, away or a new posture: the card goes. Once a break was
        counted on it, that was the break; otherwise the prompt stays pending."""
        if self._card_break_at is not None:
            self._end_episode(now, Outcome.NATURAL)
        self._close_card(now)

    def _note_gap(self, last_input: float) -> None:
        """Remember the latest long pause in input, so "I was away" can correct it.

        Readings only give the latest input, so the gap is known to run from the input
        before it at least until the previous reading that still saw no input.
        """
        previous = self._last_input
        seen_until = self._prev_sample_t
        if last_input > previous and seen_until - previous >= _GAP_WORTH_FIXING_S:
            sit_before = self._sit.total(previous)
            self._gap = QuietSpell(
                start=previous,
                end=seen_until,
                was_away=False,
                sit_before_s=sit_before,
                sit_after_s=sit_before + (seen_until - previous),
                next_prompt_before_s=self._sit.next_prompt_at_s,
            )

    def _go_away(self, at: float, cause: AwayCause) -> None:
        # The span can only change from its start on (a day already written stays), but
        # the away itself began at ``at``: that is what the 30 minutes are counted from.
        since, at = at, max(at, self._timeline.span_start)
        if self._card_open:
            self._close_card_unanswered(at)
        if self._away_cause is None:
            self._away_since = since
            self._input_before_away = max(self._last_input, self._watching_until)
            self._gap = QuietSpell(
                start=at,
                end=at,
                was_away=True,
                sit_before_s=self._sit.total(at),
                next_prompt_before_s=self._sit.next_prompt_at_s,
            )
        self._away_cause = cause
        self._return_candidate = None
        self._retarget(at)

    def _come_back(self, at: float, *, keep_posture: bool = False) -> None:
        if self._away_cause is None:
            return
        away_since = self._away_since if self._away_since is not None else at
        on_break = self._away_cause is AwayCause.BREAK
        if on_break and self._card_open:
            self._card_return_at = at
        if self._gap is not None and self._gap.was_away and not on_break:
            self._gap.end = at
        if at - away_since >= self.config.posture_reset_after_away_s and not keep_posture:
            self._posture = Posture.SITTING
        others = self._others
        peers = others.facts_at_return if at == self._return_candidate else others.facts
        self._away_cause = None
        self._away_since = None
        self._return_candidate = None
        others.facts_at_return = ()
        self._last_input = max(self._last_input, at)
        self._retarget(at)
        self._carry(self._input_before_away, at, peers)
        if self._gap is not None and self._gap.was_away and not on_break:
            self._gap.sit_after_s = self._sit.total(at)

    # ----------------------------------------------------------------- other computers

    def presence(self) -> Presence:
        """What this computer tells the others about the person now (README rule 11)."""
        now = self._clock.monotonic()
        # On the timeline's calendar (the one the history is written in): one fixed
        # mapping, so a moment published twice reads the same (two clock readings would
        # differ by microseconds, and the word be written again at every wake).
        on_wall = self._timeline.wall

        seen = min(max(self._last_input, self._watching_until), now)
        load = self._sit
        running = load.running_since is not None
        paused = load.interrupted_since if not running else None
        return Presence(
            seen=on_wall(seen),
            state=self._timeline.state,
            # While sitting, the quiet since the last input counts (reading); the reader
            # judges that quiet itself, so the sit is given as it was at that input.
            sit_s=max(0.0, load.total(now) - (now - seen)) if running else load.total(now),
            sit_paused_since=None if paused is None else on_wall(paused),
            zero_at=None if self._others.zero_at is None else on_wall(self._others.zero_at),
            creep_warned=self._creep_warned,
            next_prompt_s=load.next_prompt_at_s,
        )

    def _take_peers(self, now: float, presences: Sequence[Presence]) -> None:
        """The other computers' latest word, on this clock: a break they know of and this
        one does not ends the sit here too; a sit they share is as far along as theirs."""
        wall = self._timeline.wall(now)  # the calendar this computer publishes on
        newest = self._others.take(presences, now, wall)
        if newest is not None:
            self._learn_break(newest, now)
        self._share_prompts()

    def _learn_break(self, zero_at: float, now: float) -> None:
        """Another computer saw a break at ``zero_at``: from then only the sitting seen
        here counts."""
        load = self._sit
        at = min(zero_at, now)
        total = load.total(now)
        after = max(0.0, total - load.total_at(at) - load.carried_in_after(at))
        if after < total - _CARRY_EPSILON_S:
            episode = self._episode
            if (
                self._card_open
                and episode is not None
                and (episode.kind is not PromptKind.STANDING_TOO_LONG)
            ):
                # That break was the card's answer (a card about standing is not).
                self._end_episode(at, Outcome.NATURAL)
                self._close_card(now)
            paused_since = load.interrupted_since
            self._reset_load(load, at, now, natural=True, ended_at=at)
            if load.running_since is not None:
                # Sat here since the break: as one stretch up to now, so that a quiet
                # found to be away later takes it back.
                load.running_since = now - after
            else:
                load.committed_s = after
                if paused_since is not None and after > 0:
                    load.interrupted_since = paused_since
            load.as_one_stretch(now, after)
        elif total <= 0:
            # No sit here to end, but a warning shared from the sit that break ended
            # belongs to that sit, not to the next one.
            self._creep_warned = False
            load.next_prompt_at_s = self.config.posture_change_s
        self._others.zero_at = zero_at

    def _share_prompts(self) -> None:
        """Within one sit (the same latest break known), a warning given and a card put off
        on another computer hold here."""
        for fact in self._others.in_this_sit():
            self._creep_warned = self._creep_warned or fact.creep_warned
            self._sit.next_prompt_at_s = max(self._sit.next_prompt_at_s, fact.next_prompt_s)

    def _held_elsewhere(self, load: Load, since: float) -> bool:
        """A pause of the sit here while another computer saw the person is no break."""
        return load is self._sit and self._others.seen_after(since)

    def _note_input(self, at: float) -> None:
        """Input (or a click) at ``at``; coming from another computer, the sit comes too."""
        previous = self._last_input
        self._last_input = max(previous, at)
        if at > previous and self._away_cause is None:  # a return carries in _come_back
            self._carry(max(previous, self._watching_until), at, self._others.facts)

    def _carry(self, previous: float, at: float, peers: Sequence[PeerFact]) -> None:
        """The person's first input here at ``at`` after ``previous``: if another computer
        saw them in between, the sit is the one counted there, carried over the time since
        (README rule 11), unless that time ended it; a higher count here stands."""
        if at - previous < _ARRIVAL_QUIET_S:
            return  # back within the minute: the quiet was reading, here
        source = OtherComputers.came_from(peers, previous, at)
        if source is None:
            return
        carried, ended_at = carried_sit(source, at, self.config)
        load = self._sit
        now = self._timeline.last_t
        if ended_at is not None:
            # The way here was a break.
            if load.total(now) > 0:
                self._reset_load(load, min(ended_at, now), now, natural=True, ended_at=ended_at)
            else:
                self._others.break_here(ended_at)
                # A new sit: nothing from the one that ended holds.
                self._creep_warned = False
                load.next_prompt_at_s = self.config.posture_change_s
            return
        own = load.total(at)
        if carried <= own + _CARRY_EPSILON_S:
            return
        # A sit that began before the latest break known here counts time that break
        # ended: that computer had not heard of it.
        began = source.seen if source.paused_since is None else source.paused_since
        known = self._others.zero_at
        if known is not None and began - source.sit_s < known - SAME_BREAK_S:
            return
        # The sit at ``at`` becomes the carried one; what followed here is kept. Paused
        # here, it is paused since it was there, or since it arrived.
        load.committed_s += carried - own
        if load.running_since is None:
            load.interrupted_since = at if source.paused_since is None else source.paused_since
        if source.zero_at is not None and (known is None or source.zero_at > known):
            self._others.zero_at = source.zero_at
        # Noted from when the sit runs here (a return dated back runs it from midnight
        # at the earliest: the day before is written).
        running_since = load.running_since
        load.note_change(at if running_since is None else max(at, running_since))
        load.carry_in(at, carried - own)
        self._share_prompts()

    # ----------------------------------------------------------------- state and loads

    def _posture_load(self) -> Load:
        return self._sit if self._posture is Posture.SITTING else self._stand

    def _target_state(self) -> State:
        if self._away_cause is AwayCause.BREAK:
            return State.ON_BREAK
        if self._away_cause is not None:
            return State.AWAY
        match self._posture:
            case Posture.SITTING:
                return State.SITTING
            case Posture.STANDING:
                return State.STANDING
            case _ as unreachable:
                assert_never(unreachable)

    def _retarget(self, at: float) -> None:
        """Move to the state the flags describe, starting at ``at``."""
        new = self._target_state()
        if new == self._timeline.state:
            return
        at = max(at, self._timeline.span_start)
        old = self._timeline.state
        self._timeline.change(new, at)
        for load, held in ((self._sit, State.SITTING), (self._stand, State.STANDING)):
            if old == held:
                load.committed_s = load.total(at)
                load.running_since = None
                load.interrupted_since = at
            if new == held:
                if (
                    load.interrupted_since is not None
                    and load.total(at) > 0
                    and at - load.interrupted_since >= self.config.min_break_s
                    and not self._held_elsewhere(load, load.interrupted_since)
                ):
                    self._reset_load(load, load.interrupted_since, at, natural=True)
                load.running_since = at
                load.interrupted_since = None
        if State.SITTING in (old, new):
            self._sit.note_change(at)
        self._events.append(StateChanged(old, new, self._timeline.wall(at)))

    def _reset_load(
        self,
        load: Load,
        stopped: float,
        now: float,
        *,
        natural: bool,
        keep_episode: bool = False,
        ended_at: float | None = None,
    ) -> None:
        """Back to zero. ``stopped``: when the posture was last held (for recovery).

        A pending prompt's episode ends as natural unless ``keep_episode`` (the card is
        still open and the person may yet answer it), at the moment the interruption
        reached a minimum break (a reset learned late, after a suspend, is not moved).
        """
        total = load.total(min(stopped, now))
        ended = min(now, stopped + self.config.min_break_s) if natural else now
        if ended_at is not None:
            ended = min(now, ended_at)
        # A card on screen keeps its episode: the person may still answer it.
        keep_episode = keep_episode or self._card_open
        running = load.running_since is not None
        load.committed_s = 0.0
        load.running_since = now if running else None
        # A paused sit stays paused since the pause began: other computers judge by it
        # how long the person has been gone (README rule 11).
        load.interrupted_since = None if running else (load.interrupted_since or now)
        load.next_prompt_at_s = self.config.posture_change_s
        if load is not self._sit:
            episode = self._episode
            standing = episode is not None and episode.kind is PromptKind.STANDING_TOO_LONG
            if standing and not keep_episode:
                self._end_episode(ended, Outcome.NATURAL)
            return
        self._others.break_here(ended)
        self._sit.as_one_stretch(now, 0.0)
        recovery: datetime | None = None
        if total > self.config.creep_s:
            recovery = self._timeline.wall(stopped) + timedelta(seconds=total)
            self._recovery_until = recovery
        self._creep_warned = False
        if total > 0:
            self._last_sit_s = total
        if self._episode is not None and self._episode.kind is not PromptKind.STANDING_TOO_LONG:
            # A prompt was pending: the break it asked for came on its own.
            natural = False
            if not keep_episode:
                self._end_episode(ended, Outcome.NATURAL)
        if total > 0:
            self._events.append(SitReset(total, natural=natural, recovery_until=recovery))

    # ----------------------------------------------------------------- prompts

    def _may_prompt(self, now: float) -> bool:
        """Prompts need a person at the screen, an unlocked screen, no pause, active hours."""
        return (
            not self._paused
            and not self._locked
            and self._away_cause is None
            and now - self._last_input <= self.config.recent_input_s
            # Side by side, the computer touched last warns and prompts (rule 11).
            and not self._others.seen_after(max(self._last_input, self._watching_until))
            and self.config.active_hours.is_active(self._clock.now())
        )

    def _prompt_is_due(self, now: float) -> bool:
        if self._card_open or self._away_cause is not None:
            return False
        load = self._posture_load()
        return load.total(now) >= load.next_prompt_at_s

    def _evaluate(self, now: float) -> None:
        cfg = self.config
        self._check_presence(now)
        # Interruptions long enough to reset a posture's load, while the interruption lasts.
        for load in (self._sit, self._stand):
            since = load.interrupted_since
            if since is None or load.total(now) <= 0:
                continue
            end = self._return_candidate if self._return_candidate is not None else now
            if end - since >= cfg.min_break_s and not self._held_elsewhere(load, since):
                self._reset_load(load, since, now, natural=True)
        if (
            self._away_since is not None
            and self._posture is Posture.STANDING
            and now - self._away_since >= cfg.posture_reset_after_away_s
        ):
            self._posture = Posture.SITTING
        if self._card_open or self._awaiting_card or not self._may_prompt(now):
            return
        if self._timeline.state is State.SITTING:
            sit = self._sit.total(now)
            if not self._creep_warned and sit >= cfg.creep_s:
                self._creep_warned = True
                self._events.append(CreepReached(sit))
            if sit >= self._sit.next_prompt_at_s:
                if self._episode is None:
                    self._episode = _OpenEpisode(PromptKind.POSTURE_CHANGE, now)
                self._fire_prompt(now)
        elif self._timeline.state is State.STANDING and self._stand.total(now) >= (
            self._stand.next_prompt_at_s
        ):
            if self._episode is None:
                self._episode = _OpenEpisode(PromptKind.STANDING_TOO_LONG, now)
            self._fire_prompt(now)

    def _fire_prompt(self, now: float) -> None:
        episode = self._episode
        if episode is None:
            return
        self._awaiting_card = True
        self._events.append(
            PromptDue(
                kind=episode.kind,
                reprompt=episode.prompts,
                can_snooze=episode.snoozes < self.config.max_snoozes,
                sit_s=self._sit.total(now),
            )
        )
        episode.prompts += 1

    def _close_card(self, now: float) -> None:
        self._awaiting_card = False
        if self._card_open:
            self._card_open = False
            self._card_since = None
            self._events.append(PromptWithdrawn("closed"))
            self._retarget(now)

    def _end_episode(self, now: float, outcome: Outcome) -> None:
        episode = self._episode
        if episode is None:
            return
        self._episode = None
        self._awaiting_card = False
        self._events.append(
            EpisodeEnded(
                Episode(
                    kind=episode.kind,
                    started=self._timeline.wall(episode.started),
                    ended=self._timeline.wall(now),
                    outcome=outcome,
                    snoozes=episode.snoozes,
                    exercise_id=episode.exercise_id,
                )
            )
        )

    # ----------------------------------------------------------------- persistence

    def _restore(self, snap: EngineSnapshot, now_wall: datetime) -> None:
        """Carry a sit over a short restart; after a long one, start fresh."""
        holds = still_holds(snap, now_wall, self.config.away_after_s)
        if holds is None:
            return
        self._paused, self._paused_until = holds.paused, holds.paused_until
        self._recovery_until = holds.recovery_until
        saved = holds.sit
        if saved is None:
            return
        self._posture = Posture(saved.posture)
        self._sit.committed_s = max(0.0, saved.sit_s)
        self._stand.committed_s = max(0.0, saved.stand_s)
        self._sit.next_prompt_at_s = saved.sit_next_prompt_s
        self._stand.next_prompt_at_s = saved.stand_next_prompt_s
        self._creep_warned = saved.creep_warned
        if self._posture is Posture.STANDING:
            start = self._timeline.span_start
            self._timeline.state = State.STANDING  # nothing written yet: no span to close
            self._sit.running_since, self._sit.interrupted_since = None, start
            self._stand.running_since, self._stand.interrupted_since = start, None
        # As if the restored sit had run without a pause until now (for rule 11's breaks).
        self._sit.as_one_stretch(self._timeline.span_start, self._sit.committed_s)
        if saved.episode is not None and holds.episode_started is not None:
            self._episode = _OpenEpisode(
                PromptKind(saved.episode.kind),
                self._timeline.anchor_t - (now_wall - holds.episode_started).total_seconds(),
                snoozes=saved.episode.snoozes,
                exercise_id=saved.episode.exercise_id,
            )

    def _drain(self) -> list[Event]:
        # The timeline appends to the same list: empty it, do not replace it.
        events = self._events[:]
        self._events.clear()
        return events
