"""The real app, built from real parts, with only the clock and the idle reading faked."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from creepguard import settings as settings_mod
from creepguard.app import AppParts, CreepGuardApp, NullShell, load_exercises
from creepguard.core.clock import FakeClock
from creepguard.core.model import ActivitySample
from creepguard.paths import AppPaths
from creepguard.storage.store import Store
from creepguard.sync.link import FolderLink
from creepguard.sync.port import NullLink

TZ = ZoneInfo("Europe/Berlin")


@dataclass
class FakeSource:
    """The OS idle reading, behind the ActivitySource Protocol."""

    clock: FakeClock
    name: str = "fake"
    has_activity_events: bool = False
    last_input: float = 0.0
    locked: bool = False
    inhibited: bool = False
    started: bool = False
    listener: object = None
    reads: int = 0
    typing: bool = False  # input all the time: every reading shows 0 s idle
    read_log: list[tuple[float, float]] = field(default_factory=list)  # (when, idle_s)

    def start(self, listener: object) -> None:
        self.started = True
        self.listener = listener

    def read(self) -> ActivitySample:
        self.reads += 1
        now = self.clock.monotonic()
        if self.typing:
            self.last_input = now
        idle_s = now - self.last_input
        self.read_log.append((now, idle_s))
        return ActivitySample(idle_s, self.locked, self.inhibited)

    def stop(self) -> None:
        self.started = False


@dataclass
class FakeDesktop:
    """The desktop's full-screen, do-not-disturb and motion reading (the Desktop port)."""

    hold: str | None = None
    reduced_motion: bool = False
    closed: bool = False

    def should_hold_card(self, wait_fullscreen: bool, wait_dnd: bool) -> str | None:
        return self.hold if (wait_fullscreen or wait_dnd) else None

    def motion_reduced(self) -> bool:
        return self.reduced_motion

    def close(self) -> None:
        self.closed = True


@dataclass
class Harness:
    root: Path
    start: datetime = field(default_factory=lambda: datetime(2026, 11, 23, 9, 0, tzinfo=TZ))
    settings: settings_mod.Settings = field(default_factory=settings_mod.Settings)
    rate: float = 1.0  # the app clock's speed over real time (``--time-scale``)
    # A folder shared with other computers (README rule 11): the link runs inline, on
    # this thread, so a fake clock drives it as it drives the rest.
    shared: Path | None = None
    name: str = ""

    def __post_init__(self) -> None:
        self.paths = AppPaths.under(self.root)
        self.paths.ensure()
        self.clock = FakeClock(self.start, tz=TZ)
        self.source = FakeSource(self.clock, last_input=self.clock.monotonic())
        self.shell = NullShell()
        self.desktop = FakeDesktop()
        self.link: FolderLink | None = None
        if self.shared is not None:
            self.link = FolderLink(
                self.paths.data_dir,
                self.paths.database,
                TZ,
                self.clock,
                folder=self.shared,
                name=self.name,
                threaded=False,
            )
        self.app = self.build()

    def build(self) -> CreepGuardApp:
        parts = AppParts(
            clock=self.clock,
            rate=self.rate,
            paths=self.paths,
            settings=self.settings,
            settings_problems=(),
            store=Store(self.paths.database, TZ),
            source=self.source,
            reports=(),
            exercises=load_exercises(),
            rng=random.Random(7),
            desktop=self.desktop,
            link=self.link if self.link is not None else NullLink(),
        )
        app = CreepGuardApp(parts, self.shell)
        app.start()
        return app

    def run(self, minutes: float, *, typing: bool) -> None:
        """Let time pass: the tracker wakes itself when its ``call_later`` falls due."""
        self.source.typing = typing
        self.clock.advance(minutes * 60)
        if typing:
            self.source.last_input = self.clock.monotonic()
        self.source.typing = False

    @property
    def next_wake_s(self) -> float | None:
        """Clock seconds the tracker last armed its wake for."""
        return self.app.tracker.next_wake_s
