"""No tray: the status window stands in, and the app moves into a tray that appears later."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from creepguard.core.model import Posture
from creepguard.ui.icons import app_icon
from creepguard.ui.port import PauseLength
from creepguard.ui.status_window import StatusWindow
from creepguard.ui.surface import TrayOrWindow
from tests.ui.fakes import FakeController, FakeHost, make_view

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing)",
    # QSystemTrayIcon.show() hooks a signal only the xcb platform plugin has (its XEmbed
    # re-docking); under the offscreen platform Qt warns that it is missing.
    r"No such signal QPlatformNativeInterface::systemTrayWindowChanged",
)


@pytest.fixture
def host() -> FakeHost:
    return FakeHost(present=False)


@pytest.fixture
def surface(qtbot: QtBot, host: FakeHost, controller: FakeController) -> Iterator[TrayOrWindow]:
    made = TrayOrWindow(controller, app_icon(), host=host, qt_tray_available=lambda: True)
    made.update(controller.view)
    yield made
    made.close()


def test_without_a_tray_the_status_window_is_shown(surface: TrayOrWindow) -> None:
    surface.show()
    assert not surface.in_tray
    assert surface.tray is None  # Qt is not even asked while no tray host exists
    window = surface.status_window
    assert window is not None and window.isVisible()
    assert window.panel.status.text() == "Sitting for 10 min"
    assert window.tray_note.isVisibleTo(window)


def test_a_tray_appearing_later_takes_over(
    surface: TrayOrWindow, host: FakeHost, qtbot: QtBot
) -> None:
    surface.show()
    with qtbot.waitSignal(surface.mode_changed) as moved:
        host.set(True)
    assert moved.args == [True]
    assert surface.in_tray
    assert surface.tray is not None
    assert surface.status_window is not None and not surface.status_window.isVisible()
    with qtbot.waitSignal(surface.mode_changed) as back:
        host.set(False)
    assert back.args == [False]
    assert surface.status_window.isVisible()
    first_tray = surface.tray
    with qtbot.waitSignal(surface.mode_changed):
        host.set(True)
    # A tray icon picks D-Bus or XEmbed when it is built: a returning host gets a new one.
    assert surface.tray is not None and surface.tray is not first_tray
    assert surface.tray.spec is not None  # and it shows the current status at once


def test_qt_must_agree_before_the_tray_is_used(
    qtbot: QtBot, host: FakeHost, controller: FakeController
) -> None:
    surface = TrayOrWindow(controller, app_icon(), host=host, qt_tray_available=lambda: False)
    host.is_present = True
    surface.show()
    assert not surface.in_tray
    surface.close()


def test_messages_go_into_the_window_without_a_tray(surface: TrayOrWindow, qtbot: QtBot) -> None:
    surface.show()
    surface.show_message("Time to stretch", "You have sat for 30 min.")
    window = surface.status_window
    assert window is not None
    assert window.message.isVisibleTo(window)
    assert "Time to stretch" in window.message_text.text()
    with qtbot.waitSignal(surface.message_clicked):
        window.message_open.click()
    assert not window.message.isVisibleTo(window)


@pytest.fixture
def window(qtbot: QtBot, controller: FakeController) -> StatusWindow:
    made = StatusWindow(controller, app_icon())
    qtbot.addWidget(made)
    made.update_view(controller.view)
    made.show()
    return made


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("take_break", ("take_break", ())),
        ("posture", ("set_posture", (Posture.STANDING,))),
        ("settings", ("open_settings", ())),
        ("history", ("open_history", ())),
        ("quit", ("quit", ())),
    ],
)
def test_window_buttons_call_the_controller(
    window: StatusWindow, controller: FakeController, name: str, expected: tuple[object, ...]
) -> None:
    getattr(window, name).click()
    assert controller.calls == [expected]


def test_window_menus_and_toggles(window: StatusWindow, controller: FakeController) -> None:
    window.pause.menu().actions()[1].trigger()
    window.gap.menu().actions()[0].trigger()
    window.seated_only.click()
    assert controller.calls == [
        ("pause", (PauseLength.HOUR,)),
        ("fix_last_gap", (True,)),
        ("set_seated_only_today", (True,)),
    ]


def test_window_offers_resume_and_manual_away_when_they_apply(
    window: StatusWindow, controller: FakeController
) -> None:
    assert not window.resume.isVisibleTo(window)
    assert not window.away.isVisibleTo(window)
    window.update_view(make_view(paused=True, backend_works=False, backend="none"))
    assert window.resume.isVisibleTo(window)
    assert not window.pause.isVisibleTo(window)
    assert window.away.isVisibleTo(window)
    window.resume.click()
    window.away.click()
    assert controller.calls == [("resume", ()), ("mark_away", ())]


def test_tray_note_is_dismissed_once(window: StatusWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.tray_note_dismissed):
        window.note_ok.click()
    assert not window.tray_note.isVisibleTo(window)


def test_closing_the_window_keeps_the_app_reachable(
    window: StatusWindow, controller: FakeController
) -> None:
    window.close()
    assert window.isVisible()  # minimised, not gone: it is the only way in
    assert controller.calls == []


def test_bringing_up_the_status_window_counts_as_seeing_its_problems(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from creepguard.paths import AppPaths
    from creepguard.ui.shell import QtShell

    controller = FakeController(view=make_view(problems=("The history file was kept aside.",)))
    shell = QtShell(controller, paths=AppPaths.under(tmp_path))  # type: ignore[arg-type]
    try:
        shell.update(controller.view)
        assert shell.surface.status_window is not None  # offscreen: no tray
        shell.show_today()  # `creepguard run` while one runs, or the menu entry
        assert shell.surface.status_window.isVisible()
        assert "problems_seen" in controller.names()
    finally:
        shell.close()
