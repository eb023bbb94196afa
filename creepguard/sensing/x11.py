"""Idle time on X11 from the MIT-SCREEN-SAVER extension, read in-process through ctypes.

``XScreenSaverQueryInfo`` answers in microseconds over a display connection opened once;
no subprocess per poll (``xprintidle``). Never use this in a Wayland session: through
XWayland it sees only the input that X clients receive (the factory enforces that).

Threading: Xlib is not thread-safe unless ``XInitThreads`` ran first; this reader is used
from the main thread only, on its own display connection (not Qt's xcb one).
"""

from __future__ import annotations

import ctypes
import ctypes.util
from typing import TYPE_CHECKING

from creepguard.sensing.composite import BackendUnavailable, SensingError

if TYPE_CHECKING:
    from collections.abc import Callable


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


def _load(names: tuple[str, ...], what: str) -> ctypes.CDLL:
    errors: list[str] = []
    for name in names:
        if not name:
            continue
        try:
            return ctypes.CDLL(name)
        except OSError as exc:
            errors.append(str(exc))
    raise BackendUnavailable(f"{what} not found ({'; '.join(errors) or 'no candidates'})")


class XScreenSaverReader:
    """Seconds since the last input on an X display.

    Args:
        display: the X display name, such as ``":0"``; the factory passes ``DISPLAY``
            from the environment it was given.
    """

    name = "x11"
    has_activity_events = False

    def __init__(self, display: str) -> None:
        self.display_name = display
        self._xlib: ctypes.CDLL | None = None
        self._xss: ctypes.CDLL | None = None
        self._display: int | None = None
        self._root = 0
        self._info: ctypes._Pointer[XScreenSaverInfo] | None = None

    def probe(self) -> str:
        """Open the display once and check the extension answers."""
        if not self.display_name:
            raise BackendUnavailable("DISPLAY is not set")
        xlib = _load((ctypes.util.find_library("X11") or "", "libX11.so.6"), "libX11")
        xss = _load(
            (ctypes.util.find_library("Xss") or "", "libXss.so.1"),
            "libXss (install libxss1 or libXScrnSaver)",
        )
        xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        xlib.XOpenDisplay.restype = ctypes.c_void_p
        xlib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        xlib.XDefaultRootWindow.restype = ctypes.c_ulong
        xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
        xlib.XCloseDisplay.restype = ctypes.c_int
        xlib.XFree.argtypes = [ctypes.c_void_p]
        xlib.XFree.restype = ctypes.c_int
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
        idle = self.idle_s()
        return f"XScreenSaver on {self.display_name} answered ({idle:.1f} s idle)"

    def start(self, on_active: Callable[[], None]) -> None:
        del on_active  # the extension has no "input resumed" event; the app polls

    def idle_s(self) -> float:
        if self._xss is None or self._display is None or self._info is None:
            raise SensingError("the X display is not open")
        # Note: if the X server goes away, Xlib's I/O error handler exits the process.
        # That only happens when the session ends, and the app ends with it.
        if not self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
            raise SensingError("XScreenSaverQueryInfo failed")
        return float(self._info.contents.idle) / 1000.0

    def stop(self) -> None:
        if self._xlib is None:
            return
        if self._info is not None:
            self._xlib.XFree(self._info)
            self._info = None
        if self._display is not None:
            self._xlib.XCloseDisplay(self._display)
            self._display = None
        self._xlib = self._xss = None
