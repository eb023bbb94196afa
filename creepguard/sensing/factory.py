"""Picks the best activity backends for this machine, at run time.

The idle readers are tried in order and the first that answers is used:

Linux and other Unix desktops
    1. ``mutter``: ``org.gnome.Mutter.IdleMonitor`` (GNOME on X11 or Wayland), with an
       event when the person returns.
    2. ``ext-idle-notify``: ext-idle-notify-v1 through pywayland, in Wayland sessions
       (KDE Plasma, sway, Hyprland, ...) when the optional pywayland is installed.
    3. ``kde-idle``: KDE's older org_kde_kwin_idle, also through pywayland, where
       ext-idle-notify-v1 is missing (sway 1.7 and other compositors on wlroots 0.15).
    4. ``x11``: the XScreenSaver extension in-process. Never in a Wayland session: through
       XWayland it sees only X clients' input. In X11 sessions it comes before the D-Bus
       screen saver: no round trip per reading, and it answers on every X desktop.
    5. ``freedesktop-screensaver``: ``GetSessionIdleTime`` where it answers (KDE on X11,
       some others; KDE on Wayland refuses with NotSupported).
Windows: ``windows`` (GetLastInputInfo). macOS: ``macos`` (IOKit HIDIdleTime).
Everywhere, last: ``none``, which counts every unlocked moment as sitting and says so.

Then every session watcher that answers is added. Linux: logind (suspend, lock,
inhibitors), GNOME's screen shield, the freedesktop screen saver's lock state, GNOME's
session inhibitors, and PowerManagement inhibitors (KDE, Xfce). Windows: ``windows-lock``
(the input desktop). macOS: ``macos-lock`` (the window server's session). Suspend is
found from the clocks everywhere (:mod:`creepguard.sensing.suspend`).

Platform modules are imported only when tried, so this module imports on every OS.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from creepguard.sensing.base import BackendReport
from creepguard.sensing.composite import (
    BackendUnavailable,
    Closeable,
    CompositeSource,
    IdleReader,
    SessionWatcher,
)
from creepguard.sensing.null import NULL_NOTICE, NullIdleReader

if TYPE_CHECKING:
    from collections.abc import Mapping

    from creepguard.dbus_client import Bus

_log = logging.getLogger(__name__)

_SYSTEM_BUS_SOCKET = "/run/dbus/system_bus_socket"


def is_wayland_session(env: Mapping[str, str]) -> bool:
    """A Wayland session, by its declared type or by a Wayland socket being set."""
    return env.get("XDG_SESSION_TYPE", "").lower() == "wayland" or bool(env.get("WAYLAND_DISPLAY"))


def desktop_names(env: Mapping[str, str]) -> list[str]:
    """``XDG_CURRENT_DESKTOP`` as a list, such as ``["ubuntu", "GNOME"]``."""
    return [part for part in env.get("XDG_CURRENT_DESKTOP", "").split(":") if part]


def _session_bus_address(env: Mapping[str, str]) -> str | None:
    if env.get("DBUS_SESSION_BUS_ADDRESS"):
        return env["DBUS_SESSION_BUS_ADDRESS"]
    runtime = env.get("XDG_RUNTIME_DIR")
    if runtime and (Path(runtime) / "bus").exists():
        return f"unix:path={Path(runtime) / 'bus'}"
    return None


def _system_bus_address(env: Mapping[str, str]) -> str | None:
    if env.get("DBUS_SYSTEM_BUS_ADDRESS"):
        return env["DBUS_SYSTEM_BUS_ADDRESS"]
    if Path(_SYSTEM_BUS_SOCKET).exists():
        return f"unix:path={_SYSTEM_BUS_SOCKET}"
    return None


class _Buses:
    """Connects to each bus at most once, remembering why one could not be reached."""

    def __init__(self, session: str | None, system: str | None) -> None:
        self._addresses = {"session": session, "system": system}
        self._buses: dict[str, Bus] = {}
        self._errors: dict[str, str] = {}
        self.used: set[str] = set()

    def get(self, kind: str) -> Bus:
        if kind in self._buses:
            return self._buses[kind]
        if kind in self._errors:
            raise BackendUnavailable(self._errors[kind])
        address = self._addresses[kind]
        if not address:
            variable = (
                "DBUS_SESSION_BUS_ADDRESS" if kind == "session" else "DBUS_SYSTEM_BUS_ADDRESS"
            )
            self._errors[kind] = f"no {kind} bus ({variable} is not set)"
            raise BackendUnavailable(self._errors[kind])
        try:
            from creepguard.dbus_client import Bus, DBusError
        except ImportError as exc:
            self._errors[kind] = f"QtDBus is not available ({exc})"
            raise BackendUnavailable(self._errors[kind]) from exc
        try:
            bus = Bus(address, kind)
        except DBusError as exc:
            self._errors[kind] = f"cannot reach the {kind} bus at {address}: {exc}"
            raise BackendUnavailable(self._errors[kind]) from exc
        self._buses[kind] = bus
        return bus

    def use(self, kind: str) -> Bus:
        bus = self.get(kind)
        self.used.add(kind)
        return bus

    def keep_used(self) -> list[Bus]:
        """Close the buses nobody uses; return the others."""
        kept = []
        for kind, bus in self._buses.items():
            if kind in self.used:
                kept.append(bus)
            else:
                bus.close()
        return kept


# (name, the bus it needs or None, a maker raising BackendUnavailable) in order of trial
_ReaderChain = list[tuple[str, str | None, Callable[[], IdleReader]]]


def _linux_readers(env: Mapping[str, str], buses: _Buses) -> _ReaderChain:
    wayland = is_wayland_session(env)

    def mutter() -> IdleReader:
        from creepguard.sensing.mutter import MutterIdleReader

        return MutterIdleReader(buses.get("session"))

    def ext_idle_notify() -> IdleReader:
        if not wayland:
            raise BackendUnavailable("not a Wayland session")
        from creepguard.sensing.wayland import ExtIdleNotifyReader

        return ExtIdleNotifyReader(env)

    def kde_idle() -> IdleReader:
        if not wayland:
            raise BackendUnavailable("not a Wayland session")
        from creepguard.sensing.wayland import KdeIdleReader

        return KdeIdleReader(env)

    def x11() -> IdleReader:
        if wayland:
            raise BackendUnavailable(
                "never used in a Wayland session: through XWayland it sees only the input "
                "of X clients"
            )
        from creepguard.sensing.x11 import XScreenSaverReader

        return XScreenSaverReader(env.get("DISPLAY", ""))

    def freedesktop() -> IdleReader:
        from creepguard.sensing.screensaver import FdoScreenSaverIdleReader

        return FdoScreenSaverIdleReader(buses.get("session"))

    return [
        ("mutter", "session", mutter),
        ("ext-idle-notify", None, ext_idle_notify),
        ("kde-idle", None, kde_idle),
        ("x11", None, x11),
        ("freedesktop-screensaver", "session", freedesktop),
    ]


def _linux_watchers(
    env: Mapping[str, str],
) -> list[tuple[str, str, Callable[[Bus], SessionWatcher]]]:
    from creepguard.sensing.inhibitors import (
        GnomeSessionInhibitWatcher,
        PowerManagementInhibitWatcher,
    )
    from creepguard.sensing.logind import LogindWatcher
    from creepguard.sensing.screensaver import ScreenSaverLockWatcher

    return [
        ("logind", "system", lambda bus: LogindWatcher(bus, env)),
        ("gnome-screensaver", "session", ScreenSaverLockWatcher.gnome),
        ("freedesktop-screensaver-lock", "session", ScreenSaverLockWatcher.freedesktop),
        ("gnome-session", "session", GnomeSessionInhibitWatcher),
        ("powermanagement-inhibit", "session", PowerManagementInhibitWatcher),
    ]


def _windows_reader() -> IdleReader:
    from creepguard.sensing.windows import WindowsIdleReader

    return WindowsIdleReader()


def _macos_reader() -> IdleReader:
    from creepguard.sensing.macos import MacIdleReader

    return MacIdleReader()


def _windows_lock() -> SessionWatcher:
    from creepguard.sensing.windows import WindowsLockWatcher

    return WindowsLockWatcher()


def _macos_lock() -> SessionWatcher:
    from creepguard.sensing.macos import MacLockWatcher

    return MacLockWatcher()


def _add_platform_watchers(
    makers: list[tuple[str, Callable[[], SessionWatcher]]], reports: list[BackendReport]
) -> list[SessionWatcher]:
    """The watchers that ask the system itself (no bus): Windows', macOS'."""
    watchers: list[SessionWatcher] = []
    for name, make in makers:
        try:
            watcher = make()
            description = watcher.probe()
        except BackendUnavailable as exc:
            reports.append(BackendReport(name, False, str(exc)))
            continue
        except Exception as exc:
            _log.exception("probing %s failed", name)
            reports.append(BackendReport(name, False, f"failed: {exc!r}"))
            continue
        watchers.append(watcher)
        reports.append(BackendReport(name, True, description))
    return watchers


def _choose_reader(
    readers: _ReaderChain, buses: _Buses | None, reports: list[BackendReport]
) -> IdleReader | None:
    chosen: IdleReader | None = None
    for name, bus_kind, make in readers:
        if chosen is not None:
            reports.append(BackendReport(name, False, f"not needed: {chosen.name} answered first"))
            continue
        try:
            reader = make()
            description = reader.probe()
        except BackendUnavailable as exc:
            reports.append(BackendReport(name, False, str(exc)))
            continue
        except Exception as exc:  # a broken backend must not keep the app from starting
            _log.exception("probing %s failed", name)
            reports.append(BackendReport(name, False, f"failed: {exc!r}"))
            continue
        chosen = reader
        reports.append(BackendReport(name, True, description))
        if buses is not None and bus_kind is not None:
            buses.use(bus_kind)
    return chosen


def _add_watchers(
    env: Mapping[str, str], buses: _Buses, reports: list[BackendReport]
) -> list[SessionWatcher]:
    watchers: list[SessionWatcher] = []
    for name, kind, make in _linux_watchers(env):
        try:
            watcher = make(buses.get(kind))
            description = watcher.probe()
        except BackendUnavailable as exc:
            reports.append(BackendReport(name, False, str(exc)))
            continue
        except Exception as exc:
            _log.exception("probing %s failed", name)
            reports.append(BackendReport(name, False, f"failed: {exc!r}"))
            continue
        buses.use(kind)
        watchers.append(watcher)
        reports.append(BackendReport(name, True, description))
    return watchers


def create_activity_source(
    env: Mapping[str, str] | None = None,
    *,
    session_bus: str | None = None,
    system_bus: str | None = None,
    platform: str | None = None,
) -> tuple[CompositeSource, list[BackendReport]]:
    """Build the best activity source for this machine.

    Call it on the main thread after the Qt application exists (QtDBus needs it), then
    ``source.start(listener)``.

    Args:
        env: the environment to decide by; ``os.environ`` when None.
        session_bus: the session bus address; None reads ``DBUS_SESSION_BUS_ADDRESS``
            (or ``$XDG_RUNTIME_DIR/bus``) from ``env``; ``""`` means no session bus.
        system_bus: the system bus address; None reads ``DBUS_SYSTEM_BUS_ADDRESS`` from
            ``env`` (or the standard socket); ``""`` means no system bus.
        platform: ``sys.platform`` unless given (tests pass another).

    Returns:
        The source, and one report per backend considered: the idle readers in the
        order tried (the chosen one, those passed over and why, those not needed), then
        ``none`` if it had to be used, then the session watchers.
    """
    env = os.environ if env is None else env
    platform = platform or sys.platform
    reports: list[BackendReport] = []
    buses: _Buses | None = None
    readers: _ReaderChain
    platform_watchers: list[tuple[str, Callable[[], SessionWatcher]]] = []
    if platform == "win32":
        readers = [("windows", None, _windows_reader)]
        platform_watchers = [("windows-lock", _windows_lock)]
    elif platform == "darwin":
        readers = [("macos", None, _macos_reader)]
        platform_watchers = [("macos-lock", _macos_lock)]
    else:
        buses = _Buses(
            _session_bus_address(env) if session_bus is None else session_bus,
            _system_bus_address(env) if system_bus is None else system_bus,
        )
        readers = _linux_readers(env, buses)

    chosen = _choose_reader(readers, buses, reports)
    notice = None
    if chosen is None:
        tried = "; ".join(f"{r.name}: {r.reason}" for r in reports)
        chosen = NullIdleReader(f"no backend could read input idle time ({tried})")
        notice = NULL_NOTICE
        reports.append(
            BackendReport("none", True, "time counts as sitting while the screen is unlocked")
        )

    resources: list[Closeable] = []
    if buses is not None:
        watchers = _add_watchers(env, buses, reports)
        resources.extend(buses.keep_used())
    else:
        watchers = _add_platform_watchers(platform_watchers, reports)
    source = CompositeSource(chosen, watchers, resources=resources, notice=notice)
    return source, reports
