"""The first schema: spans, episodes, exercises and the person's choices, engine state.

Revision ID: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "spans",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("start_ts", sa.Float, nullable=False),
        sa.Column("end_ts", sa.Float, nullable=False),
        sa.Column("day", sa.String(10), nullable=False),
        sa.Column("sit_before_s", sa.Float, nullable=False, server_default="0"),
        sa.Column("is_open", sa.Boolean, nullable=False, server_default="0"),
    )
    op.create_index("ix_spans_day", "spans", ["day"])
    op.create_index("ix_spans_start", "spans", ["start_ts"])
    op.create_table(
        "episodes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("started_ts", sa.Float, nullable=False),
        sa.Column("ended_ts", sa.Float, nullable=False),
        sa.Column("day", sa.String(10), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("snoozes", sa.Integer, nullable=False, server_default="0"),
        sa.Column("exercise_id", sa.String(64)),
    )
    op.create_index("ix_episodes_day", "episodes", ["day"])
    op.create_table(
        "exercises",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("position", sa.String(16), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("retired", sa.Boolean, nullable=False, server_default="0"),
    )
    op.create_table(
        "exercise_choices",
        sa.Column("exercise_id", sa.String(64), primary_key=True),
        sa.Column("enabled", sa.Boolean),
        sa.Column("favourite", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("hurts", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("last_shown_ts", sa.Float),
        sa.Column("shown_count", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "engine_state",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("snapshot", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in ("engine_state", "exercise_choices", "exercises", "episodes", "spans"):
        op.drop_table(table)
