"""Start-up pieces of `creepguard run` that are not the app itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from creepguard.startup.runner import ControllerProxy


class Recorder:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def quit(self) -> None:
        self.calls.append("quit")

    def status(self) -> str:
        return "real status"


def test_the_proxy_forwards_methods_bound_before_the_app_existed() -> None:
    proxy: Any = ControllerProxy()
    quit_bound_early = proxy.quit  # what a menu action does at construction time
    status_bound_early = proxy.status
    quit_bound_early()  # before the app loads: nothing happens, nothing breaks
    assert status_bound_early().backend == "starting"
    app = Recorder()
    proxy.target = app
    quit_bound_early()
    assert app.calls == ["quit"]
    assert status_bound_early() == "real status"


def test_quit_before_the_app_exists_calls_the_first_run_fallback() -> None:
    proxy = ControllerProxy()
    quit_now = proxy.quit  # bound by the tray menu at construction
    asked: list[str] = []
    proxy.quit_before_start = lambda: asked.append("quit")
    quit_now()
    assert asked == ["quit"]


def test_a_tracker_that_cannot_be_built_says_why_and_exits_1(tmp_path: Path) -> None:
    """Not a tray icon that never starts tracking: one line on stderr, exit code 1."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from creepguard import bootstrap, settings\n"
        "from creepguard.startup import runner\n"
        "from creepguard.paths import AppPaths\n"
        "def broken(*args, **kwargs):\n"
        "    raise RuntimeError('the history folder is on a disk that went away')\n"
        "bootstrap.build = broken\n"
        "paths = AppPaths.under(Path(sys.argv[1]))\n"
        "paths.ensure()\n"
        "settings.save(paths.settings_file, settings.Settings())  # not a first run\n"
        "sys.exit(runner.run_tracker(paths, demo=False, time_scale=1.0, verbose=False))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert result.returncode == 1, result.stderr[-2000:]
    assert (
        "CreepGuard could not start: the history folder is on a disk that went away"
        in result.stderr
    )
