"""The history window over a real store on a temporary file, seeded with known spans."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QToolTip
from pytestqt.qtbot import QtBot

from creepguard.core.events import EpisodeEnded, Event, SpanClosed
from creepguard.core.history import DaySummary, summarise
from creepguard.core.model import Episode, Outcome, PromptKind, Span, State
from creepguard.storage.history_source import StoreHistorySource
from creepguard.storage.store import Store
from creepguard.ui import texts
from creepguard.ui.history_window import (
    CSV_HEADER,
    DASH,
    EMPTY_WEEK_MESSAGE,
    HistoryWindow,
    week_csv,
)
from creepguard.ui.timeline import Band

# The offscreen platform plugin warns when a top-level window with a layout is shown or a
# tooltip raised ("This plugin does not support propagateSizeHints()" / "raise()", the
# defaults in QPlatformWindow): not a problem of ours, and absent under xcb.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
)

TZ = ZoneInfo("Europe/Berlin")
CREEP_S = 20 * 60
TODAY = date(2026, 11, 25)  # a Wednesday in week 48
WEEK = date(2026, 11, 16)  # week 47, the seeded week
BEFORE = date(2026, 11, 9)  # week 46


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ)


def span(state: State, day: date, start: tuple[int, int], end: tuple[int, int]) -> SpanClosed:
    return SpanClosed(Span(state, at(day, *start), at(day, *end)))


def episode(day: date, hour: int, outcome: Outcome, snoozes: int = 0) -> EpisodeEnded:
    return EpisodeEnded(
        Episode(PromptKind.POSTURE_CHANGE, at(day, hour), at(day, hour, 10), outcome, snoozes)
    )


MON, TUE, WED = WEEK, WEEK + timedelta(days=1), WEEK + timedelta(days=2)
SEED: list[Event] = [
    # Monday: a 50-minute sit (30 min past the threshold), a stand, a 20-minute sit.
    span(State.UNTRACKED, MON, (0, 0), (9, 0)),
    span(State.SITTING, MON, (9, 0), (9, 50)),
    span(State.STANDING, MON, (9, 50), (10, 10)),
    span(State.SITTING, MON, (10, 10), (10, 30)),
    span(State.AWAY, MON, (10, 30), (11, 0)),
    span(State.ON_BREAK, MON, (11, 0), (11, 5)),
    episode(MON, 9, Outcome.DONE, snoozes=1),
    # Tuesday: one 70-minute sit; a natural break and a skipped prompt with two snoozes.
    span(State.SITTING, TUE, (14, 0), (15, 10)),
    episode(TUE, 14, Outcome.NATURAL),
    episode(TUE, 15, Outcome.SKIPPED, snoozes=2),
    # Wednesday: standing all morning.
    span(State.STANDING, WED, (8, 0), (12, 0)),
    # The week before: one hour's sit on its Monday.
    span(State.SITTING, BEFORE, (9, 0), (10, 0)),
]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "data" / "creepguard.sqlite3", TZ)
    assert store.open()
    store.record(SEED)
    assert store.checkpoint(None, None)
    return store


@pytest.fixture
def source(store: Store) -> StoreHistorySource:
    return StoreHistorySource(store, CREEP_S, lambda: TODAY)


@pytest.fixture
def window(qtbot: QtBot, source: StoreHistorySource) -> HistoryWindow:
    window = HistoryWindow(source)
    qtbot.addWidget(window)
    return window


def bar_values(window: HistoryWindow, band: Band) -> list[float]:
    bar_set = window.bar_sets[band]
    return [bar_set.at(index) for index in range(bar_set.count())]


def test_the_chart_shows_the_stores_aggregation(window: HistoryWindow, store: Store) -> None:
    window.show_week(WEEK)
    days = store.day_summaries(WEEK, WEEK + timedelta(days=6), CREEP_S)

    assert bar_values(window, Band.SITTING) == pytest.approx(
        [(day.sitting_s - day.over_creep_s) / 3600 for day in days]
    )
    assert bar_values(window, Band.PAST_CREEP) == pytest.approx(
        [day.over_creep_s / 3600 for day in days]
    )
    assert bar_values(window, Band.STANDING) == pytest.approx(
        [day.standing_s / 3600 for day in days]
    )
    # And the aggregation is what was seeded, in hours.
    assert bar_values(window, Band.SITTING)[:3] == pytest.approx([40 / 60, 20 / 60, 0])
    assert bar_values(window, Band.PAST_CREEP)[:3] == pytest.approx([30 / 60, 50 / 60, 0])
    assert bar_values(window, Band.STANDING)[:3] == pytest.approx([20 / 60, 0, 4])
    assert window.day_axis.categories() == [
        "Mon 16", "Tue 17", "Wed 18", "Thu 19", "Fri 20", "Sat 21", "Sun 22",
    ]  # fmt: skip
    assert window.hours_axis.max() >= 4


def test_the_outcome_table_and_summary_match_the_week(window: HistoryWindow) -> None:
    window.show_week(WEEK)
    table = window.outcome_table

    def cell(row: int, column: int) -> str:
        item = table.item(row, column)
        assert item is not None
        return item.text()

    headers = [table.horizontalHeaderItem(column).text() for column in range(table.columnCount())]
    assert headers == [
        "Breaks",
        "Done",
        "On your own",
        "Unprompted",
        "Skipped",
        "Ignored",
        "Snoozed",
    ]
    rows = [[cell(row, column) for column in range(7)] for row in range(3)]
    # Monday: Done, and 20 min standing between two sits (a break without a prompt);
    # Tuesday: a natural break and a skipped prompt; Wednesday: standing, no sit before.
    assert rows == [
        ["2", "1", "0", "1", "0", "0", "1"],
        ["1", "0", "1", "0", "1", "0", "2"],
        ["0", "0", "0", "0", "0", "0", "0"],
    ]
    assert cell(4, 0) == DASH  # a day without any record

    tiles = window.tiles
    assert tiles["total_sitting_s"].value.text() == "2 h 20 min"
    assert tiles["total_sitting_s"].change.text() == "↑ 1 h 20 min"
    assert tiles["average_sitting_s"].value.text() == "46 min"  # 140 min over 3 days, down
    assert tiles["longest_sit_s"].value.text() == "1 h 10 min"
    assert tiles["longest_sit_s"].change.text() == "↑ 10 min"
    assert tiles["over_creep_s"].value.text() == "1 h 20 min"
    assert tiles["over_creep_s"].change.text() == "↑ 40 min"
    assert tiles["break_rate"].value.text() == "2 of 3 (67 %)"
    assert tiles["break_rate"].change.text() == DASH  # no prompts the week before
    assert window.heading.text() == f"Week 47, 16{DASH}22 November 2026"
    assert "week before" in window.compare_note.text()


def test_the_timeline_shows_the_chosen_days_spans(window: HistoryWindow, store: Store) -> None:
    window.show_week(WEEK)
    # A past week opens on its last recorded day.
    assert window.day == WED
    assert [s.state for s in window.timeline.spans] == [State.STANDING]

    # Clicking Monday's bar shows Monday.
    window.series.clicked.emit(0, window.bar_sets[Band.SITTING])
    assert window.day == MON
    expected = store.spans_between(at(MON, 0), at(MON + timedelta(days=1), 0))
    assert window.timeline.spans == expected
    assert [(s.state, s.start.time().isoformat("minutes")) for s in window.timeline.spans] == [
        (State.UNTRACKED, "00:00"),
        (State.SITTING, "09:00"),
        (State.STANDING, "09:50"),
        (State.SITTING, "10:10"),
        (State.AWAY, "10:30"),
        (State.ON_BREAK, "11:00"),
    ]
    assert window.day_buttons[0].isChecked()
    assert window.day_heading.text() == "Monday 16 November"
    assert "sitting 1 h 10 min" in window.timeline.accessibleDescription()

    # The day buttons do the same from the keyboard.
    window.day_buttons[1].click()
    assert window.day == TUE
    assert [s.state for s in window.timeline.spans] == [State.SITTING]


def test_the_timeline_walks_spans_with_the_keyboard(qtbot: QtBot, window: HistoryWindow) -> None:
    window.show_week(WEEK)
    window.select_day(MON)
    timeline = window.timeline
    with qtbot.waitSignal(timeline.span_selected) as blocker:
        qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert blocker.args == [0]
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert timeline.selected == 1
    assert timeline.accessibleDescription() == "Sitting, 09:00 to 09:50 (50 min)"
    qtbot.keyClick(timeline, Qt.Key.Key_End)
    assert timeline.selected == 5
    # The mouse finds the span under it.
    strip = timeline._strip_rect()
    x = strip.left() + strip.width() * (9.5 / 24)
    assert timeline.span_at(x) == timeline.spans[1]
    where = QPoint(round(x), round(strip.center().y()))
    QApplication.sendEvent(
        timeline, QHelpEvent(QEvent.Type.ToolTip, where, timeline.mapToGlobal(where))
    )
    assert QToolTip.text() == "Sitting, 09:00 to 09:50 (50 min)"
    QToolTip.hideText()


def test_right_to_left_the_day_runs_from_the_right_edge(
    qtbot: QtBot, window: HistoryWindow
) -> None:
    """In Arabic the strip reads as its text does: midnight on the right, the arrow
    pointing left walks on in time, and the mouse finds the span drawn under it."""
    window.show_week(WEEK)
    window.select_day(MON)
    timeline = window.timeline
    timeline.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    image = timeline.grab().toImage()  # laid out at its final width first
    strip = timeline._strip_rect()
    assert timeline.span_at(strip.right() - 1) == timeline.spans[0]  # just after midnight
    x = strip.right() - strip.width() * (9.5 / 24)
    assert timeline.span_at(x) == timeline.spans[1]  # sitting from 09:00
    assert timeline.span_at(strip.left() + strip.width() * (9.5 / 24)) != timeline.spans[1]
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    assert timeline.selected == 1
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert timeline.selected == 0
    # Painted mirrored: each moment's colour lies as far from the right edge as it lies
    # from the left one left to right.
    timeline.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    ltr = timeline.grab().toImage()
    y = round(strip.center().y())
    midnight = timeline.spans[0].start
    hours = [
        ((span.start - midnight) + (span.end - span.start) * part).total_seconds() / 3600
        for span in timeline.spans
        if span.duration_s / 86400 * strip.width() >= 12  # a few pixels from each edge
        for part in (0.25, 0.5, 0.75)
    ]
    mirrored = [image.pixelColor(round(strip.right() - strip.width() * h / 24), y) for h in hours]
    straight = [ltr.pixelColor(round(strip.left() + strip.width() * h / 24), y) for h in hours]
    assert mirrored == straight
    assert len({colour.name() for colour in straight}) >= 4  # the day's states, not a blank


def test_right_to_left_the_week_chart_runs_from_the_right_too(
    qtbot: QtBot, source: StoreHistorySource
) -> None:
    """Qt Charts does not mirror itself: in Arabic the week's columns run from Monday on
    the right, like the day buttons above the strip, and a click finds the day drawn."""
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = HistoryWindow(source)
        qtbot.addWidget(window)
        right_to_left_week(window)
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def right_to_left_week(window: HistoryWindow) -> None:
    window.show_week(WEEK)
    labels = window.day_axis.categories()
    assert labels[-1] == texts.short_day(MON) and labels[0] == texts.short_day(WEEK + timedelta(6))
    monday = window._summary.days[0] if window._summary else None
    assert monday is not None
    sitting = bar_values(window, Band.SITTING)
    assert sitting[-1] == pytest.approx(max(monday.sitting_s - monday.over_creep_s, 0) / 3600)
    window.series.clicked.emit(6, window.bar_sets[Band.SITTING])
    assert window.day == MON
    assert window.chart_view._highlight == 6
    window.series.clicked.emit(4, window.bar_sets[Band.SITTING])
    assert window.day == WED and window.chart_view._highlight == 4


def test_the_computer_list_follows_the_folder_each_time_the_window_opens(
    qtbot: QtBot, store: Store
) -> None:
    computers = [("this", "Desk")]
    chosen: list[str | None] = []

    def history_of(device: str | None) -> Store:
        chosen.append(device)
        return store

    source = StoreHistorySource(
        store, CREEP_S, lambda: TODAY, computers=lambda: list(computers), history_of=history_of
    )
    window = HistoryWindow(source)
    qtbot.addWidget(window)
    window.show()
    assert window.computer_box.isHidden()  # this computer alone: nothing to choose
    window.hide()
    computers.append(("b1", "Laptop"))
    window.show()
    assert not window.computer_box.isHidden() and window.computer_box.count() == 3
    window.computer_box.setCurrentIndex(2)
    assert chosen == ["b1"]
    window.hide()
    computers.insert(1, ("c2", "Tablet"))
    window.show()
    assert window.computer_box.currentData() == "b1" and chosen == ["b1"]  # still the laptop
    window.hide()
    del computers[2]  # the laptop left the folder
    window.show()
    assert window.computer_box.currentIndex() == 0 and chosen == ["b1", None]


def test_navigation_buttons_and_date_picker(window: HistoryWindow) -> None:
    assert window.monday == date(2026, 11, 23)  # opens on this week
    assert not window.next_button.isEnabled()  # nothing after this week
    assert not window.this_week_button.isEnabled()
    assert window.day == TODAY

    window.previous_button.click()
    assert window.monday == WEEK
    window.previous_button.click()
    assert window.monday == BEFORE
    assert window.compare_note.text().startswith("Nothing was recorded the week before")
    assert window.tiles["total_sitting_s"].change.text() == DASH
    window.next_button.click()
    assert window.monday == WEEK
    assert window.next_button.isEnabled()
    window.this_week_button.click()
    assert window.monday == date(2026, 11, 23)

    window.date_edit.setDate(QDate(2026, 3, 4))
    assert window.monday == date(2026, 3, 2)
    assert window.date_edit.date() == QDate(2026, 3, 2)
    assert window.heading.text() == f"Week 10, 2{DASH}8 March 2026"


def test_alt_arrows_change_the_week(qtbot: QtBot, window: HistoryWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.week_changed) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert blocker.args == [WEEK]
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.monday == date(2026, 11, 23)


def test_an_empty_week_says_what_will_appear(window: HistoryWindow) -> None:
    window.show()
    window.show_week(date(2025, 6, 4))
    assert window.monday == date(2025, 6, 2)
    assert window.pages.currentWidget() is window.empty_label
    assert window.empty_label.isVisible()
    assert window.empty_label.text() == EMPTY_WEEK_MESSAGE
    assert not window.export_button.isEnabled()
    assert not window.summary_box.isVisible()  # zeros and a blank strip would say less
    assert not window.day_section.isVisible()

    window.show_week(WEEK)
    assert window.pages.currentIndex() == 0
    assert not window.empty_label.isVisible()
    assert window.summary_box.isVisible()
    assert window.day_section.isVisible()


def test_the_week_as_csv(source: StoreHistorySource) -> None:
    text = week_csv(source.week(WEEK))
    lines = text.splitlines()
    assert lines[0] == ",".join(CSV_HEADER)
    assert lines[0] == (
        "date,sitting_s,standing_s,away_s,on_break_s,over_creep_s,longest_sit_s,"
        "breaks_taken,breaks_done,breaks_natural,breaks_unprompted,breaks_snoozed,"
        "breaks_skipped,breaks_ignored,prompts,prompts_ended_by_break"
    )
    assert lines[1:] == [
        "2026-11-16,4200,1200,1800,300,1800,3000,2,1,0,1,1,0,0,1,1",
        "2026-11-17,4200,0,0,0,3000,4200,1,0,1,0,2,1,0,2,1",
        "2026-11-18,0,14400,0,0,0,0,0,0,0,0,0,0,0,0,0",
        "2026-11-19,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0",
        "2026-11-20,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0",
        "2026-11-21,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0",
        "2026-11-22,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0",
    ]
    # The same keys and numbers as `creepguard history --json`'s days.
    assert list(CSV_HEADER) == list(source.week(WEEK).days[0].to_json())
    assert text.endswith("\n")


def test_export_writes_the_csv_where_the_person_chose(
    window: HistoryWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "week.csv"
    suggested: list[str] = []

    def choose(parent: object, title: str, name: str, filters: str) -> tuple[str, str]:
        suggested.append(name)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    window.show_week(WEEK)
    assert window.export_csv() == target
    assert suggested == ["creepguard-2026-W47.csv"]
    assert window.summary is not None
    assert target.read_text(encoding="utf-8") == week_csv(window.summary)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    assert window.export_csv() is None


def test_the_current_week_compares_with_the_same_days(store: Store) -> None:
    thursday = WEEK + timedelta(days=3)
    source = StoreHistorySource(store, CREEP_S, lambda: thursday)
    summary = source.week(WEEK)
    previous = store.day_summaries(BEFORE, BEFORE + timedelta(days=3), CREEP_S)
    current = store.day_summaries(WEEK, WEEK + timedelta(days=6), CREEP_S)
    assert summary == summarise(current, previous)
    # A week with nothing before it has no change rather than a change from zero.
    assert source.week(BEFORE).change == {}


def test_day_spans_are_clipped_to_the_day(store: Store) -> None:
    late = SpanClosed(Span(State.SITTING, at(WEEK, 23, 30), at(WEEK + timedelta(days=1), 0, 30)))
    store.record([late])
    assert store.checkpoint(None, None)
    source = StoreHistorySource(store, CREEP_S, lambda: TODAY)
    (first,) = [s for s in source.day_spans(TUE) if s.start.hour == 0]
    assert first.start == at(TUE, 0)
    assert first.end == at(TUE, 0, 30)
    assert first.sit_before_s == 30 * 60


def test_geometry_round_trips(qtbot: QtBot, source: StoreHistorySource) -> None:
    window = HistoryWindow(source)
    qtbot.addWidget(window)
    window.resize(700, 640)  # within the offscreen screen (800 x 800): restoring clamps
    window.move(40, 30)
    with qtbot.waitSignal(window.geometry_saved) as blocker:
        window.close()
    saved = blocker.args[0]
    assert isinstance(saved, bytes)
    assert saved == window.saved_geometry()
    again = HistoryWindow(source, geometry=saved)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 640)
    assert (again.x(), again.y()) == (40, 30)


def test_a_source_can_be_any_object(qtbot: QtBot) -> None:
    class Fake:
        def today(self) -> date:
            return TODAY

        def week(self, monday: date) -> object:
            days = tuple(DaySummary(monday + timedelta(days=n)) for n in range(7))
            return summarise(days)

        def day_spans(self, day: date) -> list[Span]:
            return []

        def creep_threshold_s(self) -> float:
            return CREEP_S

        def computers(self) -> list[tuple[str, str]]:
            return []

        def show_computer(self, device: str | None) -> None:
            raise AssertionError("no computer to choose")

    window = HistoryWindow(Fake())  # type: ignore[arg-type]  # week() returns object here
    qtbot.addWidget(window)
    assert window.pages.currentWidget() is window.empty_label
    assert window.timeline.describe().endswith("nothing recorded.")
