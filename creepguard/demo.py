"""``creepguard run --demo``: a scripted person lives a short day on the real app.

Only the reading of the keyboard and mouse is faked: :class:`ScriptedPerson` is an
ActivitySource that wraps the real one, so the person watching can still type or move the
mouse and be counted. What a person would do in the tray menu (I'm standing, I'm sitting)
goes through the app's own controller. The :class:`Director` follows :data:`SCRIPT` on
the app's clock and says what is happening in a caption.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from creepguard.core.model import ActivitySample, Posture
from creepguard.core.ports import (
    ActivityListener,
    ActivitySource,
    DetectsSuspend,
    WantsTimerArmed,
)
from creepguard.i18n import QT_TRANSLATE_NOOP as N_

DEMO_TIME_SCALE = 30.0  # the script's 57 minutes in about two real minutes
_TYPING_EVERY_S = 10.0  # app seconds between scripted keystrokes while typing


class ScriptedPerson:
    """An ActivitySource: the real source's reading, with the scripted person's input.

    The idle time is the shorter of the two, so input from either counts; the lock and
    the inhibitors are the real ones. Idle is reported in real seconds, as the OS does
    (the app scales it by its clock's rate).
    """

    def __init__(self, real: ActivitySource, monotonic: Callable[[], float], rate: float) -> None:
        self._real = real
        self._monotonic = monotonic
        self._rate = rate
        self._last_input: float | None = None
        self.name = f"demo + {real.name}"
        self.has_activity_events = real.has_activity_events

    @property
    def notice(self) -> str | None:  # for diagnose
        return getattr(self._real, "notice", None)

    def check_suspend(self) -> object:
        return self._real.check_suspend() if isinstance(self._real, DetectsSuspend) else None

    def timer_armed(self, delay_s: float) -> None:
        if isinstance(self._real, WantsTimerArmed):
            self._real.timer_armed(delay_s)

    def input(self) -> None:
        """The scripted person presses a key now."""
        self._last_input = self._monotonic()

    def start(self, listener: ActivityListener) -> None:
        self._real.start(listener)

    def read(self) -> ActivitySample:
        sample = self._real.read()
        if self._last_input is None:
            return sample
        scripted = (self._monotonic() - self._last_input) / self._rate
        return ActivitySample(min(sample.idle_s, scripted), sample.locked, sample.inhibited)

    def stop(self) -> None:
        self._real.stop()


@dataclass(frozen=True)
class Step:
    """At ``at_min`` minutes into the demo (the app's clock): say ``caption`` and act.

    ``caption`` is the English source, marked for the catalogue (context "Demo"); the
    caption window translates it when it shows it."""

    at_min: float
    caption: str
    typing: bool | None = None  # start or stop the scripted keystrokes
    posture: Posture | None = None  # what the person picks in the tray menu
    end: bool = False


SCRIPT: tuple[Step, ...] = (
    Step(
        0,
        N_("Demo", "Sitting and typing. The ring fills toward the next posture change."),
        typing=True,
    ),
    Step(
        12,
        N_("Demo", "Reading: no keyboard or mouse for 3 minutes. That is still sitting."),
        typing=False,
    ),
    Step(
        15,
        N_("Demo", "Typing again. At 20 minutes of sitting the creep warning comes."),
        typing=True,
    ),
    Step(
        20.5, N_("Demo", "The creep warning: after about 20 minutes a sitting back starts to tire.")
    ),
    Step(23, N_("Demo", "Working on. At 30 minutes a stretch card asks for a posture change.")),
    Step(
        30.2, N_("Demo", "The stretch card. The person stops typing and follows it."), typing=False
    ),
    Step(32.5, N_("Demo", "2 quiet minutes on the card: that is the break, and the sit ends.")),
    Step(
        33.5,
        N_("Demo", "Back at the keyboard: the card closes by itself, the break counted."),
        typing=True,
    ),
    Step(37, N_("Demo", "A walk away from the desk: no keyboard, no mouse."), typing=False),
    Step(42.5, N_("Demo", "5 minutes without input: away, counted from the last input.")),
    Step(
        46,
        N_("Demo", "Back at the desk: a few seconds of typing and the person is back."),
        typing=True,
    ),
    Step(
        48,
        N_("Demo", "I'm standing (tray menu): standing at the desk, still typing."),
        posture=Posture.STANDING,
    ),
    Step(
        54, N_("Demo", "I'm sitting again. That was the demo's short day."), posture=Posture.SITTING
    ),
    Step(57, N_("Demo", "The demo ends; its temporary history is removed."), end=True),
)


class Director:
    """Plays :data:`SCRIPT`: call :meth:`advance` with the app's clock as it runs."""

    def __init__(
        self,
        person: ScriptedPerson,
        set_posture: Callable[[Posture], None],
        say: Callable[[str], None],
        start_s: float,
        script: tuple[Step, ...] = SCRIPT,
    ) -> None:
        self._person = person
        self._set_posture = set_posture
        self._say = say
        self._start_s = start_s
        self._steps = list(script)
        self._typing = False
        self._last_key_s = -math.inf
        self.finished = False

    def advance(self, now_s: float) -> bool:
        """Do every step that is due by ``now_s``; False once the script has ended."""
        minute = (now_s - self._start_s) / 60
        while self._steps and self._steps[0].at_min <= minute:
            step = self._steps.pop(0)
            self._say(step.caption)
            if step.typing is not None:
                self._typing = step.typing
            if step.posture is not None:
                self._set_posture(step.posture)
            if step.end:
                self.finished = True
        if self._typing and not self.finished and now_s - self._last_key_s >= _TYPING_EVERY_S:
            self._person.input()
            self._last_key_s = now_s
        return not self.finished
