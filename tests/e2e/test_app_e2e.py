"""The real app on a real (virtual) desktop, driven by xdotool like a person.

One working session at 120x speed (one real second is two clock minutes): the tray icon
appears, the creep notification reaches the notification daemon, the stretch card comes
at the posture-change interval, Done records a break, no input records time away, and
``status --json`` and ``history --json`` agree with the timeline the test drove.

Every moment the test drives is bracketed by ``time.monotonic()`` readings taken before
and after the xdotool call (or the poll) that made or saw it, and the app's figures must
fall inside those brackets, widened by one poll of the app (30 clock-s): that is "agrees
with the driven timeline within one poll", with no guessing about process latency.
Figures bounded by a return get one mover period more: a reading gives only the latest
input, and a late one may already see the second move after the return.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.e2e.desktop import Desktop, MouseMover
from tests.harness.app_process import AppProcess, settings_text, socket_families
from tests.harness.processes import wait_for
from tests.harness.shots import Shots

pytestmark = pytest.mark.e2e

SCALE = 120.0  # clock seconds per real second
POLL_S = 30.0  # the app reads activity at least this often while someone sits (clock s)
CARD_TITLE = "\u2013 CreepGuard"  # "<exercise> \u2013 CreepGuard" (an en dash)
APP_CLASS = "CreepGuard"  # the X class of the app's windows (its application name)


@dataclass(frozen=True)
class Moment:
    """A real moment known to lie between ``lo`` and ``hi`` (``time.monotonic()``)."""

    lo: float
    hi: float

    @classmethod
    def now(cls) -> Moment:
        t = time.monotonic()
        return cls(t, t)


def clock_s(start: Moment, end: Moment) -> tuple[float, float]:
    """The least and most clock seconds that can lie between two moments."""
    return (end.lo - start.hi) * SCALE, (end.hi - start.lo) * SCALE


def assert_within(
    value: float, bounds: tuple[float, float], what: str, slack_s: float = POLL_S
) -> None:
    lo, hi = bounds[0] - slack_s, bounds[1] + slack_s
    assert lo <= value <= hi, f"{what}: {value:.0f} s is outside [{lo:.0f}, {hi:.0f}] s"


def add(*ranges: tuple[float, float]) -> tuple[float, float]:
    return sum(r[0] for r in ranges), sum(r[1] for r in ranges)


def observe(condition: object, timeout_s: float, what: str) -> tuple[Moment, object]:
    """Poll ``condition`` (a callable); the moment it first held, bracketed by the
    previous poll that did not see it and the poll that did."""
    assert callable(condition)
    deadline = time.monotonic() + timeout_s
    before = time.monotonic()
    while True:
        value = condition()
        after = time.monotonic()
        if value:
            return Moment(before, after), value
        if after >= deadline:
            raise TimeoutError(f"waited {timeout_s:.0f} s for {what}")
        before = after
        time.sleep(0.03)


def test_a_working_session_on_a_real_desktop(
    desktop: Desktop, app_home: Path, shots: Shots
) -> None:
    seen_notifications = len(desktop.notifications())
    mover = MouseMover(desktop)
    # A reading gives only the latest input. The first one after a return comes within a
    # poll, but a late timer can see the mover's second move rather than its first, so
    # figures bounded by the return get one mover period more.
    return_slack_s = POLL_S + mover.period_s * SCALE
    # The persistent style keeps the card until it is answered: at 120x an unanswered
    # card is ignored after 2.5 real seconds, less than its key guard and a click take.
    app = AppProcess(
        app_home,
        desktop.env(),
        time_scale=SCALE,
        settings=settings_text(reminder_style="persistent"),
    )
    try:
        mover.start()  # the person is already at work when the tracker starts
        app.start()
        app.wait_answering()

        # 1. The tray icon is shown by the tray host.
        wait_for(lambda: desktop.tray_icon_shown(APP_CLASS, app.pid), 20, "the tray icon")
        shots.take(f"tray-{desktop.tray}")
        assert app.status()["backend"] == "x11"  # idle comes from the X server

        # 2. At the creep threshold (20 clock-min) the notification reaches dunst.
        def creep_note() -> tuple[str, str, str] | None:
            for note in desktop.notifications()[seen_notifications:]:
                if note[1].startswith("You have sat for"):
                    return note
            return None

        note = wait_for(creep_note, 30, "the creep notification in dunst")
        assert note[0] == "CreepGuard"
        assert note[1] == "You have sat for 20 min."
        shots.take("creep-notification")

        # 3. At the posture-change interval (30 clock-min) the stretch card appears.
        card_moment, found = observe(
            lambda: desktop.find_windows(CARD_TITLE), 30, "the stretch card"
        )
        assert isinstance(found, list)
        card = found[0]
        title = desktop.x("xdotool", "getwindowname", card).strip()
        assert title.endswith(CARD_TITLE) and len(title) > len(CARD_TITLE) + 1
        status = app.status()
        asked = Moment(card_moment.lo, time.monotonic())
        # The mover keeps working while the card is up: that is sitting, not a break,
        # and the sit runs on until asked.
        assert status["state"] == "sitting", status
        assert status["card_open"] is True
        assert 1800 <= status["sitting_s"] <= 1800 + clock_s(card_moment, asked)[1] + POLL_S, status
        shots.take("stretch-card")

        # 4. Done, from the keyboard: a click into the (gentle) card hands it the
        # keyboard; keys count only after its guard time, then Return is Done.
        from creepguard.ui.card import KEY_GUARD_MS

        time.sleep(max(0.0, card_moment.hi + KEY_GUARD_MS / 1000 + 0.3 - time.monotonic()))
        with mover.paused():
            desktop.x("xdotool", "mousemove", "--window", card, "8", "8", "click", "1")
            wait_for(
                lambda: desktop.x("xdotool", "getwindowfocus", check=False).strip() == card,
                5,
                "the card to take the keyboard",
            )
            before = time.monotonic()
            desktop.x("xdotool", "key", "--clearmodifiers", "Return")
            done = Moment(before, time.monotonic())
        wait_for(lambda: app.request("status")["today"]["breaks_taken"] == 1, 10, "the break")
        wait_for(lambda: not desktop.find_windows(CARD_TITLE), 10, "the card to close")
        status = app.status()
        assert status["today"]["breaks_taken"] == 1
        assert status["state"] == "sitting"
        wait_for(
            lambda: any(n[1] == "Well done" for n in desktop.notifications()[seen_notifications:]),
            10,
            "the recovery note",
        )
        shots.take("break-done")

        # 5. No input for longer than the away threshold (5 clock-min): away.
        last_input = Moment(*mover.stop())
        away_moment, _ = observe(lambda: app.request("status")["state"] == "away", 15, "away")
        assert app.status()["state"] == "away"
        assert_within(
            (away_moment.hi - last_input.lo) * SCALE, (300.0, 300.0 + POLL_S), "away noticed after"
        )
        shots.take("away")

        # 6. Back at the desk: sitting again, a fresh sit, counted from the first input.
        back = Moment(*mover.start())
        wait_for(lambda: app.request("status")["state"] == "sitting", 10, "the return")
        wait_for(lambda: app.request("status")["sitting_s"] >= 120, 10, "two minutes of sitting")

        # 7. status --json and history --json agree with the driven timeline.
        status_at = Moment.now()
        status = app.status()
        status_at = Moment(status_at.lo, time.monotonic())
        history_at = Moment.now()
        history = app.history()
        history_at = Moment(history_at.lo, time.monotonic())
        today = datetime.now(ZoneInfo(app.tz)).date().isoformat()
        (day,) = [d for d in history["days"] if d["date"] == today]

        assert status["state"] == "sitting"
        assert_within(
            status["sitting_s"], clock_s(back, status_at), "status sitting_s", return_slack_s
        )
        assert_within(day["away_s"], clock_s(last_input, back), "history away_s", return_slack_s)
        # The mover worked through the card, and the click and Return came right before
        # Done: the break runs from the last input seen before Done, so it is short,
        # and the card's time is sitting.
        assert_within(day["on_break_s"], (0.0, clock_s(card_moment, done)[1]), "on_break_s")
        card_time = clock_s(card_moment, done)
        worked = add(
            (1800.0, 1800.0 + POLL_S),  # the first sit, to the card
            (card_time[0] - day["on_break_s"], card_time[1] - day["on_break_s"]),
            clock_s(done, last_input),  # after Done until the input stopped
            clock_s(back, history_at),  # since the return
        )
        assert_within(day["sitting_s"], worked, "history sitting_s", return_slack_s)
        assert_within(
            status["today"]["sitting_s"],
            (day["sitting_s"] - (history_at.hi - status_at.lo) * SCALE, day["sitting_s"]),
            "status today.sitting_s against history",
        )
        # Done on the card, and the 5 minutes away (a break without a prompt: README).
        assert day["breaks_done"] == status["today"]["breaks_done"] == 1
        assert day["breaks_unprompted"] == status["today"]["breaks_unprompted"] == 1
        assert day["breaks_taken"] == status["today"]["breaks_taken"] == 2
        shots.take("back")

        # 8. All along, no network socket: only local ones (X, D-Bus, the control socket).
        families = socket_families(app.pid)
        assert not families["inet"], families
        assert families["unix"]
    finally:
        mover.close()
        code = app.stop()
    assert code == 0, app.output()
    assert "Traceback" not in app.output(), app.output()
