"""users.home_gym: a home gym with a barbell, planned as the gym without its machine moves

"home, I have a barbell, plates and a bench" was read as home with bands: a plan of band
walks and bodyweight lunges, the barbell left out; "A gym" planned leg curl machines.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("users", sa.Column("home_gym", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("home_gym")
