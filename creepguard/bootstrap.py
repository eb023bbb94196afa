"""The composition root: the one place that names the concrete parts of a running tracker.

Everything else receives its collaborators: the app gets a clock, a source, a store and a
shell; the tracker gets ports (``creepguard.core.ports``). Tests build the same app with
a ``FakeClock`` and a scripted idle reading instead (``tests/app_harness.py``), and the
real store, exercises and settings. ``creepguard.startup.runner`` decides only *when* this runs
(after the tray's first frame) and what happens around it.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from creepguard.app import AppParts, CreepGuardApp, load_exercises
from creepguard.demo import ScriptedPerson
from creepguard.qt_clock import QtClock
from creepguard.scheduling import ClockScheduler, install_jobs
from creepguard.sensing.desktop_state import DesktopState
from creepguard.sensing.factory import create_activity_source
from creepguard.server import ControlServer
from creepguard.storage.store import Store
from creepguard.sync.setup import follow_settings, open_link

if TYPE_CHECKING:
    from creepguard.app import Shell
    from creepguard.core.ports import ActivitySource
    from creepguard.paths import AppPaths
    from creepguard.settings import Settings

__all__ = ["Running", "build"]


@dataclass(frozen=True)
class Running:
    """A tracker built from its real parts, listening on its control socket."""

    app: CreepGuardApp
    server: ControlServer
    jobs: ClockScheduler
    person: Any = None  # the demo's scripted person (creepguard.demo.ScriptedPerson)

    def stop(self) -> None:
        """Close what runs beside the app (after ``app.quit()`` wrote everything down)."""
        self.server.close()
        self.jobs.stop()


def _time_origin(time_scale: float) -> float | None:
    """Trackers at one ``--time-scale`` on one machine (several computers, tested) share
    the origin of their faster clock (``CREEPGUARD_TIME_ORIGIN``, a POSIX time), or their
    wall clocks disagree. Ignored at real speed, and when it is not a number."""
    if time_scale == 1.0:
        return None
    try:
        origin = float(os.environ.get("CREEPGUARD_TIME_ORIGIN", ""))
    except ValueError:
        return None
    return origin if math.isfinite(origin) else None


def build(
    paths: AppPaths,
    settings: Settings,
    problems: tuple[str, ...],
    shell: Shell,
    *,
    time_scale: float,
    demo: bool,
) -> Running:
    """Build the real app: system clock on Qt's loop, the desktop's activity source (with
    the demo's scripted person in front of it), the SQLite store, the exercise library,
    the control socket and the calendar jobs. Nothing runs until ``app.start()``."""
    clock = QtClock(rate=time_scale, origin=_time_origin(time_scale))
    source: ActivitySource
    source, reports = create_activity_source()
    person = None
    if demo:
        source = person = ScriptedPerson(source, clock.monotonic, time_scale)
    link = open_link(paths, settings, clock)  # other computers (README rule 11)
    parts = AppParts(
        clock=clock,
        rate=time_scale,
        paths=paths,
        settings=settings,
        settings_problems=problems,
        store=Store(paths.database, clock.tz),
        source=source,
        reports=reports,
        exercises=load_exercises(),
        desktop=DesktopState(),
        link=link,
    )
    app = CreepGuardApp(parts, shell)
    app.settings_changed.append(lambda: follow_settings(link, app.settings))
    server = ControlServer(paths.control_socket, app.handle_command, parent=app)
    server.listen()
    jobs = install_jobs(app, clock, time_scale)
    return Running(app, server, jobs, person)
