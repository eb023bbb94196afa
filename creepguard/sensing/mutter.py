"""Idle time from GNOME's compositor: ``org.gnome.Mutter.IdleMonitor`` on the session bus.

Works on GNOME under both X11 and Wayland (and under anything else that implements the
interface, such as GNOME Flashback and Phosh).

* ``GetIdletime() -> t``: milliseconds since the last input.
* ``AddUserActiveWatch() -> u``: one ``WatchFired(u)`` when the person is next active,
  then the watch is gone. Mutter sends ``WatchFired`` only to the connection that added
  the watch, so the watch is added and the signal received over the same QtDBus
  connection.

A user-active watch armed while the person is typing would fire at the next key press,
and again after each re-arm: a D-Bus round trip per input burst. So a watch is armed only
once a reading shows the person idle (``arm_after_idle_s``), and after it fires the next
reading decides whether to re-arm. Whenever the app last saw the person idle, a watch is
armed or on its way, which is all the app needs to poll slowly while they are away. When
the app is about to sleep until the person returns without having seen them idle (they
said ``creepguard away``), ``expect_return`` arms one at once.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from creepguard.dbus_client import DBusError
from creepguard.sensing.composite import BackendUnavailable, SensingError

if TYPE_CHECKING:
    from collections.abc import Callable

    from creepguard.dbus_client import Bus

_log = logging.getLogger(__name__)

SERVICE = "org.gnome.Mutter.IdleMonitor"
PATH = "/org/gnome/Mutter/IdleMonitor/Core"
IFACE = "org.gnome.Mutter.IdleMonitor"


class MutterIdleReader:
    """Seconds since the last input from Mutter, with an event when the person returns.

    Args:
        bus: the session bus.
        arm_after_idle_s: arm a user-active watch once a reading is at least this idle.
        timeout_ms: how long a ``GetIdletime`` call may take before the reading fails.
    """

    name = "mutter"
    has_activity_events = True

    def __init__(self, bus: Bus, *, arm_after_idle_s: float = 5.0, timeout_ms: int = 250) -> None:
        self._bus = bus
        self.arm_after_idle_s = arm_after_idle_s
        self._timeout_ms = timeout_ms
        self._on_active: Callable[[], None] | None = None
        self._cancel: Callable[[], None] | None = None
        self._watch_id: int | None = None
        self._arming = False
        self._fired_early: set[int] = set()
        self._stopped = False

    @property
    def watch_armed(self) -> bool:
        """Whether a user-active watch is armed or being armed."""
        return self._watch_id is not None or self._arming

    def probe(self) -> str:
        if not self._bus.name_has_owner(SERVICE):
            raise BackendUnavailable(
                f"{SERVICE} is not on the session bus (GNOME's compositor is not running)"
            )
        try:
            idle = self._get_idle_s()
        except SensingError as exc:
            raise BackendUnavailable(f"GetIdletime failed: {exc}") from exc
        return f"{SERVICE} answered GetIdletime ({idle:.1f} s idle); AddUserActiveWatch for returns"

    def start(self, on_active: Callable[[], None]) -> None:
        self._on_active = on_active
        self._cancel = self._bus.connect_signal(SERVICE, PATH, IFACE, "WatchFired", self._fired)

    def idle_s(self) -> float:
        idle = self._get_idle_s()
        if (
            self._on_active is not None
            and not self._stopped
            and idle >= self.arm_after_idle_s
            and not self.watch_armed
        ):
            self._arm()
        return idle

    def expect_return(self) -> None:
        """Arm a user-active watch now, whatever the last reading: the app is about to
        sleep until the person is back (they said ``creepguard away`` while typing, so
        no reading ever showed them idle). Fires at the next input."""
        if self._on_active is not None and not self._stopped and not self.watch_armed:
            self._arm()

    def _get_idle_s(self) -> float:
        try:
            (ms,) = self._bus.call(SERVICE, PATH, IFACE, "GetIdletime", timeout_ms=self._timeout_ms)
        except (DBusError, ValueError) as exc:
            raise SensingError(str(exc)) from exc
        return int(ms) / 1000.0

    def _arm(self) -> None:
        self._arming = True
        self._bus.call_async(
            SERVICE,
            PATH,
            IFACE,
            "AddUserActiveWatch",
            on_reply=self._armed,
            on_error=self._arm_failed,
        )

    def _armed(self, args: list[Any]) -> None:
        self._arming = False
        watch_id = int(args[0])
        if self._stopped:
            self._remove(watch_id)
            return
        if watch_id in self._fired_early:
            # WatchFired overtook the reply: the person is already back.
            self._fired_early.discard(watch_id)
            self._notify()
            return
        self._watch_id = watch_id

    def _arm_failed(self, error: DBusError) -> None:
        self._arming = False
        _log.warning("AddUserActiveWatch failed: %s", error)

    def _fired(self, args: list[Any]) -> None:
        watch_id = int(args[0]) if args else -1
        if watch_id == self._watch_id:
            self._watch_id = None
            self._notify()
        elif self._arming:
            self._fired_early.add(watch_id)
        # Other ids are watches of ours already given up; they fire once and are gone.

    def _notify(self) -> None:
        if self._on_active is not None and not self._stopped:
            self._on_active()

    def _remove(self, watch_id: int) -> None:
        # RemoveWatch wants a uint32, which QtDBus cannot send from Python (it sends int32);
        # Mutter does not check which connection removes a watch, so jeepney does it.
        self._bus.typed_send(SERVICE, PATH, IFACE, "RemoveWatch", signature="u", args=(watch_id,))

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        if self._cancel is not None:
            self._cancel()
            self._cancel = None
        if self._watch_id is not None:
            self._remove(self._watch_id)
            self._watch_id = None
        self._on_active = None
