"""The tray: every menu action reaches the controller; icon, tooltip and menu follow the view."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from creepguard.core.model import Posture, State
from creepguard.ui.icons import app_icon
from creepguard.ui.menu import MenuActions
from creepguard.ui.port import PauseLength, StatusView
from creepguard.ui.tray import Tray
from tests.ui.fakes import FakeController, at, make_view

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing)"
)


@pytest.fixture
def tray(qtbot: QtBot, controller: FakeController) -> Iterator[Tray]:
    made = Tray(controller, app_icon())
    made.update(controller.view)
    yield made
    made.close()


@pytest.mark.parametrize(
    ("pick", "expected"),
    [
        (lambda a: a.take_break, ("take_break", ())),
        (lambda a: a.posture, ("set_posture", (Posture.STANDING,))),
        (lambda a: a.gap_away, ("fix_last_gap", (True,))),
        (lambda a: a.gap_sitting, ("fix_last_gap", (False,))),
        (lambda a: a.pause_30, ("pause", (PauseLength.MINUTES_30,))),
        (lambda a: a.pause_hour, ("pause", (PauseLength.HOUR,))),
        (lambda a: a.pause_tomorrow, ("pause", (PauseLength.TOMORROW,))),
        (lambda a: a.pause_forever, ("pause", (PauseLength.UNTIL_RESUMED,))),
        (lambda a: a.resume, ("resume", ())),
        (lambda a: a.settings, ("open_settings", ())),
        (lambda a: a.history, ("open_history", ())),
        (lambda a: a.quit, ("quit", ())),
        (lambda a: a.away, ("mark_away", ())),
    ],
)
def test_each_menu_action_calls_the_controller(
    tray: Tray,
    controller: FakeController,
    pick: Callable[[MenuActions], object],
    expected: tuple[str, tuple[object, ...]],
) -> None:
    action = pick(tray.menu_actions)
    action.trigger()  # type: ignore[attr-defined]
    assert controller.calls == [expected]


def test_the_menu_holds_every_action_in_order(tray: Tray) -> None:
    texts = [a.text().replace("&", "") for a in tray.menu.actions() if not a.isSeparator()]
    assert texts[0] == "Sitting 10 min \u00b7 stretch in 20 min"
    for wanted in (
        "Take a break now",
        "I'm standing",
        "I can't stand today",
        "The last quiet spell",
        "Pause",
        "Settings…",
        "History…",
        "Quit",
    ):
        assert wanted in texts
    gap = [a.text().replace("&", "") for a in tray.menu_actions.gap_menu.actions()]
    assert gap == ["I was away", "I was sitting"]
    pause = [a.text().replace("&", "") for a in tray.menu_actions.pause_menu.actions()]
    assert pause[:3] == ["For 30 minutes", "For 1 hour", "Until tomorrow"]


def test_posture_is_one_toggle(tray: Tray, controller: FakeController) -> None:
    tray.update(make_view(state=State.STANDING, posture=Posture.STANDING))
    assert tray.menu_actions.posture.text().replace("&", "") == "I'm sitting"
    tray.menu_actions.posture.trigger()
    assert controller.calls == [("set_posture", (Posture.SITTING,))]


def test_seated_only_follows_the_view_and_reports_the_person(
    tray: Tray, controller: FakeController
) -> None:
    tray.update(make_view(seated_only=True))
    assert tray.menu_actions.seated_only.isChecked()
    assert controller.calls == []  # reflecting the app's state is not a request
    tray.menu_actions.seated_only.trigger()
    assert controller.calls == [("set_seated_only_today", (False,))]
    # The app kept it (the fake changes nothing): the next status shows the app's value.
    tray.update(make_view(seated_only=True))
    assert tray.menu_actions.seated_only.isChecked()


def test_the_menu_and_tooltip_follow_each_minute(tray: Tray) -> None:
    tray.update(make_view(sitting_s=600))
    tray.update(make_view(sitting_s=630))  # the same minute: nothing to change
    assert tray.menu_actions.status.text() == "Sitting 10 min \u00b7 stretch in 20 min"
    tray.update(make_view(sitting_s=660, next_prompt_s=1140))
    assert tray.menu_actions.status.text() == "Sitting 11 min \u00b7 stretch in 19 min"
    assert "Sitting for 11 min" in tray.icon.toolTip()


def test_the_menu_says_what_matters_now_and_offers_no_break_during_one(tray: Tray) -> None:
    actions = tray.menu_actions
    assert actions.status.isEnabled()  # opens the today popup
    assert actions.take_break.isVisible()
    tray.update(make_view(sitting_s=1900, next_prompt_s=0))
    assert actions.status.text() == "Sitting 31 min \u00b7 stretch now"
    tray.update(make_view(state=State.ON_BREAK, sitting_s=0, next_prompt_s=None))
    assert actions.status.text() == "On a break"
    assert not actions.take_break.isVisible()
    tray.update(make_view(sitting_s=60))
    assert actions.take_break.isVisible()


def test_resume_only_while_paused(tray: Tray) -> None:
    actions = tray.menu_actions
    assert not actions.resume.isVisible()
    assert actions.pause_menu.menuAction().isVisible()
    tray.update(make_view(paused=True, paused_until=at(14, 30), next_prompt_s=None))
    assert actions.resume.isVisible()
    assert not actions.pause_menu.menuAction().isVisible()
    assert actions.status.text() == "Paused until 14:30"


def test_manual_away_only_without_an_activity_source(tray: Tray) -> None:
    assert not tray.menu_actions.away.isVisible()
    tray.update(make_view(backend="none", backend_works=False))
    assert tray.menu_actions.away.isVisible()
    assert "cannot see the keyboard and mouse" in tray.icon.toolTip()


def test_tooltip_tells_the_sit_the_next_prompt_today_and_recovery(tray: Tray) -> None:
    tray.update(make_view(sitting_s=23 * 60, next_prompt_s=7 * 60, recovery_until=at(15, 12)))
    tip = tray.icon.toolTip()
    assert "Sitting for 23 min" in tip
    assert "Next stretch in 7 min" in tip
    assert "Today: 3 h 12 min sitting, 45 min standing, 4 breaks" in tip
    assert "Back recovering until 15:12: no heavy lifting" in tip
    assert "X11" not in tip  # which activity source works is for `creepguard diagnose`


def test_problems_are_shown_plainly(tray: Tray) -> None:
    tray.update(make_view(problems=("cannot write to /data",)))
    assert tray.menu_actions.problems.isVisible()
    assert "cannot write to /data" in tray.icon.toolTip()


def test_the_icon_is_redrawn_only_when_it_changes(tray: Tray) -> None:
    first = tray.icon.icon().cacheKey()
    tray.update(make_view(sitting_s=610))  # same fill bucket
    assert tray.icon.icon().cacheKey() == first
    tray.update(make_view(sitting_s=1300))  # past the creep threshold
    assert tray.icon.icon().cacheKey() != first


def test_left_click_opens_the_today_popup(tray: Tray, controller: FakeController) -> None:
    tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    popup = tray.popup
    assert popup is not None and popup.isVisible()
    assert popup.panel.status.text() == "Sitting for 10 min"
    assert "Today: 3 h 12 min sitting" in popup.panel.today.text()
    popup.take_break.click()
    assert controller.calls == [("take_break", ())]
    assert not popup.isVisible()


def test_left_click_goes_to_on_click_first(qtbot: QtBot, controller: FakeController) -> None:
    # A card announced by a notification opens from the tray (found on GNOME Wayland).
    took = [True]
    clicks: list[int] = []

    def on_click() -> bool:
        clicks.append(1)
        return took[0]

    tray = Tray(controller, app_icon(), on_click=on_click)
    try:
        tray.update(controller.view)
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
        assert clicks == [1] and tray.popup is None  # taken: no today popup
        took[0] = False
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
        assert clicks == [1, 1] and tray.popup is not None and tray.popup.isVisible()
    finally:
        tray.close()


@pytest.mark.parametrize(
    ("button", "view", "expected"),
    [
        ("posture", make_view(), ("set_posture", (Posture.STANDING,))),
        ("pause", make_view(), ("pause", (PauseLength.MINUTES_30,))),
        ("resume", make_view(paused=True), ("resume", ())),
    ],
)
def test_today_popup_quick_actions(
    tray: Tray,
    controller: FakeController,
    button: str,
    view: StatusView,
    expected: tuple[str, tuple[object, ...]],
) -> None:
    tray.update(view)
    tray.show_today()
    assert tray.popup is not None
    widget = getattr(tray.popup, button)
    assert widget.isVisibleTo(tray.popup)
    widget.click()
    assert controller.calls == [expected]


def test_recovery_note_in_the_popup(tray: Tray) -> None:
    tray.update(replace(make_view(), recovery_until=at(15, 12)))
    tray.show_today()
    assert tray.popup is not None
    assert tray.popup.panel.recovery.text() == "Back recovering until 15:12: no heavy lifting"


def test_a_menu_opened_before_the_first_status_is_filled_from_the_app(
    qtbot: QtBot, controller: FakeController
) -> None:
    # The icon appears before the app has loaded; its menu is filled on the first status,
    # or when it is opened before that, from what the app says now.
    controller.view = make_view(paused=True)
    early = Tray(controller, app_icon())
    try:
        assert early.menu.actions() == []
        early.menu.aboutToShow.emit()
        assert early.menu.actions()
        assert early.menu.accessibleName() == "CreepGuard menu"  # named once it has items
        assert early.menu_actions.resume.isVisible()  # the paused view, not a default
    finally:
        early.close()


def test_the_popup_tells_the_app_its_problems_were_seen(
    tray: Tray, controller: FakeController
) -> None:
    tray.update(make_view())
    tray.show_today()
    assert "problems_seen" not in controller.names()  # nothing to see
    tray.update(make_view(problems=("The history file was kept aside.",)))
    tray.show_today()
    assert tray.popup is not None
    assert tray.popup.panel.problems.text() == "The history file was kept aside."
    assert controller.names() == ["problems_seen"]
