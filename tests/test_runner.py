"""Start-up pieces of `creepguard run` that are not the app itself."""

from __future__ import annotations

from typing import Any

from creepguard.runner import ControllerProxy


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
