"""reports: per-person chart cooldown and pending deletion

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

from bot.store.types import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_state",
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("last_chart_at", UTCDateTime()),
        sa.Column("delete_nonce", sa.String(16)),
        sa.Column("delete_kind", sa.String(4)),
        sa.Column("delete_until", UTCDateTime()),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_report_state_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_report_state")),
    )


def downgrade() -> None:
    op.drop_table("report_state")
