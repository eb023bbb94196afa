"""Screen-saver services on the session bus: lock state, and an idle reading where one answers.

* ``org.gnome.ScreenSaver`` (GNOME Shell): ``GetActive() -> b`` and ``ActiveChanged(b)``
  say whether the shield (lock screen) is up.
* ``org.freedesktop.ScreenSaver`` (KDE's screen locker, Xfce, LXQt): the same pair, plus
  ``GetSessionIdleTime() -> u``, which KDE answers in milliseconds on X11 and with
  ``NotSupported`` on Wayland.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from creepguard.dbus_client import DBusError
from creepguard.sensing.composite import BackendUnavailable, SensingError

if TYPE_CHECKING:
    from collections.abc import Callable

    from creepguard.core.ports import ActivityListener
    from creepguard.dbus_client import Bus

_log = logging.getLogger(__name__)

#: the first GetActive may start the service (gjs): allow it that long
_START_TIMEOUT_MS = 5000

FDO_SERVICE = "org.freedesktop.ScreenSaver"
FDO_PATH = "/org/freedesktop/ScreenSaver"
FDO_IFACE = "org.freedesktop.ScreenSaver"
GNOME_SERVICE = "org.gnome.ScreenSaver"
GNOME_PATH = "/org/gnome/ScreenSaver"
GNOME_IFACE = "org.gnome.ScreenSaver"


class FdoScreenSaverIdleReader:
    """Seconds since the last input from ``org.freedesktop.ScreenSaver.GetSessionIdleTime``.

    Args:
        bus: the session bus.
        timeout_ms: how long a call may take before the reading fails.
    """

    name = "freedesktop-screensaver"
    has_activity_events = False

    def __init__(self, bus: Bus, *, timeout_ms: int = 250) -> None:
        self._bus = bus
        self._timeout_ms = timeout_ms

    def probe(self) -> str:
        if not self._bus.name_has_owner(FDO_SERVICE):
            raise BackendUnavailable(f"{FDO_SERVICE} is not on the session bus")
        try:
            idle = self.idle_s()
        except SensingError as exc:
            raise BackendUnavailable(
                f"GetSessionIdleTime did not answer: {exc} (KDE refuses it on Wayland)"
            ) from exc
        return f"{FDO_SERVICE} answered GetSessionIdleTime ({idle:.1f} s idle)"

    def start(self, on_active: Callable[[], None]) -> None:
        del on_active  # no activity signal; the app polls

    def idle_s(self) -> float:
        try:
            (ms,) = self._bus.call(
                FDO_SERVICE, FDO_PATH, FDO_IFACE, "GetSessionIdleTime", timeout_ms=self._timeout_ms
            )
        except (DBusError, ValueError) as exc:
            raise SensingError(str(exc)) from exc
        # KDE (KIdleTime) answers in milliseconds, whatever the old draft spec said.
        return int(ms) / 1000.0

    def stop(self) -> None:
        return None


class ScreenSaverLockWatcher:
    """Lock state from a screen-saver service's ``GetActive`` / ``ActiveChanged``.

    Args:
        bus: the session bus.
        service: the bus name (``org.gnome.ScreenSaver`` or ``org.freedesktop.ScreenSaver``).
        path: its object path.
        iface: its interface.
        name: the name shown by ``diagnose``.
    """

    provides = frozenset({"lock"})

    def __init__(self, bus: Bus, service: str, path: str, iface: str, name: str) -> None:
        self._bus = bus
        self.service, self.path, self.iface = service, path, iface
        self.name = name
        self._active: bool | None = None
        self._listener: ActivityListener | None = None
        self._cancel: Callable[[], None] | None = None

    @classmethod
    def gnome(cls, bus: Bus) -> ScreenSaverLockWatcher:
        return cls(bus, GNOME_SERVICE, GNOME_PATH, GNOME_IFACE, "gnome-screensaver")

    @classmethod
    def freedesktop(cls, bus: Bus) -> ScreenSaverLockWatcher:
        return cls(bus, FDO_SERVICE, FDO_PATH, FDO_IFACE, "freedesktop-screensaver-lock")

    def probe(self) -> str:
        # GNOME 43 starts org.gnome.ScreenSaver (a gjs proxy of the shell's lock screen)
        # on its first call: until something calls it, the name has no owner.
        if not self._bus.name_has_owner(self.service) and not self._bus.can_start(self.service):
            raise BackendUnavailable(f"{self.service} is not on the session bus")
        try:
            (active,) = self._bus.call(
                self.service, self.path, self.iface, "GetActive", timeout_ms=_START_TIMEOUT_MS
            )
        except (DBusError, ValueError) as exc:
            raise BackendUnavailable(f"{self.service}.GetActive failed: {exc}") from exc
        self._active = bool(active)
        return f"{self.service}: ActiveChanged for lock and unlock (now {_lock_word(active)})"

    def start(self, listener: ActivityListener) -> None:
        self._listener = listener
        self._cancel = self._bus.connect_signal(
            self.service, self.path, self.iface, "ActiveChanged", self._changed
        )

    def _changed(self, args: list[Any]) -> None:
        active = bool(args[0]) if args else False
        if active != self._active:
            self._active = active
            if self._listener is not None:
                self._listener.on_activity_changed()

    def locked(self) -> bool | None:
        return self._active

    def inhibited(self) -> bool | None:
        return None

    def poll(self) -> None:
        return None

    def stop(self) -> None:
        if self._cancel is not None:
            self._cancel()
            self._cancel = None
        self._listener = None


def _lock_word(locked: object) -> str:
    return "locked" if locked else "unlocked"
