"""The real ``python -m creepguard run`` as a child process, and what tests ask of it.

Shared by the e2e tests, the real-desktop tests and ``benchmarks/bench_desktop.py``.
Everything the app writes lives under one ``CREEPGUARD_HOME`` folder (data/, config/, run/,
log/).
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from creepguard.control import NotRunning, request  # noqa: E402
from creepguard.paths import AppPaths  # noqa: E402
from tests.harness.processes import private_env  # noqa: E402


def morning_tz(hour: int = 6) -> str:
    """A fixed-offset zone (``Etc/GMT±N``) in which it is now ``hour`` o'clock, give or
    take the minutes: a run at 120x speed then has ~8 real minutes before local midnight
    splits "today", whatever the real time of day."""
    offset = ((hour - datetime.now(UTC).hour + 12) % 24) - 12  # local = UTC + offset
    return "Etc/GMT" + ("" if offset == 0 else f"{-offset:+d}")  # Etc/ signs are inverted


def settings_text(**changes: Any) -> str:
    """A settings file (so no first-run welcome) for predictable runs: prompts all day,
    no scheduled posture drills; ``changes`` override any key."""
    from creepguard import settings

    values: dict[str, Any] = {"active_start": "00:00", "active_end": "00:00", "drills_per_day": 0}
    values.update(changes)
    return settings.render(settings.Settings().replace(**values))


def offscreen_env(root: Path, *, bus_address: str | None = None, **extra: str) -> dict[str, str]:
    """An environment without any display: Qt's offscreen platform, so the app falls back
    to the null activity backend (every unlocked moment counts as sitting). No session
    bus unless ``bus_address`` is given; never the machine's system bus."""
    home = root / "home"
    for folder in (".config", ".cache", ".local/share", ".local/state", "runtime"):
        (home / folder).mkdir(parents=True, exist_ok=True, mode=0o700)
    settings = {
        "QT_QPA_PLATFORM": "offscreen",
        "DBUS_SESSION_BUS_ADDRESS": bus_address or f"unix:path={root / 'no-session-bus'}",
        "DBUS_SYSTEM_BUS_ADDRESS": f"unix:path={root / 'no-system-bus'}",
    }
    return private_env(home, home / "runtime", **{**settings, **extra})


class AppProcess:
    """One ``creepguard run`` child.

    Args:
        home: its ``CREEPGUARD_HOME``.
        env: the environment (display, bus, ...); ``CREEPGUARD_HOME``, ``TZ`` and
            ``PYTHONPATH`` are added.
        time_scale: ``--time-scale``.
        tz: the app's time zone (default: :func:`morning_tz`).
        settings: the settings file's text, written when there is no settings file yet
            (default: :func:`settings_text`, so no first-run welcome).
        write_settings: False leaves the config folder as it is.
        args: options before ``run`` (``-v``).
    """

    def __init__(
        self,
        home: Path,
        env: Mapping[str, str],
        *,
        time_scale: float = 1.0,
        tz: str | None = None,
        settings: str | None = None,
        write_settings: bool = True,
        args: Sequence[str] = (),
    ) -> None:
        self.home = home
        self.paths = AppPaths.under(home)
        self.time_scale = time_scale
        self.tz = tz or morning_tz()
        self.env = {
            **env,
            "CREEPGUARD_HOME": str(home),
            "TZ": self.tz,
            "PYTHONPATH": os.pathsep.join([str(ROOT), *filter(None, [env.get("PYTHONPATH", "")])]),
        }
        self.args = list(args)
        if write_settings and not self.paths.settings_file.exists():
            self.paths.config_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.paths.settings_file.write_text(settings or settings_text(), encoding="utf-8")
        self.process: subprocess.Popen[bytes] | None = None
        self._output: IO[bytes] | None = None
        self.started_at = 0.0
        self.runs = 0

    # --- life ------------------------------------------------------------------------------

    def command(self) -> list[str]:
        scale = [] if self.time_scale == 1.0 else ["--time-scale", f"{self.time_scale:g}"]
        return [sys.executable, "-m", "creepguard", *self.args, "run", *scale]

    def start(self, prefix: Sequence[str] = ()) -> AppProcess:
        self.home.mkdir(parents=True, exist_ok=True)
        self.runs += 1
        self._output = (self.home / f"app-{self.runs}.out").open("wb")
        self.started_at = time.monotonic()
        self.process = subprocess.Popen(
            [*prefix, *self.command()],
            env=self.env,
            cwd=ROOT,
            stdout=self._output,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        return self

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def answers(self) -> bool:
        try:
            self.request("ping")
        except NotRunning:
            return False
        return True

    def wait_answering(self, timeout_s: float = 30) -> float:
        """Wait until the control socket answers; the moment it first did."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.answers():
                return time.monotonic()
            if not self.alive():
                raise RuntimeError(f"the app exited with {self.returncode()}:\n{self.output()}")
            time.sleep(0.02)
        raise TimeoutError(f"the app did not answer within {timeout_s:.0f} s:\n{self.output()}")

    def start_answering(self, timeout_s: float = 60) -> AppProcess:
        """Start, and wait until the control socket answers (stopped again if not)."""
        self.start()
        try:
            self.wait_answering(timeout_s)
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self, timeout_s: float = 15) -> int:
        """SIGTERM (a clean quit) and wait; the exit code."""
        if self.process is None:
            return 0
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            code = self.process.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            self.process.kill()
            code = self.process.wait(timeout=10)
        self._close_output()
        return code

    def kill(self) -> None:
        """SIGKILL: no chance to write anything."""
        if self.process is not None:
            if self.process.poll() is None:
                self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)
        self._close_output()

    def returncode(self) -> int | None:
        return None if self.process is None else self.process.poll()

    def _close_output(self) -> None:
        if self._output is not None:
            self._output.close()
            self._output = None

    # --- asking it -------------------------------------------------------------------------

    def request(self, command: str, **arguments: Any) -> dict[str, Any]:
        """Straight to the control socket (no CLI process): for polling."""
        return request(self.paths.control_socket, command, **arguments)

    def state(self) -> Any:
        """The state (``sitting``, ``away``...), straight from the control socket."""
        return self.request("status")["state"]

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """The real ``creepguard`` command line, with the app's environment."""
        return subprocess.run(
            [sys.executable, "-m", "creepguard", *args],
            env=self.env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            check=check,
        )

    def status(self) -> dict[str, Any]:
        """``creepguard status --json``."""
        result: dict[str, Any] = json.loads(self.cli("status", "--json").stdout)
        return result

    def history(self) -> dict[str, Any]:
        """``creepguard history --json`` (this week)."""
        result: dict[str, Any] = json.loads(self.cli("history", "--json").stdout)
        return result

    # --- what it left ----------------------------------------------------------------------

    def output(self) -> str:
        """Everything the app printed, over all its runs."""
        return "".join(
            (self.home / f"app-{n}.out").read_text(errors="replace")
            for n in range(1, self.runs + 1)
            if (self.home / f"app-{n}.out").exists()
        )

    def log(self) -> str:
        path = self.paths.log_dir / "creepguard.log"
        return path.read_text(errors="replace") if path.exists() else ""


# ---------------------------------------------------------------------- the store, read directly


def store_totals(database: Path) -> dict[str, float]:
    """Seconds per state over every span in the file, open ones included (what a crash
    leaves is what counts), read with plain sqlite3."""
    if not database.exists():
        return {}
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5)
    try:
        rows = connection.execute(
            "SELECT state, SUM(end_ts - start_ts) FROM spans GROUP BY state"
        ).fetchall()
    except sqlite3.OperationalError:  # no schema yet (killed before the first migration)
        return {}
    finally:
        connection.close()
    return {state: float(total or 0.0) for state, total in rows}


def integrity(database: Path) -> str:
    """``PRAGMA integrity_check`` as SQLite reports it ("ok" when sound)."""
    connection = sqlite3.connect(str(database), timeout=5)
    try:
        return "; ".join(str(row[0]) for row in connection.execute("PRAGMA integrity_check"))
    finally:
        connection.close()


# ---------------------------------------------------------------------- sockets


def _inodes(pid: int) -> set[int]:
    found: set[int] = set()
    fd_dir = Path(f"/proc/{pid}/fd")
    for entry in fd_dir.iterdir():
        try:
            target = str(entry.readlink())
        except OSError:
            continue
        if target.startswith("socket:["):
            found.add(int(target[8:-1]))
    return found


def _table_inodes(pid: int, table: str) -> set[int]:
    path = Path(f"/proc/{pid}/net/{table}")
    if not path.exists():
        return set()
    lines = path.read_text().splitlines()[1:]
    # tcp/udp/raw and netlink: the inode is the 10th column; unix: the 7th
    column = 6 if table == "unix" else 9
    return {int(line.split()[column]) for line in lines if len(line.split()) > column}


def socket_families(pid: int) -> dict[str, set[int]]:
    """The process's open sockets by family: ``inet`` (TCP/UDP/raw, v4 and v6), ``unix``,
    ``netlink`` and ``other``; from /proc/PID/fd and /proc/PID/net/*."""
    sockets = _inodes(pid)
    inet = set().union(
        *(_table_inodes(pid, t) for t in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"))
    )
    unix = _table_inodes(pid, "unix")
    netlink = _table_inodes(pid, "netlink")
    return {
        "inet": sockets & inet,
        "unix": sockets & unix,
        "netlink": sockets & netlink,
        "other": sockets - inet - unix - netlink,
    }
