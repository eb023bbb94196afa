"""``creepguard.startup.quick``: ``status`` from a running tracker without the full command line.

Its output must be the full command line's, byte for byte; anything it does not answer
itself goes to ``creepguard.cli.main``; and it must find the socket exactly where
``AppPaths`` puts it.
"""

from __future__ import annotations

import json
import os
import socketserver
import stat
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from creepguard import cli, control
from creepguard.paths import AppPaths
from creepguard.startup import quick
from tests.platforms import needs_unix_sockets, posix_only

REPO = Path(__file__).resolve().parent.parent

FORMS = [["status"], ["status", "--json"], ["status", "--format", "waybar"]]
ALL_FORMS = [*FORMS, ["status", "--format=waybar"]]

SITTING: dict[str, Any] = {
    "ok": True,
    "running": True,
    "state": "sitting",
    "paused": False,
    "paused_until": None,
    "sitting_s": 1330,
    "next_prompt_s": 0,
    "prompt_held": True,
    "creep_threshold_s": 1200,
    "posture_change_s": 1800,
    "recovery_until": None,
    "today": {"sitting_s": 9000, "standing_s": 1200, "breaks_taken": 3, "breaks_skipped": 1},
}
PAUSED: dict[str, Any] = {
    **SITTING,
    "state": "standing_break",
    "paused": True,
    "paused_until": "2026-11-24T09:30:00+01:00",
    "recovery_until": "2026-11-23T18:05:00+01:00",
    "note": "Pause \u2013 Kaffee \u2615",  # non-ASCII stays as it is (ensure_ascii=False)
}
AWAY: dict[str, Any] = {**SITTING, "state": "away", "sitting_s": None, "next_prompt_s": None}


class FakeTracker:
    """A control socket at the real path that answers every request with ``reply``
    (a dict as one JSON line; bytes as they are; None: never answers)."""

    def __init__(self, path: Path, reply: dict[str, Any] | bytes | None) -> None:
        self.path = path
        self.reply = reply
        self.requests: list[bytes] = []
        self.release = threading.Event()
        tracker = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                tracker.requests.append(self.rfile.readline())
                if tracker.reply is None:
                    tracker.release.wait(10)
                    return
                data = tracker.reply
                if isinstance(data, dict):
                    data = json.dumps(data).encode() + b"\n"
                self.wfile.write(data)

        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.server = socketserver.ThreadingUnixStreamServer(str(path), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()
        self.path.unlink(missing_ok=True)


@pytest.fixture
def tracker() -> Iterator[Callable[[dict[str, Any] | bytes | None], FakeTracker]]:
    started: list[FakeTracker] = []

    def start(reply: dict[str, Any] | bytes | None) -> FakeTracker:
        fake = FakeTracker(AppPaths.for_user().control_socket, reply)
        started.append(fake)
        return fake

    yield start
    for fake in started:
        fake.close()


def outcome(
    main: Callable[[list[str]], int], argv: list[str], capsys: pytest.CaptureFixture[str]
) -> tuple[int | str | None, str, str]:
    """Exit code (argparse's SystemExit too), standard output and standard error."""
    try:
        code: int | str | None = main(argv)
    except SystemExit as exit_info:
        code = exit_info.code
    out, err = capsys.readouterr()
    return code, out, err


def no_delegation(argv: Any = None) -> int:
    raise AssertionError(f"the fast path handed {argv!r} to the full command line")


# ---------------------------------------------------------------------- answers


@pytest.mark.parametrize("reply", [SITTING, PAUSED, AWAY], ids=["sitting", "paused", "away"])
@pytest.mark.parametrize("argv", ALL_FORMS, ids=" ".join)
def test_the_fast_path_prints_what_the_command_line_prints(
    argv: list[str],
    reply: dict[str, Any],
    tracker: Callable[[dict[str, Any]], FakeTracker],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = tracker(reply)
    full = cli.main
    monkeypatch.setattr(cli, "main", no_delegation)
    fast = outcome(quick.main, argv, capsys)
    monkeypatch.setattr(cli, "main", full)
    assert fast == outcome(full, argv, capsys)
    assert fast[0] == 0 and fast[1].endswith("\n") and fast[2] == ""
    # The same request on the wire, once each; the plain form is read by a person, who
    # has then seen the problems it lists.
    assert len(fake.requests) == 2 and fake.requests[0] == fake.requests[1]
    seen = {"seen": True} if argv == ["status"] else {}
    assert json.loads(fake.requests[0]) == {"command": "status", **seen}


def test_argv_defaults_to_the_process_arguments(
    tracker: Callable[[dict[str, Any]], FakeTracker],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tracker(SITTING)
    monkeypatch.setattr(sys, "argv", ["creepguard", "status", "--format", "waybar"])
    monkeypatch.setattr(cli, "main", no_delegation)
    assert quick.main() == 0
    assert json.loads(capsys.readouterr().out)["class"] == "due"


# ---------------------------------------------------------------------- delegation


def delegated(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Record each hand-over to ``cli.main`` (which still runs)."""
    calls: list[Any] = []
    full = cli.main

    def spy(argv: Any = None) -> int:
        calls.append(argv)
        return full(argv)

    monkeypatch.setattr(cli, "main", spy)
    return calls


@pytest.mark.parametrize("argv", FORMS, ids=" ".join)
def test_without_a_tracker_it_reads_the_store_as_the_command_line_does(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = outcome(cli.main, argv, capsys)
    calls = delegated(monkeypatch)
    assert outcome(quick.main, argv, capsys) == expected
    assert calls == []  # answered without the command line (creepguard.offline)
    assert expected[0] == 0
    assert "not running" in expected[1] or '"running": false' in expected[1]


@pytest.mark.parametrize(
    "reply",
    [b"this is not json\n", b"", b'{"running": true, "state": "sit'],
    ids=["garbage", "closed", "cut-short"],
)
def test_an_unreadable_answer_is_no_tracker_as_in_the_command_line(
    reply: bytes,
    tracker: Callable[[bytes], FakeTracker],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tracker(reply)
    expected = outcome(cli.main, ["status", "--json"], capsys)
    calls = delegated(monkeypatch)
    assert outcome(quick.main, ["status", "--json"], capsys) == expected
    assert calls == []  # answered without the command line (creepguard.offline)
    assert json.loads(expected[1])["running"] is False


def test_a_tracker_that_does_not_answer_is_no_tracker_as_in_the_command_line(
    tracker: Callable[[None], FakeTracker],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(control, "_TIMEOUT_S", 0.2)  # one client for both paths
    tracker(None)
    expected = outcome(cli.main, ["status"], capsys)
    calls = delegated(monkeypatch)
    assert outcome(quick.main, ["status"], capsys) == expected
    assert calls == []  # answered without the command line (creepguard.offline)
    assert expected[1].startswith("CreepGuard is not running.")


@needs_unix_sockets
def test_a_stale_socket_file_is_no_tracker_as_in_the_command_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    path = AppPaths.for_user().control_socket
    path.parent.mkdir(parents=True, exist_ok=True)
    with socket.socket(socket.AF_UNIX) as dead:
        dead.bind(str(path))  # bound, never listening: connections are refused
    expected = outcome(cli.main, ["status", "--format=waybar"], capsys)
    calls = delegated(monkeypatch)
    assert outcome(quick.main, ["status", "--format=waybar"], capsys) == expected
    assert calls == []  # answered without the command line (creepguard.offline)
    assert json.loads(expected[1])["class"] == "not-running"


def test_a_reply_the_formatter_cannot_read_goes_to_the_command_line(
    tracker: Callable[[dict[str, Any]], FakeTracker], monkeypatch: pytest.MonkeyPatch
) -> None:
    tracker({"ok": True, "running": True, "state": "sitting"})  # no "today"
    calls = delegated(monkeypatch)
    with pytest.raises(KeyError, match="today"):
        quick.main(["status"])
    assert calls == [["status"]]


@pytest.mark.parametrize(
    "argv",
    [
        ["status", "--bogus"],
        ["status", "--json", "--format", "waybar"],
        ["status", "--format", "polybar"],
        ["status", "--js"],
        ["status", "--help"],
        ["--help"],
        ["--version"],
        ["sit"],
        ["pause", "soon"],
        ["-v", "status"],
    ],
    ids=" ".join,
)
@pytest.mark.parametrize("running", [True, False], ids=["tracker", "no-tracker"])
def test_everything_else_goes_to_the_command_line(
    argv: list[str],
    running: bool,
    tracker: Callable[[dict[str, Any]], FakeTracker],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if running:
        tracker(SITTING)
    expected = outcome(cli.main, argv, capsys)
    calls = delegated(monkeypatch)
    assert outcome(quick.main, argv, capsys) == expected
    assert calls == [argv]


# ---------------------------------------------------------------------- what it imports

HEAVY = {
    "argparse",
    "pathlib",
    "datetime",
    "creepguard.cli",
    "creepguard.settings",
    "creepguard.paths",
    "sqlalchemy",
    "PySide6",
    "platformdirs",
    "socket",  # its enum conversions: the client uses _socket
}


def imported(flags: list[str], *arguments: str) -> tuple[set[str], str]:
    """Modules ``python -X importtime`` reports, and standard output."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
    }
    result = subprocess.run(
        [sys.executable, *flags, "-X", "importtime", *arguments],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
        env=env,
    )
    modules = set()
    for line in result.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            name = line.rsplit("|", 1)[1].strip()
            if name != "imported package":
                modules.add(name)
    return modules, result.stdout


@pytest.mark.parametrize("flags", [[], ["-S"]], ids=["site", "no-site"])
@pytest.mark.parametrize("argv", ALL_FORMS, ids=" ".join)
def test_status_from_a_tracker_imports_nothing_heavy(
    argv: list[str],
    flags: list[str],
    tracker: Callable[[dict[str, Any]], FakeTracker],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A status bar polls this every few seconds. ``-S``: without site's own imports (a
    sandbox's .pth files may import pathlib), the modules the command itself needs."""
    fake = tracker(SITTING)
    startup, _ = imported(flags, "-c", "pass")
    modules, out = imported(flags, "-m", "creepguard", *argv)
    ours = modules - startup
    heavy = {m for m in ours if m in HEAVY or m.split(".")[0] in HEAVY}
    assert heavy == set(), f"{' '.join(argv)} imported {sorted(heavy)}"
    assert "creepguard.startup.quick" in ours
    assert len(fake.requests) == 1
    cli.main(argv)
    assert out == capsys.readouterr().out


# ---------------------------------------------------------------------- where the socket is


def app_socket() -> str:
    return str(cli.app_paths().control_socket)


@pytest.mark.parametrize(
    "home",
    [
        "{tmp}",
        "{tmp}/",
        "/{tmp}",
        "//{tmp}",
        "{tmp}/./a//b/.",
        "rel/dir",
        ".",
        "/",
        "~/cg",
        "a/../b",
    ],
)
def test_creepguard_home_puts_the_socket_where_app_paths_does(
    home: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CREEPGUARD_HOME", home.format(tmp=tmp_path))
    assert quick.control_socket() == app_socket()


def test_an_empty_creepguard_home_is_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CREEPGUARD_HOME", "")
    assert quick.control_socket() == app_socket()
    runtime = Path(os.environ["XDG_RUNTIME_DIR"])
    assert quick.control_socket() == str(runtime / "creepguard" / "control.sock")


@pytest.mark.parametrize("suffix", ["", "/", "/.", "//"])
def test_xdg_runtime_dir_puts_the_socket_where_app_paths_does(
    suffix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # conftest: XDG_RUNTIME_DIR is a private 0700 folder and CREEPGUARD_HOME is unset.
    monkeypatch.setenv("XDG_RUNTIME_DIR", os.environ["XDG_RUNTIME_DIR"] + suffix)
    assert quick.control_socket() == app_socket()


def test_a_missing_xdg_runtime_dir_is_still_the_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "not-yet"))
    assert (
        quick.control_socket() == app_socket() == str(tmp_path / "not-yet/creepguard/control.sock")
    )


def refused_runtime_dir(kind: str, tmp_path: Path) -> str:
    """An XDG_RUNTIME_DIR value current platformdirs refuses (or older ones read otherwise)."""
    target = tmp_path / kind
    if kind.startswith("mode-"):
        target.mkdir()
        target.chmod(int(kind.removeprefix("mode-"), 8))
    elif kind == "symlink":
        target.symlink_to(os.environ["XDG_RUNTIME_DIR"], target_is_directory=True)
    elif kind == "file":
        target.write_text("")
    else:
        return "relative/run"
    return str(target)


@posix_only
@pytest.mark.parametrize("kind", ["mode-0755", "mode-0711", "symlink", "file", "relative"])
def test_a_runtime_dir_platformdirs_may_refuse_is_left_to_it(
    kind: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", refused_runtime_dir(kind, tmp_path))
    assert quick.control_socket() is None
    expected = outcome(cli.main, ["status", "--json"], capsys)
    calls = delegated(monkeypatch)
    assert outcome(quick.main, ["status", "--json"], capsys) == expected
    assert calls == [["status", "--json"]]


def test_without_xdg_runtime_dir_the_socket_is_where_app_paths_puts_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    path = quick.control_socket()
    assert path is None or path == app_socket()


@posix_only
def test_without_xdg_runtime_dir_a_private_run_user_folder_is_the_place(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """/run/user/<uid> (systemd-logind's), seen as private and ours, whatever this machine has."""
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    run_user = f"/run/user/{os.geteuid()}"
    real_lstat = os.lstat

    def lstat(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
        if os.fspath(path) == run_user:
            return os.stat_result((stat.S_IFDIR | 0o700, 1, 1, 2, os.geteuid(), 0, 40, 0, 0, 0))
        return real_lstat(path, *args, **kwargs)

    monkeypatch.setattr(os, "lstat", lstat)
    assert quick.control_socket() == app_socket() == f"{run_user}/creepguard/control.sock"


@pytest.mark.skipif(sys.platform == "linux", reason="the other platforms' branch")
def test_other_platforms_leave_the_runtime_folder_to_platformdirs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert quick.control_socket() is None


@given(
    st.text(alphabet="/.a", max_size=12),
    st.lists(st.sampled_from(["run", "control.sock", "creepguard"]), max_size=3),
)
def test_join_is_pure_posix_path(base: str, names: list[str]) -> None:
    assert quick._join(base, *names) == str(PurePosixPath(base, *names))


def test_ctrl_c_while_waiting_is_a_plain_failure_as_in_the_command_line(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def interrupted(path: str, **_: Any) -> None:
        raise KeyboardInterrupt

    def interrupted_request(*args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(quick, "_ask_status", interrupted)
    monkeypatch.setattr(cli, "request", interrupted_request)
    assert outcome(cli.main, ["status"], capsys) == (1, "", "")
    assert outcome(quick.main, ["status"], capsys) == (1, "", "")
