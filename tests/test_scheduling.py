"""Calendar jobs on the app's clock: drills across active hours, coalesced misfires, one
timer however often jobs are rescheduled."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from creepguard.core.clock import FakeClock
from creepguard.core.policy import ActiveHours
from creepguard.scheduling import (
    ClockScheduler,
    daily_trigger,
    drill_times,
    drill_trigger,
)

TZ = ZoneInfo("Europe/Berlin")


def test_drills_are_spread_across_active_hours() -> None:
    hours = ActiveHours(time(8), time(18))
    assert drill_times(hours, 4) == [(9, 15), (11, 45), (14, 15), (16, 45)]
    assert drill_times(hours, 0) == []
    overnight = ActiveHours(time(22), time(2))
    assert drill_times(overnight, 2) == [(23, 0), (1, 0)]


def test_jobs_run_at_their_moment_on_the_fake_clock(qtbot: QtBot) -> None:
    clock = FakeClock(datetime(2026, 11, 23, 9, 0, tzinfo=TZ), tz=TZ)
    scheduler = ClockScheduler(clock)
    ran: list[str] = []
    hours = ActiveHours(time(8), time(18), frozenset(range(5)))
    for index, (hour, minute) in enumerate(drill_times(hours, 4)):
        scheduler.add(f"drill-{index}", drill_trigger(hours, hour, minute, TZ),
                      lambda i=index: ran.append(f"drill-{i}"), grace_s=1200)  # fmt: skip
    assert scheduler.next_fire("drill-0") == datetime(2026, 11, 23, 9, 15, tzinfo=TZ)
    for _ in range(24 * 4):  # a day in quarter hours
        clock.advance(15 * 60)
        scheduler.run_due()
    assert ran == ["drill-0", "drill-1", "drill-2", "drill-3"]
    # Saturday is not an active day: from Saturday morning the next drill is on Monday.
    clock.advance(4 * 86400)
    scheduler.run_due()
    assert scheduler.next_fire("drill-0") == datetime(2026, 11, 30, 9, 15, tzinfo=TZ)


def test_a_job_missed_during_sleep_runs_once_within_grace_or_is_skipped(qtbot: QtBot) -> None:
    clock = FakeClock(datetime(2026, 11, 23, 8, 0, tzinfo=TZ), tz=TZ)
    scheduler = ClockScheduler(clock)
    ran: list[str] = []
    scheduler.add("rollover", daily_trigger(0, 0, TZ), lambda: ran.append("rollover"), grace_s=None)
    scheduler.add("drill", daily_trigger(9, 0, TZ), lambda: ran.append("drill"), grace_s=600)
    clock.advance(3 * 86400)  # asleep for three days
    scheduler.run_due()
    assert ran == ["rollover"]  # once, not three times; the drill is long past its grace
    assert scheduler.next_fire("drill") == datetime(2026, 11, 26, 9, 0, tzinfo=TZ)


def test_rescheduling_keeps_a_single_timer(qtbot: QtBot) -> None:
    clock = FakeClock(datetime(2026, 11, 23, 8, 0, tzinfo=TZ), tz=TZ)
    scheduler = ClockScheduler(clock)
    for n in range(50):
        scheduler.add("drill", daily_trigger(9, n % 60, TZ), lambda: None, grace_s=60)
    from PySide6.QtCore import QTimer

    timers = scheduler.findChildren(QTimer)
    assert len(timers) == 1 and timers[0].isActive()
    assert scheduler.job_names == ["drill"]
    scheduler.remove_prefix("drill")
    assert not scheduler.timer_active


def test_the_timer_follows_the_time_scale(qtbot: QtBot) -> None:
    clock = FakeClock(datetime(2026, 11, 23, 8, 0, tzinfo=TZ), tz=TZ)
    scheduler = ClockScheduler(clock, rate=120)
    scheduler.add("in-an-hour", daily_trigger(9, 0, TZ), lambda: None, grace_s=None)
    from PySide6.QtCore import QTimer

    (timer,) = scheduler.findChildren(QTimer)
    assert timer.interval() == int(timedelta(hours=1).total_seconds() / 120 * 1000)
