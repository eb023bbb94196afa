"""The Linux desktop integration: desktop entry, AppStream metadata, icons, install.sh
and uninstall.sh.

The validators come from the Debian packages ``desktop-file-utils`` and ``appstream``
(scripts/test.sh installs both); a test that needs a missing one is skipped, saying so.
The scripts run against temporary XDG folders, never the real home.
"""

from __future__ import annotations

import configparser
import os
import pty
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from creepguard import __version__
from creepguard.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.creepguard.CreepGuard"
DESKTOP = LINUX / "creepguard.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian: desktop-file-utils / appstream)")
    return path


def _desktop_entry(path: Path = DESKTOP) -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(delimiters=("=",), interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser


def _png_size(path: Path) -> tuple[int, int]:
    """Width and height from the PNG header (no Qt needed)."""
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


# --------------------------------------------------------------------------- validators


def test_desktop_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], check=False, capture_output=True, text=True
    )
    # The tool exits 0 with hints on standard output; hints are not failures, but there
    # should be none either.
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        check=False,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# --------------------------------------------------------------------------- contents


def test_desktop_entry_starts_the_tracker_and_offers_only_real_commands() -> None:
    entry = _desktop_entry()
    main = entry["Desktop Entry"]
    assert main["Exec"] == "creepguard run"
    assert main["Icon"] == "creepguard"
    assert main["Categories"] == "Utility;Qt;"
    assert main["StartupNotify"] == "false"
    assert main["Keywords"]
    actions = [name for name in main["Actions"].split(";") if name]
    assert actions, "the entry should offer at least 'Take a break'"
    parser = build_parser()
    commands = []
    for action in actions:
        program, *arguments = entry[f"Desktop Action {action}"]["Exec"].split()
        assert program == "creepguard"
        parser.parse_args(arguments)  # exits (SystemExit) on anything the CLI lacks
        commands.append(arguments[0])
    assert "break" in commands


def test_metainfo_matches_the_package() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("metadata_license") == "CC0-1.0"
    assert component.findtext("project_license") == "GPL-3.0-or-later"
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("provides/binary") == "creepguard"
    assert component.find("content_rating") is not None
    releases = component.findall("releases/release")
    assert releases[0].get("version") == __version__, "newest release first, as in AppStream"
    description = ET.tostring(component.find("description"), encoding="unicode")  # type: ignore[arg-type]
    for fact in ("keyboard and mouse", "20 minutes", "30 minutes", "never uses the network"):
        assert fact in description


def test_metainfo_screenshots_are_files_of_this_repository() -> None:
    prefix = "https://raw.githubusercontent.com/creepguard/creepguard/main/"
    images = [image.text or "" for image in ET.parse(METAINFO).getroot().iter("image")]
    assert images
    for url in images:
        assert url.startswith(prefix), url
        assert (ROOT / url.removeprefix(prefix)).is_file(), f"{url} is not in the repository"


def test_every_icon_size_is_there_and_the_svg_is_the_app_icon() -> None:
    for size in ICON_SIZES:
        png = LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "creepguard.png"
        assert _png_size(png) == (size, size)
    scalable = LINUX / "icons" / "hicolor" / "scalable" / "apps" / "creepguard.svg"
    source = ROOT / "resources" / "icons" / "creepguard.svg"
    assert scalable.read_bytes() == source.read_bytes(), "run packaging/linux/make_icons.py"


def test_make_icons_check_finds_nothing_stale() -> None:
    result = subprocess.run(
        [sys.executable, str(LINUX / "make_icons.py"), "--check"],
        check=False,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


# --------------------------------------------------------------------------- install.sh


@pytest.fixture
def xdg(tmp_path: Path) -> dict[str, str]:
    """An environment whose home and XDG folders are all under ``tmp_path``."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    for name in ("home", "data", "config", "state"):
        (tmp_path / name).mkdir()
    env.update(
        HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_STATE_HOME=str(tmp_path / "state"),
    )
    return env


def _expected(data: Path) -> dict[Path, Path]:
    """Installed file -> the repository file it copies."""
    files = {
        data / "applications" / "creepguard.desktop": DESKTOP,
        data / "metainfo" / METAINFO.name: METAINFO,
        data / "icons/hicolor/scalable/apps/creepguard.svg": (
            LINUX / "icons/hicolor/scalable/apps/creepguard.svg"
        ),
    }
    for size in ICON_SIZES:
        relative = Path("icons/hicolor") / f"{size}x{size}" / "apps" / "creepguard.png"
        files[data / relative] = LINUX / relative
    return files


def _run(script: str, env: dict[str, str], *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(LINUX / script), *arguments],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )


def _person_files(env: dict[str, str]) -> list[Path]:
    """A fake history, settings file, log and autostart entry of the person."""
    files = [
        Path(env["XDG_DATA_HOME"]) / "creepguard" / "creepguard.sqlite3",
        Path(env["XDG_CONFIG_HOME"]) / "creepguard" / "settings.toml",
        Path(env["XDG_STATE_HOME"]) / "creepguard" / "log" / "creepguard.log",
        Path(env["XDG_CONFIG_HOME"]) / "autostart" / "creepguard.desktop",
    ]
    for path in files:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("keep me\n")
    return files


def test_install_puts_every_file_in_place_and_is_idempotent(xdg: dict[str, str]) -> None:
    data = Path(xdg["XDG_DATA_HOME"])
    first = _run("install.sh", xdg)
    assert first.returncode == 0, first.stderr
    installed = {p for p in data.rglob("*") if p.is_file()}
    for target, source in _expected(data).items():
        assert target.read_bytes() == source.read_bytes(), target
    second = _run("install.sh", xdg)
    assert second.returncode == 0, second.stderr
    assert {p for p in data.rglob("*") if p.is_file()} == installed
    # Only our files, plus the MIME cache update-desktop-database writes when present.
    extra = installed - set(_expected(data))
    assert {p.name for p in extra} <= {"mimeinfo.cache"}


def test_install_with_an_absolute_program_path(xdg: dict[str, str]) -> None:
    result = _run("install.sh", xdg, "--exec", "/opt/creepguard/creepguard")
    assert result.returncode == 0, result.stderr
    installed = Path(xdg["XDG_DATA_HOME"]) / "applications" / "creepguard.desktop"
    entry = _desktop_entry(installed)
    assert entry["Desktop Entry"]["Exec"] == "/opt/creepguard/creepguard run"
    assert entry["Desktop Entry"]["TryExec"] == "/opt/creepguard/creepguard"
    assert entry["Desktop Action take-break"]["Exec"] == "/opt/creepguard/creepguard break"
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(installed)], check=False, capture_output=True
        )
        assert check.returncode == 0, check.stdout
    refused = _run("install.sh", xdg, "--exec", "relative/creepguard")
    assert refused.returncode == 2


def test_uninstall_removes_our_files_and_keeps_the_persons(xdg: dict[str, str]) -> None:
    data = Path(xdg["XDG_DATA_HOME"])
    assert _run("install.sh", xdg).returncode == 0
    person = _person_files(xdg)
    result = _run("uninstall.sh", xdg)
    assert result.returncode == 0, result.stderr
    assert not [target for target in _expected(data) if target.exists()]
    assert all(path.read_text() == "keep me\n" for path in person)
    assert str(data / "creepguard") in result.stdout, "it says where the data stays"
    again = _run("uninstall.sh", xdg)
    assert again.returncode == 0, again.stderr


def test_uninstall_autostart_removes_only_the_autostart_entry(xdg: dict[str, str]) -> None:
    assert _run("install.sh", xdg).returncode == 0
    *data_files, autostart = _person_files(xdg)
    result = _run("uninstall.sh", xdg, "--autostart")
    assert result.returncode == 0, result.stderr
    assert not autostart.exists()
    assert all(path.exists() for path in data_files)


def test_purge_data_without_a_terminal_removes_nothing(xdg: dict[str, str]) -> None:
    data = Path(xdg["XDG_DATA_HOME"])
    assert _run("install.sh", xdg).returncode == 0
    person = _person_files(xdg)
    result = _run("uninstall.sh", xdg, "--purge-data")
    assert result.returncode == 1
    assert all(path.exists() for path in person)
    assert all(target.exists() for target in _expected(data)), "refusal changes nothing"


def _uninstall_on_a_terminal(env: dict[str, str], answer: str) -> int:
    controller, terminal = pty.openpty()
    try:
        process = subprocess.Popen(
            ["bash", str(LINUX / "uninstall.sh"), "--purge-data"],
            stdin=terminal,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        os.write(controller, answer.encode() + b"\n")
        return process.wait(timeout=60)
    finally:
        os.close(terminal)
        os.close(controller)


def test_purge_data_deletes_only_after_the_person_types_delete(xdg: dict[str, str]) -> None:
    person = _person_files(xdg)
    *data_files, autostart = person
    assert _uninstall_on_a_terminal(xdg, "yes") == 1
    assert all(path.exists() for path in person)
    assert _uninstall_on_a_terminal(xdg, "delete") == 0
    assert not any(path.exists() for path in data_files)
    assert not (Path(xdg["XDG_DATA_HOME"]) / "creepguard").exists()
    assert autostart.exists(), "start at login is a separate choice (--autostart)"
