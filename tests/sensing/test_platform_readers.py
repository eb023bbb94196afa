"""The Windows and macOS readers and lock watchers on any OS, with the OS calls faked
(and, on those systems, once for real)."""

from __future__ import annotations

import ctypes
import importlib
import sys
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from creepguard.sensing import factory
from creepguard.sensing.composite import BackendUnavailable, SensingError
from creepguard.sensing.macos import MacIdleReader, MacLockWatcher
from creepguard.sensing.windows import LASTINPUTINFO, WindowsIdleReader, WindowsLockWatcher

# -- Windows: GetLastInputInfo ------------------------------------------------------------


class FakeUser32:
    def __init__(self, last_input_ms: int, ok: bool = True) -> None:
        self.last_input_ms = last_input_ms
        self.ok = ok
        self.sizes: list[int] = []

    def GetLastInputInfo(self, info: ctypes._Pointer[LASTINPUTINFO]) -> int:  # noqa: N802
        self.sizes.append(info.contents.cbSize)
        if not self.ok:
            return 0
        info.contents.dwTime = self.last_input_ms
        return 1


class FakeKernel32:
    def __init__(self, tick_ms: int) -> None:
        self.tick_ms = tick_ms

    def GetTickCount(self) -> int:  # noqa: N802
        return self.tick_ms


def test_windows_idle_is_tick_count_minus_last_input() -> None:
    user32 = FakeUser32(last_input_ms=1_000_000)
    reader = WindowsIdleReader(user32, FakeKernel32(tick_ms=1_012_500))
    assert "12.5 s idle" in reader.probe()
    assert reader.idle_s() == 12.5
    assert user32.sizes[-1] == ctypes.sizeof(LASTINPUTINFO) == 8


def test_windows_idle_survives_the_49_day_wrap() -> None:
    reader = WindowsIdleReader(FakeUser32(last_input_ms=2**32 - 1500), FakeKernel32(tick_ms=500))
    reader.probe()
    assert reader.idle_s() == 2.0


def test_windows_failed_call() -> None:
    reader = WindowsIdleReader(FakeUser32(0, ok=False), FakeKernel32(0))
    with pytest.raises(BackendUnavailable, match="GetLastInputInfo failed"):
        reader.probe()
    with pytest.raises(SensingError):
        reader.idle_s()


@pytest.mark.skipif(sys.platform == "win32", reason="checks the behaviour away from Windows")
def test_windows_reader_imports_and_declines_elsewhere() -> None:
    importlib.reload(importlib.import_module("creepguard.sensing.windows"))
    with pytest.raises(BackendUnavailable, match="not Windows"):
        WindowsIdleReader().probe()


# -- macOS: IOKit HIDIdleTime -------------------------------------------------------------

SERVICE, MATCHING, PROPERTY, KEY = 222, 111, 333, 444


class FakeIOKit:
    def __init__(self, service: int = SERVICE, has_property: bool = True) -> None:
        self.service = service
        self.has_property = has_property
        self.released: list[int] = []

    def IOServiceMatching(self, name: bytes) -> int:  # noqa: N802
        assert name == b"IOHIDSystem"
        return MATCHING

    def IOServiceGetMatchingService(self, port: int, matching: int) -> int:  # noqa: N802
        assert (port, matching) == (0, MATCHING)
        return self.service

    def IORegistryEntryCreateCFProperty(  # noqa: N802
        self, entry: int, key: int, allocator: Any, options: int
    ) -> int:
        assert (entry, key, allocator, options) == (SERVICE, KEY, None, 0)
        return PROPERTY if self.has_property else 0

    def IOObjectRelease(self, obj: int) -> int:  # noqa: N802
        self.released.append(obj)
        return 0


class FakeCoreFoundation:
    def __init__(self, idle_ns: int) -> None:
        self.idle_ns = idle_ns
        self.released: list[int] = []

    def CFStringCreateWithCString(self, allocator: Any, text: bytes, encoding: int) -> int:  # noqa: N802
        assert (allocator, text, encoding) == (None, b"HIDIdleTime", 0x08000100)
        return KEY

    def CFNumberGetValue(  # noqa: N802
        self, number: int, kind: int, out: ctypes._Pointer[ctypes.c_int64]
    ) -> bool:
        assert (number, kind) == (PROPERTY, 4)  # kCFNumberSInt64Type
        out.contents.value = self.idle_ns
        return True

    def CFRelease(self, obj: int) -> None:  # noqa: N802
        self.released.append(obj)


def test_macos_idle_from_hid_idle_time() -> None:
    iokit, cf = FakeIOKit(), FakeCoreFoundation(idle_ns=3_250_000_000)
    reader = MacIdleReader(iokit, cf)
    assert "3.2 s idle" in reader.probe()
    assert reader.idle_s() == pytest.approx(3.25)
    reader.stop()
    # Every property copied was released; the key and the service once, at stop.
    assert cf.released.count(PROPERTY) == 2
    assert cf.released.count(KEY) == 1
    assert iokit.released == [SERVICE]


def test_macos_without_iohidsystem() -> None:
    with pytest.raises(BackendUnavailable, match="IOHIDSystem"):
        MacIdleReader(FakeIOKit(service=0), FakeCoreFoundation(0)).probe()


def test_macos_without_the_property() -> None:
    iokit, cf = FakeIOKit(has_property=False), FakeCoreFoundation(0)
    with pytest.raises(BackendUnavailable, match="HIDIdleTime"):
        MacIdleReader(iokit, cf).probe()
    assert iokit.released == [SERVICE]


@pytest.mark.skipif(sys.platform == "darwin", reason="checks the behaviour away from macOS")
def test_macos_reader_declines_elsewhere() -> None:
    with pytest.raises(BackendUnavailable, match="IOKit is not available"):
        MacIdleReader().probe()


# -- the lock screen, Windows: the input desktop ------------------------------------------

DESKTOP = 0x5150


class FakeDesktops:
    """user32's desktop calls. ``input_desktop`` is the name of the desktop receiving
    input: "Default" while unlocked; "Winlogon" (which a user's process may not open:
    ERROR_ACCESS_DENIED) while the lock screen shows."""

    def __init__(self) -> None:
        self.input_desktop = "Default"
        self.error = 0
        self.open_handles = 0

    def OpenInputDesktop(self, flags: int, inherit: bool, access: int) -> int:  # noqa: N802
        assert (flags, inherit, access) == (0, False, 0x0001)  # DESKTOP_READOBJECTS
        if self.input_desktop == "Winlogon":
            self.error = 5
            return 0
        self.open_handles += 1
        return DESKTOP

    def GetUserObjectInformationW(  # noqa: N802
        self, handle: int, index: int, buffer: Any, size: int, needed: Any
    ) -> int:
        assert (handle, index) == (DESKTOP, 2)  # UOI_NAME
        buffer.value = self.input_desktop
        assert size == ctypes.sizeof(buffer)
        return 1

    def CloseDesktop(self, handle: int) -> int:  # noqa: N802
        assert handle == DESKTOP
        self.open_handles -= 1
        return 1

    def last_error(self) -> int:
        return self.error


class Listener:
    def __init__(self) -> None:
        self.events: list[str] = []

    def on_activity_changed(self) -> None:
        self.events.append("changed")

    def on_suspend(self, slept_s: float | None = None) -> None:
        self.events.append("suspend")

    def on_resume(self) -> None:
        self.events.append("resume")


def test_windows_lock_screen_is_read_from_the_input_desktop() -> None:
    desktops = FakeDesktops()
    watcher = WindowsLockWatcher(desktops, desktops.last_error)
    assert "now unlocked" in watcher.probe()
    assert watcher.locked() is False
    desktops.input_desktop = "Winlogon"
    watcher.poll()
    assert watcher.locked() is True
    desktops.input_desktop = "Screen-saver"  # another desktop than the user's: not at it
    watcher.poll()
    assert watcher.locked() is True
    desktops.input_desktop = "Default"
    watcher.poll()
    assert watcher.locked() is False
    assert desktops.open_handles == 0  # every desktop opened was closed


def test_windows_a_desktop_that_cannot_be_opened_otherwise_is_no_lock() -> None:
    desktops = FakeDesktops()
    watcher = WindowsLockWatcher(desktops, desktops.last_error)
    watcher.probe()
    desktops.input_desktop = "Winlogon"
    desktops.error = 5
    watcher.poll()
    assert watcher.locked() is True
    # Another failure says nothing about the lock: the last answer stands.
    desktops.OpenInputDesktop = lambda *_args: 0  # type: ignore[method-assign]
    desktops.error = 1444  # ERROR_INVALID_THREAD_ID: nothing to do with a lock screen
    desktops.input_desktop = "Default"
    watcher.poll()
    assert watcher.locked() is True
    with pytest.raises(SensingError, match="error 1444"):
        watcher.is_locked()


def test_windows_locked_at_start_means_the_question_does_not_work_here() -> None:
    """A service session or a non-interactive desktop reads as locked forever, which would
    hide every hour of sitting: the watcher declines instead."""
    desktops = FakeDesktops()
    desktops.input_desktop = "Winlogon"
    with pytest.raises(BackendUnavailable, match="not an interactive session"):
        WindowsLockWatcher(desktops, desktops.last_error).probe()


@pytest.mark.skipif(sys.platform == "win32", reason="checks the behaviour away from Windows")
def test_windows_lock_watcher_declines_elsewhere() -> None:
    with pytest.raises(BackendUnavailable, match="not Windows"):
        WindowsLockWatcher().probe()


def test_the_unlock_is_reported_within_the_check_interval(qtbot: QtBot) -> None:
    """While locked the watcher asks again on a timer and tells the listener at the
    unlock; unlocked, it has no timer (no wake-ups of its own)."""
    desktops = FakeDesktops()
    listener = Listener()
    watcher = WindowsLockWatcher(desktops, desktops.last_error, unlock_check_s=0.05)
    watcher.probe()
    watcher.start(listener)
    assert watcher._timer is None
    desktops.input_desktop = "Winlogon"
    watcher.poll()  # the app's next reading sees the lock
    assert watcher.locked() is True
    assert watcher._timer is not None and watcher._timer.isActive()
    desktops.input_desktop = "Default"
    qtbot.waitUntil(lambda: listener.events == ["changed"], timeout=2000)
    assert watcher.locked() is False
    assert not watcher._timer.isActive()
    watcher.stop()


def test_windows_source_reports_the_lock(monkeypatch: pytest.MonkeyPatch) -> None:
    """The factory gives a Windows source the lock watcher: a locked screen is a locked
    reading, as logind or a screen saver gives on Linux (README rule 4: locking the screen
    is away)."""
    desktops = FakeDesktops()
    monkeypatch.setattr(
        factory,
        "_windows_reader",
        lambda: WindowsIdleReader(FakeUser32(1_000_000), FakeKernel32(1_002_000)),
    )
    monkeypatch.setattr(
        factory, "_windows_lock", lambda: WindowsLockWatcher(desktops, desktops.last_error)
    )
    source, reports = factory.create_activity_source({}, platform="win32")
    try:
        assert [(r.name, r.chosen) for r in reports] == [("windows", True), ("windows-lock", True)]
        source.start(Listener())
        assert source.has_lock_events
        assert source.read().locked is False
        desktops.input_desktop = "Winlogon"
        assert source.read().locked is True
        assert source.read().idle_s == 2.0
    finally:
        source.stop()


# -- the lock screen, macOS: the window server's session dictionary ------------------------

SESSION, LOCKED_KEY, TRUE, BOOLEAN_TYPE, NUMBER_TYPE = 901, 902, 903, 21, 22


class FakeCoreGraphics:
    def __init__(self) -> None:
        self.session = True
        self.copies = 0

    def CGSessionCopyCurrentDictionary(self) -> int:  # noqa: N802
        if not self.session:
            return 0
        self.copies += 1
        return SESSION


class FakeSessionCoreFoundation:
    def __init__(self) -> None:
        self.locked: bool | None = None  # None: the key is absent (unlocked)
        self.value_type = BOOLEAN_TYPE
        self.released: list[int] = []

    def CFStringCreateWithCString(self, allocator: Any, text: bytes, encoding: int) -> int:  # noqa: N802
        assert (allocator, text, encoding) == (None, b"CGSSessionScreenIsLocked", 0x08000100)
        return LOCKED_KEY

    def CFDictionaryGetValue(self, dictionary: int, key: int) -> int:  # noqa: N802
        assert (dictionary, key) == (SESSION, LOCKED_KEY)
        return 0 if self.locked is None else TRUE

    def CFGetTypeID(self, value: int) -> int:  # noqa: N802
        return self.value_type

    def CFBooleanGetTypeID(self) -> int:  # noqa: N802
        return BOOLEAN_TYPE

    def CFBooleanGetValue(self, value: int) -> bool:  # noqa: N802
        assert value == TRUE
        return bool(self.locked)

    def CFRelease(self, obj: int) -> None:  # noqa: N802
        self.released.append(obj)


def test_macos_lock_screen_from_the_session_dictionary() -> None:
    cg, cf = FakeCoreGraphics(), FakeSessionCoreFoundation()
    watcher = MacLockWatcher(cg, cf)
    assert "now unlocked" in watcher.probe()
    cf.locked = True
    watcher.poll()
    assert watcher.locked() is True
    cf.locked = False  # present and false
    watcher.poll()
    assert watcher.locked() is False
    cf.locked = None
    watcher.poll()
    assert watcher.locked() is False
    watcher.stop()
    assert cf.released.count(SESSION) == cg.copies == 4  # every copy released
    assert cf.released.count(LOCKED_KEY) == 1
    assert TRUE not in cf.released  # a value got from a dictionary is not ours


def test_macos_without_a_window_server_session() -> None:
    cg, cf = FakeCoreGraphics(), FakeSessionCoreFoundation()
    cg.session = False  # ssh, a launch daemon
    with pytest.raises(BackendUnavailable, match="no window server session"):
        MacLockWatcher(cg, cf).probe()
    assert cf.released == [LOCKED_KEY]


def test_macos_an_unexpected_value_keeps_the_last_answer() -> None:
    cg, cf = FakeCoreGraphics(), FakeSessionCoreFoundation()
    watcher = MacLockWatcher(cg, cf)
    watcher.probe()
    cf.locked, cf.value_type = True, NUMBER_TYPE
    watcher.poll()
    assert watcher.locked() is False
    with pytest.raises(SensingError, match="not a boolean"):
        watcher.is_locked()


@pytest.mark.skipif(sys.platform == "darwin", reason="checks the behaviour away from macOS")
def test_macos_lock_watcher_declines_elsewhere() -> None:
    with pytest.raises(BackendUnavailable, match="CoreGraphics is not available"):
        MacLockWatcher().probe()


# -- on the system itself (the Windows and macOS workflow) --------------------------------


@pytest.mark.skipif(sys.platform not in ("win32", "darwin"), reason="Windows and macOS only")
def test_the_real_platform_sources_answer_or_decline_with_a_reason() -> None:
    """On a CI runner there may be no interactive session: each part answers, or declines
    with a reason; nothing else escapes, and a reading never raises."""
    source, reports = factory.create_activity_source({})
    try:
        names = [r.name for r in reports]
        assert names[0] in ("windows", "macos")
        assert names[-1] in ("windows-lock", "macos-lock")
        assert all(r.reason and not r.reason.startswith("failed:") for r in reports), reports
        source.start(Listener())
        sample = source.read()
        assert sample.idle_s >= 0.0
    finally:
        source.stop()
