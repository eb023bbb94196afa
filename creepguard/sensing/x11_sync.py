"""An alarm on the X server's ``IDLETIME`` counter (the SYNC extension), through ctypes.

The X server keeps a system counter ``IDLETIME``: milliseconds since the last input. An
alarm with the test "``IDLETIME`` <= value" (``NegativeComparison``) makes the server send
one ``XSyncAlarmNotify`` event when the counter next drops to or below that value, that is
when the person touches the keyboard or mouse again; with a delta of 0 the alarm then goes
inactive until it is changed again. GNOME's and KDE's X11 idle monitors work this way.

A comparison, unlike a transition, is also true at once if the person already came back
between the reading the value was taken from and the alarm reaching the server, so no
return is lost to that race.

The SYNC client library is part of libXext. Nothing here waits for the server: the alarm
requests are queued on the connection and the caller flushes it.
"""

from __future__ import annotations

import ctypes

from creepguard.native import load_library

XSYNC_ALARM_NOTIFY = 1  # XSyncAlarmNotify: the event's offset from the extension's base

# XSyncValueType, XSyncTestType (syncconst.h)
_ABSOLUTE = 0
_NEGATIVE_COMPARISON = 3
# XSyncAlarmAttributes value mask bits
_CA_COUNTER = 1 << 0
_CA_VALUE_TYPE = 1 << 1
_CA_VALUE = 1 << 2
_CA_TEST_TYPE = 1 << 3
_CA_DELTA = 1 << 4
_CA_EVENTS = 1 << 5
_CA_ALL = _CA_COUNTER | _CA_VALUE_TYPE | _CA_VALUE | _CA_TEST_TYPE | _CA_DELTA | _CA_EVENTS


class SyncUnavailable(Exception):
    """The ``IDLETIME`` counter cannot be used here; the message says why."""


class XSyncValue(ctypes.Structure):
    """A 64-bit counter value as two halves: ``XSyncValue`` from ``<X11/extensions/sync.h>``."""

    _fields_ = (("hi", ctypes.c_int), ("lo", ctypes.c_uint))

    @classmethod
    def of(cls, value: int) -> XSyncValue:
        return cls(hi=value >> 32, lo=value & 0xFFFFFFFF)

    def as_int(self) -> int:
        return (int(self.hi) << 32) | int(self.lo)


class XSyncSystemCounter(ctypes.Structure):
    _fields_ = (
        ("name", ctypes.c_char_p),
        ("counter", ctypes.c_ulong),
        ("resolution", XSyncValue),
    )


class XSyncTrigger(ctypes.Structure):
    _fields_ = (
        ("counter", ctypes.c_ulong),
        ("value_type", ctypes.c_int),
        ("wait_value", XSyncValue),
        ("test_type", ctypes.c_int),
    )


class XSyncAlarmAttributes(ctypes.Structure):
    _fields_ = (
        ("trigger", XSyncTrigger),
        ("delta", XSyncValue),
        ("events", ctypes.c_int),
        ("state", ctypes.c_int),
    )


class XSyncAlarmNotifyEvent(ctypes.Structure):
    _fields_ = (
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("alarm", ctypes.c_ulong),
        ("counter_value", XSyncValue),
        ("alarm_value", XSyncValue),
        ("time", ctypes.c_ulong),
        ("state", ctypes.c_int),
    )


class XEvent(ctypes.Union):
    """Xlib's ``XEvent``: a union padded to 24 longs; only the alarm member is read."""

    _fields_ = (
        ("type", ctypes.c_int),
        ("alarm", XSyncAlarmNotifyEvent),
        ("pad", ctypes.c_long * 24),
    )


def _load_xext() -> ctypes.CDLL:
    try:
        return load_library("libXext.so.6", "Xext")
    except OSError as error:
        raise SyncUnavailable(f"libXext not found ({error})") from error


def _declare(xext: ctypes.CDLL) -> None:
    int_p = ctypes.POINTER(ctypes.c_int)
    xext.XSyncQueryExtension.argtypes = [ctypes.c_void_p, int_p, int_p]
    xext.XSyncQueryExtension.restype = ctypes.c_int
    xext.XSyncInitialize.argtypes = [ctypes.c_void_p, int_p, int_p]
    xext.XSyncInitialize.restype = ctypes.c_int
    xext.XSyncListSystemCounters.argtypes = [ctypes.c_void_p, int_p]
    xext.XSyncListSystemCounters.restype = ctypes.POINTER(XSyncSystemCounter)
    xext.XSyncFreeSystemCounterList.argtypes = [ctypes.POINTER(XSyncSystemCounter)]
    xext.XSyncFreeSystemCounterList.restype = None
    attributes_p = ctypes.POINTER(XSyncAlarmAttributes)
    xext.XSyncCreateAlarm.argtypes = [ctypes.c_void_p, ctypes.c_ulong, attributes_p]
    xext.XSyncCreateAlarm.restype = ctypes.c_ulong
    xext.XSyncChangeAlarm.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, attributes_p]
    xext.XSyncChangeAlarm.restype = ctypes.c_int
    xext.XSyncDestroyAlarm.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    xext.XSyncDestroyAlarm.restype = ctypes.c_int


class IdleTimeAlarm:
    """One alarm on ``IDLETIME`` that fires when idle drops below a value.

    Use :meth:`open` on a display connection that outlives this object. Not thread-safe,
    like the connection it uses.
    """

    def __init__(self, xext: ctypes.CDLL, display: int, event_base: int, counter: int) -> None:
        self._xext = xext
        self._display = display
        self.event_type = event_base + XSYNC_ALARM_NOTIFY
        self.counter = counter
        self.alarm = 0  # the alarm's XID once created
        self.wait_ms: int | None = None  # the value the armed alarm waits for, else None

    @classmethod
    def open(cls, display: int) -> IdleTimeAlarm:
        """Find ``IDLETIME`` on ``display`` (an Xlib ``Display *``).

        Raises:
            SyncUnavailable: no libXext, no SYNC extension, or no ``IDLETIME`` counter.
        """
        xext = _load_xext()
        try:
            _declare(xext)
        except AttributeError as exc:
            raise SyncUnavailable(f"libXext lacks XSync ({exc})") from exc
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not xext.XSyncQueryExtension(
            display, ctypes.byref(event_base), ctypes.byref(error_base)
        ):
            raise SyncUnavailable("the X server lacks the SYNC extension")
        major, minor = ctypes.c_int(), ctypes.c_int()
        if not xext.XSyncInitialize(display, ctypes.byref(major), ctypes.byref(minor)):
            raise SyncUnavailable("XSyncInitialize failed")
        count = ctypes.c_int()
        counters = xext.XSyncListSystemCounters(display, ctypes.byref(count))
        if not counters:
            raise SyncUnavailable("the X server lists no SYNC system counters")
        try:
            found = next(
                (
                    int(counters[i].counter)
                    for i in range(count.value)
                    if counters[i].name == b"IDLETIME"
                ),
                None,
            )
        finally:
            xext.XSyncFreeSystemCounterList(counters)
        if found is None:
            raise SyncUnavailable("the X server has no IDLETIME counter")
        return cls(xext, display, event_base.value, found)

    @property
    def armed(self) -> bool:
        return self.wait_ms is not None

    def arm_below(self, idle_ms: int) -> None:
        """Fire once when idle drops below ``idle_ms``: input after a reading of that much.

        The request is queued, not sent: flush the connection afterwards.
        """
        wait_ms = max(0, idle_ms - 1)  # the test is "<=", so one below the reading
        attributes = XSyncAlarmAttributes()
        attributes.trigger.counter = self.counter
        attributes.trigger.value_type = _ABSOLUTE
        attributes.trigger.wait_value = XSyncValue.of(wait_ms)
        attributes.trigger.test_type = _NEGATIVE_COMPARISON
        attributes.delta = XSyncValue.of(0)  # fire once, then go inactive
        attributes.events = 1
        if self.alarm:
            # Changing an inactive alarm makes it active again (the X server does so).
            self._xext.XSyncChangeAlarm(
                self._display, self.alarm, _CA_ALL, ctypes.byref(attributes)
            )
        else:
            self.alarm = int(
                self._xext.XSyncCreateAlarm(self._display, _CA_ALL, ctypes.byref(attributes))
            )
        self.wait_ms = wait_ms

    def fired(self, event: XEvent) -> bool:
        """Whether ``event`` is this alarm firing for its current arming; if so, disarm.

        A notification for an earlier arming (one that was overtaken by a re-arm) is not.
        """
        if event.type != self.event_type or self.wait_ms is None:
            return False
        notify = event.alarm
        if int(notify.alarm) != self.alarm or notify.alarm_value.as_int() != self.wait_ms:
            return False
        self.wait_ms = None
        return True

    def destroy(self) -> None:
        """Destroy the alarm on the server (queued; flush or close the connection)."""
        if self.alarm:
            self._xext.XSyncDestroyAlarm(self._display, self.alarm)
            self.alarm = 0
        self.wait_ms = None
