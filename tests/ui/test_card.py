"""The stretch card: complete for every exercise, buttons, keys and their guard."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from creepguard.core.exercises import Exercise, HoldKind
from creepguard.core.model import PromptKind
from creepguard.ui import guide, texts
from creepguard.ui.card import FAREWELL_MS, GuideState, StretchCard
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
        assert card.guide.label.text()
        assert card.guide.start.isVisibleTo(card)
        if exercise.sides:
            assert "each side" in card.guide.label.text()
        assert controller.calls[-1] == ("card_shown", (exercise.id,))


def test_every_button_has_an_accessible_name(card: StretchCard, shown: CardView) -> None:
    for button in card.findChildren(QPushButton):
        assert button.accessibleName(), button.objectName()


def test_done_calls_the_controller_and_hides(
    card: StretchCard, shown: CardView, controller: FakeController, qtbot: QtBot
) -> None:
    assert card.isVisible()
    size = card.size()
    qtbot.mouseClick(card.done, Qt.MouseButton.LeftButton)
    assert controller.names()[-1] == "card_done"
    # A short word on what comes next, in the same window; then the card goes.
    assert card.farewell.isVisibleTo(card)
    assert "The next stretch comes after 30 min" in card.farewell_text.text()
    assert card.size() == size
    qtbot.waitUntil(lambda: not card.isVisible(), timeout=FAREWELL_MS + 2000)
    assert "card_dismissed" not in controller.names()


@pytest.mark.parametrize(
    ("button", "method", "words"),
    [
        ("snooze", "card_snooze", "The card comes back in 20 min."),
        ("skip", "card_skip", "The next card comes after another 30 min of sitting."),
    ],
)
@pytest.mark.usefixtures("shown")
def test_snooze_and_skip_reach_the_controller_and_say_what_comes(
    card: StretchCard,
    controller: FakeController,
    qtbot: QtBot,
    *,
    button: str,
    method: str,
    words: str,
) -> None:
    qtbot.mouseClick(getattr(card, button), Qt.MouseButton.LeftButton)
    assert controller.names()[-1] == method
    assert card.farewell_text.text() == words
    qtbot.keyClick(card, Qt.Key.Key_Space)  # any key (or click) closes the farewell
    assert not card.isVisible()
    assert "card_dismissed" not in controller.names()


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
    size, done_at = card.size(), card.done.geometry()
    qtbot.mouseClick(card.hurts, Qt.MouseButton.LeftButton)
    assert controller.calls[-1] == ("card_hurts", (library[0].id,))
    assert card.hurt_note.isVisibleTo(card)
    assert "Stop" in card.hurt_text.text()
    assert "will not be suggested again" in card.hurt_text.text()
    assert card.undo.isVisibleTo(card)
    assert card.another.property("primary") is True
    assert card.isVisible()
    assert card.size() == size
    card.layout().activate()
    assert card.done.geometry() == done_at
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


def test_enter_is_done_wherever_the_focus_is_and_space_presses_the_focused_button(
    card: StretchCard, library: list[Exercise], controller: FakeController, qtbot: QtBot
) -> None:
    card.present(make_card(library[0]))
    qtbot.keyClick(card.skip, Qt.Key.Key_Return)
    assert controller.names()[-1] == "card_done"
    card.present(make_card(library[1]))
    qtbot.keyClick(card.skip, Qt.Key.Key_Space)
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


def test_the_hold_can_be_started_and_paused_by_hand(
    card: StretchCard, library: list[Exercise], qtbot: QtBot
) -> None:
    timed = next(e for e in library if e.hold.kind is HoldKind.SECONDS)
    card.present(make_card(timed))
    assert card.guide.state is GuideState.WAITING
    qtbot.mouseClick(card.guide.start, Qt.MouseButton.LeftButton)
    assert card.guide.running
    assert card.guide.start.text() == "Pause"
    qtbot.mouseClick(card.guide.start, Qt.MouseButton.LeftButton)
    assert not card.guide.running
    assert card.guide.state is GuideState.PAUSED


def test_standing_desk_headline_comes_from_the_view(
    card: StretchCard, library: list[Exercise]
) -> None:
    view = make_card(library[0], headline="Switch to standing", kind=PromptKind.POSTURE_CHANGE)
    card.present(replace(view, sit_s=0))
    assert card.headline.text() == "Switch to standing"
    assert "sat" not in card.meta.text()


# --- a steady card at the screen sizes people have -----------------------------------------

# Available areas in logical pixels: 1280x800 at 2x under a 28 px panel (at 2x: 14), and a
# 1366x768 laptop at 150 % (910x512) under a 32 px panel; 1280x800 at 1x for reference.
SCREENS = {
    "1280x800@2x": QRect(0, 14, 640, 386),
    "1366x768@1.5": QRect(0, 22, 910, 490),
    "1280x800@1x": QRect(0, 28, 1280, 772),
}


def _global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("screen", SCREENS)
def test_every_card_and_its_buttons_fit_the_screen(
    qtbot: QtBot, controller: FakeController, library: list[Exercise], screen: str
) -> None:
    area = SCREENS[screen]
    for exercise in library:
        card = StretchCard(controller, key_guard_ms=0)
        qtbot.addWidget(card)
        card.available_area = lambda: area
        card.present(make_card(exercise))
        card.layout().activate()
        assert area.contains(card.geometry()), (exercise.id, card.geometry())
        for button in (card.done, card.another, card.snooze, card.skip, card.hurts):
            rect = _global_rect(button)
            assert area.contains(rect), (exercise.id, button.objectName(), rect)
            assert button.height() >= button.sizeHint().height(), exercise.id
        assert card.guide.height() >= card.guide.minimumSizeHint().height()
        if exercise.caution:
            # The one note that keeps the exercise safe is never scrolled out of sight.
            caution = _global_rect(card.caution)
            assert area.contains(caution), (exercise.id, caution)
            assert not card.scroller.isAncestorOf(card.caution), exercise.id
            text = card.caution_text
            assert text.height() >= text.heightForWidth(text.width()), exercise.id
        card.close_card()
        card.deleteLater()


def test_the_card_is_frameless_with_its_own_close_and_no_maximise(
    card: StretchCard, shown: CardView, controller: FakeController, qtbot: QtBot
) -> None:
    flags = card.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert not flags & Qt.WindowType.WindowMaximizeButtonHint
    qtbot.mouseClick(card.close_button, Qt.MouseButton.LeftButton)
    assert controller.names()[-1] == "card_dismissed"
    assert not card.isVisible()


@pytest.mark.parametrize("screen", SCREENS)
def test_another_one_and_this_hurts_never_resize_the_card(
    qtbot: QtBot, controller: FakeController, library: list[Exercise], screen: str
) -> None:
    card = StretchCard(controller, key_guard_ms=0)
    qtbot.addWidget(card)
    card.available_area = lambda: SCREENS[screen]
    shortest = min(library, key=lambda e: sum(len(s) for s in e.steps))
    longest = max(library, key=lambda e: sum(len(s) for s in e.steps) + len(e.caution or ""))
    controller.next_cards += [make_card(longest), make_card(shortest)]
    card.present(make_card(shortest))
    card.layout().activate()
    geometry, done_at = card.geometry(), _global_rect(card.done)
    for press in (card.another, card.hurts, card.another, card.hurts, card.undo):
        qtbot.mouseClick(press, Qt.MouseButton.LeftButton)
        card.layout().activate()
        assert card.geometry() == geometry, press.objectName()
        assert _global_rect(card.done) == done_at, press.objectName()
    # Nothing else left: said in the same place.
    qtbot.mouseClick(card.another, Qt.MouseButton.LeftButton)
    card.layout().activate()
    assert card.no_other.isVisibleTo(card)
    assert card.geometry() == geometry
    assert _global_rect(card.done) == done_at


def test_undo_after_this_hurts_keeps_the_exercise(
    card: StretchCard, shown: CardView, controller: FakeController, qtbot: QtBot
) -> None:
    qtbot.mouseClick(card.hurts, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card.undo, Qt.MouseButton.LeftButton)
    assert controller.calls[-1] == ("card_hurts_undo", (shown.exercise.id,))
    assert not card.hurt_note.isVisibleTo(card)
    assert card.safety.text() == "Kept: this exercise can come again."
    assert card.another.property("primary") is False


# --- the guided hold -------------------------------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def guided(qtbot: QtBot, controller: FakeController, clock: FakeClock) -> StretchCard:
    widget = StretchCard(controller, key_guard_ms=0, clock=clock)
    qtbot.addWidget(widget)
    return widget


def test_the_countdown_starts_when_the_person_leaves_the_keyboard(
    guided: StretchCard, controller: FakeController, clock: FakeClock, library: list[Exercise]
) -> None:
    guided.present(make_card(library[0]))
    controller.idle_s = 0.5  # still typing
    clock.now += 4
    guided.tick()
    assert guided.guide.state is GuideState.WAITING
    controller.idle_s = 4.0  # hands off the keyboard
    guided.tick()
    assert guided.guide.running


def test_the_countdown_starts_after_a_short_read_anyway(
    guided: StretchCard, controller: FakeController, clock: FakeClock, library: list[Exercise]
) -> None:
    controller.idle_s = 0.0
    guided.present(make_card(library[0]))
    clock.now += guide.AUTO_START_READ_S - 1
    guided.tick()
    assert guided.guide.state is GuideState.WAITING
    clock.now += 1
    guided.tick()
    assert guided.guide.running


def _run_until(card: StretchCard, clock: FakeClock, label: str, limit_s: float = 600) -> None:
    start = clock.now
    while label not in card.guide.label.text():
        assert clock.now - start < limit_s, f"never saw {label!r}"
        clock.now += 0.5
        card.tick()


def test_repetitions_are_counted_with_the_hold_inside_each_and_sides_change_at_the_half(
    guided: StretchCard, clock: FakeClock, library: list[Exercise]
) -> None:
    exercise = next(
        e for e in library if e.hold.kind is HoldKind.REPS and e.sides and guide.rep_hold_s(e) > 0
    )
    count = exercise.hold.count
    guided.present(make_card(exercise))
    guided.guide.begin()
    assert guided.guide.label.text() == f"Repetition 1 of {count}: hold \u00b7 side 1 of 2"
    assert guided.guide.ring.text == f"1/{count}"
    _run_until(guided, clock, "Come back")
    _run_until(guided, clock, f"Repetition 2 of {count}")
    _run_until(guided, clock, f"Repetition {count} of {count}: hold \u00b7 side 1 of 2")
    _run_until(guided, clock, "Change sides")
    assert 0.45 < guided.guide.ring.fraction < 0.55  # at the half
    _run_until(guided, clock, f"Repetition 1 of {count}: hold \u00b7 side 2 of 2")
    assert guided.done.property("primary") is False
    _run_until(guided, clock, "Well done")
    assert guided.guide.complete
    assert guided.done.property("primary") is True  # Done lights up


def test_a_seconds_hold_counts_down_and_breaths_are_counted(
    guided: StretchCard, clock: FakeClock, library: list[Exercise]
) -> None:
    timed = next(e for e in library if e.hold.kind is HoldKind.SECONDS)
    guided.present(make_card(timed))
    guided.guide.begin()
    clock.now += 10.2
    guided.tick()
    assert guided.guide.ring.text == texts.seconds_left(timed.hold.count - 10)
    breathing = next(e for e in library if e.hold.kind is HoldKind.BREATHS)
    guided.present(make_card(breathing))
    guided.guide.begin()
    clock.now += guide.BREATH_S * 2 + 0.1
    guided.tick()
    assert guided.guide.label.text().startswith(f"Breath 3 of {breathing.hold.count}")


def test_two_key_poses_alternate_and_one_picture_stays_still(
    card: StretchCard, library: list[Exercise]
) -> None:
    first, second = library[0], library[1]
    start = make_card(first).illustration_path
    other = make_card(second).illustration_path  # stands in for an end pose
    card.present(replace(make_card(first), illustration_end_path=other))
    assert card.frames == [start, other]
    card.next_frame()
    assert card.frame == 1
    card.next_frame()
    assert card.frame == 0
    assert card.illustration.renderer().isValid()
    # No end pose (or a missing file): the one picture, still.
    card.present(replace(make_card(first), illustration_end_path="/nonexistent/end.svg"))
    assert card.frames == [start]
    card.next_frame()
    assert card.frame == 0


def test_the_running_hold_shows_the_end_pose_while_holding(
    guided: StretchCard, clock: FakeClock, library: list[Exercise]
) -> None:
    exercise = next(e for e in library if e.hold.kind is HoldKind.REPS and guide.rep_hold_s(e))
    other = make_card(library[0]).illustration_path  # stands in for an end pose
    guided.present(replace(make_card(exercise), illustration_end_path=other))
    guided.guide.begin()
    guided.tick()
    assert "hold" in guided.guide.label.text()
    assert guided.frame == 1  # the end pose
    _run_until(guided, clock, "Come back")
    assert guided.frame == 0  # back to the start pose


def test_the_second_side_shows_the_picture_facing_the_other_way(
    guided: StretchCard, clock: FakeClock, library: list[Exercise]
) -> None:
    exercise = next(e for e in library if e.sides and e.hold.kind is HoldKind.BREATHS)
    guided.present(make_card(exercise))  # one picture: no end pose in this card
    guided.show()
    guided.guide.begin()
    guided.tick()
    first = guided.illustration.grab().toImage()
    assert not guided.mirrored
    _run_until(guided, clock, "Change sides")
    assert guided.mirrored
    second = guided.illustration.grab().toImage()
    flipped = first.flipped(Qt.Orientation.Horizontal)
    assert second != first
    # The same drawing, flipped: nearly every pixel matches its mirror image (antialiased
    # edges may differ by a shade).
    size = first.size()
    same = sum(
        1
        for x in range(0, size.width(), 3)
        for y in range(0, size.height(), 3)
        if _close(second.pixelColor(x, y), flipped.pixelColor(x, y))
    )
    total = len(range(0, size.width(), 3)) * len(range(0, size.height(), 3))
    assert same / total > 0.97
    guided.present(make_card(exercise))  # the next card starts on side one again
    assert not guided.mirrored


def _close(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 60


def test_where_motion_is_reduced_both_poses_stand_still_side_by_side(
    guided: StretchCard, clock: FakeClock, library: list[Exercise]
) -> None:
    exercise = next(e for e in library if e.hold.kind is HoldKind.REPS and guide.rep_hold_s(e))
    end = make_card(exercise).illustration_end_path
    assert end, "the library draws an end pose for this exercise"
    guided.present(replace(make_card(exercise), still=True))
    guided.show()
    size = guided.illustration.renderer().defaultSize()
    assert size.width() > 1.8 * size.height()  # two pictures wide, one high
    # Each pose at least 70 % of the moving picture's height: large enough to follow.
    assert guided.illustration.height() >= 0.7 * guided._illustration_px
    assert not guided._frame_timer.isActive()
    picture = guided.illustration.grab().toImage()
    guided.next_frame()
    guided.guide.begin()
    _run_until(guided, clock, "Come back")
    assert guided.illustration.grab().toImage() == picture  # nothing moved


def test_right_to_left_the_notes_edge_is_on_the_right(
    qtbot: QtBot, controller: FakeController, library: list[Exercise]
) -> None:
    """Arabic: the caution's coloured edge is on the side its text starts on."""
    from PySide6.QtWidgets import QApplication

    qt = QApplication.instance()
    assert isinstance(qt, QApplication)
    exercise = next(e for e in library if e.caution)
    edge = QColor("#c77700")
    for direction, edge_on_right in (
        (Qt.LayoutDirection.RightToLeft, True),
        (Qt.LayoutDirection.LeftToRight, False),
    ):
        qt.setLayoutDirection(direction)  # as install_translator does for Arabic
        try:
            card = StretchCard(controller, key_guard_ms=0)
            qtbot.addWidget(card)
            card.present(make_card(exercise))
            card.show()
            image = card.caution.grab().toImage()
        finally:
            qt.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        middle = image.height() // 2
        right = _close(image.pixelColor(image.width() - 2, middle), edge)
        left = _close(image.pixelColor(1, middle), edge)
        assert (right, left) == (edge_on_right, not edge_on_right), direction
