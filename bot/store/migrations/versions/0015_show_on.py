"""users.show_on, home_tz: the competitor's show day; the time zone before a trip

"show is march 14" at the setup was acknowledged and forgotten, and "how many weeks out am
i" got "I don't know that one yet"; "back home now" after "in denver for a few days" kept
her workouts on Denver's clock.

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
    op.add_column("users", sa.Column("home_tz", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("home_tz")
        batch.drop_column("show_on")
