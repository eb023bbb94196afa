"""sway on Wayland, for real: sway 1.7 headless (as an unprivileged user), the real app in it.

Debian 12's sway 1.7 (wlroots 0.15) offers no ext-idle-notify-v1 (that came with sway
1.8): its idle protocol is KDE's older org_kde_kwin_idle, which the app reads as
``kde-idle``. Input is a Shift key press from ``wtype``; the screenshots come from ``grim``.

sway has no tray host and no lock service of its own: the status window stands in for the
tray, and a lock reaches the app through logind, as in a sway session where swayidle runs
``swaylock`` on logind's Lock signal and unlocks it on Unlock. swaylock itself tells
nobody (it sets no LockedHint); here a stand-in logind sends the signals.
"""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.desktops.sessions import SwayInput, WaylandSession, keep_moving, short_limits, sway_user
from tests.harness.processes import require, wait_for
from tests.harness.shots import Shots

pytestmark = pytest.mark.desktop_real

SCALE = 20
#: the app's idle-timer timeout: quiet shorter than this reads as 0 s idle
TIMEOUT_S = 10.0
LOCK_COLOR = "#1d2733"


def _lock_on_screen(sway: WaylandSession, shots: Shots) -> bool:
    """A screenshot shows swaylock's colour at the screen's middle (kept as "locked")."""
    from PySide6.QtGui import QImage

    path = shots.take("locked", sway)
    if path is None:
        return False
    image = QImage(str(path))
    if image.isNull():
        return False
    shown = image.pixelColor(image.width() // 2, image.height() // 4).name()
    if shown != LOCK_COLOR:
        shots.drop(path)
        return False
    return True


def test_sway_kde_idle_is_used_and_live(sway: WaylandSession, app_home: Path, shots: Shots) -> None:
    app = sway.start_app(app_home, time_scale=SCALE, settings=short_limits())
    keys = SwayInput(sway)
    try:
        diagnose = app.cli("diagnose").stdout
        assert "platform plugin: wayland" in diagnose
        assert "Activity sensing: kde-idle" in diagnose
        assert "the compositor does not offer ext_idle_notifier_v1" in diagnose
        assert "[in use] kde-idle" in diagnose and "org_kde_kwin_idle v1" in diagnose
        assert "System tray: not available" in diagnose  # sway has no tray host
        assert app.status()["backend"] == "kde-idle"
        wait_for(lambda: shots.take("status-window", sway), 15, "a screenshot")

        # Working for longer than the idle timer's timeout: sitting all along.
        end = time.monotonic() + TIMEOUT_S + 2
        while time.monotonic() < end:
            keep_moving(keys, 0.25)
            assert app.state() == "sitting"
        last_input = time.monotonic()
        assert app.status()["sitting_s"] >= (TIMEOUT_S + 2) * SCALE * 0.8

        # Quiet: sway says "idle" after the timeout, and the app counts the person away.
        wait_for(lambda: app.state() == "away", TIMEOUT_S + 10, "away once sway idles")
        assert time.monotonic() - last_input >= 0.9 * TIMEOUT_S

        # A key: sway says "resumed", and the person is back within seconds.
        back_from = time.monotonic()
        while app.state() != "sitting":
            assert time.monotonic() - back_from < 10, "the return was not seen within 10 s"
            keep_moving(keys, 0.2)
        assert time.monotonic() - back_from < 3.0
    finally:
        assert app.stop() == 0, app.output()


def test_sway_a_quick_return_after_creepguard_away_is_seen(
    sway: WaylandSession, app_home: Path
) -> None:
    """At real speed the app does not poll while away; back before sway's idle timer
    fired, only the short return timer the app then asks for can say so."""
    app = sway.start_app(app_home, settings=short_limits())
    keys = SwayInput(sway)
    try:
        keep_moving(keys, 1.0)
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
            keep_moving(keys, 0.25)
        assert time.monotonic() - back_from < 14
    finally:
        assert app.stop() == 0, app.output()


def test_sway_lock_and_unlock_through_logind_with_swaylock(
    sway: WaylandSession, app_home: Path, shots: Shots
) -> None:
    """What swayidle does with ``lock 'swaylock -f'`` and ``unlock 'pkill -USR1
    swaylock'``: logind's Lock brings swaylock up and is away at once; Unlock takes it
    down and is back at once. At real speed, so quiet cannot be what made the app count
    the person away (the away limit is a minute)."""
    require("swaylock", "grim")
    app = sway.start_app(app_home, settings=short_limits())
    keys = SwayInput(sway)
    swaylock: subprocess.Popen[bytes] | None = None
    try:
        assert "[in use] logind" in app.cli("diagnose").stdout
        keep_moving(keys, 1.0)
        assert app.state() == "sitting"

        sway.logind_session("Lock")
        runtime = str(Path(sway.wayland_display).parent)  # sway's, its user's
        swaylock = sway.spawn(
            "swaylock",
            ["swaylock", "--color", LOCK_COLOR[1:], "--show-failed-attempts"],
            {
                "PATH": "/usr/bin:/bin",
                "HOME": runtime,
                "XDG_RUNTIME_DIR": runtime,
                "WAYLAND_DISPLAY": sway.wayland_display,
            },
            user=sway_user(),
        )
        wait_for(lambda: app.state() == "away", 5, "away once logind says Lock")
        wait_for(lambda: _lock_on_screen(sway, shots), 15, "swaylock on the screen")
        assert swaylock.poll() is None, sway.log("swaylock")
        assert app.state() == "away"

        sway.logind_session("Unlock")
        swaylock.send_signal(signal.SIGUSR1)
        unlocked_at = time.monotonic()
        assert swaylock.wait(10) == 0
        wait_for(lambda: app.state() == "sitting", 5, "back at once on unlock")
        assert time.monotonic() - unlocked_at < 3.0
    finally:
        if swaylock is not None and swaylock.poll() is None:
            swaylock.kill()
            swaylock.wait(5)
        assert app.stop() == 0, app.output()
