"""The calendar under the engine: steady-clock seconds placed on the wall clock, and the
span in progress cut at local midnights and at a wall clock set forward.

The engine counts in the clock's monotonic seconds; only spans need dates. Keeping the
mapping here keeps the rules about time (README "How time is counted", rule 9) in one
small place: a clock set forward leaves a hole in the calendar, one set back is ignored
until the next start, and no span crosses local midnight.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from creepguard.core.clock import Clock
from creepguard.core.events import Event, SpanClosed, SpansRelabelled
from creepguard.core.model import Span, State

# A wall clock that disagrees with the monotonic clock by more than this was set by hand
# (or by NTP after a long drift); smaller differences are timer jitter.
WALL_JUMP_TOLERANCE_S = 2.0


class Timeline:
    """The state in progress since ``span_start``, and the calendar it is written on.

    Args:
        clock: the engine's clock.
        events: the engine's event list; closed spans are appended to it.
        sit_before: the sit already counted at a moment, for a sitting span's start.
        state: the state at the start.
    """

    def __init__(
        self,
        clock: Clock,
        events: list[Event],
        sit_before: Callable[[State, float], float],
        state: State,
    ) -> None:
        now_t = clock.monotonic()
        self._clock = clock
        self._events = events
        self._sit_before = sit_before
        self.anchor_t = now_t
        self.anchor_wall = clock.now()
        self.last_t = now_t
        self.state = state
        self.span_start = now_t

    def wall(self, t: float) -> datetime:
        """Where the monotonic moment ``t`` lies on the calendar."""
        return (self.anchor_wall + timedelta(seconds=t - self.anchor_t)).astimezone(self._clock.tz)

    def sync(self) -> float:
        """Bring the calendar to now (wall-clock jumps, local midnights); returns now."""
        now = max(self._clock.monotonic(), self.last_t)
        wall = self._clock.now()
        drift = (wall - self.wall(now)).total_seconds()
        if drift > WALL_JUMP_TOLERANCE_S:
            # The wall clock was set forward. Monotonic time already counts suspend, so
            # this is no elapsed time: close the span where the old timeline stood and
            # carry on from the new wall time, leaving a hole in the calendar, not in time.
            self._split_midnights(now)
            self.close_span(now)
            self.anchor_t, self.anchor_wall = now, wall
            self.span_start = now
        # A backward jump keeps the old anchor: re-anchoring would make the next spans
        # overlap the ones already written. The calendar runs ahead until the next start.
        self._split_midnights(now)
        self.last_t = now
        return now

    def change(self, state: State, at: float) -> None:
        """From ``at`` (no earlier than the span in progress began) the state is ``state``."""
        self.close_span(at)
        self.span_start = at
        self.state = state

    def open_span(self, now: float) -> Span:
        start = self.span_start
        return Span(
            self.state, self.wall(start), self.wall(now), self._sit_before(self.state, start)
        )

    def next_midnight(self, wall: datetime) -> datetime:
        local = wall.astimezone(self._clock.tz)
        day = local.date() + timedelta(days=1)
        # Built from the date and converted through UTC so DST days get their true length.
        return datetime(day.year, day.month, day.day, tzinfo=self._clock.tz)

    def close_span(self, at: float) -> None:
        self.emit_span(self.state, self.span_start, at)

    def emit_span(self, state: State, start: float, end: float) -> None:
        """Report a finished span, cut at every local midnight it crosses."""
        while end > start:
            start_wall = self.wall(start)
            cut = min(end, start + (self.next_midnight(start_wall) - start_wall).total_seconds())
            span = Span(state, start_wall, self.wall(cut), self._sit_before(state, start))
            self._events.append(SpanClosed(span))
            start = cut

    def relabel(self, start: float, end: float, state: State) -> None:
        """Rewrite [start, end) as ``state``: closed spans by a relabel event, the open
        span by closing its corrected part."""
        if end <= start:
            return
        if start < self.span_start:
            self._events.append(
                SpansRelabelled(self.wall(start), self.wall(min(end, self.span_start)), state)
            )
        if end > self.span_start:
            cut = max(start, self.span_start)
            self.close_span(cut)
            self.emit_span(state, cut, end)
            self.span_start = end

    def _split_midnights(self, now: float) -> None:
        while True:
            start_wall = self.wall(self.span_start)
            midnight = self.next_midnight(start_wall)
            if midnight > self.wall(now):
                return
            at = self.span_start + (midnight - start_wall).total_seconds()
            self.close_span(at)
            self.span_start = at
