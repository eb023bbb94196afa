"""The history every surface reads when a folder is shared: this computer's history file
and the other computers' days, merged (README rule 11, "One history").

:class:`MergedHistory` answers the store's reading methods (``day_summaries``,
``day_records``, ``spans_between``, ``episodes_between``, ``tz``), so ``history``,
``export`` and the History window read it as they read the store. The folder is read on a
helper thread with a time limit: a folder that hangs gives this computer's history alone
and a sentence in ``problems``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, TypeVar

from creepguard.core.counts import count_day
from creepguard.core.history import DaySummary
from creepguard.core.model import Episode, Span
from creepguard.i18n import fill, tr
from creepguard.sync.folder import FolderProblem, FolderReader, unnamed
from creepguard.sync.merge import Piece, local_days, merge_episodes, merge_spans
from creepguard.sync.port import THIS

if TYPE_CHECKING:
    from creepguard.storage.store import Store

T = TypeVar("T")


def bounded(work: Callable[[], T], timeout_s: float, what: str) -> T:
    """``work()`` on a helper thread; FolderProblem if it takes longer than ``timeout_s``
    (a network folder gone away blocks in the kernel, where no timeout reaches).
    ``what`` (translated) says what the person gets instead, ending that sentence."""
    box: list[T] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            box.append(work())
        except BaseException as error:  # handed to the caller's thread
            errors.append(error)

    helper = threading.Thread(target=run, name="creepguard-folder", daemon=True)
    helper.start()
    helper.join(timeout_s)
    if helper.is_alive():
        raise FolderProblem(
            fill(
                tr(
                    "Sync",
                    "The shared folder did not answer within %1 s (a network folder gone "
                    "away?); %2.",
                    "%1 is a number of seconds; %2 what is done instead, as: this "
                    "computer's history is shown alone",
                ),
                f"{timeout_s:g}",
                what,
            )
        )
    if errors:
        raise errors[0]
    return box[0]


class PeerRecords:
    """Other computers' spans and prompts for some days, with their names and what could
    not be read."""

    def __init__(self) -> None:
        self.sources: list[tuple[str, list[Span], list[Episode]]] = []
        self.names: dict[str, str] = {}
        self.problems: list[str] = []


def read_peers(reader: FolderReader, this_device: str, first: date, last: date) -> PeerRecords:
    """Every other computer's days from ``first`` to ``last`` (a day more each side: its
    days are cut at its own midnights), and the span it has open."""
    records = PeerRecords()
    for device in reader.device_ids():
        if device == this_device:
            continue
        view = reader.view(device)
        spans: list[Span] = []
        episodes: list[Episode] = []
        for day in reader.days(device, first - timedelta(days=1), last + timedelta(days=1), view):
            spans.extend(day.spans)
            episodes.extend(day.episodes)
        if view.word is not None and view.word.open_span is not None:
            spans.append(view.word.open_span)
        records.sources.append((device, spans, episodes))
        records.names[device] = view.name
        records.problems.extend(view.problems)
        records.problems.extend(conflict_sentence(view.name, file) for file in view.conflicts)
    return records


def conflict_sentence(name: str, file: str) -> str:
    return fill(
        tr(
            "Sync",
            "The shared folder holds a conflicting copy of %1's %2, made by the sync "
            "program; both copies were read and nothing is lost. You may delete the copy "
            "once every computer is in sync.",
            "%1 is a computer's name, %2 the copy's file name in the folder; the sync "
            "program: Syncthing, Nextcloud, Dropbox...",
        ),
        name,
        file,
    )


class MergedHistory:
    """This computer's history with the others' (see the module).

    Args:
        store: this computer's store.
        reader: the shared folder's reader; None to read this computer alone.
        this_device: this computer's id (its own files in the folder are not read: its
            history file is fresher).
        this_name: this computer's name, for the device column.
        only: a device id (or :data:`THIS`) to read that computer's records alone.
        timeout_s: how long to wait for the folder.
    """

    def __init__(
        self,
        store: Store,
        reader: FolderReader | None,
        this_device: str,
        *,
        this_name: str = "this computer",
        only: str | None = None,
        timeout_s: float = 5.0,
    ) -> None:
        self.store = store
        self.reader = reader
        self.this_device = this_device
        self.only = only
        self.timeout_s = timeout_s
        self.names: dict[str, str] = {THIS: this_name}
        self.problems: list[str] = []

    @property
    def tz(self) -> tzinfo:
        return self.store.tz

    # ------------------------------------------------------------------ merging

    def _peers(self, first: date, last: date) -> list[tuple[str, list[Span], list[Episode]]]:
        reader = self.reader
        if reader is None or self.only == THIS:
            return []
        try:
            records = bounded(
                lambda: read_peers(reader, self.this_device, first, last),
                self.timeout_s,
                tr(
                    "Sync",
                    "this computer's history is shown alone",
                    "ends the sentence 'The shared folder did not answer within 5 s (a "
                    "network folder gone away?); ...'",
                ),
            )
        except (FolderProblem, OSError) as error:
            self._problem(str(error))
            return []
        self.names.update(records.names)
        for problem in records.problems:
            self._problem(problem)
        if self.only is not None:
            return [source for source in records.sources if source[0] == self.only]
        return records.sources

    def _problem(self, text: str) -> None:
        if text not in self.problems:
            self.problems.append(text)

    def pieces(
        self, start: datetime, end: datetime
    ) -> tuple[list[Piece], list[tuple[str, Episode]]]:
        """The merged spans from ``start`` to ``end`` (clipped, cut at local midnights)
        and the prompts that started in it, each with the computer it came from."""
        tz = self.tz
        first = start.astimezone(tz).date()
        last = (end - timedelta(microseconds=1)).astimezone(tz).date()
        peers = self._peers(first, last)
        span_sources: list[tuple[str, Sequence[Span]]] = []
        episode_sources: list[tuple[str, Sequence[Episode]]] = []
        if self.only in (None, THIS):
            span_sources.append((THIS, self.store.spans_between(start, end)))
            episode_sources.append((THIS, self.store.episodes_between(start, end)))
        for device, peer_spans, peer_episodes in peers:
            span_sources.append((device, peer_spans))
            episode_sources.append((device, [e for e in peer_episodes if start <= e.started < end]))
        pieces: list[Piece] = []
        for piece in local_days(merge_spans(span_sources), tz):
            span = piece.span
            begin, finish = max(span.start, start), min(span.end, end)
            if finish > begin:
                pieces.append(piece if (begin, finish) == (span.start, span.end) else
                              Piece(piece.device, _clip(span, begin, finish)))  # fmt: skip
        prompts = [
            (device, _local_episode(episode, tz))
            for device, episode in merge_episodes(episode_sources)
        ]
        return pieces, prompts

    # ------------------------------------------------------------------ the store's reads

    def spans_between(self, start: datetime, end: datetime) -> list[Span]:
        return [piece.span for piece in self.pieces(start, end)[0]]

    def episodes_between(self, start: datetime, end: datetime) -> list[Episode]:
        return [episode for _, episode in self.pieces(start, end)[1]]

    def day_records(
        self, first: date, last: date
    ) -> tuple[dict[date, list[Span]], dict[date, list[Episode]]]:
        days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
        spans: dict[date, list[Span]] = {day: [] for day in days}
        episodes: dict[date, list[Episode]] = {day: [] for day in days}
        start = datetime.combine(first, time(), self.tz)
        end = datetime.combine(last + timedelta(days=1), time(), self.tz)
        pieces, prompts = self.pieces(start, end)
        for piece in pieces:
            spans.setdefault(piece.span.start.date(), []).append(piece.span)
        for _, episode in prompts:
            episodes.setdefault(episode.started.date(), []).append(episode)
        return spans, episodes

    def day_summaries(
        self, first: date, last: date, creep_s: float, min_break_s: float = 120.0
    ) -> tuple[DaySummary, ...]:
        spans, episodes = self.day_records(first, last)
        return tuple(
            count_day(day, spans[day], episodes.get(day, []), creep_s=creep_s,
                      min_break_s=min_break_s)
            for day in sorted(spans)
            if first <= day <= last
        )  # fmt: skip

    def device_name(self, device: str) -> str:
        name = self.names.get(device)
        return name if name is not None else unnamed(device)


def _local_episode(episode: Episode, tz: tzinfo) -> Episode:
    """``episode`` with its times on the local clock (another computer's carry its own
    UTC offset, and the day a prompt counts on is this computer's)."""
    ended = None if episode.ended is None else episode.ended.astimezone(tz)
    return Episode(
        episode.kind,
        episode.started.astimezone(tz),
        ended,
        episode.outcome,
        episode.snoozes,
        episode.exercise_id,
    )


def _clip(span: Span, start: datetime, end: datetime) -> Span:
    before = span.sit_before_s
    if span.state.value == "sitting":
        before += (start - span.start).total_seconds()
    return Span(span.state, start, end, before)
