"""One history from several computers' records (README rule 11, "One history").

Each moment counts once, as the most present thing any computer recorded for it: sitting
or standing, then on a break, then away, then not tracked; between two records of the
same kind, the one that began first (then the computer listed first: this one). A prompt
counts on the computer that showed it, and a prompt that waited on two computers at once
counts once, with the better answer. Pure functions of what they are given.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from creepguard.core.model import Episode, Outcome, Span, State

_RANK = {State.SITTING: 3, State.STANDING: 3, State.ON_BREAK: 2, State.AWAY: 1,
         State.UNTRACKED: 0}  # fmt: skip
_ANSWER = {Outcome.DONE: 4, Outcome.NATURAL: 3, Outcome.SKIPPED: 2, Outcome.IGNORED: 1}


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of the merged history and the computer whose record it is."""

    device: str
    span: Span


def merge_spans(sources: Sequence[tuple[str, Sequence[Span]]]) -> list[Piece]:
    """Every moment any source recorded, once, in time order (see the module)."""
    spans: list[tuple[int, str, Span]] = [
        (order, device, span)
        for order, (device, device_spans) in enumerate(sources)
        for span in device_spans
        if span.end > span.start
    ]
    if not spans:
        return []
    spans.sort(key=lambda item: (item[2].start, item[0]))
    points = sorted({moment for _, _, span in spans for moment in (span.start, span.end)})
    active: list[tuple[int, datetime, int, int]] = []  # -rank, start, order, index
    pieces: list[Piece] = []
    last_index = -1
    following = 0
    for i, moment in enumerate(points[:-1]):
        while following < len(spans) and spans[following][2].start <= moment:
            order, _, span = spans[following]
            heapq.heappush(active, (-_RANK[span.state], span.start, order, following))
            following += 1
        while active and spans[active[0][3]][2].end <= moment:
            heapq.heappop(active)
        if not active:
            last_index = -1
            continue
        index = active[0][3]
        _, device, span = spans[index]
        end = points[i + 1]
        if index == last_index:
            previous = pieces[-1]
            pieces[-1] = Piece(device, _part(span, previous.span.start, end))
        else:
            pieces.append(Piece(device, _part(span, moment, end)))
        last_index = index
    return pieces


def _part(span: Span, start: datetime, end: datetime) -> Span:
    before = span.sit_before_s
    if span.state is State.SITTING:
        before += (start - span.start).total_seconds()  # the sit had grown by then
    return Span(span.state, start, end, before)


def merge_episodes(sources: Sequence[tuple[str, Sequence[Episode]]]) -> list[tuple[str, Episode]]:
    """Every prompt once, in time order: of prompts on different computers that waited
    at the same time, the one with the better answer (Done, natural, skipped, ignored)."""
    ranked = sorted(
        ((device, episode) for device, episodes in sources for episode in episodes),
        key=lambda item: (-_ANSWER.get(item[1].outcome, 0) if item[1].outcome else 0,
                          item[1].started),
    )  # fmt: skip
    kept: list[tuple[str, Episode]] = []
    for device, episode in ranked:
        if not any(
            other_device != device and _overlap(episode, other) for other_device, other in kept
        ):
            kept.append((device, episode))
    return sorted(kept, key=lambda item: item[1].started)


def _overlap(a: Episode, b: Episode) -> bool:
    a_end = a.ended or a.started
    b_end = b.ended or b.started
    return a.started <= b_end and b.started <= a_end


def local_days(pieces: Sequence[Piece], tz: tzinfo) -> list[Piece]:
    """``pieces`` on the local calendar of ``tz``, cut at its midnights (another
    computer's records are cut at its own)."""
    out: list[Piece] = []
    for piece in pieces:
        span = piece.span
        start, end = span.start.astimezone(tz), span.end.astimezone(tz)
        while end > start:
            day = start.date() + timedelta(days=1)
            midnight = datetime(day.year, day.month, day.day, tzinfo=tz)
            cut = min(end, midnight)
            out.append(Piece(piece.device, _part(span, start, cut)))
            start = cut
    return out
