"""rest timers: each planned exercise keeps its rest; one running timer per person

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-09
"""

import sqlalchemy as sa
from alembic import op

from bot.store.types import UTCDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("exercise_logs") as batch:
        batch.add_column(sa.Column("rest_seconds", sa.Integer()))
    op.create_table(
        "rest_timers",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("log_id", sa.Integer(), nullable=False),
        sa.Column("seconds", sa.Integer(), nullable=False),
        sa.Column("started_at", UTCDateTime(), nullable=False),
        sa.Column("due_at", UTCDateTime(), nullable=False),
        sa.Column("lease_until", UTCDateTime()),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_rest_timers_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rest_timers")),
        sa.UniqueConstraint("user_id", name=op.f("uq_rest_timers_user_id")),
        sqlite_autoincrement=True,  # a replacing timer never gets its predecessor's id
    )
    op.create_index("ix_rest_timers_due_at", "rest_timers", ["due_at"])


def downgrade() -> None:
    op.drop_index("ix_rest_timers_due_at", table_name="rest_timers")
    op.drop_table("rest_timers")
    with op.batch_alter_table("exercise_logs") as batch:
        batch.drop_column("rest_seconds")
