"""ext-idle-notify-v1 and org_kde_kwin_idle: the idle arithmetic, and the pywayland glue
against a fake binding.

No Wayland compositor runs in the tests, and pywayland is optional; the fake below mimics
the parts of pywayland's API the readers use, so the glue code runs end to end (the real
compositors are in tests/desktops: kwin for the first protocol, sway 1.7 for the second).
"""

from __future__ import annotations

import importlib.machinery
import os
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar
from xml.etree import ElementTree

import pytest
from pytestqt.qtbot import QtBot

from creepguard.sensing import wayland
from creepguard.sensing.composite import BackendUnavailable
from creepguard.sensing.wayland import ExtIdleNotifyReader, IdleNotificationTracker, KdeIdleReader
from tests.sensing.conftest import RecordingListener


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_tracker_counts_from_the_start_of_the_pause() -> None:
    clock = Clock()
    tracker = IdleNotificationTracker(10.0, clock)
    assert tracker.idle_s() == 0.0
    clock.now += 12
    tracker.idled()  # sent 10 s after the last input
    assert tracker.idle_s() == 10.0
    clock.now += 50
    assert tracker.idle_s() == 60.0
    tracker.resumed()
    assert tracker.idle_s() == 0.0


def test_no_wayland_display() -> None:
    with pytest.raises(BackendUnavailable, match="WAYLAND_DISPLAY is not set"):
        ExtIdleNotifyReader({}).probe()


def test_without_pywayland(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wayland, "pywayland_available", lambda: False)
    with pytest.raises(BackendUnavailable, match="pywayland is not installed"):
        ExtIdleNotifyReader({"WAYLAND_DISPLAY": "wayland-0"}).probe()


class _Proxy:
    def __init__(self, log: list[str], name: str) -> None:
        self.dispatcher: dict[str, Any] = {}
        self.log = log
        self.name = name

    def destroy(self) -> None:
        self.log.append(f"destroy {self.name}")

    def release(self) -> None:
        self.log.append(f"release {self.name}")


class _Notifier(_Proxy):
    version = 2

    def get_input_idle_notification(self, timeout: int, seat: Any) -> _Proxy:
        self.log.append(f"input-idle {timeout}")
        self.notification = _Proxy(self.log, "notification")
        return self.notification

    def get_idle_notification(self, timeout: int, seat: Any) -> _Proxy:
        self.log.append(f"idle {timeout}")
        self.notification = _Proxy(self.log, "notification")
        return self.notification


class _KdeIdle(_Proxy):
    """org_kde_kwin_idle: one request, and no destructor."""

    version = 1

    def get_idle_timeout(self, seat: Any, timeout: int) -> _Proxy:
        self.log.append(f"kde-timeout {timeout}")
        self.notification = _Proxy(self.log, "notification")
        return self.notification


#: name, interface, version of each global the fake compositor announces
EXT_GLOBALS = [(7, "wl_seat", 8), (9, "ext_idle_notifier_v1", 2)]
KDE_GLOBALS = [(7, "wl_seat", 8), (11, "org_kde_kwin_idle", 1)]


class _FakeDisplay:
    """Stands in for pywayland.client.Display; events are queued and run on dispatch."""

    instances: ClassVar[list[_FakeDisplay]] = []
    globals: ClassVar[list[tuple[int, str, int]]] = EXT_GLOBALS

    def __init__(self, name: str) -> None:
        self.name = name
        self.log: list[str] = []
        self.queued: list[str] = []
        self.read_fd, self.write_fd = os.pipe()
        self.registry = _Proxy(self.log, "registry")
        self.registry.bind = self._bind  # type: ignore[attr-defined]
        self.notifier: _Notifier | _KdeIdle | None = None
        _FakeDisplay.instances.append(self)

    def connect(self) -> None:
        if self.name != "wayland-fake":
            raise ValueError("no such socket")

    def get_registry(self) -> _Proxy:
        return self.registry

    def roundtrip(self) -> None:
        on_global = self.registry.dispatcher["global"]
        for name, interface, version in self.globals:
            on_global(self.registry, name, interface, version)

    def _bind(self, name: int, cls: type, version: int) -> Any:
        self.log.append(f"bind {name} v{version}")
        if name == 9:
            self.notifier = _Notifier(self.log, "notifier")
            return self.notifier
        if name == 11:
            self.notifier = _KdeIdle(self.log, "kde-idle")
            return self.notifier
        return _Proxy(self.log, "seat")

    def flush(self) -> None:
        return None

    def get_fd(self) -> int:
        return self.read_fd

    def send(self, event: str) -> None:
        self.queued.append(event)
        os.write(self.write_fd, b"x")

    def dispatch(self, *, block: bool = False) -> int:
        os.read(self.read_fd, 64)
        assert self.notifier is not None
        for event in self.queued:
            self.notifier.notification.dispatcher[event](self.notifier.notification)
        count, self.queued = len(self.queued), []
        return count

    def disconnect(self) -> None:
        self.log.append("disconnect")
        os.close(self.read_fd)
        os.close(self.write_fd)


@pytest.fixture
def fake_pywayland(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def module(name: str, **attrs: Any) -> types.ModuleType:
        mod = types.ModuleType(name)
        mod.__spec__ = importlib.machinery.ModuleSpec(name, None)
        mod.__dict__.update(attrs)
        monkeypatch.setitem(sys.modules, name, mod)
        return mod

    module("pywayland")
    module("pywayland.client", Display=_FakeDisplay)
    module("pywayland.protocol")
    module("pywayland.protocol.wayland", WlSeat=type("WlSeat", (), {}))
    module("pywayland.protocol.ext_idle_notify_v1", ExtIdleNotifierV1=_Notifier)
    module("creepguard.sensing._kde_idle", OrgKdeKwinIdle=_KdeIdle)
    _FakeDisplay.instances.clear()
    monkeypatch.setattr(_FakeDisplay, "globals", EXT_GLOBALS)
    yield


@pytest.fixture
def fake_sway(fake_pywayland: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """A compositor offering org_kde_kwin_idle and no ext-idle-notify-v1 (sway 1.7)."""
    monkeypatch.setattr(_FakeDisplay, "globals", KDE_GLOBALS)


def test_glue_with_a_fake_binding(
    qtbot: QtBot, fake_pywayland: None, listener: RecordingListener
) -> None:
    reader = ExtIdleNotifyReader({"WAYLAND_DISPLAY": "wayland-fake"}, timeout_s=5)
    assert "v2" in reader.probe()
    display = _FakeDisplay.instances[-1]
    assert "input-idle 5000" in display.log  # v2: the inhibitor-blind notification
    reader.start(listener.on_activity_changed)
    assert reader.idle_s() == 0.0
    display.send("idled")
    qtbot.waitUntil(lambda: reader.idle_s() >= 5.0)
    display.send("resumed")
    qtbot.waitUntil(lambda: listener.events == ["changed"])
    assert reader.idle_s() == 0.0
    reader.stop()
    assert display.log[-1] == "disconnect"


def test_expect_return_watches_with_a_short_notification(
    qtbot: QtBot, fake_pywayland: None, listener: RecordingListener
) -> None:
    # `creepguard away`, back before the usual notification idled: found on a real kwin.
    reader = ExtIdleNotifyReader({"WAYLAND_DISPLAY": "wayland-fake"}, timeout_s=5)
    reader.probe()
    display = _FakeDisplay.instances[-1]
    reader.start(listener.on_activity_changed)
    reader.expect_return()
    assert display.log.count("input-idle 1000") == 1
    reader.expect_return()  # one is enough
    assert display.log.count("input-idle 1000") == 1
    display.send("resumed")  # the fake delivers to the newest notification: the short one
    qtbot.waitUntil(lambda: listener.events == ["changed"])
    assert "destroy notification" in display.log  # used once, then gone
    reader.stop()


def test_expect_return_needs_nothing_once_idle(
    qtbot: QtBot, fake_pywayland: None, listener: RecordingListener
) -> None:
    reader = ExtIdleNotifyReader({"WAYLAND_DISPLAY": "wayland-fake"}, timeout_s=5)
    reader.probe()
    display = _FakeDisplay.instances[-1]
    reader.start(listener.on_activity_changed)
    display.send("idled")
    qtbot.waitUntil(lambda: reader.idle_s() >= 5.0)
    reader.expect_return()  # "resumed" will come from the usual notification
    assert "input-idle 1000" not in display.log
    reader.stop()


def test_glue_when_the_compositor_is_missing(fake_pywayland: None) -> None:
    with pytest.raises(BackendUnavailable, match="cannot connect"):
        ExtIdleNotifyReader({"WAYLAND_DISPLAY": "wayland-elsewhere"}).probe()
    display = _FakeDisplay.instances[-1]
    os.close(display.read_fd)
    os.close(display.write_fd)


# -- org_kde_kwin_idle (sway 1.7, wlroots 0.15) -------------------------------------------


def test_kde_idle_glue_with_a_fake_binding(
    qtbot: QtBot, fake_sway: None, listener: RecordingListener
) -> None:
    with pytest.raises(BackendUnavailable, match="does not offer ext_idle_notifier_v1"):
        ExtIdleNotifyReader({"WAYLAND_DISPLAY": "wayland-fake"}).probe()
    reader = KdeIdleReader({"WAYLAND_DISPLAY": "wayland-fake"}, timeout_s=5)
    assert reader.probe() == "org_kde_kwin_idle v1 on wayland-fake (timeout 5000 ms)"
    display = _FakeDisplay.instances[-1]
    assert "kde-timeout 5000" in display.log
    reader.start(listener.on_activity_changed)
    assert reader.idle_s() == 0.0
    display.send("idle")  # KDE's name for ext's "idled"
    qtbot.waitUntil(lambda: reader.idle_s() >= 5.0)
    display.send("resumed")
    qtbot.waitUntil(lambda: listener.events == ["changed"])
    assert reader.idle_s() == 0.0
    reader.stop()
    # The timer is released (its destructor); the manager has none and is left alone.
    assert display.log[-2:] == ["release notification", "disconnect"]
    assert not any(line.startswith("destroy") for line in display.log)


def test_kde_idle_expect_return_watches_with_a_short_timer(
    qtbot: QtBot, fake_sway: None, listener: RecordingListener
) -> None:
    reader = KdeIdleReader({"WAYLAND_DISPLAY": "wayland-fake"}, timeout_s=5)
    reader.probe()
    display = _FakeDisplay.instances[-1]
    reader.start(listener.on_activity_changed)
    reader.expect_return()
    assert display.log.count("kde-timeout 1000") == 1
    display.send("resumed")  # the fake delivers to the newest timer: the short one
    qtbot.waitUntil(lambda: listener.events == ["changed"])
    assert "release notification" in display.log  # used once, then released
    reader.stop()


def test_kde_idle_declines_where_only_ext_idle_notify_is_offered(fake_pywayland: None) -> None:
    with pytest.raises(BackendUnavailable, match="does not offer org_kde_kwin_idle"):
        KdeIdleReader({"WAYLAND_DISPLAY": "wayland-fake"}).probe()
    assert _FakeDisplay.instances[-1].log[-1] == "disconnect"


IDLE_XML = Path("/usr/share/plasma-wayland-protocols/idle.xml")


def test_the_kde_idle_binding_matches_the_protocol() -> None:
    """The hand-written binding against pywayland for real: names, opcodes (positions) and
    argument types as KDE's idle.xml declares them (read from plasma-wayland-protocols
    where it is installed)."""
    pytest.importorskip("pywayland", reason="pywayland (the wayland extra) is not installed")
    from creepguard.sensing import _kde_idle

    def shape(interface: Any) -> dict[str, Any]:
        return {
            "name": interface.name,
            "version": interface.version,
            "requests": [
                (m.name, [a.argument_type.name for a in m.arguments]) for m in interface.requests
            ],
            "events": [
                (m.name, [a.argument_type.name for a in m.arguments]) for m in interface.events
            ],
        }

    bound = [shape(_kde_idle.OrgKdeKwinIdle), shape(_kde_idle.OrgKdeKwinIdleTimeout)]
    expected = [
        {
            "name": "org_kde_kwin_idle",
            "version": 1,
            "requests": [("get_idle_timeout", ["NewId", "Object", "Uint"])],
            "events": [],
        },
        {
            "name": "org_kde_kwin_idle_timeout",
            "version": 1,
            "requests": [("release", []), ("simulate_user_activity", [])],
            "events": [("idle", []), ("resumed", [])],
        },
    ]
    assert bound == expected
    if IDLE_XML.exists():
        kinds = {"new_id": "NewId", "object": "Object", "uint": "Uint", "int": "Int"}
        root = ElementTree.parse(IDLE_XML).getroot()
        from_xml = [
            {
                "name": node.get("name"),
                "version": int(node.get("version", "1")),
                "requests": [
                    (r.get("name"), [kinds[a.get("type", "")] for a in r.iter("arg")])
                    for r in node.iter("request")
                ],
                "events": [
                    (e.get("name"), [kinds[a.get("type", "")] for a in e.iter("arg")])
                    for e in node.iter("event")
                ],
            }
            for node in root.iter("interface")
        ]
        assert bound == from_xml
