"""The latest quiet spell, kept so that the person can say what it was.

Readings give only the latest input, so a long pause in input is known to run from the
input before it at least until the last reading that still saw none. The tray's "The last
quiet spell: I was away / I was here" corrects how it was counted: away, it ends the sit
when it lasted a minimum break; here, it was sitting all along (README rules 3 and 4).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class QuietSpell:
    """The most recent stretch without input, as it was counted.

    Attributes:
        start, end: the spell, on the engine's steady clock.
        was_away: counted as away (True) or as sitting (False).
        sit_before_s: the sit when the spell began.
        sit_after_s: the sit when it ended, as it was counted then.
        next_prompt_before_s: the sit at which the next card was due when it began.
    """

    start: float
    end: float
    was_away: bool
    sit_before_s: float = 0.0
    sit_after_s: float = 0.0
    next_prompt_before_s: float = 0.0

    @property
    def length_s(self) -> float:
        return self.end - self.start

    def recount(self, *, was_away: bool, sit_now: float, min_break_s: float) -> tuple[float, bool]:
        """Count the spell again as away (``was_away``) or as sitting, with the sit now
        ``sit_now``: the sit it leaves now, and whether the spell ended the sit (a break).

        What was sat since the spell is kept either way; the spell itself adds its length
        as sitting, or nothing as away (all of the sit before it, when it was long enough
        to be a break).
        """
        since = max(0.0, sit_now - self.sit_after_s)
        ended = was_away and self.length_s >= min_break_s
        if ended:
            total = since
        elif was_away:
            total = self.sit_before_s + since
        else:
            total = self.sit_before_s + self.length_s + since
        self.was_away = was_away
        self.sit_after_s = total - since
        return total, ended
