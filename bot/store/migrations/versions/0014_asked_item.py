"""users.asked_item, asked_item_at: the last question's item, for a follow-up

"and how many sets?" right after the hip thrust's card got the generic toning answer.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

from bot.store.types import UTCDateTime

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("users", sa.Column("asked_item", sa.String(80), nullable=True))
    op.add_column("users", sa.Column("asked_item_at", UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("asked_item_at")
        batch.drop_column("asked_item")
