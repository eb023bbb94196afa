"""The app wired from real parts (store, engine, library, picker) with a fake clock and
idle reading: prompts reach the shell, outcomes reach the store, commands answer."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from creepguard import settings as settings_mod
from creepguard.core.model import Posture, PromptKind, State
from creepguard.ui.port import PauseLength
from tests.app_harness import Harness

STATUS_KEYS = {
    "running",
    "state",
    "paused_until",
    "sitting_s",
    "next_prompt_s",
    "creep_threshold_s",
    "posture_change_s",
    "recovery_until",
    "today",
}


@pytest.fixture
def harness(qtbot: QtBot, tmp_path: Path) -> Harness:
    return Harness(tmp_path)


def test_a_sit_reaches_the_creep_notice_then_a_stretch_card(harness: Harness) -> None:
    harness.run(31, typing=True)
    titles = [title for title, _ in harness.shell.notices]
    assert "You have sat for 20 min." in titles
    (card,) = harness.shell.cards
    assert card.kind is PromptKind.POSTURE_CHANGE
    assert card.exercise.position.value == "standing"
    assert Path(card.illustration_path).exists()


def test_done_on_the_card_is_recorded_and_today_counts_it(harness: Harness) -> None:
    harness.run(30, typing=True)
    card = harness.shell.cards[-1]
    harness.app.card_shown(card.exercise.id)
    harness.run(1, typing=False)
    harness.app.card_done()
    status = harness.app.status_json()
    assert status["today"]["breaks_taken"] == 1
    assert status["today"]["sitting_s"] == 30 * 60
    assert status["sitting_s"] == 0
    assert status["recovery_until"] is not None
    assert any("leave heavy lifting" in body for _, body in harness.shell.notices)


def test_status_json_keeps_the_public_contract(harness: Harness) -> None:
    harness.run(5, typing=True)
    status = harness.app.handle_command({"command": "status"})
    assert set(status) >= STATUS_KEYS
    # The original four keys stay; the others were added beside them (README).
    assert set(status["today"]) >= {"sitting_s", "standing_s", "breaks_taken", "breaks_skipped"}
    assert set(status["today"]) >= {
        "breaks_done",
        "breaks_natural",
        "breaks_unprompted",
        "breaks_snoozed",
        "breaks_ignored",
        "over_creep_s",
        "longest_sit_s",
    }
    assert status["state"] == "sitting"
    assert status["sitting_s"] == 300
    assert status["next_prompt_s"] == 25 * 60
    assert status["creep_threshold_s"] == 1200
    assert status["posture_change_s"] == 1800


def test_commands_reach_the_engine(harness: Harness) -> None:
    harness.run(3, typing=True)
    assert harness.app.handle_command({"command": "stand"})["state"] == "standing"
    assert harness.app.handle_command({"command": "sit"})["state"] == "sitting"
    paused = harness.app.handle_command({"command": "pause", "seconds": 600})
    assert paused["paused_until"] == (harness.clock.now() + timedelta(minutes=10)).isoformat()
    assert harness.app.handle_command({"command": "resume"})["paused_until"] is None
    harness.app.handle_command({"command": "break"})
    assert harness.shell.cards[-1].kind is PromptKind.MANUAL
    assert harness.app.handle_command({"command": "nonsense"})["ok"] is False


def test_pause_until_tomorrow_is_the_next_start_of_active_hours(harness: Harness) -> None:
    harness.app.pause(PauseLength.TOMORROW)
    until = harness.app.engine.status().paused_until
    assert until is not None
    assert until.date() == date(2026, 11, 24) and (until.hour, until.minute) == (7, 0)


def test_a_restart_continues_the_sit_and_records_the_gap_as_untracked(harness: Harness) -> None:
    harness.run(12, typing=True)
    harness.app.quit()
    harness.clock.advance(40)
    harness.source.last_input = harness.clock.monotonic()
    harness.app = harness.build()
    assert harness.app.engine.status().sitting_s == 12 * 60
    spans = harness.app.store.spans_between(harness.start, harness.clock.now())
    assert [s.state for s in spans][-1] is State.UNTRACKED


def test_applied_settings_reach_the_running_engine_and_the_file(harness: Harness) -> None:
    harness.run(10, typing=True)
    new = harness.settings.replace(creep_threshold_min=8, posture_change_min=12)
    harness.app.apply_settings(new)
    assert harness.app.engine.config.posture_change_s == 12 * 60
    assert harness.app.engine.status().next_prompt_s == 2 * 60
    assert settings_mod.load(harness.paths.settings_file).settings["posture_change_min"] == 12
    harness.run(2.5, typing=True)
    assert harness.shell.cards, "the new interval prompts without a restart"


def test_the_app_sleeps_until_something_is_due_or_the_slow_poll(harness: Harness) -> None:
    harness.run(1, typing=True)
    assert harness.next_wake_s == 10  # back to write what the typing adds
    harness.run(0.5, typing=False)
    # Quiet, but nothing says when input comes back: it still looks every 10 s.
    assert harness.next_wake_s == 10
    harness.source.has_activity_events = True
    harness.run(0.5, typing=False)
    # Quiet, and the source's return event will wake it: only the engine's slow poll.
    assert harness.next_wake_s == 30
    harness.source.has_activity_events = False
    harness.source.locked = True
    harness.app.wake()
    harness.source.has_activity_events = True
    harness.app.wake()
    # Locked with an event source: nothing to poll; the next wake is the next due moment.
    assert (harness.next_wake_s or 0) > 30


def test_a_sped_up_clock_keeps_polling_while_away_even_with_return_events(
    tmp_path: Path,
) -> None:
    # Sources arm their return events after seconds of real idle; at 60x the person is
    # away after 5 real seconds, maybe before anything was armed.
    fast = Harness(tmp_path, rate=60.0)
    fast.source.has_activity_events = True
    fast.run(5, typing=True)
    fast.run(7, typing=False)
    assert fast.app.engine.state is State.AWAY
    assert (fast.next_wake_s or 0) <= 20

    real = Harness(tmp_path / "real")
    real.source.has_activity_events = True
    real.run(5, typing=True)
    real.run(7, typing=False)
    assert real.app.engine.state is State.AWAY
    assert (real.next_wake_s or 0) > 20  # waits for the event


def test_a_held_card_waits_for_full_screen_to_end(harness: Harness) -> None:
    harness.desktop.hold = "a full-screen window is active"
    harness.run(31, typing=True)
    assert harness.shell.cards == []
    assert harness.app.status_json()["prompt_held"] is True
    harness.desktop.hold = None
    harness.run(0.5, typing=True)
    assert len(harness.shell.cards) == 1


def test_hurts_takes_an_exercise_out_of_rotation(harness: Harness) -> None:
    harness.run(30, typing=True)
    first = harness.shell.cards[-1].exercise.id
    harness.app.card_hurts(first)
    seen = set()
    for _ in range(30):
        card = harness.app.card_another(first)
        assert card is not None
        seen.add(card.exercise.id)
    assert first not in seen


def test_a_disk_that_refuses_writes_is_said_once_and_nothing_is_lost(
    harness: Harness, tmp_path: Path
) -> None:
    from sqlalchemy import Engine, event

    def refuse(connection: Any, _record: Any) -> None:  # SQLite refuses every write
        connection.execute("PRAGMA query_only=1")

    harness.run(5, typing=True)
    event.listen(Engine, "connect", refuse)
    try:
        harness.app.store.close()  # the next write connects again, and is refused
        harness.run(10, typing=True)
        harness.app.set_posture(Posture.STANDING)
        harness.run(5, typing=True)
    finally:
        event.remove(Engine, "connect", refuse)
    warnings = [t for t, _ in harness.shell.notices if "cannot save" in t]
    assert len(warnings) == 1
    assert harness.app.status_json()["problems"]
    harness.app.store.close()  # the disk takes writes again: so does the next connection
    harness.run(1, typing=True)
    assert harness.app.status_json()["problems"] == []
    day = harness.clock.now().date()
    (summary,) = harness.app.store.day_summaries(day, day, 1200)
    assert summary.sitting_s == 15 * 60
    assert summary.standing_s == 6 * 60


def test_the_scheduled_posture_drill_offers_the_up_and_over_card(harness: Harness) -> None:
    harness.run(5, typing=True)
    harness.app.posture_drill()
    card = harness.shell.cards[-1]
    assert card.exercise.id == "up-and-over"
    assert card.kind is PromptKind.MANUAL
    harness.app.card_shown(card.exercise.id)
    harness.app.card_done()
    harness.app.take_break()  # an ordinary pick again, never the same card twice in a row
    assert len(harness.shell.cards) == 2
    assert harness.shell.cards[-1].exercise.id != "up-and-over"


def test_today_is_not_requeried_at_every_checkpoint(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    harness.run(1, typing=True)
    harness.app.status_json()
    queries = []
    real = harness.app.store.day_records
    monkeypatch.setattr(harness.app.store, "day_records", lambda *a: queries.append(a) or real(*a))
    harness.run(10, typing=True)  # twenty checkpoints of the same open span
    assert harness.app.status_json()["today"]["sitting_s"] == 11 * 60
    assert queries == []
    harness.app.set_posture(Posture.STANDING)  # a closed span: the day is read again
    harness.run(1, typing=True)
    assert len(queries) == 1
    today = harness.app.status_json()["today"]
    assert (today["sitting_s"], today["standing_s"]) == (11 * 60, 60)


def test_today_counts_the_open_span_as_it_is_now(harness: Harness) -> None:
    harness.run(10, typing=True)
    harness.app.set_posture(Posture.STANDING)
    harness.run(1, typing=True)
    today = harness.app.status_json()["today"]
    assert (today["standing_s"], today["breaks_taken"]) == (60, 0)
    # Checkpoints while standing only move the open span: no query, yet the stand has
    # become a break (2 min after a sit), with the very numbers the store will hold.
    harness.run(2, typing=True)
    today = harness.app.status_json()["today"]
    assert (today["standing_s"], today["breaks_unprompted"], today["breaks_taken"]) == (180, 1, 1)
    day = harness.clock.now().date()
    harness.app.handle_command({"command": "checkpoint"})
    (stored,) = harness.app.store.day_summaries(day, day, 1200, 120)
    assert (stored.standing_s, stored.breaks_taken) == (180, 1)


# ---------------------------------------------------------------------- crash loss


class Workday:
    """A person on the harness's fake clock: typing in the given stretches (seconds from
    the start), quiet in between. The tracker wakes itself when its timer falls due (the
    clock's ``advance`` runs it), and, for a source with return events, at the first
    input after a reading that showed the person idle long enough for the event to be
    armed."""

    def __init__(self, harness: Harness, typing: list[tuple[float, float]]) -> None:
        self.h = harness
        self.typing = typing
        self.t0 = harness.clock.monotonic()
        self.first_read = len(harness.source.read_log)
        self.returned_at = -1.0  # the last return event fired (clock seconds)

    @property
    def reads(self) -> list[float]:
        """When the tracker read the source, in seconds from the start."""
        return [round(t - self.t0, 6) for t, _idle in self.h.source.read_log[self.first_read :]]

    def now(self) -> float:
        return self.h.clock.monotonic() - self.t0

    def typing_at(self, t: float) -> bool:
        return any(a <= t <= b for a, b in self.typing)

    def _return_armed(self) -> bool:
        log = self.h.source.read_log
        if not self.h.source.has_activity_events or not log:
            return False
        when, idle = log[-1]
        return idle >= 10 and when > self.returned_at

    def run_until(self, end: float, probe: Callable[[], None] | None = None) -> None:
        """Live until ``end`` (seconds from the start); ``probe`` runs at every moment
        the person starts or stops typing and halfway between (a crash can come at any
        of them), and the tracker's own wakes run in between."""
        source = self.h.source
        while self.now() < end - 1e-9:
            edges = [b for a, b in self.typing for b in (a, b) if b > self.now() + 1e-9]
            step_to = min([end, self.now() + 1.0, *edges])
            halfway = (self.now() + step_to) / 2
            targets = [halfway, step_to]
            wake_in = self.h.clock.next_call_in()
            if wake_in is not None and self.now() < self.now() + wake_in - 1e-3 < step_to:
                # The moment just before the tracker's next wake: the most a crash loses.
                targets.insert(1, self.now() + wake_in - 1e-3)
            for target in sorted(targets):
                self.h.clock.advance(max(0.0, target - self.now()))
                typing = self.typing_at(self.now())
                if typing and not source.typing:
                    source.last_input = self.h.clock.monotonic()
                    if self._return_armed():  # the first input fires the return event
                        self.returned_at = self.h.clock.monotonic()
                        source.typing = True
                        self.h.app.tracker.on_activity_changed()
                elif not typing and source.typing:
                    source.last_input = self.h.clock.monotonic()
                source.typing = typing
                if probe is not None:
                    probe()

    def saved_sitting(self) -> float:
        """Sitting in the file, as a crash now would leave it (open row included)."""
        connection = sqlite3.connect(self.h.paths.database)
        try:
            (total,) = connection.execute(
                "SELECT COALESCE(SUM(end_ts - start_ts), 0) FROM spans WHERE state = 'sitting'"
            ).fetchone()
        finally:
            connection.close()
        return float(total)

    def unsaved(self) -> tuple[float, float]:
        """(seconds of typing, seconds in all) a crash now would lose: the whole day is
        one sit, so the file holds its first ``saved_sitting`` seconds."""
        saved_until = self.saved_sitting()
        now = self.now()
        typed = sum(max(0.0, min(b, now) - max(a, saved_until)) for a, b in self.typing)
        return typed, now - saved_until


def test_a_crash_while_typing_loses_at_most_ten_seconds(harness: Harness) -> None:
    """A source that cannot report returns (or a sped-up clock): the app comes back
    every 10 s while the person is not away, whether they type or not."""
    day = Workday(harness, typing=[(0.0, 150.0), (200.0, 260.0)])
    worst: list[float] = []

    def probe() -> None:
        typed, lost = day.unsaved()
        worst.append(lost)
        assert typed <= 10.0 + 1e-6, (day.now(), typed)
        assert lost <= 10.0 + 1e-6, (day.now(), lost)

    day.run_until(260.0, probe)
    assert max(worst) > 9.99  # the probes reached the very end of intervals
    assert harness.app.engine.state is State.SITTING
    # A wake every 10 s, no more: 26 in 260 s (at 10, 20, ... 260).
    assert len(day.reads) == 26


def test_quiet_reading_with_return_events_costs_no_extra_wakes(harness: Harness) -> None:
    """With return events: 10 s while typing; while the person reads, only the engine's
    30 s polls (which write the quiet time: lost at most 30 s of it); the first key
    after reading wakes the app and the 10 s come back."""
    harness.source.has_activity_events = True
    day = Workday(harness, typing=[(0.0, 60.0), (200.0, 230.0), (236.0, 290.0)])

    def probe() -> None:
        typed, lost = day.unsaved()
        assert typed <= 10.0 + 1e-6, (day.now(), typed)
        assert lost <= 30.0 + 1e-6, (day.now(), lost)

    day.run_until(290.0, probe)
    assert harness.app.engine.state is State.SITTING
    reading = [t for t in day.reads if 80 < t < 200]
    assert len(reading) <= 4, day.reads  # 120 s of reading: the 30 s polls only
    assert 200.0 in day.reads  # the return event
    typing = [t for t in day.reads if 0 < t <= 60]
    assert len(typing) == 6, day.reads
    # After the return event the 10 s wakes come back, once each: no second wake chain.
    back = [t for t in day.reads if 236 < t <= 290]
    assert len(back) == 6, day.reads
    assert harness.clock.pending() == 1


def test_a_stand_while_the_disk_refuses_keeps_todays_sitting(harness: Harness) -> None:
    """The disk refuses from the start: the closed sit waits in memory, and today
    counts it (it went 250 -> 0 when the sit closed)."""
    from sqlalchemy import Engine, event

    def refuse(connection: Any, _record: Any) -> None:
        connection.execute("PRAGMA query_only=1")

    event.listen(Engine, "connect", refuse)
    try:
        harness.app.store.close()
        harness.run(250 / 60, typing=True)
        assert harness.app.status_json()["problems"]
        assert harness.app.status_json()["today"]["sitting_s"] == 250
        harness.app.set_posture(Posture.STANDING)
        harness.run(1, typing=True)
        harness.app.take_break()
        harness.app.card_shown(harness.shell.cards[-1].exercise.id)
        harness.app.card_done()
        today = harness.app.status_json()["today"]
        assert harness.app.store.pending_writes > 0
        assert (today["sitting_s"], today["standing_s"], today["breaks_taken"]) == (250, 60, 1)
    finally:
        event.remove(Engine, "connect", refuse)
    harness.app.store.close()  # the disk takes writes again
    harness.run(0.5, typing=True)
    assert harness.app.store.pending_writes == 0
    after = harness.app.status_json()["today"]
    assert (after["sitting_s"], after["breaks_taken"]) == (250, 1)
    assert after["standing_s"] == 90


def test_a_disk_that_fills_during_a_sit_keeps_today_whole(harness: Harness) -> None:
    """The file holds the sit's first minute as its open row when the disk fills: that
    row is replaced by the closed span waiting in memory, and counted once."""
    from sqlalchemy import Engine, event

    def refuse(connection: Any, _record: Any) -> None:
        connection.execute("PRAGMA query_only=1")

    harness.run(1, typing=True)
    assert harness.app.status_json()["today"]["sitting_s"] == 60
    event.listen(Engine, "connect", refuse)
    try:
        harness.app.store.close()
        harness.run(2, typing=True)
        harness.app.set_posture(Posture.STANDING)
        harness.run(0.5, typing=True)
        today = harness.app.status_json()["today"]
        assert (today["sitting_s"], today["standing_s"]) == (180, 30)
        harness.app.set_posture(Posture.SITTING)
        harness.run(0.5, typing=True)
        today = harness.app.status_json()["today"]
        assert (today["sitting_s"], today["standing_s"]) == (210, 30)
    finally:
        event.remove(Engine, "connect", refuse)
    harness.app.store.close()
    harness.run(0.5, typing=True)
    today = harness.app.status_json()["today"]
    assert (today["sitting_s"], today["standing_s"]) == (240, 30)


def test_quitting_while_the_disk_refuses_says_how_much_was_not_saved(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    from sqlalchemy import Engine, event

    def refuse(connection: Any, _record: Any) -> None:
        connection.execute("PRAGMA query_only=1")

    harness.run(1, typing=True)  # the file has the first minute
    event.listen(Engine, "connect", refuse)
    try:
        harness.app.store.close()
        harness.run(250 / 60, typing=True)
        harness.app.take_break()
        harness.app.card_shown(harness.shell.cards[-1].exercise.id)
        harness.app.card_skip()
        with caplog.at_level(logging.WARNING):
            harness.app.quit()
    finally:
        event.remove(Engine, "connect", refuse)
    (said,) = [r for r in caplog.records if "could not save" in r.getMessage()]
    assert said.levelno == logging.ERROR
    message = said.getMessage()
    assert message.startswith("CreepGuard could not save 4 min 10 s of history and 2 other ")
    assert "readonly" in message or "read-only" in message, message


def test_quitting_normally_says_nothing_about_saving(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    harness.run(1, typing=True)
    with caplog.at_level(logging.WARNING):
        harness.app.quit()
    assert not [r for r in caplog.records if "could not save" in r.getMessage()]
