"""The tray's first frame loads the tray and nothing else (start-up time and memory)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
import PySide6.QtCore
from creepguard.startup import qt_workarounds
qt_workarounds.stop_caching_sources()
from PySide6.QtWidgets import QApplication
from creepguard.paths import AppPaths
from creepguard.startup.runner import ControllerProxy
from creepguard.ui import surface
from creepguard.ui.shell import QtShell
surface.TrayOrWindow._tray_usable = lambda self: True  # a desktop with a tray
qt = QApplication([])
shell = QtShell(ControllerProxy(), paths=AppPaths.under(Path(sys.argv[1])))
qt.processEvents()
maps = Path("/proc/self/maps").read_text()
print("in tray" if shell.surface.in_tray else "in a window")
print("svg engine" if "libqsvgicon" in maps or "libQt6Svg" in maps else "no svg engine")
for name in sorted(sys.modules):
    print(name)
"""


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads /proc/self/maps")
def test_with_a_tray_the_first_frame_loads_only_the_tray(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-800:]
    where, first, *modules = result.stdout.splitlines()
    assert where == "in tray"
    assert first == "no svg engine"  # the app's SVG icon waits for a window to need it
    later = {
        "creepguard.ui.status_window",  # only without a tray
        "creepguard.ui.today_popup",  # on the first click
        "creepguard.ui.card",
        "creepguard.ui.menu",  # with the first status
        "creepguard.ui.icons",  # the drawn ring, with the first status
        "creepguard.ui.texts",
        "creepguard.ui.port",  # the view models (dataclasses: ~7 ms), with the first status
        "creepguard.core.exercises",
        "sqlalchemy",
        "apscheduler",
        "logging.handlers",
        "socket",  # the signal pipe, once the app runs (~4 ms)
        "json",  # asking a running tracker, reading window state: only when there is one
    }
    assert later.isdisjoint(modules), sorted(later.intersection(modules))
