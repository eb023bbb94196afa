"""The store on a real SQLite file with the real migrations."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from creepguard.core.events import EpisodeEnded, SpanClosed, SpansRelabelled
from creepguard.core.history import summarise
from creepguard.core.model import Episode, Outcome, PromptKind, Span, State
from creepguard.storage.store import Store
from tests.core.sim import Sim
from tests.platforms import posix_only

TZ = ZoneInfo("Europe/Berlin")


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=TZ)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "data" / "creepguard.sqlite3", TZ)
    assert store.open()
    return store


def test_folder_and_files_are_private(store: Store) -> None:
    store.checkpoint(None, None)
    assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    mode = sqlite3.connect(store.path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_a_simulated_day_is_summarised_from_the_file(store: Store) -> None:
    sim = Sim(start=at(23, 9), tz=TZ, events_source=True)
    for _ in range(4):
        sim.work(25)
        store.record(e for _, e in sim.events)
        sim.events.clear()
        sim.idle(5)
    sim.work(30)  # past creep and the prompt; the card opens at 30:00
    sim.idle(5)  # stretching: quiet on the card is the break, from 30:00
    sim.act("break_done")
    store.record(e for _, e in sim.events)
    assert store.checkpoint(sim.engine.open_span(), sim.engine.snapshot())
    (day,) = store.day_summaries(date(2026, 11, 23), date(2026, 11, 23), creep_s=20 * 60)
    assert day.sitting_s == 4 * 25 * 60 + 30 * 60
    assert day.longest_sit_s == 30 * 60
    # Four sits of 25 min and one of 30 min, each past the 20 min threshold.
    assert day.over_creep_s == 4 * 5 * 60 + 10 * 60
    # Four stretches away of 5 min, each followed by sitting again, and the card's Done.
    assert (day.breaks_done, day.breaks_unprompted, day.breaks_natural) == (1, 4, 0)
    assert (day.breaks_taken, day.breaks_skipped) == (5, 0)
    assert day.on_break_s == 5 * 60


def test_a_sit_across_midnight_counts_on_each_day_for_its_part(store: Store) -> None:
    sim = Sim(start=at(23, 23, 40), tz=TZ)
    sim.act("pause", None)
    sim.work(40)
    store.record(e for _, e in sim.events)
    store.checkpoint(sim.engine.open_span(), None)
    first, second = store.day_summaries(date(2026, 11, 23), date(2026, 11, 24), creep_s=1200)
    assert first.sitting_s == 20 * 60
    assert second.sitting_s == 20 * 60
    assert first.over_creep_s == 0
    assert second.over_creep_s == 20 * 60


def test_episodes_and_snoozes_are_counted_per_day(store: Store) -> None:
    def episode(hour: int, outcome: Outcome, snoozes: int = 0) -> EpisodeEnded:
        return EpisodeEnded(
            Episode(PromptKind.POSTURE_CHANGE, at(24, hour), at(24, hour, 5), outcome, snoozes)
        )

    store.record(
        [
            episode(9, Outcome.DONE, 2),
            episode(10, Outcome.SKIPPED),
            episode(11, Outcome.NATURAL),
            episode(12, Outcome.IGNORED, 1),
        ]
    )
    store.checkpoint(None, None)
    (day,) = store.day_summaries(date(2026, 11, 24), date(2026, 11, 24), 1200)
    assert (day.breaks_done, day.breaks_skipped, day.breaks_natural, day.breaks_ignored) == (
        1,
        1,
        1,
        1,
    )
    assert (day.breaks_taken, day.prompts, day.prompts_ended_by_break) == (2, 4, 2)
    assert day.breaks_snoozed == 3
    week = summarise((day,))
    assert week.break_rate == 0.5


def test_a_crash_loses_at_most_the_time_since_the_last_checkpoint(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    sim = Sim(start=at(23, 9), tz=TZ)
    store = Store(path, TZ)
    sim.work(12)
    store.record(e for _, e in sim.events)
    store.checkpoint(sim.engine.open_span(), sim.engine.snapshot())
    sim.work(0.4)  # then killed, before the next checkpoint
    reopened = Store(path, TZ)
    last_end, snapshot = reopened.recover()
    assert last_end == at(23, 9, 12)
    assert snapshot is not None and snapshot.sit_s == 12 * 60
    spans = reopened.spans_between(at(23, 0), at(24, 0))
    assert [(s.state, s.duration_s) for s in spans] == [(State.SITTING, 12 * 60)]


@posix_only
def test_writes_wait_in_memory_while_the_folder_is_read_only(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root ignores file permissions")
    folder = tmp_path / "ro"
    store = Store(folder / "db.sqlite3", TZ)
    assert store.open()
    store.close()
    folder.chmod(0o500)
    (folder / "db.sqlite3").chmod(0o400)
    try:
        store = Store(folder / "db.sqlite3", TZ)
        span = Span(State.SITTING, at(23, 9), at(23, 9, 30))
        store.record([SpanClosed(span)])
        assert not store.checkpoint(None, None)
        assert store.problem and "db.sqlite3" in store.problem
        assert store.pending_writes == 1
    finally:
        folder.chmod(0o700)
        (folder / "db.sqlite3").chmod(0o600)
    assert store.checkpoint(None, None)
    assert store.pending_writes == 0
    assert store.problem is None
    assert len(store.spans_between(at(23, 0), at(24, 0))) == 1


def test_writes_wait_in_memory_when_the_file_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    store = Store(blocker / "db.sqlite3", TZ)
    store.record([SpanClosed(Span(State.SITTING, at(23, 9), at(23, 9, 30)))])
    assert not store.checkpoint(None, None)
    assert store.problem is not None and "cannot open" in store.problem
    assert store.pending_writes == 1
    blocker.unlink()
    assert store.checkpoint(None, None)
    assert store.pending_writes == 0


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"this is not sqlite at all" * 100, "not a valid database"),
        (None, "not a CreepGuard database"),
        ("newer", "newer than this version"),
    ],
)
def test_a_bad_file_is_kept_aside_and_a_fresh_one_started(
    tmp_path: Path, content: bytes | str | None, reason: str
) -> None:
    path = tmp_path / "creepguard.sqlite3"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is None:
        sqlite3.connect(path).execute("CREATE TABLE other(x)").connection.commit()
    else:
        Store(path, TZ).open()
        connection = sqlite3.connect(path)
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
        connection.close()
    original = path.read_bytes()
    store = Store(path, TZ)
    assert store.open()
    assert len(store.notices) == 1
    assert reason in store.notices[0]
    kept = [
        p
        for p in tmp_path.iterdir()
        if ".broken-" in p.name and not p.name.endswith(("-wal", "-shm"))
    ]
    assert len(kept) == 1
    assert kept[0].read_bytes()[:100] == original[:100]
    assert str(kept[0]) in store.notices[0]
    assert store.checkpoint(None, None)


def test_a_truncated_database_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "creepguard.sqlite3"
    store = Store(path, TZ)
    spans = [
        SpanClosed(
            Span(
                State.SITTING, at(1, 0) + timedelta(minutes=n), at(1, 0) + timedelta(minutes=n + 1)
            )
        )
        for n in range(3000)
    ]
    store.record(spans)
    store.checkpoint(None, None)
    store.close()
    sqlite3.connect(path).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    fresh = Store(path, TZ)
    assert fresh.open()
    assert fresh.notices and "kept as" in fresh.notices[0]


def test_relabelled_spans_change_state_in_the_file(store: Store) -> None:
    sim = Sim(start=at(23, 9), tz=TZ)
    sim.work(10)
    sim.idle(6)
    sim.work(1)
    store.record(e for _, e in sim.events)
    store.checkpoint(sim.engine.open_span(), None)
    events = sim.act("fix_last_gap", was_away=False)
    store.record(events)
    store.checkpoint(sim.engine.open_span(), None)
    (day,) = store.day_summaries(date(2026, 11, 23), date(2026, 11, 23), 1200)
    assert day.away_s == 0
    assert day.sitting_s == 17 * 60


def test_untracked_time_is_split_at_midnight(store: Store) -> None:
    store.record_untracked(at(23, 22), at(24, 2))
    store.checkpoint(None, None)
    first, second = store.day_summaries(date(2026, 11, 23), date(2026, 11, 24), 1200)
    assert first.sitting_s == second.sitting_s == 0
    spans = store.spans_between(at(23, 0), at(25, 0))
    assert [(s.state, s.duration_s) for s in spans] == [
        (State.UNTRACKED, 7200),
        (State.UNTRACKED, 7200),
    ]


def test_delete_history_removes_spans_and_episodes(store: Store) -> None:
    store.record([SpanClosed(Span(State.SITTING, at(23, 9), at(23, 10)))])
    store.checkpoint(None, None)
    store.delete_history()
    assert store.spans_between(at(23, 0), at(24, 0)) == []


def test_a_full_disk_keeps_writes_in_memory_until_there_is_room(tmp_path: Path) -> None:
    from sqlalchemy import event

    store = Store(tmp_path / "db.sqlite3", TZ)
    assert store.open()
    engine = store._engine  # the real engine; SQLite's page limit makes the disk "full"
    assert engine is not None
    engine.dispose()
    limit = {"pages": sqlite3.connect(store.path).execute("PRAGMA page_count").fetchone()[0]}
    event.listen(
        engine, "connect", lambda c, _r: c.execute(f"PRAGMA max_page_count={limit['pages']}")
    )
    spans = [
        SpanClosed(
            Span(
                State.SITTING, at(2, 0) + timedelta(minutes=n), at(2, 0) + timedelta(minutes=n + 1)
            )
        )
        for n in range(2000)
    ]
    store.record(spans)
    assert not store.checkpoint(None, None)
    assert store.problem is not None and "full" in store.problem
    assert store.pending_writes == 2000
    limit["pages"] = 100_000
    engine.dispose()
    assert store.checkpoint(None, None)
    assert len(store.spans_between(at(1, 0), at(5, 0))) == 2000


def test_an_upgraded_library_merges_without_touching_the_persons_choices(store: Store) -> None:
    import dataclasses

    from creepguard.app import load_exercises

    library = load_exercises()
    store.sync_exercises(library)
    first, second = library[0].id, library[1].id
    store.set_choice(first, enabled=False, favourite=True)
    store.set_choice(second, hurts=True)
    changed = [dataclasses.replace(library[0], title="Renamed"), *library[1:]]
    added = dataclasses.replace(library[2], id="brand-new", title="Brand new")
    store.sync_exercises([*changed[:-1], added])  # one changed, one new, one retired
    choices = store.choices({e.id: e.enabled_by_default for e in library})
    assert (choices[first].enabled, choices[first].favourite) == (False, True)
    assert choices[second].hurts is True
    import sqlite3

    rows = dict(sqlite3.connect(store.path).execute("SELECT id, title FROM exercises").fetchall())
    assert rows[first] == "Renamed" and rows["brand-new"] == "Brand new"
    retired = (
        sqlite3.connect(store.path)
        .execute("SELECT retired FROM exercises WHERE id = ?", (library[-1].id,))
        .fetchone()
    )
    assert retired == (1,)


def test_checkpoints_keep_exactly_one_row_for_the_running_span(store: Store) -> None:
    def open_rows() -> list[tuple[str, float, float]]:
        connection = sqlite3.connect(store.path)
        try:
            return connection.execute(
                "SELECT state, start_ts, end_ts FROM spans WHERE is_open"
            ).fetchall()
        finally:
            connection.close()

    sit = at(2, 9)
    store.checkpoint(Span(State.SITTING, sit, sit + timedelta(seconds=30)), None)
    store.checkpoint(Span(State.SITTING, sit, sit + timedelta(seconds=60)), None)
    assert open_rows() == [("sitting", sit.timestamp(), sit.timestamp() + 60)]
    # The same start in another state is another span, not an extension.
    store.checkpoint(Span(State.STANDING, sit, sit + timedelta(seconds=90)), None)
    assert open_rows() == [("standing", sit.timestamp(), sit.timestamp() + 90)]
    stand = sit + timedelta(seconds=90)
    store.checkpoint(Span(State.SITTING, stand, stand + timedelta(seconds=5)), None)
    assert open_rows() == [("sitting", stand.timestamp(), stand.timestamp() + 5)]
    store.checkpoint(None, None)
    assert open_rows() == []


def test_checkpoints_write_on_one_kept_connection(store: Store) -> None:
    from sqlalchemy import event

    engine = store._engine  # the real engine: count the connections taken from its pool
    assert engine is not None
    taken: list[object] = []
    event.listen(engine, "checkout", lambda *_args: taken.append(1))
    sit = at(2, 9)
    for n in range(1, 21):  # ten minutes of checkpoints
        assert store.checkpoint(Span(State.SITTING, sit, sit + timedelta(seconds=30 * n)), None)
    assert len(taken) <= 1
    assert len(store.spans_between(at(2, 0), at(3, 0))) == 1  # reads see what it wrote


def test_a_refused_checkpoint_of_the_running_span_is_said_and_written_later(
    tmp_path: Path,
) -> None:

    from sqlalchemy import Engine, event

    def refuse(connection: Any, _record: Any) -> None:
        connection.execute("PRAGMA query_only=1")

    store = Store(tmp_path / "db.sqlite3", TZ)
    sit = at(2, 9)
    assert store.checkpoint(Span(State.SITTING, sit, sit + timedelta(seconds=30)), None)
    event.listen(Engine, "connect", refuse)
    try:
        store.close()  # the next checkpoint connects again, and may not write
        assert not store.checkpoint(Span(State.SITTING, sit, sit + timedelta(seconds=60)), None)
        assert store.problem is not None and "cannot write" in store.problem
    finally:
        event.remove(Engine, "connect", refuse)
    store.close()
    assert store.checkpoint(Span(State.SITTING, sit, sit + timedelta(seconds=90)), None)
    assert store.problem is None
    (span,) = store.spans_between(at(2, 0), at(3, 0))
    assert span.end == sit + timedelta(seconds=90)


def _refusing_writes(store: Store) -> Any:
    """From now on the store's connections may read but not write (a full disk, as far
    as SQLite's writes are concerned); returns the listener to remove."""
    from sqlalchemy import Engine, event

    def refuse(connection: Any, _record: Any) -> None:
        connection.execute("PRAGMA query_only=1")

    event.listen(Engine, "connect", refuse)
    store.close()  # the next statement connects again, and may only read
    return refuse


def _writing_again(store: Store, refuse: Any) -> None:
    from sqlalchemy import Engine, event

    event.remove(Engine, "connect", refuse)
    store.close()


def test_what_waits_in_memory_is_what_the_day_holds_once_written(store: Store) -> None:
    """``as_written`` (closed spans, relabels in queue order, prompts) applied to the
    day's records is the day's records after the queue is written, and so are its
    counts."""
    from creepguard.core.counts import count_day

    day = date(2026, 11, 23)
    store.record(
        [
            SpanClosed(Span(State.SITTING, at(23, 9), at(23, 9, 30))),
            SpanClosed(Span(State.AWAY, at(23, 9, 30), at(23, 9, 40))),
            SpanClosed(Span(State.SITTING, at(23, 9, 40), at(23, 10))),
        ]
    )
    assert store.checkpoint(None, None)
    refuse = _refusing_writes(store)
    try:
        store.record(
            [
                SpanClosed(Span(State.SITTING, at(22, 23, 50), at(23, 0))),  # the day before
                SpanClosed(Span(State.SITTING, at(23, 10), at(23, 10, 20))),
                # "I was away": a stored span and a waiting one
                SpansRelabelled(at(23, 9, 40), at(23, 10, 20), State.AWAY),
                SpanClosed(Span(State.STANDING, at(23, 10, 20), at(23, 10, 30))),
                SpansRelabelled(at(23, 10, 20), at(23, 10, 40), State.ON_BREAK),
                SpanClosed(Span(State.SITTING, at(23, 10, 30), at(23, 10, 35))),  # after it
                EpisodeEnded(Episode(PromptKind.MANUAL, at(23, 10), at(23, 10, 1), Outcome.DONE)),
                EpisodeEnded(Episode(PromptKind.POSTURE_CHANGE, at(23, 10, 5), None, None)),
            ]
        )
        assert not store.checkpoint(None, None)
        spans, episodes = store.day_records(day, day)
        waiting = store.as_written(day, spans[day], episodes[day])
    finally:
        _writing_again(store, refuse)
    assert [(s.state, s.start, s.end) for s in waiting[0]] == [
        (State.SITTING, at(23, 9), at(23, 9, 30)),
        (State.AWAY, at(23, 9, 30), at(23, 9, 40)),
        (State.AWAY, at(23, 9, 40), at(23, 10)),
        (State.AWAY, at(23, 10), at(23, 10, 20)),
        (State.ON_BREAK, at(23, 10, 20), at(23, 10, 30)),  # relabelled before it was written
        (State.SITTING, at(23, 10, 30), at(23, 10, 35)),
    ]
    assert store.checkpoint(None, None)
    spans, episodes = store.day_records(day, day)

    def rows(records: tuple[list[Span], list[Episode]]) -> tuple[list[object], list[object]]:
        return (
            [(s.state, s.start, s.end, s.sit_before_s) for s in records[0]],
            [(e.kind, e.started, e.ended, e.outcome, e.snoozes) for e in records[1]],
        )

    assert rows(waiting) == rows((spans[day], episodes[day]))

    def counted(records: tuple[list[Span], list[Episode]]) -> object:
        return count_day(day, *records, creep_s=1200, min_break_s=120)

    assert counted(waiting) == counted((spans[day], episodes[day]))
    assert store.as_written(day, spans[day], episodes[day]) == (spans[day], episodes[day])


def test_what_a_quit_would_lose_counts_tracked_time_once(store: Store) -> None:
    sit = Span(State.SITTING, at(23, 9), at(23, 9, 10))
    assert store.checkpoint(sit, None)  # the file has the first 10 minutes, as an open row
    assert store.stored_open == sit
    assert store.unsaved() == (0.0, 0)
    refuse = _refusing_writes(store)
    try:
        store.record_untracked(at(23, 8), at(23, 9))  # never counted: nothing was tracked
        store.record(
            [
                SpanClosed(Span(State.SITTING, at(23, 9), at(23, 9, 14))),  # 4 min past the row
                SpanClosed(Span(State.AWAY, at(23, 9, 14), at(23, 9, 20))),
                EpisodeEnded(Episode(PromptKind.MANUAL, at(23, 9, 2), at(23, 9, 3), Outcome.DONE)),
            ]
        )
        assert not store.checkpoint(Span(State.STANDING, at(23, 9, 20), at(23, 9, 21)), None)
        assert store.unsaved() == (11 * 60, 1)
        assert store.stored_open == sit
    finally:
        _writing_again(store, refuse)
    assert store.checkpoint(Span(State.STANDING, at(23, 9, 20), at(23, 9, 22)), None)
    assert store.unsaved() == (0.0, 0)
