"""``creepguard status`` without a tracker: read with sqlite3 alone, counted as the store
counts, and nothing on disk changed by looking."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from creepguard import cli, offline
from creepguard.core.clock import system_timezone
from creepguard.core.counts import status_today
from creepguard.core.events import EpisodeEnded, SpanClosed
from creepguard.core.model import Episode, Outcome, PromptKind, Span, State
from creepguard.paths import AppPaths
from creepguard.startup import quick
from creepguard.storage.sqlite_read import read_day
from creepguard.storage.store import Store
from tests.test_quick_status import REPO, imported


def random_day(day: date, seed: int) -> tuple[list[object], Span]:
    """A day of spans and prompts (some across midnight), and an open span to end on."""
    rng = random.Random(seed)
    tz = system_timezone()
    moment = datetime(day.year, day.month, day.day, tzinfo=tz) - timedelta(minutes=40)
    events: list[object] = []
    sit = 0.0
    for _ in range(40):
        state = rng.choice(
            [State.SITTING, State.SITTING, State.STANDING, State.AWAY, State.ON_BREAK]
        )
        length = timedelta(minutes=rng.uniform(0.5, 35))
        events.append(SpanClosed(Span(state, moment, moment + length, sit)))
        if rng.random() < 0.3:
            outcome = rng.choice(list(Outcome))
            prompt = Episode(
                PromptKind.POSTURE_CHANGE, moment, moment + timedelta(minutes=3), outcome, 1
            )
            events.append(EpisodeEnded(prompt))
        sit = sit + length.total_seconds() if state is State.SITTING else 0.0
        moment += length
    return events, Span(State.SITTING, moment, moment + timedelta(minutes=7), sit)


@pytest.mark.parametrize("seed", range(5))
def test_the_day_read_with_sqlite3_is_the_stores_day(tmp_path: Path, seed: int) -> None:
    tz = system_timezone()
    day = date(2026, 11, 24)
    events, open_span = random_day(day, seed)
    store = Store(tmp_path / "history.sqlite3", tz)
    store.record(events)  # type: ignore[arg-type]
    store.checkpoint(open_span, None)
    (expected,) = store.day_summaries(day, day, 20 * 60, 2 * 60)
    spans, episodes = store.day_records(day, day)
    store.close()
    read_spans, read_episodes, _state = read_day(tmp_path / "history.sqlite3", day, tz)
    assert read_spans == spans[day] and read_episodes == episodes[day]
    from creepguard.core.counts import count_day

    counted = count_day(day, read_spans, read_episodes, creep_s=20 * 60, min_break_s=2 * 60)
    assert status_today(counted) == status_today(expected)


def a_tracker_killed_mid_write(paths: AppPaths) -> None:
    """Today's records in the WAL of a store that was never closed: a tracker killed."""
    code = f"""
import os
from datetime import datetime, timedelta
from pathlib import Path
from creepguard.core.clock import system_timezone
from creepguard.core.events import SpanClosed
from creepguard.core.model import Span, State
from creepguard.storage.store import Store
tz = system_timezone()
now = datetime.now(tz)
start = max(now - timedelta(minutes=30), now.replace(hour=0, minute=0, second=0, microsecond=0))
store = Store(Path({str(paths.database)!r}), tz)
store.record([SpanClosed(Span(State.SITTING, start, now))])
store.checkpoint(None, None)
os._exit(0)  # no clean-up: the -wal and -shm files stay, as after a kill
"""
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)
    assert paths.database.with_name("creepguard.sqlite3-wal").stat().st_size > 0


def files(folder: Path) -> dict[str, tuple[int, int] | None]:
    """Each file's size and time; the -shm file by name alone: every reader of a WAL
    database marks its place in that shared index, and it holds no data."""
    return {
        p.name: None if p.name.endswith("-shm") else (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.iterdir())
    }


def test_looking_changes_nothing_and_finds_what_the_wal_holds(
    capsys: pytest.CaptureFixture[str],
) -> None:
    paths = AppPaths.for_user()
    paths.ensure()
    a_tracker_killed_mid_write(paths)
    before = files(paths.data_dir)
    assert quick.main(["status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["running"] is False and status["problems"] == []
    assert status["today"]["sitting_s"] > 0
    assert files(paths.data_dir) == before


@pytest.mark.skipif(os.name == "posix" and os.geteuid() == 0, reason="root ignores permissions")
def test_a_read_only_data_folder_is_read(capsys: pytest.CaptureFixture[str]) -> None:
    paths = AppPaths.for_user()
    paths.ensure()
    a_tracker_killed_mid_write(paths)
    paths.data_dir.chmod(0o500)
    try:
        status = offline.offline_status(paths)
    finally:
        paths.data_dir.chmod(0o700)
    assert status["problems"] == [] and status["today"]["sitting_s"] > 0


def test_a_newer_schema_is_described_not_read(capsys: pytest.CaptureFixture[str]) -> None:
    paths = AppPaths.for_user()
    paths.ensure()
    store = Store(paths.database, system_timezone())
    store.checkpoint(None, None)
    store.close()
    with sqlite3.connect(paths.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    (problem,) = offline.offline_status(paths)["problems"]
    assert "its schema (9999) is newer" in problem and "when it starts" in problem


def test_the_fast_path_and_the_command_line_agree_without_a_tracker(
    capsys: pytest.CaptureFixture[str],
) -> None:
    paths = AppPaths.for_user()
    paths.ensure()
    a_tracker_killed_mid_write(paths)
    for argv in (["status"], ["status", "--json"], ["status", "--format", "waybar"]):
        assert quick.main(argv) == 0
        fast = capsys.readouterr()
        assert cli.main(argv) == 0
        assert capsys.readouterr() == fast


@pytest.mark.parametrize("argv", [["status", "--json"], ["status", "--format", "waybar"]])
def test_status_without_a_tracker_imports_neither_sqlalchemy_nor_qt(
    argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CREEPGUARD_HOME", str(tmp_path))
    paths = AppPaths.under(tmp_path)
    paths.ensure()
    a_tracker_killed_mid_write(paths)
    modules, out = imported([], "-m", "creepguard", *argv)
    heavy = {m for m in modules if m.split(".")[0] in {"sqlalchemy", "PySide6", "argparse"}}
    assert heavy == set()
    assert "creepguard.offline" in modules and "creepguard.cli" not in modules
    assert json.loads(out)
    assert os.environ.get("CREEPGUARD_HOME") == str(tmp_path)


# ---------------------------------------------------------------------- the kept answer


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every reading of the files by the offline status (the fast path's or the CLI's)."""
    calls: list[int] = []
    real = offline.offline_status_and_expiry

    def counting(
        paths: AppPaths, reading: dict[str, object] | None = None
    ) -> tuple[dict[str, object], float]:
        calls.append(1)
        return real(paths, reading)

    monkeypatch.setattr(offline, "offline_status_and_expiry", counting)
    return calls


def answers(
    argv: list[str], capsys: pytest.CaptureFixture[str], reads: list[int]
) -> tuple[str, str, bool]:
    """What the fast path prints, what the full command line prints, and whether the fast
    path read the files (False: it gave the kept answer)."""
    before = len(reads)
    assert quick.main(argv) == 0
    fast = capsys.readouterr().out
    read = len(reads) > before
    assert cli.main(argv) == 0
    return fast, capsys.readouterr().out, read


def kept_file(paths: AppPaths) -> Path:
    return paths.runtime_dir / "status-offline.json"


def test_the_answer_is_kept_while_nothing_changes(
    capsys: pytest.CaptureFixture[str], reads: list[int]
) -> None:
    paths = AppPaths.for_user()
    paths.ensure()
    a_tracker_killed_mid_write(paths)
    fast, full, read = answers(["status", "--json"], capsys, reads)
    assert fast == full and read
    assert kept_file(paths).stat().st_mode & 0o777 == 0o600
    for argv in (["status", "--json"], ["status"], ["status", "--format", "waybar"]):
        fast, full, read = answers(argv, capsys, reads)
        assert fast == full and not read


def test_a_changed_history_or_settings_file_is_read_again(
    capsys: pytest.CaptureFixture[str], reads: list[int]
) -> None:
    paths = AppPaths.for_user()
    paths.ensure()
    a_tracker_killed_mid_write(paths)
    before, _, _ = answers(["status", "--json"], capsys, reads)
    a_tracker_killed_mid_write(paths)  # another sit written
    after, full, read = answers(["status", "--json"], capsys, reads)
    assert after == full and after != before and read
    paths.settings_file.write_text("creep_threshold_min = 25\n")
    fast, full, read = answers(["status", "--json"], capsys, reads)
    assert fast == full and read and json.loads(fast)["creep_threshold_s"] == 25 * 60


def test_the_settings_file_is_read_again_only_when_it_changed(
    capsys: pytest.CaptureFixture[str], reads: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first poll after the history changed reads the history alone: what the
    settings file said is kept with the answer, and given up when the file changes."""
    settings_reads: list[int] = []
    real = offline.read_settings

    def counting(paths: AppPaths) -> dict[str, object]:
        settings_reads.append(1)
        return real(paths)

    monkeypatch.setattr(offline, "read_settings", counting)
    paths = AppPaths.for_user()
    paths.ensure()
    paths.settings_file.write_text("creep_threshold_min = 25\nposture_change_min = 40\n")
    assert set(real(paths)) == quick._READING_KEYS  # what the fast path checks a kept one for
    a_tracker_killed_mid_write(paths)
    answers(["status", "--json"], capsys, reads)
    assert len(settings_reads) == 2  # the fast path, then the full command line
    a_tracker_killed_mid_write(paths)
    fast, full, read = answers(["status", "--json"], capsys, reads)
    assert fast == full and read and len(settings_reads) == 3  # the command line's alone
    assert json.loads(fast)["creep_threshold_s"] == 25 * 60
    assert json.loads(fast)["posture_change_s"] == 40 * 60
    paths.settings_file.write_text("creep_threshold_min = 15\nbogus = 1\n")
    fast, full, read = answers(["status", "--json"], capsys, reads)
    assert fast == full and read and len(settings_reads) == 5
    assert json.loads(fast)["creep_threshold_s"] == 15 * 60
    assert any("bogus" in problem for problem in json.loads(fast)["problems"])
    # A file made readable again changes only its change time: read again, not kept.
    paths.settings_file.chmod(0o600)
    fast, full, read = answers(["status", "--json"], capsys, reads)
    assert fast == full and read and len(settings_reads) == 7


def test_a_kept_answer_from_another_day_or_place_is_not_given(
    capsys: pytest.CaptureFixture[str], reads: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = AppPaths.for_user()
    paths.ensure()
    a_tracker_killed_mid_write(paths)
    answers(["status", "--json"], capsys, reads)
    kept = json.loads(kept_file(paths).read_text())
    kept_file(paths).write_text(json.dumps({**kept, "expires": 0, "status": {"x": 1}}))
    fast, full, read = answers(["status", "--json"], capsys, reads)
    assert fast == full and read  # the day ran out
    monkeypatch.setenv("XDG_CONFIG_HOME", str(paths.config_dir.parent / "elsewhere"))
    fast, full, read = answers(["status", "--json"], capsys, reads)
    assert fast == full and read
    kept_file(paths).write_text("not json")
    fast, full, read = answers(["status", "--json"], capsys, reads)
    assert fast == full and read


def test_go_easy_on_lifting_is_read_from_the_saved_state_while_it_lasts(
    qtbot: object, tmp_path: Path
) -> None:
    from dataclasses import replace

    from tests.app_harness import Harness

    snapshot = Harness(tmp_path / "app").app.engine.snapshot()
    paths = AppPaths.for_user()
    paths.ensure()
    tz = system_timezone()
    for ahead, expected in ((timedelta(minutes=40), True), (timedelta(minutes=-1), False)):
        until = (datetime.now(tz) + ahead).replace(microsecond=0)
        store = Store(paths.database, tz)
        store.checkpoint(None, replace(snapshot, recovery_until=until.isoformat()))
        store.close()
        status = offline.offline_status(paths)
        assert status["recovery_until"] == (until.isoformat() if expected else None)
    with sqlite3.connect(paths.database) as connection:
        connection.execute("UPDATE engine_state SET snapshot = 'not json'")
    connection.close()
    assert offline.offline_status(paths)["recovery_until"] is None
