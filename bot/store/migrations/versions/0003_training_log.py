"""training log: sessions, exercises, sets

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

from bot.store.types import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "workout_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("program_id", sa.String(40), nullable=False),
        sa.Column("session_label", sa.String(4), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("started_at", UTCDateTime(), nullable=False),
        sa.Column("finished_at", UTCDateTime()),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_workout_sessions_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workout_sessions")),
        sa.UniqueConstraint("user_id", "day", name="uq_workout_sessions_user_day"),
    )
    op.create_table(
        "exercise_logs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("exercise_id", sa.String(40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("swapped_from", sa.String(40)),
        sa.Column("planned_sets", sa.Integer(), nullable=False),
        sa.Column("rep_low", sa.Integer(), nullable=False),
        sa.Column("rep_high", sa.Integer(), nullable=False),
        sa.Column("planned_load", sa.Float()),
        sa.Column("unit", sa.String(2), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("raw_text", sa.String(500)),
        sa.Column("logged_at", UTCDateTime()),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["workout_sessions.id"],
            name=op.f("fk_exercise_logs_session_id_workout_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exercise_logs")),
        sa.UniqueConstraint("session_id", "exercise_id", name="uq_exercise_logs_session_exercise"),
    )
    op.create_index(op.f("ix_exercise_logs_session_id"), "exercise_logs", ["session_id"])
    op.create_index(op.f("ix_exercise_logs_user_id"), "exercise_logs", ["user_id"])
    op.create_table(
        "set_logs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("exercise_log_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("exercise_id", sa.String(40), nullable=False),
        sa.Column("set_no", sa.Integer(), nullable=False),
        sa.Column("reps", sa.Integer(), nullable=False),
        sa.Column("load", sa.Float()),
        sa.Column("unit", sa.String(2)),
        sa.ForeignKeyConstraint(
            ["exercise_log_id"],
            ["exercise_logs.id"],
            name=op.f("fk_set_logs_exercise_log_id_exercise_logs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_set_logs")),
        sa.UniqueConstraint("exercise_log_id", "set_no", name="uq_set_logs_exercise_set"),
    )
    op.create_index(op.f("ix_set_logs_user_id"), "set_logs", ["user_id"])
    op.create_index("ix_set_logs_user_exercise_day", "set_logs", ["user_id", "exercise_id", "day"])


def downgrade() -> None:
    op.drop_table("set_logs")
    op.drop_table("exercise_logs")
    op.drop_table("workout_sessions")
