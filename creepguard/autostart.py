"""Start at login, behind one interface for each desktop.

* Linux and the BSDs: an XDG autostart entry, ``$XDG_CONFIG_HOME/autostart/creepguard.desktop``
  (``~/.config`` when the variable is unset, empty or relative, as the XDG Base Directory
  specification says).
* Windows: a value named ``CreepGuard`` under
  ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``. The ``winreg`` module is
  passed in, so the code is tested on any system with a fake.
* macOS: a LaunchAgent, ``~/Library/LaunchAgents/org.creepguard.CreepGuard.plist``. The
  ``launchctl`` runner is passed in as well.
* Anything else: :class:`NullAutostart`, which reports itself disabled and refuses to enable.

:func:`for_platform` picks one. Nothing is touched until ``enable`` or ``disable`` is
called; constructing an implementation does no I/O.

Threading: every method does a little blocking file or registry I/O (well under a
millisecond) and may be called from the Qt main thread; none calls back.
"""

from __future__ import annotations

import logging
import os
import plistlib
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

log = logging.getLogger(__name__)

APP_NAME = "CreepGuard"
DESKTOP_FILE = "creepguard.desktop"
LAUNCH_AGENT_LABEL = "org.creepguard.CreepGuard"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
COMMENT = "Measures continuous sitting and prompts short posture breaks"


class AutostartError(OSError):
    """Start at login cannot be changed here (unsupported system, refused write)."""


class Autostart(Protocol):
    """Start-at-login for one platform.

    All methods are synchronous, quick and safe to call from the GUI thread. ``enable`` and
    ``disable`` raise :class:`AutostartError` (an ``OSError``) when the change cannot be
    made; the caller shows the message and leaves the setting as it was.
    """

    def is_enabled(self) -> bool:
        """Whether CreepGuard starts at the next login."""
        ...

    def enable(self, command: list[str]) -> None:
        """Start ``command`` (program and arguments, unquoted) at every login."""
        ...

    def disable(self) -> None:
        """Stop starting at login; a no-op when not enabled."""
        ...

    def location(self) -> str:
        """Where the entry lives, for the settings window and diagnostics."""
        ...


def default_command() -> list[str]:
    """The command that starts this CreepGuard: the frozen executable, or the interpreter
    running the package (``python -m creepguard``)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "creepguard"]


# --------------------------------------------------------------------------- XDG


def _desktop_exec(command: Sequence[str]) -> str:
    """``command`` as the value of an ``Exec`` key (Desktop Entry spec, "The Exec key").

    An argument with a reserved character is double-quoted, and inside quotes ``"``,
    `````, ``$`` and ``\\`` are backslash-escaped. ``%`` becomes ``%%`` (no field codes).
    Then the general string escaping of the file applies: each backslash is doubled.
    """
    if not command:
        raise AutostartError("the command to start at login is empty")
    reserved = set(" \t\n\"'\\><~|&;$*?#()`=")
    parts = []
    for argument in command:
        if "\n" in argument or "\r" in argument:
            raise AutostartError(f"a line break cannot be part of a login command: {argument!r}")
        text = argument.replace("%", "%%")
        if not text or any(char in reserved for char in text):
            for char in ("\\", '"', "`", "$"):
                text = text.replace(char, "\\" + char)
            text = f'"{text}"'
        parts.append(text)
    return " ".join(parts).replace("\\", "\\\\")


def xdg_config_home(env: Mapping[str, str]) -> Path:
    """``$XDG_CONFIG_HOME`` when set to an absolute path, else ``$HOME/.config``."""
    configured = env.get("XDG_CONFIG_HOME", "")
    if configured and Path(configured).is_absolute():
        return Path(configured)
    home = env.get("HOME") or str(Path.home())
    return Path(home) / ".config"


class XdgAutostart:
    """An autostart desktop entry (freedesktop.org Desktop Application Autostart spec).

    Args:
        config_home: the XDG config folder; the entry goes in its ``autostart`` folder.
    """

    def __init__(self, config_home: Path) -> None:
        self.path = config_home / "autostart" / DESKTOP_FILE

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> XdgAutostart:
        return cls(xdg_config_home(env))

    def entry(self, command: Sequence[str]) -> str:
        """The desktop entry's text."""
        return "\n".join(
            [
                "[Desktop Entry]",
                "Type=Application",
                f"Name={APP_NAME}",
                f"Comment={COMMENT}",
                f"Exec={_desktop_exec(command)}",
                "Icon=creepguard",
                "Terminal=false",
                "Categories=Utility;",
                "X-GNOME-Autostart-enabled=true",
                "",
            ]
        )

    def is_enabled(self) -> bool:
        try:
            text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return False
        keys: dict[str, str] = {}
        for line in text.splitlines():
            name, sep, value = line.partition("=")
            if sep:
                keys[name.strip()] = value.strip()
        return (
            keys.get("Hidden", "false") != "true"
            and keys.get("X-GNOME-Autostart-enabled", "true") != "false"
        )

    def enable(self, command: list[str]) -> None:
        text = self.entry(command)
        temporary = self.path.with_name(f".{DESKTOP_FILE}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(text, encoding="utf-8")
            temporary.replace(self.path)
        except OSError as error:
            raise AutostartError(f"cannot write {self.path}: {error.strerror or error}") from error

    def disable(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:
            raise AutostartError(f"cannot remove {self.path}: {error.strerror or error}") from error

    def location(self) -> str:
        return str(self.path)


# --------------------------------------------------------------------------- Windows


class WindowsAutostart:
    """A value in the current user's ``Run`` key.

    Args:
        winreg: the ``winreg`` module (or a fake with ``OpenKey``, ``CreateKeyEx``,
            ``QueryValueEx``, ``SetValueEx``, ``DeleteValue``, ``HKEY_CURRENT_USER``,
            ``KEY_READ``, ``KEY_SET_VALUE`` and ``REG_SZ``).
        value_name: the value's name in the key.
    """

    def __init__(self, winreg: ModuleType | Any, value_name: str = APP_NAME) -> None:
        self._reg = winreg
        self.value_name = value_name

    def is_enabled(self) -> bool:
        reg = self._reg
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_READ) as key:
                value, _kind = reg.QueryValueEx(key, self.value_name)
        except OSError:  # FileNotFoundError: no key or no value
            return False
        return bool(value)

    def enable(self, command: list[str]) -> None:
        if not command:
            raise AutostartError("the command to start at login is empty")
        reg = self._reg
        try:
            with reg.CreateKeyEx(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
                reg.SetValueEx(
                    key, self.value_name, 0, reg.REG_SZ, subprocess.list2cmdline(command)
                )
        except OSError as error:
            raise AutostartError(f"cannot write {self.location()}: {error}") from error

    def disable(self) -> None:
        reg = self._reg
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
                reg.DeleteValue(key, self.value_name)
        except FileNotFoundError:
            return
        except OSError as error:
            raise AutostartError(f"cannot remove {self.location()}: {error}") from error

    def location(self) -> str:
        return f"HKEY_CURRENT_USER\\{RUN_KEY}\\{self.value_name}"


# --------------------------------------------------------------------------- macOS


def _run_launchctl(arguments: list[str]) -> None:
    subprocess.run(["launchctl", *arguments], check=True, capture_output=True, timeout=10)


class MacAutostart:
    """A per-user LaunchAgent with ``RunAtLoad``.

    ``enable`` writes the plist and runs ``launchctl enable gui/<uid>/<label>``, which
    clears an earlier "disabled" override (left by System Settings > Login Items) without
    starting a second CreepGuard now; launchd loads the agent at the next login. ``disable``
    only removes the plist: ``launchctl bootout``/``unload`` would stop the running job, that
    is, quit the app the person is using to change the setting.

    Args:
        home: the user's home folder.
        launchctl: runs ``launchctl`` with the given arguments; raises on failure.
        uid: the user id for the ``gui/<uid>`` domain.
    """

    def __init__(
        self,
        home: Path,
        launchctl: Callable[[list[str]], None] = _run_launchctl,
        uid: int | None = None,
    ) -> None:
        self.path = home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"
        self._launchctl = launchctl
        getuid = getattr(os, "getuid", None)
        self._uid = uid if uid is not None else (getuid() if getuid else 0)

    def plist(self, command: Sequence[str]) -> dict[str, Any]:
        """The LaunchAgent's contents."""
        return {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
        }

    def is_enabled(self) -> bool:
        try:
            with self.path.open("rb") as handle:
                data = plistlib.load(handle)
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        return (
            isinstance(data, dict)
            and data.get("Label") == LAUNCH_AGENT_LABEL
            and bool(data.get("RunAtLoad"))
            and not data.get("Disabled", False)
        )

    def enable(self, command: list[str]) -> None:
        if not command:
            raise AutostartError("the command to start at login is empty")
        temporary = self.path.with_name(f".{self.path.name}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with temporary.open("wb") as handle:
                plistlib.dump(self.plist(command), handle)
            temporary.replace(self.path)
        except OSError as error:
            raise AutostartError(f"cannot write {self.path}: {error.strerror or error}") from error
        try:
            self._launchctl(["enable", f"gui/{self._uid}/{LAUNCH_AGENT_LABEL}"])
        except (OSError, subprocess.SubprocessError) as error:
            # The plist alone is enough unless an old override disabled the label.
            log.warning("launchctl enable failed (%s); the LaunchAgent is written", error)

    def disable(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:
            raise AutostartError(f"cannot remove {self.path}: {error.strerror or error}") from error

    def location(self) -> str:
        return str(self.path)


# --------------------------------------------------------------------------- fallback


class NullAutostart:
    """Where start at login is not supported: never enabled, refuses to enable."""

    def __init__(self, platform: str) -> None:
        self.platform = platform

    def is_enabled(self) -> bool:
        return False

    def enable(self, command: list[str]) -> None:
        raise AutostartError(f"starting at login is not supported on {self.platform}")

    def disable(self) -> None:
        return None

    def location(self) -> str:
        return f"not available on {self.platform}"


def for_platform(
    platform: str = sys.platform,
    env: Mapping[str, str] = os.environ,
    *,
    winreg: ModuleType | Any | None = None,
    launchctl: Callable[[list[str]], None] | None = None,
) -> Autostart:
    """The start-at-login implementation for ``platform`` (a ``sys.platform`` value).

    Args:
        platform: ``"linux"``, ``"win32"``, ``"darwin"``, ``"freebsd14"``...
        env: the environment (``XDG_CONFIG_HOME``, ``HOME``).
        winreg: a ``winreg`` stand-in for tests; the real module is imported on Windows.
        launchctl: a ``launchctl`` stand-in for tests.
    """
    if platform == "win32":
        if winreg is None:
            import winreg as real_winreg  # Windows only

            winreg = real_winreg
        return WindowsAutostart(winreg)
    if platform == "darwin":
        home = Path(env.get("HOME") or str(Path.home()))
        return MacAutostart(home, launchctl or _run_launchctl)
    if platform.startswith(("linux", "freebsd", "openbsd", "netbsd", "dragonfly", "sunos")):
        return XdgAutostart.from_env(env)
    return NullAutostart(platform)
