"""Bad input on the command line: one line on standard error and exit 2 (usage) or 1
(failure), never a traceback, and nothing started or left half-done."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from creepguard import cli
from creepguard.control import InstanceLock
from creepguard.paths import AppPaths
from creepguard.startup import runner
from tests.platforms import posix_only


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int | str | None, str, str]:
    """Exit code (argparse's SystemExit too), standard output and standard error."""
    try:
        code: int | str | None = cli.main(argv)
    except SystemExit as exit_info:
        code = exit_info.code
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> str:
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


# ---------------------------------------------------------------------- run --time-scale


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The time scales a tracker was started with (instead of starting Qt)."""
    scales: list[float] = []

    def fake_run(paths: AppPaths, *, time_scale: float, verbose: bool, demo: bool) -> int:
        scales.append(time_scale)
        return 0

    monkeypatch.setattr(runner, "_run", fake_run)
    return scales


@pytest.mark.parametrize(
    "value",
    ["nan", "NaN", "inf", "-inf", "-nan", "1e309", "1e300", "0", "-1", "0.001", "3601", "", "x"],
)
def test_a_bad_time_scale_starts_nothing_and_locks_nothing(
    value: str, started: list[float], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["run", f"--time-scale={value}"], capsys)
    assert code == 2 and out == ""
    assert "--time-scale" in one_line_error(err) and "0.01 to 3600" in err
    assert started == []
    paths = AppPaths.for_user()
    assert not paths.runtime_dir.exists() and not paths.data_dir.exists()
    lock = InstanceLock(paths.instance_lock)
    assert lock.acquire()  # nobody holds it: the next `run` would start
    lock.release()


@pytest.mark.parametrize(("value", "scale"), [("0.01", 0.01), ("60", 60.0), ("3600", 3600.0)])
def test_time_scales_in_range_start_the_tracker(
    value: str, scale: float, started: list[float], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["run", "--time-scale", value], capsys)[0] == 0
    assert started == [scale]


def test_the_runner_itself_refuses_a_bad_time_scale_before_creating_anything(
    tmp_path: Path, started: list[float]
) -> None:
    paths = AppPaths.under(tmp_path / "home")
    for scale in (float("nan"), float("inf"), 0.0, -1.0, 1e6):
        with pytest.raises(ValueError, match="time scale"):
            runner.run_tracker(paths, demo=False, time_scale=scale, verbose=False)
    assert not (tmp_path / "home").exists() and started == []


def test_usage_mistakes_are_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["run", "--bogus"], ["pause", "1", "2"], ["nosuch\ncommand"], ["export"]):
        code, _, err = run(argv, capsys)
        assert code == 2, argv
        assert one_line_error(err).startswith("creepguard"), err
        assert "--help" in err
    code, _, err = run(["history", "--week", "2026\nW48"], capsys)
    assert code == 2 and "'2026\\nW48'" in one_line_error(err)


# ---------------------------------------------------------------------- dates at the ends


def test_the_first_and_last_weeks_there_are(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["history", "--week", "0001-W01", "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["week"] == "0001-W01" and data["days"][0]["date"] == "0001-01-01"
    code, out, _ = run(["history", "--week", "9999-W51", "--json"], capsys)
    assert code == 0 and json.loads(out)["days"][6]["date"] == "9999-12-26"
    # 9999-W52 runs into the year 10000, which no date can hold.
    code, out, err = run(["history", "--week", "9999-W52"], capsys)
    assert code == 2 and out == ""
    assert "9999-12-31" in one_line_error(err)


@pytest.mark.parametrize("zone", ["UTC", "Pacific/Kiritimati", "America/Adak"])
def test_export_takes_every_date_there_is(
    zone: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from zoneinfo import ZoneInfo

    import creepguard.core.clock

    monkeypatch.setattr(creepguard.core.clock, "system_timezone", lambda: ZoneInfo(zone))
    for since, until in (
        ("0001-01-01", "9999-12-31"),
        ("0001-01-01", "0001-01-01"),
        ("9999-12-31", "9999-12-31"),
    ):
        argv = ["export", "--format", "json", "--since", since, "--until", until]
        code, out, err = run(argv, capsys)
        assert (code, err) == (0, ""), argv
        assert json.loads(out) == {"spans": [], "episodes": [], "breaks": [], "days": []}
    code, out, err = run(["export", "--format", "csv", "--since", "9999-12-31"], capsys)
    assert (code, err) == (0, "") and out.startswith("record,")


# ---------------------------------------------------------------------- export --output


def export_to(target: str, capsys: pytest.CaptureFixture[str]) -> tuple[int | str | None, str]:
    code, _, err = run(["export", "--format", "csv", "--output", target], capsys)
    return code, err


def test_export_to_a_missing_folder_or_a_folder_fails_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "no such folder" / "out.csv"
    code, err = export_to(str(missing), capsys)
    assert code == 1 and "folder does not exist" in one_line_error(err)
    assert not missing.parent.exists()
    code, err = export_to(str(tmp_path), capsys)
    assert code == 1 and "is a folder" in one_line_error(err)
    assert list(tmp_path.iterdir()) == []  # nothing written anywhere


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_export_to_a_full_device_fails_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, err = export_to("/dev/full", capsys)
    assert code == 1 and "No space left" in one_line_error(err)


def test_a_failed_export_leaves_no_partial_file_and_keeps_the_old_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os

    target = tmp_path / "out.csv"
    target.write_text("the export from last week\n")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    code, err = export_to(str(target), capsys)
    assert code == 1 and "No space left" in one_line_error(err)
    assert target.read_text() == "the export from last week\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]  # no temporary file left
    fresh = tmp_path / "new.csv"
    assert export_to(str(fresh), capsys)[0] == 1
    assert not fresh.exists()


@posix_only
def test_an_export_replaces_the_file_a_link_names_and_is_private(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os
    import stat

    real = tmp_path / "real.csv"
    real.write_text("old\n")
    real.chmod(0o644)
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    assert export_to(str(link), capsys)[0] == 0
    assert link.is_symlink() and real.read_text().startswith("record,")
    assert stat.S_IMODE(real.stat().st_mode) == 0o600
    for umask, mode in ((0o022, 0o600), (0o277, 0o400)):  # a stricter umask wins
        old_umask = os.umask(umask)
        try:
            assert export_to(str(tmp_path / f"{umask:o}.csv"), capsys)[0] == 0
        finally:
            os.umask(old_umask)
        assert stat.S_IMODE((tmp_path / f"{umask:o}.csv").stat().st_mode) == mode


# ---------------------------------------------------------------------- a reader that leaves


class GoneReader:
    """Standard output whose reader has closed the pipe (``| head -c 5``)."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")


@pytest.mark.parametrize(
    "argv",
    [
        ["status"],
        ["status", "--json"],
        ["status", "--format", "waybar"],
        ["exercises", "--json"],
        ["history"],
        ["export", "--format", "csv"],
        ["autostart"],
    ],
    ids=" ".join,
)
def test_a_closed_pipe_ends_every_command_quietly(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from creepguard.startup import quick

    monkeypatch.setattr(sys, "stdout", GoneReader())
    assert quick.main(argv) == 1
    assert capsys.readouterr().err == ""


def test_a_closed_pipe_ends_a_real_process_quietly() -> None:
    """The whole process: nothing on standard error, not even at exit."""
    import os
    import subprocess
    import sys

    reader, writer = os.pipe()
    os.close(reader)  # nobody will read: the first write fails
    try:
        for argv in (["status", "--json"], ["exercises", "--json"]):
            result = subprocess.run(
                [sys.executable, "-m", "creepguard", *argv],
                stdout=writer,
                stderr=subprocess.PIPE,
                text=True,
                check=False,
                env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
            )
            assert (result.returncode, result.stderr) == (1, ""), argv
    finally:
        os.close(writer)


# ---------------------------------------------------------------------- pause DURATION


@pytest.mark.parametrize(
    "text", ["525601", "8761h", "365d", "525600m1s", "31536001s", "9" * 5000, "9" * 5000 + "h"]
)
def test_a_pause_longer_than_a_year_is_a_usage_error(
    text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["pause", text], capsys)
    assert code == 2 and out == ""
    one_line_error(err)
    assert "year" in err or "not a duration" in err


@pytest.mark.parametrize("text", ["525600", "8760h", "525600m", "31536000s"])
def test_a_pause_of_a_year_is_accepted(text: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.parse_duration(text) == 365 * 86400
    assert run(["pause", text], capsys)[0] == 3  # accepted, then: no tracker to ask


# ---------------------------------------------------------------------- a broken environment


@pytest.mark.parametrize("argv", [["run"], ["run", "--time-scale", "2"], ["history"],
                                  ["export", "--format", "csv"]])  # fmt: skip
def test_folders_that_cannot_be_made_are_one_line_and_exit_1(
    argv: list[str],
    tmp_path: Path,
    started: list[float],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from creepguard.startup import quick

    in_the_way = tmp_path / "a file"
    in_the_way.write_text("")
    for variable in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"):
        monkeypatch.setenv(variable, str(in_the_way))
    assert quick.main(argv) == 1
    out, err = capsys.readouterr()
    assert out == "" and "a file is in the way" in one_line_error(err)
    assert started == []


def test_a_history_that_cannot_be_read_is_a_failure_not_an_empty_week(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    in_the_way = tmp_path / "a file"
    in_the_way.write_text("")
    monkeypatch.setenv("XDG_DATA_HOME", str(in_the_way))
    for argv in (["history", "--json"], ["export", "--format", "json"]):
        code, out, err = run(argv, capsys)
        assert code == 1 and out == "", argv
        assert "cannot open the history file" in one_line_error(err)
