"""The repository: everything the app records and reads, as core dataclasses.

Writes are queued and flushed together at checkpoints (on state changes, and every few
seconds while a span runs: the app decides when). When the disk refuses, the queue is kept
in memory and written at the next checkpoint that succeeds, so nothing is lost while the
problem lasts: ``as_written`` shows a day as it will be once written, and ``unsaved``
how much a quit would lose.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, and_, delete, func, insert, select, update
from sqlalchemy.exc import SQLAlchemyError

from creepguard.core.counts import count_day
from creepguard.core.events import EpisodeEnded, Event, SpanClosed, SpansRelabelled
from creepguard.core.history import DaySummary
from creepguard.core.model import Episode, Outcome, PromptKind, Span, State
from creepguard.core.policy import EngineConfig
from creepguard.core.snapshot import EngineSnapshot, SnapshotError
from creepguard.i18n import fill, tr
from creepguard.storage import schema
from creepguard.storage.database import DatabaseUnavailable, open_database

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from creepguard.core.exercises import Exercise
    from creepguard.core.picker import ExerciseChoice

log = logging.getLogger(__name__)

_MIN_BREAK_S = EngineConfig().min_break_s  # callers pass the person's setting
_STATES = {state.value: state for state in State}


def _ts(moment: datetime) -> float:
    return moment.timestamp()


# The statements of a checkpoint, built once: executed with plain parameter dicts they
# hit SQLAlchemy's compiled cache without building a statement each time.
_DROP_OPEN_SPAN = delete(schema.spans).where(schema.spans.c.is_open)
_INSERT_SPAN = insert(schema.spans)
# Most checkpoints only move the running span's end: one UPDATE of its row, matching only
# the row written for this very span (anything else replaces the open row); and one upsert
# of the engine state, in one transaction. They run every 10 s while someone works, so
# they go to the driver as plain SQL: a third of the work of a compiled statement.
_EXTEND_OPEN_SPAN = (
    "UPDATE spans SET end_ts = ?, sit_before_s = ? WHERE is_open AND start_ts = ? AND state = ?"
)
_SAVE_STATE = (
    "INSERT INTO engine_state (id, snapshot) VALUES (1, ?) "
    "ON CONFLICT (id) DO UPDATE SET snapshot = excluded.snapshot"
)


def _extension(span: Span) -> tuple[float, float, float, str]:
    """The parameters of ``_EXTEND_OPEN_SPAN`` for ``span``."""
    return (_ts(span.end), span.sit_before_s, _ts(span.start), span.state.value)


@dataclass(frozen=True, slots=True)
class _Write:
    kind: str
    payload: Any


class Store:
    """The person's history in one SQLite file.

    Args:
        path: the database file.
        tz: the local time zone, which decides what day a span belongs to.
    """

    def __init__(self, path: Path, tz: tzinfo) -> None:
        self.path = path
        self.tz = tz
        self.notices: list[str] = []
        self.problem: str | None = None
        self._engine: Engine | None = None
        # Checkpoints write every 30 s all day: they keep one connection rather than take
        # one from the pool each time, which was most of a checkpoint's cost once the
        # caches had gone cold in between (0.85 ms a write in the running tracker).
        self._writer: Connection | None = None
        self._queue: list[_Write] = []
        self._open_span: Span | None = None
        self._snapshot: EngineSnapshot | None = None
        self._stored_open: Span | None = None
        self._generation = 0

    # ------------------------------------------------------------------ lifecycle

    def open(self) -> bool:
        """Connect; on failure keep working in memory and say why in ``problem``."""
        if self._engine is not None:
            return True
        try:
            self._engine, notices = open_database(self.path)
        except DatabaseUnavailable as error:
            self._fail(str(error))
            return False
        self.notices.extend(notices)
        self.problem = None
        return True

    def close(self) -> None:
        self._drop_writer()
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def _drop_writer(self) -> None:
        """Close the checkpoint connection (after a failed write: the next one reconnects)."""
        if self._writer is not None:
            with contextlib.suppress(SQLAlchemyError):
                self._writer.close()
            self._writer = None

    def _fail(self, message: str) -> None:
        if message != self.problem:
            log.warning("%s; tracking goes on in memory", message)
        self.problem = message

    @property
    def pending_writes(self) -> int:
        return len(self._queue)

    @property
    def stored_open(self) -> Span | None:
        """The running span as the file holds it (its open row), None without one."""
        return self._stored_open

    @property
    def generation(self) -> int:
        """Changes whenever records other than the open row reached the file (or left
        it): a summary read before is stale once this differs. The open row alone moves,
        appears and goes with the running span, which ``stored_open`` tells."""
        return self._generation

    # ------------------------------------------------------------------ writing

    def record(self, events: Iterable[Event]) -> None:
        """Queue what the engine reported; written at the next checkpoint."""
        for event in events:
            if isinstance(event, SpanClosed):
                self._queue.append(_Write("span", event.span))
            elif isinstance(event, SpansRelabelled):
                self._queue.append(_Write("relabel", event))
            elif isinstance(event, EpisodeEnded):
                self._queue.append(_Write("episode", event.episode))

    def record_untracked(self, start: datetime, end: datetime) -> None:
        """Time the app was not running, cut at local midnights like every span."""
        while end > start:
            local = start.astimezone(self.tz)
            following = local.date() + timedelta(days=1)
            midnight = datetime(following.year, following.month, following.day, tzinfo=self.tz)
            cut = min(end, midnight)
            self._queue.append(_Write("span", Span(State.UNTRACKED, start, cut)))
            start = cut

    def record_shown(self, exercise_id: str, at: datetime) -> None:
        self._queue.append(_Write("shown", (exercise_id, _ts(at))))

    def checkpoint(self, open_span: Span | None, snapshot: EngineSnapshot | None) -> bool:
        """Write the queue, the open span and the engine state in one transaction."""
        self._open_span = open_span
        self._snapshot = snapshot
        if not self.open():
            return False
        assert self._engine is not None
        try:
            if self._writer is None:
                self._writer = self._engine.connect()
            connection = self._writer
            extended = not self._queue and self._extend_on_the_driver(
                connection, open_span, snapshot
            )
            if not extended:
                with connection.begin():
                    for write in self._queue:
                        self._apply(connection, write)
                    self._write_open_span(connection, open_span)
                    if snapshot is not None:
                        connection.exec_driver_sql(_SAVE_STATE, (snapshot.to_json(),))
        except (SQLAlchemyError, sqlite3.Error) as error:
            self._drop_writer()
            self._fail(f"cannot write to {self.path}: {getattr(error, 'orig', error)}")
            return False
        if self._queue:
            self._generation += 1
        self._queue.clear()
        self._stored_open = open_span if open_span and open_span.duration_s > 0 else None
        self.problem = None
        return True

    def _extend_on_the_driver(
        self, connection: Connection, span: Span | None, snapshot: EngineSnapshot | None
    ) -> bool:
        """The common checkpoint, nothing queued and the running span's row in place: move
        its end and save the state, in one transaction on the driver's own connection.

        Returns False, having written nothing, when the row is not there to extend.
        """
        if span is None or span.duration_s <= 0:
            return False
        driver = connection.connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        with driver:  # commits, or rolls back if a statement fails
            extended = driver.execute(_EXTEND_OPEN_SPAN, _extension(span))
            if extended.rowcount != 1:
                driver.rollback()
                return False
            if snapshot is not None:
                driver.execute(_SAVE_STATE, (snapshot.to_json(),))
        return True

    def _write_open_span(self, connection: Connection, span: Span | None) -> None:
        """Leave exactly one open row for ``span`` (none without one)."""
        if span is None or span.duration_s <= 0:
            connection.execute(_DROP_OPEN_SPAN)
            return
        extended = connection.exec_driver_sql(_EXTEND_OPEN_SPAN, _extension(span))
        if extended.rowcount != 1:
            connection.execute(_DROP_OPEN_SPAN)
            connection.execute(_INSERT_SPAN, self._span_row(span, True))

    def _day(self, moment: datetime) -> str:
        return moment.astimezone(self.tz).date().isoformat()

    def _span_row(self, span: Span, is_open: bool) -> dict[str, Any]:
        return {
            "state": span.state.value,
            "start_ts": _ts(span.start),
            "end_ts": _ts(span.end),
            "day": self._day(span.start),
            "sit_before_s": span.sit_before_s,
            "is_open": is_open,
        }

    def _apply(self, connection: Connection, write: _Write) -> None:
        match write.kind:
            case "span":
                connection.execute(_INSERT_SPAN, self._span_row(write.payload, False))
            case "relabel":
                relabel: SpansRelabelled = write.payload
                connection.execute(
                    update(schema.spans)
                    .where(
                        and_(
                            schema.spans.c.start_ts >= _ts(relabel.start) - 1e-6,
                            schema.spans.c.end_ts <= _ts(relabel.end) + 1e-6,
                            ~schema.spans.c.is_open,
                        )
                    )
                    .values(state=relabel.state.value)
                )
            case "episode":
                episode: Episode = write.payload
                ended = episode.ended or episode.started
                connection.execute(
                    insert(schema.episodes).values(
                        kind=episode.kind.value,
                        started_ts=_ts(episode.started),
                        ended_ts=_ts(ended),
                        day=self._day(episode.started),
                        outcome=(episode.outcome or Outcome.IGNORED).value,
                        snoozes=episode.snoozes,
                        exercise_id=episode.exercise_id,
                    )
                )
            case "shown":
                exercise_id, at = write.payload
                self._ensure_choice(connection, exercise_id)
                connection.execute(
                    update(schema.exercise_choices)
                    .where(schema.exercise_choices.c.exercise_id == exercise_id)
                    .values(
                        last_shown_ts=at,
                        shown_count=schema.exercise_choices.c.shown_count + 1,
                    )
                )
            case "choice":
                exercise_id, values = write.payload
                self._ensure_choice(connection, exercise_id)
                connection.execute(
                    update(schema.exercise_choices)
                    .where(schema.exercise_choices.c.exercise_id == exercise_id)
                    .values(**values)
                )
            case _:
                raise ValueError(f"unknown write {write.kind}")

    @staticmethod
    def _ensure_choice(connection: Connection, exercise_id: str) -> None:
        exists = connection.execute(
            select(schema.exercise_choices.c.exercise_id).where(
                schema.exercise_choices.c.exercise_id == exercise_id
            )
        ).first()
        if exists is None:
            connection.execute(insert(schema.exercise_choices).values(exercise_id=exercise_id))

    # ------------------------------------------------------------------ what waits

    def as_written(
        self, day: date, spans: Sequence[Span], episodes: Sequence[Episode]
    ) -> tuple[list[Span], list[Episode]]:
        """``day``'s closed spans and episodes as the file holds them (``day_records``
        without the open row), turned into what it will hold once the writes waiting in
        memory reach it: closed spans and prompts added, relabels applied in the order
        they wait. The same lists back (copied) when nothing waits, which is almost
        always: the queue only fills while the disk refuses writes."""
        if not self._queue:
            return list(spans), list(episodes)
        wanted = day.isoformat()
        spans, episodes = list(spans), list(episodes)
        for write in self._queue:
            match write.kind:
                case "span":
                    if self._day(write.payload.start) == wanted:
                        spans.append(write.payload)
                case "relabel":
                    relabel: SpansRelabelled = write.payload
                    lo, hi = _ts(relabel.start) - 1e-6, _ts(relabel.end) + 1e-6
                    spans = [
                        replace(span, state=relabel.state)
                        if _ts(span.start) >= lo and _ts(span.end) <= hi
                        else span
                        for span in spans
                    ]
                case "episode":
                    episode: Episode = write.payload
                    if self._day(episode.started) == wanted:
                        # As the file stores it: an end, and an outcome.
                        ended = episode.ended or episode.started
                        outcome = episode.outcome or Outcome.IGNORED
                        episodes.append(replace(episode, ended=ended, outcome=outcome))
                case _:
                    pass
        spans.sort(key=lambda span: span.start)
        episodes.sort(key=lambda episode: episode.started)
        return spans, episodes

    def unsaved(self) -> tuple[float, int]:
        """What the file lacks: seconds of tracked time (every span but "not tracked",
        the running one as last handed to ``checkpoint`` included) and how many other
        records (prompts, corrections, choices) wait in memory."""
        stored = self._stored_open
        seconds = 0.0
        spans = [w.payload for w in self._queue if w.kind == "span"]
        if self._open_span is not None:
            spans.append(self._open_span)
        for span in spans:
            if span.state is State.UNTRACKED:
                continue
            if stored is not None and (span.start, span.state) == (stored.start, stored.state):
                seconds += max(0.0, (span.end - stored.end).total_seconds())  # the open row
            else:
                seconds += max(0.0, span.duration_s)
        others = sum(w.kind != "span" for w in self._queue)
        return seconds, others

    # ------------------------------------------------------------------ start-up

    def recover(self) -> tuple[datetime | None, EngineSnapshot | None]:
        """After a restart: close the span a crash left open and return where the record
        stops, with the engine state saved last (None when unreadable, and said so)."""
        if not self.open():
            return None, None
        assert self._engine is not None
        with self._engine.begin() as connection:
            connection.execute(
                update(schema.spans).where(schema.spans.c.is_open).values(is_open=False)
            )
            last = connection.execute(select(func.max(schema.spans.c.end_ts))).scalar()
            raw = connection.execute(select(schema.engine_state.c.snapshot)).scalar()
        snapshot = None
        if raw is not None:
            try:
                snapshot = EngineSnapshot.from_json(raw)
            except SnapshotError as error:
                self.notices.append(
                    fill(
                        tr("Storage", "The saved sit could not be read (%1); starting fresh."),
                        error,
                    )
                )
        last_end = datetime.fromtimestamp(last, UTC) if last is not None else None
        return last_end, snapshot

    def recover_readonly(self) -> tuple[datetime | None, EngineSnapshot | None]:
        """Where the record stops and the last saved engine state, changing nothing."""
        engine = self._read()
        if engine is None:
            return None, None
        with engine.connect() as connection:
            last = connection.execute(select(func.max(schema.spans.c.end_ts))).scalar()
            raw = connection.execute(select(schema.engine_state.c.snapshot)).scalar()
        try:
            snapshot = EngineSnapshot.from_json(raw) if raw is not None else None
        except SnapshotError:
            snapshot = None
        return (datetime.fromtimestamp(last, UTC) if last is not None else None), snapshot

    # ------------------------------------------------------------------ reading

    def _read(self) -> Engine | None:
        return self._engine if self.open() else None

    def day_summaries(
        self, first: date, last: date, creep_s: float, min_break_s: float = _MIN_BREAK_S
    ) -> tuple[DaySummary, ...]:
        """One summary per day from ``first`` to ``last`` inclusive (empty days too),
        counted by :func:`creepguard.core.counts.count_day` from the days' records."""
        spans, episodes = self.day_records(first, last)
        return tuple(
            count_day(day, spans[day], episodes[day], creep_s=creep_s, min_break_s=min_break_s)
            for day in spans
        )

    def day_records(
        self, first: date, last: date
    ) -> tuple[dict[date, list[Span]], dict[date, list[Episode]]]:
        """The spans and the prompt episodes of each day from ``first`` to ``last``
        inclusive (every day a key, empty lists for days without records), in time order.
        Spans include the open span as of the last checkpoint."""
        days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
        spans: dict[date, list[Span]] = {day: [] for day in days}
        episodes: dict[date, list[Episode]] = {day: [] for day in days}
        engine = self._read()
        if engine is None:
            return spans, episodes
        between = (first.isoformat(), last.isoformat())
        s = schema.spans.c
        span_rows = (
            select(s.day, s.state, s.start_ts, s.end_ts, s.sit_before_s)
            .where(s.day.between(*between))
            .order_by(s.start_ts)
        )
        e = schema.episodes.c
        episode_rows = (
            select(e.day, e.kind, e.started_ts, e.ended_ts, e.outcome, e.snoozes, e.exercise_id)
            .where(e.day.between(*between))
            .order_by(e.started_ts)
        )
        tz = self.tz
        span_lists = {day.isoformat(): spans[day] for day in days}
        episode_lists = {day.isoformat(): episodes[day] for day in days}
        # A span ends where the next one starts: one datetime serves both.
        last_ts: float | None = None
        last_moment = datetime.fromtimestamp(0, tz)
        with engine.connect() as connection:
            for day, state, a, b, sit_before in connection.execute(span_rows):
                start = last_moment if a == last_ts else datetime.fromtimestamp(a, tz)
                last_ts, last_moment = b, datetime.fromtimestamp(b, tz)
                span_lists[day].append(Span(_STATES[state], start, last_moment, sit_before))
            for day, kind, a, b, outcome, snoozes, exercise_id in connection.execute(episode_rows):
                episode_lists[day].append(
                    Episode(
                        PromptKind(kind),
                        datetime.fromtimestamp(a, tz),
                        datetime.fromtimestamp(b, tz),
                        Outcome(outcome),
                        snoozes,
                        exercise_id,
                    )
                )
        return spans, episodes

    def spans_between(self, start: datetime, end: datetime) -> list[Span]:
        engine = self._read()
        if engine is None:
            return []
        s = schema.spans.c
        query = (
            select(s.state, s.start_ts, s.end_ts, s.sit_before_s)
            .where(and_(s.end_ts > _ts(start), s.start_ts < _ts(end)))
            .order_by(s.start_ts)
        )
        with engine.connect() as connection:
            return [
                Span(
                    State(state),
                    datetime.fromtimestamp(a, self.tz),
                    datetime.fromtimestamp(b, self.tz),
                    sit_before,
                )
                for state, a, b, sit_before in connection.execute(query)
            ]

    def episodes_between(self, start: datetime, end: datetime) -> list[Episode]:
        engine = self._read()
        if engine is None:
            return []
        e = schema.episodes.c
        query = (
            select(e.kind, e.started_ts, e.ended_ts, e.outcome, e.snoozes, e.exercise_id)
            .where(and_(e.started_ts >= _ts(start), e.started_ts < _ts(end)))
            .order_by(e.started_ts)
        )
        with engine.connect() as connection:
            return [
                Episode(
                    PromptKind(kind),
                    datetime.fromtimestamp(a, self.tz),
                    datetime.fromtimestamp(b, self.tz),
                    Outcome(outcome),
                    snoozes,
                    exercise_id,
                )
                for kind, a, b, outcome, snoozes, exercise_id in connection.execute(query)
            ]

    def maintain(self) -> None:
        """Weekly upkeep: refresh the planner's statistics and give back free pages."""
        engine = self._read()
        if engine is None:
            return
        try:
            with engine.connect() as connection:
                connection.exec_driver_sql("ANALYZE")
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                connection.exec_driver_sql("VACUUM")
        except SQLAlchemyError as error:
            log.warning("store maintenance failed: %s", error)

    def delete_history(self) -> None:
        """Remove every span and episode (the caller has asked the person first)."""
        engine = self._read()
        if engine is None:
            raise DatabaseUnavailable(self.problem or "the history file is not available")
        with engine.begin() as connection:
            connection.execute(delete(schema.spans))
            connection.execute(delete(schema.episodes))
        self._queue = [w for w in self._queue if w.kind not in ("span", "relabel", "episode")]
        self._stored_open = None
        self._generation += 1

    # ------------------------------------------------------------------ exercises

    def sync_exercises(self, library: Sequence[Exercise]) -> None:
        """Bring the library into the store: new and changed exercises are merged, the
        person's choices (disabled, favourite, hurts) are never touched."""
        engine = self._read()
        if engine is None:
            return
        x = schema.exercises.c
        with engine.begin() as connection:
            known = dict(connection.execute(select(x.id, x.content_hash)).all())
            for exercise in library:
                row = {
                    "title": exercise.title,
                    "position": exercise.position.value,
                    "content_hash": exercise.content_hash(),
                    "retired": False,
                }
                if exercise.id not in known:
                    connection.execute(insert(schema.exercises).values(id=exercise.id, **row))
                elif known[exercise.id] != row["content_hash"]:
                    connection.execute(
                        update(schema.exercises).where(x.id == exercise.id).values(**row)
                    )
            current = {exercise.id for exercise in library}
            retired = [exercise_id for exercise_id in known if exercise_id not in current]
            if retired:
                connection.execute(
                    update(schema.exercises).where(x.id.in_(retired)).values(retired=True)
                )

    def choices(self, defaults: Mapping[str, bool] | None = None) -> dict[str, ExerciseChoice]:
        """The person's choices per exercise; an exercise never touched has none.

        Args:
            defaults: each exercise's ``enabled_by_default``, used where the person has
                made no enable/disable choice (stored as NULL).
        """
        from creepguard.core.picker import ExerciseChoice

        defaults = defaults or {}
        raw: dict[str, dict[str, Any]] = {}
        engine = self._read()
        if engine is not None:
            c = schema.exercise_choices.c
            with engine.connect() as connection:
                for exercise_id, enabled, favourite, hurts in connection.execute(
                    select(c.exercise_id, c.enabled, c.favourite, c.hurts)
                ):
                    raw[exercise_id] = {"enabled": enabled, "favourite": favourite, "hurts": hurts}
        for write in self._queue:  # choices made while the disk refused
            if write.kind == "choice":
                exercise_id, values = write.payload
                raw.setdefault(exercise_id, {}).update(values)
        return {
            exercise_id: ExerciseChoice(
                enabled=bool(defaults.get(exercise_id, True))
                if values.get("enabled") is None
                else bool(values["enabled"]),
                favourite=bool(values.get("favourite")),
                hurts=bool(values.get("hurts")),
            )
            for exercise_id, values in raw.items()
        }

    def last_shown(self) -> dict[str, float]:
        engine = self._read()
        if engine is None:
            return {}
        c = schema.exercise_choices.c
        with engine.connect() as connection:
            rows = connection.execute(
                select(c.exercise_id, c.last_shown_ts).where(c.last_shown_ts.is_not(None))
            )
            return {exercise_id: float(at) for exercise_id, at in rows}

    def set_choice(
        self,
        exercise_id: str,
        *,
        enabled: bool | None = None,
        favourite: bool | None = None,
        hurts: bool | None = None,
    ) -> None:
        values: dict[str, Any] = {}
        if enabled is not None:
            values["enabled"] = enabled
        if favourite is not None:
            values["favourite"] = favourite
        if hurts is not None:
            values["hurts"] = hurts
        if values:
            self._queue.append(_Write("choice", (exercise_id, values)))
            self.checkpoint(self._open_span, self._snapshot)
