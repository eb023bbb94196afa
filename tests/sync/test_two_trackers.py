"""Two real trackers sharing a plain folder (README rule 11), on fake clocks: hours of a
person's day in milliseconds, no sleeps.

Each computer is the whole app (store, engine, link) with a fake idle reading. The person
types on one, the other or both; each app wakes at its own timer, and at the first input
after a quiet stretch (as the desktops' activity events wake it).
"""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from creepguard.core.clock import FakeClock
from creepguard.core.model import State
from creepguard.sync.folder import devices_dir
from tests.app_harness import TZ, Harness

START = datetime(2026, 11, 23, 9, 0, tzinfo=TZ)

# The app's timer is a QTimer: it needs a Qt application (offscreen), as in test_app.
pytestmark = pytest.mark.usefixtures("qapp")


class Two:
    """The desk and the laptop; ``apart_s``: the laptop's clock minus the desk's."""

    def __init__(self, root: Path, *, apart_s: float = 0.0, events: bool = False) -> None:
        self.shared = root / "shared"
        self.shared.mkdir()
        self.desk = Harness(root / "desk", start=START, shared=self.shared, name="Desk")
        later = START + timedelta(seconds=apart_s)
        self.laptop = Harness(root / "laptop", start=later, shared=self.shared, name="Laptop")
        self.both = (self.desk, self.laptop)
        # The person sits down at the desk: the laptop has been left alone for a while.
        self.laptop.source.last_input = self.laptop.clock.monotonic() - 3600
        for side in self.both:
            side.source.has_activity_events = events
            side.app.wake()

    def run(self, minutes: float, *at: Harness) -> None:
        """``minutes`` pass; the person types on the computers ``at`` (none: away). Each
        tracker wakes when its own clock's call falls due; both clocks move in step."""
        clock: FakeClock = self.desk.clock
        end = clock.monotonic() + minutes * 60
        for side in at:  # the first input after a quiet stretch wakes the app at once
            quiet = side.clock.monotonic() - side.source.last_input > 5
            side.source.last_input = side.clock.monotonic()
            side.source.typing = True
            if quiet:
                side.app.tracker.on_activity_changed()
        while clock.monotonic() < end - 1e-9:
            now = clock.monotonic()
            due = [side.clock.next_call_in() for side in self.both]
            step = min([end - now, *(d for d in due if d is not None)])
            step = max(step, 0.001)
            for side in self.both:
                side.clock.advance(step)
        for side in at:
            side.source.last_input = side.clock.monotonic()
        for side in self.both:
            side.source.typing = False

    def wake(self, side: Harness) -> None:
        side.app.wake()

    def act(self, side: Harness, action: str) -> None:
        """A click on a computer (the card's Done, I'm standing...): input there too."""
        side.source.last_input = side.clock.monotonic()
        getattr(side.app, action)()


def sit_min(side: Harness) -> float:
    return side.app.engine.status().sitting_s / 60


def creep_notices(side: Harness) -> list[str]:
    return [title for title, _ in side.shell.notices if title.startswith("You have sat")]


def test_the_sit_goes_with_the_person_and_the_card_comes_where_they_are(tmp_path: Path) -> None:
    two = Two(tmp_path)
    two.run(25, two.desk)
    assert creep_notices(two.desk) == ["You have sat for 20 min."]
    two.run(1)  # the walk
    two.run(6, two.laptop)
    # 25 at the desk, the minute between as reading, 6 here: one sit of 32 minutes.
    assert sit_min(two.laptop) == pytest.approx(32, abs=0.2)
    assert two.laptop.app.engine.state is State.SITTING
    # The card came on the laptop, when the sit reached 30 minutes, not on the desk.
    assert len(two.laptop.shell.cards) == 1 and two.desk.shell.cards == []
    # The warning was given once for this sit, at the desk.
    assert creep_notices(two.laptop) == []
    # The desk counts the person away from it; its own record says so.
    assert two.desk.app.engine.state is State.AWAY


def test_a_break_on_one_computer_ends_the_sit_on_the_other(tmp_path: Path) -> None:
    two = Two(tmp_path)
    two.run(25, two.desk, two.laptop)  # side by side
    assert sit_min(two.desk) == pytest.approx(25, abs=0.2)
    assert sit_min(two.laptop) == pytest.approx(25, abs=0.2)
    two.act(two.laptop, "take_break")  # a card on the laptop...
    two.act(two.laptop, "card_done")  # ...and Done: a break
    assert sit_min(two.laptop) == pytest.approx(0, abs=0.1)
    two.run(0.25, two.desk, two.laptop)  # the desk learns it at its next wake (<= 10 s)
    assert sit_min(two.desk) < 0.3
    two.run(5, two.desk, two.laptop)
    # Side by side, each minute counts once: both count the same new sit.
    assert sit_min(two.desk) == pytest.approx(sit_min(two.laptop), abs=0.2)


def test_a_pause_here_is_no_break_while_the_person_works_there(tmp_path: Path) -> None:
    two = Two(tmp_path)
    two.run(10, two.desk)
    two.act(two.desk, "mark_away")  # "I'm away" on the desk: but the laptop is next
    two.run(8, two.laptop)
    two.run(1, two.desk)
    # Neither the desk's away nor the walks were a break: 10 + 8 + 1 minutes, give or take
    # the seconds of walking counted as reading.
    assert sit_min(two.desk) == pytest.approx(19, abs=0.3)


def test_the_merged_history_counts_each_minute_once(tmp_path: Path) -> None:
    two = Two(tmp_path)
    two.run(20, two.desk)
    two.run(15, two.desk, two.laptop)  # side by side: 15 minutes, once
    two.run(10, two.laptop)
    for side in two.both:
        side.app.tracker.flush()
    two.run(2)  # day files written at the next checkpoint after a minute
    day = START.date()
    for side in two.both:
        source = side.app.history_source()
        [summary] = [d for d in source.week(day).days if d.date == day]
        assert summary.sitting_s / 60 == pytest.approx(45, abs=0.5), side.name
        today = side.app.today()
        assert today.sitting_s / 60 == pytest.approx(45, abs=0.5), side.name
    rows = two.desk.app.device_lines()
    assert rows[0] == "Desk (this computer)"
    assert rows[1].startswith("Laptop: last saw you 2026-11-23 09:")


@pytest.mark.parametrize("apart_s", [-40, 40])
def test_clocks_a_little_apart_carry_the_sit_off_by_no_more_than_that(
    tmp_path: Path, apart_s: float
) -> None:
    two = Two(tmp_path, apart_s=apart_s)
    two.run(15, two.desk)
    two.run(1)
    two.run(4, two.laptop)
    assert abs(sit_min(two.laptop) - 20) <= abs(apart_s) / 60 + 0.2
    assert two.desk.app.problems() == ()


def test_a_clock_far_ahead_is_told_and_its_word_not_used(tmp_path: Path) -> None:
    two = Two(tmp_path, apart_s=300)  # the laptop's clock is 5 minutes fast
    two.run(15, two.laptop)
    two.run(1)
    two.run(4, two.desk)
    # The laptop's last input lies in the desk's future: not believed, nothing counted
    # twice; the desk counts alone (its own 4 minutes) and says why.
    assert sit_min(two.desk) == pytest.approx(4, abs=0.2)
    assert any("The clock on Laptop is about 5 min ahead" in p for p in two.desk.app.problems())


def test_a_conflicting_copy_and_a_half_arrived_word_lose_nothing(tmp_path: Path) -> None:
    two = Two(tmp_path)
    two.run(12, two.laptop)
    two.laptop.app.tracker.flush()
    two.run(2, two.laptop)  # the laptop's day file is written
    laptop = devices_dir(two.shared) / two.laptop.link.device  # type: ignore[union-attr]
    [day_file] = (laptop / "days").glob("*.json")
    copy = day_file.with_name(f"{day_file.stem}.sync-conflict-20261123-091500-ABCDEFG.json")
    shutil.copy(day_file, copy)
    word = (laptop / "presence.json").read_bytes()
    (laptop / "presence.json").write_bytes(word[: len(word) // 2])  # caught halfway
    two.run(1)
    two.run(3, two.desk)
    # The last whole word still carries the sit: 14 at the laptop, 1 between, 3 here.
    assert sit_min(two.desk) == pytest.approx(18, abs=0.3)
    problems = " ".join(two.desk.app.problems())
    assert "conflicting copy of Laptop's" in problems and "nothing is lost" in problems
    assert "may still be arriving" in problems
    summary = two.desk.app.today()
    assert summary.sitting_s / 60 == pytest.approx(17, abs=0.5)  # each minute once


def test_a_folder_that_goes_away_stops_nothing_and_catches_up_when_back(tmp_path: Path) -> None:
    two = Two(tmp_path)
    two.run(5, two.desk)
    away = tmp_path / "unplugged"
    two.shared.rename(away)
    two.run(10, two.desk)
    assert sit_min(two.desk) == pytest.approx(15, abs=0.2)  # tracking went on
    assert any("is not there" in p for p in two.desk.app.problems())
    two.run(1)
    two.run(3, two.laptop)
    assert sit_min(two.laptop) == pytest.approx(3, abs=0.2)  # alone: nothing to carry
    away.rename(two.shared)
    two.run(2, two.desk)  # the next wakes write again: the retry comes within a minute
    assert not any("is not there" in p for p in two.desk.app.problems())
    two.desk.app.tracker.flush()
    two.run(1.5, two.desk)
    for side in two.both:
        side.app.tracker.flush()
    two.run(1.5, two.desk, two.laptop)
    summary = two.laptop.app.today()
    # Every minute the desk counted while the folder was away reached the laptop.
    # (The desk's quiet of 1 + 3 minutes was reading there: under the away limit.)
    assert summary.sitting_s / 60 == pytest.approx(24, abs=0.6)


def test_a_computer_with_a_newer_version_is_told_and_read_around(tmp_path: Path) -> None:
    two = Two(tmp_path)
    future = devices_dir(two.shared) / ("f" * 32)
    future.mkdir()
    (future / "presence.json").write_text('{"format": 2, "kind": "presence", "mind": "read"}')
    two.run(3, two.desk)
    assert sit_min(two.desk) == pytest.approx(3, abs=0.2)
    assert any("newer CreepGuard (format 2)" in p for p in two.desk.app.problems())


def test_nothing_is_written_and_no_wake_added_while_the_person_is_away(
    tmp_path: Path,
) -> None:
    two = Two(tmp_path, events=True)  # activity events: no polling while away
    two.run(10, two.desk)
    two.run(8)  # gone from both: each computer counts them away
    files = sorted(devices_dir(two.shared).rglob("*.json"))
    written = {path: path.stat().st_mtime_ns for path in files}
    reads_before = {side.name: len(side.source.read_log) for side in two.both}
    two.run(120)  # two hours away
    # Only the wake each app has without a shared folder (it sleeps an hour at most):
    # the folder is looked at then, and nothing is written.
    wakes = {side.name: len(side.source.read_log) - reads_before[side.name] for side in two.both}
    assert wakes == {"Desk": 2, "Laptop": 2}
    assert {path: path.stat().st_mtime_ns for path in files} == written
    assert sorted(devices_dir(two.shared).rglob("*.json")) == files


def test_a_word_that_arrives_after_the_start_is_not_carried_nor_counted_twice(
    tmp_path: Path,
) -> None:
    """A folder slower than the walk (README rule 11): the laptop's word has not reached
    the desk's folder when the person starts there, so the desk counts alone; the word
    that arrives later changes nothing, and no minute counts twice."""
    two = Two(tmp_path)
    two.run(14, two.laptop)
    laptop = devices_dir(two.shared) / two.laptop.link.device  # type: ignore[union-attr]
    held = tmp_path / "in-flight.json"
    (laptop / "presence.json").rename(held)
    two.run(1)
    two.run(2, two.desk)
    assert sit_min(two.desk) == pytest.approx(2, abs=0.2)  # alone: nothing to carry yet
    held.rename(laptop / "presence.json")  # it arrives
    two.run(0.5, two.desk)
    assert sit_min(two.desk) == pytest.approx(2.5, abs=0.2)
    today = two.desk.app.today()
    assert today.sitting_s / 60 == pytest.approx(2.5 + 14, abs=0.5)  # each minute once


def test_a_computers_folder_deleted_while_it_runs_is_written_again_whole(tmp_path: Path) -> None:
    two = Two(tmp_path)
    two.run(10, two.laptop)
    two.laptop.app.tracker.flush()
    two.run(1.5, two.laptop)
    laptop = devices_dir(two.shared) / two.laptop.link.device  # type: ignore[union-attr]
    shutil.rmtree(laptop)  # "a device removed", by hand or by a sync program
    two.run(1)
    assert two.desk.app.today().sitting_s / 60 < 1  # its history left the merge...
    two.run(2, two.laptop)  # ...and the laptop, still running, writes it all again
    two.laptop.app.tracker.flush()
    two.run(1.5, two.laptop)
    assert (laptop / "days").is_dir()
    # 10 + 1.5 + the minute of reading + 2 + 1.5: the laptop's day, whole again.
    assert two.desk.app.today().sitting_s / 60 == pytest.approx(16, abs=0.6)
