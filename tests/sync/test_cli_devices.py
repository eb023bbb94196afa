"""The command line with a shared folder: ``devices``, and ``history`` and ``export`` over
every computer's records (README rule 11, "The command line")."""

from __future__ import annotations

import csv
import io
import json
import time
from pathlib import Path

import pytest

from creepguard import cli
from creepguard import settings as settings_mod
from tests.sync.test_two_trackers import START, Two

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def two(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Two:
    """Twenty minutes at the desk, ten side by side, ten at the laptop; the command line
    runs as the desk's person."""
    two = Two(tmp_path)
    two.run(20, two.desk)
    two.run(10, two.desk, two.laptop)
    two.run(10, two.laptop)
    for side in two.both:
        side.app.tracker.flush()
    two.run(1.5, two.laptop)
    for side in two.both:
        values = settings_mod.Settings().replace(sync_folder=str(two.shared), device_name=side.name)
        settings_mod.save(side.paths.settings_file, values)
    monkeypatch.setenv("CREEPGUARD_HOME", str(tmp_path / "desk"))
    monkeypatch.setenv("TZ", "Europe/Berlin")
    return two


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_devices_lists_every_computer_and_this_one(
    two: Two, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "devices")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"Shared folder: {two.shared}"
    assert lines[1] == "  Desk (this computer)"
    assert lines[2].startswith("  Laptop: last saw you 2026-11-23 09:41")
    code, out, _ = run(capsys, "devices", "--json")
    payload = json.loads(out)
    assert payload["folder"] == str(two.shared)
    assert [(d["name"], d["this_one"]) for d in payload["devices"]] == [
        ("Desk", True),
        ("Laptop", False),
    ]
    assert payload["devices"][1]["last_seen"].startswith("2026-11-23T09:41")
    assert payload["problems"] == []


def test_devices_without_a_folder_says_this_computer_counts_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CREEPGUARD_HOME", str(tmp_path))
    code, out, _ = run(capsys, "devices")
    assert code == 0 and out.startswith("No shared folder is set: this computer counts alone.")
    payload = json.loads(run(capsys, "devices", "--json")[1])
    assert payload["folder"] is None and len(payload["devices"]) == 1
    # Looking stores nothing: without a folder no id is made (README: off means nothing).
    assert payload["devices"][0]["id"] is None
    assert run(capsys, "history", "--device", "this", "--json")[0] == 0
    assert not (tmp_path / "data" / "device-id").exists()


def test_devices_with_the_folder_gone_says_so_in_plain_words(
    two: Two, capsys: pytest.CaptureFixture[str]
) -> None:
    two.shared.rename(two.shared.with_name("unplugged"))
    code, out, _ = run(capsys, "devices")
    assert code == 0
    assert "Problem: The shared folder" in out and "is not there" in out


def test_history_counts_every_computer_once_or_one_alone(
    two: Two, capsys: pytest.CaptureFixture[str]
) -> None:
    week = START.strftime("%G-W%V")
    code, out, _ = run(capsys, "history", "--week", week, "--json")
    payload = json.loads(out)
    day = next(d for d in payload["days"] if d["date"] == START.date().isoformat())
    assert day["sitting_s"] / 60 == pytest.approx(41.5, abs=0.6)  # not 30 + 21.5
    assert payload["devices"] == ["Desk", "Laptop"]
    laptop = json.loads(run(capsys, "history", "--week", week, "--json", "--device", "laptop")[1])
    day = next(d for d in laptop["days"] if d["date"] == START.date().isoformat())
    assert day["sitting_s"] / 60 == pytest.approx(21.5, abs=0.6)
    code, _, err = run(capsys, "history", "--device", "fridge")
    assert code == 2 and "no single computer is called 'fridge'" in err


def test_export_has_a_device_column_and_each_moment_once(
    two: Two, capsys: pytest.CaptureFixture[str]
) -> None:
    started = time.monotonic()
    code, out, err = run(capsys, "export", "--format", "csv", "--since", "2026-11-23")
    assert (code, err) == (0, "")
    assert time.monotonic() - started < 2  # to the year 9999, without listing every day
    rows = list(csv.DictReader(io.StringIO(out)))
    spans = [row for row in rows if row["record"] == "span" and row["state_or_kind"] == "sitting"]
    assert {row["device"] for row in spans} == {"Desk", "Laptop"}
    assert sum(float(row["duration_s"]) for row in spans) / 60 == pytest.approx(41.5, abs=0.6)
    starts = [row["start"] for row in spans]
    assert starts == sorted(starts)  # in time order, none overlapping another
