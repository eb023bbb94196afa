"""Time held in one posture since its last reset: the sit and the stand the engine counts.

A :class:`Load` is what a posture has accumulated; the sit is a :class:`SitLoad`, which
also remembers how it grew since its last break, because another computer's word about a
break (README rule 11) asks "how much of today's sit came after that moment?".
"""

from __future__ import annotations

from dataclasses import dataclass, field

# A sit's changes between two breaks are few (a posture change, an away, an arrival from
# another computer); past this many the oldest ones matter least.
_LOG_LIMIT = 256


@dataclass
class Load:
    """Time accumulated in one posture since its last reset.

    ``running_since`` is set while the posture is being held; ``interrupted_since`` while
    it is not, so a long enough interruption can reset it.
    """

    committed_s: float = 0.0
    running_since: float | None = None
    interrupted_since: float | None = None
    next_prompt_at_s: float = 0.0

    def total(self, now: float) -> float:
        running = now - self.running_since if self.running_since is not None else 0.0
        return self.committed_s + max(0.0, running)

    @property
    def running(self) -> bool:
        return self.running_since is not None


@dataclass
class SitLoad(Load):
    """The sit, with how it grew since its last break.

    ``changes`` holds (moment, total then, running from then on) at each change of the
    sit's state; ``carried`` holds (moment, seconds) for sit carried in from another
    computer, which was not sat here.
    """

    changes: list[tuple[float, float, bool]] = field(default_factory=list)
    carried: list[tuple[float, float]] = field(default_factory=list)

    def note_change(self, at: float) -> None:
        """Note the sit as it stands from ``at`` on (after a change of its state)."""
        changes = self.changes
        while changes and changes[-1][0] > at:
            changes.pop()  # a change dated back to ``at`` rewrites what was noted after it
        changes.append((at, self.total(at), self.running))
        if len(changes) > _LOG_LIMIT:
            del changes[:-_LOG_LIMIT]

    def total_at(self, t: float) -> float:
        """The sit at the past moment ``t`` (0 before it began)."""
        for moment, total, running in reversed(self.changes):
            if moment <= t:
                return total + (t - moment if running else 0.0)
        return 0.0

    def as_one_stretch(self, until: float, total: float) -> None:
        """Forget how the sit grew: from here on it reads as ``total`` seconds sat without
        a pause up to ``until`` (after a break, a correction by hand, a restart)."""
        self.changes = [(until - total, 0.0, True), (until, total, self.running)]
        self.carried = []

    def carry_in(self, at: float, seconds: float) -> None:
        """``seconds`` of sit arrived from another computer at ``at``."""
        self.carried.append((at, seconds))

    def carried_in_after(self, t: float) -> float:
        return sum(seconds for moment, seconds in self.carried if moment > t)
