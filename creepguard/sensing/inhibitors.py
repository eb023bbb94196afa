"""Idle inhibitors held through the desktop's session services (session bus).

* GNOME: ``org.gnome.SessionManager`` property ``InhibitedActions`` (u), a bit set in
  which 8 means idle is inhibited. Apps reach it directly or through
  ``org.freedesktop.ScreenSaver.Inhibit`` (a video player, a browser in a call). It emits
  ``PropertiesChanged``, and ``InhibitorAdded`` / ``InhibitorRemoved`` as well.
* KDE Plasma, Xfce and others: ``org.freedesktop.PowerManagement.Inhibit``'s
  ``HasInhibit() -> b`` and ``HasInhibitChanged(b)``. On KDE,
  ``org.freedesktop.ScreenSaver.Inhibit`` lands there too (PowerDevil's policy agent).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from creepguard.dbus_client import DBusError
from creepguard.sensing.composite import BackendUnavailable

if TYPE_CHECKING:
    from collections.abc import Callable

    from creepguard.core.ports import ActivityListener
    from creepguard.dbus_client import Bus

_log = logging.getLogger(__name__)

GNOME_SM_SERVICE = "org.gnome.SessionManager"
GNOME_SM_PATH = "/org/gnome/SessionManager"
GNOME_SM_IFACE = "org.gnome.SessionManager"
GNOME_INHIBIT_IDLE = 8
PM_SERVICE = "org.freedesktop.PowerManagement"
PM_PATH = "/org/freedesktop/PowerManagement/Inhibit"
PM_IFACE = "org.freedesktop.PowerManagement.Inhibit"


class _InhibitWatcherBase:
    provides = frozenset({"inhibit"})
    name = ""

    def __init__(self, bus: Bus) -> None:
        self._bus = bus
        self._inhibited: bool | None = None
        self._listener: ActivityListener | None = None
        self._cancels: list[Callable[[], None]] = []

    def _subscribe(
        self, service: str, path: str, iface: str, member: str, handler: Callable[[list[Any]], None]
    ) -> None:
        cancel = self._bus.connect_signal(service, path, iface, member, handler)
        if cancel is not None:
            self._cancels.append(cancel)

    def _set(self, inhibited: bool) -> None:
        if inhibited != self._inhibited:
            self._inhibited = inhibited
            if self._listener is not None:
                self._listener.on_activity_changed()

    def locked(self) -> bool | None:
        return None

    def inhibited(self) -> bool | None:
        return self._inhibited

    def poll(self) -> None:
        return None

    def stop(self) -> None:
        for cancel in self._cancels:
            cancel()
        self._cancels.clear()
        self._listener = None


class GnomeSessionInhibitWatcher(_InhibitWatcherBase):
    """Idle inhibitors from GNOME's session manager (``InhibitedActions`` bit 8)."""

    name = "gnome-session"

    def probe(self) -> str:
        if not self._bus.name_has_owner(GNOME_SM_SERVICE):
            raise BackendUnavailable(f"{GNOME_SM_SERVICE} is not on the session bus")
        try:
            actions = int(
                self._bus.get_property(
                    GNOME_SM_SERVICE, GNOME_SM_PATH, GNOME_SM_IFACE, "InhibitedActions"
                )
            )
        except (DBusError, ValueError, TypeError) as exc:
            raise BackendUnavailable(f"InhibitedActions unreadable: {exc}") from exc
        self._inhibited = bool(actions & GNOME_INHIBIT_IDLE)
        return f"{GNOME_SM_SERVICE}: InhibitedActions (idle bit 8; now {actions})"

    def start(self, listener: ActivityListener) -> None:
        self._listener = listener
        for member in ("InhibitorAdded", "InhibitorRemoved"):
            self._subscribe(GNOME_SM_SERVICE, GNOME_SM_PATH, GNOME_SM_IFACE, member, self._reread)
        self._subscribe(
            GNOME_SM_SERVICE,
            GNOME_SM_PATH,
            "org.freedesktop.DBus.Properties",
            "PropertiesChanged",
            self._properties_changed,
        )

    def _properties_changed(self, args: list[Any]) -> None:
        # The a{sv} of changed values cannot be unpacked by PySide6: read the property.
        if args and args[0] == GNOME_SM_IFACE:
            self._reread(args)

    def _reread(self, _args: list[Any]) -> None:
        self._bus.get_property_async(
            GNOME_SM_SERVICE,
            GNOME_SM_PATH,
            GNOME_SM_IFACE,
            "InhibitedActions",
            on_value=lambda value: self._set(bool(int(value) & GNOME_INHIBIT_IDLE)),
        )


class PowerManagementInhibitWatcher(_InhibitWatcherBase):
    """Inhibitors from ``org.freedesktop.PowerManagement.Inhibit`` (KDE, Xfce)."""

    name = "powermanagement-inhibit"

    def probe(self) -> str:
        if not self._bus.name_has_owner(PM_SERVICE):
            raise BackendUnavailable(f"{PM_SERVICE} is not on the session bus")
        try:
            (has,) = self._bus.call(PM_SERVICE, PM_PATH, PM_IFACE, "HasInhibit")
        except (DBusError, ValueError) as exc:
            raise BackendUnavailable(f"HasInhibit failed: {exc}") from exc
        self._inhibited = bool(has)
        return f"{PM_IFACE}: HasInhibitChanged (now {'inhibited' if has else 'not inhibited'})"

    def start(self, listener: ActivityListener) -> None:
        self._listener = listener
        self._subscribe(
            PM_SERVICE,
            PM_PATH,
            PM_IFACE,
            "HasInhibitChanged",
            lambda args: self._set(bool(args[0]) if args else False),
        )
