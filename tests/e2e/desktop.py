"""A throw-away X desktop for end-to-end runs: Xvfb, openbox, a tray host, a private
session bus and dunst, all from Debian packages.

Used by the e2e fixtures and by ``benchmarks/bench_desktop.py``, so nothing here depends
on pytest: a missing program raises :class:`DesktopUnavailable` with the Debian package
to install, and the caller decides whether that is a skip or an error.

Two tray hosts are supported:

* ``xembed``: ``trayer`` (package ``trayer``), the XEmbed system tray: the app's icon is
  an X window reparented into trayer's panel, which ``xwininfo -root -tree`` shows;
* ``sni``: ``gtk-sni-tray-standalone --watcher`` (package ``haskell-gtk-sni-tray-utils``),
  a StatusNotifierItem host over D-Bus: the app registers an item with the watcher, and
  the watcher's ``RegisteredStatusNotifierItems`` says which connection (hence which
  process) owns it.

Every notification dunst displays is appended to a log file by a dunst ``script`` rule,
so a test can wait for one without screen scraping.
"""

from __future__ import annotations

import contextlib
import os
import re
import select
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tests.harness.bus import bus_has_name, sni_owners, start_bus
from tests.harness.processes import (
    DesktopUnavailable,
    ProcessGroup,
    private_env,
    require,
    wait_for,
)

SCREEN = (1280, 800)

# dunst 1.9: a rule that matches every notification and runs a script, which appends the
# summary and body to a file (dunst passes appname, summary, body, icon, urgency).
_DUNSTRC = """[global]
    font = "DejaVu Sans 10"
    width = 340
    origin = top-right
    offset = 10x40
    max_icon_size = 48
    icon_position = left
    frame_width = 1
    timeout = 0

[log_everything]
    appname = "*"
    script = "{script}"
"""

_NOTIFY_SCRIPT = """#!/bin/sh
printf '%s\\t%s\\t%s\\n' "$1" "$2" "$(printf '%s' "$3" | tr '\\n\\t' '  ')" >> "{log}"
"""


def apt_candidate(package: str) -> str | None:
    """The version apt would install, or None (no apt, or not in the archive)."""
    if shutil.which("apt-cache") is None:
        return None
    try:
        output = subprocess.run(
            ["apt-cache", "policy", package],
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = re.search(r"Candidate:\s*(\S+)", output)
    return match.group(1) if match and match.group(1) != "(none)" else None


# ---------------------------------------------------------------------- the window tree


@dataclass
class XWindow:
    """One line of ``xwininfo -root -tree``."""

    id: str
    name: str
    classes: tuple[str, ...]
    width: int
    height: int
    parent: XWindow | None = None
    children: list[XWindow] = field(default_factory=list)

    def ancestors(self) -> Iterator[XWindow]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


_LINE = re.compile(r"^(?P<indent>\s*)(?P<id>0x[0-9a-f]+) (?P<rest>.*)$")
_GEOMETRY = re.compile(r"(\d+)x(\d+)[+-]-?\d+[+-]-?\d+\s+[+-]-?\d+[+-]-?\d+\s*$")


def parse_tree(text: str) -> list[XWindow]:
    """Every window of ``xwininfo -root -tree`` with its parent (by indentation)."""
    windows: list[XWindow] = []
    stack: list[tuple[int, XWindow]] = []
    for line in text.splitlines():
        match = _LINE.match(line)
        if match is None:
            continue
        rest = match.group("rest")
        geometry = _GEOMETRY.search(rest)
        head, _sep, tail = rest.rpartition(": (")
        classes = tuple(re.findall(r'"([^"]*)"', tail.split(")")[0]))
        name = head[1:-1] if head.startswith('"') and head.endswith('"') else ""
        window = XWindow(
            id=match.group("id"),
            name=name,
            classes=classes,
            width=int(geometry.group(1)) if geometry else 0,
            height=int(geometry.group(2)) if geometry else 0,
        )
        indent = len(match.group("indent"))
        while stack and stack[-1][0] >= indent:
            stack.pop()
        if stack:
            window.parent = stack[-1][1]
            window.parent.children.append(window)
        stack.append((indent, window))
        windows.append(window)
    return windows


# ---------------------------------------------------------------------- the desktop


@dataclass
class Desktop(ProcessGroup):
    """A running desktop. Build it with :func:`start_desktop`; end it with :meth:`stop`."""

    tray: str
    display: str
    bus_address: str
    notification_log: Path

    # --- environment -----------------------------------------------------------------------

    def env(self, **extra: str) -> dict[str, str]:
        """An environment for a program on this desktop: its display and bus, private
        XDG folders, and nothing of the person's session."""
        settings = {
            "DISPLAY": self.display,
            "DBUS_SESSION_BUS_ADDRESS": self.bus_address,
            # No system bus: logind of the machine running the tests must not decide
            # whether the test desktop is locked or asleep.
            "DBUS_SYSTEM_BUS_ADDRESS": f"unix:path={self.root / 'no-system-bus'}",
            "XDG_SESSION_TYPE": "x11",
            "QT_QPA_PLATFORM": "xcb",
            "NO_AT_BRIDGE": "1",
        }
        return private_env(self.root / "home", self.root / "runtime", **{**settings, **extra})

    # --- looking at it ---------------------------------------------------------------------

    def x(self, *command: str, check: bool = True, timeout: float = 10) -> str:
        """Run an X client (xdotool, xwininfo, ...) on this display; its output."""
        result = subprocess.run(
            list(command),
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if check and result.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed: {result.stderr.strip()}")
        return result.stdout

    def windows(self) -> list[XWindow]:
        """The window tree; empty when it keeps changing under the query (a window
        destroyed while xwininfo walks the tree makes it fail with BadWindow)."""
        for _ in range(5):
            result = subprocess.run(
                ["xwininfo", "-root", "-tree"],
                env=self.env(),
                capture_output=True,
                text=True,
                timeout=10,
                check=False,
            )
            if result.returncode == 0:
                return parse_tree(result.stdout)
        return []

    def xembed_icon(self, app_class: str) -> XWindow | None:
        """The app's tray icon window once trayer has embedded it: a window of class
        ``app_class`` inside trayer's panel, bigger than the 1x1 placeholder and mapped."""
        for window in self.windows():
            if app_class not in window.classes or window.width < 8 or window.height < 8:
                continue
            if any("trayer" in (c.lower() for c in a.classes) for a in window.ancestors()):
                info = self.x("xwininfo", "-id", window.id, check=False)
                if "IsViewable" in info:
                    return window
        return None

    def sni_owners(self) -> list[int]:
        """The process ids owning the items registered with the StatusNotifierWatcher."""
        return sni_owners(self.bus_address)

    def tray_icon_shown(self, app_class: str, pid: int) -> bool:
        """True once the tray host shows the icon of process ``pid`` (class ``app_class``)."""
        if self.tray == "sni":
            return pid in self.sni_owners()
        return self.xembed_icon(app_class) is not None

    def notifications(self) -> list[tuple[str, str, str]]:
        """(app name, summary, body) of every notification dunst has displayed."""
        if not self.notification_log.exists():
            return []
        rows = []
        for line in self.notification_log.read_text(encoding="utf-8").splitlines():
            parts = [*line.split("\t"), "", ""]
            rows.append((parts[0], parts[1], parts[2]))
        return rows

    def find_windows(self, name: str, *, visible: bool = True) -> list[str]:
        """Window ids whose title contains ``name`` (``xdotool search --name``)."""
        args = ["xdotool", "search", *(["--onlyvisible"] if visible else []), "--name", name]
        return self.x(*args, check=False).split()

    def screenshot(self, path: Path) -> Path | None:
        """The whole screen as PNG (``import -window root``); None without imagemagick."""
        if shutil.which("import") is None:
            return None
        path.parent.mkdir(parents=True, exist_ok=True)
        self.x("import", "-window", "root", str(path), timeout=20)
        return path

    # --- the end and building ----------------------------------------------------------

    def stop(self, timeout_s: float = 5) -> None:
        super().stop(timeout_s)

    def _spawn(self, name: str, command: list[str]) -> None:
        self.spawn(name, command, self.env(), new_session=False)


def _start_xvfb(root: Path) -> tuple[subprocess.Popen[bytes], str]:
    read_end, write_end = os.pipe()
    log = (root / "logs" / "Xvfb.log").open("ab")
    try:
        process = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_end),
                "-screen",
                "0",
                f"{SCREEN[0]}x{SCREEN[1]}x24",
                "-nolisten",
                "tcp",
                "-noreset",
            ],
            pass_fds=(write_end,),
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    finally:
        log.close()
        os.close(write_end)
    try:
        data = b""
        deadline = time.monotonic() + 15
        while not data.endswith(b"\n") and time.monotonic() < deadline:
            ready, _, _ = select.select([read_end], [], [], 0.2)
            if ready:
                chunk = os.read(read_end, 64)
                if not chunk:
                    break
                data += chunk
    finally:
        os.close(read_end)
    if not data.strip():
        process.kill()
        process.wait(5)
        raise DesktopUnavailable("Xvfb did not start")
    return process, f":{int(data.strip())}"


def start_desktop(root: Path, tray: str = "xembed") -> Desktop:
    """Start Xvfb (on a free display), a private session bus, openbox, a tray host
    (``xembed``: trayer; ``sni``: gtk-sni-tray-standalone --watcher) and dunst.

    Raises DesktopUnavailable when a program is missing or does not come up; whatever
    was started by then is stopped again.
    """
    host = "trayer" if tray == "xembed" else "gtk-sni-tray-standalone"
    require("Xvfb", "dbus-daemon", "openbox", host, "dunst", "xdotool", "xwininfo")
    for folder in ("logs", "home/.config", "home/.cache", "home/.local/share", "runtime"):
        (root / folder).mkdir(parents=True, exist_ok=True, mode=0o700)
    xvfb, display = _start_xvfb(root)
    bus, address = start_bus(root / "bus")
    notification_log = root / "notifications.tsv"
    desktop = Desktop(root, tray, display, address, notification_log)
    desktop.processes["Xvfb"] = xvfb
    desktop.processes["dbus-daemon"] = bus
    try:
        if shutil.which("xsetroot"):  # optional (x11-xserver-utils): calmer screenshots
            desktop.x("xsetroot", "-solid", "#4a5866", check=False)
        desktop._spawn("openbox", ["openbox", "--sm-disable"])
        wait_for(
            lambda: "_NET_SUPPORTING_WM_CHECK" in desktop.x("xprop", "-root", check=False),
            15,
            "openbox to manage the screen",
        )
        script = root / "log-notification.sh"
        script.write_text(_NOTIFY_SCRIPT.format(log=notification_log), encoding="utf-8")
        script.chmod(0o755)
        dunstrc = root / "dunstrc"
        dunstrc.write_text(_DUNSTRC.format(script=script), encoding="utf-8")
        desktop._spawn("dunst", ["dunst", "-config", str(dunstrc)])
        wait_for(
            lambda: bus_has_name(address, "org.freedesktop.Notifications"),
            15,
            "dunst on the session bus",
        )
        if tray == "xembed":
            desktop._spawn(
                "trayer",
                [
                    "trayer",
                    "--edge",
                    "top",
                    "--align",
                    "right",
                    "--widthtype",
                    "pixel",
                    "--width",
                    "160",
                    "--height",
                    "28",
                    "--transparent",
                    "false",
                    "--SetDockType",
                    "true",
                ],
            )
            wait_for(
                lambda: (
                    "_NET_SYSTEM_TRAY_S0" in desktop.x("xprop", "-root", check=False)
                    or any("trayer" in w.classes for w in desktop.windows())
                ),
                15,
                "trayer",
            )
        else:
            desktop._spawn("sni-tray", ["gtk-sni-tray-standalone", "--watcher"])
            wait_for(
                lambda: bus_has_name(address, "org.kde.StatusNotifierWatcher"),
                15,
                "the StatusNotifierWatcher",
            )
        for name in list(desktop.processes):
            desktop.check_alive(name)
    except BaseException:
        desktop.stop()
        raise
    return desktop


# ---------------------------------------------------------------------- input


class MouseMover:
    """A person at work: a background thread moves the pointer every ``period_s``.

    ``start()`` / ``stop()`` switch "working" on and off and return the real moments of
    the first / last move (``time.monotonic()`` bounds around the xdotool call), so a
    test knows exactly when input started and ended. Use :meth:`paused` to click or type
    without the pointer moving under the click.
    """

    def __init__(
        self, desktop: Desktop, period_s: float = 0.2, origin: tuple[int, int] = (60, 760)
    ) -> None:
        self.desktop = desktop
        self.period_s = period_s
        self.origin = origin
        self.lock = threading.Lock()
        self._working = threading.Event()
        self._stop = threading.Event()
        self._moved = threading.Condition()
        self.moves: list[tuple[float, float]] = []
        self._thread = threading.Thread(target=self._run, name="mouse-mover", daemon=True)
        self._thread.start()

    def _move(self, step: int) -> None:
        x, y = self.origin
        with self.lock:
            if not self._working.is_set():  # stopped while this move waited for the lock
                return
            before = time.monotonic()
            self.desktop.x("xdotool", "mousemove", str(x + step % 40), str(y - step % 7))
            after = time.monotonic()
        with self._moved:
            self.moves.append((before, after))
            self._moved.notify_all()

    def _run(self) -> None:
        step = 0
        while not self._stop.is_set():
            if not self._working.wait(0.05):
                continue
            step += 1
            try:
                self._move(step)
            except (RuntimeError, OSError, subprocess.TimeoutExpired):
                if self._stop.is_set():
                    return
            self._stop.wait(self.period_s)

    def start(self) -> tuple[float, float]:
        """Start working; returns the bounds of the first move."""
        with self._moved:
            count = len(self.moves)
            self._working.set()
            self._moved.wait_for(lambda: len(self.moves) > count, timeout=10)
            return self.moves[count]

    def stop(self) -> tuple[float, float]:
        """Stop working; returns the bounds of the last move."""
        with self.lock:
            self._working.clear()
        with self._moved:
            return self.moves[-1] if self.moves else (time.monotonic(), time.monotonic())

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        with self.lock:
            yield

    def close(self) -> None:
        self._stop.set()
        self._working.set()
        self._thread.join(timeout=5)
