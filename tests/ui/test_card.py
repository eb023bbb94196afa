"""The stretch card: complete for every exercise, buttons, keys and their guard."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from creepguard.core.exercises import Exercise, HoldKind
from creepguard.core.model import PromptKind
from creepguard.ui.card import StretchCard
from creepguard.ui.port import CardView
from tests.ui.fakes import FakeController, make_card

# The offscreen platform warns whenever a top-level window with a layout is shown, or a
# stay-on-top window is raised (QPlatformWindow's defaults for propagateSizeHints() and
# raise()); xcb does not.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing)"
)


def _by_id(library: list[Exercise], exercise_id: str) -> Exercise:
    return next(e for e in library if e.id == exercise_id)


@pytest.fixture
def card(qtbot: QtBot, controller: FakeController) -> StretchCard:
    widget = StretchCard(controller, key_guard_ms=0)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def shown(card: StretchCard, library: list[Exercise]) -> CardView:
    view = make_card(library[0])
    card.present(view)
    return view


def test_every_exercise_renders_a_complete_card(
    card: StretchCard, library: list[Exercise], controller: FakeController
) -> None:
    assert len(library) >= 20
    for exercise in library:
        view = make_card(exercise)
        card.present(view)
        assert card.title.text() == exercise.title
        assert card.headline.text() == view.headline
        steps = [label.text() for label in card.step_labels[1::2]]
        assert steps == list(exercise.steps)
        assert 3 <= len(steps) <= 6
        assert card.illustration.isVisibleTo(card), exercise.id
        renderer = card.illustration.renderer()
        assert renderer.isValid(), f"{exercise.id}: illustration does not load"
        assert card.illustration.width() >= 180
        assert exercise.why in card.why.text()
        assert card.caution.isVisibleTo(card) == (exercise.caution is not None)
        if exercise.caution:
            assert exercise.caution in card.caution_text.text()
        assert card.safety.text() == "Stop any exercise that hurts."
        assert card.hold.label.text()
        timed = exercise.hold.kind is HoldKind.SECONDS
        assert card.hold.start.isVisibleTo(card) == timed
        if exercise.sides:
            assert "each side" in card.hold.label.text()
        assert controller.calls[-1] == ("card_shown", (exercise.id,))


def test_every_button_has_an_accessible_name(card: StretchCard, shown: CardView) -> None:
    for button in card.findChildren(QPushButton):
        assert button.accessibleName(), button.objectName()


def test_done_calls_the_controller_and_hides(
    card: StretchCard, shown: CardView, controller: FakeController, qtbot: QtBot
) -> None:
    assert card.isVisible()
    qtbot.mouseClick(card.done, Qt.MouseButton.LeftButton)
    assert controller.names()[-1] == "card_done"
    assert not card.isVisible()
    assert "card_dismissed" not in controller.names()


@pytest.mark.parametrize(
    ("button", "method"),
    [("snooze", "card_snooze"), ("skip", "card_skip")],
)
@pytest.mark.usefixtures("shown")
def test_snooze_and_skip_reach_the_controller(
    card: StretchCard,
    controller: FakeController,
    qtbot: QtBot,
    button: str,
    method: str,
) -> None:
    qtbot.mouseClick(getattr(card, button), Qt.MouseButton.LeftButton)
    assert controller.names()[-1] == method
    assert not card.isVisible()


def test_another_one_shows_the_returned_card(
    card: StretchCard, library: list[Exercise], controller: FakeController, qtbot: QtBot
) -> None:
    first, second = library[0], library[1]
    controller.next_cards.append(make_card(second))
    card.present(make_card(first))
    qtbot.mouseClick(card.another, Qt.MouseButton.LeftButton)
    assert ("card_another", (first.id,)) in controller.calls
    assert controller.calls[-1] == ("card_shown", (second.id,))
    assert card.title.text() == second.title
    assert card.isVisible()


def test_another_one_with_nothing_left_says_so(
    card: StretchCard, shown: CardView, controller: FakeController, qtbot: QtBot
) -> None:
    qtbot.mouseClick(card.another, Qt.MouseButton.LeftButton)
    assert controller.names()[-1] == "card_another"
    assert card.no_other.isVisibleTo(card)
    assert not card.another.isEnabled()
    assert card.title.text() == shown.exercise.title


def test_this_hurts_reports_and_offers_another(
    card: StretchCard, library: list[Exercise], controller: FakeController, qtbot: QtBot
) -> None:
    controller.next_cards.append(make_card(library[2]))
    card.present(make_card(library[0]))
    qtbot.mouseClick(card.hurts, Qt.MouseButton.LeftButton)
    assert controller.calls[-1] == ("card_hurts", (library[0].id,))
    assert card.hurt_note.isVisibleTo(card)
    assert "Stop" in card.hurt_text.text()
    assert card.another.property("primary") is True
    assert card.isVisible()
    qtbot.mouseClick(card.another, Qt.MouseButton.LeftButton)
    assert card.title.text() == library[2].title
    assert not card.hurt_note.isVisibleTo(card)


def test_snooze_hidden_when_not_allowed(card: StretchCard, library: list[Exercise]) -> None:
    card.present(make_card(library[0], can_snooze=False))
    assert not card.snooze.isVisibleTo(card)
    assert card.skip.isVisibleTo(card)


def test_skip_absent_in_the_persistent_style(card: StretchCard, library: list[Exercise]) -> None:
    card.present(make_card(library[0], can_skip=False))
    assert not card.skip.isVisibleTo(card)
    assert card.snooze.isVisibleTo(card)


def test_closing_by_the_title_bar_is_a_dismissal(
    card: StretchCard, shown: CardView, controller: FakeController
) -> None:
    card.close()  # what the window manager's close button does
    assert controller.names()[-1] == "card_dismissed"


def test_close_card_withdraws_quietly(
    card: StretchCard, shown: CardView, controller: FakeController
) -> None:
    card.close_card()
    assert not card.isVisible()
    assert controller.names() == ["card_shown"]


def test_keys_are_ignored_during_the_guard_and_honoured_after(
    qtbot: QtBot, controller: FakeController, library: list[Exercise]
) -> None:
    card = StretchCard(controller, key_guard_ms=60_000)
    qtbot.addWidget(card)
    card.present(make_card(library[0], takes_focus=True))
    assert card.keys_guarded()
    qtbot.keyClick(card, Qt.Key.Key_Return)
    qtbot.keyClick(card, Qt.Key.Key_Escape)
    qtbot.keyClick(card.done, Qt.Key.Key_Space)  # typing a space must not press a button
    assert controller.names() == ["card_shown"]
    assert card.isVisible()

    card.key_guard_ms = 0  # the guard time has passed
    assert not card.keys_guarded()
    qtbot.keyClick(card, Qt.Key.Key_Escape)
    assert controller.names()[-1] == "card_snooze"

    card.present(make_card(library[1], takes_focus=True))
    qtbot.keyClick(card, Qt.Key.Key_Enter)
    assert controller.names()[-1] == "card_done"


def test_escape_does_nothing_when_snooze_is_not_allowed(
    card: StretchCard, library: list[Exercise], controller: FakeController, qtbot: QtBot
) -> None:
    card.present(make_card(library[0], can_snooze=False))
    qtbot.keyClick(card, Qt.Key.Key_Escape)
    assert controller.names() == ["card_shown"]
    assert card.isVisible()


def test_enter_on_a_focused_button_presses_that_button(
    card: StretchCard, shown: CardView, controller: FakeController, qtbot: QtBot
) -> None:
    qtbot.keyClick(card.skip, Qt.Key.Key_Return)
    assert controller.names()[-1] == "card_skip"


def test_gentle_style_does_not_take_focus_and_focused_style_does(
    qtbot: QtBot, controller: FakeController, library: list[Exercise]
) -> None:
    gentle = StretchCard(controller)
    qtbot.addWidget(gentle)
    gentle.present(make_card(library[0], takes_focus=False))
    assert gentle.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert gentle.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert gentle.windowFlags() & Qt.WindowType.WindowStaysOnTopHint

    focused = StretchCard(controller)
    qtbot.addWidget(focused)
    focused.present(make_card(library[0], takes_focus=True))
    assert not focused.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert not focused.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus


def test_the_card_fits_its_screen(card: StretchCard, library: list[Exercise]) -> None:
    longest = max(library, key=lambda e: sum(len(s) for s in e.steps) + len(e.why))
    card.present(make_card(longest))
    area = card.screen().availableGeometry()
    assert area.contains(card.frameGeometry().topLeft())
    assert card.height() <= area.height()
    assert card.width() <= area.width()


def test_the_hold_timer_counts_down(
    card: StretchCard, library: list[Exercise], qtbot: QtBot
) -> None:
    timed = next(e for e in library if e.hold.kind is HoldKind.SECONDS)
    card.present(make_card(timed))
    assert card.hold.remaining.text() == f"{timed.hold.count} s" or ":" in (
        card.hold.remaining.text()
    )
    qtbot.mouseClick(card.hold.start, Qt.MouseButton.LeftButton)
    assert card.hold.running
    assert card.hold.start.text() == "Stop"
    qtbot.mouseClick(card.hold.start, Qt.MouseButton.LeftButton)
    assert not card.hold.running


def test_standing_desk_headline_comes_from_the_view(
    card: StretchCard, library: list[Exercise]
) -> None:
    view = make_card(library[0], headline="Switch to standing", kind=PromptKind.POSTURE_CHANGE)
    card.present(replace(view, sit_s=0))
    assert card.headline.text() == "Switch to standing"
    assert "sat" not in card.meta.text()
