"""Two real trackers, two real Syncthing instances, one person (README rule 11).

Each tracker is ``creepguard run --time-scale 30`` (a real second is half a minute) with
its own data folder and its own Xvfb display, whose XScreenSaver idle time is what the
tracker reads; the person's input is ``xdotool`` on that display. Each tracker's shared
folder is its own Syncthing instance's copy of one folder; the instances talk over
loopback only (tests/sync_real/syncthing.py). Marker ``sync_real`` (about a minute and a
half); ``scripts/test.sh`` installs syncthing.

The day, in the trackers' minutes: 12 at the desk, a 4-minute walk, 5 at the laptop, a
break from the laptop, 1 back at the desk; then a conflicting copy made by Syncthing
itself, and the laptop killed with SIGKILL and started again.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.desktop import DesktopUnavailable, _start_xvfb
from tests.harness.app_process import AppProcess, offscreen_env, settings_text
from tests.sync_real.syncthing import Pair, SyncthingUnavailable

pytestmark = pytest.mark.sync_real

SCALE = 30.0  # clock seconds per real second


def real(clock_minutes: float) -> float:
    return clock_minutes * 60 / SCALE


class Person:
    """Input on one display: the pointer moves every 0.2 s while ``working``."""

    def __init__(self, display: str) -> None:
        self.env = {**os.environ, "DISPLAY": display}
        self.working = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        step = 0
        while not self._stop.is_set():
            if self.working.wait(0.05):
                step += 1
                subprocess.run(
                    ["xdotool", "mousemove", str(100 + step % 50), str(100 + step % 7)],
                    env=self.env,
                    check=False,
                    timeout=10,
                )
                self._stop.wait(0.2)

    def close(self) -> None:
        self._stop.set()
        self.working.set()
        self._thread.join(5)


@dataclass
class Computer:
    name: str
    app: AppProcess
    person: Person
    folder: Path

    def status(self) -> dict[str, Any]:
        return self.app.request("status")

    def sit_min(self) -> float:
        return float(self.status()["sitting_s"]) / 60

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "creepguard", *args],
            env=self.app.env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )


@dataclass
class World:
    desk: Computer
    laptop: Computer
    syncthing: Pair


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    root = tmp_path_factory.mktemp("sync-real")
    pair = Pair(root / "syncthing")
    try:
        pair.start()
    except SyncthingUnavailable as error:
        pytest.fail(str(error))  # test.sh installs it: missing here is an error, not a skip
    xservers = []
    computers = []
    # One origin for both faster clocks: each would otherwise count 30x from its own
    # start, and a second between the starts puts their wall clocks 29 s apart.
    origin = f"{time.time():.3f}"
    try:
        for name, instance in (("Desk", pair.a), ("Laptop", pair.b)):
            folder = root / name
            (folder / "logs").mkdir(parents=True)
            try:
                xvfb, display = _start_xvfb(folder)
            except (DesktopUnavailable, FileNotFoundError) as error:
                pytest.fail(f"Xvfb: {error}")
            xservers.append(xvfb)
            # Qt offscreen; the idle time read from this computer's own X display.
            env = offscreen_env(folder, DISPLAY=display, CREEPGUARD_TIME_ORIGIN=origin)
            app = AppProcess(
                folder / "home",
                env,
                time_scale=SCALE,
                settings=settings_text(sync_folder=str(instance.folder), device_name=name),
            )
            computers.append(Computer(name, app, Person(display), instance.folder))
        for computer in computers:
            computer.app.start()
        for computer in computers:
            computer.app.wait_answering()
            computer.cli("away")  # the person is at neither computer yet
        yield World(computers[0], computers[1], pair)
    finally:
        for computer in computers:
            computer.person.close()
            computer.app.stop()
        pair.stop()
        for xvfb in xservers:
            xvfb.terminate()
            xvfb.wait(10)


def wait_until(check: Any, timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def work(computer: Computer, clock_minutes: float) -> None:
    computer.person.working.set()
    time.sleep(real(clock_minutes))
    computer.person.working.clear()


def device_id(computer: Computer) -> str:
    return (computer.app.paths.data_dir / "device-id").read_text().strip()


def test_one_person_two_computers_through_syncthing(world: World) -> None:
    desk, laptop = world.desk, world.laptop
    # Each tracker's word reaches the other's copy of the folder.
    for here, there in ((desk, laptop), (laptop, desk)):
        word = there.folder / "creepguard" / "devices" / device_id(here) / "presence.json"
        wait_until(word.exists, 20, f"{here.name}'s word in {there.name}'s folder")
    # Away from both for a while: each ends its start-up sit (a break nobody interrupted)
    # before the person starts, so that no break from before the day is learned during it.
    time.sleep(real(3))

    # 12 minutes at the desk, a walk of 4, 5 at the laptop: the laptop carries the sit.
    # (The walk is long for the test's speed: at 30x the word changes three times a real
    # second, and Syncthing's watcher postpones a file that keeps changing by several
    # seconds; at real speed it changes every 10 s and arrives in one or two.)
    work(desk, 12)
    assert desk.sit_min() == pytest.approx(12, abs=1.0)
    time.sleep(real(4))
    work(laptop, 5)
    carried = laptop.sit_min()
    assert carried == pytest.approx(21, abs=1.5), laptop.status()
    assert desk.status()["state"] == "away"  # the desk's own record: away from it

    # A break from the laptop (I'm away, and nobody anywhere for 3 minutes); back at the
    # desk, the desk's sit (12, held while the person was at the laptop) ends too.
    laptop.cli("away")
    time.sleep(real(3))
    work(desk, 1)
    assert desk.sit_min() < 2, desk.status()
    desk.cli("away")  # so that reading the history is not a quiet stretch of reading

    # One history: each minute once, on either computer.
    time.sleep(real(2.5))  # the day files: written within a minute, then synced
    merged = day(desk)
    alone = {name: day(desk, "--device", name) for name in ("Desk", "Laptop")}
    sitting = {name: alone[name]["sitting_s"] / 60 for name in alone}
    assert sitting["Laptop"] == pytest.approx(5, abs=1.5), spans(desk, "Laptop")
    assert sitting["Desk"] == pytest.approx(13, abs=1.5)
    assert merged["sitting_s"] / 60 == pytest.approx(18, abs=2.0)  # the walk: away
    assert merged["sitting_s"] / 60 <= sitting["Desk"] + sitting["Laptop"] + 0.1
    listing = json.loads(desk.cli("devices", "--json").stdout)
    assert [(d["name"], d["this_one"]) for d in listing["devices"]] == [
        ("Desk", True),
        ("Laptop", False),
    ]


def spans(computer: Computer, device: str) -> list[tuple[str, str, str, float]]:
    """A computer's record as another sees it (for failure messages)."""
    done = computer.cli("export", "--format", "json", "--device", device)
    rows = json.loads(done.stdout)["spans"] if done.returncode == 0 else []
    return [(r["state"], r["start"][11:19], r["end"][11:19], r["duration_s"]) for r in rows]


def day(computer: Computer, *options: str) -> dict[str, Any]:
    done = computer.cli("history", "--json", *options)
    assert done.returncode == 0, done.stderr
    today = datetime.now().astimezone().date()  # the apps run in their own zone: look it up
    payload = json.loads(done.stdout)
    days = {d["date"]: d for d in payload["days"]}
    for offset in (0, -1, 1):
        key = (today + timedelta(days=offset)).isoformat()
        if key in days and days[key]["sitting_s"] + days[key]["away_s"] > 0:
            return days[key]
    raise AssertionError(f"no recorded day in {payload}")


def test_a_conflicting_copy_made_by_syncthing_loses_nothing(world: World) -> None:
    desk, laptop = world.desk, world.laptop
    laptop_days = desk.folder / "creepguard" / "devices" / device_id(laptop) / "days"
    [today_file] = sorted(laptop_days.glob("????-??-??.json"))[-1:]
    # The two computers lose each other (offline); meanwhile the desk's copy of the
    # laptop's day changes (a person editing it, a backup restored) and the laptop
    # writes its day again; then they meet again, and Syncthing keeps both.
    world.syncthing.disconnect()
    try:
        doc = json.loads(today_file.read_text())
        first = datetime.fromisoformat(doc["spans"][0][1])
        extra = ["standing", (first - timedelta(minutes=15)).isoformat(),
                 (first - timedelta(minutes=5)).isoformat(), 0.0]  # fmt: skip
        doc["spans"].insert(0, extra)
        today_file.write_text(json.dumps(doc))
        world.syncthing.a.scan()
        laptop.cli("stand")
        work(laptop, 1)
        laptop.cli("sit")
        time.sleep(real(2.5))  # the laptop's day file, written again
        world.syncthing.b.scan()
    finally:
        world.syncthing.reconnect()

    def conflicted() -> bool:
        return any(".sync-conflict-" in p.name for p in laptop_days.iterdir())

    try:
        wait_until(conflicted, 30, "Syncthing's conflict copy")
    except AssertionError:
        other = laptop.folder / "creepguard" / "devices" / device_id(laptop) / "days"
        logs = [
            (instance.home.parent / "st.log").read_text()[-3000:]
            for instance in (world.syncthing.a, world.syncthing.b)
        ]
        raise AssertionError(
            f"desk: {sorted(p.name for p in laptop_days.iterdir())}, laptop: "
            f"{sorted(p.name for p in other.iterdir())}\n" + "\n".join(logs)
        ) from None
    time.sleep(1)
    laptop_alone = day(desk, "--device", "Laptop")
    assert laptop_alone["standing_s"] / 60 >= 10 - 0.1  # the edited copy's 10 minutes
    assert laptop_alone["sitting_s"] / 60 >= 5  # and the laptop's own record
    done = desk.cli("history", "--json")
    assert "conflicting copy of Laptop's" in done.stderr
    problems = " ".join(desk.status()["problems"])
    assert "conflicting copy of Laptop's" in problems


def test_a_tracker_killed_loses_nothing_and_comes_back(world: World) -> None:
    desk, laptop = world.desk, world.laptop
    work(laptop, 2)
    laptop.app.kill()  # SIGKILL: no chance to write anything
    time.sleep(real(1))
    assert desk.status()["running"]  # the desk goes on
    listing = json.loads(desk.cli("devices", "--json").stdout)
    laptop_row = next(d for d in listing["devices"] if d["name"] == "Laptop")
    assert laptop_row["last_seen"] is not None
    before = day(desk, "--device", "Laptop")["sitting_s"]
    laptop.app.start()
    laptop.app.wait_answering()
    assert laptop.status()["running"]
    work(laptop, 1)
    time.sleep(real(2.5))
    after = day(desk, "--device", "Laptop")["sitting_s"]
    assert after >= before  # what the laptop wrote before the kill stayed
    for computer in (desk, laptop):
        log = computer.app.paths.log_dir / "creepguard.log"
        text = log.read_text() if log.exists() else ""
        assert "Traceback" not in text, text[-2000:]
