"""Idle time on X11 from the MIT-SCREEN-SAVER extension, read in-process through ctypes.

``XScreenSaverQueryInfo`` answers in microseconds over a display connection opened once;
no subprocess per poll (``xprintidle``). Never use this in a Wayland session: through
XWayland it sees only the input that X clients receive (the factory enforces that).

Returns are events where the X server has the SYNC extension's ``IDLETIME`` counter
(:mod:`creepguard.sensing.x11_sync`; every X.Org server since 1.x): once a reading shows the
person idle for ``arm_after_idle_s``, an alarm is armed that fires when idle drops again,
and ``on_active`` is called when it does. As with Mutter's user-active watch, nothing is
armed while the person types, so input costs nothing; after a return, the next reading
that shows them idle arms again. Without ``IDLETIME`` the app polls, as before.

Events arrive on this reader's display connection, whose socket a ``QSocketNotifier``
watches. Xlib reads events off the socket during any reply it waits for, and a queued
event leaves the socket unreadable, so after each reading the queue is checked as well.

Threading: Xlib is not thread-safe unless ``XInitThreads`` ran first; this reader is used
from the main thread only, on its own display connection (not Qt's xcb one).
"""

from __future__ import annotations

import ctypes
import logging
import time
from typing import TYPE_CHECKING

from creepguard.native import load_library
from creepguard.sensing.composite import BackendUnavailable, SensingError
from creepguard.sensing.x11_sync import IdleTimeAlarm, SyncUnavailable, XEvent

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QSocketNotifier, QTimer

_log = logging.getLogger(__name__)

_QUEUED_ALREADY = 0  # XEventsQueued mode: count what Xlib holds, without reading or flushing
_QUEUED_AFTER_READING = 1  # ...and what a non-blocking read of the socket brings
# While the alarm waits, a reading is worked out rather than asked for (see idle_s); a
# real one is still taken this often, so nothing can drift for long.
_ASK_AT_LEAST_EVERY_S = 300.0


class XScreenSaverInfo(ctypes.Structure):
    """``XScreenSaverInfo`` from ``<X11/extensions/scrnsaver.h>``."""

    _fields_ = (
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),  # milliseconds since the last input
        ("eventMask", ctypes.c_ulong),
    )


def _load(soname: str, name: str, what: str) -> ctypes.CDLL:
    try:
        return load_library(soname, name)
    except OSError as error:
        raise BackendUnavailable(f"{what} not found ({error})") from error


class XScreenSaverReader:
    """Seconds since the last input on an X display, with an event when the person returns.

    Args:
        display: the X display name, such as ``":0"``; the factory passes ``DISPLAY``
            from the environment it was given.
        arm_after_idle_s: arm the ``IDLETIME`` alarm once a reading is at least this idle,
            so typing with short pauses never wakes the app. It must stay below the away
            threshold (at least a minute); the app polls instead when its clock runs
            faster than real time.
    """

    name = "x11"
    has_activity_events = False  # True once probe() found IDLETIME (and start() kept it)

    def __init__(self, display: str, *, arm_after_idle_s: float = 5.0) -> None:
        self.display_name = display
        self.arm_after_idle_s = arm_after_idle_s
        self._xlib: ctypes.CDLL | None = None
        self._xss: ctypes.CDLL | None = None
        self._display: int | None = None
        self._root = 0
        self._info: ctypes._Pointer[XScreenSaverInfo] | None = None
        self._sync: IdleTimeAlarm | None = None
        self.sync_problem = ""  # why IDLETIME alarms are not used, if they are not
        self._on_active: Callable[[], None] | None = None
        self._notifier: QSocketNotifier | None = None
        self._drain_soon: QTimer | None = None
        self._event = XEvent()
        self._known_idle: tuple[float, float] | None = None  # (monotonic, idle s) read then

    @property
    def alarm_armed(self) -> bool:
        """Whether an alarm waits for the person's return."""
        return self._sync is not None and self._sync.armed

    def probe(self) -> str:
        """Open the display once and check the extensions answer."""
        if not self.display_name:
            raise BackendUnavailable("DISPLAY is not set")
        xlib = _load("libX11.so.6", "X11", "libX11")
        xss = _load("libXss.so.1", "Xss", "libXss (install libxss1 or libXScrnSaver)")
        _declare(xlib, xss)
        display = xlib.XOpenDisplay(self.display_name.encode())
        if not display:
            raise BackendUnavailable(f"cannot open X display {self.display_name!r}")
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not xss.XScreenSaverQueryExtension(
            display, ctypes.byref(event_base), ctypes.byref(error_base)
        ):
            xlib.XCloseDisplay(display)
            raise BackendUnavailable(
                f"X display {self.display_name!r} lacks the MIT-SCREEN-SAVER extension"
            )
        info = xss.XScreenSaverAllocInfo()
        if not info:
            xlib.XCloseDisplay(display)
            raise BackendUnavailable("XScreenSaverAllocInfo failed (out of memory)")
        self._xlib, self._xss = xlib, xss
        self._display, self._info = display, info
        self._root = xlib.XDefaultRootWindow(display)
        try:
            self._sync = IdleTimeAlarm.open(display)
        except SyncUnavailable as exc:
            self.sync_problem = str(exc)
        self.has_activity_events = self._sync is not None
        idle = self.idle_s()
        if self._sync is not None:
            returns = "XSync IDLETIME alarms report returns"
        else:
            returns = f"no XSync IDLETIME alarms ({self.sync_problem}), so it is polled"
        return f"XScreenSaver on {self.display_name} answered ({idle:.1f} s idle); {returns}"

    def start(self, on_active: Callable[[], None]) -> None:
        """Watch the connection for the alarm; ``on_active`` is called when it fires."""
        if self._sync is None or self._xlib is None or self._display is None:
            return
        try:
            from PySide6.QtCore import QSocketNotifier, QTimer

            fd = self._xlib.XConnectionNumber(self._display)
            notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read)
            notifier.activated.connect(self._drain)
            drain_soon = QTimer()
            drain_soon.setSingleShot(True)
            drain_soon.setInterval(0)
            drain_soon.timeout.connect(self._drain)
        except Exception as exc:  # no event loop to watch with: poll instead
            _log.warning("cannot watch the X connection (%s); polling instead", exc)
            self._disable_sync(f"cannot watch the X connection: {exc}")
            return
        self._on_active = on_active
        self._notifier, self._drain_soon = notifier, drain_soon

    def idle_s(self) -> float:
        if self._xss is None or self._display is None or self._info is None:
            raise SensingError("the X display is not open")
        # With the alarm armed and silent there has been no input since the reading that
        # armed it, so the idle time is that reading plus the time since: no round trip
        # to the X server, which is a wake-up of its own every 30 s while someone reads.
        known = self._known_idle
        if known is not None and self._sync is not None and self._sync.armed:
            read_at, idle = known
            elapsed = time.monotonic() - read_at
            if 0 <= elapsed < _ASK_AT_LEAST_EVERY_S and not self._events_waiting():
                return idle + elapsed
        self._known_idle = None
        # Note: if the X server goes away, Xlib's I/O error handler exits the process.
        # That only happens when the session ends, and the app ends with it.
        if not self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
            raise SensingError("XScreenSaverQueryInfo failed")
        idle_ms = int(self._info.contents.idle)
        if self._on_active is not None and self._xlib is not None and self._sync is not None:
            if not self._sync.armed and idle_ms >= max(1, round(self.arm_after_idle_s * 1000)):
                self._sync.arm_below(idle_ms)
                self._xlib.XFlush(self._display)
            # The reply just read may have brought events along, now queued inside Xlib
            # where the socket notifier cannot see them: handle them from the event loop.
            if self._drain_soon is not None and self._xlib.XEventsQueued(
                self._display, _QUEUED_ALREADY
            ):
                self._drain_soon.start()
            elif self._sync.armed:
                self._known_idle = (time.monotonic(), idle_ms / 1000.0)
        return idle_ms / 1000.0

    def _events_waiting(self) -> bool:
        """Whether an event (the alarm, most likely) has arrived but not been handled."""
        if self._xlib is None or self._display is None:
            return True
        waiting = self._xlib.XEventsQueued(self._display, _QUEUED_AFTER_READING) > 0
        if waiting and self._drain_soon is not None:
            self._drain_soon.start()
        return bool(waiting)

    def _drain(self) -> None:
        """Handle every event on the connection; call ``on_active`` once if the alarm fired."""
        xlib, display, sync = self._xlib, self._display, self._sync
        if xlib is None or display is None or sync is None:
            return
        returned = False
        while xlib.XPending(display) > 0:  # flushes, reads what is there, never blocks
            xlib.XNextEvent(display, ctypes.byref(self._event))
            returned = sync.fired(self._event) or returned
        if returned and self._on_active is not None:
            self._on_active()

    def _disable_sync(self, reason: str) -> None:
        if self._sync is not None:
            self._sync.destroy()
            self._sync = None
        self.sync_problem = reason
        self.has_activity_events = False

    def stop(self) -> None:
        self._on_active = None
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._drain_soon is not None:
            self._drain_soon.stop()
            self._drain_soon = None
        if self._xlib is None:
            return
        if self._sync is not None:
            self._sync.destroy()  # sent by XCloseDisplay below, which flushes
            self._sync = None
        if self._info is not None:
            self._xlib.XFree(self._info)
            self._info = None
        if self._display is not None:
            self._xlib.XCloseDisplay(self._display)
            self._display = None
        self._xlib = self._xss = None


def _declare(xlib: ctypes.CDLL, xss: ctypes.CDLL) -> None:
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    xlib.XDefaultRootWindow.restype = ctypes.c_ulong
    xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    xlib.XCloseDisplay.restype = ctypes.c_int
    xlib.XFree.argtypes = [ctypes.c_void_p]
    xlib.XFree.restype = ctypes.c_int
    xlib.XConnectionNumber.argtypes = [ctypes.c_void_p]
    xlib.XConnectionNumber.restype = ctypes.c_int
    xlib.XFlush.argtypes = [ctypes.c_void_p]
    xlib.XFlush.restype = ctypes.c_int
    xlib.XPending.argtypes = [ctypes.c_void_p]
    xlib.XPending.restype = ctypes.c_int
    xlib.XEventsQueued.argtypes = [ctypes.c_void_p, ctypes.c_int]
    xlib.XEventsQueued.restype = ctypes.c_int
    xlib.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(XEvent)]
    xlib.XNextEvent.restype = ctypes.c_int
    xss.XScreenSaverQueryExtension.argtypes = [
        ctypes.c_void_p,
        ctypes.POINTER(ctypes.c_int),
        ctypes.POINTER(ctypes.c_int),
    ]
    xss.XScreenSaverQueryExtension.restype = ctypes.c_int
    xss.XScreenSaverAllocInfo.argtypes = []
    xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(XScreenSaverInfo)
    xss.XScreenSaverQueryInfo.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.POINTER(XScreenSaverInfo),
    ]
    xss.XScreenSaverQueryInfo.restype = ctypes.c_int
