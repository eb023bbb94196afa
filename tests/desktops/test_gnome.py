"""GNOME on Wayland, for real: mutter (and gnome-shell) headless, the real app in it.

Input comes through org.gnome.Mutter.RemoteDesktop, so Mutter's IdleMonitor sees it as a
person's; every assertion goes through ``creepguard status --json`` and ``diagnose``.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from tests.desktops.sessions import (
    MutterInput,
    WaylandSession,
    enable_appindicator,
    keep_moving,
    short_limits,
)
from tests.harness.app_process import settings_text
from tests.harness.bus import BusRecorder, NotifyRecorder, sni_activate, sni_owners
from tests.harness.processes import wait_for
from tests.harness.shots import Shots

pytestmark = pytest.mark.desktop_real

SCALE = 20  # the away limit (1 min) is 3 real seconds
AWAY_LIMIT_REAL_S = 60 / SCALE
APPINDICATOR = "/usr/share/gnome-shell/extensions/ubuntu-appindicators@ubuntu.com"


def test_mutter_is_used_input_counts_quiet_is_away_and_the_return_is_seen(
    mutter: WaylandSession, app_home: Path
) -> None:
    app = mutter.start_app(app_home, time_scale=SCALE, settings=short_limits())
    mouse = MutterInput(mutter.bus_address)
    try:
        diagnose = app.cli("diagnose").stdout
        assert "platform plugin: wayland" in diagnose
        assert "Activity sensing: mutter" in diagnose
        assert "[in use] mutter" in diagnose
        assert app.status()["backend"] == "mutter"

        # Working through twice the away limit: sitting all along, and the sit grows.
        end = time.monotonic() + 2 * AWAY_LIMIT_REAL_S
        while time.monotonic() < end:
            keep_moving(mouse, 0.25)
            assert app.state() == "sitting"
        last_input = time.monotonic()
        status = app.status()
        assert status["state"] == "sitting"
        assert status["sitting_s"] >= 1.5 * 60
        # diagnose's live reading sees the input just made
        idle_line = [line for line in app.cli("diagnose").stdout.splitlines() if "Live" in line]
        assert idle_line and float(idle_line[0].split("idle ")[1].split(" s")[0]) < 2.0

        # Quiet: away once the away limit has passed since the last input, not before.
        wait_for(lambda: app.state() == "away", 6 * AWAY_LIMIT_REAL_S, "away after a quiet minute")
        assert time.monotonic() - last_input >= 0.8 * AWAY_LIMIT_REAL_S
        away = app.status()
        assert away["state"] == "away"

        # Back: steady input again; the app takes it as a return within seconds.
        back_from = time.monotonic()
        deadline = back_from + 10
        while app.state() != "sitting":
            assert time.monotonic() < deadline, "the return was not seen within 10 s"
            keep_moving(mouse, 0.2)
        assert time.monotonic() - back_from < 3.0
        assert app.status()["state"] == "sitting"
    finally:
        mouse.close()
        assert app.stop() == 0, app.output()


def test_mutter_return_after_creepguard_away_is_seen_by_the_user_active_watch(
    mutter: WaylandSession, app_home: Path
) -> None:
    """At real speed the app does not poll while away: only Mutter's user-active watch
    can tell it the person is back."""
    app = mutter.start_app(app_home)
    mouse = MutterInput(mutter.bus_address)
    fired = BusRecorder(
        mutter.bus_address,
        "type='signal',interface='org.gnome.Mutter.IdleMonitor',member='WatchFired'",
    )
    try:
        keep_moving(mouse, 1.0)
        assert app.status()["state"] == "sitting"
        assert app.cli("away").returncode == 0
        # Quiet: still away (nothing comes back by itself).
        end = time.monotonic() + 7
        while time.monotonic() < end:
            assert app.state() == "away"
            time.sleep(0.2)
        # Input that goes on: a return, seen about 10 s after it began (rule 4).
        back_from = time.monotonic()
        deadline = back_from + 20
        while app.state() != "sitting":
            assert time.monotonic() < deadline, (
                "the return was not seen within 20 s of steady input:\n" + app.log()[-3000:]
            )
            keep_moving(mouse, 0.25)
        assert time.monotonic() - back_from < 14
        # Mutter told the app within a second of the first input (its user-active watch).
        watch_fired = [at - back_from for at, member, _body in fired.seen if member == "WatchFired"]
        first = min((t for t in watch_fired if t >= 0), default=None)
        assert first is not None and first < 1.0, watch_fired
    finally:
        fired.close()
        mouse.close()
        assert app.stop() == 0, app.output()


# ---------------------------------------------------------------------- gnome-shell


def _gnome_screensaver(session: WaylandSession, method: str, *args: bool) -> tuple[Any, ...]:
    """A call to org.gnome.ScreenSaver, as GNOME's own lock key and settings make it."""
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    address = DBusAddress(
        "/org/gnome/ScreenSaver",
        bus_name="org.gnome.ScreenSaver",
        interface="org.gnome.ScreenSaver",
    )
    with open_dbus_connection(bus=session.bus_address) as connection:
        reply = connection.send_and_get_reply(
            new_method_call(address, method, "b" * len(args), args), timeout=15
        )
    assert reply.header.message_type.name == "method_return", reply.body
    return tuple(reply.body)


def test_gnome_shell_lock_and_unlock_through_org_gnome_screensaver(
    gnome_shell: WaylandSession, app_home: Path, shots: Shots
) -> None:
    app = gnome_shell.start_app(app_home, settings=short_limits())
    mouse = MutterInput(gnome_shell.bus_address)
    try:
        wait_for(lambda: shots.take("status-window", gnome_shell), 15, "a screenshot")
        diagnose = app.cli("diagnose").stdout
        assert "Activity sensing: mutter" in diagnose
        assert "[in use] gnome-screensaver" in diagnose
        keep_moving(mouse, 1.0)
        assert app.status()["state"] == "sitting"

        _gnome_screensaver(gnome_shell, "Lock")  # returns once the lock screen is up
        assert _gnome_screensaver(gnome_shell, "GetActive") == (True,)
        wait_for(lambda: app.state() == "away", 5, "away once GNOME locks")
        assert app.status()["state"] == "away"

        _gnome_screensaver(gnome_shell, "SetActive", False)  # the unlock
        wait_for(lambda: _gnome_screensaver(gnome_shell, "GetActive") == (False,), 10, "unlock")
        wait_for(lambda: app.state() == "sitting", 5, "back at once on unlock (rule 4)")
        assert app.status()["state"] == "sitting"
    finally:
        mouse.close()
        assert app.stop() == 0, app.output()


def test_gnome_shell_status_window_then_the_tray_once_appindicator_is_on(
    gnome_shell: WaylandSession, app_home: Path, shots: Shots
) -> None:
    """GNOME has no tray: the status window first; switching the AppIndicator extension
    on later gives one, and the app moves into it by itself."""
    if not Path(APPINDICATOR).exists():
        pytest.skip("gnome-shell-extension-appindicator is not installed")
    app = gnome_shell.start_app(
        app_home,
        time_scale=60,
        settings=settings_text(creep_threshold_min=5, posture_change_min=10),
    )
    mouse = MutterInput(gnome_shell.bus_address)
    try:
        assert "System tray: not available" in app.cli("diagnose").stdout
        assert app.pid not in sni_owners(gnome_shell.bus_address)
        wait_for(lambda: shots.take("no-tray", gnome_shell), 15, "a screenshot")
        enable_appindicator(gnome_shell)
        wait_for(
            lambda: gnome_shell.has_name("org.kde.StatusNotifierWatcher"),
            20,
            "the extension's StatusNotifierWatcher",
        )
        wait_for(
            lambda: app.pid in sni_owners(gnome_shell.bus_address),
            30,
            "the app's item in GNOME's top bar",
        )
        assert "System tray: available" in app.cli("diagnose").stdout
        # Sitting past the creep threshold (5 min): the ring in the top bar turns amber.
        while app.request("status")["sitting_s"] < 7 * 60:
            keep_moving(mouse, 0.5)
        assert app.status()["state"] == "sitting"
        shots.take("tray", gnome_shell)
    finally:
        mouse.close()
        assert app.stop() == 0, app.output()


def test_gnome_shell_a_due_card_comes_as_a_notification_first(
    gnome_shell: WaylandSession, app_home: Path, shots: Shots
) -> None:
    """On Wayland a window cannot place itself or stay on top: a due card is announced by
    a notification (GNOME Shell's own), and opens from it or from the tray."""
    if not Path(APPINDICATOR).exists():
        pytest.skip("gnome-shell-extension-appindicator is not installed")
    enable_appindicator(gnome_shell)
    notes = NotifyRecorder(gnome_shell.bus_address)
    app = gnome_shell.start_app(
        app_home,
        time_scale=60,
        settings=settings_text(creep_threshold_min=5, posture_change_min=10),
    )
    mouse = MutterInput(gnome_shell.bus_address)
    try:
        wait_for(lambda: app.pid in sni_owners(gnome_shell.bus_address), 30, "the tray item")

        def card_announced() -> bool:
            return any("show-card" in actions for _s, _b, actions in notes.calls)

        deadline = time.monotonic() + 40  # 10 clock-minutes of sitting take 10 s
        while not card_announced():
            assert time.monotonic() < deadline, f"no card notification: {notes.calls}"
            keep_moving(mouse, 0.3)
        assert app.status()["card_open"] is False  # announced, not yet on screen
        shots.take("card-notification", gnome_shell)
        assert sni_activate(gnome_shell.bus_address, app.pid)  # a click on the ring
        wait_for(lambda: app.request("status")["card_open"], 10, "the card, from the tray")
        keep_moving(mouse, 0.5)
        shots.take("card", gnome_shell)
        assert app.status()["card_open"] is True
    finally:
        mouse.close()
        notes.close()
        assert app.stop() == 0, app.output()
