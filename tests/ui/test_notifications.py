"""Notifications: Notify with the right types, actions come back, fallbacks when no one answers."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from creepguard.ui.notifications import INTERFACE, NOTIFY_SIGNATURE, PATH, SERVICE, Notifier
from tests.harness.bus import start_bus
from tests.harness.processes import DesktopUnavailable, stop_process
from tests.sensing.helpers import run_xvfb

# The status-window fallback shows a window (offscreen warns about size hints).
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


class FakeServer:
    """A notification server on a private bus, in a thread (jeepney, blocking).

    It records each Notify call's signature and body, answers with id 7 (or not at all
    when ``silent``), and can emit ActionInvoked.
    """

    def __init__(self, address: str, *, silent: bool = False) -> None:
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import Proxy, open_dbus_connection

        self.conn = open_dbus_connection(bus=address)
        Proxy(message_bus, self.conn).RequestName(SERVICE)
        self.silent = silent
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.closed: list[int] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        from jeepney import HeaderFields, MessageType, new_method_return

        while not self._stop.is_set():
            try:
                message = self.conn.receive(timeout=0.05)
            except TimeoutError:
                continue
            except (OSError, ValueError):
                return
            header = message.header
            if header.message_type != MessageType.method_call:
                continue
            member = header.fields.get(HeaderFields.member)
            if member == "Notify":
                self.calls.append((header.fields.get(HeaderFields.signature), message.body))
                if not self.silent:
                    self.conn.send(new_method_return(message, "u", (7,)))
            elif member == "CloseNotification":
                self.closed.append(message.body[0])
                self.conn.send(new_method_return(message))

    def emit_action(self, notification_id: int, key: str) -> None:
        from jeepney import DBusAddress, new_signal

        emitter = DBusAddress(PATH, interface=INTERFACE)
        self.conn.send(new_signal(emitter, "ActionInvoked", "us", (notification_id, key)))

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self.conn.close()


@pytest.fixture
def server(private_bus: str) -> Iterator[FakeServer]:
    made = FakeServer(private_bus)
    yield made
    made.stop()


class Fallback:
    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def __call__(self, title: str, body: str) -> None:
        self.messages.append((title, body))


@pytest.fixture
def fallback() -> Fallback:
    return Fallback()


def test_notify_is_sent_with_explicit_unsigned_types(
    qtbot: QtBot, server: FakeServer, private_bus: str, fallback: Fallback
) -> None:
    notifier = Notifier("/icons/creepguard.svg", fallback, bus_address=private_bus)
    with qtbot.waitSignal(notifier.delivered, timeout=3000) as delivered:
        notifier.notify("Time to move", "You have sat for 30 min.", ("stretch", "Stretch now"))
    assert delivered.args == [True]
    signature, body = server.calls[0]
    assert signature == NOTIFY_SIGNATURE == "susssasa{sv}i"
    app, replaces, icon, summary, text, actions, hints, timeout = body
    assert (app, replaces, icon, summary, text) == (
        "CreepGuard",
        0,
        "/icons/creepguard.svg",
        "Time to move",
        "You have sat for 30 min.",
    )
    assert actions == ["default", "Stretch now", "stretch", "Stretch now"]
    assert hints["desktop-entry"] == ("s", "creepguard")
    assert timeout == -1
    assert fallback.messages == []

    # The next one replaces the first (id 7 from the server's reply).
    with qtbot.waitSignal(notifier.delivered, timeout=3000):
        notifier.notify("Still sitting", "")
    assert server.calls[1][1][1] == 7
    notifier.close()


def test_the_action_comes_back(
    qtbot: QtBot, server: FakeServer, private_bus: str, fallback: Fallback
) -> None:
    notifier = Notifier("creepguard", fallback, bus_address=private_bus)
    with qtbot.waitSignal(notifier.delivered, timeout=3000):
        notifier.notify("Time to move", "", ("stretch", "Stretch now"))
    with qtbot.waitSignal(notifier.action_invoked, timeout=3000) as invoked:
        server.emit_action(7, "stretch")
    assert invoked.args == ["stretch"]
    with qtbot.waitSignal(notifier.action_invoked, timeout=3000) as clicked:
        server.emit_action(7, "default")  # a click on the notification itself
    assert clicked.args == ["stretch"]
    with qtbot.assertNotEmitted(notifier.action_invoked, wait=100):
        server.emit_action(99, "stretch")  # somebody else's notification
    notifier.withdraw()
    qtbot.waitUntil(lambda: server.closed == [7], timeout=3000)
    notifier.close()


def test_falls_back_when_the_bus_has_no_notification_server(
    qtbot: QtBot, private_bus: str, fallback: Fallback
) -> None:
    notifier = Notifier("creepguard", fallback, bus_address=private_bus, timeout_ms=5000)
    started = time.monotonic()
    with qtbot.waitSignal(notifier.delivered, timeout=3000) as delivered:
        notifier.notify("Time to move", "You have sat for 30 min.", ("stretch", "Stretch now"))
    assert delivered.args == [False]
    assert time.monotonic() - started < 2  # the bus says "no such service" at once
    assert fallback.messages == [("Time to move", "You have sat for 30 min.")]
    # Clicking the fallback message counts as the action.
    with qtbot.waitSignal(notifier.action_invoked) as invoked:
        notifier.fallback_clicked()
    assert invoked.args == ["stretch"]
    notifier.close()


def test_falls_back_when_the_server_does_not_answer(
    qtbot: QtBot, private_bus: str, fallback: Fallback
) -> None:
    server = FakeServer(private_bus, silent=True)
    try:
        notifier = Notifier("creepguard", fallback, bus_address=private_bus, timeout_ms=200)
        with qtbot.waitSignal(notifier.delivered, timeout=3000) as delivered:
            notifier.notify("Time to move", "")
        assert delivered.args == [False]
        assert fallback.messages == [("Time to move", "")]
        notifier.close()
    finally:
        server.stop()


def test_a_notification_waiting_when_the_bus_goes_away_falls_back_at_once(
    qtbot: QtBot, tmp_path_factory: pytest.TempPathFactory, fallback: Fallback
) -> None:
    """The connection's loss, not the reply timeout, sends the waiting message on."""
    try:
        process, address = start_bus(tmp_path_factory.mktemp("bus"))
    except DesktopUnavailable as error:
        pytest.skip(str(error))
    server = FakeServer(address, silent=True)
    notifier = Notifier("creepguard", fallback, bus_address=address, timeout_ms=60_000)
    try:
        notifier.notify("Time to move", "body")
        qtbot.waitUntil(lambda: len(server.calls) == 1, timeout=3000)
        started = time.monotonic()
        with qtbot.waitSignal(notifier.delivered, timeout=5000) as delivered:
            stop_process(process, 5)
        assert delivered.args == [False]
        assert time.monotonic() - started < 5  # far less than the 60 s reply timeout
        assert fallback.messages == [("Time to move", "body")]
    finally:
        notifier.close()
        server.stop()
        stop_process(process, 5)


def test_falls_back_without_any_bus(qtbot: QtBot, fallback: Fallback, tmp_path: Any) -> None:
    notifier = Notifier("creepguard", fallback, bus_address=f"unix:path={tmp_path}/none")
    notifier.notify("Time to move", "")
    assert fallback.messages == [("Time to move", "")]


def test_falls_back_to_the_status_window_without_tray_or_server(
    qtbot: QtBot, private_bus: str
) -> None:
    from creepguard.ui.icons import app_icon
    from creepguard.ui.surface import TrayOrWindow
    from tests.ui.fakes import FakeController, FakeHost

    surface = TrayOrWindow(FakeController(), app_icon(), host=FakeHost(present=False))
    surface.show()
    notifier = Notifier("creepguard", surface.show_message, bus_address=private_bus)
    with qtbot.waitSignal(notifier.delivered, timeout=3000):
        notifier.notify("Time to move", "You have sat for 30 min.")
    window = surface.status_window
    assert window is not None
    assert "Time to move" in window.message_text.text()
    notifier.close()
    surface.close()


@pytest.mark.dbus
@pytest.mark.display
def test_a_real_notification_daemon_accepts_the_call(
    qtbot: QtBot, private_bus: str, fallback: Fallback
) -> None:
    """dunst (GDBus) checks argument types as GNOME's and KDE's servers do. It needs an X
    display: the session's, or an Xvfb of its own (the app itself stays offscreen)."""
    dunst = shutil.which("dunst")
    if dunst is None:
        pytest.skip("needs dunst")
    with contextlib.ExitStack() as stack:
        display = os.environ.get("DISPLAY") or stack.enter_context(run_xvfb())
        env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": private_bus, "DISPLAY": display}
        _notify_through_dunst(qtbot, private_bus, fallback, dunst, env)


def _notify_through_dunst(
    qtbot: QtBot, private_bus: str, fallback: Fallback, dunst: str, env: dict[str, str]
) -> None:
    proc = subprocess.Popen([dunst], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import Proxy, open_dbus_connection

        with open_dbus_connection(bus=private_bus) as probe:
            bus = Proxy(message_bus, probe)
            deadline = time.monotonic() + 5
            while not bus.NameHasOwner(SERVICE)[0] and time.monotonic() < deadline:
                time.sleep(0.05)
            # The control: what QtDBus would send (replaces_id as int32) is refused.
            from jeepney import DBusAddress, MessageType, new_method_call

            signed = new_method_call(
                DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE),
                "Notify",
                "sisssasa{sv}i",
                ("CreepGuard", 0, "", "signed", "", [], {}, -1),
            )
            reply = probe.send_and_get_reply(signed, timeout=3)
            assert reply.header.message_type == MessageType.error
        notifier = Notifier("creepguard", fallback, bus_address=private_bus)
        with qtbot.waitSignal(notifier.delivered, timeout=3000) as delivered:
            notifier.notify("Time to move", "From the CreepGuard tests", ("stretch", "Stretch"))
        assert delivered.args == [True]
        assert fallback.messages == []
        notifier.close()
    finally:
        proc.terminate()
        proc.wait(timeout=5)
