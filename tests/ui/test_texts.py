"""Wording: durations, notes, headlines."""

from __future__ import annotations

import ast
import shutil
import subprocess
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import pytest
from pytestqt.qtbot import QtBot

from creepguard import ui
from creepguard.core.exercises import Hold, HoldKind
from creepguard.core.history import DaySummary
from creepguard.core.model import PromptKind
from creepguard.sensing.desktop_state import HoldReason
from creepguard.ui import texts
from tests.ui.fakes import at, make_view


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [
        (0, "under a minute"),
        (59.9, "under a minute"),
        (60, "1 min"),
        (45 * 60 + 59, "45 min"),
        (3600, "1 h"),
        (3600 + 5 * 60, "1 h 05 min"),
        (3 * 3600 + 12 * 60, "3 h 12 min"),
    ],
)
def test_duration(qtbot: QtBot, seconds: float, expected: str) -> None:
    assert texts.duration(seconds) == expected


def test_recovery_note(qtbot: QtBot) -> None:
    assert (
        texts.recovery_note(48 * 60, at(15, 12))
        == "You sat 48 min. Your back recovers until about 15:12: leave heavy lifting until then."
    )


@pytest.mark.parametrize(
    ("kind", "desk", "expected"),
    [
        (PromptKind.POSTURE_CHANGE, False, "Time to stand up and move"),
        (PromptKind.POSTURE_CHANGE, True, "Switch to standing"),
        (PromptKind.STANDING_TOO_LONG, True, "Back to sitting for a while"),
        (PromptKind.MANUAL, False, "A short break"),
    ],
)
def test_headline(qtbot: QtBot, kind: PromptKind, desk: bool, expected: str) -> None:
    assert texts.headline(kind, standing_desk=desk) == expected


@pytest.mark.parametrize(
    ("hold", "sides", "expected"),
    [
        (Hold(HoldKind.SECONDS, 30), False, "Hold 30 s"),
        (Hold(HoldKind.SECONDS, 120), True, "Hold 2 min, each side"),
        (Hold(HoldKind.BREATHS, 1), False, "1 breath"),
        (Hold(HoldKind.BREATHS, 10), False, "10 breaths"),
        (Hold(HoldKind.REPS, 8), True, "8 repetitions, each side"),
    ],
)
def test_hold_text(qtbot: QtBot, hold: Hold, sides: bool, expected: str) -> None:
    assert texts.hold_text(hold, sides=sides) == expected


def test_next_prompt_lines(qtbot: QtBot) -> None:
    assert texts.next_prompt_line(make_view(next_prompt_s=7 * 60)) == "Next stretch in 7 min"
    assert texts.next_prompt_line(make_view(next_prompt_s=20)) == "Next stretch in 1 min"
    assert texts.next_prompt_line(make_view(next_prompt_s=0)) == "A stretch is due now"
    assert texts.next_prompt_line(make_view(paused=True)) == "No stretches while paused"
    assert "waiting" in texts.next_prompt_line(make_view(prompt_held=True))


def test_today_lines_count_breaks_prompts_and_sits(qtbot: QtBot) -> None:
    none = DaySummary(date(2026, 11, 23))
    assert texts.today_line(none) == "Today: 0 min sitting, 0 min standing, 0 breaks"
    assert texts.breaks_line(none) == texts.prompts_line(none) == texts.sits_line(none) == ""
    one = DaySummary(date(2026, 11, 23), sitting_s=90 * 60, breaks_unprompted=1)
    assert texts.today_line(one).endswith(", 1 break")
    assert texts.breaks_line(one) == "Breaks: 1 without a prompt"
    day = DaySummary(
        date(2026, 11, 23),
        sitting_s=3 * 3600,
        standing_s=20 * 60,
        longest_sit_s=45 * 60,
        over_creep_s=25 * 60,
        breaks_done=2,
        breaks_natural=1,
        breaks_unprompted=1,
        breaks_snoozed=1,
        breaks_skipped=1,
        breaks_ignored=1,
    )
    assert texts.today_line(day) == "Today: 3 h sitting, 20 min standing, 4 breaks"
    assert texts.breaks_line(day) == "Breaks: 2 Done, 1 on your own, 1 without a prompt"
    assert texts.prompts_line(day) == (
        "Prompts: 3 of 5 ended by a break, 1 skipped, 1 ignored, 1 snooze"
    )
    assert texts.sits_line(day) == "Longest sit 45 min, 25 min past the creep threshold"


def test_hold_reasons_read_as_phrases(qtbot: QtBot) -> None:
    assert texts.hold_reason(HoldReason.FULLSCREEN) == "a full-screen window is active"
    assert texts.hold_reason(HoldReason.DO_NOT_DISTURB) == "do-not-disturb is on"


MINE = (
    "card", "icons", "notifications", "status_window", "texts",
    "menu", "today_popup", "tray", "welcome",
)  # fmt: skip


def _sources() -> list[Path]:
    folder = Path(ui.__file__).parent
    return [folder / f"{name}.py" for name in MINE]


def test_every_visible_string_is_extractable(qtbot: QtBot) -> None:
    """translate() gets literal context and source text, and is never aliased.

    ``pyside6-lupdate`` reads ``tr(...)`` as ``QObject.tr`` and literal arguments only, so
    an alias such as ``tr = QCoreApplication.translate`` or an f-string hides the text
    from the catalogue.
    """
    for path in _sources():
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute):
                assert node.value.attr != "translate", f"{path.name}:{node.lineno}: alias"
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if not (
                isinstance(func, ast.Attribute)
                and func.attr == "translate"
                and isinstance(func.value, ast.Name)
                and func.value.id == "QCoreApplication"
            ):
                continue
            context, source = node.args[0], node.args[1]
            assert isinstance(context, ast.Constant), f"{path.name}:{node.lineno}"
            if path.name == "welcome.py" and isinstance(source, ast.Name):
                continue  # settings labels: their declaration is the source text
            assert isinstance(source, ast.Constant), f"{path.name}:{node.lineno}"


def test_lupdate_finds_every_string_in_its_context(qtbot: QtBot, tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    catalogue = tmp_path / "creepguard.ts"
    subprocess.run(
        [lupdate, *map(str, _sources()), "-ts", str(catalogue)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    root = ElementTree.parse(catalogue).getroot()
    contexts = {ctx.findtext("name"): len(ctx.findall("message")) for ctx in root}
    assert "" not in contexts and None not in contexts, contexts
    assert {"Card", "Tray", "Texts", "StatusWindow", "Today", "Welcome"} <= set(contexts)
    assert sum(contexts.values()) > 100
