"""users.days_history: the training days a change replaced, and when

A change of training days in the middle of a week made that week's recap count a workout
done earlier that week, on a day of the old days, as an extra session: the week was planned
with the new days only.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("users", sa.Column("days_history", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("days_history")
