"""Tables. Times are UTC epoch seconds (REAL); ``day`` is the local date a span or
episode belongs to, so a week is one indexed range scan."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Float, Index, Integer, MetaData, String, Table, Text

# The Alembic revision this code expects; bump with every migration.
SCHEMA_HEAD = "0001"

metadata = MetaData()

spans = Table(
    "spans",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("state", String(16), nullable=False),
    Column("start_ts", Float, nullable=False),
    Column("end_ts", Float, nullable=False),
    Column("day", String(10), nullable=False),
    Column("sit_before_s", Float, nullable=False, server_default="0"),
    Column("is_open", Boolean, nullable=False, server_default="0"),
)
Index("ix_spans_day", spans.c.day)
Index("ix_spans_start", spans.c.start_ts)

episodes = Table(
    "episodes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(24), nullable=False),
    Column("started_ts", Float, nullable=False),
    Column("ended_ts", Float, nullable=False),
    Column("day", String(10), nullable=False),
    Column("outcome", String(16), nullable=False),
    Column("snoozes", Integer, nullable=False, server_default="0"),
    Column("exercise_id", String(64)),
)
Index("ix_episodes_day", episodes.c.day)

exercises = Table(
    "exercises",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("title", Text, nullable=False),
    Column("position", String(16), nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("retired", Boolean, nullable=False, server_default="0"),
)

exercise_choices = Table(
    "exercise_choices",
    metadata,
    Column("exercise_id", String(64), primary_key=True),
    Column("enabled", Boolean),  # NULL: the library's default
    Column("favourite", Boolean, nullable=False, server_default="0"),
    Column("hurts", Boolean, nullable=False, server_default="0"),
    Column("last_shown_ts", Float),
    Column("shown_count", Integer, nullable=False, server_default="0"),
)

engine_state = Table(
    "engine_state",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("snapshot", Text, nullable=False),
)
