"""The Qt binding's reference bugs are detected and made harmless (a tracker runs all day)."""

from __future__ import annotations

import subprocess
import sys

import pytest


def test_a_tracker_survives_a_day_of_timer_restarts() -> None:
    # Run in a child process: when the workaround fails the interpreter aborts.
    script = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication, QTimer\n"
        "from creepguard import qt_workarounds\n"
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

    from creepguard.qt_workarounds import binding_steals_references

    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(100):
        timer.setInterval(5)
    steals = sys.getrefcount(None) < before - 50
    assert binding_steals_references() is steals
