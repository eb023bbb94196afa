"""Idle time on Windows from ``GetLastInputInfo``, and the lock screen from the input
desktop, through ctypes.

Import-safe everywhere: ``ctypes.windll`` is touched only when no library is injected.
Tests inject fake ``user32`` / ``kernel32`` objects whose functions behave like the API
(they receive a ``ctypes.pointer`` to fill in).
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import Any

from creepguard.sensing.composite import BackendUnavailable, SensingError
from creepguard.sensing.polled_lock import UNLOCK_CHECK_S, PolledLockWatcher

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


# -- the lock screen: is the input desktop ours? ------------------------------------------

_DESKTOP_READOBJECTS = 0x0001
_UOI_NAME = 2
_ERROR_ACCESS_DENIED = 5


def _desktop_functions() -> tuple[Any, Callable[[], int]]:
    win_dll = getattr(ctypes, "WinDLL", None)
    if win_dll is None:
        raise BackendUnavailable("not Windows (ctypes.WinDLL is missing)")
    # A private handle (not ctypes.windll's shared one): argtypes set here stay here, and
    # GetLastError is kept for this thread.
    user32 = win_dll("user32", use_last_error=True)
    handle, u32 = ctypes.c_void_p, ctypes.c_uint32
    user32.OpenInputDesktop.argtypes = [u32, ctypes.c_int, u32]
    user32.OpenInputDesktop.restype = handle
    user32.GetUserObjectInformationW.argtypes = [
        handle,
        ctypes.c_int,
        ctypes.c_void_p,
        u32,
        ctypes.POINTER(u32),
    ]
    user32.GetUserObjectInformationW.restype = ctypes.c_int
    user32.CloseDesktop.argtypes = [handle]
    user32.CloseDesktop.restype = ctypes.c_int
    return user32, ctypes.get_last_error  # type: ignore[attr-defined,unused-ignore]


class WindowsLockWatcher(PolledLockWatcher):
    """The lock screen from the input desktop: while Windows shows the lock screen (or
    another secure desktop: a UAC prompt, Ctrl+Alt+Del), the desktop receiving input is
    Winlogon's, which a user's process may not open (``ERROR_ACCESS_DENIED``); otherwise it
    is the user's ``Default`` desktop. No window and no message loop are needed.

    A screen read as locked while CreepGuard starts is taken to mean that this question
    cannot be asked here (a service session, no interactive desktop): a lock that never
    ends would hide every hour of sitting, while a missed lock costs little (the idle
    reading still grows).

    Args:
        user32: an object with ``OpenInputDesktop``, ``GetUserObjectInformationW`` and
            ``CloseDesktop``; the real DLL when None.
        last_error: returns the calling thread's last error; ``ctypes.get_last_error``
            when None.
        unlock_check_s: how often a locked screen is asked again.
    """

    name = "windows-lock"

    def __init__(
        self,
        user32: Any = None,
        last_error: Callable[[], int] | None = None,
        *,
        unlock_check_s: float = UNLOCK_CHECK_S,
    ) -> None:
        super().__init__(unlock_check_s=unlock_check_s)
        self._user32 = user32
        self._last_error = last_error

    def _open(self) -> None:
        if self._user32 is None or self._last_error is None:
            user32, last_error = _desktop_functions()
            self._user32 = self._user32 or user32
            self._last_error = self._last_error or last_error

    def probe(self) -> str:
        description = super().probe()
        if self._locked:
            raise BackendUnavailable(
                "the input desktop cannot be opened as CreepGuard starts (not an "
                "interactive session?): the lock screen is not watched"
            )
        return f"the input desktop (Winlogon's while locked), {description}"

    def is_locked(self) -> bool:
        if self._user32 is None or self._last_error is None:
            raise SensingError("not probed")
        desktop = self._user32.OpenInputDesktop(0, False, _DESKTOP_READOBJECTS)
        if not desktop:
            error = self._last_error()
            if error == _ERROR_ACCESS_DENIED:
                return True  # a secure desktop: the lock screen
            raise SensingError(f"OpenInputDesktop failed (error {error})")
        try:
            name = ctypes.create_unicode_buffer(64)
            needed = ctypes.c_uint32()
            if not self._user32.GetUserObjectInformationW(
                desktop, _UOI_NAME, name, ctypes.sizeof(name), ctypes.byref(needed)
            ):
                raise SensingError(f"GetUserObjectInformationW failed (error {self._last_error()})")
            return name.value.lower() != "default"
        finally:
            self._user32.CloseDesktop(desktop)
