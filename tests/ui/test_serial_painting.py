"""The tray's ring is drawn on the GUI thread: a redraw starts no threads.

Qt reads its switch once per process, at the first fill, so each case runs in a fresh
interpreter. The case without the switch shows the test can fail: there Qt's raster
engine starts pool threads for the same drawing.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

_DRAW = textwrap.dedent(
    """
    import os, sys
    from PySide6.QtWidgets import QApplication
    from creepguard.startup import runner
    from creepguard.ui.icons import FILL_STEPS, Glyph, IconSpec, Tone, render_spec

    if sys.argv[1] == "app":
        runner.paint_on_the_calling_thread()
    app = QApplication([])
    before = len(os.listdir("/proc/self/task"))
    for steps in range(1, FILL_STEPS):  # a sit's worth of ring steps
        render_spec(IconSpec(steps, Tone.CALM, Glyph.NONE), 22)
        render_spec(IconSpec(steps, Tone.CALM, Glyph.NONE), 64)
    print(len(os.listdir("/proc/self/task")) - before)
    """
)


def _threads_started_while_drawing(mode: str) -> int:
    env = {k: v for k, v in os.environ.items() if k != "QT_NO_GUI_THREADPOOL"}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", _DRAW, mode],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return int(result.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in /proc")
def test_the_ring_is_drawn_without_starting_threads() -> None:
    assert _threads_started_while_drawing("app") == 0


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in /proc")
@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="Qt's pool needs two CPUs to split fills")
def test_without_the_switch_qt_starts_pool_threads_for_the_same_drawing() -> None:
    assert _threads_started_while_drawing("qt-default") > 0
