"""What the history window reads: a small Protocol, and its implementation over the store.

The window never touches the store itself (see :mod:`creepguard.ui`): the app hands it a
:class:`HistorySource`. Tests pass a :class:`StoreHistorySource` over a real temporary
store, or any object with these four methods.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any, Protocol

from creepguard.core.history import DaySummary, WeekSummary, summarise, week_start
from creepguard.core.model import Span
from creepguard.core.policy import EngineConfig

if TYPE_CHECKING:
    from creepguard.storage.store import Store

__all__ = ["HistorySource", "StoreHistorySource"]

_MIN_BREAK_S = EngineConfig().min_break_s


class HistorySource(Protocol):
    """History as the window needs it.

    Every method is called on the Qt main thread and must answer quickly (one indexed
    query); none calls back. A source whose store is unavailable answers with empty
    days rather than raising.
    """

    def today(self) -> date:
        """The local date now: the week "This week" goes to."""
        ...

    def week(self, monday: date) -> WeekSummary:
        """The seven days from ``monday``, with ``change`` from the week before filled in.

        For the week holding ``today()`` the change is measured against the same days of
        the week before (Monday to the same weekday), so a Tuesday is not compared with a
        whole week. ``change`` is empty when those days have no record at all, so the
        window says nothing rather than "up 12 h" against days the app did not run.
        """
        ...

    def day_spans(self, day: date) -> list[Span]:
        """The spans of one local day, clipped to it, in time order."""
        ...

    def creep_threshold_s(self) -> float:
        """The creep threshold used to split sitting into "within" and "past" it."""
        ...

    def computers(self) -> list[tuple[str, str]]:
        """The computers whose history can be shown alone, as (id, name), this one
        first; empty while this computer's history is the only one (no shared folder)."""
        ...

    def show_computer(self, device: str | None) -> None:
        """From now on answer with ``device``'s history alone (an id from
        :meth:`computers`), or every computer's together (None)."""
        ...


def _has_record(days: tuple[DaySummary, ...]) -> bool:
    return any(day.sitting_s + day.standing_s + day.away_s + day.on_break_s > 0 for day in days)


class StoreHistorySource:
    """A :class:`HistorySource` over the store.

    Args:
        store: the open store.
        creep_s: the current creep threshold in seconds, or a callable returning it
            (so a settings change is seen without rebuilding the source).
        today: returns the local date now (from the app's clock).
        tz: the local time zone that decides day boundaries; the store's by default.
        min_break_s: the minimum break in seconds (what starts a new sit), or a callable
            returning it; the engine's default when not given.
        computers: the computers sharing a folder, as (id, name) (none by default).
        history_of: the history to read for one computer alone (an id from
            ``computers``) or for all (None); ``store`` by default.
    """

    def __init__(
        self,
        store: Store,
        creep_s: float | Callable[[], float],
        today: Callable[[], date],
        tz: tzinfo | None = None,
        min_break_s: float | Callable[[], float] = _MIN_BREAK_S,
        *,
        computers: Callable[[], list[tuple[str, str]]] = list,
        history_of: Callable[[str | None], Any] | None = None,
    ) -> None:
        self._store = store
        self._computers = computers
        self._history_of = history_of
        self._creep_s = creep_s
        self._min_break_s = min_break_s
        self._today = today
        self._tz = tz or store.tz

    def today(self) -> date:
        return self._today()

    def computers(self) -> list[tuple[str, str]]:
        return self._computers()

    def show_computer(self, device: str | None) -> None:
        if self._history_of is not None:
            self._store = self._history_of(device)

    def creep_threshold_s(self) -> float:
        return float(self._creep_s() if callable(self._creep_s) else self._creep_s)

    def min_break_s(self) -> float:
        return float(self._min_break_s() if callable(self._min_break_s) else self._min_break_s)

    def week(self, monday: date) -> WeekSummary:
        monday = week_start(monday)
        # One query for both weeks: the week before gives the change.
        days = self._store.day_summaries(
            monday - timedelta(days=7),
            monday + timedelta(days=6),
            self.creep_threshold_s(),
            self.min_break_s(),
        )
        previous, current = days[:7], days[7:]
        today = self._today()
        if monday <= today < monday + timedelta(days=7):
            previous = previous[: today.weekday() + 1]
        return summarise(current, previous if _has_record(previous) else ())

    def day_spans(self, day: date) -> list[Span]:
        start = datetime(day.year, day.month, day.day, tzinfo=self._tz)
        following = day + timedelta(days=1)
        end = datetime(following.year, following.month, following.day, tzinfo=self._tz)
        clipped: list[Span] = []
        for span in self._store.spans_between(start, end):
            first, last = max(span.start, start), min(span.end, end)
            if last > first:
                # Spans never cross midnight; should one do so, keep its sit consistent.
                before = span.sit_before_s + (first - span.start).total_seconds()
                clipped.append(
                    Span(
                        span.state, first, last, before if first > span.start else span.sit_before_s
                    )
                )
        return clipped
