"""users and their profile; unanswered questions

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

from bot.store.types import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("goal", sa.String(16)),
        sa.Column("experience", sa.String(16)),
        sa.Column("place", sa.String(16)),
        sa.Column("days", sa.String(16)),
        sa.Column("push_time", sa.String(5)),
        sa.Column("tz", sa.String(64)),
        sa.Column("unit", sa.String(2)),
        sa.Column("onboarded_at", UTCDateTime()),
        sa.Column("started_on", sa.Date()),
        sa.Column("awaiting", sa.String(48)),
        sa.Column("draft", sa.Text()),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("paused", sa.Boolean(), nullable=False),
        sa.Column("next_push_at", UTCDateTime()),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
    )
    op.create_index("ix_users_next_push_at", "users", ["next_push_at"])
    op.create_table(
        "unanswered_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("text", sa.String(500), nullable=False),
        sa.Column("normalized", sa.String(500), nullable=False),
        sa.Column("asked_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_unanswered_questions_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unanswered_questions")),
    )
    op.create_index(
        op.f("ix_unanswered_questions_normalized"), "unanswered_questions", ["normalized"]
    )


def downgrade() -> None:
    op.drop_table("unanswered_questions")
    op.drop_table("users")
