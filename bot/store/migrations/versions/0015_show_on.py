"""users.show_on: the day of the competitor's show, as she said it

"show is march 14" at the setup was acknowledged and forgotten, and "how many weeks out am
i" got "I don't know that one yet".

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("users", sa.Column("show_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("show_on")
