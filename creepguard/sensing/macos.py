"""Idle time on macOS from IOKit's ``HIDIdleTime``, and the lock screen from the window
server's session dictionary, through ctypes.

``IOHIDSystem`` publishes ``HIDIdleTime``: nanoseconds since the last keyboard, mouse or
trackpad event. The registry entry is looked up once; each reading copies one property.

Import-safe everywhere: the frameworks are loaded only in ``probe()`` when nothing is
injected. Tests inject fake ``iokit`` / ``cf`` objects whose functions behave like the C
API (out-parameters arrive as ``ctypes.pointer`` objects they can fill in).
"""

from __future__ import annotations

import ctypes
from typing import TYPE_CHECKING, Any

from creepguard.sensing.composite import BackendUnavailable, SensingError
from creepguard.sensing.polled_lock import UNLOCK_CHECK_S, PolledLockWatcher

if TYPE_CHECKING:
    from collections.abc import Callable

_IOKIT = "/System/Library/Frameworks/IOKit.framework/IOKit"
_CORE_FOUNDATION = "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation"
_K_CF_STRING_ENCODING_UTF8 = 0x08000100
_K_CF_NUMBER_SINT64 = 4
_K_IO_MAIN_PORT_DEFAULT = 0


def _system_frameworks() -> tuple[Any, Any]:
    try:
        iokit = ctypes.CDLL(_IOKIT)
        cf = ctypes.CDLL(_CORE_FOUNDATION)
    except OSError as exc:
        raise BackendUnavailable(f"IOKit is not available ({exc})") from exc
    vp, u32 = ctypes.c_void_p, ctypes.c_uint32
    iokit.IOServiceMatching.argtypes = [ctypes.c_char_p]
    iokit.IOServiceMatching.restype = vp
    iokit.IOServiceGetMatchingService.argtypes = [u32, vp]
    iokit.IOServiceGetMatchingService.restype = u32
    iokit.IORegistryEntryCreateCFProperty.argtypes = [u32, vp, vp, u32]
    iokit.IORegistryEntryCreateCFProperty.restype = vp
    iokit.IOObjectRelease.argtypes = [u32]
    iokit.IOObjectRelease.restype = ctypes.c_int
    cf.CFStringCreateWithCString.argtypes = [vp, ctypes.c_char_p, u32]
    cf.CFStringCreateWithCString.restype = vp
    cf.CFNumberGetValue.argtypes = [vp, ctypes.c_int, vp]
    cf.CFNumberGetValue.restype = ctypes.c_bool
    cf.CFRelease.argtypes = [vp]
    cf.CFRelease.restype = None
    return iokit, cf


class MacIdleReader:
    """Seconds since the last input (IOKit ``HIDIdleTime``).

    Args:
        iokit: an object with the IOKit functions used; the real framework when None.
        cf: an object with the CoreFoundation functions used; the real one when None.
    """

    name = "macos"
    has_activity_events = False

    def __init__(self, iokit: Any = None, cf: Any = None) -> None:
        self._iokit = iokit
        self._cf = cf
        self._service = 0
        self._key: Any = None

    def probe(self) -> str:
        if self._iokit is None or self._cf is None:
            iokit, cf = _system_frameworks()
            self._iokit = self._iokit or iokit
            self._cf = self._cf or cf
        matching = self._iokit.IOServiceMatching(b"IOHIDSystem")
        # IOServiceGetMatchingService consumes the matching dictionary: no CFRelease.
        service = self._iokit.IOServiceGetMatchingService(_K_IO_MAIN_PORT_DEFAULT, matching)
        if not service:
            raise BackendUnavailable("no IOHIDSystem service in the IOKit registry")
        self._service = service
        self._key = self._cf.CFStringCreateWithCString(
            None, b"HIDIdleTime", _K_CF_STRING_ENCODING_UTF8
        )
        try:
            idle = self.idle_s()
        except SensingError as exc:
            self.stop()
            raise BackendUnavailable(str(exc)) from exc
        return f"IOKit HIDIdleTime answered ({idle:.1f} s idle)"

    def start(self, on_active: Callable[[], None]) -> None:
        del on_active  # the app polls; HIDIdleTime has no change notification

    def idle_s(self) -> float:
        if not self._service or self._iokit is None or self._cf is None:
            raise SensingError("not probed")
        prop = self._iokit.IORegistryEntryCreateCFProperty(self._service, self._key, None, 0)
        if not prop:
            raise SensingError("IOHIDSystem has no HIDIdleTime property")
        try:
            value = ctypes.c_int64()
            if not self._cf.CFNumberGetValue(prop, _K_CF_NUMBER_SINT64, ctypes.pointer(value)):
                raise SensingError("HIDIdleTime is not a 64-bit number")
        finally:
            self._cf.CFRelease(prop)
        return value.value / 1e9

    def stop(self) -> None:
        if self._key is not None and self._cf is not None:
            self._cf.CFRelease(self._key)
            self._key = None
        if self._service and self._iokit is not None:
            self._iokit.IOObjectRelease(self._service)
            self._service = 0


# -- the lock screen: the window server's session dictionary -----------------------------

_CORE_GRAPHICS = "/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics"
_LOCKED_KEY = b"CGSSessionScreenIsLocked"


def _session_frameworks() -> tuple[Any, Any]:
    try:
        cg = ctypes.CDLL(_CORE_GRAPHICS)
        cf = ctypes.CDLL(_CORE_FOUNDATION)
    except OSError as exc:
        raise BackendUnavailable(f"CoreGraphics is not available ({exc})") from exc
    vp = ctypes.c_void_p
    cg.CGSessionCopyCurrentDictionary.argtypes = []
    cg.CGSessionCopyCurrentDictionary.restype = vp
    cf.CFStringCreateWithCString.argtypes = [vp, ctypes.c_char_p, ctypes.c_uint32]
    cf.CFStringCreateWithCString.restype = vp
    cf.CFDictionaryGetValue.argtypes = [vp, vp]
    cf.CFDictionaryGetValue.restype = vp
    cf.CFGetTypeID.argtypes = [vp]
    cf.CFGetTypeID.restype = ctypes.c_ulong
    cf.CFBooleanGetTypeID.argtypes = []
    cf.CFBooleanGetTypeID.restype = ctypes.c_ulong
    cf.CFBooleanGetValue.argtypes = [vp]
    cf.CFBooleanGetValue.restype = ctypes.c_bool
    cf.CFRelease.argtypes = [vp]
    cf.CFRelease.restype = None
    return cg, cf


class MacLockWatcher(PolledLockWatcher):
    """The lock screen from the window server: ``CGSessionCopyCurrentDictionary()`` holds
    ``CGSSessionScreenIsLocked`` (true) while the screen is locked, and lacks it otherwise.
    Without a window server session (ssh, a launch daemon) there is no dictionary.

    Args:
        cg: an object with ``CGSessionCopyCurrentDictionary``; the real framework when None.
        cf: an object with the CoreFoundation functions used; the real one when None.
        unlock_check_s: how often a locked screen is asked again.
    """

    name = "macos-lock"

    def __init__(
        self, cg: Any = None, cf: Any = None, *, unlock_check_s: float = UNLOCK_CHECK_S
    ) -> None:
        super().__init__(unlock_check_s=unlock_check_s)
        self._cg = cg
        self._cf = cf
        self._key: Any = None

    def _open(self) -> None:
        if self._cg is None or self._cf is None:
            cg, cf = _session_frameworks()
            self._cg = self._cg or cg
            self._cf = self._cf or cf
        self._key = self._cf.CFStringCreateWithCString(
            None, _LOCKED_KEY, _K_CF_STRING_ENCODING_UTF8
        )

    def probe(self) -> str:
        try:
            description = super().probe()
        except BackendUnavailable:
            self._release_key()
            raise
        return f"CGSessionCopyCurrentDictionary, {description}"

    def is_locked(self) -> bool:
        if self._cg is None or self._cf is None or self._key is None:
            raise SensingError("not probed")
        session = self._cg.CGSessionCopyCurrentDictionary()
        if not session:
            raise SensingError("no window server session (CGSessionCopyCurrentDictionary)")
        try:
            value = self._cf.CFDictionaryGetValue(session, self._key)  # not owned: no release
            if not value:
                return False
            if self._cf.CFGetTypeID(value) != self._cf.CFBooleanGetTypeID():
                raise SensingError("CGSSessionScreenIsLocked is not a boolean")
            return bool(self._cf.CFBooleanGetValue(value))
        finally:
            self._cf.CFRelease(session)

    def stop(self) -> None:
        super().stop()
        self._release_key()

    def _release_key(self) -> None:
        if self._key is not None and self._cf is not None:
            self._cf.CFRelease(self._key)
            self._key = None
