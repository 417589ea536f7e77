"""exercise_logs.times_logged: how many times an entry was logged (Undo acts once)

An Undo button takes back the logging it was made for and no later one (issue 11).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-10
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "exercise_logs",
        sa.Column("times_logged", sa.Integer(), nullable=False, server_default="0"),
    )


def downgrade() -> None:
    with op.batch_alter_table("exercise_logs") as batch:
        batch.drop_column("times_logged")
