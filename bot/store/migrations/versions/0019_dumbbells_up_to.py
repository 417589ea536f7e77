"""users.dumbbells_up_to: the heaviest dumbbell said at home, no load planned past it

"i have a pair of 10kg dumbbells at home" kept the dumbbells and not the 10 kg, so a load
of 12 kg could be planned for someone who owns 10.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("users", sa.Column("dumbbells_up_to", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("dumbbells_up_to")
