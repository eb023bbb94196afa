"""Accessibility: names for every control, the keyboard alone, the system font, not colour.

Every control a screen reader lands on has a name; every enabled button is reached with
Tab; text follows the system font; and the history strip tells its bands apart by more
than colour.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QListWidget,
    QTableWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from creepguard.core.exercises import Exercise, HoldKind
from creepguard.core.picker import ExerciseChoice
from creepguard.paths import resource_dir
from creepguard.settings import Settings
from creepguard.storage.history_source import StoreHistorySource
from creepguard.storage.store import Store
from creepguard.ui.card import StretchCard
from creepguard.ui.history_window import HistoryWindow
from creepguard.ui.icons import app_icon
from creepguard.ui.settings_window import SettingsWindow
from creepguard.ui.status_window import StatusWindow
from creepguard.ui.timeline import LOOKS, Band
from creepguard.ui.today_popup import TodayPopup
from tests.ui._history_fixtures import seed_days
from tests.ui.fakes import FakeController, make_card

# The offscreen platform plugin warns when a top-level window with a layout is shown or a
# window raised ("This plugin does not support propagateSizeHints()" / "raise()", the
# defaults in QPlatformWindow): not a problem of ours, and absent under xcb.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing)"
)

# The controls a screen reader must be able to name.
CONTROLS: tuple[type[QWidget], ...] = (
    QAbstractButton,  # push, tool and check buttons
    QAbstractSpinBox,  # spin boxes, QDateEdit, QTimeEdit
    QComboBox,
    QListWidget,
    QTableWidget,
    QChartView,
)

TZ = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 11, 25)  # a Wednesday


# --------------------------------------------------------------------------- helpers


def unnamed_controls(window: QWidget) -> list[str]:
    """The controls under ``window`` that a screen reader could not name.

    A button's visible text counts as its name (Qt exposes it as such); every other
    control needs an explicit accessible name.
    """
    missing = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS):
            continue
        name = widget.accessibleName()
        if not name and isinstance(widget, QAbstractButton):
            name = widget.text().replace("&", "").strip()
        if not name:
            missing.append(
                f"{type(widget).__name__} {widget.objectName()!r} in "
                f"{type(widget.parentWidget()).__name__}"
            )
    return missing


def tab_stops(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits in ``window``, in order, by pressing Tab (focusNextChild).

    Walks until the focus comes back to where it started (or the chain is exhausted).
    """
    visited: list[QWidget] = []
    limit = 2 * len(window.findChildren(QWidget)) + 2
    for _ in range(limit):
        window.focusNextChild()
        current = window.focusWidget()
        if current is None:
            break
        if visited and current is visited[0]:
            break
        visited.append(current)
    return visited


def tab_order_chain(window: QWidget) -> list[QWidget]:
    """The widgets Qt's tab order would stop at: visible, enabled, with Tab focus."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not window and widget is not None:
        if (
            widget.isVisibleTo(window)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def enabled_buttons(window: QWidget) -> list[QAbstractButton]:
    """The buttons a person can press now: shown and enabled."""
    return [
        button
        for button in window.findChildren(QAbstractButton)
        if button.isVisibleTo(window) and button.isEnabled()
    ]


def assert_tab_reaches_every_button(window: QWidget) -> None:
    buttons = enabled_buttons(window)
    assert buttons, "nothing to press?"
    for button in buttons:
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus, (
            f"{button.text()!r} ({button.objectName()!r}) cannot be reached with Tab"
        )
    stops = tab_stops(window)
    chain = tab_order_chain(window)
    missed = [button.text() or button.objectName() for button in buttons if button not in stops]
    assert not missed, f"Tab never reaches {missed}"
    assert all(button in chain for button in buttons)


# --------------------------------------------------------------------------- fixtures


@pytest.fixture
def card(qtbot: QtBot, controller: FakeController, library: list[Exercise]) -> StretchCard:
    widget = StretchCard(controller, key_guard_ms=0)
    qtbot.addWidget(widget)
    # A timed hold, so the Start button is there too.
    exercise = next(e for e in library if e.hold.kind is HoldKind.SECONDS)
    widget.present(make_card(exercise))
    return widget


@pytest.fixture
def settings_window(qtbot: QtBot, library: list[Exercise], tmp_path: Path) -> SettingsWindow:
    exercises = library[:4]
    window = SettingsWindow(
        Settings(),
        exercises=exercises,
        # One exercise marked "it hurts", so its "Clear" button exists and is shown.
        choices={exercises[2].id: ExerciseChoice(enabled=False, hurts=True)},
        illustration_dir=resource_dir() / "illustrations",
        on_apply=lambda _settings: None,
        on_choice=lambda _id, _change: None,
        data_folder=tmp_path,
        on_export=lambda _path: None,
        on_delete_history=lambda: None,
    )
    qtbot.addWidget(window)
    return window


@pytest.fixture
def history_window(qtbot: QtBot, tmp_path: Path) -> Iterator[HistoryWindow]:
    store = Store(tmp_path / "data" / "creepguard.sqlite3", TZ)
    assert store.open()
    monday = TODAY - timedelta(days=TODAY.weekday())
    seed_days(store, monday - timedelta(days=14), TODAY, every_day=True)
    window = HistoryWindow(StoreHistorySource(store, 20 * 60, lambda: TODAY))
    qtbot.addWidget(window)
    yield window
    store.close()


@pytest.fixture
def status_window(qtbot: QtBot, controller: FakeController) -> Iterator[StatusWindow]:
    window = StatusWindow(controller, app_icon(), show_tray_note=True)
    window.update_view(controller.view)
    window.show_message("CreepGuard", "A message, so its buttons are shown")
    qtbot.addWidget(window)
    yield window
    window.close_for_real()


@pytest.fixture
def today_popup(qtbot: QtBot, controller: FakeController) -> TodayPopup:
    popup = TodayPopup(controller)
    popup.update_view(controller.view)
    qtbot.addWidget(popup)
    return popup


# --------------------------------------------------------------------------- names


def test_every_card_control_has_a_name(card: StretchCard) -> None:
    assert unnamed_controls(card) == []
    assert card.accessibleName()  # the window says which exercise it is


def test_every_settings_control_has_a_name(settings_window: SettingsWindow) -> None:
    assert unnamed_controls(settings_window) == []


def test_every_history_control_has_a_name(history_window: HistoryWindow) -> None:
    history_window.show()
    assert history_window.chart_view.accessibleName()
    assert history_window.outcome_table.accessibleName()
    assert history_window.date_edit.accessibleName()
    assert history_window.timeline.accessibleName()
    assert history_window.timeline.accessibleDescription()  # what the day held
    assert unnamed_controls(history_window) == []


def test_every_status_window_control_has_a_name(status_window: StatusWindow) -> None:
    assert unnamed_controls(status_window) == []


def test_every_today_popup_control_has_a_name(today_popup: TodayPopup) -> None:
    assert unnamed_controls(today_popup) == []
    for button in today_popup.findChildren(QAbstractButton):
        assert button.accessibleName(), button.objectName()


# --------------------------------------------------------------------------- keyboard


def test_tab_reaches_every_button_of_the_card(card: StretchCard) -> None:
    assert_tab_reaches_every_button(card)
    # The reading order: the timer, then the buttons left to right.
    names = [w.objectName() for w in tab_stops(card) if isinstance(w, QAbstractButton)]
    order = ["start", "hurts", "skip", "snooze", "another", "done"]
    first = names.index(order[0])
    assert (names[first:] + names[:first])[: len(order)] == order  # Tab goes round


def test_tab_reaches_every_button_of_the_settings_window(
    settings_window: SettingsWindow,
) -> None:
    settings_window.show()
    tabs = settings_window.tabs
    assert isinstance(tabs, QTabWidget)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        assert_tab_reaches_every_button(settings_window)
        # Every field of the page is a Tab stop as well.
        stops = tab_stops(settings_window)
        for field in settings_window.fields.values():
            if field.widget.isVisibleTo(settings_window) and not field.widget.findChildren(
                QAbstractButton
            ):
                assert field.widget in stops, field.spec.key


def test_tab_reaches_every_button_of_the_history_window(
    history_window: HistoryWindow,
) -> None:
    history_window.show()
    history_window.show_week(TODAY - timedelta(days=7))  # a full past week: all days enabled
    assert_tab_reaches_every_button(history_window)
    stops = tab_stops(history_window)
    assert history_window.date_edit in stops
    assert history_window.timeline in stops  # Left/Right then walk its spans


def test_tab_reaches_every_button_of_the_status_window(status_window: StatusWindow) -> None:
    status_window.show()
    assert_tab_reaches_every_button(status_window)


def test_tab_reaches_every_button_of_the_today_popup(today_popup: TodayPopup) -> None:
    today_popup.show()
    assert_tab_reaches_every_button(today_popup)


# --------------------------------------------------------------------------- fonts


def test_the_card_text_follows_the_system_font(
    qtbot: QtBot, controller: FakeController, library: list[Exercise]
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.font()
    view = make_card(library[0])

    def title_hint() -> tuple[float, int, int]:
        widget = StretchCard(controller, key_guard_ms=0)
        qtbot.addWidget(widget)
        widget.present(view)
        hint = widget.title.sizeHint()
        size = widget.title.font().pointSizeF()
        widget.close_card()
        return size, hint.width(), hint.height()

    try:
        normal = title_hint()
        larger = app.font()
        assert larger.pointSizeF() > 0
        larger.setPointSizeF(larger.pointSizeF() * 1.5)
        QApplication.setFont(larger)
        bigger = title_hint()
    finally:
        QApplication.setFont(original)

    assert bigger[0] == pytest.approx(normal[0] * 1.5, rel=0.05)  # relative, not fixed
    assert bigger[2] > normal[2]  # taller lines
    assert bigger[1] >= normal[1]


# --------------------------------------------------------------------------- colour


def test_history_bands_differ_in_more_than_hue() -> None:
    """Each pair of bands differs clearly in lightness (greyscale print) or in saturation
    (a grey beside a colour), with no hatching."""
    bands = list(Band)
    for i, first in enumerate(bands):
        for second in bands[i + 1 :]:
            a, b = LOOKS[first], LOOKS[second]
            x, y = QColor(a.colour), QColor(b.colour)
            lighter = abs(x.lightnessF() - y.lightnessF())
            greyer = abs(x.hslSaturationF() - y.hslSaturationF())
            assert lighter > 0.1 or greyer > 0.4, (first, second)
            assert a.text and a.text != b.text  # and the legend names them
