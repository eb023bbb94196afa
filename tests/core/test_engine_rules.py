"""The sitting engine's rules, each as a scenario: what the person does, and the event log
and spans that must follow. Time is simulated: hours run in milliseconds."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from creepguard.core.events import (
    CreepReached,
    EpisodeEnded,
    PromptDue,
    PromptWithdrawn,
    SitReset,
    StateChanged,
)
from creepguard.core.model import Outcome, Posture, PromptKind, State
from creepguard.core.policy import ActiveHours, EngineConfig
from tests.core.sim import Sim, state_total

NOTICES = (CreepReached, PromptDue, EpisodeEnded, SitReset)


def test_creep_warning_then_posture_prompt_at_the_thresholds() -> None:
    sim = Sim()
    sim.work(31)
    assert sim.log(CreepReached, PromptDue) == [
        "20:00 creep at 20:00",
        "30:00 prompt posture_change #0",
    ]
    # Typing on with the card open is still sitting, and the sit grows.
    assert sim.engine.state is State.SITTING
    assert sim.engine.status().sitting_s == 31 * 60
    assert sim.engine.status().card_open


def test_done_resets_the_sit_and_reports_recovery() -> None:
    sim = Sim()
    sim.work(30)
    sim.idle(1)  # doing the stretch on the card
    sim.act("break_done")
    status = sim.engine.status()
    assert status.sitting_s == 0
    assert sim.log(EpisodeEnded, SitReset)[-2:] == [
        "31:00 reset after 30:00 (prompted)",
        "31:00 episode done",
    ]
    reset = [e for _, e in sim.events if isinstance(e, SitReset)][-1]
    # Recovery lasts as long as the sit, counted from when the sitting stopped (the card).
    assert reset.recovery_until == sim.clock.now() - timedelta(minutes=1) + timedelta(minutes=30)
    assert status.recovery_until == reset.recovery_until
    assert sim.span_log() == ["sitting 0:00-30:00", "on_break 30:00-31:00"]


def test_short_away_pauses_the_sit_without_resetting() -> None:
    sim = Sim()
    sim.work(10)
    sim.lock()
    sim.idle(1.5)
    sim.unlock()
    sim.work(5)
    assert sim.engine.status().sitting_s == 15 * 60
    assert not sim.log(SitReset)
    assert sim.span_log() == ["sitting 0:00-10:00", "away 10:00-11:30", "sitting 11:30-16:30"]


def test_an_away_of_a_minimum_break_resets_the_sit_naturally() -> None:
    sim = Sim()
    sim.work(10)
    sim.lock()
    sim.idle(2)
    sim.unlock()
    sim.work(1)
    assert sim.log(SitReset) == ["12:00 reset after 10:00 (natural)"]
    assert sim.engine.status().sitting_s == 60


def test_reading_is_sitting_before_the_creep_threshold() -> None:
    sim = Sim()
    sim.work(5)
    sim.idle(4.5)  # reading: shorter than the away threshold
    sim.work(5)
    assert sim.engine.status().sitting_s == 14.5 * 60
    assert sim.span_log() == ["sitting 0:00-14:30"]


def test_a_long_gap_before_creep_is_away_from_the_last_input() -> None:
    sim = Sim()
    sim.work(5)
    sim.idle(6)
    log = sim.log(StateChanged)
    assert log == ["10:00 sitting -> away"]  # noticed at 5 min idle...
    assert sim.span_log()[0] == "sitting 0:00-5:00"  # ...but away from the last input
    assert sim.log(SitReset) == ["10:00 reset after 5:00 (natural)"]


def test_past_creep_a_minimum_break_gap_counts_as_a_break() -> None:
    sim = Sim()
    sim.work(22)
    sim.idle(3)
    assert sim.span_log()[:2] == ["sitting 0:00-22:00", "away 22:00-25:00"]
    assert sim.log(SitReset) == ["24:00 reset after 22:00 (natural)"]


def test_a_bumped_mouse_does_not_end_away_but_ten_seconds_of_activity_does() -> None:
    sim = Sim()
    sim.work(25)
    sim.idle(3)  # away (past creep) since 25:00
    assert sim.engine.state is State.AWAY
    sim.bump()
    sim.idle(1)
    assert sim.engine.state is State.AWAY, "a lone input must not end away"
    sim.work(0.5)
    assert sim.engine.state is State.SITTING
    assert sim.span_log()[-1].startswith("sitting 29:")


def test_lock_is_away_at_once_and_unlock_returns_at_once() -> None:
    sim = Sim()
    sim.work(3)
    sim.lock()
    assert sim.engine.state is State.AWAY
    sim.idle(1)
    sim.unlock()
    assert sim.engine.state is State.SITTING


def test_suspend_is_away_and_a_long_one_resets() -> None:
    sim = Sim(events_source=True)
    sim.work(25)
    sim.act("suspend")
    sim.clock.advance(60 * 60, run_due=False)  # asleep an hour; the boot-time clock counts it
    sim.act("resume")
    sim.work(1)
    assert sim.log(SitReset) == ["85:00 reset after 25:00 (natural)"]
    assert sim.span_log()[1] == "away 25:00-85:00"
    assert sim.engine.status().sitting_s <= 60


def test_an_inhibitor_counts_as_sitting_only_while_unlocked() -> None:
    sim = Sim()
    sim.work(5)
    sim.inhibited = True
    sim.idle(20)  # a video call without touching the keyboard
    assert sim.engine.state is State.SITTING
    assert sim.engine.status().sitting_s == 25 * 60
    sim.lock()
    sim.idle(3)
    assert sim.engine.state is State.AWAY


def test_prompts_never_fire_onto_an_empty_chair_or_a_locked_screen() -> None:
    sim = Sim(EngineConfig(creep_s=20 * 60, posture_change_s=30 * 60, away_after_s=10 * 60))
    sim.work(28)
    sim.inhibited = True  # watching a video: counts as sitting, but no recent input
    sim.idle(5)
    assert not sim.log(PromptDue)
    assert sim.engine.status().prompt_held
    assert sim.engine.status().sitting_s == 33 * 60
    sim.inhibited = False
    sim.work(0.5)
    # Seen at the tracker's first wake after the input came back (its 10 s checkpoint).
    assert sim.log(PromptDue) == ["33:10 prompt posture_change #0"]


def test_snooze_reprompts_after_the_snooze_length_at_most_twice() -> None:
    sim = Sim()
    sim.work(30)
    assert sim.act("snooze")
    sim.work(5)
    assert sim.act("snooze")
    sim.work(5)
    assert sim.engine.status().can_snooze is False
    assert sim.act("snooze") == []  # refused: the limit holds
    assert sim.engine.state is State.SITTING
    assert sim.log(PromptDue) == [
        "30:00 prompt posture_change #0",
        "35:00 prompt posture_change #1",
        "40:00 prompt posture_change #2",
    ]
    sim.act("break_done")
    ended = [e.episode for _, e in sim.events if isinstance(e, EpisodeEnded)]
    assert [(e.outcome, e.snoozes) for e in ended] == [(Outcome.DONE, 2)]


def test_skip_moves_the_next_prompt_one_interval_later() -> None:
    sim = Sim()
    sim.work(30)
    sim.act("skip")
    sim.work(31)
    assert sim.log(PromptDue, EpisodeEnded) == [
        "30:00 prompt posture_change #0",
        "30:00 episode skipped",
        "60:00 prompt posture_change #0",
    ]


def test_a_pending_prompt_ends_natural_when_the_person_gets_up() -> None:
    sim = Sim(card_auto_show=False)  # the card is held (full-screen window)
    sim.work(30)
    sim.idle(3)
    assert sim.log(EpisodeEnded, SitReset) == [
        "32:00 episode natural",
        "32:00 reset after 30:00 (prompted)",
    ]


def test_quiet_on_an_open_card_counts_as_the_break_and_the_card_waits_for_done() -> None:
    sim = Sim()
    sim.work(30)
    sim.idle(1.5)
    assert sim.engine.state is State.SITTING  # a short quiet on the card is still reading
    sim.idle(3)  # still stretching: the break counted at 32:00, the card stays
    assert sim.log(SitReset) == ["32:00 reset after 30:00 (prompted)"]
    assert sim.span_log()[-1] == "on_break 30:00-34:30"
    assert sim.engine.state is State.ON_BREAK
    assert sim.log(EpisodeEnded) == []
    sim.act("break_done")
    assert sim.log(EpisodeEnded) == ["34:30 episode done"]
    assert len(sim.log(SitReset)) == 1, "Done after the counted break does not count twice"


def test_a_card_forgotten_after_the_break_ends_natural() -> None:
    sim = Sim()
    sim.work(30)
    sim.idle(3)
    sim.work(2)  # back at work in another window, the card unanswered
    # On the break the tracker still wakes every 10 s to write (a source without return
    # events): the input that came back at 33:00 is seen at 33:10; a minute later the
    # card goes.
    assert sim.log(EpisodeEnded) == ["34:10 episode natural"]
    assert sim.engine.state is State.SITTING
    sim2 = Sim()
    sim2.work(30)
    sim2.idle(10)  # left the desk with the card open
    assert sim2.log(EpisodeEnded) == ["37:00 episode natural"]
    assert sim2.engine.state is State.AWAY


def test_lock_during_a_card_closes_it_and_a_long_enough_lock_is_the_break() -> None:
    sim = Sim()
    sim.work(30)
    sim.lock()
    assert sim.log(PromptWithdrawn) == ["30:00 card closed"]
    assert sim.engine.state is State.AWAY
    sim.idle(3)
    assert sim.log(EpisodeEnded) == ["32:00 episode natural"]
    short = Sim()
    short.work(30)
    short.lock()
    short.idle(1)
    short.unlock()  # back within a minute: no break, the card comes again
    assert short.log(EpisodeEnded) == []
    assert short.log(PromptDue) == [
        "30:00 prompt posture_change #0",
        "31:00 prompt posture_change #1",
    ]


def test_standing_pauses_the_sit_and_a_long_stand_resets_it() -> None:
    sim = Sim()
    sim.work(10)
    sim.stand()
    sim.work(1)
    sim.sit()
    sim.work(1)
    assert sim.engine.status().sitting_s == 11 * 60
    sim.stand()
    sim.work(3)
    assert sim.log(SitReset) == ["14:00 reset after 11:00 (natural)"]
    assert state_total(sim.all_spans(), State.STANDING) == 4 * 60


def test_standing_too_long_prompts_to_sit_or_move() -> None:
    sim = Sim()
    sim.stand()
    sim.work(31)
    assert sim.log(PromptDue) == ["30:00 prompt standing_too_long #0"]


def test_after_a_long_away_the_posture_returns_to_sitting() -> None:
    sim = Sim()
    sim.stand()
    sim.work(5)
    sim.lock()
    sim.idle(31)
    sim.unlock()
    assert sim.engine.posture is Posture.SITTING
    assert sim.engine.state is State.SITTING


def test_outside_active_hours_nothing_prompts_but_time_is_recorded() -> None:
    hours = ActiveHours(start=time(9), end=time(17))
    start = datetime(2026, 11, 23, 17, 0, tzinfo=ZoneInfo("UTC"))
    sim = Sim(EngineConfig(active_hours=hours), start=start)
    sim.work(45)
    assert sim.log(PromptDue, CreepReached) == []
    assert sim.engine.status().sitting_s == 45 * 60


def test_a_pause_holds_prompts_and_can_run_into_the_next_day() -> None:
    start = datetime(2026, 11, 23, 23, 0, tzinfo=ZoneInfo("UTC"))
    sim = Sim(start=start)
    sim.act("pause", start + timedelta(hours=1, minutes=10))
    sim.work(65)
    assert sim.log(PromptDue) == []
    assert sim.engine.status().paused
    sim.work(6)
    assert sim.log(PromptDue) == ["70:00 prompt posture_change #0"]
    assert not sim.engine.status().paused


def test_manual_break_request_prompts_at_once() -> None:
    sim = Sim()
    sim.work(3)
    events = sim.act("request_break")
    assert isinstance(events[0], PromptDue)
    assert events[0].kind is PromptKind.MANUAL
    assert sim.engine.state is State.SITTING


def test_i_was_here_turns_the_last_away_back_into_sitting() -> None:
    sim = Sim()
    sim.work(10)
    sim.idle(6)  # away from 10:00, reset
    sim.work(1)
    sim.act("fix_last_gap", was_away=False)
    assert sim.engine.status().sitting_s == 17 * 60
    assert "relabel sitting" in " ".join(sim.log())


def test_i_was_away_turns_the_last_reading_gap_into_a_break() -> None:
    sim = Sim()
    sim.work(10)
    sim.idle(4)  # counted as sitting (under the away threshold)
    sim.work(1)
    assert sim.engine.status().sitting_s == 15 * 60
    sim.act("fix_last_gap", was_away=True)
    assert sim.engine.status().sitting_s == 60
    assert sim.span_log() == ["sitting 0:00-10:00", "away 10:00-14:00", "sitting 14:00-15:00"]


def test_spans_are_split_at_local_midnight_on_a_dst_day() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    # 2026-10-25: clocks go back at 03:00, the day has 25 hours.
    start = datetime(2026, 10, 24, 23, 50, tzinfo=berlin)
    sim = Sim(start=start, tz=berlin)
    sim.act("pause", None)
    sim.work(20)
    days = {s.start.date() for s in sim.all_spans()}
    assert days == {start.date(), start.date() + timedelta(days=1)}
    for span in sim.all_spans():
        assert span.start.date() == (span.end - timedelta(microseconds=1)).date()
    assert sum(s.duration_s for s in sim.all_spans()) == 20 * 60


def test_a_scheduled_drill_is_not_input_and_does_not_reach_an_empty_chair() -> None:
    sim = Sim(card_auto_show=False)
    sim.work(10)
    sim.idle(4)  # reading: still sitting, the quiet runs
    sim.act("request_break", by_person=False)  # the scheduled drill (held: full screen)
    sim.idle(1.5)  # five minutes of quiet in all: away from the last input
    assert sim.engine.state is State.AWAY
    assert sim.span_log()[-1] == "away 10:00-15:30"
    sim.act("request_break", by_person=False)
    assert sim.log(PromptDue) == ["14:00 prompt manual #0"], "no drill while away"


def test_a_break_on_the_card_across_midnight_counts_from_the_quiet_not_from_midnight() -> None:
    """Quiet on the card from 23:59 is the break from 23:59; the day already written ends
    the span at midnight, but the card still goes a minimum break plus the away limit
    after 23:59 (found by the two-computer model, whose second clock has its own
    midnight)."""
    tz = ZoneInfo("Europe/Berlin")
    sim = Sim(start=datetime(2026, 11, 23, 23, 29, tzinfo=tz), tz=tz)
    sim.work(30)  # the card comes at 23:59
    sim.idle(8)
    ended = [e.episode for _, e in sim.events if isinstance(e, EpisodeEnded)]
    assert [(e.outcome, e.ended) for e in ended] == [
        (Outcome.NATURAL, datetime(2026, 11, 24, 0, 6, tzinfo=tz))
    ]
