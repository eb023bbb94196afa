"""``LANGUAGE=de creepguard status`` speaks German: against a small catalogue compiled
here, and against the real German one once its translators have written it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from creepguard import catalogues, cli, i18n, status_format
from creepguard.startup import quick

ROOT = Path(__file__).resolve().parents[1]

FIXTURE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>StatusFormat</name>
    <message><source>CreepGuard is not running.</source>
        <translation>CreepGuard läuft nicht.</translation></message>
    <message numerus="yes"><source>Today: %1 sitting, %n break(s)</source>
        <translation><numerusform>Heute: %1 gesessen, %n Pause</numerusform>
        <numerusform>Heute: %1 gesessen, %n Pausen</numerusform></translation></message>
    <message><source>%1 min</source><comment>minutes, as in 45 min</comment>
        <translation>%1 Min.</translation></message>
    <message><source>Paused until %1. Tracking goes on; creepguard resume ends it.</source>
        <translation>Pause bis %1. Gezählt wird weiter.</translation></message>
    <message><source>tomorrow %1</source><comment>a time (%1) tomorrow</comment>
        <translation>morgen %1</translation></message>
    <message><source>Mon</source><comment>Monday, abbreviated</comment>
        <translation>Mo</translation></message>
</context>
<context>
    <name>Cli</name>
    <message><source>Tracker: not running</source>
        <translation>Tracker: läuft nicht</translation></message>
    <message><source>a pause must be longer than zero</source>
        <translation type="unfinished">eine Pause muss länger als null sein</translation></message>
</context>
</TS>
"""


@pytest.fixture
def german(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A German JSON catalogue made from FIXTURE as build_translations.sh makes it."""
    ts = tmp_path / "creepguard_de.ts"
    ts.write_text(FIXTURE, encoding="utf-8")
    folder = tmp_path / "compiled"
    folder.mkdir()
    data = catalogues.json_catalogue(ts)
    (folder / "creepguard_de.json").write_text(json.dumps(data), encoding="utf-8")
    i18n.set_catalogue_dir(str(folder))
    monkeypatch.setenv("CREEPGUARD_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(status_format, "_PATTERN", ["%H:%M"])
    return folder


def test_language_de_status_speaks_german(
    german: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANGUAGE", "de")
    assert quick.main(["status"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["CreepGuard läuft nicht.", "Heute: 0 Min. gesessen, 0 Pausen"]


def test_the_settings_language_wins_over_the_system(
    german: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANGUAGE", "en")
    settings = german.parent / "home" / "config" / "settings.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text('language = "de"\n', encoding="utf-8")
    assert quick.main(["status"]) == 0
    assert capsys.readouterr().out.startswith("CreepGuard läuft nicht.\n")
    settings.write_text('language = ""\n', encoding="utf-8")
    assert quick.main(["status"]) == 0
    assert capsys.readouterr().out.startswith("CreepGuard is not running.\n")


def test_the_full_command_line_speaks_german_and_leaves_unfinished_texts_english(
    german: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANGUAGE", "de_DE.UTF-8")
    assert cli.main(["pause", "0"]) == cli.EXIT_USAGE
    assert capsys.readouterr().err == "creepguard: a pause must be longer than zero\n"
    assert i18n.current_language() == "de"
    assert i18n.tr("Cli", "Tracker: not running") == "Tracker: läuft nicht"


def test_a_confirmation_reads_in_german(german: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import datetime, timedelta

    monkeypatch.setenv("LANGUAGE", "de")
    i18n.set_language("")
    now = datetime.now().astimezone().replace(hour=22, minute=0, second=0, microsecond=0)
    until = now + timedelta(hours=10, minutes=55)
    status = {"paused_until": until.isoformat()}
    text = status_format.confirmation("pause", status)
    assert text.startswith("Pause bis morgen 08:55, in ")  # "in 10 h 55 min": not in FIXTURE
    assert text.endswith(". Gezählt wird weiter.")


REAL_GERMAN = ROOT / "translations" / "creepguard_de.ts"


@pytest.mark.skipif(
    not REAL_GERMAN.is_file(), reason="translations/creepguard_de.ts is not written yet"
)
def test_language_de_status_speaks_the_real_german(tmp_path: Path) -> None:
    """The shipped catalogue, end to end, in a process of its own as a status bar runs it."""
    _language, messages = catalogues.read_ts(REAL_GERMAN)
    wanted = {
        m.source: m.forms[0]
        for m in messages
        if m.context == "StatusFormat" and m.finished and m.source == "CreepGuard is not running."
    }
    assert wanted, "the German catalogue lacks 'CreepGuard is not running.'"
    result = subprocess.run(
        [sys.executable, "-m", "creepguard", "status"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "LANGUAGE": "de", "CREEPGUARD_HOME": str(tmp_path)},
    )
    assert result.stdout.splitlines()[0] == wanted["CreepGuard is not running."]
