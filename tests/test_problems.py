"""``status``'s ``problems``: a broken settings file and a history file kept aside are
listed (not just notified once) until the person can be expected to know: settings
problems until Settings are saved, start-up notices until the person has seen them."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from creepguard import cli
from creepguard import settings as settings_mod
from creepguard.app import AppParts, CreepGuardApp, load_exercises
from creepguard.paths import AppPaths
from creepguard.storage.store import Store
from tests.app_harness import TZ, Harness

BROKEN_SETTINGS = "creep_threshold_min = 'soon'\n"


class FromFiles(Harness):
    """The harness, but settings come from the settings file as ``run`` reads them."""

    def build(self) -> CreepGuardApp:
        loaded = settings_mod.load(self.paths.settings_file)
        parts = AppParts(
            clock=self.clock,
            rate=self.rate,
            paths=self.paths,
            settings=loaded.settings,
            settings_problems=loaded.problems,
            store=Store(self.paths.database, TZ),
            source=self.source,
            reports=(),
            exercises=load_exercises(),
            rng=random.Random(7),
        )
        app = CreepGuardApp(parts, self.shell)
        app.start()
        return app


@pytest.fixture
def broken(qtbot: QtBot, tmp_path: Path) -> Harness:
    """A tracker started on a broken settings file and a broken history file."""
    paths = AppPaths.under(tmp_path)
    paths.ensure()
    paths.settings_file.write_text(BROKEN_SETTINGS)
    paths.database.write_bytes(b"this is not a database")
    return FromFiles(tmp_path)


def listed(harness: Harness) -> list[str]:
    """``problems`` in ``status --json``, checked against what the tray shows."""
    problems: list[str] = harness.app.handle_command({"command": "status"})["problems"]
    assert list(harness.app.status_view().problems) == problems
    return problems


def test_both_are_listed_in_plain_words_one_string_each(broken: Harness) -> None:
    settings_problem, kept_aside = listed(broken)
    assert "creep_threshold_min" in settings_problem and "default 20" in settings_problem
    assert "kept as" in kept_aside and ".broken-" in kept_aside
    # Said once as a notification at start as before, and still listed afterwards.
    assert [body for _, body in broken.shell.notices[:2]] == [settings_problem, kept_aside]
    broken.run(5, typing=True)
    assert len(listed(broken)) == 2


def test_the_kept_aside_file_is_listed_until_the_person_has_seen_it(broken: Harness) -> None:
    # A status bar's polls (--json, waybar) are not a person reading.
    for _ in range(3):
        assert len(listed(broken)) == 2
    reply = broken.app.handle_command({"command": "status", "seen": True})
    assert len(reply["problems"]) == 2  # `creepguard status` prints them...
    (remaining,) = listed(broken)  # ...and after that only the settings problem stays
    assert "creep_threshold_min" in remaining


def test_the_today_popup_or_status_window_counts_as_seen(broken: Harness) -> None:
    broken.app.problems_seen()  # what the tray's popup and the status window call
    assert len(listed(broken)) == 1


def test_settings_problems_stay_until_settings_are_saved(broken: Harness) -> None:
    broken.app.problems_seen()
    assert len(listed(broken)) == 1
    broken.app.apply_settings(broken.app.settings.replace(creep_threshold_min=25))
    assert listed(broken) == []
    assert broken.paths.settings_file.read_text() != BROKEN_SETTINGS  # kept aside, replaced
    assert len(list(broken.paths.config_dir.glob("settings.toml.broken-*"))) == 1


def test_a_sound_start_lists_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    assert listed(FromFiles(tmp_path)) == []


# ---------------------------------------------------------------------- no tracker


def status(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert cli.main(argv) == 0
    out, err = capsys.readouterr()
    assert err == ""
    return out


def test_without_a_tracker_status_says_what_the_files_hold(
    capsys: pytest.CaptureFixture[str],
) -> None:
    paths = AppPaths.for_user()
    paths.ensure()
    assert json.loads(status(["status", "--json"], capsys))["problems"] == []
    paths.settings_file.write_text(BROKEN_SETTINGS)
    paths.database.write_bytes(b"this is not a database")
    for _ in range(2):  # every time: nothing is moved or rewritten by looking
        problems = json.loads(status(["status", "--json"], capsys))["problems"]
        assert len(problems) == 2
        assert "creep_threshold_min" in problems[0]
        assert "cannot be used" in problems[1] and "when it starts" in problems[1]
    assert paths.database.read_bytes() == b"this is not a database"
    assert list(paths.data_dir.iterdir()) == [paths.database]
    text = status(["status"], capsys)
    assert text.count("\nProblem: ") == 2
    tooltip = json.loads(status(["status", "--format", "waybar"], capsys))["tooltip"]
    assert tooltip.count("\nProblem: ") == 2


def test_a_command_that_keeps_a_history_file_aside_says_so(
    capsys: pytest.CaptureFixture[str],
) -> None:
    paths = AppPaths.for_user()
    paths.ensure()
    paths.database.write_bytes(b"this is not a database")
    assert cli.main(["history", "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["week"]
    assert err.count("\n") == 1 and "kept as" in err
    assert len(list(paths.data_dir.glob("creepguard.sqlite3.broken-*"))) == 1
