"""The History window with a shared folder: every computer's week together, or one
computer's alone, chosen in the window (as ``history --device`` does on the command line)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from creepguard.ui.history_window import HistoryWindow
from tests.sync.test_two_trackers import START, Two

pytestmark = pytest.mark.usefixtures("qapp")


def sitting_min(window: HistoryWindow) -> float:
    assert window._summary is not None
    day = next(d for d in window._summary.days if d.date == START.date())
    return day.sitting_s / 60


def test_the_window_shows_every_computer_together_or_one_alone(
    qtbot: QtBot, tmp_path: Path
) -> None:
    two = Two(tmp_path)
    two.run(20, two.desk)
    two.run(10, two.desk, two.laptop)
    two.run(10, two.laptop)
    two.run(1.5, two.laptop)
    for side in two.both:
        side.app.tracker.flush()
    two.run(0.5, two.desk)  # the desk reads the laptop's word again

    window = HistoryWindow(two.desk.app.history_source())
    qtbot.addWidget(window)
    window.show_week(START.date())
    box = window.computer_box
    assert not box.isHidden() and not window.computer_label.isHidden()
    assert [box.itemText(i) for i in range(box.count())] == [
        "All computers",
        "Desk (this computer)",
        "Laptop",
    ]
    together = sitting_min(window)
    assert together == pytest.approx(42, abs=0.6)  # each minute once, not 30 + 21.5
    window.select_day(START.date())
    box.setCurrentIndex(2)
    assert sitting_min(window) == pytest.approx(21.5, abs=0.6)
    assert window.day == START.date()  # the same day, now the laptop's
    assert {span.start.date() for span in window.timeline.spans} == {START.date()}
    box.setCurrentIndex(1)
    assert sitting_min(window) == pytest.approx(30.5, abs=0.6)
    box.setCurrentIndex(0)
    assert sitting_min(window) == pytest.approx(together)


def test_without_a_shared_folder_there_is_nothing_to_choose(qtbot: QtBot, tmp_path: Path) -> None:
    from tests.app_harness import Harness

    alone = Harness(tmp_path / "alone", start=START)
    window = HistoryWindow(alone.app.history_source())
    qtbot.addWidget(window)
    assert window.computer_box.isHidden() and window.computer_label.isHidden()
