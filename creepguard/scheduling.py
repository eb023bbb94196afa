"""Calendar-shaped jobs (posture drills, day rollover, store maintenance) on the app's clock.

APScheduler's triggers do the calendar arithmetic (cron fields, DST, time zones). They are
driven here by one Qt single-shot timer on the app's clock rather than by APScheduler's
own ``QtScheduler``, for three reasons: that scheduler reads the system clock directly, so
``--time-scale`` could not reach it; it runs jobs on a thread pool; and its wake-up timer is
never cancelled, so each reschedule adds a timer chain. The second-by-second sitting engine
is not scheduled here at all: it says itself when it is next due.

Misfires are decided per job: a job whose moment passed while the machine slept runs once
(coalesced) if it is still within its grace time, and is skipped otherwise.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from apscheduler.triggers.cron import CronTrigger
from PySide6.QtCore import QObject, QTimer

from creepguard.core.clock import Clock
from creepguard.core.policy import ActiveHours

if TYPE_CHECKING:
    from creepguard.app import CreepGuardApp

log = logging.getLogger(__name__)

# Never sleep longer than this (real time) in one go, so a suspend or a clock change is
# noticed within the hour even when the next job is days away.
_MAX_SLEEP_MS = 3_600_000


@dataclass
class _Job:
    name: str
    trigger: Any  # an APScheduler BaseTrigger
    callback: Callable[[], None]
    grace_s: float | None  # None: run however late
    next_fire: datetime | None = None


class ClockScheduler(QObject):
    """Runs APScheduler triggers on ``clock``, waking once for the earliest job.

    Args:
        clock: the app's clock.
        rate: how many clock seconds pass per real second (``--time-scale``).
    """

    def __init__(self, clock: Clock, rate: float = 1.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._rate = rate
        self._jobs: dict[str, _Job] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run_due)

    def add(
        self,
        name: str,
        trigger: Any,
        callback: Callable[[], None],
        *,
        grace_s: float | None,
    ) -> None:
        """Add or replace the job ``name``."""
        job = _Job(name, trigger, callback, grace_s)
        job.next_fire = trigger.get_next_fire_time(None, self._clock.now())
        self._jobs[name] = job
        self._arm()

    def remove_prefix(self, prefix: str) -> None:
        for name in [name for name in self._jobs if name.startswith(prefix)]:
            del self._jobs[name]
        self._arm()

    def next_fire(self, name: str) -> datetime | None:
        job = self._jobs.get(name)
        return job.next_fire if job else None

    @property
    def job_names(self) -> list[str]:
        return sorted(self._jobs)

    @property
    def timer_active(self) -> bool:
        return self._timer.isActive()

    def stop(self) -> None:
        self._timer.stop()
        self._jobs.clear()

    def _arm(self) -> None:
        upcoming = [job.next_fire for job in self._jobs.values() if job.next_fire is not None]
        if not upcoming:
            self._timer.stop()
            return
        delay_s = (min(upcoming) - self._clock.now()).total_seconds() / self._rate
        # One QTimer, restarted: rescheduling never adds a second wake-up.
        self._timer.start(int(min(max(delay_s * 1000, 0), _MAX_SLEEP_MS)))

    def run_due(self) -> list[str]:
        """Run every job that is due now; returns their names (also used by tests)."""
        now = self._clock.now()
        ran: list[str] = []
        for job in list(self._jobs.values()):
            if job.next_fire is None or job.next_fire > now:
                continue
            late_s = (now - job.next_fire).total_seconds()
            if job.grace_s is None or late_s <= job.grace_s:
                try:
                    job.callback()
                    ran.append(job.name)
                except Exception:  # a failing job must not stop the others
                    log.exception("scheduled job %s failed", job.name)
            else:
                log.info("skipped %s: %.0f s late (grace %.0f s)", job.name, late_s, job.grace_s)
            # Coalesce: whatever was missed, the next fire time is computed from now.
            job.next_fire = job.trigger.get_next_fire_time(job.next_fire, now + timedelta(0))
            while job.next_fire is not None and job.next_fire <= now:
                job.next_fire = job.trigger.get_next_fire_time(job.next_fire, now)
        self._arm()
        return ran

    def _run_due(self) -> None:
        self.run_due()


def drill_times(hours: ActiveHours, count: int) -> list[tuple[int, int]]:
    """``count`` moments spread evenly across the active hours, as (hour, minute)."""
    if count <= 0:
        return []
    start = hours.start.hour * 60 + hours.start.minute
    end = hours.end.hour * 60 + hours.end.minute
    length = (end - start) % (24 * 60) or 24 * 60
    step = length / count
    return [divmod(int(start + step * (index + 0.5)) % (24 * 60), 60) for index in range(count)]


def drill_trigger(hours: ActiveHours, hour: int, minute: int, tz: Any) -> CronTrigger:
    days = ",".join(
        ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[d] for d in sorted(hours.days)
    )
    return CronTrigger(day_of_week=days or "mon-sun", hour=hour, minute=minute, timezone=tz)


def daily_trigger(hour: int, minute: int, tz: Any) -> CronTrigger:
    return CronTrigger(hour=hour, minute=minute, timezone=tz)


def weekly_trigger(tz: Any) -> CronTrigger:
    return CronTrigger(day_of_week="sun", hour=3, minute=30, timezone=tz)


_DRILL_GRACE_S = 20 * 60  # a drill suggested much later than planned is no longer useful


def schedule_drills(scheduler: ClockScheduler, app: CreepGuardApp) -> None:
    """(Re)plan the day's "up and over" drills from the current settings."""
    scheduler.remove_prefix("drill-")
    hours = app.settings.active_hours()
    for index, (hour, minute) in enumerate(drill_times(hours, app.settings.typed.drills_per_day)):
        trigger = drill_trigger(hours, hour, minute, app.clock.tz)
        scheduler.add(f"drill-{index}", trigger, app.posture_drill, grace_s=_DRILL_GRACE_S)


def install_jobs(app: CreepGuardApp, clock: Clock, rate: float) -> ClockScheduler:
    """The calendar jobs: drills, the day rollover, weekly store maintenance."""
    scheduler = ClockScheduler(clock, rate, parent=app)
    schedule_drills(scheduler, app)
    # Each runs however late: the engine and store recompute from the clock anyway.
    scheduler.add("day-rollover", daily_trigger(0, 0, clock.tz), app.new_day, grace_s=None)
    scheduler.add("maintenance", weekly_trigger(clock.tz), app.store.maintain, grace_s=None)
    app.settings_changed.append(lambda: schedule_drills(scheduler, app))
    return scheduler
