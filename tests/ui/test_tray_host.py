"""Tray hosts come and go: the watcher hears it by events (D-Bus and X11), never by polling."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import time
from collections.abc import Iterator

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from creepguard.sensing.desktop_state import SNI_WATCHER, TrayHostWatcher, X11FullscreenReader


@pytest.fixture
def bus_connection(qtbot: QtBot, private_bus: str) -> Iterator[QDBusConnection]:
    name = "creepguard-test-tray-host"
    connection = QDBusConnection.connectToBus(private_bus, name)
    assert connection.isConnected()
    yield connection
    QDBusConnection.disconnectFromBus(name)


def test_a_status_notifier_watcher_appearing_and_leaving(
    qtbot: QtBot, bus_connection: QDBusConnection, private_bus: str
) -> None:
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import Proxy, open_dbus_connection

    watcher = TrayHostWatcher(bus_connection, x11=False)
    assert not watcher.present()
    panel = open_dbus_connection(bus=private_bus)
    try:
        with qtbot.waitSignal(watcher.changed, timeout=3000):
            Proxy(message_bus, panel).RequestName(SNI_WATCHER)
        assert watcher.present()
        with qtbot.waitSignal(watcher.changed, timeout=3000):
            Proxy(message_bus, panel).ReleaseName(SNI_WATCHER)
        assert not watcher.present()
    finally:
        panel.close()
        watcher.close()


@pytest.fixture
def xvfb(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A private Xvfb display, set as DISPLAY for the test."""
    binary = shutil.which("Xvfb")
    if binary is None:
        pytest.skip("Xvfb is not installed (Debian: xvfb)")
    read_end, write_end = os.pipe()
    proc = subprocess.Popen(
        [
            binary,
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            "800x600x24",
            "-nolisten",
            "tcp",
            "-noreset",  # a reset when the last client leaves refuses the next one
        ],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        data = b""
        deadline = time.monotonic() + 10
        while not data.endswith(b"\n") and time.monotonic() < deadline:
            ready, _, _ = select.select([read_end], [], [], 0.2)
            if ready:
                data += os.read(read_end, 64) or b"\n"
        if not data.strip():
            pytest.fail("Xvfb did not start")
        display = f":{int(data.strip())}"
        monkeypatch.setenv("DISPLAY", display)
        yield display
    finally:
        os.close(read_end)
        proc.terminate()
        proc.wait(timeout=5)


@pytest.mark.display
def test_an_xembed_tray_appearing_and_leaving(qtbot: QtBot, xvfb: str) -> None:
    trayer = shutil.which("trayer")
    if trayer is None:
        pytest.skip("trayer is not installed")
    watcher = TrayHostWatcher(QDBusConnection("none"), x11=True)  # X11 only
    assert not watcher.present()
    with qtbot.waitSignal(watcher.changed, timeout=5000):
        proc = subprocess.Popen(
            [trayer, "--edge", "top", "--width", "10"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    try:
        assert watcher.present()
        with qtbot.waitSignal(watcher.changed, timeout=5000):
            proc.terminate()
        assert not watcher.present()
    finally:
        proc.kill()
        proc.wait(timeout=5)
        watcher.close()


@pytest.mark.display
def test_full_screen_is_read_from_ewmh(xvfb: str) -> None:
    if shutil.which("xprop") is None:
        pytest.skip("xprop is not installed (Debian: x11-utils)")
    reader = X11FullscreenReader(display=xvfb)
    assert reader() is None  # no window manager: no active window to ask about

    def xprop(*args: str) -> None:
        subprocess.run(["xprop", "-display", xvfb, "-root", *args], check=True)

    # The root window stands in for an application window: the reader only follows
    # _NET_ACTIVE_WINDOW and reads that window's _NET_WM_STATE.
    root = (
        subprocess.run(
            ["xwininfo", "-display", xvfb, "-root"], capture_output=True, text=True, check=True
        )
        .stdout.split("Window id: ")[1]
        .split()[0]
    )
    xprop("-f", "_NET_ACTIVE_WINDOW", "32x", "-set", "_NET_ACTIVE_WINDOW", root)
    assert reader() is False
    xprop("-f", "_NET_WM_STATE", "32a", "-set", "_NET_WM_STATE", "_NET_WM_STATE_FULLSCREEN")
    assert reader() is True
    xprop("-f", "_NET_WM_STATE", "32a", "-set", "_NET_WM_STATE", "_NET_WM_STATE_ABOVE")
    assert reader() is False
    reader.close()
