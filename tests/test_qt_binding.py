"""The Qt binding's reference bugs are detected and made harmless (a tracker runs all day)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def test_a_tracker_survives_a_day_of_timer_restarts() -> None:
    # Run in a child process: when the workaround fails the interpreter aborts.
    script = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication, QTimer\n"
        "from creepguard.startup import qt_workarounds\n"
        "app = QCoreApplication([])\n"
        "qt_workarounds.apply()\n"
        "from PySide6.QtCore import QObject, Signal\n"
        "class Emitter(QObject):\n"
        "    changed = Signal(bool)\n"
        "timer, emitter = QTimer(), Emitter()\n"
        "emitter.changed.connect(lambda value: None)\n"
        "for _ in range(200_000):\n"
        "    timer.start(1000)\n"
        "    timer.stop()\n"
        "    emitter.changed.emit(True)\n"
        "print('alive')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "alive"


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_the_probe_tells_whether_the_binding_takes_references() -> None:
    from PySide6.QtCore import QTimer

    from creepguard.startup.qt_workarounds import binding_steals_references

    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(100):
        timer.setInterval(5)
    steals = sys.getrefcount(None) < before - 50
    assert binding_steals_references() is steals


def test_modules_imported_after_the_binding_leave_no_source_in_memory(tmp_path: Path) -> None:
    # A child process, so the imports are fresh: without the workaround PySide6 reads
    # each later module through linecache and keeps its text for good.
    (tmp_path / "plain_module.py").write_text("VALUE = 1\n" * 2000, encoding="utf-8")
    (tmp_path / "qt_module.py").write_text("import PySide6.QtCore\n", encoding="utf-8")
    script = (
        "import linecache, sys\n"
        f"sys.path.insert(0, {str(tmp_path)!r})\n"
        "import PySide6.QtCore\n"
        "from creepguard.startup import qt_workarounds\n"
        "qt_workarounds.apply()\n"
        "import plain_module, qt_module\n"
        "feature = sys.modules['PySide6.support.feature']\n"
        "print(len(linecache.cache))\n"
        "print(feature.pyside_feature_dict['plain_module'])\n"
        "print(feature.pyside_feature_dict['qt_module'])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr[-500:]
    cached, plain, qt = result.stdout.split()
    assert cached == "0"
    # The binding's verdicts are kept: -1 ignores a module, 0 marks one using PySide6.
    assert (plain, qt) == ("-1", "0")
