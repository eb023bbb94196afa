"""The real ``creepguard run`` process under faults: killed mid-sit, a damaged history
file, a broken settings file, a full disk, two trackers at once, the wall clock set by
hand, and a check that it never opens a network socket.

These run without a display (``QT_QPA_PLATFORM=offscreen``, no ``DISPLAY``): the app
then falls back to the null activity backend, and every unlocked moment counts as
sitting, which is exactly the steady sit these faults need. Where the person must be
told, a private session bus with a recording notification server stands in for the
desktop's (see :mod:`tests.e2e.notify_server`).
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.e2e.notify_server import NotificationBus
from tests.harness.app_process import (
    AppProcess,
    integrity,
    offscreen_env,
    settings_text,
    socket_families,
    store_totals,
)
from tests.harness.processes import wait_for

pytestmark = pytest.mark.e2e

CHECKPOINT_S = 10.0  # the app writes the open span at least this often (clock seconds)


def sitting(app: AppProcess) -> float:
    return store_totals(app.paths.database).get("sitting", 0.0)


def broken_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.broken-*"))


# ---------------------------------------------------------------------- SIGKILL


KILL_SCALE = 10.0  # clock seconds per real second in the kill test: 10 s is one real second
# What a kill may cost beyond the 10 s checkpoint interval, in clock seconds: the timer's
# lateness, the write itself and the app waiting for a CPU on a busy two-core runner, all
# multiplied by KILL_SCALE (0.2 real seconds of them).
KILL_TOLERANCE_S = 2.0
KILL_SEED = int(os.environ.get("CREEPGUARD_KILL_SEED", "20261203"))


def first_answer_before(app: AppProcess, deadline: float) -> float | None:
    """Ask the app until it answers or ``deadline`` (monotonic) comes: when it first
    answered (its engine, built before the control socket listens, counted from before
    then), or None."""
    while time.monotonic() < deadline:
        if app.answers():
            return time.monotonic()
        time.sleep(0.02)
    return None


def test_sigkill_at_random_moments_keeps_the_store_sound_and_loses_at_most_10_s(
    app_home: Path,
) -> None:
    """Twenty SIGKILLs at seeded random moments (``CREEPGUARD_KILL_SEED`` replays a
    run): every fourth within the first 5 real seconds after the process started
    (start-up, first run's schema, the first checkpoints), the others 0-3 s after the
    tracker first answered. The app runs at 10x on the null backend, where every moment
    counts as sitting with input. After each kill: ``PRAGMA integrity_check`` is ok,
    nothing was set aside, the store gained no more sitting than the process could have
    counted, and it lost at most 10 s of the sitting counted from the first answer to
    the kill, plus ``KILL_TOLERANCE_S``."""
    print(f"kill seed: {KILL_SEED}")
    rng = random.Random(KILL_SEED)
    app = AppProcess(app_home, offscreen_env(app_home), time_scale=KILL_SCALE)
    losses: list[float] = []
    started = time.monotonic()
    for run in range(20):
        before = sitting(app)
        app.start()
        try:
            if run % 4 == 0:
                kill_at = app.started_at + rng.uniform(0.05, 5.0)
                answered = first_answer_before(app, kill_at)
            else:
                answered = app.wait_answering()
                kill_at = answered + rng.uniform(0.0, 3.0)
            time.sleep(max(0.0, kill_at - time.monotonic()))
            killed_at = time.monotonic()
        finally:
            app.kill()
        database = app.paths.database
        if database.exists():
            assert integrity(database) == "ok", f"run {run}"
        assert not broken_files(app.paths.data_dir), f"run {run} set the file aside"
        gained = sitting(app) - before
        # The engine sat at least from the first answer to the kill, at most from spawn.
        driven_min = (killed_at - answered) * KILL_SCALE if answered is not None else 0.0
        driven_max = (time.monotonic() - app.started_at) * KILL_SCALE
        assert gained <= driven_max + 1, f"run {run}: {gained:.1f} s > {driven_max:.1f} s"
        lost = driven_min - gained
        losses.append(lost)
        killed_after = killed_at - app.started_at
        assert lost <= CHECKPOINT_S + KILL_TOLERANCE_S, (
            f"run {run} (seed {KILL_SEED}), killed {killed_after:.2f} s after start: "
            f"sat >= {driven_min:.1f} s, the store gained {gained:.1f} s"
        )
    # Afterwards it starts normally on what the kills left behind.
    app.start()
    app.wait_answering()
    assert app.status()["running"] is True
    assert app.stop() == 0
    assert integrity(app.paths.database) == "ok"
    assert "Traceback" not in app.output(), app.output()
    print("lost per kill (clock s):", ", ".join(f"{loss:.1f}" for loss in losses))
    print(f"worst {max(losses):.1f} s; 20 kills in {time.monotonic() - started:.0f} s")


# ---------------------------------------------------------------------- damaged files


def test_a_damaged_history_file_is_kept_aside_and_the_person_is_told(
    app_home: Path, notification_bus: NotificationBus
) -> None:
    env = offscreen_env(app_home, bus_address=notification_bus.address)
    app = AppProcess(app_home, env, time_scale=60)
    app.start()
    app.wait_answering()
    wait_for(lambda: sitting(app) > 0, 10, "a first checkpoint")
    assert app.stop() == 0
    database = app.paths.database
    raw = bytearray(database.read_bytes())
    page = 4096
    assert len(raw) > 2 * page
    garbage = random.Random(1).randbytes(len(raw) - page)
    raw[page:] = garbage  # every page but the header page: the b-trees are gone
    database.write_bytes(bytes(raw))

    app.start()
    app.wait_answering()
    (kept,) = broken_files(app.paths.data_dir)
    assert kept.name.startswith("creepguard.sqlite3.broken-")
    assert kept.read_bytes() == bytes(raw)  # nothing of the old file is lost
    assert integrity(database) == "ok"  # a fresh file in its place
    note = notification_bus.wait_for("could not be used")
    assert str(kept) in note[2]
    assert app.status()["running"] is True
    assert app.stop() == 0
    assert "Traceback" not in app.output()


def test_a_broken_settings_file_is_reported_and_never_overwritten(
    app_home: Path, notification_bus: NotificationBus
) -> None:
    env = offscreen_env(app_home, bus_address=notification_bus.address)
    text = settings_text() + "posture_change_min = [oops\n"
    app = AppProcess(app_home, env, time_scale=60, settings=text)
    app.start()
    app.wait_answering()
    status = app.status()
    assert status["running"] is True
    assert status["posture_change_s"] == 30 * 60  # the default stands in
    note = notification_bus.wait_for("could not be read")
    assert str(app.paths.settings_file) in note[2]
    assert "could not be read" in app.log()
    assert app.stop() == 0
    # The person's file survives: untouched where it was, or kept aside beside it.
    kept = [app.paths.settings_file, *broken_files(app.paths.config_dir)]
    assert any(path.exists() and path.read_text() == text for path in kept)
    assert "Traceback" not in app.output()


def test_saving_settings_after_a_broken_file_keeps_the_old_file_aside(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """App level (the Settings window calls ``apply_settings``): the person's hand-edited
    file that could not be read is kept as ``settings.toml.broken-*``, not overwritten."""
    from creepguard import settings as settings_mod
    from tests.app_harness import Harness

    harness = Harness(tmp_path)
    broken = "posture_change_min = [oops\n"
    harness.paths.settings_file.write_text(broken, encoding="utf-8")
    loaded = settings_mod.load(harness.paths.settings_file)
    assert loaded.problems
    harness.app.parts.settings_problems = loaded.problems
    harness.app.apply_settings(loaded.settings.replace(snooze_min=10))
    (kept,) = broken_files(harness.paths.config_dir)
    assert kept.read_text() == broken
    assert settings_mod.load(harness.paths.settings_file).settings["snooze_min"] == 10
    harness.app.apply_settings(harness.app.settings.replace(snooze_min=11))
    assert len(broken_files(harness.paths.config_dir)) == 1  # only the broken one went aside
    harness.app.quit()


# ---------------------------------------------------------------------- a full disk


@pytest.fixture
def small_disk(app_home: Path) -> Iterator[Path]:
    """``data/`` on a 2 MiB tmpfs (as root, permissions do not stop writes: a full disk
    does). Skipped where mounting is not allowed."""
    data = app_home / "data"
    data.mkdir(mode=0o700)
    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(data)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {result.stderr.strip()}")
    try:
        yield data
    finally:
        subprocess.run(["umount", "-l", str(data)], check=False)


def fill(folder: Path) -> Path:
    filler = folder / "filler"
    with filler.open("wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    return filler


def test_a_full_disk_is_reported_once_without_a_crash_and_nothing_is_lost(
    app_home: Path, small_disk: Path, notification_bus: NotificationBus
) -> None:
    scale = 60.0
    env = offscreen_env(app_home, bus_address=notification_bus.address)
    app = AppProcess(app_home, env, time_scale=scale)
    app.start()
    answered = app.wait_answering()
    pid = app.pid
    wait_for(lambda: sitting(app) > 0, 10, "a first checkpoint")

    filler = fill(small_disk)
    status = wait_for(
        lambda: (s := app.request("status"))["problems"] and s, 10, "the write problem"
    )
    assert "full" in status["problems"][0], status["problems"]
    note = notification_bus.wait_for("cannot save your history")
    assert note[1] == "CreepGuard cannot save your history"
    # Tracking goes on; several checkpoints fail; the process stays the same one.
    full_since = app.request("status")["sitting_s"]
    wait_for(
        lambda: app.request("status")["sitting_s"] >= full_since + 4 * CHECKPOINT_S,
        10,
        "four more checkpoints",
    )
    status = app.status()
    assert status["running"] is True and status["state"] == "sitting"
    assert app.pid == pid and app.alive()
    assert sum("cannot save your history" in n[1] for n in notification_bus.messages()) == 1
    assert app.log().count("tracking goes on in memory") == 1

    filler.unlink()
    wait_for(lambda: not app.request("status")["problems"], 10, "writing to work again")
    stopped = time.monotonic()
    assert app.stop() == 0
    # Everything sat while the disk refused reached the file once it accepted writes.
    recorded = sitting(app)
    assert (stopped - answered) * scale - CHECKPOINT_S <= recorded, recorded
    assert recorded <= (time.monotonic() - app.started_at) * scale
    assert integrity(app.paths.database) == "ok"
    assert "Traceback" not in app.output()


def spoken_seconds(text: str) -> float:
    """``4 min 10 s`` (or ``1 h 2 min 3 s``, ``12 s``) -> seconds."""
    match = re.fullmatch(r"(?:(\d+) h )?(?:(\d+) min )?(\d+) s", text)
    assert match, text
    hours, minutes, seconds = (int(part or 0) for part in match.groups())
    return hours * 3600 + minutes * 60 + seconds


def test_a_full_disk_keeps_today_whole_and_quitting_says_what_could_not_be_saved(
    app_home: Path, small_disk: Path
) -> None:
    """While the disk is full a sit ends (``stand``): the closed sit waits in memory and
    ``status`` and the waybar tooltip still count it. Quitting before the disk has room
    again says on stderr and in the log how much history could not be saved."""
    scale = 60.0
    app = AppProcess(app_home, offscreen_env(app_home), time_scale=scale)
    app.start()
    try:
        app.wait_answering()
        wait_for(lambda: sitting(app) > 0, 10, "a first checkpoint")
        full_from = time.monotonic()
        fill(small_disk)
        wait_for(lambda: app.request("status")["problems"], 10, "the write problem")
        refused_by = time.monotonic()
        held = sitting(app)

        def grown() -> float:
            today: float = app.request("status")["today"]["sitting_s"]
            return today if today >= max(held + 3 * CHECKPOINT_S, 120) else 0.0

        sat = wait_for(grown, 10, "the sit to grow past what the file holds")
        app.request("stand")  # the sit closes: a span that can only wait in memory
        wait_for(
            lambda: app.request("status")["today"]["standing_s"] >= 2 * CHECKPOINT_S,
            10,
            "some standing",
        )
        status = app.status()  # the command line, as a status bar runs it
        assert status["state"] == "standing" and status["problems"]
        assert status["today"]["sitting_s"] >= sat
        tooltip = json.loads(app.cli("status", "--format", "waybar").stdout)["tooltip"]
        (minutes,) = re.findall(r"Today: (\d+) min sitting", tooltip)
        assert int(minutes) >= sat // 60 >= 2, tooltip  # whole minutes, rounded down
    except BaseException:
        app.kill()  # no tracker left behind
        raise

    stop_sent = time.monotonic()
    assert app.stop() == 0
    stopped = time.monotonic()
    output, log = app.output(), app.log()
    assert "Traceback" not in output, output
    said = re.findall(r"CreepGuard could not save (.+?) of history(?: and .+?)?: (.+)", output)
    assert len(said) == 1, output
    amount, reason = said[0]
    assert "full" in reason, reason
    assert f"could not save {amount} of history" in log
    unsaved = spoken_seconds(amount)
    # Everything since the last write that worked: at least from the refusal seen to the
    # quit, at most from the last checkpoint before filling to the quit.
    assert (stop_sent - refused_by) * scale - 1 <= unsaved, (amount, stop_sent - refused_by)
    assert unsaved <= (stopped - full_from) * scale + CHECKPOINT_S + 1, amount


# ---------------------------------------------------------------------- two trackers


def lock_holders(lock: Path) -> set[int]:
    """Process ids holding a flock on ``lock`` (from /proc/locks)."""
    inode = lock.stat().st_ino
    holders = set()
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        if "FLOCK" in fields and fields[-3].split(":")[-1] == str(inode):
            holders.add(int(fields[fields.index("FLOCK") + 3]))
    return holders


def test_two_trackers_started_at_once_make_one_tracker(app_home: Path) -> None:
    env = offscreen_env(app_home)
    first = AppProcess(app_home, env, time_scale=60)
    second = AppProcess(app_home, env, time_scale=60)
    second.runs = 10  # its own output file
    first.start()
    second.start()
    try:
        wait_for(first.answers, 30, "a tracker to answer")
        exited = wait_for(
            lambda: [p for p in (first, second) if p.returncode() is not None], 15, "one to exit"
        )
        (quitter,) = exited
        (tracker,) = [p for p in (first, second) if p is not quitter]
        assert quitter.returncode() == 0, quitter.output()
        assert "already running" in quitter.output()
        assert tracker.alive() and tracker.answers()
        assert lock_holders(tracker.paths.instance_lock) == {tracker.pid}
        assert tracker.paths.instance_lock.read_text() == str(tracker.pid)

        # A third, later: asks the running one to show itself and exits at once.
        third = AppProcess(app_home, env, time_scale=60)
        third.runs = 20
        third.start()
        assert third.process is not None
        assert third.process.wait(timeout=15) == 0
        third.stop()
        assert "asked to show itself" in third.output()
        assert tracker.alive()
    finally:
        codes = [first.stop(), second.stop()]
    assert codes == [0, 0]


# ---------------------------------------------------------------------- the wall clock


def _libfaketime() -> str:
    found = [
        *sorted(Path("/usr/lib").glob("*/faketime/libfaketimeMT.so.1")),  # Debian multiarch
        *(Path(f"/usr/{lib}/faketime/libfaketimeMT.so.1") for lib in ("lib", "lib64")),
    ]
    found = [path for path in found if path.exists()]
    if not found:
        pytest.skip("libfaketime is not installed (Debian: libfaketime)")
    return str(found[0])


def test_the_wall_clock_set_forwards_and_back_during_a_sit(app_home: Path) -> None:
    """libfaketime moves only the wall clock (``FAKETIME_DONT_FAKE_MONOTONIC``), read
    from a file the test rewrites: +2 h, then -1 h, while the app sits at real speed.
    The sit and today's sitting follow real elapsed time; no span runs backwards."""
    control = app_home / "faketime"
    control.write_text("+0\n")
    env = offscreen_env(
        app_home,
        LD_PRELOAD=_libfaketime(),
        FAKETIME_TIMESTAMP_FILE=str(control),
        FAKETIME_NO_CACHE="1",
        FAKETIME_DONT_FAKE_MONOTONIC="1",
    )
    app = AppProcess(app_home, env)  # 1x: a faked jump is not multiplied by a time scale
    app.env.pop("LD_PRELOAD")  # the CLI and the tests read the real clock...
    app.start(prefix=["env", f"LD_PRELOAD={env['LD_PRELOAD']}"])  # ...only the app is faked
    started = app.wait_answering()
    try:
        first = app.request("status")
        assert first["state"] == "sitting"

        def elapsed() -> float:
            return time.monotonic() - app.started_at

        for jump in ("+2h", "-1h"):
            moved = app.request("status")["sitting_s"]
            control.write_text(f"{jump}\n")

            def a_second_later(moved: float = moved) -> bool:
                return bool(app.request("status")["sitting_s"] >= moved + 1)

            wait_for(a_second_later, 10, "a second of sitting after the jump")
            status = app.status()
            assert status["state"] == "sitting", (jump, status)
            assert (time.monotonic() - started) - 2 <= status["sitting_s"] <= elapsed() + 1, (
                jump,
                status,
            )
            assert status["today"]["sitting_s"] <= elapsed() + 1, (jump, status)
        app.request("checkpoint")
        connection = sqlite3.connect(f"file:{app.paths.database}?mode=ro", uri=True)
        try:
            spans = connection.execute(
                "SELECT state, start_ts, end_ts FROM spans ORDER BY start_ts"
            ).fetchall()
        finally:
            connection.close()
        assert all(end >= start for _state, start, end in spans), spans
        total = sum(end - start for state, start, end in spans if state == "sitting")
        assert (time.monotonic() - started) - 3 <= total <= elapsed() + 1, spans
        assert app.alive()
    finally:
        code = app.stop()
    assert code == 0
    assert "Traceback" not in app.output(), app.output()


# ---------------------------------------------------------------------- the network


def test_the_running_app_opens_no_network_socket(
    app_home: Path, notification_bus: NotificationBus
) -> None:
    env = offscreen_env(app_home, bus_address=notification_bus.address)
    app = AppProcess(app_home, env, time_scale=60)
    app.start()
    app.wait_answering()
    try:
        app.cli("break")  # a stretch card, and the D-Bus notification path
        app.cli("status", "--json")
        notification_bus.wait_for("")  # something went over the bus
        families = socket_families(app.pid)
        assert not families["inet"], f"AF_INET/AF_INET6 sockets: {families['inet']}"
        assert families["unix"]  # the control socket, the bus, the signal wake-up pair
        assert not families["other"], families
        # Nor does it carry a TLS library that nothing in it could use.
        mapped = Path(f"/proc/{app.pid}/maps").read_text()
        assert "libssl" not in mapped and "libcrypto" not in mapped
        assert app.paths.control_socket.exists()
    finally:
        assert app.stop() == 0
