"""Idle state on wlroots compositors, KDE Plasma, Hyprland and others: ext-idle-notify-v1.

The protocol tells a client "no input for ``timeout`` ms" (``idled``) and "input again"
(``resumed``), nothing finer. :class:`IdleNotificationTracker` turns those events into
seconds since the last input: below the timeout the person counts as active (0 s), and
from ``idled`` on the idle time is known exactly (it began ``timeout`` before the event).

The binding is pywayland (what Safe Eyes uses), an optional dependency: it is imported
only when this backend is tried. The Wayland socket is watched by a ``QSocketNotifier``
so events are handled on the main thread.

Version 2 of the protocol adds ``get_input_idle_notification``, which ignores idle
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


class ExtIdleNotifyReader:
    """Seconds since the last input through ext-idle-notify-v1 (pywayland).

    Args:
        env: the environment; ``WAYLAND_DISPLAY`` names the compositor socket.
        timeout_s: the notification timeout; pauses shorter than this count as activity,
            and each pause longer than it costs one wake-up.
    """

    name = "ext-idle-notify"
    has_activity_events = True

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

    def probe(self) -> str:
        if not self._socket:
            raise BackendUnavailable("WAYLAND_DISPLAY is not set")
        if not pywayland_available():
            raise BackendUnavailable("pywayland is not installed (optional: pip install pywayland)")
        try:
            client = importlib.import_module("pywayland.client")
            wayland = importlib.import_module("pywayland.protocol.wayland")
            idle_mod = importlib.import_module("pywayland.protocol.ext_idle_notify_v1")
        except ImportError as exc:
            raise BackendUnavailable(f"pywayland lacks ext-idle-notify-v1 ({exc})") from exc
        notifier_cls = idle_mod.ExtIdleNotifierV1
        display = client.Display(self._socket)
        try:
            display.connect()
        except Exception as exc:  # pywayland raises ValueError/RuntimeError by version
            raise BackendUnavailable(
                f"cannot connect to Wayland display {self._socket!r}: {exc}"
            ) from exc
        found: dict[str, tuple[int, int]] = {}

        def on_global(_registry: Any, name: int, interface: str, version: int) -> None:
            if interface in ("ext_idle_notifier_v1", "wl_seat") and interface not in found:
                found[interface] = (name, version)

        registry = display.get_registry()
        registry.dispatcher["global"] = on_global
        display.roundtrip()
        if "ext_idle_notifier_v1" not in found or "wl_seat" not in found:
            display.disconnect()
            raise BackendUnavailable("the compositor does not offer ext_idle_notifier_v1")
        name, version = found["ext_idle_notifier_v1"]
        version = min(version, int(getattr(notifier_cls, "version", 1)))
        self._notifier = registry.bind(name, notifier_cls, version)
        seat_name, seat_version = found["wl_seat"]
        self._seat = registry.bind(seat_name, wayland.WlSeat, min(seat_version, 5))
        self._version = version
        timeout_ms = int(self.tracker.timeout_s * 1000)
        self._notification = self._new_notification(timeout_ms)
        self._notification.dispatcher["idled"] = lambda _n: self.tracker.idled()
        self._notification.dispatcher["resumed"] = lambda _n: self._resumed()
        display.flush()
        self._display = display
        return f"ext_idle_notifier_v1 v{version} on {self._socket} (timeout {timeout_ms} ms)"

    def _new_notification(self, timeout_ms: int) -> Any:
        if self._version >= 2:
            return self._notifier.get_input_idle_notification(timeout_ms, self._seat)
        return self._notifier.get_idle_notification(timeout_ms, self._seat)

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
        note.dispatcher["idled"] = lambda _n: None
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
                note.destroy()
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
            _log.exception("Wayland dispatch failed; stopping ext-idle-notify")
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

    def stop(self) -> None:
        self._drop_return_note()
        if self._socket_notifier is not None:
            self._socket_notifier.setEnabled(False)
            self._socket_notifier = None
        for proxy in (self._notification, self._notifier):
            if proxy is not None:
                try:
                    proxy.destroy()
                except Exception:
                    _log.debug("destroying a Wayland proxy failed", exc_info=True)
        self._notification = self._notifier = None
        if self._display is not None:
            self._display.disconnect()
            self._display = None
        self._on_active = None
