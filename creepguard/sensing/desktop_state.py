"""What the desktop is doing around us: full screen, do-not-disturb, and whether a tray exists.

Two questions are answered here, both cheaply and without ever raising:

* :class:`DesktopState` - should a due card wait? (a full-screen window is active, or the
  desktop's do-not-disturb is on). The app asks when a card is due and again at its
  next wake-up while the card is held.
* :class:`TrayHostWatcher` - is there a system tray to live in, and tell me when that
  changes (a StatusNotifierItem host on D-Bus, or an XEmbed tray on X11).

X11 is read through ``libxcb`` with ``ctypes`` on a private connection, not through the
Xlib binding of :mod:`creepguard.sensing.x11`, because xcb reports errors per request and
per connection: a ``BadWindow`` (the active window closed between two requests, the tray
manager's window gone before its events are selected) comes back as a NULL reply or an
error event on this connection. Xlib hands it to one process-wide error handler instead.
Qt's xcb plugin installs one that ignores errors; where it has not (the offscreen
platform the tests use, a Qt built without xcb-xlib) Xlib's default one prints
"BadWindow" and exits the process. Taking that handler over would put a Python callback
under every Xlib display in the process, Qt's included.

Readers are injected (``fullscreen=``, ``dnd=``) so the decision is unit-tested without
a display or a bus.
"""

from __future__ import annotations

import contextlib
import ctypes
import enum
import logging
import os
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtDBus import QDBusConnection
from PySide6.QtGui import QGuiApplication

from creepguard.dbus_client import (
    DBusError,
    call_blocking,
    get_property_blocking,
    qt_session_bus,
    service_registered,
    watch_service,
)
from creepguard.native import load_library

_log = logging.getLogger(__name__)

Reader = Callable[[], bool | None]
"""Answers True/False, or None when it cannot tell (no X11, no such service)."""

NOTIFICATIONS = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
SNI_WATCHER = "org.kde.StatusNotifierWatcher"
# A do-not-disturb reading blocks the main thread for at most this long.
_DND_TIMEOUT_MS = 300


class HoldReason(enum.StrEnum):
    """Why a due card waits (a ``str``, so it can be logged and stored as is)."""

    FULLSCREEN = "fullscreen"
    DO_NOT_DISTURB = "do-not-disturb"


class DesktopState:
    """Decides whether a due card should wait.

    Args:
        fullscreen: reads whether the active window is full screen; default: EWMH on X11
            (``_NET_ACTIVE_WINDOW`` then ``_NET_WM_STATE_FULLSCREEN``), None elsewhere.
        dnd: reads whether the desktop's do-not-disturb is on; default:
            :class:`DoNotDisturbReader` (the notification server's own flag).
        dnd_cache_s: a do-not-disturb answer is reused this long; it may cost a D-Bus
            round trip or a ``gsettings`` process, the X11 reading costs microseconds.
        monotonic: the clock for that cache (injected in tests).
        motion: reads whether the person asked for reduced motion; default
            :func:`read_reduced_motion`. Asked at most once a minute.

    Threading: main thread only; every call returns within about 0.3 s at worst (a
    D-Bus timeout), usually well under a millisecond.
    """

    def __init__(
        self,
        *,
        fullscreen: Reader | None = None,
        dnd: Reader | None = None,
        dnd_cache_s: float = 5.0,
        monotonic: Callable[[], float] = time.monotonic,
        motion: Callable[[], bool] | None = None,
    ) -> None:
        self._fullscreen = fullscreen
        self._dnd = dnd
        self._owned: list[Any] = []
        self._dnd_cache_s = dnd_cache_s
        self._monotonic = monotonic
        self._dnd_value: bool | None = None
        self._dnd_read_at: float | None = None
        self._motion = motion or read_reduced_motion
        self._motion_value = False
        self._motion_read_at: float | None = None

    def should_hold_card(self, wait_fullscreen: bool, wait_dnd: bool) -> HoldReason | None:
        """The reason to hold a due card, or None to show it now.

        Args:
            wait_fullscreen: the ``wait_fullscreen`` setting.
            wait_dnd: the ``wait_dnd`` setting.

        Returns:
            :attr:`HoldReason.FULLSCREEN` or :attr:`HoldReason.DO_NOT_DISTURB`; None also
            when a reader cannot tell (an unknown state never holds a card forever).
        """
        if wait_fullscreen and self._read_fullscreen() is True:
            return HoldReason.FULLSCREEN
        if wait_dnd and self._read_dnd() is True:
            return HoldReason.DO_NOT_DISTURB
        return None

    def motion_reduced(self) -> bool:
        """True when the person asked their desktop for less motion (cached a minute)."""
        now = self._monotonic()
        if self._motion_read_at is None or now - self._motion_read_at >= 60.0:
            try:
                self._motion_value = bool(self._motion())
            except Exception:  # a desktop quirk must not stop a card
                _log.debug("reduced-motion reader failed", exc_info=True)
                self._motion_value = False
            self._motion_read_at = now
        return self._motion_value

    def close(self) -> None:
        """Release the X connection and D-Bus resources the default readers hold."""
        for owned in self._owned:
            with contextlib.suppress(Exception):
                owned.close()
        self._owned.clear()

    def _read_fullscreen(self) -> bool | None:
        if self._fullscreen is None:
            reader = X11FullscreenReader()
            self._owned.append(reader)
            self._fullscreen = reader
        try:
            return self._fullscreen()
        except Exception:  # never let a desktop quirk stop a prompt
            _log.debug("full-screen reader failed", exc_info=True)
            return None

    def _read_dnd(self) -> bool | None:
        now = self._monotonic()
        if self._dnd_read_at is not None and now - self._dnd_read_at < self._dnd_cache_s:
            return self._dnd_value
        if self._dnd is None:
            self._dnd = DoNotDisturbReader()
        try:
            value = self._dnd()
        except Exception:
            _log.debug("do-not-disturb reader failed", exc_info=True)
            value = None
        self._dnd_value, self._dnd_read_at = value, now
        return value


# --- X11 through libxcb -------------------------------------------------------------------


class _Cookie(ctypes.Structure):
    _fields_ = [("sequence", ctypes.c_uint)]


class _ScreenIterator(ctypes.Structure):
    _fields_ = [
        ("data", ctypes.POINTER(ctypes.c_uint32)),  # xcb_screen_t*, whose first field is root
        ("rem", ctypes.c_int),
        ("index", ctypes.c_int),
    ]


class _AtomReply(ctypes.Structure):
    _fields_ = [
        ("response_type", ctypes.c_uint8),
        ("pad0", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("length", ctypes.c_uint32),
        ("atom", ctypes.c_uint32),
    ]


class _OwnerReply(ctypes.Structure):
    _fields_ = [
        ("response_type", ctypes.c_uint8),
        ("pad0", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("length", ctypes.c_uint32),
        ("owner", ctypes.c_uint32),
    ]


class _PropertyReply(ctypes.Structure):
    _fields_ = [
        ("response_type", ctypes.c_uint8),
        ("format", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("length", ctypes.c_uint32),
        ("type", ctypes.c_uint32),
        ("bytes_after", ctypes.c_uint32),
        ("value_len", ctypes.c_uint32),
        ("pad0", ctypes.c_uint8 * 12),
    ]


class _Event(ctypes.Structure):
    # The common prefix of xcb_client_message_event_t and xcb_destroy_notify_event_t:
    # ClientMessage: (type, format, seq, window, message_type, data32[5])
    # DestroyNotify: (type, pad, seq, event, window, ...)
    _fields_ = [
        ("response_type", ctypes.c_uint8),
        ("detail", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("word1", ctypes.c_uint32),
        ("word2", ctypes.c_uint32),
        ("data", ctypes.c_uint32 * 5),
    ]


_XCB_CLIENT_MESSAGE = 33
_XCB_DESTROY_NOTIFY = 17
_XCB_CW_EVENT_MASK = 1 << 11
_XCB_EVENT_MASK_STRUCTURE_NOTIFY = 1 << 17
_XCB_GET_PROPERTY_TYPE_ANY = 0


def _load_xcb() -> tuple[Any, Any] | None:
    try:
        xcb = load_library("libxcb.so.1", "xcb")
        libc = load_library("libc.so.6", "c")
    except OSError:
        return None
    vp = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
    xcb.xcb_connect.restype = vp
    xcb.xcb_connection_has_error.argtypes = [vp]
    xcb.xcb_connection_has_error.restype = ctypes.c_int
    xcb.xcb_disconnect.argtypes = [vp]
    xcb.xcb_disconnect.restype = None
    xcb.xcb_get_setup.argtypes = [vp]
    xcb.xcb_get_setup.restype = vp
    xcb.xcb_setup_roots_iterator.argtypes = [vp]
    xcb.xcb_setup_roots_iterator.restype = _ScreenIterator
    xcb.xcb_screen_next.argtypes = [ctypes.POINTER(_ScreenIterator)]
    xcb.xcb_screen_next.restype = None
    xcb.xcb_intern_atom.argtypes = [vp, ctypes.c_uint8, ctypes.c_uint16, ctypes.c_char_p]
    xcb.xcb_intern_atom.restype = _Cookie
    xcb.xcb_intern_atom_reply.argtypes = [vp, _Cookie, ctypes.POINTER(vp)]
    xcb.xcb_intern_atom_reply.restype = ctypes.POINTER(_AtomReply)
    xcb.xcb_get_selection_owner.argtypes = [vp, ctypes.c_uint32]
    xcb.xcb_get_selection_owner.restype = _Cookie
    xcb.xcb_get_selection_owner_reply.argtypes = [vp, _Cookie, ctypes.POINTER(vp)]
    xcb.xcb_get_selection_owner_reply.restype = ctypes.POINTER(_OwnerReply)
    xcb.xcb_get_property.argtypes = [
        vp,
        ctypes.c_uint8,
        ctypes.c_uint32,
        ctypes.c_uint32,
        ctypes.c_uint32,
        ctypes.c_uint32,
        ctypes.c_uint32,
    ]
    xcb.xcb_get_property.restype = _Cookie
    xcb.xcb_get_property_reply.argtypes = [vp, _Cookie, ctypes.POINTER(vp)]
    xcb.xcb_get_property_reply.restype = ctypes.POINTER(_PropertyReply)
    xcb.xcb_get_property_value.argtypes = [ctypes.POINTER(_PropertyReply)]
    xcb.xcb_get_property_value.restype = vp
    xcb.xcb_change_window_attributes.argtypes = [
        vp,
        ctypes.c_uint32,
        ctypes.c_uint32,
        ctypes.POINTER(ctypes.c_uint32),
    ]
    xcb.xcb_change_window_attributes.restype = _Cookie
    xcb.xcb_flush.argtypes = [vp]
    xcb.xcb_flush.restype = ctypes.c_int
    xcb.xcb_get_file_descriptor.argtypes = [vp]
    xcb.xcb_get_file_descriptor.restype = ctypes.c_int
    xcb.xcb_poll_for_event.argtypes = [vp]
    xcb.xcb_poll_for_event.restype = ctypes.POINTER(_Event)
    libc.free.argtypes = [vp]
    libc.free.restype = None
    return xcb, libc


class XcbConnection:
    """A private, minimal X connection (``libxcb`` through ``ctypes``).

    Raises:
        OSError: no libxcb, or the display cannot be opened.
    """

    def __init__(self, display: str | None = None) -> None:
        libs = _load_xcb()
        if libs is None:
            raise OSError("libxcb not found")
        self._xcb, self._libc = libs
        screen = ctypes.c_int(0)
        self._conn = self._xcb.xcb_connect(display.encode() if display else None, screen)
        if not self._conn or self._xcb.xcb_connection_has_error(self._conn):
            if self._conn:
                self._xcb.xcb_disconnect(self._conn)
            self._conn = None
            raise OSError(f"cannot open X display {display or os.environ.get('DISPLAY')!r}")
        self.screen_number = screen.value
        iterator = self._xcb.xcb_setup_roots_iterator(self._xcb.xcb_get_setup(self._conn))
        for _ in range(self.screen_number):
            self._xcb.xcb_screen_next(ctypes.byref(iterator))
        self.root = int(iterator.data[0])
        self._atoms: dict[str, int] = {}

    @property
    def ok(self) -> bool:
        return bool(self._conn) and not self._xcb.xcb_connection_has_error(self._conn)

    def _free(self, pointer: Any) -> None:
        if pointer:
            self._libc.free(ctypes.cast(pointer, ctypes.c_void_p))

    def atom(self, name: str) -> int:
        """The atom for ``name`` (interned once, then cached)."""
        if name not in self._atoms:
            raw = name.encode()
            error = ctypes.c_void_p()
            reply = self._xcb.xcb_intern_atom_reply(
                self._conn, self._xcb.xcb_intern_atom(self._conn, 0, len(raw), raw), error
            )
            self._free(error)
            if not reply:
                return 0
            self._atoms[name] = int(reply.contents.atom)
            self._free(reply)
        return self._atoms[name]

    def property32(self, window: int, name: str, kind: int, limit: int = 64) -> list[int] | None:
        """A 32-bit list property, or None when the window or property is missing."""
        error = ctypes.c_void_p()
        cookie = self._xcb.xcb_get_property(self._conn, 0, window, self.atom(name), kind, 0, limit)
        reply = self._xcb.xcb_get_property_reply(self._conn, cookie, error)
        self._free(error)
        if not reply:
            return None
        try:
            if reply.contents.format != 32 or reply.contents.value_len == 0:
                return None
            values = ctypes.cast(
                self._xcb.xcb_get_property_value(reply), ctypes.POINTER(ctypes.c_uint32)
            )
            return [int(values[i]) for i in range(reply.contents.value_len)]
        finally:
            self._free(reply)

    def selection_owner(self, selection: str) -> int:
        """The window owning a selection, 0 when nobody does."""
        error = ctypes.c_void_p()
        cookie = self._xcb.xcb_get_selection_owner(self._conn, self.atom(selection))
        reply = self._xcb.xcb_get_selection_owner_reply(self._conn, cookie, error)
        self._free(error)
        if not reply:
            return 0
        owner = int(reply.contents.owner)
        self._free(reply)
        return owner

    def watch_structure(self, window: int) -> None:
        """Receive StructureNotify events (DestroyNotify, MANAGER messages) for a window.

        An error (the window vanished meanwhile) arrives as an event and is ignored.
        """
        mask = (ctypes.c_uint32 * 1)(_XCB_EVENT_MASK_STRUCTURE_NOTIFY)
        self._xcb.xcb_change_window_attributes(self._conn, window, _XCB_CW_EVENT_MASK, mask)
        self._xcb.xcb_flush(self._conn)

    def fileno(self) -> int:
        return int(self._xcb.xcb_get_file_descriptor(self._conn))

    def poll_events(self) -> list[tuple[int, int, int, tuple[int, ...]]]:
        """Every queued event as (type, word1, word2, data); errors (type 0) included."""
        events = []
        while self._conn:
            event = self._xcb.xcb_poll_for_event(self._conn)
            if not event:
                break
            e = event.contents
            events.append((e.response_type & 0x7F, int(e.word1), int(e.word2), tuple(e.data)))
            self._free(event)
        return events

    def close(self) -> None:
        if self._conn:
            self._xcb.xcb_disconnect(self._conn)
            self._conn = None


def _on_x11() -> bool:
    app = QGuiApplication.instance()
    if app is not None:
        return QGuiApplication.platformName() == "xcb"
    return sys.platform.startswith("linux") and bool(os.environ.get("DISPLAY"))


class X11FullscreenReader:
    """Whether the active window is full screen, by EWMH (any modern X11 window manager).

    Opens its own X connection on first use; answers None off X11 (Wayland has no way
    for a client to ask) or when the window manager does not publish an active window.
    """

    def __init__(self, display: str | None = None) -> None:
        self._display = display
        self._x: XcbConnection | None = None
        self._failed = False

    def __call__(self) -> bool | None:
        if self._failed or (self._display is None and not _on_x11()):
            return None
        if self._x is None or not self._x.ok:
            try:
                self._x = XcbConnection(self._display)
            except OSError:
                self._failed = True  # no display now means none for this process
                return None
        x = self._x
        # Any property type is accepted: window managers agree on WINDOW and ATOM, but a
        # mismatch would make X return no data at all rather than a value.
        active = x.property32(x.root, "_NET_ACTIVE_WINDOW", _XCB_GET_PROPERTY_TYPE_ANY, 1)
        if not active or active[0] == 0:
            return None
        states = x.property32(active[0], "_NET_WM_STATE", _XCB_GET_PROPERTY_TYPE_ANY)
        if states is None:
            return False
        return x.atom("_NET_WM_STATE_FULLSCREEN") in states

    def close(self) -> None:
        if self._x is not None:
            self._x.close()
            self._x = None


# --- do-not-disturb ----------------------------------------------------------------------


def _notifications_property(connection: QDBusConnection, iface: str, prop: str) -> Any:
    """One property of the notification server's object, or None."""
    return get_property_blocking(
        connection, NOTIFICATIONS, NOTIFICATIONS_PATH, iface, prop, timeout_ms=_DND_TIMEOUT_MS
    )


def _run(command: list[str]) -> str | None:
    # Imported here: only do-not-disturb checks on some desktops run a command.
    import shutil
    import subprocess

    if shutil.which(command[0]) is None:
        return None
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=1, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def read_reduced_motion(
    env: Mapping[str, str] | None = None, config_home: Path | None = None
) -> bool:
    """Whether the person asked for less motion: ``CREEPGUARD_REDUCE_MOTION=1`` (or ``0``
    to override the desktop), else GNOME's "Animations" switch (``enable-animations``), KDE's
    animation speed set to instant (``AnimationDurationFactor=0``), Windows' "Show
    animations" (``SPI_GETCLIENTAREAANIMATION``) or macOS' "Reduce motion"."""
    env = os.environ if env is None else env
    flag = env.get("CREEPGUARD_REDUCE_MOTION", "").strip().lower()
    if flag in ("1", "true", "yes", "on"):
        return True
    if flag in ("0", "false", "no", "off"):
        return False
    if sys.platform == "win32":
        return _windows_animations_off()
    if sys.platform == "darwin":
        return _run(["defaults", "read", "com.apple.universalaccess", "reduceMotion"]) == "1"
    home = config_home or Path(env.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    if _kde_animations_off(home / "kdeglobals"):
        return True
    desktop = env.get("XDG_CURRENT_DESKTOP", "").lower()
    if any(name in desktop for name in ("gnome", "unity", "budgie", "pantheon")):
        answer = _run(["gsettings", "get", "org.gnome.desktop.interface", "enable-animations"])
        return answer == "false"
    return False


def _kde_animations_off(path: Path) -> bool:
    import configparser

    parser = configparser.ConfigParser(strict=False, interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
        return parser.getfloat("KDE", "AnimationDurationFactor", fallback=1.0) == 0.0
    except (configparser.Error, ValueError, OSError, UnicodeDecodeError):
        return False


def _windows_animations_off() -> bool:
    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return False
    enabled = ctypes.c_int(1)
    spi_getclientareaanimation = 0x1042
    if not windll.user32.SystemParametersInfoW(
        spi_getclientareaanimation, 0, ctypes.byref(enabled), 0
    ):
        return False
    return not enabled.value


class DoNotDisturbReader:
    """Reads the desktop's do-not-disturb switch from whichever notification server runs.

    * KDE Plasma (and servers following the proposed spec): the ``Inhibited`` property
      of ``org.freedesktop.Notifications``, one D-Bus round trip.
    * dunst: the ``paused`` property of ``org.dunstproject.cmd0`` on the same object.
    * GNOME Shell: ``show-banners`` of ``org.gnome.desktop.notifications`` through
      ``gsettings`` (a process, ~10 ms; GNOME has no D-Bus property for it).
    * Xfce: ``/do-not-disturb`` in the ``xfce4-notifyd`` xfconf channel.

    The server is identified once with ``GetServerInformation`` and again whenever a
    reading fails (the server may have been replaced).

    Args:
        connection: the session bus (default: Qt's own, ``dbus_client.qt_session_bus()``).
    """

    def __init__(self, connection: QDBusConnection | None = None) -> None:
        self._connection = connection
        self._server: str | None = None

    def _bus(self) -> QDBusConnection | None:
        if self._connection is None:
            self._connection = qt_session_bus()
        return self._connection if self._connection.isConnected() else None

    def _server_name(self, bus: QDBusConnection) -> str:
        if self._server is None:
            try:
                arguments = call_blocking(
                    bus,
                    NOTIFICATIONS,
                    NOTIFICATIONS_PATH,
                    NOTIFICATIONS,
                    "GetServerInformation",
                    timeout_ms=_DND_TIMEOUT_MS,
                )
            except DBusError:
                arguments = []
            self._server = str(arguments[0]).lower() if arguments else ""
        return self._server

    def __call__(self) -> bool | None:
        bus = self._bus()
        desktop = os.environ.get("XDG_CURRENT_DESKTOP", "").lower()
        server = self._server_name(bus) if bus is not None else ""
        value: bool | None = None
        if bus is not None and server == "dunst":
            paused = _notifications_property(bus, "org.dunstproject.cmd0", "paused")
            value = None if paused is None else bool(paused)
        elif server == "gnome-shell" or "gnome" in desktop:
            banners = _run(["gsettings", "get", "org.gnome.desktop.notifications", "show-banners"])
            value = None if banners is None else banners == "false"
        elif "xfce" in server or "xfce" in desktop:
            dnd = _run(["xfconf-query", "-c", "xfce4-notifyd", "-p", "/do-not-disturb"])
            value = None if dnd is None else dnd == "true"
        if value is None and bus is not None:
            inhibited = _notifications_property(bus, NOTIFICATIONS, "Inhibited")
            value = None if inhibited is None else bool(inhibited)
        if value is None:
            self._server = None  # ask again next time: the server may have changed
        return value


# --- is there a tray? --------------------------------------------------------------------


class TrayHostWatcher(QObject):
    """Knows whether a system tray host exists, and says when that may have changed.

    Qt offers no public way to learn that a tray appeared (``QSystemTrayIcon`` re-embeds
    itself on X11 through a private native-interface signal, ``systemTrayWindowChanged``),
    and ``QSystemTrayIcon.geometry()`` is empty under a D-Bus tray, so both kinds of host
    are watched here, by events, never by polling:

    * StatusNotifierItem (KDE, GNOME with the AppIndicator extension, most panels):
      a service watcher (:func:`creepguard.dbus_client.watch_service`) on
      ``org.kde.StatusNotifierWatcher`` on the session bus.
    * XEmbed (older panels, ``trayer``, ``stalonetray``): the tray manager owns the X
      selection ``_NET_SYSTEM_TRAY_S<screen>`` and announces itself with a ``MANAGER``
      client message to the root window (ICCCM 2.8); it vanishes with a DestroyNotify of
      the owner window. Both arrive on a private xcb connection whose socket is watched
      by a ``QSocketNotifier``.

    On Windows and macOS the tray always exists and :meth:`present` asks Qt.

    Args:
        session_bus: where to watch for the StatusNotifierWatcher (default: the session
            bus); pass a disconnected ``QDBusConnection`` to watch X11 only.
        x11: watch for an XEmbed tray (default: when running on the xcb platform).
        parent: the QObject parent.

    Signals:
        changed(): a tray host may have appeared or gone; call :meth:`present`.
    """

    changed = Signal()

    def __init__(
        self,
        session_bus: QDBusConnection | None = None,
        *,
        x11: bool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._linux = sys.platform.startswith("linux")
        self._bus = session_bus
        self._stop_service_watch: Callable[[], None] | None = None
        self._x: XcbConnection | None = None
        self._x_notifier: QSocketNotifier | None = None
        self._tray_selection = ""
        self._owner = 0
        # A request's reply can pull pending events into xcb's own queue, where the socket
        # notifier never sees them: after every request, drain the queue from the loop.
        self._drain = QTimer(self)
        self._drain.setSingleShot(True)
        self._drain.setInterval(0)
        self._drain.timeout.connect(self._handle_x_events)
        if not self._linux:
            return
        if self._bus is None:
            self._bus = qt_session_bus()
        if self._bus.isConnected():
            self._stop_service_watch = watch_service(
                self._bus, SNI_WATCHER, self._on_sni_changed, self
            )
        if x11 if x11 is not None else _on_x11():
            self._start_x11()

    def _start_x11(self) -> None:
        try:
            self._x = XcbConnection()
        except OSError:
            _log.debug("no X connection for the XEmbed tray watch", exc_info=True)
            return
        self._tray_selection = f"_NET_SYSTEM_TRAY_S{self._x.screen_number}"
        self._x.watch_structure(self._x.root)
        self._x_notifier = QSocketNotifier(self._x.fileno(), QSocketNotifier.Type.Read, self)
        self._x_notifier.activated.connect(self._on_x_readable)
        self._follow_owner()

    def _follow_owner(self) -> None:
        """Remember the tray manager window and watch it for destruction."""
        if self._x is None:
            return
        owner = self._x.selection_owner(self._tray_selection)
        if owner and owner != self._owner:
            self._x.watch_structure(owner)
        self._owner = owner
        self._drain.start()

    def _on_x_readable(self) -> None:
        self._handle_x_events()

    def _handle_x_events(self) -> None:
        if self._x is None:
            return
        if not self._x.ok:
            self._stop_x11()
            return
        manager = self._x.atom("MANAGER")
        selection = self._x.atom(self._tray_selection)
        changed = False
        for kind, _word1, word2, data in self._x.poll_events():
            if kind == _XCB_CLIENT_MESSAGE and word2 == manager and data[1] == selection:
                changed = True
            elif kind == _XCB_DESTROY_NOTIFY and self._owner and word2 == self._owner:
                self._owner = 0
                changed = True
        if changed:
            _log.info("XEmbed tray changed")
            self._follow_owner()
            self.changed.emit()

    def _stop_x11(self) -> None:
        self._drain.stop()
        if self._x_notifier is not None:
            self._x_notifier.setEnabled(False)
            self._x_notifier.deleteLater()
            self._x_notifier = None
        if self._x is not None:
            self._x.close()
            self._x = None

    def _on_sni_changed(self, _service: str) -> None:
        _log.info("StatusNotifierWatcher changed")
        self.changed.emit()

    def sni_present(self) -> bool:
        """A StatusNotifierWatcher is on the session bus."""
        if self._bus is None or not self._bus.isConnected():
            return False
        return service_registered(self._bus, SNI_WATCHER)

    def xembed_present(self) -> bool:
        """An XEmbed tray manager owns the tray selection of our screen."""
        if self._x is None or not self._x.ok:
            return False
        owner = self._x.selection_owner(self._tray_selection)
        if owner and owner != self._owner:
            self._x.watch_structure(owner)
        self._owner = owner
        self._drain.start()
        return owner != 0

    def present(self) -> bool:
        """Whether some tray host exists now (cheap: one D-Bus or X round trip)."""
        if not self._linux:
            from PySide6.QtWidgets import QSystemTrayIcon

            return QSystemTrayIcon.isSystemTrayAvailable()
        return self.sni_present() or self.xembed_present()

    def close(self) -> None:
        """Stop watching."""
        self._stop_x11()
        if self._stop_service_watch is not None:
            self._stop_service_watch()
