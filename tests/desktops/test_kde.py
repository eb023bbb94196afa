"""KDE Plasma's compositor on Wayland, for real: kwin_wayland --virtual, the real app in it.

Idle comes from ext-idle-notify-v1 (pywayland); input from org_kde_kwin_fake_input, which
kwin takes as a person's. kwin also hosts KDE's screen locker (org.freedesktop.ScreenSaver),
which unlocks when logind asks (a stand-in logind here). With Plasma's tray (kded5's
StatusNotifierWatcher, plasmashell's panel and notification server) the app's tray item
and its notifications are checked as plasmashell receives them.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from jeepney import DBusAddress, new_method_call
from jeepney.io.blocking import open_dbus_connection

from tests.desktops.sessions import KWinInput, WaylandSession, keep_moving, short_limits
from tests.harness.app_process import AppProcess, settings_text
from tests.harness.bus import BusRecorder, NotifyRecorder, connection_pid, sni_owners
from tests.harness.processes import wait_for

pytestmark = pytest.mark.desktop_real

SCALE = 20
#: the app's ext-idle-notify timeout: quiet shorter than this reads as 0 s idle
NOTIFY_TIMEOUT_S = 10.0


def test_kwin_ext_idle_notify_is_used_and_live(
    kwin: WaylandSession, app_home: Path, tmp_path: Path
) -> None:
    app = kwin.start_app(app_home, time_scale=SCALE, settings=short_limits())
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
            assert app.state() == "sitting"
        last_input = time.monotonic()
        assert app.status()["sitting_s"] >= (NOTIFY_TIMEOUT_S + 2) * SCALE * 0.8

        # Quiet: kwin says "idled" after the timeout, and the app counts the person away.
        wait_for(lambda: app.state() == "away", NOTIFY_TIMEOUT_S + 10, "away once kwin idles")
        assert time.monotonic() - last_input >= 0.9 * NOTIFY_TIMEOUT_S
        assert app.status()["state"] == "away"

        # Fake input: kwin says "resumed", and the person is back within seconds.
        back_from = time.monotonic()
        while app.state() != "sitting":
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


def test_kwin_return_after_creepguard_away_comes_from_resumed(
    kwin: WaylandSession, app_home: Path, tmp_path: Path
) -> None:
    """At real speed the app does not poll while away: only ext-idle-notify's "resumed"
    can tell it the person is back."""
    app = kwin.start_app(app_home, settings=short_limits())
    mouse = KWinInput(kwin, tmp_path)
    try:
        keep_moving(mouse, 1.0)
        assert app.cli("away").returncode == 0
        end = time.monotonic() + NOTIFY_TIMEOUT_S + 1.5  # long enough for kwin to idle
        while time.monotonic() < end:
            assert app.state() == "away"
            time.sleep(0.2)
        back_from = time.monotonic()
        while app.state() != "sitting":
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
    app = kwin.start_app(app_home, settings=short_limits())
    mouse = KWinInput(kwin, tmp_path)
    try:
        keep_moving(mouse, 1.0)
        assert app.cli("away").returncode == 0
        end = time.monotonic() + 3  # shorter than the 10 s timeout
        while time.monotonic() < end:
            assert app.state() == "away"
            time.sleep(0.2)
        back_from = time.monotonic()
        while app.state() != "sitting":
            assert time.monotonic() - back_from < 20, (
                "the return was not seen within 20 s of steady input:\n" + app.log()[-3000:]
            )
            keep_moving(mouse, 0.25)
        assert time.monotonic() - back_from < 14
    finally:
        mouse.close()
        assert app.stop() == 0, app.output()


def _locked(kwin: WaylandSession) -> bool:
    return _screensaver(kwin, "GetActive") == (True,)


def _lock_for(
    kwin: WaylandSession, app: AppProcess, mouse: KWinInput, seconds: float
) -> tuple[float, float]:
    """Lock, stay at the lock screen for ``seconds`` (typing, as at a password prompt: the
    compositor keeps seeing input), then unlock as ``loginctl unlock-session`` does.
    Returns the real moments of the lock and the unlock."""
    locked_at = time.monotonic()
    _screensaver(kwin, "Lock")
    wait_for(lambda: _locked(kwin), 10, "kwin's lock screen")
    wait_for(lambda: app.state() == "away", 5, "away once the screen is locked")
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        keep_moving(mouse, 0.25)
        assert app.state() == "away"  # input at the lock screen is not a return
    kwin.logind_session("Unlock")
    unlocked_at = time.monotonic()
    wait_for(lambda: not _locked(kwin), 10, "kwin's lock screen to go")
    return locked_at, unlocked_at


def test_kwin_unlock_through_the_freedesktop_screensaver_is_back_at_once(
    kwin_logind: WaylandSession, app_home: Path, tmp_path: Path
) -> None:
    """Lock then unlock: the away span ends at the unlock, and the sit goes on after a lock
    shorter than the minimum break and starts again after a longer one (README rules 4
    and 5).

    KDE's locker unlocks on its greeter's password or when logind asks it to (``loginctl
    unlock-session``); here a stand-in logind asks. The app is kept off that system bus,
    so the lock and the unlock reach it only through org.freedesktop.ScreenSaver's
    ActiveChanged.
    """
    kwin = kwin_logind
    scale = 10  # the minimum break (1 clock-minute) is 6 real seconds
    app = kwin.start_app(
        app_home, env=kwin.without_system_bus(), time_scale=scale, settings=short_limits()
    )
    mouse = KWinInput(kwin, tmp_path)
    try:
        diagnose = app.cli("diagnose").stdout
        assert "[in use] freedesktop-screensaver-lock" in diagnose
        assert "[passed] logind" in diagnose

        keep_moving(mouse, 5.0)
        sit_before = app.status()["sitting_s"]
        assert sit_before >= 40

        # A lock shorter than the minimum break holds the sit: back at once on unlock,
        # and the sit goes on from where it was.
        locked_at, unlocked_at = _lock_for(kwin, app, mouse, 1.0)
        locked_s = (unlocked_at - locked_at) * scale
        assert locked_s < 50, f"the machine was too slow for a short lock ({locked_s:.0f} s)"
        wait_for(lambda: app.state() == "sitting", 5, "back at once on unlock")
        assert time.monotonic() - unlocked_at < 3.0
        status = app.status()
        assert status["state"] == "sitting"
        # Held, not started again; and the lock (at least 10 clock-s) was not sitting.
        lock_and_after_s = (time.monotonic() - locked_at) * scale
        assert sit_before <= status["sitting_s"] <= sit_before + lock_and_after_s - 10
        assert status["today"]["away_s"] >= 10  # the lock was away
        assert status["today"]["breaks_unprompted"] == 0

        # A lock longer than the minimum break ends the sit: it starts again at the unlock.
        keep_moving(mouse, 1.0)
        _locked_at, unlocked_at = _lock_for(kwin, app, mouse, 6.5)
        wait_for(lambda: app.state() == "sitting", 5, "back at once on unlock")
        status = app.status()
        since_unlock_s = (time.monotonic() - unlocked_at) * scale
        assert status["state"] == "sitting"
        assert status["sitting_s"] <= since_unlock_s + 5  # from zero at the unlock
        assert status["today"]["breaks_unprompted"] == 1  # the lock was a break
    finally:
        mouse.close()
        assert app.stop() == 0, app.output()


def test_plasma_tray_shows_the_item_and_a_due_card_is_announced_by_plasma(
    plasma: WaylandSession, app_home: Path, tmp_path: Path
) -> None:
    """Plasma's own tray: kded5's StatusNotifierWatcher takes the app's item and
    plasmashell's system tray (the StatusNotifierHost) reads it; Plasma's notification
    server (plasmashell too) gets the creep warning and the due card's notification.

    No screenshot: kwin's ScreenShot2 comes from its screenshot effect, which needs
    OpenGL compositing; with no GPU render node here kwin falls back to QPainter, where
    the effect is not supported.
    """
    host = plasma.processes["plasmashell"].pid
    reads = BusRecorder(
        plasma.bus_address,
        "type='method_call',interface='org.freedesktop.DBus.Properties',"
        "arg0='org.kde.StatusNotifierItem'",
    )
    notes = NotifyRecorder(plasma.bus_address)
    wait_for(
        lambda: connection_pid(plasma.bus_address, "org.freedesktop.Notifications") == host,
        30,
        "Plasma's notification server",
    )
    app = plasma.start_app(
        app_home,
        time_scale=60,
        settings=settings_text(creep_threshold_min=5, posture_change_min=10),
    )
    mouse = KWinInput(plasma, tmp_path)
    try:
        wait_for(lambda: app.pid in sni_owners(plasma.bus_address), 30, "the app's tray item")
        assert "System tray: available" in app.cli("diagnose").stdout

        def host_read_the_item() -> bool:
            return any(
                connection_pid(plasma.bus_address, sender) == host
                and connection_pid(plasma.bus_address, destination) == app.pid
                for sender, destination in set(reads.senders)
            )

        wait_for(host_read_the_item, 20, "plasmashell reading the item's properties")

        def card_announced() -> bool:
            return any("show-card" in actions for _s, _b, actions in notes.calls)

        deadline = time.monotonic() + 40  # 10 clock-minutes of sitting take 10 s
        while not card_announced():
            assert time.monotonic() < deadline, f"no card notification: {notes.calls}"
            keep_moving(mouse, 0.3)
        assert app.status()["card_open"] is False  # announced, not yet on screen
        assert len(notes.calls) >= 2  # the creep warning came first
    finally:
        mouse.close()
        notes.close()
        reads.close()
        assert app.stop() == 0, app.output()
