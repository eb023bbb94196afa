"""The Windows and macOS readers on any OS, with the OS calls faked."""

from __future__ import annotations

import ctypes
import importlib
import sys
from typing import Any

import pytest

from creepguard.sensing.composite import BackendUnavailable, SensingError
from creepguard.sensing.macos import MacIdleReader
from creepguard.sensing.windows import LASTINPUTINFO, WindowsIdleReader

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
