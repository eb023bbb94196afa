"""``--demo``: the scripted person plays a short day on the real app, faking only the
keyboard and mouse reading; real input still counts; the temporary folder goes away."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from creepguard.core.clock import FakeClock
from creepguard.core.model import ActivitySample
from creepguard.demo import SCRIPT, Director, ScriptedPerson
from tests.app_harness import FakeSource, Harness

REPO = Path(__file__).resolve().parent.parent


class DemoHarness(Harness):
    """The harness's app, reading the scripted person over the fake OS reading."""

    def build(self) -> Any:
        if not isinstance(self.source, ScriptedPerson):
            self.real = self.source
            self.source = ScriptedPerson(self.source, self.clock.monotonic, self.rate)  # type: ignore[assignment]
        return super().build()


def test_the_scripted_person_and_the_real_one_both_count() -> None:
    clock = FakeClock()
    real = FakeSource(clock, last_input=clock.monotonic())
    person = ScriptedPerson(real, clock.monotonic, rate=30.0)  # type: ignore[arg-type]
    clock.advance(600)
    assert person.read() == ActivitySample(600)  # nobody scripted yet: the OS reading
    person.input()
    clock.advance(60)
    assert person.read().idle_s == pytest.approx(2.0)  # 60 app seconds are 2 real ones
    real.last_input = clock.monotonic()  # the watcher moves the mouse
    assert person.read().idle_s == 0
    real.locked = True
    assert person.read().locked
    assert person.name == "demo + fake"
    # The real source's optional capabilities reach it through the scripted person.
    armed: list[float] = []
    real.timer_armed = armed.append  # type: ignore[attr-defined]
    person.timer_armed(12.5)
    assert armed == [12.5]


def test_the_script_plays_a_short_day_on_the_real_app(qtbot: QtBot, tmp_path: Path) -> None:
    harness = DemoHarness(tmp_path / "app")
    app, shell = harness.app, harness.shell
    present = shell.present_card

    def present_card(card: Any) -> None:  # as the card window does: shown, then said so
        present(card)
        app.card_shown(card.exercise.id)

    shell.present_card = present_card  # type: ignore[method-assign]
    said: list[tuple[float, str]] = []
    start = harness.clock.monotonic()

    def minute() -> float:
        return (harness.clock.monotonic() - start) / 60

    assert isinstance(harness.source, ScriptedPerson)
    director = Director(
        harness.source, app.set_posture, lambda text: said.append((minute(), text)), start
    )
    states: dict[int, str] = {}
    creep_at = card_at = None
    while director.advance(harness.clock.monotonic()):
        harness.clock.advance(15)  # the demo's timer: half a real second at 30x
        app.wake()
        states[int(minute() * 4)] = app.status_json()["state"]
        if creep_at is None and shell.notices:
            creep_at = minute()
        if card_at is None and shell.cards:
            card_at = minute()

    def state_at(m: float) -> str:
        return states[int(m * 4)]

    assert [text for _, text in said] == [step.caption for step in SCRIPT]
    assert creep_at is not None and 20 <= creep_at < 20.5  # before its caption
    assert card_at is not None and 30 <= card_at < 30.2
    assert state_at(14) == "sitting"  # reading
    assert state_at(35) == "sitting" and shell.withdrawn >= 1  # the card closed itself
    assert state_at(44) == "away"
    assert state_at(47) == "sitting"
    assert state_at(50) == "standing"
    assert state_at(56) == "sitting"
    today = app.status_json()["today"]
    assert today["breaks_taken"] >= 2  # the card's break and the walk
    assert today["breaks_natural"] == 1
    assert today["away_s"] >= 5 * 60
    assert 5 * 60 <= today["standing_s"] <= 7 * 60


@pytest.mark.e2e
@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_the_demo_removes_its_folder_when_stopped(stop: signal.Signals, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(tmp_path),
        "PYTHONPATH": str(REPO),
    }
    german = stop is signal.SIGINT
    if german:
        env.update(LANGUAGE="de", LC_ALL="", LANG="")
    process = subprocess.Popen(
        [sys.executable, "-m", "creepguard", "run", "--demo"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    # In the person's language (the SIGINT run speaks German).
    assert first.startswith("Demo mit 30-facher" if german else "Demo at 30x speed")
    folders = list(tmp_path.glob("creepguard-demo-*"))
    assert len(folders) == 1
    socket = folders[0] / "run" / "control.sock"
    ready = subprocess.run(  # the tracker answers: well into its start
        [sys.executable, "-c", f"""
import sys, time
from pathlib import Path
from creepguard.control import NotRunning, request
for _ in range(300):
    try:
        request(Path({str(socket)!r}), "ping"); sys.exit(0)
    except NotRunning:
        time.sleep(0.1)
sys.exit(1)
"""],
        env=env,
        check=False,
        timeout=60,
    )  # fmt: skip
    assert ready.returncode == 0
    assert tempfile.gettempdir() != str(tmp_path)  # the test's own TMPDIR only
    process.send_signal(stop)
    process.communicate(timeout=30)
    assert process.returncode >= 0  # ended by itself, not killed by the signal
    assert list(tmp_path.glob("creepguard-demo-*")) == []
