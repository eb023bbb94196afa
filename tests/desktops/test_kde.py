"""KDE Plasma's compositor on Wayland, for real: kwin_wayland --virtual, the real app in it.

Idle comes from ext-idle-notify-v1 (pywayland); input from org_kde_kwin_fake_input, which
kwin takes as a person's. kwin also hosts KDE's screen locker (org.freedesktop.ScreenSaver).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from jeepney import DBusAddress, new_method_call
from jeepney.io.blocking import open_dbus_connection

from tests.desktops.sessions import KWinInput, WaylandSession, keep_moving
from tests.desktops.test_gnome import short_limits, started, state
from tests.e2e.desktop import wait_for

pytestmark = pytest.mark.desktop_real

SCALE = 20
#: the app's ext-idle-notify timeout: quiet shorter than this reads as 0 s idle
NOTIFY_TIMEOUT_S = 10.0


def test_kwin_ext_idle_notify_is_used_and_live(
    kwin: WaylandSession, app_home: Path, tmp_path: Path
) -> None:
    app = started(kwin, app_home, time_scale=SCALE, settings=short_limits())
    mouse = KWinInput(kwin, tmp_path)
    try:
        diagnose = app.cli("diagnose").stdout
        assert "platform plugin: wayland" in diagnose
        assert "Activity sensing: ext-idle-notify" in diagnose
        assert "[in use] ext-idle-notify" in diagnose and "ext_idle_notifier_v1" in diagnose
        assert "[in use] freedesktop-screensaver-lock" in diagnose
        assert app.status()["backend"] == "ext-idle-notify"

        # Working for longer than the notification's timeout: sitting all along.
        end = time.monotonic() + NOTIFY_TIMEOUT_S + 2
        while time.monotonic() < end:
            keep_moving(mouse, 0.25)
            assert state(app) == "sitting"
        last_input = time.monotonic()
        assert app.status()["sitting_s"] >= (NOTIFY_TIMEOUT_S + 2) * SCALE * 0.8

        # Quiet: kwin says "idled" after the timeout, and the app counts the person away.
        wait_for(lambda: state(app) == "away", NOTIFY_TIMEOUT_S + 10, "away once kwin idles")
        assert time.monotonic() - last_input >= 0.9 * NOTIFY_TIMEOUT_S
        assert app.status()["state"] == "away"

        # Fake input: kwin says "resumed", and the person is back within seconds.
        back_from = time.monotonic()
        while state(app) != "sitting":
            assert time.monotonic() - back_from < 10, "the return was not seen within 10 s"
            keep_moving(mouse, 0.2)
        assert time.monotonic() - back_from < 3.0
        assert app.status()["state"] == "sitting"
    finally:
        mouse.close()
        assert app.stop() == 0, app.output()


def _screensaver(kwin: WaylandSession, method: str) -> tuple[object, ...]:
    address = DBusAddress(
        "/org/freedesktop/ScreenSaver",
        bus_name="org.freedesktop.ScreenSaver",
        interface="org.freedesktop.ScreenSaver",
    )
    with open_dbus_connection(bus=kwin.bus_address) as connection:
        reply = connection.send_and_get_reply(new_method_call(address, method), timeout=10)
    assert reply.header.message_type.name == "method_return", reply.body
    return tuple(reply.body)


def test_kwin_lock_through_the_freedesktop_screensaver_is_away(
    kwin: WaylandSession, app_home: Path, tmp_path: Path
) -> None:
    # At real speed: only the lock can make the person away within the test.
    app = started(kwin, app_home, settings=short_limits())
    mouse = KWinInput(kwin, tmp_path)
    try:
        keep_moving(mouse, 1.0)
        assert app.status()["state"] == "sitting"
        _screensaver(kwin, "Lock")
        wait_for(lambda: _screensaver(kwin, "GetActive") == (True,), 10, "kwin's lock screen")
        wait_for(lambda: state(app) == "away", 5, "away once the screen is locked")
        assert app.status()["state"] == "away"
    finally:
        mouse.close()
        assert app.stop() == 0, app.output()


def test_kwin_return_after_creepguard_away_comes_from_resumed(
    kwin: WaylandSession, app_home: Path, tmp_path: Path
) -> None:
    """At real speed the app does not poll while away: only ext-idle-notify's "resumed"
    can tell it the person is back."""
    app = started(kwin, app_home, settings=short_limits())
    mouse = KWinInput(kwin, tmp_path)
    try:
        keep_moving(mouse, 1.0)
        assert app.cli("away").returncode == 0
        end = time.monotonic() + NOTIFY_TIMEOUT_S + 1.5  # long enough for kwin to idle
        while time.monotonic() < end:
            assert state(app) == "away"
            time.sleep(0.2)
        back_from = time.monotonic()
        while state(app) != "sitting":
            assert time.monotonic() - back_from < 20, (
                "the return was not seen within 20 s of steady input:\n" + app.log()[-3000:]
            )
            keep_moving(mouse, 0.25)
        assert time.monotonic() - back_from < 14
    finally:
        mouse.close()
        assert app.stop() == 0, app.output()


def test_kwin_a_quick_return_after_creepguard_away_is_seen(
    kwin: WaylandSession, app_home: Path, tmp_path: Path
) -> None:
    """Back a few seconds after `creepguard away`, before kwin's idle timeout has passed:
    the app's usual notification never idled, so it cannot say "resumed"."""
    app = started(kwin, app_home, settings=short_limits())
    mouse = KWinInput(kwin, tmp_path)
    try:
        keep_moving(mouse, 1.0)
        assert app.cli("away").returncode == 0
        end = time.monotonic() + 3  # shorter than the 10 s timeout
        while time.monotonic() < end:
            assert state(app) == "away"
            time.sleep(0.2)
        back_from = time.monotonic()
        while state(app) != "sitting":
            assert time.monotonic() - back_from < 20, (
                "the return was not seen within 20 s of steady input:\n" + app.log()[-3000:]
            )
            keep_moving(mouse, 0.25)
        assert time.monotonic() - back_from < 14
    finally:
        mouse.close()
        assert app.stop() == 0, app.output()
