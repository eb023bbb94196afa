"""systemd-logind on the system bus: suspend, the session's lock, idle inhibitors.

* ``Manager.PrepareForSleep(b)``: True just before a suspend, False after resuming.
* The session object (found with ``GetSession``): ``Lock`` and ``Unlock`` signals (logind
  asking the session's locker to act) and the ``LockedHint`` property (the locker saying
  it did). Whichever changed last wins. Not every locker sets the hint, and one that
  does not (swaylock started by swayidle on ``Lock``) also never causes an ``Unlock``:
  a lock taken from the signal alone would stay forever and hide every later hour of
  sitting. So ``hint_grace_s`` after a ``Lock`` the hint is read again, and if the locker
  has not confirmed the lock by then the hint wins (unlocked). A missed lock costs little:
  the idle reading still grows while nobody types.
* ``Manager.ListInhibitors() -> a(ssssuu)``: an ``idle`` lock in ``block`` mode means
  something (a video call, a presentation) holds the session awake. logind sends no
  signal when inhibitors change, so the list is fetched again, without blocking, when a
  reading comes and the last fetch is older than ``inhibitor_refresh_s``.

Its reply is an array of structs, which PySide6 cannot decode, so that call goes through
jeepney (see ``creepguard.dbus_client``); everything else is QtDBus.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from creepguard.dbus_client import DBusError
from creepguard.sensing.composite import BackendUnavailable

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from PySide6.QtCore import QTimer

    from creepguard.core.ports import ActivityListener
    from creepguard.dbus_client import Bus

_log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.login1"
MANAGER_PATH = "/org/freedesktop/login1"
MANAGER_IFACE = "org.freedesktop.login1.Manager"
SESSION_IFACE = "org.freedesktop.login1.Session"
PROPERTIES_IFACE = "org.freedesktop.DBus.Properties"
_STUCK_CALL_S = 10.0


def idle_inhibited(inhibitors: list[tuple[Any, ...]] | tuple[tuple[Any, ...], ...]) -> bool:
    """Whether any inhibitor in a ``ListInhibitors`` reply blocks idle.

    Every user's inhibitors count: logind's own idle logic treats them so.
    """
    for entry in inhibitors:
        what, mode = str(entry[0]), str(entry[3])
        if "idle" in what.split(":") and mode == "block":
            return True
    return False


class LogindWatcher:
    """Suspend, screen lock and idle inhibitors from logind.

    Args:
        bus: the system bus.
        env: the environment; ``XDG_SESSION_ID`` names the session to watch.
        inhibitor_refresh_s: fetch ``ListInhibitors`` again after this long.
        hint_grace_s: how long a locker may take to confirm a ``Lock`` in ``LockedHint``.
        clock: a monotonic clock (injected by tests).
    """

    name = "logind"
    provides = frozenset({"suspend", "lock", "inhibit"})

    def __init__(
        self,
        bus: Bus,
        env: Mapping[str, str],
        *,
        inhibitor_refresh_s: float = 30.0,
        hint_grace_s: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._bus = bus
        self._env = env
        self.inhibitor_refresh_s = inhibitor_refresh_s
        self.hint_grace_s = hint_grace_s
        self._clock = clock
        self._hint_timer: QTimer | None = None
        self.session_path: str | None = None
        self._locked: bool | None = None
        self._inhibited: bool | None = None
        self._refreshed_at: float | None = None
        self._refreshing = False
        self._listener: ActivityListener | None = None
        self._cancels: list[Callable[[], None]] = []

    def probe(self) -> str:
        if not self._bus.name_has_owner(SERVICE):
            raise BackendUnavailable(f"{SERVICE} is not on the system bus (no systemd-logind)")
        self.session_path = self._find_session()
        if self.session_path is None:
            return "PrepareForSleep and ListInhibitors; no session of ours found, so no lock state"
        try:
            self._locked = bool(
                self._bus.get_property(SERVICE, self.session_path, SESSION_IFACE, "LockedHint")
            )
        except DBusError as exc:
            _log.info("logind: LockedHint unreadable: %s", exc)
        session = self.session_path.rsplit("/", 1)[-1]
        return f"PrepareForSleep; session {session}: Lock, Unlock, LockedHint; ListInhibitors"

    def _find_session(self) -> str | None:
        # XDG_SESSION_ID names our session; "auto" asks logind for the caller's session
        # (or the user's display session when the caller is outside any session).
        candidates = [self._env.get("XDG_SESSION_ID", ""), "auto"]
        for session_id in filter(None, candidates):
            try:
                (path,) = self._bus.call(
                    SERVICE, MANAGER_PATH, MANAGER_IFACE, "GetSession", (session_id,)
                )
                self._bus.get_property(SERVICE, str(path), SESSION_IFACE, "Id")
            except (DBusError, ValueError) as exc:
                _log.info("logind: session %r not usable: %s", session_id, exc)
                continue
            return str(path)
        return None

    def start(self, listener: ActivityListener) -> None:
        self._listener = listener
        self._subscribe(MANAGER_PATH, MANAGER_IFACE, "PrepareForSleep", self._prepare_for_sleep)
        if self.session_path is not None:
            path = self.session_path
            self._subscribe(path, SESSION_IFACE, "Lock", self._lock_requested)
            self._subscribe(path, SESSION_IFACE, "Unlock", lambda _args: self._set_locked(False))
            self._subscribe(path, PROPERTIES_IFACE, "PropertiesChanged", self._properties_changed)
        self._refresh_inhibitors()

    def _subscribe(
        self, path: str, iface: str, member: str, handler: Callable[[list[Any]], None]
    ) -> None:
        cancel = self._bus.connect_signal(SERVICE, path, iface, member, handler)
        if cancel is not None:
            self._cancels.append(cancel)

    def _prepare_for_sleep(self, args: list[Any]) -> None:
        if self._listener is None:
            return
        if args and bool(args[0]):
            self._listener.on_suspend()
        else:
            self._listener.on_resume()

    def _lock_requested(self, _args: list[Any]) -> None:
        self._set_locked(True)
        if self._hint_timer is None:
            from PySide6.QtCore import QTimer

            self._hint_timer = QTimer()
            self._hint_timer.setSingleShot(True)
            self._hint_timer.timeout.connect(self._reread_hint)
        self._hint_timer.start(round(self.hint_grace_s * 1000))

    def _properties_changed(self, args: list[Any]) -> None:
        # The changed values come as a{sv}, which PySide6 cannot unpack: ask again.
        if args and args[0] == SESSION_IFACE:
            self._reread_hint()

    def _reread_hint(self) -> None:
        if self.session_path is None or self._listener is None:
            return
        self._bus.get_property_async(
            SERVICE,
            self.session_path,
            SESSION_IFACE,
            "LockedHint",
            on_value=lambda value: self._set_locked(bool(value)),
        )

    def _set_locked(self, locked: bool) -> None:
        if locked != self._locked:
            self._locked = locked
            if self._listener is not None:
                self._listener.on_activity_changed()

    def _refresh_inhibitors(self) -> None:
        if self._refreshing:
            if self._bus.typed_pending_age_s() < _STUCK_CALL_S:
                return
            self._bus.typed_drop_pending()  # logind never answered; ask again
        self._refreshing = True
        self._refreshed_at = self._clock()
        self._bus.typed_call_async(
            SERVICE,
            MANAGER_PATH,
            MANAGER_IFACE,
            "ListInhibitors",
            signature="",
            args=(),
            on_reply=self._got_inhibitors,
            on_error=self._inhibitors_failed,
        )

    def _got_inhibitors(self, body: tuple[Any, ...]) -> None:
        self._refreshing = False
        inhibited = idle_inhibited(body[0]) if body else False
        if inhibited != self._inhibited:
            first = self._inhibited is None
            self._inhibited = inhibited
            if self._listener is not None and not (first and not inhibited):
                self._listener.on_activity_changed()

    def _inhibitors_failed(self, error: DBusError) -> None:
        self._refreshing = False
        _log.info("logind ListInhibitors failed: %s", error)

    def locked(self) -> bool | None:
        return self._locked

    def inhibited(self) -> bool | None:
        return self._inhibited

    def poll(self) -> None:
        if self._listener is None:
            return
        due = self._refreshed_at is None or (
            self._clock() - self._refreshed_at >= self.inhibitor_refresh_s
        )
        if due:
            self._refresh_inhibitors()

    def stop(self) -> None:
        if self._hint_timer is not None:
            self._hint_timer.stop()
            self._hint_timer = None
        for cancel in self._cancels:
            cancel()
        self._cancels.clear()
        self._listener = None
