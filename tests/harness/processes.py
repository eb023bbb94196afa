"""The processes a test desktop is made of: started with their output in a log file,
checked, and stopped together; and waiting for a condition with a deadline."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    import pwd  # POSIX only: the harness also serves the tests that run on Windows

T = TypeVar("T")

#: program -> the Debian package that provides it
PACKAGES = {
    # D-Bus
    "dbus-daemon": "dbus",
    # the X desktop (tests/e2e)
    "Xvfb": "xvfb",
    "openbox": "openbox",
    "trayer": "trayer",
    "gtk-sni-tray-standalone": "haskell-gtk-sni-tray-utils",
    "dunst": "dunst",
    "xdotool": "xdotool",
    "xwininfo": "x11-utils",
    "import": "imagemagick",
    "xprop": "x11-utils",
    "xsetroot": "x11-xserver-utils",
    # the Wayland compositors (tests/desktops)
    "mutter": "mutter",
    "gnome-shell": "gnome-shell",
    "gsettings": "libglib2.0-bin",
    "kwin_wayland": "kwin-wayland",
    "plasmashell": "plasma-workspace plasma-desktop qtwayland5",
    "kded5": "kded5",
    "sway": "sway",
    "swaylock": "swaylock",
    "wtype": "wtype",
    "grim": "grim",
    "weston": "weston",
}


class DesktopUnavailable(RuntimeError):
    """A program the desktop needs is missing, or refused to start."""


def require(*programs: str) -> None:
    """Raise DesktopUnavailable naming the Debian packages of the missing programs."""
    missing = [program for program in programs if shutil.which(program) is None]
    if missing:
        packages = sorted({PACKAGES.get(program, program) for program in missing})
        raise DesktopUnavailable(
            f"{', '.join(missing)} not installed (Debian: apt-get install {' '.join(packages)})"
        )


def wait_for(
    condition: Callable[[], T | None],
    timeout_s: float,
    what: str,
    *,
    interval_s: float = 0.05,
) -> T:
    """Poll ``condition`` until it returns something truthy; fail with ``what`` at the
    deadline. Returns that value."""
    deadline = time.monotonic() + timeout_s
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise TimeoutError(f"waited {timeout_s:.0f} s for {what}")
        time.sleep(interval_s)


@dataclass
class ProcessGroup:
    """Processes started for one desktop, each with its output in ``root/logs/NAME.log``,
    stopped together (last started first), then ``cleanups`` run (last added first)."""

    root: Path
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict, kw_only=True)
    cleanups: list[Callable[[], None]] = field(default_factory=list, kw_only=True)
    _logs: list[IO[bytes]] = field(default_factory=list, kw_only=True)

    def spawn(
        self,
        name: str,
        command: Sequence[str],
        env: dict[str, str],
        *,
        user: pwd.struct_passwd | None = None,
        new_session: bool = True,
    ) -> subprocess.Popen[bytes]:
        """Start ``command`` as ``name``, as ``user`` if given (the tests run as root)."""
        (self.root / "logs").mkdir(exist_ok=True)
        log = (self.root / "logs" / f"{name}.log").open("ab")
        self._logs.append(log)
        as_user: dict[str, Any] = {}
        if user is not None:
            as_user = {"user": user.pw_uid, "group": user.pw_gid, "extra_groups": []}
        process = subprocess.Popen(
            list(command),
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=new_session,
            **as_user,
        )
        self.processes[name] = process
        return process

    def log(self, name: str) -> str:
        path = self.root / "logs" / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def alive(self, name: str) -> bool:
        return self.processes[name].poll() is None

    def check_alive(self, name: str) -> None:
        """Raise DesktopUnavailable with the end of its log when ``name`` has exited."""
        process = self.processes[name]
        if process.poll() is not None:
            raise DesktopUnavailable(
                f"{name} exited with {process.returncode}: {self.log(name)[-2500:]}"
            )

    def stop(self, timeout_s: float = 8) -> None:
        """SIGTERM each process (last started first), SIGKILL after ``timeout_s``."""
        for name in reversed(list(self.processes)):
            stop_process(self.processes.pop(name), timeout_s)
        for handle in self._logs:
            handle.close()
        self._logs.clear()
        while self.cleanups:
            self.cleanups.pop()()


def stop_process(process: subprocess.Popen[Any], timeout_s: float = 8) -> None:
    """SIGTERM, SIGKILL after ``timeout_s``; its pipes closed."""
    if process.poll() is None:
        process.terminate()
    try:
        process.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()


def private_env(home: Path, runtime: Path, **extra: str) -> dict[str, str]:
    """The tests' environment without anything of the person's session (display, buses,
    XDG folders, Qt settings, CreepGuard's home), with ``home`` as HOME and its XDG
    folders, ``runtime`` as XDG_RUNTIME_DIR, then ``extra``."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "DBUS_", "WAYLAND", "QT_", "DESKTOP_SESSION"))
        and key not in ("DISPLAY", "CREEPGUARD_HOME", "SESSION_MANAGER")
    }
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_STATE_HOME=str(home / ".local/state"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_RUNTIME_DIR=str(runtime),
    )
    env.update(extra)
    return env
