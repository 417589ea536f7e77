"""users.away_kit: the kit said for a while away, planned for on its days

"in a hotel gym next week, only dumbbells up to 30kg" kept the gym plan, and Swap on its hip
thrust offered only barbell moves.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("users", sa.Column("away_kit", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("away_kit")
