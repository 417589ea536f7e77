"""exercise_logs.before_save: the entry before its latest save, for Undo to put back

An exercise logged twice the same day replaced the sets saved first, and Undo then removed
both; now a second logging adds to or replaces them and Undo restores the entry as it was.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("exercise_logs", sa.Column("before_save", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("exercise_logs") as batch:
        batch.drop_column("before_save")
