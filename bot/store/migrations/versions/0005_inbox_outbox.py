"""inbox and outbox: updates stored before they are acknowledged, calls owed to Telegram

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

from bot.store.types import UTCDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "inbox",
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("chat_id", sa.BigInteger()),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("state", sa.String(8), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("sent_at", UTCDateTime()),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("lease_until", UTCDateTime()),
        sa.Column("done_at", UTCDateTime()),
        sa.Column("error", sa.String(200)),
        sa.PrimaryKeyConstraint("update_id", name=op.f("pk_inbox")),
    )
    op.create_index("ix_inbox_state_chat", "inbox", ["state", "chat_id", "update_id"])
    op.create_index("ix_inbox_chat_received", "inbox", ["chat_id", "received_at"])
    # unanswered questions are capped per person (bot/store/unanswered.py): counted by user
    op.create_index("ix_unanswered_questions_user_id", "unanswered_questions", ["user_id"])
    op.create_table(
        "outbox",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("method", sa.String(40), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("file_field", sa.String(20)),
        sa.Column("file_name", sa.String(100)),
        sa.Column("file_type", sa.String(60)),
        sa.Column("file_data", sa.LargeBinary()),
        sa.Column("kind", sa.Integer(), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("update_id", sa.BigInteger()),
        sa.Column("delivery_id", sa.Integer()),
        sa.Column("state", sa.String(8), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("not_before", UTCDateTime(), nullable=False),
        sa.Column("lease_until", UTCDateTime()),
        sa.Column("sent_at", UTCDateTime()),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("error", sa.String(200)),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
    )
    op.create_index("ix_outbox_state", "outbox", ["state", "priority", "id"])
    op.create_index("ix_outbox_chat", "outbox", ["chat_id", "id"])
    op.create_index("ix_outbox_sent", "outbox", ["sent_at"])


def downgrade() -> None:
    op.drop_index("ix_unanswered_questions_user_id", "unanswered_questions")
    op.drop_table("outbox")
    op.drop_table("inbox")
