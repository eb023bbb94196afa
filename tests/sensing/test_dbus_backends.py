"""D-Bus backends against real dbus-daemons started by the tests, with python-dbusmock.

The session bus carries mocks of Mutter's IdleMonitor (tests/sensing/mocks), GNOME's
screen shield, GNOME's session manager, the freedesktop screen saver and PowerManagement;
the system bus carries python-dbusmock's logind template.
"""

from __future__ import annotations

import json
import os
import statistics
import time
from collections.abc import Iterator
from typing import Any

import pytest
from jeepney import DBusAddress, new_method_call
from jeepney.io.blocking import open_dbus_connection
from pytestqt.qtbot import QtBot

from creepguard.dbus_client import Bus
from creepguard.sensing.composite import BackendUnavailable, CompositeSource
from creepguard.sensing.factory import create_activity_source
from creepguard.sensing.inhibitors import GnomeSessionInhibitWatcher, PowerManagementInhibitWatcher
from creepguard.sensing.logind import LogindWatcher
from creepguard.sensing.mutter import MutterIdleReader
from creepguard.sensing.screensaver import FdoScreenSaverIdleReader, ScreenSaverLockWatcher
from tests.sensing.conftest import RecordingListener
from tests.sensing.helpers import MOCKS, Mock, MockSpawner, TestBus

pytestmark = pytest.mark.dbus

MUTTER = "org.gnome.Mutter.IdleMonitor"
MUTTER_PATH = "/org/gnome/Mutter/IdleMonitor/Core"
LOGIN1 = "org.freedesktop.login1"
SESSION_PATH = "/org/freedesktop/login1/session/c1"
SESSION_IFACE = "org.freedesktop.login1.Session"


@pytest.fixture
def qt_session(qtbot: QtBot, session_bus: TestBus) -> Iterator[Bus]:
    bus = Bus(session_bus.address, "session")
    yield bus
    bus.close()


@pytest.fixture
def qt_system(qtbot: QtBot, system_bus: TestBus) -> Iterator[Bus]:
    bus = Bus(system_bus.address, "system")
    yield bus
    bus.close()


@pytest.fixture
def mutter(spawn_mock: MockSpawner, session_bus: TestBus) -> Mock:
    return spawn_mock(
        session_bus, MUTTER, MUTTER_PATH, template=str(MOCKS / "mutter_idle_monitor.py")
    )


@pytest.fixture
def logind(spawn_mock: MockSpawner, system_bus: TestBus) -> Mock:
    mock = spawn_mock(system_bus, LOGIN1, "/org/freedesktop/login1", template="logind")
    mock.mock_call("AddSession", "ssusb", "c1", "seat0", 1000, "sitter", True)
    return mock


@pytest.fixture
def gnome_screensaver(spawn_mock: MockSpawner, session_bus: TestBus) -> Mock:
    return spawn_mock(
        session_bus, "org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", template="gnome_screensaver"
    )


def _watches(mutter: Mock) -> list[tuple[int, str]]:
    return [tuple(w) for w in mutter.mock_call("ListWatches")]


# -- Mutter ---------------------------------------------------------------------------------


def test_mutter_reads_idle_and_learns_of_the_return(
    qtbot: QtBot, qt_session: Bus, mutter: Mock, listener: RecordingListener
) -> None:
    reader = MutterIdleReader(qt_session, arm_after_idle_s=5)
    assert "GetIdletime" in reader.probe()
    source = CompositeSource(reader)
    source.start(listener)
    try:
        mutter.mock_call("SetIdletime", "t", 2000)
        assert source.read().idle_s == pytest.approx(2.0)
        assert not reader.watch_armed  # active person: no watch, no wake-ups per key press
        mutter.mock_call("SetIdletime", "t", 90_000)
        assert source.read().idle_s == pytest.approx(90.0)
        qtbot.waitUntil(lambda: len(_watches(mutter)) == 1)
        mutter.mock_call("SimulateActivity")
        qtbot.waitUntil(lambda: listener.count("changed") == 1)
        assert _watches(mutter) == []
        assert source.read().idle_s == 0.0
        assert not reader.watch_armed
        # Away again: the next reading re-arms, and the next return is heard again.
        mutter.mock_call("SetIdletime", "t", 60_000)
        source.read()
        qtbot.waitUntil(lambda: len(_watches(mutter)) == 1)
        mutter.mock_call("SimulateActivity")
        qtbot.waitUntil(lambda: listener.count("changed") == 2)
    finally:
        source.stop()


def test_mutter_stop_removes_the_armed_watch_with_a_uint32(
    qtbot: QtBot, qt_session: Bus, mutter: Mock, listener: RecordingListener
) -> None:
    reader = MutterIdleReader(qt_session)
    reader.probe()
    reader.start(listener.on_activity_changed)
    mutter.mock_call("SetIdletime", "t", 30_000)
    reader.idle_s()
    qtbot.waitUntil(lambda: reader.watch_armed and not reader._arming)
    assert len(_watches(mutter)) == 1
    reader.stop()
    # The mock refuses RemoveWatch with an int32, as Mutter does: the watch only goes
    # away if the call carried a real uint32.
    qtbot.waitUntil(lambda: _watches(mutter) == [])
    calls = mutter.mock_call("GetMethodCalls", "s", "RemoveWatch")
    assert len(calls) == 1


def test_mutter_arms_the_watch_when_the_app_sleeps_until_the_return(
    qtbot: QtBot, qt_session: Bus, mutter: Mock, listener: RecordingListener
) -> None:
    # `creepguard away` while typing: no reading ever showed the person idle, and the app
    # is about to sleep until they are back. Found by tests/desktops on a real mutter.
    reader = MutterIdleReader(qt_session, arm_after_idle_s=5)
    reader.probe()
    source = CompositeSource(reader)
    source.start(listener)
    try:
        mutter.mock_call("SetIdletime", "t", 500)
        source.read()
        source.timer_armed(30.0)  # an ordinary poll: no watch, no wake-up per key press
        assert not reader.watch_armed
        source.timer_armed(3600.0)
        qtbot.waitUntil(lambda: reader.watch_armed and not reader._arming)
        assert len(_watches(mutter)) == 1
        source.timer_armed(3600.0)  # already armed: not twice
        assert len(_watches(mutter)) == 1
    finally:
        source.stop()


def test_mutter_read_is_cheap(qt_session: Bus, mutter: Mock) -> None:
    # One GetIdletime round trip; the mock (Python, dbus-python) is the slow end here.
    reader = MutterIdleReader(qt_session)
    reader.probe()
    took_ms = []
    for _ in range(21):
        began = time.perf_counter()
        reader.idle_s()
        took_ms.append((time.perf_counter() - began) * 1000)
    assert statistics.median(took_ms) < 5


def test_mutter_absent_is_passed_over(qt_session: Bus) -> None:
    with pytest.raises(BackendUnavailable, match="not on the session bus"):
        MutterIdleReader(qt_session).probe()


# -- logind, GNOME's shield and the composite -----------------------------------------------


def _emit(mock: Mock, iface: str, name: str, signature: str, *values: Any) -> None:
    variants = [(signature[i], v) for i, v in enumerate(values)]
    mock.mock_call("EmitSignal", "sssav", iface, name, signature, variants)


class _HeldInhibitor:
    """A logind inhibitor held the way applications hold one: by keeping the fd open."""

    def __init__(self, bus: TestBus, what: str = "idle", mode: str = "block") -> None:
        self._conn = open_dbus_connection(bus.address, enable_fds=True)
        address = DBusAddress(
            "/org/freedesktop/login1", bus_name=LOGIN1, interface="org.freedesktop.login1.Manager"
        )
        message = new_method_call(address, "Inhibit", "ssss", (what, "test", "a call", mode))
        reply = self._conn.send_and_get_reply(message, timeout=5)
        self._fd = reply.body[0]

    def release(self) -> None:
        self._fd.close()
        self._conn.close()


@pytest.fixture
def composite(  # noqa: PLR0917 - pytest passes fixtures as parameters
    qt_session: Bus,
    qt_system: Bus,
    mutter: Mock,
    logind: Mock,
    gnome_screensaver: Mock,
    listener: RecordingListener,
) -> Iterator[CompositeSource]:
    reader = MutterIdleReader(qt_session)
    login = LogindWatcher(qt_system, {"XDG_SESSION_ID": "c1"}, inhibitor_refresh_s=0)
    shield = ScreenSaverLockWatcher.gnome(qt_session)
    for part in (reader, login, shield):
        part.probe()
    assert login.session_path == SESSION_PATH
    source = CompositeSource(reader, [login, shield])
    source.start(listener)
    yield source
    source.stop()


def test_composite_lock_and_unlock_through_logind(
    qtbot: QtBot, composite: CompositeSource, logind: Mock, listener: RecordingListener
) -> None:
    assert composite.has_lock_events
    assert not composite.read().locked
    logind.call(SESSION_IFACE, "Lock", path=SESSION_PATH)
    qtbot.waitUntil(lambda: listener.count("changed") >= 1)
    assert composite.read().locked
    logind.call(SESSION_IFACE, "Unlock", path=SESSION_PATH)
    qtbot.waitUntil(lambda: not composite.read().locked)
    # A locker that only sets LockedHint (PropertiesChanged) is heard as well.
    logind.call(SESSION_IFACE, "SetLockedHint", "b", True, path=SESSION_PATH)
    qtbot.waitUntil(lambda: composite.read().locked)
    logind.call(SESSION_IFACE, "SetLockedHint", "b", False, path=SESSION_PATH)
    qtbot.waitUntil(lambda: not composite.read().locked)
    assert listener.count("changed") >= 4


def test_logind_lock_unconfirmed_by_the_locker_does_not_stick(
    qtbot: QtBot, qt_system: Bus, logind: Mock, listener: RecordingListener
) -> None:
    # swaylock started on logind's Lock never sets LockedHint and never causes Unlock.
    watcher = LogindWatcher(qt_system, {"XDG_SESSION_ID": "c1"}, hint_grace_s=0.3)
    watcher.probe()
    watcher.start(listener)
    try:
        logind.call(SESSION_IFACE, "Lock", path=SESSION_PATH)
        qtbot.waitUntil(lambda: watcher.locked() is True)
        qtbot.waitUntil(lambda: watcher.locked() is False)
        # A locker that confirms in LockedHint keeps the lock past the grace time.
        logind.call(SESSION_IFACE, "Lock", path=SESSION_PATH)
        logind.call(SESSION_IFACE, "SetLockedHint", "b", True, path=SESSION_PATH)
        qtbot.waitUntil(lambda: watcher.locked() is True)
        qtbot.wait(500)
        assert watcher.locked() is True
        assert listener.count("changed") == 3
    finally:
        watcher.stop()


def test_composite_lock_through_gnome_screensaver(
    qtbot: QtBot,
    composite: CompositeSource,
    gnome_screensaver: Mock,
    listener: RecordingListener,
) -> None:
    gnome_screensaver.call("org.gnome.ScreenSaver", "SetActive", "b", True)
    qtbot.waitUntil(lambda: listener.count("changed") == 1)
    assert composite.read().locked
    gnome_screensaver.call("org.gnome.ScreenSaver", "SetActive", "b", False)
    qtbot.waitUntil(lambda: listener.count("changed") == 2)
    assert not composite.read().locked


def test_composite_suspend_and_resume_through_logind(
    qtbot: QtBot, composite: CompositeSource, logind: Mock, listener: RecordingListener
) -> None:
    manager = "org.freedesktop.login1.Manager"
    _emit(logind, manager, "PrepareForSleep", "b", True)
    qtbot.waitUntil(lambda: listener.events == ["suspend"])
    _emit(logind, manager, "PrepareForSleep", "b", False)
    qtbot.waitUntil(lambda: listener.events == ["suspend", "resume"])


def test_composite_idle_inhibitor_through_logind(
    qtbot: QtBot,
    composite: CompositeSource,
    system_bus: TestBus,
    listener: RecordingListener,
) -> None:
    qtbot.waitUntil(lambda: composite.watchers[0].inhibited() is False)
    assert not composite.read().inhibited
    sleep_only = _HeldInhibitor(system_bus, what="sleep", mode="delay")
    held = _HeldInhibitor(system_bus)
    try:
        qtbot.waitUntil(lambda: composite.read().inhibited)
        assert listener.count("changed") == 1
    finally:
        held.release()
    qtbot.waitUntil(lambda: not composite.read().inhibited)
    sleep_only.release()


def test_composite_reading_combines_the_parts(
    qtbot: QtBot, composite: CompositeSource, mutter: Mock, logind: Mock
) -> None:
    mutter.mock_call("SetIdletime", "t", 12_500)
    logind.call(SESSION_IFACE, "Lock", path=SESSION_PATH)
    qtbot.waitUntil(lambda: composite.read().locked)
    sample = composite.read()
    assert sample.idle_s == pytest.approx(12.5)
    assert sample.locked
    assert not sample.inhibited


# -- Inhibitors on the session bus ----------------------------------------------------------


def test_gnome_session_inhibited_actions(
    qtbot: QtBot,
    qt_session: Bus,
    spawn_mock: MockSpawner,
    session_bus: TestBus,
    listener: RecordingListener,
) -> None:
    iface = "org.gnome.SessionManager"
    sm = spawn_mock(session_bus, iface, "/org/gnome/SessionManager", iface)
    sm.mock_call("AddProperty", "ssv", iface, "InhibitedActions", ("u", 4))
    watcher = GnomeSessionInhibitWatcher(qt_session)
    assert "InhibitedActions" in watcher.probe()
    assert watcher.inhibited() is False  # 4 is "suspend", not "idle"
    watcher.start(listener)
    try:
        sm.mock_call("UpdateProperties", "sa{sv}", iface, {"InhibitedActions": ("u", 8 | 4)})
        qtbot.waitUntil(lambda: watcher.inhibited() is True)
        sm.mock_call("UpdateProperties", "sa{sv}", iface, {"InhibitedActions": ("u", 0)})
        qtbot.waitUntil(lambda: watcher.inhibited() is False)
        assert listener.count("changed") == 2
    finally:
        watcher.stop()


def test_powermanagement_has_inhibit(
    qtbot: QtBot,
    qt_session: Bus,
    spawn_mock: MockSpawner,
    session_bus: TestBus,
    listener: RecordingListener,
) -> None:
    iface = "org.freedesktop.PowerManagement.Inhibit"
    pm = spawn_mock(
        session_bus,
        "org.freedesktop.PowerManagement",
        "/org/freedesktop/PowerManagement/Inhibit",
        iface,
    )
    pm.add_method(iface, "HasInhibit", "", "b", "ret = getattr(self, 'has', False)")
    pm.add_method(
        iface,
        "TestSet",
        "b",
        "",
        f"self.has = args[0]; self.EmitSignal('{iface}', 'HasInhibitChanged', 'b', [args[0]])",
    )
    watcher = PowerManagementInhibitWatcher(qt_session)
    watcher.probe()
    assert watcher.inhibited() is False
    watcher.start(listener)
    try:
        pm.call(iface, "TestSet", "b", True)
        qtbot.waitUntil(lambda: watcher.inhibited() is True)
        pm.call(iface, "TestSet", "b", False)
        qtbot.waitUntil(lambda: watcher.inhibited() is False)
    finally:
        watcher.stop()


# -- org.freedesktop.ScreenSaver --------------------------------------------------------------


@pytest.fixture
def fdo_screensaver(spawn_mock: MockSpawner, session_bus: TestBus) -> Mock:
    iface = "org.freedesktop.ScreenSaver"
    mock = spawn_mock(session_bus, iface, "/org/freedesktop/ScreenSaver", iface)
    mock.add_method(iface, "GetActive", "", "b", "ret = getattr(self, 'active', False)")
    mock.add_method(
        iface,
        "TestSetActive",
        "b",
        "",
        f"self.active = args[0]; self.EmitSignal('{iface}', 'ActiveChanged', 'b', [args[0]])",
    )
    return mock


def test_freedesktop_idle_time_in_milliseconds(qt_session: Bus, fdo_screensaver: Mock) -> None:
    fdo_screensaver.add_method(
        "org.freedesktop.ScreenSaver", "GetSessionIdleTime", "", "u", "ret = 42000"
    )
    reader = FdoScreenSaverIdleReader(qt_session)
    assert "42.0 s idle" in reader.probe()
    assert reader.idle_s() == 42.0


def test_freedesktop_idle_time_not_supported_is_passed_over(
    qt_session: Bus, fdo_screensaver: Mock
) -> None:
    # What KDE's screen locker answers on Wayland.
    fdo_screensaver.add_method(
        "org.freedesktop.ScreenSaver",
        "GetSessionIdleTime",
        "",
        "u",
        "raise dbus.exceptions.DBusException('not on Wayland', "
        "name='org.freedesktop.DBus.Error.NotSupported')",
    )
    with pytest.raises(BackendUnavailable, match="NotSupported"):
        FdoScreenSaverIdleReader(qt_session).probe()


def test_freedesktop_lock_state(
    qtbot: QtBot, qt_session: Bus, fdo_screensaver: Mock, listener: RecordingListener
) -> None:
    watcher = ScreenSaverLockWatcher.freedesktop(qt_session)
    watcher.probe()
    assert watcher.locked() is False
    watcher.start(listener)
    try:
        fdo_screensaver.call("org.freedesktop.ScreenSaver", "TestSetActive", "b", True)
        qtbot.waitUntil(lambda: watcher.locked() is True)
    finally:
        watcher.stop()


# -- The factory with real buses --------------------------------------------------------------


def test_factory_gnome_wayland_picks_mutter_and_the_session_watchers(  # noqa: PLR0917
    qtbot: QtBot,
    session_bus: TestBus,
    system_bus: TestBus,
    mutter: Mock,
    logind: Mock,
    gnome_screensaver: Mock,
    listener: RecordingListener,
) -> None:
    env = {
        "XDG_SESSION_TYPE": "wayland",
        "XDG_CURRENT_DESKTOP": "GNOME",
        "WAYLAND_DISPLAY": "wayland-0",
        "DISPLAY": ":0",
        "XDG_SESSION_ID": "c1",
    }
    source, reports = create_activity_source(
        env, session_bus=session_bus.address, system_bus=system_bus.address
    )
    try:
        assert source.name == "mutter"
        assert source.has_activity_events
        assert source.has_lock_events
        chosen = {r.name for r in reports if r.chosen}
        assert chosen == {"mutter", "logind", "gnome-screensaver"}
        by_name = {r.name: r for r in reports}
        assert by_name["x11"].reason == "not needed: mutter answered first"
        assert "not on the session bus" in by_name["gnome-session"].reason
        source.start(listener)
        mutter.mock_call("SetIdletime", "t", 7000)
        assert source.read().idle_s == pytest.approx(7.0)
        gnome_screensaver.call("org.gnome.ScreenSaver", "SetActive", "b", True)
        qtbot.waitUntil(lambda: source.read().locked)
        qtbot.waitUntil(lambda: len(_watches(mutter)) == 1)  # armed by the idle reading
    finally:
        source.stop()
        source.stop()  # twice is fine
    # Stopping removed the armed watch even though the connections closed right after.
    qtbot.waitUntil(lambda: _watches(mutter) == [])


def test_factory_kde_wayland_without_pywayland(
    qtbot: QtBot,
    session_bus: TestBus,
    system_bus: TestBus,
    logind: Mock,
    fdo_screensaver: Mock,
) -> None:
    fdo_screensaver.add_method(
        "org.freedesktop.ScreenSaver",
        "GetSessionIdleTime",
        "",
        "u",
        "raise dbus.exceptions.DBusException("
        "'nope', name='org.freedesktop.DBus.Error.NotSupported')",
    )
    env = {
        "XDG_SESSION_TYPE": "wayland",
        "XDG_CURRENT_DESKTOP": "KDE",
        "WAYLAND_DISPLAY": "wayland-creepguard-test-none",
        "DISPLAY": ":0",
        "XDG_SESSION_ID": "c1",
    }
    source, reports = create_activity_source(
        env, session_bus=session_bus.address, system_bus=system_bus.address
    )
    try:
        by_name = {r.name: r for r in reports}
        assert "Wayland session" in by_name["x11"].reason
        assert "NotSupported" in by_name["freedesktop-screensaver"].reason
        assert source.name == "none"
        assert by_name["none"].chosen
        assert source.notice is not None and "sitting" in source.notice
        # Lock state and suspend still come from logind and the screen locker.
        assert by_name["logind"].chosen
        assert by_name["freedesktop-screensaver-lock"].chosen
        assert source.read().idle_s == 0.0
    finally:
        source.stop()


def test_diagnose_lists_backends_and_a_live_reading(
    qtbot: QtBot, session_bus: TestBus, mutter: Mock, listener: RecordingListener
) -> None:
    from creepguard.sensing.diagnose import diagnose, diagnose_here, diagnose_lines

    mutter.mock_call("SetIdletime", "t", 12_000)
    env = {"XDG_SESSION_TYPE": "x11", "XDG_CURRENT_DESKTOP": "GNOME", "DISPLAY": ""}
    source, reports = create_activity_source(env, session_bus=session_bus.address, system_bus="")
    try:
        result = diagnose(source, reports)
    finally:
        source.stop()
    lines = result.lines()
    assert lines[0] == "Activity sensing: mutter"
    for name in ("mutter", "ext-idle-notify", "x11", "freedesktop-screensaver", "logind"):
        assert any(name in line for line in lines), name
    assert any("[passed] logind" in line and "no system bus" in line for line in lines)
    assert "Live reading: idle 12.0 s, unlocked, not inhibited" in lines[-1]
    data = json.loads(json.dumps(result.as_dict()))
    assert data["reading"]["idle_s"] == 12.0
    assert data["in_use"] == "mutter"

    here = diagnose_here(env, session_bus=session_bus.address, system_bus="")
    assert here.in_use == "mutter"
    printed = diagnose_lines(env, session_bus=session_bus.address, system_bus="")
    assert printed[0] == "Activity sensing: mutter"
    assert os.environ.get("QT_QPA_PLATFORM") == "offscreen"


# -- The engine fed by the real D-Bus backends ----------------------------------------------


class _EngineFeed:
    """The app's side of the listener contract, reduced to feeding the engine."""

    def __init__(self, engine: Any, source: CompositeSource) -> None:
        self.engine = engine
        self.source = source
        self.events: list[Any] = []
        self.calls: list[str] = []

    def on_activity_changed(self) -> None:
        self.calls.append("changed")
        self.events += self.engine.observe(self.source.read())

    def on_suspend(self, slept_s: float | None = None) -> None:
        self.calls.append("suspend")
        self.events += self.engine.suspend()

    def on_resume(self) -> None:
        self.calls.append("resume")
        self.events += self.engine.resume()


def test_the_engine_records_lock_suspend_and_an_inhibitor_from_the_buses(  # noqa: PLR0917
    qtbot: QtBot,
    qt_session: Bus,
    qt_system: Bus,
    mutter: Mock,
    logind: Mock,
    system_bus: TestBus,
) -> None:
    from creepguard.core.clock import FakeClock
    from creepguard.core.engine import SittingEngine
    from creepguard.core.events import SpanClosed
    from creepguard.core.model import State

    clock = FakeClock()  # the buses are real; the engine's time is simulated
    engine = SittingEngine(clock)
    reader = MutterIdleReader(qt_session)
    login = LogindWatcher(qt_system, {"XDG_SESSION_ID": "c1"}, inhibitor_refresh_s=0)
    for part in (reader, login):
        part.probe()
    source = CompositeSource(reader, [login])
    feed = _EngineFeed(engine, source)
    source.start(feed)
    try:
        mutter.mock_call("SetIdletime", "t", 0)
        clock.advance(10 * 60)
        feed.on_activity_changed()
        assert engine.state is State.SITTING
        logind.call(SESSION_IFACE, "Lock", path=SESSION_PATH)
        qtbot.waitUntil(lambda: engine.state is State.AWAY)
        clock.advance(3 * 60)
        logind.call(SESSION_IFACE, "Unlock", path=SESSION_PATH)
        qtbot.waitUntil(lambda: engine.state is State.SITTING)
        assert engine.status().sitting_s == 0  # three minutes locked: a break
        manager = "org.freedesktop.login1.Manager"
        _emit(logind, manager, "PrepareForSleep", "b", True)
        qtbot.waitUntil(lambda: engine.state is State.AWAY)
        clock.advance(30 * 60)
        _emit(logind, manager, "PrepareForSleep", "b", False)
        qtbot.waitUntil(lambda: "resume" in feed.calls)
        assert engine.state is State.AWAY  # awake, but nobody has touched anything yet
        # Back, then a video call: no input for 20 minutes, yet sitting.
        mutter.mock_call("SetIdletime", "t", 0)
        feed.on_activity_changed()
        clock.advance(15)
        feed.on_activity_changed()
        assert engine.state is State.SITTING
        held = _HeldInhibitor(system_bus)
        try:
            qtbot.waitUntil(lambda: source.read().inhibited)
            clock.advance(20 * 60)
            mutter.mock_call("SetIdletime", "t", 20 * 60 * 1000)
            feed.on_activity_changed()
            assert engine.state is State.SITTING
            assert engine.status().sitting_s >= 20 * 60
        finally:
            held.release()
        spans = [e.span for e in feed.events if isinstance(e, SpanClosed)]
        assert [(s.state, round(s.duration_s)) for s in spans] == [
            (State.SITTING, 600),  # until the lock
            (State.AWAY, 180),  # locked
            (State.AWAY, 30 * 60),  # asleep, until the first input after waking
        ]
    finally:
        source.stop()
