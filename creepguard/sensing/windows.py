"""Idle time on Windows from ``GetLastInputInfo``, through ctypes.

Import-safe everywhere: ``ctypes.windll`` is touched only when no library is injected.
Tests inject fake ``user32`` / ``kernel32`` objects whose functions behave like the API
(they receive a ``ctypes.pointer`` to fill in).
"""

from __future__ import annotations

import ctypes
from typing import TYPE_CHECKING, Any

from creepguard.sensing.composite import BackendUnavailable, SensingError

if TYPE_CHECKING:
    from collections.abc import Callable

_TICK_MODULUS = 1 << 32  # dwTime and GetTickCount are 32-bit and wrap after 49.7 days


class LASTINPUTINFO(ctypes.Structure):
    """``LASTINPUTINFO`` from ``winuser.h``."""

    _fields_ = (("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint32))


def _system_libraries() -> tuple[Any, Any]:
    windll = getattr(ctypes, "windll", None)
    if windll is None:
        raise BackendUnavailable("not Windows (ctypes.windll is missing)")
    user32, kernel32 = windll.user32, windll.kernel32
    user32.GetLastInputInfo.argtypes = [ctypes.POINTER(LASTINPUTINFO)]
    user32.GetLastInputInfo.restype = ctypes.c_int
    kernel32.GetTickCount.argtypes = []
    kernel32.GetTickCount.restype = ctypes.c_uint32
    return user32, kernel32


class WindowsIdleReader:
    """Seconds since the last input in this session (``GetLastInputInfo``).

    Args:
        user32: an object with ``GetLastInputInfo``; the real DLL when None.
        kernel32: an object with ``GetTickCount``; the real DLL when None.
    """

    name = "windows"
    has_activity_events = False

    def __init__(self, user32: Any = None, kernel32: Any = None) -> None:
        self._user32 = user32
        self._kernel32 = kernel32

    def probe(self) -> str:
        if self._user32 is None or self._kernel32 is None:
            user32, kernel32 = _system_libraries()
            self._user32 = self._user32 or user32
            self._kernel32 = self._kernel32 or kernel32
        try:
            idle = self.idle_s()
        except SensingError as exc:
            raise BackendUnavailable(str(exc)) from exc
        return f"GetLastInputInfo answered ({idle:.1f} s idle)"

    def start(self, on_active: Callable[[], None]) -> None:
        del on_active  # no event for "input resumed" without a hook; the app polls

    def idle_s(self) -> float:
        if self._user32 is None or self._kernel32 is None:
            raise SensingError("not probed")
        info = LASTINPUTINFO()
        info.cbSize = ctypes.sizeof(LASTINPUTINFO)
        if not self._user32.GetLastInputInfo(ctypes.pointer(info)):
            raise SensingError("GetLastInputInfo failed")
        now_ms = int(self._kernel32.GetTickCount())
        # Unsigned 32-bit difference: right across the 49.7-day wrap of both counters.
        idle_ms = (now_ms - int(info.dwTime)) % _TICK_MODULUS
        return idle_ms / 1000.0

    def stop(self) -> None:
        return None
