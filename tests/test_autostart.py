"""Start at login on each system, with the system faked (registry, launchctl, folders)."""

from __future__ import annotations

import configparser
import plistlib
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from creepguard.autostart import (
    LAUNCH_AGENT_LABEL,
    RUN_KEY,
    AutostartError,
    MacAutostart,
    NullAutostart,
    WindowsAutostart,
    XdgAutostart,
    for_platform,
)

COMMAND = ["/opt/Creep Guard/bin/python3", "-m", "creepguard", '--note=50% $HOME \\ "q"']


# --------------------------------------------------------------------------- XDG


def read_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def unquote_exec(value: str) -> list[str]:
    """Reverse the escaping the Desktop Entry spec describes, as a launcher does."""
    value = value.replace("\\\\", "\\")  # the general string rule first
    arguments: list[str] = []
    current, quoted, started, index = "", False, False, 0
    while index < len(value):
        char = value[index]
        if quoted and char == "\\":
            current += value[index + 1]
            index += 2
            continue
        if char == '"':
            quoted, started = not quoted, True
        elif char == " " and not quoted:
            if started or current:
                arguments.append(current)
            current, started = "", False
        else:
            current += char
        index += 1
    if started or current:
        arguments.append(current)
    return [argument.replace("%%", "%") for argument in arguments]


def test_xdg_writes_a_desktop_entry_under_xdg_config_home(tmp_path: Path) -> None:
    env = {"XDG_CONFIG_HOME": str(tmp_path / "cfg"), "HOME": str(tmp_path / "home")}
    autostart = for_platform("linux", env)
    assert isinstance(autostart, XdgAutostart)
    assert autostart.location() == str(tmp_path / "cfg" / "autostart" / "creepguard.desktop")
    assert not autostart.is_enabled()

    autostart.enable(COMMAND)

    assert autostart.is_enabled()
    entry = read_entry(tmp_path / "cfg" / "autostart" / "creepguard.desktop")
    assert entry["Type"] == "Application"
    assert entry["Name"] == "CreepGuard"
    assert entry["Icon"] == "creepguard"
    assert entry["X-GNOME-Autostart-enabled"] == "true"
    assert entry["Comment"]
    assert unquote_exec(entry["Exec"]) == COMMAND
    assert not (tmp_path / "home").exists()

    autostart.disable()
    assert not autostart.is_enabled()
    autostart.disable()  # twice is fine


@pytest.mark.parametrize("configured", ["", "relative/path"])
def test_xdg_falls_back_to_home_config(tmp_path: Path, configured: str) -> None:
    autostart = for_platform("linux", {"XDG_CONFIG_HOME": configured, "HOME": str(tmp_path)})
    assert autostart.location() == str(tmp_path / ".config" / "autostart" / "creepguard.desktop")
    assert for_platform("freebsd14", {"HOME": str(tmp_path)}).location() == autostart.location()


def test_xdg_entry_disabled_by_the_desktop_counts_as_off(tmp_path: Path) -> None:
    autostart = XdgAutostart(tmp_path)
    autostart.enable(["creepguard"])
    text = Path(autostart.location()).read_text(encoding="utf-8")
    Path(autostart.location()).write_text(
        text.replace("X-GNOME-Autostart-enabled=true", "X-GNOME-Autostart-enabled=false"),
        encoding="utf-8",
    )
    assert not autostart.is_enabled()
    autostart.enable(["creepguard"])
    assert autostart.is_enabled()
    Path(autostart.location()).write_text(text + "Hidden=true\n", encoding="utf-8")
    assert not autostart.is_enabled()


def test_xdg_refuses_an_unwritable_folder_and_bad_commands(tmp_path: Path) -> None:
    (tmp_path / "autostart").write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(AutostartError, match="cannot write"):
        XdgAutostart(tmp_path).enable(["creepguard"])
    with pytest.raises(AutostartError):
        XdgAutostart(tmp_path / "x").enable([])
    with pytest.raises(AutostartError, match="line break"):
        XdgAutostart(tmp_path / "x").enable(["creepguard", "a\nb"])


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate is not installed (Debian package desktop-file-utils)",
)
def test_xdg_entry_passes_desktop_file_validate(tmp_path: Path) -> None:
    autostart = XdgAutostart(tmp_path)
    autostart.enable(COMMAND)
    result = subprocess.run(
        ["desktop-file-validate", autostart.location()],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower(), result.stdout


# --------------------------------------------------------------------------- Windows


class FakeKey:
    def __init__(self, values: dict[str, tuple[Any, int]]) -> None:
        self.values = values

    def __enter__(self) -> FakeKey:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


class FakeWinreg:
    """The parts of ``winreg`` the code uses, over a dict of keys."""

    HKEY_CURRENT_USER = 0x80000001
    KEY_READ = 0x20019
    KEY_SET_VALUE = 0x0002
    REG_SZ = 1

    def __init__(self) -> None:
        self.keys: dict[tuple[int, str], dict[str, tuple[Any, int]]] = {}
        self.refuse_writes = False

    def OpenKey(self, root: int, path: str, reserved: int = 0, access: int = 0) -> FakeKey:  # noqa: N802
        if (root, path) not in self.keys:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return FakeKey(self.keys[(root, path)])

    def CreateKeyEx(self, root: int, path: str, reserved: int = 0, access: int = 0) -> FakeKey:  # noqa: N802
        if self.refuse_writes:
            raise PermissionError(5, "Access is denied")
        return FakeKey(self.keys.setdefault((root, path), {}))

    def QueryValueEx(self, key: FakeKey, name: str) -> tuple[Any, int]:  # noqa: N802
        if name not in key.values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return key.values[name]

    def SetValueEx(self, key: FakeKey, name: str, reserved: int, kind: int, value: Any) -> None:  # noqa: N802
        key.values[name] = (value, kind)

    def DeleteValue(self, key: FakeKey, name: str) -> None:  # noqa: N802
        if name not in key.values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        del key.values[name]


def test_windows_writes_the_run_value() -> None:
    registry = FakeWinreg()
    autostart = for_platform("win32", {}, winreg=registry)
    assert isinstance(autostart, WindowsAutostart)
    assert autostart.location() == f"HKEY_CURRENT_USER\\{RUN_KEY}\\CreepGuard"
    assert not autostart.is_enabled()
    autostart.disable()  # nothing to remove: fine

    autostart.enable([r"C:\Program Files\CreepGuard\creepguard.exe", "--minimised"])

    assert autostart.is_enabled()
    value, kind = registry.keys[(registry.HKEY_CURRENT_USER, RUN_KEY)]["CreepGuard"]
    assert value == '"C:\\Program Files\\CreepGuard\\creepguard.exe" --minimised'
    assert kind == registry.REG_SZ
    autostart.disable()
    assert not autostart.is_enabled()
    assert registry.keys[(registry.HKEY_CURRENT_USER, RUN_KEY)] == {}


def test_windows_refused_write_is_reported() -> None:
    registry = FakeWinreg()
    registry.refuse_writes = True
    with pytest.raises(AutostartError, match="Access is denied"):
        WindowsAutostart(registry).enable(["creepguard.exe"])


# --------------------------------------------------------------------------- macOS


def test_macos_writes_a_launch_agent(tmp_path: Path) -> None:
    calls: list[list[str]] = []
    autostart = for_platform("darwin", {"HOME": str(tmp_path)}, launchctl=calls.append)
    assert isinstance(autostart, MacAutostart)
    plist_path = tmp_path / "Library" / "LaunchAgents" / "org.creepguard.CreepGuard.plist"
    assert autostart.location() == str(plist_path)
    assert not autostart.is_enabled()

    autostart.enable(["/Applications/CreepGuard.app/Contents/MacOS/CreepGuard"])

    assert autostart.is_enabled()
    with plist_path.open("rb") as handle:
        data = plistlib.load(handle)
    assert data["Label"] == LAUNCH_AGENT_LABEL
    assert data["ProgramArguments"] == ["/Applications/CreepGuard.app/Contents/MacOS/CreepGuard"]
    assert data["RunAtLoad"] is True
    assert len(calls) == 1
    assert calls[0][0] == "enable"
    assert calls[0][1].endswith(f"/{LAUNCH_AGENT_LABEL}")

    autostart.disable()
    assert not autostart.is_enabled()
    assert not plist_path.exists()
    assert len(calls) == 1  # disabling never stops the running app through launchctl


def test_macos_launchctl_failure_keeps_the_agent(tmp_path: Path) -> None:
    def failing(arguments: list[str]) -> None:
        raise subprocess.CalledProcessError(1, ["launchctl", *arguments])

    autostart = MacAutostart(tmp_path, failing, uid=501)
    autostart.enable(["CreepGuard"])
    assert autostart.is_enabled()


def test_macos_unreadable_plist_is_off(tmp_path: Path) -> None:
    autostart = MacAutostart(tmp_path, lambda arguments: None, uid=501)
    Path(autostart.location()).parent.mkdir(parents=True)
    Path(autostart.location()).write_bytes(b"not a plist")
    assert not autostart.is_enabled()


# --------------------------------------------------------------------------- elsewhere


def test_unknown_platform_gets_the_null_implementation() -> None:
    autostart = for_platform("emscripten", {})
    assert isinstance(autostart, NullAutostart)
    assert not autostart.is_enabled()
    autostart.disable()
    assert "emscripten" in autostart.location()
    with pytest.raises(AutostartError, match="not supported"):
        autostart.enable(["creepguard"])
