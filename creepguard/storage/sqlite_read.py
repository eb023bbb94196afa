"""Reading the history file with the standard library's ``sqlite3`` alone.

``creepguard status`` without a tracker runs every few seconds in a status bar: it reads
one day here, read-only, instead of loading SQLAlchemy (~200 ms). The rows become the
core's spans and episodes exactly as :meth:`Store.day_records` makes them, so
:func:`creepguard.core.counts.count_day` counts them the same way.
"""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date, datetime, tzinfo
from pathlib import Path

from creepguard.core.model import Episode, Outcome, PromptKind, Span, State

# The schema revisions this code reads; database.py migrates older ones on opening.
KNOWN_REVISIONS = ("0001",)

_STATES = {state.value: state for state in State}


class UnreadableHistory(Exception):
    """The history file cannot be read; the message completes "cannot be used because"."""


def schema_problem(connection: sqlite3.Connection) -> str | None:
    """Why the database on ``connection`` is not one of ours, or None if it is (or is
    empty: a fresh file). sqlite3.DatabaseError for a file that is no database at all."""
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    if not tables:
        return None
    if "alembic_version" not in tables:
        return "it is not a CreepGuard database"
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if row is None or row[0] not in KNOWN_REVISIONS:
        version = row[0] if row else "none"
        return f"its schema ({version}) is newer than this version of CreepGuard"
    return None


def read_day(path: Path, day: date, tz: tzinfo) -> tuple[list[Span], list[Episode], str | None]:
    """The spans (the open one as of the last checkpoint included) and the prompt episodes
    of ``day`` in time order, and the saved engine state's JSON (None if none).

    Changes nothing: the file is opened read-only and never created. Raises
    UnreadableHistory when it cannot be opened, is not a CreepGuard database or a read
    fails (a damaged page on the way). Damage elsewhere in the file is the tracker's to
    find: it checks the whole file when it opens it.
    """
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise UnreadableHistory(f"it cannot be opened ({error})") from error
    try:
        problem = schema_problem(connection)
        if problem is not None:
            raise UnreadableHistory(problem)
        if not _has_tables(connection):  # an empty file: nothing recorded yet
            return [], [], None
        key = (day.isoformat(),)
        span_rows = connection.execute(
            "SELECT state, start_ts, end_ts, sit_before_s FROM spans WHERE day = ? "
            "ORDER BY start_ts",
            key,
        ).fetchall()
        episode_rows = connection.execute(
            "SELECT kind, started_ts, ended_ts, outcome, snoozes, exercise_id FROM episodes "
            "WHERE day = ? ORDER BY started_ts",
            key,
        ).fetchall()
        state = connection.execute("SELECT snapshot FROM engine_state").fetchone()
    except sqlite3.OperationalError as error:
        raise UnreadableHistory(f"it cannot be read ({error})") from error
    except sqlite3.DatabaseError as error:
        raise UnreadableHistory(f"it is not a valid database ({error})") from error
    finally:
        connection.close()
    spans = []
    last_ts: float | None = None
    last_moment = datetime.fromtimestamp(0, tz)
    for name, a, b, sit_before in span_rows:  # as Store.day_records builds them
        start = last_moment if a == last_ts else datetime.fromtimestamp(a, tz)
        last_ts, last_moment = b, datetime.fromtimestamp(b, tz)
        spans.append(Span(_STATES[name], start, last_moment, sit_before))
    episodes = [
        Episode(
            PromptKind(kind),
            datetime.fromtimestamp(a, tz),
            datetime.fromtimestamp(b, tz),
            Outcome(outcome),
            snoozes,
            exercise_id,
        )
        for kind, a, b, outcome, snoozes, exercise_id in episode_rows
    ]
    return spans, episodes, (state[0] if state is not None else None)


def _has_tables(connection: sqlite3.Connection) -> bool:
    return (
        connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'spans'").fetchone()
        is not None
    )


def recorded_days(path: Path) -> list[date]:
    """Every local day with a span or a prompt in the history file, in order (read-only;
    UnreadableHistory as :func:`read_day`)."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise UnreadableHistory(f"it cannot be opened ({error})") from error
    try:
        if schema_problem(connection) is not None or not _has_tables(connection):
            return []
        rows = connection.execute(
            "SELECT day FROM spans UNION SELECT day FROM episodes ORDER BY day"
        ).fetchall()
    except sqlite3.DatabaseError as error:
        raise UnreadableHistory(f"it cannot be read ({error})") from error
    finally:
        connection.close()
    days = []
    for (text,) in rows:
        with contextlib.suppress(TypeError, ValueError):
            days.append(date.fromisoformat(text))
    return days
