"""Do-not-disturb read over a real (private) session bus from a fake notification server."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from creepguard.sensing.desktop_state import NOTIFICATIONS, DoNotDisturbReader
from tests.harness.processes import stop_process
from tests.sensing.helpers import TestBus

DUNST = "org.dunstproject.cmd0"


# The server runs in a process of its own: the reader's blocking QtDBus call holds the
# GIL, so a server thread in this process could never answer it.
_SERVER = r"""
import json, sys
from jeepney import HeaderFields, MessageType, new_error, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import Proxy, open_dbus_connection

address, name, table = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
properties = {tuple(key.split(" ")): value for key, value in table.items()}
conn = open_dbus_connection(bus=address)
Proxy(message_bus, conn).RequestName("org.freedesktop.Notifications")
print("ready", flush=True)
while True:
    message = conn.receive()
    if message.header.message_type != MessageType.method_call:
        continue
    member = message.header.fields.get(HeaderFields.member)
    if member == "GetServerInformation":
        conn.send(new_method_return(message, "ssss", (name, "test", "1", "1.2")))
    elif member == "Get" and tuple(message.body) in properties:
        value = properties[tuple(message.body)]
        conn.send(new_method_return(message, "v", (("b", value),)))
    else:
        error = "org.freedesktop.DBus.Error.UnknownProperty"
        conn.send(new_error(message, error, "s", ("no such property",)))
"""


@contextmanager
def notification_server(
    address: str, name: str, properties: dict[tuple[str, str], bool]
) -> Iterator[None]:
    """A fake org.freedesktop.Notifications that says it is ``name`` and answers
    Properties.Get from ``properties`` ((interface, property) -> bool)."""
    table = json.dumps({f"{iface} {prop}": value for (iface, prop), value in properties.items()})
    process = subprocess.Popen(
        [sys.executable, "-c", _SERVER, address, name, table], stdout=subprocess.PIPE
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == b"ready"
        yield
    finally:
        stop_process(process, 5)


@pytest.fixture
def connection(qtbot: QtBot, session_bus: TestBus) -> Iterator[QDBusConnection]:
    name = "creepguard-dnd-test"
    yield QDBusConnection.connectToBus(session_bus.address, name)
    QDBusConnection.disconnectFromBus(name)


@pytest.fixture(autouse=True)
def no_desktop(monkeypatch: pytest.MonkeyPatch) -> None:
    # Not GNOME or Xfce: those are read through a command, not the bus.
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "")


@pytest.mark.parametrize("paused", [True, False])
def test_dunst_is_read_from_its_paused_property(
    session_bus: TestBus, connection: QDBusConnection, paused: bool
) -> None:
    # Inhibited says the opposite: dunst's own switch is the one that counts.
    both = {(DUNST, "paused"): paused, (NOTIFICATIONS, "Inhibited"): not paused}
    with notification_server(session_bus.address, "dunst", both):
        assert DoNotDisturbReader(connection)() is paused


@pytest.mark.parametrize("inhibited", [True, False])
def test_other_servers_are_read_from_inhibited(
    session_bus: TestBus, connection: QDBusConnection, inhibited: bool
) -> None:
    with notification_server(
        session_bus.address, "Plasma", {(NOTIFICATIONS, "Inhibited"): inhibited}
    ):
        assert DoNotDisturbReader(connection)() is inhibited


def test_no_server_means_unknown(connection: QDBusConnection) -> None:
    assert DoNotDisturbReader(connection)() is None
