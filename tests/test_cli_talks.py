"""The command line speaks as the status line does: local times, plurals, words instead of
"-", one line of confirmation for every command that changes something."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from creepguard import cli, status_format
from creepguard.paths import AppPaths
from tests.app_harness import TZ, Harness

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")

BASE: dict[str, Any] = {
    "running": True,
    "state": "sitting",
    "paused": False,
    "sitting_s": 600,
    "next_prompt_s": 1200,
    "creep_threshold_s": 1200,
    "posture_change_s": 1800,
    "recovery_until": None,
    "paused_until": None,
    "today": {"sitting_s": 3600, "standing_s": 0, "breaks_taken": 1, "breaks_skipped": 0},
}


@pytest.fixture
def twelve_hour(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(status_format, "_PATTERN", ["%I:%M %p"])


@pytest.fixture
def twenty_four_hour(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(status_format, "_PATTERN", ["%H:%M"])


def local(hour: int, minute: int, days: int = 0) -> datetime:
    now = datetime.now().astimezone()
    return now.replace(hour=hour, minute=minute, second=0, microsecond=0) + timedelta(days=days)


@pytest.mark.usefixtures("twenty_four_hour")
def test_a_pause_reads_as_a_local_time_and_how_far_off_it_is() -> None:
    asked = local(7, 25)
    until = (asked + timedelta(hours=1, minutes=30)).isoformat()
    assert status_format.until_text(until, asked) == "08:55, in 1 h 30 min"
    # Read a few milliseconds after the tracker set it, it is still that many minutes off.
    later = asked + timedelta(milliseconds=20)
    assert status_format.until_text(until, later) == "08:55, in 1 h 30 min"


@pytest.mark.usefixtures("twenty_four_hour")
def test_later_days_are_named() -> None:
    now = local(22, 0)
    assert status_format.clock_time(local(8, 0, days=1), now) == "tomorrow 08:00"
    three = local(8, 0, days=3)
    assert status_format.clock_time(three, now) == f"{three:%a} 08:00"
    far = local(8, 0, days=20)
    assert status_format.clock_time(far, now) == f"{far:%a} {far.day} {far:%b} 08:00"
    assert status_format.until_text(far.isoformat(), now).endswith(", in 19 days")


@pytest.mark.usefixtures("twelve_hour")
def test_the_persons_clock_format_is_used() -> None:
    now = local(7, 25)
    until = (now + timedelta(hours=6)).isoformat()
    assert status_format.until_text(until, now) == "01:25 PM, in 6 h 00 min"


def test_the_locale_clock_pattern_drops_seconds(monkeypatch: pytest.MonkeyPatch) -> None:
    import locale

    for given, shown in (("%H:%M:%S", "%H:%M"), ("%r", "%I:%M %p"), ("%T", "%H:%M")):
        monkeypatch.setattr(locale, "nl_langinfo", lambda _item, given=given: given)
        assert status_format._locale_clock_pattern() == shown


@pytest.mark.parametrize(
    ("change", "line"),
    [
        ({"next_prompt_s": None}, "No prompt due"),
        ({"next_prompt_s": None, "paused": True}, "No prompts while paused"),
        ({"next_prompt_s": None, "state": "away"}, "No prompt while you are away"),
        ({"next_prompt_s": None, "state": "on_break"}, "No prompt during a break"),
        ({"next_prompt_s": 0}, "A prompt is due now"),
        ({"next_prompt_s": 61}, "Next prompt in 1 min"),
    ],
)
def test_no_dash_where_a_word_belongs(change: dict[str, Any], line: str) -> None:
    tooltip = cli.waybar({**BASE, **change})["tooltip"]
    assert line in tooltip.splitlines()
    assert " -" not in tooltip


@pytest.mark.usefixtures("twenty_four_hour")
def test_the_status_line_shows_a_pause_as_the_command_line_confirms_it() -> None:
    until = datetime.now().astimezone() + timedelta(minutes=90)
    status = {**BASE, "paused": True, "paused_until": until.isoformat()}
    expected = f"Paused until {until:%H:%M}, in 1 h 30 min"
    assert expected in cli.waybar(status)["tooltip"].splitlines()
    assert status_format.confirmation("pause", status).startswith(expected + ".")
    forever = status_format.confirmation("pause", {**BASE, "paused": True})
    assert forever.startswith("Paused until you resume")
    assert "Paused until you resume" in cli.waybar({**BASE, "paused": True})["tooltip"]


def test_plurals() -> None:
    assert cli.waybar(BASE)["tooltip"].endswith("1 h 00 min sitting, 1 break")
    two = {**BASE, "today": {**BASE["today"], "breaks_taken": 2}}
    assert cli.waybar(two)["tooltip"].endswith("2 breaks")
    snoozed = {**BASE["today"], "prompts": 1, "breaks_snoozed": 1}
    assert "1 snooze" in status_format._status_text({**BASE, "today": snoozed})


@pytest.fixture
def harness(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Harness:
    """A real tracker on a fake clock, answering the command line through ``request``."""
    # Its clock starts now, so that a pause it answers with is as far off on the wall clock.
    built = Harness(tmp_path / "app", start=datetime.now(TZ))
    present = built.shell.present_card

    def present_card(card: Any) -> None:  # as the card window does: shown, then said so
        present(card)
        built.app.card_shown(card.exercise.id)

    monkeypatch.setattr(built.shell, "present_card", present_card)

    def request(_path: object, command: str, **arguments: Any) -> dict[str, Any]:
        return built.app.handle_command({"command": command, **arguments})

    monkeypatch.setattr(cli, "request", request)
    return built


@pytest.mark.parametrize(
    ("argv", "pattern"),
    [
        (["sit"], r"Noted: you are sitting\. Next prompt in \d+ min\."),
        (["stand"], r"Noted: you are standing\. (Next prompt in .*|No prompt due)\."),
        (["away"], r"Noted: you are away until you are back .*"),
        (["break"], r"A stretch card is on screen\."),
        (["pause", "1h30m"], r"Paused until \S+, in 1 h 30 min\. Tracking goes on; .*"),
        (["pause"], r"Paused until you resume \(creepguard resume\)\. Tracking goes on\."),
        (["resume"], r"Prompts are back on\. Next prompt in \d+ min\."),
    ],
)
def test_every_command_that_changes_something_confirms_it_in_one_line(
    harness: Harness, capsys: pytest.CaptureFixture[str], argv: list[str], pattern: str
) -> None:
    harness.run(0.1, typing=True)  # six seconds: a pause's end is still 1 h 30 min away
    capsys.readouterr()
    assert cli.main(argv) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.count("\n") == 1, out
    assert re.fullmatch(pattern, out.strip()), out


def test_diagnose_names_the_session_and_desktop_in_words(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "GNOME")
    assert cli.main(["diagnose"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "Session type: wayland" in out and "Desktop: GNOME" in out
    monkeypatch.delenv("XDG_SESSION_TYPE")
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "")
    assert cli.main(["diagnose"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "Session type: unknown (XDG_SESSION_TYPE is not set)" in out
    assert "Desktop: unknown (XDG_CURRENT_DESKTOP is not set)" in out
    assert not any("?" in line for line in out if line.startswith(("Session", "Desktop")))


def documented(key: str) -> bool:
    return f"`{key}`" in README


def test_every_key_a_tracker_emits_is_documented(harness: Harness) -> None:
    status = harness.app.status_json()
    missing = [key for key in (*status, *status["today"]) if not documented(key)]
    assert missing == []


def test_every_key_the_store_answers_with_is_documented() -> None:
    status = cli.offline_status(AppPaths.for_user())
    missing = [key for key in (*status, *status["today"]) if not documented(key)]
    assert missing == []
    bar = cli.waybar(status)
    assert set(bar) == {"text", "tooltip", "class"}
    assert re.search(r"`class`, one of [^.]*`not-running`", README)
