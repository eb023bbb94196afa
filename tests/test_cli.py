"""The command line: its contract (names, options, JSON keys, exit codes) and its reads."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from creepguard import cli
from creepguard.core.clock import system_timezone
from creepguard.core.events import EpisodeEnded, SpanClosed
from creepguard.core.model import Episode, Outcome, PromptKind, Span, State
from creepguard.paths import AppPaths
from creepguard.storage.store import Store
from tests.platforms import needs_unix_sockets


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("30", 1800), ("90s", 90), ("45m", 2700), ("1h", 3600), ("1h30m", 5400), ("2.5", 150)],
)
def test_durations(text: str, seconds: float) -> None:
    assert cli.parse_duration(text) == seconds


def test_tomorrow_is_a_duration() -> None:
    assert cli.parse_duration("tomorrow") == "tomorrow"


@pytest.mark.parametrize("text", ["0", "0m", "", "abc", "1x", "-5", "h", "1h-3m"])
def test_zero_or_garbage_is_a_usage_error(text: str) -> None:
    with pytest.raises(cli.UsageError):
        cli.parse_duration(text)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_bad_pause_duration_exits_2_with_a_clear_message(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(["pause", "0"], capsys)
    assert code == 2
    assert "longer than zero" in err
    code, _, err = run(["pause", "soon"], capsys)
    assert code == 2 and "not a duration" in err


def test_commands_without_a_tracker_exit_3(capsys: pytest.CaptureFixture[str]) -> None:
    for command in (["sit"], ["stand"], ["break"], ["resume"], ["pause", "10"]):
        code, _, err = run(command, capsys)
        assert code == 3, command
        assert "not running" in err


def test_status_without_a_tracker_reads_the_store(capsys: pytest.CaptureFixture[str]) -> None:
    paths = AppPaths.for_user()
    tz = system_timezone()
    now = datetime.now(tz)
    start = max(now - timedelta(minutes=20), now.replace(hour=0, minute=0, second=0, microsecond=0))
    store = Store(paths.database, tz)
    store.record([SpanClosed(Span(State.SITTING, start, now))])
    store.checkpoint(None, None)
    store.close()
    code, out, _ = run(["status", "--json"], capsys)
    status = json.loads(out)
    assert code == 0
    assert status["running"] is False and status["state"] is None
    assert status["today"]["sitting_s"] == round((now - start).total_seconds())
    assert status["creep_threshold_s"] == 1200 and status["posture_change_s"] == 1800
    code, out, _ = run(["status", "--format", "waybar"], capsys)
    bar = json.loads(out)
    assert set(bar) == {"text", "tooltip", "class"} and bar["class"] == "not-running"


def test_waybar_classes_follow_the_state() -> None:
    base = {
        "running": True,
        "state": "sitting",
        "paused": False,
        "sitting_s": 600,
        "next_prompt_s": 1200,
        "creep_threshold_s": 1200,
        "posture_change_s": 1800,
        "recovery_until": None,
        "paused_until": None,
        "today": {"sitting_s": 3600, "standing_s": 0, "breaks_taken": 2, "breaks_skipped": 0},
    }
    assert cli.waybar(base) == {
        "text": "10m",
        "tooltip": "Sitting for 10 min\nNext prompt in 20 min\nToday: 1 h 00 min sitting, 2 breaks",
        "class": "sitting",
    }
    one = {**base, "today": {**base["today"], "breaks_taken": 1}}  # type: ignore[dict-item]
    assert cli.waybar(one)["tooltip"].endswith("Today: 1 h 00 min sitting, 1 break")
    assert cli.waybar({**base, "sitting_s": 1300})["class"] == "creep"
    assert cli.waybar({**base, "sitting_s": 1800, "next_prompt_s": 0})["class"] == "due"
    assert cli.waybar({**base, "paused": True})["class"] == "paused"
    assert cli.waybar({**base, "state": "away"})["class"] == "away"


def seed_week(paths: AppPaths) -> None:
    tz = system_timezone()
    store = Store(paths.database, tz)
    monday = datetime(2026, 11, 23, 9, 0, tzinfo=tz)
    events: list[object] = []
    for day in range(5):
        start = monday + timedelta(days=day)
        events.append(SpanClosed(Span(State.SITTING, start, start + timedelta(minutes=50))))
        events.append(
            SpanClosed(
                Span(State.STANDING, start + timedelta(minutes=50), start + timedelta(hours=1))
            )
        )
        events.append(
            EpisodeEnded(
                Episode(
                    PromptKind.POSTURE_CHANGE, start, start + timedelta(minutes=31), Outcome.DONE, 1
                )
            )
        )
    # A sit across midnight counts on each day for its part.
    late = datetime(2026, 11, 29, 23, 30, tzinfo=tz)
    events.append(SpanClosed(Span(State.SITTING, late, late + timedelta(minutes=30))))
    events.append(
        SpanClosed(
            Span(State.SITTING, late + timedelta(minutes=30), late + timedelta(minutes=45), 1800)
        )
    )
    store.record(events)  # type: ignore[arg-type]
    store.checkpoint(None, None)
    store.close()


def test_history_json_has_seven_days_and_totals(capsys: pytest.CaptureFixture[str]) -> None:
    seed_week(AppPaths.for_user())
    code, out, _ = run(["history", "--week", "2026-W48", "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["week"] == "2026-W48"
    assert [d["date"] for d in data["days"]] == [
        (date(2026, 11, 23) + timedelta(days=n)).isoformat() for n in range(7)
    ]
    keys = {"date", "sitting_s", "standing_s", "over_creep_s", "longest_sit_s", "breaks_taken",
            "breaks_natural", "breaks_snoozed", "breaks_skipped"}  # fmt: skip
    assert keys <= set(data["days"][0])
    monday = data["days"][0]
    assert (monday["sitting_s"], monday["standing_s"], monday["over_creep_s"]) == (3000, 600, 1800)
    # Done on the prompt, and 10 min standing after the sit.
    assert (monday["breaks_done"], monday["breaks_unprompted"]) == (1, 1)
    assert (monday["breaks_taken"], monday["breaks_snoozed"]) == (2, 1)
    assert data["days"][6]["sitting_s"] == 1800
    assert data["totals"]["sitting_s"] == 5 * 3000 + 1800
    assert data["totals"]["breaks_taken"] == 10
    code, out, _ = run(["history", "--week", "2026-W48"], capsys)
    assert code == 0 and "Mon 23 Nov" in out


def test_history_rejects_a_bad_week(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["history", "--week", "48"], capsys)
    assert code == 2 and "ISO week" in err


def test_export_csv_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed_week(AppPaths.for_user())
    target = tmp_path / "out.csv"
    code, out, _ = run(
        [
            "export",
            "--format",
            "csv",
            "--output",
            str(target),
            "--since",
            "2026-11-23",
            "--until",
            "2026-11-24",
        ],
        capsys,
    )
    # Each day: Done on its prompt, and 10 min standing after the sit.
    assert code == 0 and "Exported 4 spans, 2 prompts and 4 breaks" in out
    lines = target.read_text().splitlines()
    assert lines[0].startswith("record,state_or_kind,start,end")
    assert sum(line.startswith("span,") for line in lines) == 4
    assert sum(line.startswith("break,") for line in lines) == 4
    code, out, _ = run(["export", "--format", "json"], capsys)
    data = json.loads(out)
    assert len(data["spans"]) == 12 and len(data["episodes"]) == 5
    assert len(data["breaks"]) == 10
    assert [day["breaks_taken"] for day in data["days"]] == [2, 2, 2, 2, 2, 0, 0]
    code, _, err = run(
        ["export", "--format", "json", "--since", "2026-11-30", "--until", "2026-11-01"], capsys
    )
    assert code == 2 and "before --since" in err


def test_exercises_json_lists_every_exercise_with_its_picture(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(["exercises", "--json"], capsys)
    rows = json.loads(out)
    assert code == 0 and len(rows) >= 24
    assert {"id", "title", "position", "enabled", "illustration"} <= set(rows[0])
    assert all(Path(row["illustration"]).exists() for row in rows)
    assert not any(row["enabled"] for row in rows if row["position"] == "floor")
    # The end pose and the animation beside each start picture (every exercise has both).
    for row in rows:
        assert Path(row["illustration_end"]).name == f"{row['id']}-end.svg"
        assert Path(row["illustration_anim"]).name == f"{row['id']}-anim.svg"
        assert Path(row["illustration_end"]).is_file()
        assert Path(row["illustration_anim"]).is_file()


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == 0
    assert "creepguard 0.1.0" in capsys.readouterr().out
    for command in ("run", "status", "pause", "history", "export", "diagnose", "exercises"):
        with pytest.raises(SystemExit):
            cli.main([command, "--help"])
        assert "usage: creepguard" in capsys.readouterr().out


@needs_unix_sockets
def test_status_answers_without_importing_qt_or_sqlalchemy_when_a_tracker_runs(
    tmp_path: Path,
) -> None:
    """A status bar polls this every few seconds: it must stay a light process."""
    import socket
    import subprocess
    import threading

    from creepguard.paths import AppPaths as Paths

    paths = Paths.for_user()
    paths.runtime_dir.mkdir(parents=True, exist_ok=True)
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(paths.control_socket))
    server.listen(1)
    reply = {"ok": True, "running": True, "state": "sitting", "sitting_s": 60, "today": {}}

    def answer() -> None:
        connection, _ = server.accept()
        connection.recv(1024)
        connection.sendall(json.dumps(reply).encode() + b"\n")
        connection.close()

    thread = threading.Thread(target=answer)
    thread.start()
    probe = (
        "import sys, json; from creepguard.cli import main; code = main(['status', '--json']); "
        "heavy = ('PySide6', 'sqlalchemy'); "
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in heavy)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    thread.join()
    server.close()
    status_line, modules_line = result.stdout.strip().splitlines()
    assert json.loads(status_line)["state"] == "sitting"
    assert json.loads(modules_line) == []
