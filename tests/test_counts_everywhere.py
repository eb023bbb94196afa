"""One day with every kind of break and prompt, and every surface saying the same numbers.

The day is lived through the real app (engine, store on a temporary SQLite file, library)
with a fake clock and idle reading. Then the today popup and the tray tooltip, ``status``
(from the tracker, and from the store when none runs; JSON and text), ``history`` (JSON
and text), the history window and ``export`` (CSV and JSON) are read and compared with
the core's count of the stored day and with the numbers worked out by hand below.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from creepguard import cli, offline
from creepguard.core.counts import count_day, status_today
from creepguard.core.model import Posture
from creepguard.startup import quick
from creepguard.status_format import _status_text
from creepguard.storage.store import Store
from creepguard.ui.history_window import HistoryWindow, week_csv
from creepguard.ui.icons import app_icon
from creepguard.ui.tray import Tray
from tests.app_harness import TZ, Harness

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing)"
)

DAY = date(2026, 11, 23)  # a Monday (ISO week 2026-W48); the harness starts at 09:00

# The day below, worked out by hand (default settings: creep warning at 20 min, prompt at
# 30 min, a break resets the sit after 2 min, away after 5 min idle, snooze 5 min).
#
#   09:00-09:30 sit 30     prompt; the card 1 min; Done                  Done
#   09:31-10:06 sit 35     prompt at 10:01 snoozed, again at 10:06; card
#                          1 min; Done                                   Done, 1 snooze
#   10:07-11:13 sit 65     prompt at 10:37 skipped; stood 1 min at 10:47 (too
#                          short to end the sit); prompt at 11:08 closed
#                          unanswered; prompt at 11:13, the card up, no input:
#                          the card goes at 11:20 and the person is away
#                          until 11:22                                   skipped, ignored,
#                                                                        natural
#   11:22-11:38 sit 16     stood 5 min                                   no prompt
#   11:43-11:53 sit 10     lunch, away 40 min                            no prompt
#   12:33-12:59 sit 26     left for the day, away 30 min until 13:29     (not a break)
#
# Sitting 30+35+65+16+10+26 = 182 min; standing 1+5 = 6; away 2+40+30 = 72; on a break
# (cards up) 1+1+7 = 9. Past the creep threshold: 10+15+45+0+0+6 = 76 min. Longest 65.
EXPECTED = {
    "sitting_s": 182 * 60,
    "standing_s": 6 * 60,
    "away_s": 72 * 60,
    "on_break_s": 9 * 60,
    "over_creep_s": 76 * 60,
    "longest_sit_s": 65 * 60,
    "breaks_taken": 5,
    "breaks_done": 2,
    "breaks_natural": 1,
    "breaks_unprompted": 2,
    "breaks_snoozed": 1,
    "breaks_skipped": 1,
    "breaks_ignored": 1,
    "prompts": 5,
    "prompts_ended_by_break": 3,
}
TODAY_LINE = "Today: 3 h 02 min sitting, 6 min standing, 5 breaks"
BREAKS_LINE = "Breaks: 2 Done, 1 on your own, 2 without a prompt"
PROMPTS_LINE = "Prompts: 3 of 5 ended by a break, 1 skipped, 1 ignored, 1 snooze"
SITS_LINE = "Longest sit 1 h 05 min, 1 h 16 min past the creep threshold"


def live_the_day(harness: Harness) -> None:
    app, shell = harness.app, harness.shell
    harness.source.has_activity_events = True  # a return is seen at the first input

    def card_up() -> None:
        app.card_shown(shell.cards[-1].exercise.id)

    def back() -> None:
        harness.source.last_input = harness.clock.monotonic()
        app.tracker.on_activity_changed()

    harness.run(30, typing=True)
    card_up()
    harness.run(1, typing=False)
    app.card_done()

    harness.run(30, typing=True)
    card_up()
    app.card_snooze()
    harness.run(5, typing=True)
    card_up()
    harness.run(1, typing=False)
    app.card_done()

    harness.run(30, typing=True)
    card_up()
    app.card_skip()
    harness.run(10, typing=True)
    app.set_posture(Posture.STANDING)
    harness.run(1, typing=True)
    app.set_posture(Posture.SITTING)
    harness.run(20, typing=True)
    card_up()
    app.card_dismissed()
    harness.run(5, typing=True)
    card_up()
    harness.run(9, typing=False)
    back()

    harness.run(16, typing=True)
    app.set_posture(Posture.STANDING)
    harness.run(5, typing=True)
    app.set_posture(Posture.SITTING)

    harness.run(10, typing=True)
    harness.run(40, typing=False)
    back()

    harness.run(26, typing=True)
    harness.run(30, typing=False)
    assert harness.clock.now() == datetime(2026, 11, 23, 13, 29, tzinfo=TZ)
    app.handle_command({"command": "checkpoint"})  # as `history` and `export` ask first


def picked(data: dict[str, Any]) -> dict[str, Any]:
    return {key: data[key] for key in EXPECTED}


@pytest.fixture
def harness(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Harness]:
    made = Harness(tmp_path)
    live_the_day(made)
    # The command line reads the same folders, in the same time zone, on the same day.
    monkeypatch.setenv("CREEPGUARD_HOME", str(tmp_path))
    monkeypatch.setenv("TZ", "Europe/Berlin")

    class Now(datetime):
        @classmethod
        def now(cls, tz: tzinfo | None = None) -> Now:
            moment = made.clock.now()
            return cls.fromtimestamp(moment.timestamp(), tz)

    monkeypatch.setattr(cli, "datetime", Now)
    monkeypatch.setattr(offline, "datetime", Now)  # status without a tracker reads here
    yield made
    made.app.quit()


@pytest.fixture
def core(harness: Harness) -> dict[str, Any]:
    """The core's count of the day as it is stored, read back from the file."""
    store = Store(harness.paths.database, TZ)
    spans, episodes = store.day_records(DAY, DAY)
    store.close()
    summary = count_day(DAY, spans[DAY], episodes[DAY], creep_s=20 * 60, min_break_s=2 * 60)
    return picked(summary.to_json())


def cli_out(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert quick.main(argv) == 0
    out, _err = capsys.readouterr()
    return out


def test_the_core_counts_the_day_as_worked_out_by_hand(core: dict[str, Any]) -> None:
    assert core == EXPECTED


def test_the_popup_and_the_tooltip(qtbot: QtBot, harness: Harness, core: dict[str, Any]) -> None:
    view = harness.app.status_view()
    assert picked(status_today(view.today)) == core
    tray = Tray(harness.app, app_icon())
    try:
        tray.update(view)
        tip = tray.icon.toolTip().splitlines()
        assert TODAY_LINE in tip
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
        popup = tray.popup
        assert popup is not None and popup.isVisible()
        panel = popup.panel
        shown = [panel.today.text(), panel.breaks.text(), panel.prompts.text(), panel.sits.text()]
        assert shown == [TODAY_LINE, BREAKS_LINE, PROMPTS_LINE, SITS_LINE]
    finally:
        tray.close()


def test_status_from_the_tracker_and_from_the_store(
    harness: Harness, core: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    running = harness.app.handle_command({"command": "status"})
    assert picked(running["today"]) == core
    text = _status_text(running).splitlines()
    assert "Today: 3 h 02 min sitting, 5 breaks" in text
    assert text[-3:] == [BREAKS_LINE, PROMPTS_LINE, SITS_LINE]

    offline = json.loads(cli_out(["status", "--json"], capsys))  # no tracker answers
    assert offline["running"] is False
    assert picked(offline["today"]) == core
    assert offline["today"] == running["today"]
    assert cli_out(["status"], capsys).splitlines() == [
        "CreepGuard is not running.",
        "Today: 3 h 02 min sitting, 5 breaks",
        BREAKS_LINE,
        PROMPTS_LINE,
        SITS_LINE,
    ]


def test_history_json_and_text(core: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(cli_out(["history", "--week", "2026-W48", "--json"], capsys))
    monday = data["days"][0]
    assert monday["date"] == DAY.isoformat()
    assert picked(monday) == core
    assert picked(data["totals"]) == core  # the only day of the week with a record
    assert data["totals"]["break_rate"] == 0.6

    lines = cli_out(["history", "--week", "2026-W48"], capsys).splitlines()
    assert lines[2].split() == [
        "Mon", "23", "Nov",
        "3", "h", "02", "min",  # sitting
        "6", "min",  # standing
        "1", "h", "16", "min",  # past creep
        "1", "h", "05", "min",  # longest
        "5", "2", "1", "2",  # breaks: all, Done, natural, unprompted
        "1", "1", "1",  # skipped, ignored, snoozed
    ]  # fmt: skip
    assert lines[-1] == (
        "5 breaks (2 Done, 1 on your own, 2 without a prompt); "
        "prompts ended by a break: 3 of 5 (60%)"
    )


def test_the_history_window(qtbot: QtBot, harness: Harness, core: dict[str, Any]) -> None:
    window = HistoryWindow(harness.app.history_source())
    qtbot.addWidget(window)
    assert window.monday == DAY and window.day == DAY
    summary = window.summary
    assert summary is not None
    assert picked(summary.days[0].to_json()) == core
    table = window.outcome_table
    row = [table.item(0, column).text() for column in range(table.columnCount())]  # type: ignore[union-attr]
    # Breaks, Done, Natural, Own, Skipped, Ignored, Snoozed
    assert row == ["5", "2", "1", "2", "1", "1", "1"]
    tiles = {key: tile.value.text() for key, tile in window.tiles.items()}
    assert tiles == {
        "total_sitting_s": "3 h 02 min",
        "average_sitting_s": "3 h 02 min",
        "longest_sit_s": "1 h 05 min",
        "over_creep_s": "1 h 16 min",
        "break_rate": "3 of 5 (60 %)",
    }
    rows = list(csv.DictReader(io.StringIO(week_csv(summary))))
    assert {key: int(value) for key, value in picked(rows[0]).items()} == core


def test_export_rows_add_up_to_the_counts(
    harness: Harness, core: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(cli_out(["export", "--format", "json"], capsys))
    (day,) = data["days"]
    assert picked(day) == core
    breaks = Counter(row["kind"] for row in data["breaks"])
    outcomes = Counter(row["outcome"] for row in data["episodes"])
    seconds = Counter[str]()
    for row in data["spans"]:
        seconds[row["state"]] += row["duration_s"]
    assert {
        "sitting_s": seconds["sitting"],
        "standing_s": seconds["standing"],
        "away_s": seconds["away"],
        "on_break_s": seconds["on_break"],
        "breaks_taken": len(data["breaks"]),
        "breaks_done": breaks["done"],
        "breaks_natural": breaks["natural"],
        "breaks_unprompted": breaks["unprompted"],
        "breaks_snoozed": sum(row["snoozes"] for row in data["episodes"]),
        "breaks_skipped": outcomes["skipped"],
        "breaks_ignored": outcomes["ignored"],
        "prompts": len(data["episodes"]),
    } == {key: value for key, value in core.items() if key not in _NOT_IN_ROWS}
    # The breaks without a prompt are the 5 min standing and the lunch, not leaving for the day.
    own = [(row["start"][11:16], row["end"][11:16]) for row in data["breaks"]
           if row["kind"] == "unprompted"]  # fmt: skip
    assert own == [("11:38", "11:43"), ("11:53", "12:33")]

    rows = list(csv.reader(io.StringIO(cli_out(["export", "--format", "csv"], capsys))))
    kinds = Counter((row[0], row[1] if row[0] != "episode" else row[5]) for row in rows[1:])
    assert kinds[("break", "done")] == core["breaks_done"]
    assert kinds[("break", "natural")] == core["breaks_natural"]
    assert kinds[("break", "unprompted")] == core["breaks_unprompted"]
    assert kinds[("episode", "skipped")] == core["breaks_skipped"]
    assert kinds[("episode", "ignored")] == core["breaks_ignored"]

    # The window's export (Settings > Data) writes the same.
    target = tmp_path / "export.json"
    harness.app.export_history(target)
    assert json.loads(target.read_text())["days"] == data["days"]


# Whole-record sums the export's rows do not carry (they come from the sits themselves).
_NOT_IN_ROWS = {"over_creep_s", "longest_sit_s", "prompts_ended_by_break"}


def test_the_day_after_starts_at_zero(harness: Harness) -> None:
    harness.clock.advance((timedelta(hours=24)).total_seconds())
    harness.app.new_day()
    today = harness.app.status_json()["today"]
    assert today["breaks_taken"] == today["prompts"] == today["sitting_s"] == 0


@pytest.mark.parametrize(("seconds", "shown"), [(89, "1 min"), (30 * 60 - 1, "29 min")])
def test_minutes_are_rounded_down_on_every_surface(qtbot: QtBot, seconds: int, shown: str) -> None:
    from creepguard.status_format import _minutes
    from creepguard.ui.texts import duration
    from creepguard.ui.timeline import format_duration

    assert duration(seconds) == format_duration(seconds) == _minutes(seconds) == shown
