"""The first run on a real (virtual) desktop: the welcome decides whether anything starts.

Closing the welcome quits and leaves nothing behind (no settings, no history, no log),
so it shows again next time; Start writes the settings and only then starts tracking.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.desktop import Desktop
from tests.harness.app_process import AppProcess
from tests.harness.processes import wait_for

pytestmark = pytest.mark.e2e

WELCOME_TITLE = "Welcome to CreepGuard"


def _files(home: Path) -> list[Path]:
    """What the app wrote under its home (the control socket and lock aside)."""
    return sorted(
        path
        for path in home.rglob("*")
        if path.is_file() and path.suffix not in {".out", ".lock", ".sock"}
    )


def test_closing_the_welcome_quits_without_a_trace_and_start_starts(
    desktop: Desktop, app_home: Path
) -> None:
    app = AppProcess(app_home, desktop.env(), write_settings=False)
    try:
        app.start()
        found = wait_for(lambda: desktop.find_windows(WELCOME_TITLE), 30, "the welcome")
        assert not app.answers()  # nothing tracks before Start
        desktop.x("xdotool", "windowactivate", "--sync", found[0])
        desktop.x("xdotool", "key", "--clearmodifiers", "Escape")
        wait_for(lambda: not app.alive(), 15, "the app to quit")
        assert app.stop() == 0
        assert not app.paths.settings_file.exists()
        assert not app.paths.database.exists()
        assert _files(app_home) == []

        # Next time the welcome comes again; Start begins tracking with the choices.
        app.start()
        found = wait_for(lambda: desktop.find_windows(WELCOME_TITLE), 30, "the welcome again")
        desktop.x("xdotool", "windowactivate", "--sync", found[0])
        desktop.x("xdotool", "key", "--clearmodifiers", "Return")
        app.wait_answering()
        assert app.paths.settings_file.exists()
        assert app.status()["running"] is True
    finally:
        app.stop()
