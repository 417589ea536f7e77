"""users.session_offset: sessions the rotation is shifted by after the training days change

Changing the days recounted the training days since the start with the new days, so the
next workout could repeat one just done (B again instead of C) or skip one.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("users", sa.Column("session_offset", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("session_offset")
