"""Which backend the factory picks, and why it passes the others over (no buses, no X)."""

from __future__ import annotations

import sys

import pytest

from creepguard.sensing.factory import create_activity_source, desktop_names, is_wayland_session
from creepguard.sensing.null import NULL_NOTICE


def _reasons(reports: list) -> dict[str, str]:  # type: ignore[type-arg]
    return {r.name: r.reason for r in reports}


def test_nothing_available_ends_in_the_null_backend() -> None:
    source, reports = create_activity_source({}, session_bus="", system_bus="")
    try:
        assert source.name == "none"
        assert not source.has_activity_events
        assert not source.has_lock_events
        assert source.notice == NULL_NOTICE
        reasons = _reasons(reports)
        assert [r.name for r in reports if r.chosen] == ["none"]
        assert "no session bus" in reasons["mutter"]
        assert reasons["ext-idle-notify"] == "not a Wayland session"
        assert reasons["kde-idle"] == "not a Wayland session"
        assert reasons["x11"] == "DISPLAY is not set"
        assert "no session bus" in reasons["freedesktop-screensaver"]
        assert "no system bus" in reasons["logind"]
        for watcher in ("gnome-screensaver", "gnome-session", "powermanagement-inhibit"):
            assert "no session bus" in reasons[watcher]
        # Time counts as sitting while unlocked: idle is always 0.
        sample = source.read()
        assert sample.idle_s == 0.0
        assert not sample.locked
        assert not sample.inhibited
        assert "no backend could read input idle time" in source.reader.probe()
    finally:
        source.stop()


@pytest.mark.parametrize("desktop", ["KDE", "sway", "Hyprland"])
def test_wayland_without_gnome_never_uses_x11(desktop: str) -> None:
    env = {
        "XDG_SESSION_TYPE": "wayland",
        "XDG_CURRENT_DESKTOP": desktop,
        "WAYLAND_DISPLAY": "wayland-creepguard-test-none",
        "DISPLAY": ":0",
    }
    source, reports = create_activity_source(env, session_bus="", system_bus="")
    try:
        reasons = _reasons(reports)
        assert reasons["x11"].startswith("never used in a Wayland session")
        assert source.name == "none"
        # pywayland is optional: either it is missing, or the compositor is not there.
        for name in ("ext-idle-notify", "kde-idle"):  # tried in this order
            assert "pywayland" in reasons[name] or "Wayland display" in reasons[name]
        names = [r.name for r in reports]
        assert names.index("ext-idle-notify") + 1 == names.index("kde-idle")
    finally:
        source.stop()


@pytest.mark.skipif(sys.platform == "win32", reason="checks the behaviour away from Windows")
def test_windows_platform_away_from_windows_falls_back_to_null() -> None:
    source, reports = create_activity_source({}, platform="win32")
    try:
        assert [r.name for r in reports] == ["windows", "none", "windows-lock"]
        assert source.name == "none"
        assert "not Windows" in reports[-1].reason
        assert not reports[-1].chosen
    finally:
        source.stop()


@pytest.mark.skipif(sys.platform == "darwin", reason="checks the behaviour away from macOS")
def test_macos_platform_away_from_macos_falls_back_to_null() -> None:
    source, reports = create_activity_source({}, platform="darwin")
    try:
        assert [r.name for r in reports] == ["macos", "none", "macos-lock"]
        assert "IOKit" in reports[0].reason
        assert "CoreGraphics" in reports[-1].reason
    finally:
        source.stop()


def test_session_helpers() -> None:
    assert is_wayland_session({"XDG_SESSION_TYPE": "Wayland"})
    assert is_wayland_session({"WAYLAND_DISPLAY": "wayland-1"})
    assert not is_wayland_session({"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"})
    assert desktop_names({"XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}) == ["ubuntu", "GNOME"]
    assert desktop_names({}) == []


def test_platform_modules_are_imported_lazily() -> None:
    import subprocess
    import sys

    code = (
        "import sys, creepguard.sensing.factory as f; "
        "lazy = ['creepguard.sensing.x11', 'creepguard.sensing.windows', "
        "'creepguard.sensing.macos', 'creepguard.sensing.wayland', "
        "'creepguard.dbus_client', 'PySide6.QtDBus']; "
        "print([m for m in lazy if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_diagnose_lines_without_any_backend(qtbot: object) -> None:
    from creepguard.sensing.diagnose import diagnose_lines

    lines = diagnose_lines({}, session_bus="", system_bus="")
    assert lines[0] == "Activity sensing: none"
    assert any(line.strip().startswith("[passed] mutter") for line in lines)
    assert any("[in use] none" in line for line in lines)
    assert lines[-2].startswith("Live reading: idle 0.0 s, unlocked, not inhibited")
    assert lines[-1].startswith("Note: CreepGuard cannot see keyboard or mouse activity")
