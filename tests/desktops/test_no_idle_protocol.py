"""A Wayland compositor with no idle protocol at all (weston 10, headless), for real.

Neither ext-idle-notify-v1 nor any D-Bus idle service is there: the app must say plainly
that it cannot see activity, say what the person can do, and still work by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.desktops.sessions import WaylandSession, short_limits
from tests.harness.processes import wait_for
from tests.harness.shots import Shots

pytestmark = pytest.mark.desktop_real


def test_weston_says_it_cannot_see_activity_and_works_by_hand(
    weston: WaylandSession, app_home: Path, shots: Shots
) -> None:
    app = weston.start_app(app_home, time_scale=20, settings=short_limits())
    try:
        diagnose = app.cli("diagnose").stdout
        assert "platform plugin: wayland" in diagnose
        assert "Activity sensing: none" in diagnose
        assert "the compositor does not offer ext_idle_notifier_v1" in diagnose
        assert "never used in a Wayland session" in diagnose  # no XWayland guesswork
        # plainly, and what to do about it
        assert "cannot see keyboard or mouse activity" in diagnose
        assert "Tell it when you stand or step away" in diagnose
        assert "CreepGuard's window where there is no tray" in diagnose  # weston has none
        assert "`creepguard stand`" in diagnose

        wait_for(lambda: shots.take("status-window", weston), 15, "a screenshot")
        status = app.status()
        assert status["backend"] == "none"
        assert status["state"] == "sitting"

        # By hand: each command changes what is counted, at once.
        assert app.cli("stand").returncode == 0
        assert app.status()["state"] == "standing"
        assert app.cli("sit").returncode == 0
        assert app.status()["state"] == "sitting"
        assert app.cli("away").returncode == 0
        assert app.status()["state"] == "away"
        assert app.cli("sit").returncode == 0
        assert app.status()["state"] == "sitting"
        assert app.cli("break").returncode == 0
        wait_for(lambda: app.request("status")["card_open"], 15, "the stretch card on screen")
        assert app.status()["card_open"] is True
        shots.take("card", weston)
        # Standing up closes the card (README rule 7).
        assert app.cli("stand").returncode == 0
        wait_for(lambda: not app.request("status")["card_open"], 10, "the card to close")
        assert app.state() == "standing"
    finally:
        assert app.stop() == 0, app.output()
