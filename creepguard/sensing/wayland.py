"""Idle state on wlroots compositors, KDE Plasma, Hyprland and others: ext-idle-notify-v1,
and where it is missing KDE's older org_kde_kwin_idle (sway 1.7, wlroots 0.15).

Both protocols tell a client "no input for ``timeout`` ms" (``idled``; ``idle`` in KDE's)
and "input again" (``resumed``), nothing finer. :class:`IdleNotificationTracker` turns
those events into seconds since the last input: below the timeout the person counts as
active (0 s), and from ``idled`` on the idle time is known exactly (it began ``timeout``
before the event).

The binding is pywayland (what Safe Eyes uses), an optional dependency: it is imported
only when this backend is tried. The Wayland socket is watched by a ``QSocketNotifier``
so events are handled on the main thread.

Version 2 of ext-idle-notify-v1 adds ``get_input_idle_notification``, which ignores idle
inhibitors: that is the one wanted, since inhibitors are reported separately. On version
1 an inhibitor keeps the notification from idling, so the person just looks active.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import time
from typing import TYPE_CHECKING, Any

from creepguard.sensing.composite import BackendUnavailable, SensingError

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

_log = logging.getLogger(__name__)


def pywayland_available() -> bool:
    """Whether the optional pywayland binding can be imported."""
    return importlib.util.find_spec("pywayland") is not None


#: the short notification that watches for a return the usual one cannot report
RETURN_WATCH_S = 1.0


class IdleNotificationTracker:
    """Seconds since the last input from ``idled`` / ``resumed`` events.

    Args:
        timeout_s: the timeout the notification was created with.
        clock: a monotonic clock (injected by tests).
    """

    def __init__(self, timeout_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.timeout_s = timeout_s
        self._clock = clock
        self._idle_since: float | None = None

    @property
    def idle(self) -> bool:
        return self._idle_since is not None

    def idled(self) -> None:
        self._idle_since = self._clock() - self.timeout_s

    def resumed(self) -> None:
        self._idle_since = None

    def idle_s(self) -> float:
        if self._idle_since is None:
            return 0.0
        return max(0.0, self._clock() - self._idle_since)


class _IdleProtocolReader:
    """Seconds since the last input through a Wayland idle protocol (pywayland): the
    connection, the dispatch on the main thread and the return watch, shared by the
    protocols. A subclass names the global, binds it and makes notifications.

    Args:
        env: the environment; ``WAYLAND_DISPLAY`` names the compositor socket.
        timeout_s: the notification timeout; pauses shorter than this count as activity,
            and each pause longer than it costs one wake-up.
    """

    name: str
    has_activity_events = True
    #: the global the compositor must offer
    GLOBAL: str
    #: the notification's "no input for the timeout" event (the other is "resumed")
    IDLE_EVENT: str

    def __init__(self, env: Mapping[str, str], *, timeout_s: float = 10.0) -> None:
        self._socket = env.get("WAYLAND_DISPLAY", "")
        self.tracker = IdleNotificationTracker(timeout_s)
        self._display: Any = None
        self._notifier: Any = None
        self._seat: Any = None
        self._notification: Any = None
        self._socket_notifier: Any = None
        self._on_active: Callable[[], None] | None = None
        self._version = 1
        self._return_note: Any = None

    def _binding(self) -> Any:
        """The pywayland interface class of :attr:`GLOBAL` (BackendUnavailable if none)."""
        raise NotImplementedError

    def _new_notification(self, timeout_ms: int) -> Any:
        raise NotImplementedError

    def _destroy_notification(self, note: Any) -> None:
        raise NotImplementedError

    def probe(self) -> str:
        if not self._socket:
            raise BackendUnavailable("WAYLAND_DISPLAY is not set")
        if not pywayland_available():
            raise BackendUnavailable("pywayland is not installed (optional: pip install pywayland)")
        try:
            client = importlib.import_module("pywayland.client")
            wayland = importlib.import_module("pywayland.protocol.wayland")
        except ImportError as exc:
            raise BackendUnavailable(f"pywayland cannot be imported ({exc})") from exc
        binding = self._binding()
        display = client.Display(self._socket)
        try:
            display.connect()
        except Exception as exc:  # pywayland raises ValueError/RuntimeError by version
            raise BackendUnavailable(
                f"cannot connect to Wayland display {self._socket!r}: {exc}"
            ) from exc
        found: dict[str, tuple[int, int]] = {}

        def on_global(_registry: Any, name: int, interface: str, version: int) -> None:
            if interface in (self.GLOBAL, "wl_seat") and interface not in found:
                found[interface] = (name, version)

        registry = display.get_registry()
        registry.dispatcher["global"] = on_global
        display.roundtrip()
        if self.GLOBAL not in found or "wl_seat" not in found:
            display.disconnect()
            raise BackendUnavailable(f"the compositor does not offer {self.GLOBAL}")
        name, version = found[self.GLOBAL]
        version = min(version, int(getattr(binding, "version", 1)))
        self._notifier = registry.bind(name, binding, version)
        seat_name, seat_version = found["wl_seat"]
        self._seat = registry.bind(seat_name, wayland.WlSeat, min(seat_version, 5))
        self._version = version
        timeout_ms = int(self.tracker.timeout_s * 1000)
        self._notification = self._new_notification(timeout_ms)
        self._notification.dispatcher[self.IDLE_EVENT] = lambda _n: self.tracker.idled()
        self._notification.dispatcher["resumed"] = lambda _n: self._resumed()
        display.flush()
        self._display = display
        return f"{self.GLOBAL} v{version} on {self._socket} (timeout {timeout_ms} ms)"

    def expect_return(self) -> None:
        """The app is about to sleep until the person is back, but the notification has
        not idled (they said ``creepguard away`` less than ``timeout_s`` ago), so no
        ``resumed`` would come: watch with a short notification until the next input."""
        if (
            self._display is None
            or self._on_active is None
            or self.tracker.idle
            or self._return_note is not None
        ):
            return
        note = self._new_notification(int(RETURN_WATCH_S * 1000))
        note.dispatcher[self.IDLE_EVENT] = lambda _n: None
        note.dispatcher["resumed"] = lambda _n: self._return_seen()
        self._return_note = note
        self._display.flush()

    def _return_seen(self) -> None:
        self._drop_return_note()
        if self._on_active is not None:
            self._on_active()

    def _drop_return_note(self) -> None:
        note, self._return_note = self._return_note, None
        if note is not None:
            try:
                self._destroy_notification(note)
                if self._display is not None:
                    self._display.flush()
            except Exception:
                _log.debug("destroying the return notification failed", exc_info=True)

    def start(self, on_active: Callable[[], None]) -> None:
        from PySide6.QtCore import QSocketNotifier

        self._on_active = on_active
        if self._display is None:
            return
        self._socket_notifier = QSocketNotifier(self._display.get_fd(), QSocketNotifier.Type.Read)
        self._socket_notifier.activated.connect(self._dispatch)

    def _dispatch(self) -> None:
        try:
            # The socket is readable, so the blocking dispatch reads without waiting.
            self._display.dispatch(block=True)
            self._display.flush()
        except Exception:
            _log.exception("Wayland dispatch failed; stopping %s", self.name)
            self.stop()

    def _resumed(self) -> None:
        was_idle = self.tracker.idle
        self.tracker.resumed()
        if was_idle and self._on_active is not None:
            self._on_active()

    def idle_s(self) -> float:
        if self._display is None:
            raise SensingError("not connected to the Wayland display")
        return self.tracker.idle_s()

    def _destroy_manager(self, manager: Any) -> None:
        manager.destroy()

    def stop(self) -> None:
        self._drop_return_note()
        if self._socket_notifier is not None:
            self._socket_notifier.setEnabled(False)
            self._socket_notifier = None
        for proxy, destroy in (
            (self._notification, self._destroy_notification),
            (self._notifier, self._destroy_manager),
        ):
            if proxy is not None:
                try:
                    destroy(proxy)
                except Exception:
                    _log.debug("destroying a Wayland proxy failed", exc_info=True)
        self._notification = self._notifier = None
        if self._display is not None:
            self._display.disconnect()
            self._display = None
        self._on_active = None


class ExtIdleNotifyReader(_IdleProtocolReader):
    """Seconds since the last input through ext-idle-notify-v1 (KDE Plasma 5.27+, sway
    1.8+, Hyprland, ...): the binding pywayland bundles."""

    name = "ext-idle-notify"
    GLOBAL = "ext_idle_notifier_v1"
    IDLE_EVENT = "idled"

    def _binding(self) -> Any:
        try:
            module = importlib.import_module("pywayland.protocol.ext_idle_notify_v1")
        except ImportError as exc:
            raise BackendUnavailable(f"pywayland lacks ext-idle-notify-v1 ({exc})") from exc
        return module.ExtIdleNotifierV1

    def _new_notification(self, timeout_ms: int) -> Any:
        if self._version >= 2:
            return self._notifier.get_input_idle_notification(timeout_ms, self._seat)
        return self._notifier.get_idle_notification(timeout_ms, self._seat)

    def _destroy_notification(self, note: Any) -> None:
        note.destroy()


class KdeIdleReader(_IdleProtocolReader):
    """Seconds since the last input through KDE's older idle protocol, org_kde_kwin_idle:
    what sway 1.7 and other compositors on wlroots 0.15 offer instead of ext-idle-notify-v1
    (Debian 12's sway, Ubuntu 22.04's). The binding is :mod:`creepguard.sensing._kde_idle`.

    Its timers respect idle inhibitors (a playing video keeps them from firing): the
    person then looks active, which counts as sitting anyway (README rule 2).
    """

    name = "kde-idle"
    GLOBAL = "org_kde_kwin_idle"
    IDLE_EVENT = "idle"

    def _binding(self) -> Any:
        try:
            module = importlib.import_module("creepguard.sensing._kde_idle")
        except ImportError as exc:  # a pywayland too old for the protocol core
            raise BackendUnavailable(f"pywayland cannot bind org_kde_kwin_idle ({exc})") from exc
        return module.OrgKdeKwinIdle

    def _new_notification(self, timeout_ms: int) -> Any:
        return self._notifier.get_idle_timeout(self._seat, timeout_ms)

    def _destroy_notification(self, note: Any) -> None:
        note.release()

    def _destroy_manager(self, manager: Any) -> None:
        del manager  # org_kde_kwin_idle has no destructor: it goes with the connection
